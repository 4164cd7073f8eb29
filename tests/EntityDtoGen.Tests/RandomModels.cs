using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace EntityDtoGen.Tests;

/// <summary>What a random property is, so the invariants can be checked against the generated DTOs.</summary>
public sealed record RandomProperty(
    string Name,
    string Type,
    bool Secret,
    bool Key,
    bool ServerGenerated,
    bool DatabaseGenerated,
    bool CreateOnly,
    string Setter,
    bool SecretByName = false,
    bool AuditName = false,
    bool OptedOut = false,
    bool BoundByConstructor = false)
{
    /// <summary>No DTO may carry it: [Secret], or a credential name without [NotSecret].</summary>
    public bool IsSecret => Secret || (SecretByName && !OptedOut);

    /// <summary>Only the server sets it: markers, keys, or an audit name without [ClientWritable].</summary>
    public bool IsServerManaged => Key || ServerGenerated || DatabaseGenerated || (AuditName && !OptedOut);

    /// <summary>A value Create may carry: the client may set it, through a public setter or the entity's constructor.</summary>
    public bool CanCreate => !IsSecret && !IsServerManaged && (Setter is "set;" or "init;" || BoundByConstructor);

    public bool CanUpdate => CanCreate && !CreateOnly && Setter == "set;";

    public bool CanRead => !IsSecret;
}

/// <summary>A random entity: its source and the facts the invariants need.</summary>
/// <param name="Wrappers">Properties that stand in for another (an enum over an int): in no DTO.</param>
public sealed record RandomEntity(string Namespace, string Name, string Source, string Kinds, IReadOnlyList<RandomProperty> Properties, bool NestsReads, IReadOnlyList<string> Wrappers);

/// <summary>
/// Builds random but valid entity models: scalar types, nullability, initializers, setters, markers, validation
/// attributes, base classes, navigations (only to earlier entities, so [IncludeInRead] never loops), audit and
/// credential names with and without their opt-outs, enum wrappers, and constructors that take private-set members.
/// </summary>
public sealed class RandomModels(int seed)
{
    private static readonly (string Type, bool IsReference)[] Scalars =
    [
        ("int", false), ("long", false), ("short", false), ("byte", false), ("bool", false), ("decimal", false), ("double", false),
        ("float", false), ("string", true), ("Guid", false), ("DateTime", false), ("DateTimeOffset", false), ("DateOnly", false),
        ("TimeOnly", false), ("TimeSpan", false), ("byte[]", true), ("Uri", true), ("Level", false), ("List<string>", true), ("int[]", true),
    ];

    private static readonly string[] AuditNames = ["CreatedAt", "UpdatedOn", "LastModifiedBy", "DeletedAtUtc", "CreatedOnUtc", "ModifiedDate"];

    private static readonly string[] CredentialNames = ["PasswordHash", "ApiKey", "RefreshToken", "CardNumber", "SecurityStamp", "ClientSecret"];

    private readonly Random _random = new(seed);

    public List<RandomEntity> Batch(string @namespace, int count)
    {
        var entities = new List<RandomEntity>();
        for (var i = 0; i < count; i++)
        {
            entities.Add(Entity(@namespace, "E" + i, entities));
        }

        return entities;
    }

    public static string Header(string @namespace) => $$"""
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;
        using EntityDtoGen;

        namespace {{@namespace}};

        public enum Level { Low, Mid, High }

        """;

    private RandomEntity Entity(string @namespace, string name, List<RandomEntity> earlier)
    {
        var properties = new List<RandomProperty>();
        var body = new StringBuilder();
        var baseSource = string.Empty;
        var baseName = string.Empty;
        var keyStyle = _random.Next(4);
        if (Chance(0.3))
        {
            baseName = name + "Base";
            var baseBody = new StringBuilder();
            if (keyStyle == 0)
            {
                baseBody.AppendLine(Property(properties, "Id", ("int", false), key: true));
            }

            for (var j = 0; j < _random.Next(1, 4); j++)
            {
                baseBody.AppendLine(Property(properties, "B" + j, Pick(Scalars)));
            }

            baseSource = $"public abstract class {baseName}\n{{\n{baseBody}}}\n\n";
        }

        if (keyStyle == 1 || (keyStyle == 0 && baseName.Length == 0))
        {
            body.AppendLine(Property(properties, "Id", Chance(0.5) ? ("Guid", false) : ("long", false), key: true));
        }
        else if (keyStyle == 2)
        {
            body.AppendLine(Property(properties, name + "Id", ("int", false), key: true));
        }
        else if (keyStyle == 3)
        {
            body.AppendLine("    [Key]");
            body.AppendLine(Property(properties, "Code", ("string", true), key: true));
        }

        for (var j = 0; j < _random.Next(0, 12); j++)
        {
            var propertyName = Chance(0.05) ? "@class" : Chance(0.05) ? "@event" : Chance(0.08) ? Pick(AuditNames) : Chance(0.06) ? Pick(CredentialNames) : "P" + j;
            if (properties.Any(p => p.Name == propertyName.TrimStart('@')))
            {
                propertyName = "P" + j;
            }

            body.AppendLine(Property(properties, propertyName, Pick(Scalars)));
        }

        var bodyProperties = properties.Skip(properties.Count - CountDeclared(body)).ToList();
        var wrappers = new List<string>();
        if (Chance(0.2) && properties.FirstOrDefault(p => p.Type == "int" && p.Setter == "set;" && !p.Key) is { } wrapped)
        {
            wrappers.Add("Wrapper");
            body.AppendLine($"    public Level Wrapper {{ get => (Level){Escape(wrapped.Name)}; set => {Escape(wrapped.Name)} = (int)value; }}");
        }

        // A DDD constructor: it takes the private-set members a client may set, so Create carries them through it.
        var bound = bodyProperties.Where(p => p.Setter == "private set;" && !p.IsSecret && !p.IsServerManaged).ToList();
        if (bound.Count > 0 && Chance(0.5))
        {
            var parameters = bound.Select(p => (Property: p, Type: DeclaredType(body, p.Name), Parameter: "@" + p.Name.ToLowerInvariant())).ToList();
            body.AppendLine($"    public {name}({string.Join(", ", parameters.Select(p => p.Type + " " + p.Parameter))}) {{ {string.Join(" ", parameters.Select(p => "this." + Escape(p.Property.Name) + " = " + p.Parameter + ";"))} }}");
            foreach (var property in bound)
            {
                properties[properties.IndexOf(property)] = property with { BoundByConstructor = true };
            }
        }

        var readTargets = earlier.Where(e => e.Kinds.Contains("Read") || e.Kinds == "All").ToList();
        var nestsReads = false;
        for (var j = 0; j < _random.Next(0, 3) && earlier.Count > 0; j++)
        {
            var target = earlier[_random.Next(earlier.Count)];
            var include = readTargets.Contains(target) && Chance(0.5) ? "[IncludeInRead] " : string.Empty;
            nestsReads |= include.Length > 0;
            body.AppendLine(Chance(0.5)
                ? $"    {include}public {target.Name}? Nav{j} {{ get; set; }}"
                : $"    {include}public List<{target.Name}> Navs{j} {{ get; set; }} = [];");
        }

        var kinds = Pick(["All", "All", "All", "Read", "Create | DtoKinds.Read", "Read | DtoKinds.Update", "Update"]);
        var attribute = kinds == "All" ? "[GenerateDtos]" : $"[GenerateDtos(Kinds = DtoKinds.{kinds})]";
        var source = $"{baseSource}{attribute}\npublic class {name}{(baseName.Length > 0 ? " : " + baseName : string.Empty)}\n{{\n{body}}}\n";
        return new RandomEntity(@namespace, name, source, kinds, properties, nestsReads, wrappers);
    }

    private static readonly System.Text.RegularExpressions.Regex PropertyLine = new(@"^    public (?:required )?(\S+) @?(\w+) \{", System.Text.RegularExpressions.RegexOptions.Multiline);

    private static int CountDeclared(StringBuilder body) => PropertyLine.Matches(body.ToString()).Count;

    private static string DeclaredType(StringBuilder body, string name) =>
        PropertyLine.Matches(body.ToString()).Single(m => m.Groups[2].Value == name).Groups[1].Value;

    private static string Escape(string name) => name is "class" or "event" ? "@" + name : name;

    private string Property(List<RandomProperty> properties, string name, (string Type, bool IsReference) scalar, bool key = false)
    {
        var nullable = !key && Chance(0.35);
        var type = scalar.Type + (nullable ? "?" : string.Empty);
        var auditName = AuditNames.Contains(name);
        var secretByName = CredentialNames.Contains(name);
        var optedOut = (auditName || secretByName) && Chance(0.3);
        var secret = !key && Chance(0.1);
        var serverGenerated = !key && !secret && Chance(0.1);
        var databaseGenerated = !key && !secret && !serverGenerated && Chance(0.05);
        var createOnly = Chance(0.1);
        var attributes = new List<string>();
        if (secret)
        {
            attributes.Add("Secret");
        }

        if (serverGenerated)
        {
            attributes.Add("ServerGenerated");
        }

        if (databaseGenerated)
        {
            attributes.Add(Chance(0.5) ? "DatabaseGenerated(DatabaseGeneratedOption.Identity)" : "DatabaseGenerated(DatabaseGeneratedOption.Computed)");
        }

        if (createOnly)
        {
            attributes.Add("CreateOnly");
        }

        if (optedOut)
        {
            attributes.Add(auditName ? "ClientWritable" : "NotSecret");
        }

        if (scalar.Type == "string" && Chance(0.3))
        {
            attributes.Add($"MaxLength({_random.Next(1, 500)})");
        }

        if (scalar.Type == "int" && Chance(0.3))
        {
            attributes.Add($"Range({_random.Next(-10, 0)}, {_random.Next(1, 100)})");
        }

        var setter = Pick(["set;", "set;", "set;", "init;", "private set;"]);
        string initializer;
        var required = false;
        if (scalar.IsReference && !nullable)
        {
            // Non-nullable references need a value: required (never on a secret, which Create cannot supply), or an initializer.
            required = !key && !secret && !serverGenerated && !databaseGenerated && !((auditName || secretByName) && !optedOut) && setter != "private set;" && Chance(0.4);
            initializer = required ? string.Empty : " = " + ReferenceDefault(scalar.Type) + ";";
        }
        else
        {
            initializer = Chance(0.2) ? " = " + ValueDefault(scalar.Type, nullable) + ";" : string.Empty;
        }

        properties.Add(new RandomProperty(name.TrimStart('@'), type, secret, key, serverGenerated, databaseGenerated, createOnly, setter, secretByName, auditName, optedOut));
        var prefix = attributes.Count > 0 ? "    [" + string.Join(", ", attributes) + "]\n" : string.Empty;
        return $"{prefix}    public {(required ? "required " : string.Empty)}{type} {name} {{ get; {setter} }}{initializer}";
    }

    private string ReferenceDefault(string type) => type switch
    {
        "string" => Pick(["\"\"", "\"x\"", "string.Empty", "null!"]),
        "List<string>" => Pick(["[]", "new()", "null!"]),
        "int[]" => Pick(["[]", "Array.Empty<int>()"]),
        _ => "null!",
    };

    private string ValueDefault(string type, bool nullable) => type switch
    {
        _ when nullable => "null",
        "int" or "long" or "short" or "byte" or "decimal" or "double" or "float" => "1",
        "bool" => "true",
        "Level" => "Level.High",
        "DateTime" => Pick(["DateTime.UtcNow", "default"]),
        _ => "default",
    };

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
