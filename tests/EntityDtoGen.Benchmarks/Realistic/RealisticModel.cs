using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace EntityDtoGen.Benchmarks.Realistic;

/// <summary>
/// A seeded model of a data-layer-configured business application in the style of nopCommerce: anemic entities on a
/// <c>BaseEntity</c> with an <c>int Id</c>, 5–60 scalars, audit fields, enum wrappers over <c>int</c> columns that
/// configuration ignores, one <c>IEntityTypeConfiguration&lt;T&gt;</c> per entity, few navigations (some
/// <c>[IncludeInRead]</c>), a few secrets and read shapes, a <c>DbContext</c>, and controllers and minimal-API endpoints
/// that query with the generated helpers. Entity <c>i</c> depends only on the seed and <c>i</c> (navigations point to
/// lower indices), so the 130-entity model is the first 130 entities of the 1,000-entity one.
/// Self-contained (BCL only): build-overhead.sh compiles this file into a small writer of its own, so writing the model
/// does not build the generator.
/// </summary>
public sealed class RealisticModel
{
    public const int DefaultSeed = 20_260_314;

    /// <summary>The end of the statement in an entity's <c>ToString()</c> body; the per-edit benchmark changes its <c>#</c>.</summary>
    private const string EditMarker = " #\" + Id;";

    private const string EditReplacement = " @\" + Id;";

    private const string SecretAttribute = "[Secret]";

    private static readonly (string Noun, string Module)[] Nouns =
    [
        ("Product", "Catalog"), ("Category", "Catalog"), ("Manufacturer", "Catalog"), ("Customer", "Customers"),
        ("Order", "Orders"), ("OrderItem", "Orders"), ("Address", "Common"), ("Country", "Directory"),
        ("StateProvince", "Directory"), ("Currency", "Directory"), ("Language", "Localization"), ("Store", "Stores"),
        ("Vendor", "Vendors"), ("Discount", "Discounts"), ("GiftCard", "Orders"), ("ReturnRequest", "Orders"),
        ("ShoppingCartItem", "Orders"), ("Shipment", "Shipping"), ("ShipmentItem", "Shipping"), ("Warehouse", "Shipping"),
        ("DeliveryDate", "Shipping"), ("ShippingMethod", "Shipping"), ("TaxCategory", "Tax"), ("TaxRate", "Tax"),
        ("Picture", "Media"), ("Video", "Media"), ("Download", "Media"), ("Topic", "Content"), ("NewsItem", "Content"),
        ("BlogPost", "Content"), ("BlogComment", "Content"), ("Poll", "Content"), ("PollAnswer", "Content"),
        ("Forum", "Forums"), ("ForumTopic", "Forums"), ("ForumPost", "Forums"), ("PrivateMessage", "Forums"),
        ("Campaign", "Marketing"), ("Newsletter", "Marketing"), ("Affiliate", "Marketing"), ("MessageTemplate", "Messages"),
        ("QueuedEmail", "Messages"), ("EmailAccount", "Messages"), ("ActivityLog", "Logging"), ("LogEntry", "Logging"),
        ("ScheduledJob", "Scheduling"), ("Setting", "Configuration"), ("UrlRecord", "Seo"), ("AclRecord", "Security"),
        ("PermissionRecord", "Security"), ("CustomerRole", "Customers"), ("ExternalLogin", "Customers"),
        ("RewardPointsEntry", "Customers"), ("Checkout", "Orders"), ("RecurringPayment", "Orders"), ("Specification", "Catalog"),
        ("Review", "Catalog"), ("Bundle", "Catalog"), ("PriceList", "Catalog"), ("StockMovement", "Inventory"),
        ("Supplier", "Inventory"), ("PurchaseOrder", "Inventory"), ("Invoice", "Billing"), ("Payment", "Billing"),
    ];

    private static readonly string[] Suffixes =
        ["", "Attribute", "Mapping", "Note", "History", "Template", "Revision", "Tag", "Value", "Group", "Rule", "Snapshot", "Translation", "Schedule", "Link", "Extension"];

    /// <summary>Shared enums, each a type name and its members.</summary>
    public static readonly (string Name, string[] Members)[] Enums =
    [
        ("PublishStatus", ["Draft", "Published", "Archived"]),
        ("ApprovalStatus", ["Pending", "Approved", "Rejected"]),
        ("PaymentStatus", ["Pending", "Authorized", "Paid", "Refunded", "Voided"]),
        ("ShippingStatus", ["NotYetShipped", "PartiallyShipped", "Shipped", "Delivered"]),
        ("ProcessingStatus", ["Queued", "Running", "Succeeded", "Failed"]),
        ("VisibilityLevel", ["Hidden", "Registered", "Everyone"]),
        ("ContactChannel", ["Email", "Phone", "Sms", "Post"]),
        ("PriorityLevel", ["Low", "Normal", "High", "Urgent"]),
        ("RecurringCycle", ["Days", "Weeks", "Months", "Years"]),
        ("InventoryMethod", ["DontTrack", "Track", "TrackByAttributes"]),
    ];

    private static readonly string[] StringNames =
    [
        "Name", "ShortDescription", "FullDescription", "AdminComment", "MetaKeywords", "MetaDescription", "MetaTitle",
        "Sku", "ManufacturerPartNumber", "Gtin", "Email", "PhoneNumber", "Company", "City", "ZipPostalCode", "Address1",
        "Address2", "SystemName", "FriendlyName", "Title", "Body", "Comment", "Note", "Url", "Code", "Culture",
        "DisplayName", "Tags", "Reference", "ExternalReference", "IpAddress", "ColorSquaresRgb", "CustomAttributesXml",
        "TrackingNumber", "Subject", "Headline", "SeName", "FileName", "MimeType", "Alias",
    ];

    private static readonly string[] IntNames =
    [
        "DisplayOrder", "StoreId", "LanguageId", "VendorId", "PictureId", "StockQuantity", "MinStockQuantity",
        "OrderMinimumQuantity", "OrderMaximumQuantity", "PageSize", "Priority", "Quantity", "DownloadCount", "ViewCount",
        "RatingSum", "TotalReviews", "ParentGroupId", "Position", "AttemptCount", "MaxUses", "CountryId", "WarehouseId",
        "TemplateId", "DelayPeriodDays",
    ];

    private static readonly string[] DecimalNames =
    [
        "Price", "OldPrice", "ProductCost", "Amount", "Rate", "Percentage", "MaximumAmount", "MinimumAmount", "Length",
        "Width", "Height", "Weight", "AdditionalFee", "Balance", "TaxAmount",
    ];

    private static readonly string[] BoolNames =
    [
        "Published", "Active", "IsDefault", "LimitedToStores", "SubjectToAcl", "AllowCustomerReviews", "ShowOnHomepage",
        "IsShipEnabled", "IsFreeShipping", "IsTaxExempt", "RequiresApproval", "Visible", "Enabled", "IncludeInSitemap",
        "IsSystem", "NotifyOnChange", "AllowComments", "IsGuest",
    ];

    private static readonly string[] DateTimeNames =
    [
        "AvailableStartDateTimeUtc", "AvailableEndDateTimeUtc", "StartDateUtc", "EndDateUtc", "LastActivityDateUtc",
        "LastLoginDateUtc", "ExpiresOnUtc", "PaidDateUtc", "ShippedDateUtc", "DeliveryDateUtc", "ProcessedOnUtc",
    ];

    private static readonly string[] DateTimeOffsetNames = ["ScheduledAt", "ValidFrom", "ValidTo", "LastSyncedAt", "ReminderAt"];

    private static readonly string[] GuidNames = ["ExternalGuid", "ReferenceGuid", "CorrelationGuid", "BatchGuid"];

    private static readonly string[] LongNames = ["SizeInBytes", "Sequence", "ExternalNumber"];

    private static readonly string[] DoubleNames = ["Latitude", "Longitude", "Score"];

    private RealisticModel(int count, IReadOnlyList<Entity> entities)
    {
        Count = count;
        Entities = entities;
    }

    public int Count { get; }

    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The middle entity, or the first after it with a method: the one whose method body the per-edit benchmark changes.</summary>
    public Entity EditedEntity => Entities.Skip(Count / 2).Concat(Entities).First(e => e.HasMethod);

    public static RealisticModel Create(int count, int seed = DefaultSeed)
    {
        var entities = new List<Entity>(count);
        for (var i = 0; i < count; i++)
        {
            entities.Add(CreateEntity(i, entities, seed));
        }

        return new RealisticModel(count, entities);
    }

    /// <summary>A property: <paramref name="Configuration"/> holds the fluent calls chained on <c>Property(e => e.Name)</c>;
    /// a wrapper (<paramref name="Wraps"/>: the int column it stands in for) is ignored in configuration.</summary>
    public sealed record Member(string Name, string Type, string Initializer, string? Attribute, IReadOnlyList<string> Configuration, string? Wraps = null, bool Unique = false)
    {
        public bool IsSecret => Attribute == SecretAttribute;

        /// <summary>A property a DTO or a shape may carry: not a wrapper and not secret.</summary>
        public bool IsPlain => Wraps is null && !IsSecret;
    }

    public sealed record Navigation(string Name, Entity Target, bool Collection, bool IncludeInRead, bool Optional);

    public sealed record Entity(int Index, string Name, string Module, IReadOnlyList<Member> Members, IReadOnlyList<Navigation> Navigations, bool HasMethod, bool HasShape)
    {
        public string Namespace => "Shop.Core.Domain." + Module;

        public string Plural => Pluralize(Name);

        public string ShapeName => Name + "ListItem";

        /// <summary>One entity in twelve has a controller, another one in twelve minimal-API endpoints.</summary>
        public bool HasController => Index % 12 == 0;

        public bool HasEndpoints => Index % 12 == 6;

        public bool HasIncludeInRead => Navigations.Any(n => n.IncludeInRead);

        /// <summary>A string the model calls unique (HasIndex(...).IsUnique()), if any.</summary>
        public Member? UniqueMember => Members.FirstOrDefault(m => m.Unique);
    }

    private static Entity CreateEntity(int index, IReadOnlyList<Entity> before, int seed)
    {
        var random = new Random(unchecked((seed * 397) ^ index));
        var (noun, module) = Nouns[index % Nouns.Length];
        var name = noun + Suffixes[index / Nouns.Length % Suffixes.Length] + (index >= Nouns.Length * Suffixes.Length ? (index / (Nouns.Length * Suffixes.Length)).ToString(CultureInfo.InvariantCulture) : "");
        var used = new HashSet<string>(StringComparer.Ordinal) { "Id", name };
        var members = new List<Member>();
        var navigations = new List<Navigation>();

        // Few navigations: about one entity in six has one or two references, one in sixteen a collection; all point to
        // lower indices, so no [IncludeInRead] graph has a cycle.
        if (index > 0 && random.NextDouble() < 0.18)
        {
            var references = random.NextDouble() < 0.3 ? 2 : 1;
            for (var r = 0; r < references; r++)
            {
                var target = before[random.Next(before.Count)];
                if (!used.Add(target.Name) || !used.Add(target.Name + "Id"))
                {
                    continue;
                }

                var optional = random.NextDouble() < 0.35;
                navigations.Add(new Navigation(target.Name, target, Collection: false, IncludeInRead: random.NextDouble() < 0.3, optional));
                members.Add(new Member(target.Name + "Id", optional ? "int?" : "int", "", null, []));
            }
        }

        if (index > 0 && random.NextDouble() < 0.06)
        {
            var target = before[random.Next(before.Count)];
            var plural = Pluralize(target.Name);
            if (used.Add(plural))
            {
                navigations.Add(new Navigation(plural, target, Collection: true, IncludeInRead: random.NextDouble() < 0.5, Optional: false));
            }
        }

        // 5–60 scalars, most entities small: the count follows the cube of a uniform draw (mean about 19).
        var scalars = 5 + (int)Math.Round(55 * Math.Pow(random.NextDouble(), 3));
        var audit = new List<Member>();
        if (random.NextDouble() < 0.85)
        {
            audit.Add(new Member("CreatedOnUtc", "DateTime", "", null, []));
            if (random.NextDouble() < 0.8)
            {
                audit.Add(new Member("UpdatedOnUtc", random.NextDouble() < 0.5 ? "DateTime" : "DateTime?", "", null, []));
            }

            if (random.NextDouble() < 0.35)
            {
                audit.Add(new Member("CreatedBy", "string?", "", null, ["HasMaxLength(256)"]));
                audit.Add(new Member("UpdatedBy", "string?", "", null, ["HasMaxLength(256)"]));
            }

            if (random.NextDouble() < 0.3)
            {
                audit.Add(new Member("Deleted", "bool", "", null, []));
            }
        }

        // At least two client-writable scalars, so Create and Update are never empty.
        audit = audit.Take(Math.Max(0, scalars - members.Count - 2)).ToList();
        var enums = Enums.OrderBy(_ => random.Next()).ToList();
        while (members.Count + audit.Count < scalars)
        {
            var roll = random.NextDouble();
            if (roll < 0.025 && enums.Count > 0)
            {
                // An enum wrapper over an int column, ignored in configuration (the column and the wrapper count as two properties).
                var (enumName, _) = enums[0];
                enums.RemoveAt(0);
                if (used.Add(enumName) && used.Add(enumName + "Id"))
                {
                    members.Add(new Member(enumName + "Id", "int", "", null, []));
                    members.Add(new Member(enumName, enumName, "", null, [], Wraps: enumName + "Id"));
                }

                continue;
            }

            if (roll < 0.045 && enums.Count > 0)
            {
                var (enumName, _) = enums[0];
                enums.RemoveAt(0);
                if (used.Add(enumName))
                {
                    members.Add(new Member(enumName, random.NextDouble() < 0.2 ? enumName + "?" : enumName, "", null, []));
                }

                continue;
            }

            var (names, type) = roll switch
            {
                < 0.42 => (StringNames, "string"),
                < 0.60 => (IntNames, "int"),
                < 0.70 => (DecimalNames, "decimal"),
                < 0.82 => (BoolNames, "bool"),
                < 0.89 => (DateTimeNames, "DateTime?"),
                < 0.92 => (DateTimeOffsetNames, "DateTimeOffset"),
                < 0.95 => (GuidNames, "Guid"),
                < 0.975 => (LongNames, "long"),
                _ => (DoubleNames, "double"),
            };
            var candidate = names[random.Next(names.Length)];
            if (!used.Add(candidate))
            {
                // The list is exhausted often enough on large entities: a numbered variant, as real schemas have (Address2).
                candidate += members.Count.ToString(CultureInfo.InvariantCulture);
                if (!used.Add(candidate))
                {
                    continue;
                }
            }

            members.Add(Scalar(candidate, type, random));
        }

        members.AddRange(audit);

        // A few secrets: an explicit [Secret] on roughly one entity in twenty-five.
        if (random.NextDouble() < 0.04 && used.Add("SigningCertificate"))
        {
            members.Add(new Member("SigningCertificate", "string?", "", SecretAttribute, []));
        }

        // A unique code on about one entity in seven (HasIndex(...).IsUnique(): an upsert conflict target).
        var code = members.FirstOrDefault(m => m.Type == "string" && m.Wraps is null && m.Attribute is null);
        if (code is not null && random.NextDouble() < 0.15)
        {
            members[members.IndexOf(code)] = code with { Unique = true };
        }

        var hasMethod = random.NextDouble() < 0.3;
        var hasShape = index % 26 == 5;
        return new Entity(index, name, module, members, navigations, hasMethod, hasShape);
    }

    private static Member Scalar(string name, string type, Random random)
    {
        var nullable = type != "DateTime?" && random.NextDouble() < (type == "string" ? 0.55 : 0.15);
        var configuration = new List<string>();
        string? attribute = null;
        var initializer = "";
        if (type == "string")
        {
            if (!nullable)
            {
                initializer = " = null!;";
                configuration.Add("IsRequired()");
            }

            if (name == "Email")
            {
                attribute = "[EmailAddress]";
            }
            else if (random.NextDouble() < 0.1)
            {
                attribute = "[MaxLength(" + (random.Next(1, 9) * 50).ToString(CultureInfo.InvariantCulture) + ")]";
            }
            else if (random.NextDouble() < 0.6)
            {
                configuration.Add("HasMaxLength(" + (random.Next(1, 9) * 50).ToString(CultureInfo.InvariantCulture) + ")");
            }
        }
        else if (type == "decimal")
        {
            configuration.Add("HasPrecision(18, 4)");
        }
        else if (type == "int" && random.NextDouble() < 0.05)
        {
            attribute = "[Range(0, 100000)]";
        }

        return new Member(name, nullable ? type + "?" : type, initializer, attribute, configuration);
    }

    private static string Pluralize(string name) =>
        name.EndsWith("y", StringComparison.Ordinal) && !"aeiou".Contains(name[^2], StringComparison.Ordinal) ? name[..^1] + "ies"
        : name.EndsWith("s", StringComparison.Ordinal) || name.EndsWith("x", StringComparison.Ordinal) || name.EndsWith("ch", StringComparison.Ordinal) ? name + "es"
        : name + "s";

    /// <summary>
    /// The project's C# files, path relative to the project. <paramref name="withPackage"/> false: the same entities,
    /// configuration and context, with no-op attributes of the same names declared in the project, and web code that
    /// calls hand-written equivalents (a one-member record, EF Core's Include) instead of generated helpers.
    /// </summary>
    public IEnumerable<(string Path, string Source)> Files(bool withPackage)
    {
        yield return ("Domain/BaseEntity.cs", BaseEntitySource);
        yield return ("Domain/Enums.cs", EnumsSource());
        foreach (var entity in Entities)
        {
            yield return ($"Domain/{entity.Module}/{entity.Name}.cs", EntitySource(entity));
            if (entity.HasShape)
            {
                yield return ($"Domain/{entity.Module}/{entity.ShapeName}.cs", ShapeSource(entity));
            }

            yield return ($"Data/Mapping/{entity.Module}/{entity.Name}Configuration.cs", ConfigurationSource(entity));
        }

        yield return ("Data/ShopDbContext.cs", DbContextSource());
        foreach (var entity in Entities.Where(e => e.HasController))
        {
            yield return ($"Web/Controllers/{entity.Plural}Controller.cs", ControllerSource(entity, withPackage));
        }

        yield return ("Web/ShopEndpoints.cs", EndpointsSource(withPackage));
        yield return ("Program.cs", ProgramSource);
        if (!withPackage)
        {
            yield return ("NoOpAttributes.cs", NoOpAttributesSource);
            yield return ("Web/EntityRef.cs", EntityRefSource);
        }
    }

    /// <summary>The edited entity's file with one character of its method body changed.</summary>
    public string EditedEntitySource()
    {
        var source = EntitySource(EditedEntity);
        return source.Replace(EditMarker, EditReplacement, StringComparison.Ordinal);
    }

    /// <summary>
    /// The edited entity's file with one character of its first property's doc comment changed: a declaration edit,
    /// after which the generator reads the entities again and re-emits the edited entity's DTOs.
    /// </summary>
    public string EditedDeclarationSource()
    {
        var source = EntitySource(EditedEntity);
        var end = source.IndexOf(".\n    /// </summary>\n", StringComparison.Ordinal);
        return source[..end] + "!" + source[(end + 1)..];
    }

    public string EntityPath(Entity entity) => $"Domain/{entity.Module}/{entity.Name}.cs";

    private const string BaseEntitySource = """
        namespace Shop.Core.Domain;

        /// <summary>
        /// Base class for entities.
        /// </summary>
        public abstract partial class BaseEntity
        {
            /// <summary>
            /// Gets or sets the entity identifier.
            /// </summary>
            public int Id { get; set; }
        }

        """;

    private static string EnumsSource()
    {
        var text = new StringBuilder("namespace Shop.Core.Domain;\n");
        foreach (var (name, values) in Enums)
        {
            text.Append('\n').Append("public enum ").Append(name).Append("\n{\n");
            for (var i = 0; i < values.Length; i++)
            {
                text.Append("    ").Append(values[i]).Append(" = ").Append((i + 1) * 10).Append(",\n");
            }

            text.Append("}\n");
        }

        return text.ToString();
    }

    private static string EntitySource(Entity entity)
    {
        var text = new StringBuilder();
        text.Append("using System;\n");
        if (entity.Navigations.Any(n => n.Collection))
        {
            text.Append("using System.Collections.Generic;\n");
        }

        if (entity.Members.Any(m => m.Attribute is not null && !m.IsSecret))
        {
            text.Append("using System.ComponentModel.DataAnnotations;\n");
        }

        text.Append("using EntityDtoGen;\n");
        foreach (var ns in entity.Navigations.Select(n => n.Target.Namespace).Where(ns => ns != entity.Namespace).Distinct().Order(StringComparer.Ordinal))
        {
            text.Append("using ").Append(ns).Append(";\n");
        }

        text.Append("\nnamespace ").Append(entity.Namespace).Append(";\n\n");
        text.Append("/// <summary>\n/// Represents a ").Append(Words(entity.Name)).Append(".\n/// </summary>\n");
        text.Append("[GenerateDtos]\npublic partial class ").Append(entity.Name).Append(" : BaseEntity\n{\n");
        var first = true;
        foreach (var member in entity.Members)
        {
            if (!first)
            {
                text.Append('\n');
            }

            first = false;
            text.Append("    /// <summary>\n    /// Gets or sets the ").Append(Words(member.Name)).Append(".\n    /// </summary>\n");
            if (member.Attribute is not null)
            {
                text.Append("    ").Append(member.Attribute).Append('\n');
            }

            if (member.Wraps is not null)
            {
                text.Append("    public ").Append(member.Type).Append(' ').Append(member.Name).Append("\n    {\n")
                    .Append("        get => (").Append(member.Type).Append(')').Append(member.Wraps).Append(";\n")
                    .Append("        set => ").Append(member.Wraps).Append(" = (int)value;\n    }\n");
                continue;
            }

            text.Append("    public ").Append(member.Type).Append(' ').Append(member.Name).Append(" { get; set; }").Append(member.Initializer).Append('\n');
        }

        foreach (var navigation in entity.Navigations)
        {
            text.Append("\n    /// <summary>\n    /// Gets or sets the ").Append(Words(navigation.Name)).Append(".\n    /// </summary>\n");
            if (navigation.IncludeInRead)
            {
                text.Append("    [IncludeInRead]\n");
            }

            text.Append(navigation.Collection
                ? $"    public virtual ICollection<{navigation.Target.Name}> {navigation.Name} {{ get; set; }} = new List<{navigation.Target.Name}>();\n"
                : navigation.Optional
                    ? $"    public virtual {navigation.Target.Name}? {navigation.Name} {{ get; set; }}\n"
                    : $"    public virtual {navigation.Target.Name} {navigation.Name} {{ get; set; }} = null!;\n");
        }

        if (entity.HasMethod)
        {
            text.Append("\n    /// <inheritdoc/>\n    public override string ToString()\n    {\n        return \"")
                .Append(entity.Name).Append(EditMarker).Append("\n    }\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>Id, two or three scalars, a value flattened through a reference and a collection count where the entity has them.</summary>
    private static string ShapeSource(Entity entity)
    {
        var text = new StringBuilder();
        text.Append("using System;\nusing EntityDtoGen;\n\nnamespace ").Append(entity.Namespace).Append(";\n\n");
        text.Append("/// <summary>A ").Append(Words(entity.Name)).Append(" in a list.</summary>\n");
        text.Append("[ReadShape(typeof(").Append(entity.Name).Append("))]\npublic partial record ").Append(entity.ShapeName).Append("\n{\n");
        text.Append("    public int Id { get; init; }\n");
        foreach (var member in entity.Members.Where(m => m.IsPlain && m.Type.StartsWith("string", StringComparison.Ordinal)).Take(2))
        {
            text.Append("\n    public string? ").Append(member.Name).Append(" { get; init; }\n");
        }

        if (entity.Members.Any(m => m.Name == "CreatedOnUtc"))
        {
            text.Append("\n    public DateTime CreatedOnUtc { get; init; }\n");
        }

        foreach (var navigation in entity.Navigations)
        {
            if (navigation.Collection)
            {
                text.Append("\n    public int ").Append(navigation.Name).Append("Count { get; init; }\n");
            }
            else if (navigation.Target.Members.FirstOrDefault(m => m.IsPlain && m.Type.StartsWith("string", StringComparison.Ordinal)) is { } flattened)
            {
                text.Append("\n    public string? ").Append(navigation.Name).Append(flattened.Name).Append(" { get; init; }\n");
            }
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string ConfigurationSource(Entity entity)
    {
        var text = new StringBuilder();
        text.Append("using Microsoft.EntityFrameworkCore;\nusing Microsoft.EntityFrameworkCore.Metadata.Builders;\nusing ").Append(entity.Namespace).Append(";\n");
        foreach (var ns in entity.Navigations.Select(n => n.Target.Namespace).Where(ns => ns != entity.Namespace).Distinct().Order(StringComparer.Ordinal))
        {
            text.Append("using ").Append(ns).Append(";\n");
        }

        text.Append("\nnamespace Shop.Data.Mapping.").Append(entity.Module).Append(";\n\n");
        text.Append("public class ").Append(entity.Name).Append("Configuration : IEntityTypeConfiguration<").Append(entity.Name).Append(">\n{\n");
        text.Append("    public void Configure(EntityTypeBuilder<").Append(entity.Name).Append("> builder)\n    {\n");
        text.Append("        builder.ToTable(nameof(").Append(entity.Name).Append("));\n        builder.HasKey(e => e.Id);\n");
        foreach (var member in entity.Members)
        {
            if (member.Configuration.Count > 0)
            {
                text.Append("        builder.Property(e => e.").Append(member.Name).Append(')');
                foreach (var call in member.Configuration)
                {
                    text.Append('.').Append(call);
                }

                text.Append(";\n");
            }
        }

        foreach (var member in entity.Members.Where(m => m.Unique))
        {
            text.Append("        builder.HasIndex(e => e.").Append(member.Name).Append(").IsUnique();\n");
        }

        foreach (var navigation in entity.Navigations)
        {
            text.Append(navigation.Collection
                ? $"        builder.HasMany(e => e.{navigation.Name})\n            .WithOne()\n            .HasForeignKey(\"{entity.Name}Id\")\n            .OnDelete(DeleteBehavior.Cascade);\n"
                : $"        builder.HasOne(e => e.{navigation.Name})\n            .WithMany()\n            .HasForeignKey(e => e.{navigation.Name}Id)\n            {(navigation.Optional ? ".OnDelete(DeleteBehavior.SetNull)" : ".IsRequired()")};\n");
        }

        foreach (var member in entity.Members.Where(m => m.Wraps is not null))
        {
            text.Append("        builder.Ignore(e => e.").Append(member.Name).Append(");\n");
        }

        text.Append("    }\n}\n");
        return text.ToString();
    }

    private string DbContextSource()
    {
        var text = new StringBuilder();
        text.Append("using System;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing Microsoft.EntityFrameworkCore;\n");
        foreach (var ns in Namespaces(Entities, "Shop.Core.Domain.").Concat(Namespaces(Entities, "Shop.Data.Mapping.")))
        {
            text.Append("using ").Append(ns).Append(";\n");
        }

        text.Append("""

            namespace Shop.Data;

            /// <summary>The data layer's context: one configuration class per entity, applied one by one.</summary>
            public class ShopDbContext(DbContextOptions<ShopDbContext> options) : DbContext(options)
            {

            """);
        foreach (var entity in Entities)
        {
            text.Append("    public DbSet<").Append(entity.Name).Append("> ").Append(entity.Plural).Append(" => Set<").Append(entity.Name).Append(">();\n\n");
        }

        text.Append("    protected override void OnModelCreating(ModelBuilder modelBuilder)\n    {\n");
        foreach (var entity in Entities)
        {
            text.Append("        modelBuilder.ApplyConfiguration(new ").Append(entity.Name).Append("Configuration());\n");
        }

        text.Append("""
                    base.OnModelCreating(modelBuilder);
                }

                /// <summary>Stamps the audit columns of every added or modified entity that has them.</summary>
                public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
                {
                    var utcNow = DateTime.UtcNow;
                    foreach (var entry in ChangeTracker.Entries())
                    {
                        if (entry.State == EntityState.Added && entry.Metadata.FindProperty("CreatedOnUtc") is not null)
                        {
                            entry.Property("CreatedOnUtc").CurrentValue = utcNow;
                        }

                        if (entry.State is EntityState.Added or EntityState.Modified && entry.Metadata.FindProperty("UpdatedOnUtc") is not null)
                        {
                            entry.Property("UpdatedOnUtc").CurrentValue = utcNow;
                        }
                    }

                    return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                }
            }

            """);
        return text.ToString();
    }

    /// <summary>The generated helpers the web code calls with the package, or the hand-written equivalents without it.</summary>
    private sealed record Api(bool WithPackage, Entity Entity)
    {
        public string Read => WithPackage ? Entity.Name + "Read" : "EntityRef";

        public string Create => WithPackage ? Entity.Name + "Create" : "EntityRef";

        public string Update => WithPackage ? Entity.Name + "Update" : "EntityRef";

        public string SelectRead => WithPackage ? ".SelectRead()" : ".Select(e => new EntityRef(e.Id))";

        public string SelectShape => WithPackage ? ".Select" + Entity.ShapeName + "()" : ".Select(e => new EntityRef(e.Id))";

        public string ToRead(string entity) => WithPackage ? entity + ".ToRead()" : "new EntityRef(" + entity + ".Id)";

        public string ToEntity(string body) => WithPackage ? body + ".ToEntity()" : "new " + Entity.Name + "()";

        public string ApplyTo(string body, string entity, string db) => WithPackage ? body + ".ApplyTo(" + entity + ")" : db + ".Entry(" + entity + ").CurrentValues.SetValues(" + body + ")";

        /// <summary>What ToRead() needs loaded: IncludeForRead() with the package, EF Core's Include of each nested navigation without.</summary>
        public string IncludeForRead => !Entity.HasIncludeInRead ? ""
            : WithPackage ? ".IncludeForRead()"
            : string.Concat(Entity.Navigations.Where(n => n.IncludeInRead).Select(n => ".Include(e => e." + n.Name + ")"));
    }

    private static string ControllerSource(Entity entity, bool withPackage)
    {
        var api = new Api(withPackage, entity);
        var reference = entity.Navigations.FirstOrDefault(n => !n.Collection && !n.IncludeInRead);
        var text = new StringBuilder();
        text.Append("using System.Collections.Generic;\nusing System.Linq;\nusing System.Threading;\nusing System.Threading.Tasks;\n")
            .Append("using Microsoft.AspNetCore.Mvc;\nusing Microsoft.EntityFrameworkCore;\nusing Shop.Data;\nusing ").Append(entity.Namespace).Append(";\n");
        if (!withPackage)
        {
            text.Append("using Shop.Web;\n");
        }

        text.Append($$"""

            namespace Shop.Web.Controllers;

            [ApiController]
            [Route("api/[controller]")]
            public sealed class {{entity.Plural}}Controller(ShopDbContext db) : ControllerBase
            {
                [HttpGet]
                public Task<List<{{api.Read}}>> List(int page, CancellationToken cancellationToken) =>
                    db.{{entity.Plural}}.AsNoTracking().OrderBy(e => e.Id).Skip(page * 50).Take(50){{api.SelectRead}}.ToListAsync(cancellationToken);

                [HttpGet("{id:int}")]
                public async Task<ActionResult<{{api.Read}}>> Get(int id, CancellationToken cancellationToken) =>
                    await db.{{entity.Plural}}.Where(e => e.Id == id){{api.SelectRead}}.SingleOrDefaultAsync(cancellationToken) is { } item ? item : NotFound();

                [HttpGet("export")]
                public async Task<List<{{api.Read}}>> Export(CancellationToken cancellationToken)
                {
                    var entities = await db.{{entity.Plural}}.AsNoTracking(){{api.IncludeForRead}}{{(reference is null ? "" : ".Include(e => e." + reference.Name + ")")}}.ToListAsync(cancellationToken);
                    var result = new List<{{api.Read}}>(entities.Count);
                    foreach (var entity in entities)
                    {

            """);
        if (reference is not null)
        {
            // Reads an included navigation in the loop: what the N+1 analyzer must follow and accept.
            text.Append("            if (entity.").Append(reference.Name).Append(" is null)\n            {\n                continue;\n            }\n\n");
        }

        text.Append($$"""
                        result.Add({{api.ToRead("entity")}});
                    }

                    return result;
                }

                [HttpPost]
                public async Task<ActionResult<{{api.Read}}>> Create({{api.Create}} body, CancellationToken cancellationToken)
                {
                    var entity = {{api.ToEntity("body")}};
                    db.{{entity.Plural}}.Add(entity);
                    await db.SaveChangesAsync(cancellationToken);
                    return CreatedAtAction(nameof(Get), new { id = entity.Id }, {{api.ToRead("entity")}});
                }

                [HttpPatch("{id:int}")]
                public async Task<IActionResult> Update(int id, {{api.Update}} body, CancellationToken cancellationToken)
                {
                    var entity = await db.{{entity.Plural}}.FindAsync([id], cancellationToken);
                    if (entity is null)
                    {
                        return NotFound();
                    }

                    {{api.ApplyTo("body", "entity", "db")}};
                    await db.SaveChangesAsync(cancellationToken);
                    return NoContent();
                }
            }

            """);
        return text.ToString();
    }

    private string EndpointsSource(bool withPackage)
    {
        var mapped = Entities.Where(e => e.HasEndpoints).ToArray();
        var shaped = Entities.Where(e => e.HasShape).ToArray();
        var text = new StringBuilder();
        text.Append("using System.Linq;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing Microsoft.AspNetCore.Builder;\nusing Microsoft.AspNetCore.Http;\n")
            .Append("using Microsoft.AspNetCore.Http.HttpResults;\nusing Microsoft.AspNetCore.Routing;\nusing Microsoft.EntityFrameworkCore;\nusing Shop.Data;\n");
        foreach (var ns in Namespaces(mapped.Concat(shaped), "Shop.Core.Domain."))
        {
            text.Append("using ").Append(ns).Append(";\n");
        }

        text.Append("""

            namespace Shop.Web;

            /// <summary>Minimal-API endpoints next to the controllers.</summary>
            public static class ShopEndpoints
            {
                public static RouteGroupBuilder MapShopEndpoints(this IEndpointRouteBuilder app)
                {
                    var group = app.MapGroup("/api/v2");

            """);
        foreach (var entity in mapped)
        {
            var api = new Api(withPackage, entity);
            var route = entity.Plural.ToLowerInvariant();
            text.Append($$"""
                        group.MapGet("/{{route}}", (ShopDbContext db, CancellationToken cancellationToken) =>
                            db.{{entity.Plural}}.AsNoTracking().OrderBy(e => e.Id){{api.SelectRead}}.ToListAsync(cancellationToken));
                        group.MapGet("/{{route}}/{id:int}", async Task<Results<Ok<{{api.Read}}>, NotFound>> (int id, ShopDbContext db, CancellationToken cancellationToken) =>
                            await db.{{entity.Plural}}.Where(e => e.Id == id){{api.SelectRead}}.SingleOrDefaultAsync(cancellationToken) is { } item
                                ? TypedResults.Ok(item)
                                : TypedResults.NotFound());
                        group.MapPost("/{{route}}", async Task<Created<{{api.Read}}>> ({{api.Create}} body, ShopDbContext db, CancellationToken cancellationToken) =>
                        {
                            var entity = {{api.ToEntity("body")}};
                            db.{{entity.Plural}}.Add(entity);
                            await db.SaveChangesAsync(cancellationToken);
                            return TypedResults.Created("/{{route}}/" + entity.Id, {{api.ToRead("entity")}});
                        });

                """);
            if (entity.UniqueMember is not null)
            {
                text.Append(withPackage
                    ? $"        group.MapPut(\"/{route}\", ({api.Create} body, ShopDbContext db, CancellationToken cancellationToken) => db.{entity.Plural}.UpsertAsync(body, cancellationToken));\n"
                    : $"        group.MapPut(\"/{route}\", async (EntityRef body, ShopDbContext db, CancellationToken cancellationToken) =>\n        {{\n            db.{entity.Plural}.Add(new {entity.Name}());\n            await db.SaveChangesAsync(cancellationToken);\n            return body;\n        }});\n");
            }
        }

        foreach (var entity in shaped)
        {
            var api = new Api(withPackage, entity);
            text.Append("        group.MapGet(\"/").Append(entity.Plural.ToLowerInvariant()).Append("/list\", (ShopDbContext db, CancellationToken cancellationToken) =>\n")
                .Append("            db.").Append(entity.Plural).Append(".AsNoTracking().OrderBy(e => e.Id)").Append(api.SelectShape).Append(".ToListAsync(cancellationToken));\n");
        }

        text.Append("        return group;\n    }\n}\n");
        return text.ToString();
    }

    private const string ProgramSource = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.Extensions.DependencyInjection;
        using Shop.Data;
        using Shop.Web;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddDbContext<ShopDbContext>(options => options.UseSqlite("Data Source=shop.db"));
        builder.Services.AddControllers();

        var app = builder.Build();
        app.MapControllers();
        app.MapShopEndpoints();
        app.Run();

        """;

    /// <summary>The baseline's stand-ins for the abstractions' attributes: same names, so the entities compile unchanged.</summary>
    private const string NoOpAttributesSource = """
        using System;

        namespace EntityDtoGen;

        [AttributeUsage(AttributeTargets.Class)]
        public sealed class GenerateDtosAttribute : Attribute
        {
        }

        [AttributeUsage(AttributeTargets.Property)]
        public sealed class SecretAttribute : Attribute
        {
        }

        [AttributeUsage(AttributeTargets.Property)]
        public sealed class IncludeInReadAttribute : Attribute
        {
        }

        [AttributeUsage(AttributeTargets.Class)]
        public sealed class ReadShapeAttribute(Type entity) : Attribute
        {
            public Type Entity { get; } = entity;
        }

        """;

    private const string EntityRefSource = """
        namespace Shop.Web;

        /// <summary>What the baseline's web code returns and accepts in place of the generated DTOs.</summary>
        public sealed record EntityRef(int Id);

        """;

    private static IEnumerable<string> Namespaces(IEnumerable<Entity> entities, string prefix) =>
        entities.Select(e => prefix + e.Module).Distinct().Order(StringComparer.Ordinal);

    /// <summary>"ShortDescription" as "short description", for doc comments.</summary>
    private static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && !char.IsUpper(name[i - 1]))
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
