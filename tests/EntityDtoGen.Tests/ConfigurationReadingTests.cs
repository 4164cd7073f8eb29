using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>
/// SPEC "What the generator reads": EF Core configuration in source counts like the attribute it stands for, in each
/// form teams write it; SaveChanges and interceptor assignments make members server-managed.
/// </summary>
public sealed class ConfigurationReadingTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using EntityDtoGen;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.ChangeTracking;
        using Microsoft.EntityFrameworkCore.Diagnostics;
        using Microsoft.EntityFrameworkCore.Metadata.Builders;

        namespace App;

        """;

    private const string Product = """
        [GenerateDtos]
        public class Product
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
            public string? Legacy { get; set; }
            public string? Notes { get; set; }
            public string? Shadowed { get; set; }
            public DateTime Stamp { get; set; }
            public int Version { get; set; }
        }

        """;

    [Theory]
    [InlineData("builder.Ignore(p => p.Legacy);")]
    [InlineData("builder.Ignore(\"Legacy\");")]
    [InlineData("builder.Ignore(nameof(Product.Legacy));")]
    public void IgnoreInAnEntityTypeConfigurationLeavesTheMemberOut(string call)
    {
        var run = Run(Product + $$"""
            public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
            {
                public void Configure(EntityTypeBuilder<Product> builder)
                {
                    {{call}}
                }
            }
            """);

        Assert.DoesNotContain("Legacy", Members(run, "App.ProductRead"));
        Assert.DoesNotContain("Legacy", Members(run, "App.ProductCreate"));
        Assert.Contains("Notes", Members(run, "App.ProductRead"));
    }

    [Theory]
    [InlineData("modelBuilder.Entity<Product>().Ignore(p => p.Legacy);")]
    [InlineData("modelBuilder.Entity<Product>(b => b.Ignore(p => p.Legacy));")]
    [InlineData("modelBuilder.Entity<Product>(b => { b.Property(p => p.Name).HasMaxLength(20); b.Ignore(\"Legacy\"); });")]
    public void IgnoreInOnModelCreatingLeavesTheMemberOut(string call)
    {
        var run = Run(Product + Context(call));

        Assert.DoesNotContain("Legacy", Members(run, "App.ProductRead"));
    }

    /// <summary>
    /// The reader follows the common builder forms from the declarations without binding the statement; these forms it
    /// cannot follow that way are left to the compiler and must read the same.
    /// </summary>
    [Theory]
    [InlineData("var b = modelBuilder.Entity<Product>(); b.Ignore(p => p.Legacy);")]
    [InlineData("modelBuilder.Entity<Product>().ToTable(\"Products\").Ignore(p => p.Legacy);")]
    [InlineData("modelBuilder.Entity<Product>(b => { var same = b; same.Ignore(p => p.Legacy); });")]
    [InlineData("modelBuilder.Entity<Product>((EntityTypeBuilder<Product> b) => b.Ignore(p => p.Legacy));")]
    [InlineData("const string legacy = nameof(Product.Legacy); modelBuilder.Entity<Product>().Ignore(legacy);")]
    public void IgnoreThroughALocalAChainOrATypedLambdaLeavesTheMemberOut(string call)
    {
        var run = Run(Product + Context(call));

        Assert.DoesNotContain("Legacy", Members(run, "App.ProductRead"));
        Assert.Contains("Notes", Members(run, "App.ProductRead"));
    }

    /// <summary>A lambda parameter that reuses the builder's name is another builder: its calls are not about the entity.</summary>
    [Fact]
    public void ALambdaParameterShadowingTheBuilderIsNotTheEntityBuilder()
    {
        var run = Run("""
            public class Address
            {
                public string? Street { get; set; }
                public string? Legacy { get; set; }
            }

            [GenerateDtos]
            public class Customer
            {
                public int Id { get; set; }
                public string? Legacy { get; set; }
                public Address Address { get; set; } = new();
            }

            public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
            {
                public void Configure(EntityTypeBuilder<Customer> builder)
                {
                    builder.OwnsOne(c => c.Address, builder => builder.Ignore(a => a.Legacy));
                }
            }
            """);

        Assert.Contains("Legacy", Members(run, "App.CustomerRead"));
        Assert.Contains("Address", Members(run, "App.CustomerRead"));
    }

    /// <summary>The related type of <c>HasOne</c>/<c>HasMany</c> comes from the navigation's declared type, a collection's element included.</summary>
    [Theory]
    [InlineData("modelBuilder.Entity<Order>().HasMany(o => o.Lines).WithOne(l => l.Order);")]
    [InlineData("modelBuilder.Entity<Order>(b => b.HasMany(o => o.Lines).WithOne(l => l.Order).HasForeignKey(l => l.OrderId));")]
    [InlineData("modelBuilder.Entity<OrderLine>().HasOne(l => l.Order).WithMany(o => o.Lines);")]
    public void BothEndsOfARelationshipAreNavigations(string call)
    {
        var run = Run("""
            [GenerateDtos]
            public class Order
            {
                public int Id { get; set; }
                public string? Reference { get; set; }
                public IReadOnlyCollection<OrderLine> Lines { get; set; } = new List<OrderLine>();
            }

            public class OrderLine
            {
                public int Number { get; set; }
                public int OrderId { get; set; }
                public Order? Order { get; set; }
            }

            """ + Context(call));

        // OrderLine has no conventional key: only the relationship makes it an entity, so Lines is a navigation, not a value.
        Assert.DoesNotContain("Lines", Members(run, "App.OrderRead"));
        Assert.DoesNotContain("Lines", Members(run, "App.OrderCreate"));
        Assert.Contains("\"Lines\"", run.File("App.Order.Includes.g.cs"));
    }

    [Theory]
    [InlineData("b.Property(p => p.Stamp).ValueGeneratedOnAdd();")]
    [InlineData("b.Property(p => p.Stamp).HasDefaultValueSql(\"CURRENT_TIMESTAMP\");")]
    [InlineData("b.Property(p => p.Stamp).HasComputedColumnSql(\"now()\");")]
    [InlineData("b.Property(p => p.Stamp).HasColumnName(\"stamp\").ValueGeneratedOnAddOrUpdate();")]
    [InlineData("var stamp = b.Property(p => p.Stamp); stamp.ValueGeneratedOnUpdate();")]
    [InlineData("b.Property(nameof(Product.Stamp)).IsRowVersion();")]
    public void GeneratedValuesAreReadOnly(string call)
    {
        var run = Run(Product + Context("modelBuilder.Entity<Product>(b => { " + call + " });"));

        Assert.Contains("Stamp", Members(run, "App.ProductRead"));
        Assert.DoesNotContain("Stamp", Members(run, "App.ProductCreate"));
        Assert.DoesNotContain("Stamp", Members(run, "App.ProductUpdate"));
    }

    [Fact]
    public void AKeyConfiguredValueGeneratedNeverIsClientInputAtCreation()
    {
        var run = Run("""
            [GenerateDtos]
            public class Country
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
            }

            """ + Context("modelBuilder.Entity<Country>().Property(c => c.Id).ValueGeneratedNever();"));

        Assert.Contains("Id", Members(run, "App.CountryCreate"));
        Assert.DoesNotContain("Id", Members(run, "App.CountryUpdate"));
        Assert.Contains("public required int Id { get; init; }", run.File("App.Country.Create.g.cs"));
    }

    [Theory]
    [InlineData("b.HasKey(x => new { x.StoreId, x.Sku });")]
    [InlineData("b.HasKey(\"StoreId\", \"Sku\");")]
    public void ACompositeKeyFromHasKeyIsCreateOnly(string call)
    {
        var run = Run("""
            [GenerateDtos]
            public class StockLine
            {
                public int StoreId { get; set; }
                public string Sku { get; set; } = "";
                public int Quantity { get; set; }
            }

            """ + Context("modelBuilder.Entity<StockLine>(b => { " + call + " });"));

        Assert.Equal(["Quantity", "Sku", "StoreId"], Members(run, "App.StockLineCreate").Order());
        Assert.Equal(["Quantity"], Members(run, "App.StockLineUpdate"));
    }

    [Fact]
    public void AKeyFromHasKeyIsReadOnlyAndTheConventionalIdIsNotTheKey()
    {
        var run = Run("""
            [GenerateDtos]
            public class Ticket
            {
                public Guid TicketNumber { get; set; }
                public int Id { get; set; }
                public string? Title { get; set; }
            }

            """ + Context("modelBuilder.Entity<Ticket>().HasKey(t => t.TicketNumber);"));

        Assert.DoesNotContain("TicketNumber", Members(run, "App.TicketCreate"));
        Assert.Contains("Id", Members(run, "App.TicketCreate"));
    }

    private const string Invoice = """
        public class Money
        {
            public decimal Amount { get; set; }
            public string Currency { get; set; } = "EUR";
        }

        [GenerateDtos]
        public class Invoice
        {
            public int Id { get; set; }
            public string? Number { get; set; }
            public Money Total { get; set; } = new();
        }

        """;

    [Theory]
    [InlineData("modelBuilder.Entity<Invoice>().OwnsOne(i => i.Total);")]
    [InlineData("modelBuilder.Entity<Invoice>().OwnsOne(i => i.Total, total => total.Property(t => t.Currency).HasMaxLength(3));")]
    [InlineData("modelBuilder.Entity<Invoice>().ComplexProperty(i => i.Total);")]
    [InlineData("modelBuilder.Entity<Invoice>().OwnsOne(typeof(Money), \"Total\");")]
    [InlineData("modelBuilder.Owned<Money>();")]
    public void AnOwnedOrComplexClassIsAValueInEveryDto(string call)
    {
        var run = Run(Invoice + Context(call));

        Assert.Contains("Total", Members(run, "App.InvoiceRead"));
        Assert.Contains("Total", Members(run, "App.InvoiceCreate"));
        Assert.DoesNotContain("\"Total\"", run.File("App.Invoice.Includes.g.cs"));
        Assert.Empty(run.AnalyzerDiagnostics());
    }

    [Fact]
    public void AClassNoConfigurationExplainsIsLeftOutWithAWarning()
    {
        var run = Run(Invoice + Context("modelBuilder.Entity<Invoice>();"));

        Assert.DoesNotContain("Total", Members(run, "App.InvoiceRead"));
        Assert.DoesNotContain("Total", Members(run, "App.InvoiceCreate"));
        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        Assert.Equal("EDG014", diagnostic.Id);
        Assert.StartsWith("'Invoice.Total' is in no DTO: its type 'Money' is neither an entity nor a value EF Core maps by itself", diagnostic.GetMessage());
    }

    [Fact]
    public void AConvertedClassAndConventionScalarsAreValues()
    {
        var run = Run(Invoice + """
            [GenerateDtos]
            public class Payment
            {
                public int Id { get; set; }
                public Money Amount { get; set; } = new();
            }

            public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
            {
                protected override void OnModelCreating(ModelBuilder modelBuilder) =>
                    modelBuilder.Entity<Invoice>().Property(i => i.Total).HasConversion(m => m.Amount, a => new Money { Amount = a });

                protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
                    configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();
            }

            public sealed class MoneyConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<Money, decimal>(m => m.Amount, a => new Money { Amount = a });
            """);

        Assert.Contains("Total", Members(run, "App.InvoiceRead"));
        Assert.Contains("Amount", Members(run, "App.PaymentRead"));
    }

    [Fact]
    public void AnIgnoredTypeIsInNoDto()
    {
        var run = Run(Invoice + Context("modelBuilder.Ignore<Money>();"));

        Assert.DoesNotContain("Total", Members(run, "App.InvoiceRead"));
        Assert.Empty(run.AnalyzerDiagnostics());
    }

    [Fact]
    public void ADbSetOrARelationshipMakesAClassWithoutAConventionalKeyAnEntity()
    {
        var run = Run("""
            public class Warehouse
            {
                public int Code { get; set; }
                public string? City { get; set; }
            }

            public class Supplier
            {
                public int Number { get; set; }
            }

            [GenerateDtos]
            public class Shipment
            {
                public int Id { get; set; }
                public string? Reference { get; set; }
                public Warehouse? From { get; set; }
                public Supplier? By { get; set; }
            }

            public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
            {
                public DbSet<Warehouse> Warehouses => Set<Warehouse>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Warehouse>().HasKey(w => w.Code);
                    modelBuilder.Entity<Supplier>().HasKey(s => s.Number);
                    modelBuilder.Entity<Shipment>().HasOne(s => s.By).WithMany();
                }
            }
            """);

        Assert.Equal(["By", "From"], Paths(run, "App.Shipment.Includes.g.cs"));
        Assert.DoesNotContain("From", Members(run, "App.ShipmentRead"));
        Assert.Empty(run.AnalyzerDiagnostics());
    }

    [Fact]
    public void AGenericConfigurationBaseClassAppliesToTheClassThatDeclaresTheMember()
    {
        var run = Run("""
            public abstract class Audited
            {
                public int Id { get; set; }
                public DateTime Stamp { get; set; }
            }

            [GenerateDtos]
            public class Note : Audited
            {
                public string? Text { get; set; }
            }

            public abstract class AuditedConfiguration<T> : IEntityTypeConfiguration<T>
                where T : Audited
            {
                public virtual void Configure(EntityTypeBuilder<T> builder) => builder.Property(x => x.Stamp).ValueGeneratedOnAddOrUpdate();
            }

            public sealed class NoteConfiguration : AuditedConfiguration<Note>
            {
                public override void Configure(EntityTypeBuilder<Note> builder)
                {
                    base.Configure(builder);
                    builder.Property(n => n.Text).HasMaxLength(500);
                }
            }
            """);

        Assert.DoesNotContain("Stamp", Members(run, "App.NoteCreate"));
        Assert.Contains("Stamp", Members(run, "App.NoteRead"));
    }

    [Fact]
    public void AConfigurationHelperMethodIsRead()
    {
        var run = Run(Product + """
            public static class ModelBuilderExtensions
            {
                public static void ConfigureProducts(this ModelBuilder modelBuilder) => modelBuilder.Entity<Product>().Ignore(p => p.Legacy);
            }
            """);

        Assert.DoesNotContain("Legacy", Members(run, "App.ProductRead"));
    }

    private const string Stamped = """
        public interface IStamped
        {
            DateTime Stamp { get; set; }
        }

        [GenerateDtos]
        public class Post : IStamped
        {
            public int Id { get; set; }
            public string? Title { get; set; }
            public DateTime Stamp { get; set; }
            public string? Editor { get; set; }
        }

        """;

    [Theory]
    [InlineData("foreach (var entry in context.ChangeTracker.Entries<Post>()) { entry.Entity.Editor = \"x\"; }")]
    [InlineData("foreach (var entry in context.ChangeTracker.Entries<Post>()) { entry.Property(p => p.Editor).CurrentValue = \"x\"; }")]
    [InlineData("foreach (var entry in context.ChangeTracker.Entries()) { entry.Property(\"Editor\").CurrentValue = \"x\"; }")]
    [InlineData("foreach (var entry in context.ChangeTracker.Entries()) { entry.CurrentValues[\"Editor\"] = \"x\"; }")]
    [InlineData("foreach (var entry in context.ChangeTracker.Entries()) { if (entry.Entity is Post post) { post.Editor ??= \"x\"; } }")]
    public void AMemberAnInterceptorAssignsIsServerManaged(string assignment)
    {
        var run = Run(Stamped + $$"""
            public sealed class EditorInterceptor : SaveChangesInterceptor
            {
                public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
                {
                    Apply(eventData.Context!);
                    return base.SavingChanges(eventData, result);
                }

                private static void Apply(DbContext context)
                {
                    {{assignment}}
                }
            }
            """);

        Assert.DoesNotContain("Editor", Members(run, "App.PostCreate"));
        Assert.DoesNotContain("Editor", Members(run, "App.PostUpdate"));
        Assert.Contains("Editor", Members(run, "App.PostRead"));
        Assert.Contains("Title", Members(run, "App.PostUpdate"));
    }

    [Fact]
    public void AMemberASaveChangesOverrideAssignsThroughAHelperAndAnInterfaceIsServerManaged()
    {
        var run = Run(Stamped + """
            public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
            {
                public override Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
                {
                    Touch();
                    return base.SaveChangesAsync(cancellationToken);
                }

                private void Touch()
                {
                    foreach (var entry in ChangeTracker.Entries<IStamped>())
                    {
                        entry.Entity.Stamp = DateTime.UtcNow;
                    }
                }
            }
            """);

        Assert.DoesNotContain("Stamp", Members(run, "App.PostCreate"));
        Assert.Contains("Editor", Members(run, "App.PostCreate"));
    }

    [Fact]
    public void ClientWritableKeepsAnAuditNamedMemberAsInput()
    {
        var run = Run("""
            [GenerateDtos]
            public class Booking
            {
                public int Id { get; set; }
                public DateTime CreatedAt { get; set; }
                [ClientWritable] public DateTime ModifiedOn { get; set; }
                public string? CreatedBy { get; set; }
            }
            """);

        Assert.Equal(["ModifiedOn"], Members(run, "App.BookingCreate"));
        Assert.Equal(["CreatedAt", "CreatedBy", "Id", "ModifiedOn"], Members(run, "App.BookingRead").Order());
    }

    [Fact]
    public void NamesThatSayCredentialAreSecretUnlessMarkedNotSecret()
    {
        var run = Run("""
            [GenerateDtos]
            public class Client
            {
                public int Id { get; set; }
                public string? Name { get; set; }
                public string? HashedPassword { get; set; }
                public string? ApiKey { get; set; }
                public string? OAuthToken { get; set; }
                public string? CardNumber { get; set; }
                public string? Cvv2 { get; set; }
                public string? client_secret { get; set; }
                [NotSecret] public DateTime? PasswordChangedAt { get; set; }
                public string? Passport { get; set; }
            }
            """);

        Assert.Equal(["Id", "Name", "Passport", "PasswordChangedAt"], Members(run, "App.ClientRead").Order());
    }

    private static string Context(string body) => $$"""
        public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
        {
            protected override void OnModelCreating(ModelBuilder modelBuilder)
            {
                {{body}}
            }
        }
        """;

    private static GeneratorRun Run(string source) => GeneratorHarness.RunWithEfCoreAndAssertClean(Usings + source);

    private static IReadOnlyList<string> Members(GeneratorRun run, string type) =>
        (run.OutputCompilation.GetTypeByMetadataName(type) ?? throw new Xunit.Sdk.XunitException(type + " was not generated"))
            .GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsImplicitlyDeclared && p.Name != "EqualityContract").Select(p => p.Name).ToArray();

    private static string[] Paths(GeneratorRun run, string hintName)
    {
        var text = run.File(hintName);
        var start = text.IndexOf("Paths { get; } = new string[]", System.StringComparison.Ordinal);
        var end = text.IndexOf("};", start, System.StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Matches(text[start..end], "\"([^\"]*)\"").Select(m => m.Groups[1].Value).Order().ToArray();
    }
}
