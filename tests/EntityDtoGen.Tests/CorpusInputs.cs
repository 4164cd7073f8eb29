using System.Collections.Generic;
using System.Linq;

namespace EntityDtoGen.Tests;

/// <summary>
/// Odd but possible inputs. Each must leave the generator standing: clean output, or the right EDG diagnostic, or the
/// user's own compiler error, never an error inside a generated file.
/// </summary>
public static class CorpusInputs
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.ComponentModel.DataAnnotations.Schema;
        using EntityDtoGen;

        """;

    private static readonly string[] None = [];

    public static IEnumerable<CorpusCase> All()
    {
        yield return Clean("entity nested in a class", "public class Outer { [GenerateDtos] public class Inner { public int Id { get; set; } public string? Name { get; set; } } }");
        yield return Clean("entity nested two levels deep", "public class A { public class B { [GenerateDtos] public class Leaf { public int Id { get; set; } public string? Name { get; set; } } } }");
        yield return Clean("entity in the global namespace", "[EntityDtoGen.GenerateDtos] public class Note { public int Id { get; set; } public string? Text { get; set; } }", withUsings: false);
        yield return Case("partial entity across files", ["namespace P; [EntityDtoGen.GenerateDtos] public partial class Order { public int Id { get; set; } }", "namespace P; public partial class Order { public decimal Total { get; set; } }"]);
        yield return Diagnostics("record class entity with init-only members: no Update", "[GenerateDtos] public record Person { public int Id { get; init; } public string? Name { get; init; } }", "EDG012");
        yield return Clean("positional record with Create left out", "[GenerateDtos(Kinds = DtoKinds.Read)] public record Point(int Id, int X, int Y);");
        yield return Diagnostics("positional record whose constructor takes the key", "[GenerateDtos] public record Point(int Id, int X);", "EDG013", "EDG012");
        yield return Clean("generic base class", "public abstract class Entity<TKey> { public TKey Id { get; set; } = default!; } [GenerateDtos] public class Product : Entity<Guid> { public string? Name { get; set; } }");
        yield return Clean("inheritance from another entity", "[GenerateDtos] public class Animal { public int Id { get; set; } public string? Name { get; set; } } [GenerateDtos] public class Dog : Animal { public bool Barks { get; set; } }");
        yield return InputErrors("property of an undefined type", "[GenerateDtos] public class Thing { public int Id { get; set; } public string? Name { get; set; } public Missing? Gone { get; set; } public List<Missing> Many { get; set; } = []; }", "CS0246");
        yield return Case("[GenerateDtos] applied twice", ["namespace P; [EntityDtoGen.GenerateDtos] public partial class Twice { public int Id { get; set; } }", "namespace P; [EntityDtoGen.GenerateDtos] public partial class Twice { public string? Name { get; set; } }"], inputErrors: ["CS0579"]);
        yield return InputErrors("attribute argument that does not bind", "[GenerateDtos(Kinds = Nowhere.Value)] public class Thing { public int Id { get; set; } public string? Name { get; set; } }", "CS0103");
        yield return Clean("Kinds outside the enum", "[GenerateDtos(Kinds = (DtoKinds)13)] public class Thing { public int Id { get; set; } public string? Name { get; set; } }");
        yield return Clean("Kinds = None generates nothing", "[GenerateDtos(Kinds = DtoKinds.None)] public class Thing { public int Id { get; set; } }");
        yield return Clean("Kinds = None beside an entity, with EF Core", "[GenerateDtos(Kinds = DtoKinds.None)] public class Thing { public int Id { get; set; } } [GenerateDtos] public class Other { public int Id { get; set; } public string? Name { get; set; } }", withEfCore: true);
        yield return Diagnostics("property named Projection", "[GenerateDtos] public class Thing { public int Id { get; set; } public string? Projection { get; set; } }", "EDG008");
        yield return Diagnostics("property named like its DTO", "[GenerateDtos] public class Thing { public int Id { get; set; } public string? ThingRead { get; set; } }", "EDG008");
        yield return Diagnostics("property named ToString-like record member", "[GenerateDtos] public class Thing { public int Id { get; set; } public string? EqualityContract { get; set; } }", "EDG008");
        yield return Clean("entity named Optional", "[GenerateDtos] public class Optional { public int Id { get; set; } public string? Value { get; set; } }");
        yield return Clean("entity named System in a namespace", "namespace Corpus { [EntityDtoGen.GenerateDtos] public class System { public int Id { get; set; } public string? Name { get; set; } } }", withUsings: false, typeDeclared: true);
        yield return new CorpusCase("entity named System in the global namespace", ["[EntityDtoGen.GenerateDtos] public class System { public int Id { get; set; } }"], ["EDG001"], []);
        yield return Clean("implicit usings on", "[GenerateDtos] public class Thing { public int Id { get; set; } public string? Name { get; set; } }", extra: "global using global::System; global using global::System.Linq; global using global::System.Collections.Generic; global using global::System.Threading.Tasks; global using global::System.Net.Http; global using global::System.IO;");
        yield return Clean("user namespace named System", "namespace MyApp.System { [EntityDtoGen.GenerateDtos] public class Widget { public int Id { get; set; } public global::System.Guid Key { get; set; } public string? Name { get; set; } } public class Guid { } public class Linq { } }", withUsings: false, typeDeclared: true);
        yield return Clean("user namespace named EntityDtoGen", "namespace EntityDtoGen { [GenerateDtos] public class Widget { public int Id { get; set; } public string? Name { get; set; } } }", withUsings: false, typeDeclared: true);
        yield return Clean("user type named Optional next to the entity", "public class Optional<T> { } [GenerateDtos] public class Thing { public int Id { get; set; } public string? Name { get; set; } }");
        yield return Clean("pointer and function-pointer properties", "[GenerateDtos] public unsafe class Native { public int Id { get; set; } public string? Name { get; set; } public int* Pointer { get; set; } public delegate*<int, void> Callback { get; set; } }");
        yield return Clean("ref struct property", "[GenerateDtos] public class Buffer { public int Id { get; set; } public string? Name { get; set; } public Span<byte> Bytes { get => default; set { } } }");
        yield return Clean("object and dynamic properties", "[GenerateDtos] public class Bag { public int Id { get; set; } public string? Name { get; set; } public object? Anything { get; set; } public dynamic? Whatever { get; set; } }");
        yield return Clean("very long names", $"[GenerateDtos] public class {new string('E', 300)} {{ public int Id {{ get; set; }} public string? {new string('P', 300)} {{ get; set; }} }}");
        yield return Clean("200 properties", "[GenerateDtos] public class Wide { public int Id { get; set; } " + string.Join(" ", Enumerable.Range(0, 200).Select(i => $"public {(i % 3 == 0 ? "string?" : i % 3 == 1 ? "int" : "decimal?")} P{i} {{ get; set; }}")) + " }");
        yield return Clean("keyword identifiers everywhere", "namespace @class.@namespace { [EntityDtoGen.GenerateDtos] public class @struct { public int Id { get; set; } public string? @event { get; set; } public int @base { get; set; } } }", withUsings: false, typeDeclared: true);
        yield return Clean("unicode identifiers", "[GenerateDtos] public class Café { public int Id { get; set; } public string? Ünïcödé { get; set; } public int 数量 { get; set; } }");
        yield return Clean("namespace and entity with the same name", "namespace Shop.User { [EntityDtoGen.GenerateDtos] public class User { public int Id { get; set; } public string? Name { get; set; } } }", withUsings: false, typeDeclared: true);
        yield return Clean("self-referencing navigation", "[GenerateDtos] public class Node { public int Id { get; set; } public int? ParentId { get; set; } public Node? Parent { get; set; } public List<Node> Children { get; set; } = []; }", withEfCore: true);
        yield return Clean("collections of collections and dictionaries", "[GenerateDtos] public class Matrix { public int Id { get; set; } public List<List<int>> Rows { get; set; } = []; public Dictionary<string, string> Tags { get; set; } = new(); public (int X, string Y) Pair { get; set; } }");
        yield return Clean("nullable enums and custom structs", "public enum Color { Red, Green } public struct Money { public decimal Amount { get; set; } } [GenerateDtos] public class Paint { public int Id { get; set; } public Color? Color { get; set; } public Money? Price { get; set; } public Money Cost { get; set; } }");
        yield return Clean("obsolete members", "[GenerateDtos] public class Old { public int Id { get; set; } [Obsolete] public string? Fax { get; set; } [Obsolete(\"no\", true)] public string? Telex { get; set; } }");
        yield return Clean("new hides a base property with another type", "public class Base { public int Id { get; set; } public string? Code { get; set; } } [GenerateDtos] public class Derived : Base { public new int Code { get; set; } }");
        yield return Clean("abstract property overridden", "public abstract class Base { public int Id { get; set; } public abstract string Name { get; set; } } [GenerateDtos] public class Impl : Base { public override string Name { get; set; } = \"\"; }");
        yield return Clean("interface-typed collection navigation", "public class Line { public int Id { get; set; } } [GenerateDtos] public class Basket { public int Id { get; set; } public ICollection<Line> Lines { get; set; } = new List<Line>(); public IReadOnlyList<string> Labels { get; set; } = []; }", withEfCore: true);
        yield return Clean("statics, consts and explicit interface properties", "public interface INamed { string Name { get; set; } } [GenerateDtos] public class Thing : INamed { public const int Max = 3; public static int Count { get; set; } public int Id { get; set; } public string? Title { get; set; } string INamed.Name { get; set; } = \"\"; }");
        yield return Clean("required members with SetsRequiredMembers constructor", "[GenerateDtos] public class Ticket { [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public Ticket() { Code = \"x\"; } public int Id { get; set; } public string? Name { get; set; } [ServerGenerated] public required string Code { get; set; } }");
        yield return Clean("properties named like generated locals and parameters", "[GenerateDtos] public class Odd { public int Id { get; set; } public string? entity { get; set; } public string? source { get; set; } public string? update { get; set; } public string? query { get; set; } public string? results { get; set; } public string? value { get; set; } public string? validationContext { get; set; } public string? item { get; set; } public string? System { get; set; } public string? global { get; set; } }");
        yield return Clean("initializers of every shape", "public enum Level { Low, High } [GenerateDtos] public class Defaults { public int Id { get; set; } public string A { get; set; } = \"a\"; public int B { get; set; } = 1 + 2; public Level C { get; set; } = Level.High; public DateTime D { get; set; } = DateTime.UtcNow; public List<int> E { get; set; } = new List<int>(); public int[] F { get; set; } = Array.Empty<int>(); public string G { get; set; } = string.Empty; public double H { get; set; } = double.NaN; public float I { get; set; } = 1.5f; public char J { get; set; } = '\\''; public string K { get; set; } = \"line\\nbreak \\\"quoted\\\"\"; public long L { get; set; } = long.MaxValue; public DateTime M { get; set; } = default; public string? N { get; set; } = null; }");
        yield return Clean("validation attributes with unusual arguments", "[GenerateDtos] public class Form { public int Id { get; set; } [Range(double.MinValue, double.MaxValue)] public double A { get; set; } [RegularExpression(\"^\\\\\\\\d+\\\"$\")] public string? B { get; set; } [AllowedValues(1, 2, null)] public int? C { get; set; } [Display(Name = \"x\"), Required(AllowEmptyStrings = true, ErrorMessage = \"\")] public string? D { get; set; } [Range(typeof(DateTime), \"2000-01-01\", \"2100-01-01\")] public DateTime E { get; set; } }");
        yield return Clean("nullable oblivious entity", "#nullable disable\n[GenerateDtos] public class Legacy { public int Id { get; set; } public string Name { get; set; } public List<string> Tags { get; set; } }");
        yield return Clean("EF Core configuration in unusual shapes", "[GenerateDtos] public class Thing { public int Id { get; set; } public string? Name { get; set; } public string? Note { get; set; } } "
            + "public sealed class ThingConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<Thing> { public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Thing> builder) { builder.Ignore(\"\"); builder.Ignore(\"NoSuchMember\"); var b = builder; b.Property(\"Note\"); builder.Property(x => x.Name).HasMaxLength(9).HasConversion<string>(); } } "
            + "public sealed class Db(Microsoft.EntityFrameworkCore.DbContextOptions o) : Microsoft.EntityFrameworkCore.DbContext(o) { protected override void OnModelCreating(Microsoft.EntityFrameworkCore.ModelBuilder modelBuilder) { modelBuilder.Entity(typeof(Thing)).Ignore(\"Note\"); modelBuilder.Entity(\"Other\", e => e.Property<int>(\"Id\")); new ThingConfiguration().Configure(modelBuilder.Entity<Thing>()); Action<Microsoft.EntityFrameworkCore.ModelBuilder> later = m => m.Entity<Thing>().HasKey(t => new { }); later(modelBuilder); } }",
            withEfCore: true);
        yield return EfInputErrors("configuration whose lambda does not bind", "[GenerateDtos] public class Thing { public int Id { get; set; } public string? Name { get; set; } } "
            + "public sealed class Db(Microsoft.EntityFrameworkCore.DbContextOptions o) : Microsoft.EntityFrameworkCore.DbContext(o) { public Microsoft.EntityFrameworkCore.DbSet<Missing> Missing => Set<Missing>(); protected override void OnModelCreating(Microsoft.EntityFrameworkCore.ModelBuilder modelBuilder) { modelBuilder.Entity<Thing>().Ignore(t => t.Gone); modelBuilder.Entity<Thing>().HasKey(t => ); } }",
            "CS0246", "CS1061", "CS1525");
        yield return Clean("interceptor with assignments of every shape", "[GenerateDtos] public class Thing { public int Id { get; set; } public string? Name { get; set; } public string? Editor { get; set; } public static int Count { get; set; } public int this[int i] { get => i; set { } } } "
            + "public sealed class Stamp : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor { private int _calls; public override Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> SavingChanges(Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result) { "
            + "foreach (var entry in eventData.Context!.ChangeTracker.Entries<Thing>()) { var local = 1; local += 2; Thing.Count++; entry.Entity[0] = local; (entry.Entity.Editor, _calls) = (\"x\", 1); entry.Property(\"\").CurrentValue = null; entry.CurrentValues[\"Editor\"] = \"y\"; } return result; } }",
            withEfCore: true);
        yield return Clean("constructors of every shape", "public struct Point { public int X { get; set; } } [GenerateDtos] public class Shape { public Shape(string name, params int[] sizes) { Name = name; } public Shape(in int id, Point origin = default, string @class = \"c\") { Origin = origin; Class = @class; } public Shape(ref int id) : this(id) { } public Shape(out string name, int x) { name = \"\"; } "
            + "public int Id { get; set; } public string Name { get; private set; } = \"\"; public Point Origin { get; private set; } public string Class { get; private set; } = \"\"; public string? Label { get; set; } }");
        yield return Diagnostics("class with a primary constructor", "[GenerateDtos] public class Tag(string name) { public int Id { get; set; } public string Name { get; } = name; }", "EDG013", "EDG012");
        yield return Clean("wrappers over wrappers and over themselves", "public enum Level { Low, High } [GenerateDtos] public class Knob { public int Id { get; set; } public int LevelId { get; set; } public Level Level { get => (Level)LevelId; set => LevelId = (int)value; } public string LevelName { get => Level.ToString(); set => Level = Enum.Parse<Level>(value); } public int Loop { get => Loop; set => Loop = value; } }");
        yield return Diagnostics("owned value with a secret member", "[ComplexType] public class Credentials { public string? User { get; set; } public string? Password { get; set; } } "
            + "[GenerateDtos] public class Connection { public int Id { get; set; } public string? Host { get; set; } public Credentials Login { get; set; } = new(); }", "EDG014");
        yield return Diagnostics("property of a class that is neither entity nor value", "public class Money { public decimal Amount { get; set; } } [GenerateDtos] public class Invoice { public int Id { get; set; } public string? Number { get; set; } public Money Total { get; set; } = new(); }", "EDG014");
        yield return Clean("an IdentityUser lookalike outside ASP.NET Core Identity", "namespace Fake { public class IdentityUser<TKey> { public TKey Id { get; set; } = default!; public string? NormalizedEmail { get; set; } } } "
            + "namespace Corpus2 { [EntityDtoGen.GenerateDtos] public class Member : Fake.IdentityUser<int> { public string? Nick { get; set; } } }", withUsings: false, typeDeclared: true);
        yield return Clean("audit and credential names in odd spellings", "[GenerateDtos] public class Log { public int Id { get; set; } public string? Message { get; set; } public DateTime created_at { get; set; } public string? CREATEDBY { get; set; } public string? passwordHASH { get; set; } public string? Saltwater { get; set; } public string? APIKey { get; set; } }");
        yield return Clean("field-backed navigations and navigations with bodies", "public class Line { public int Id { get; set; } } [GenerateDtos] public class Basket { private readonly List<Line> _lines = []; private List<Line>? m_Extra; public int Id { get; set; } public string? Owner { get; set; } public IReadOnlyCollection<Line> Lines => _lines; public IEnumerable<Line> Extra { get => m_Extra ??= []; protected set => m_Extra = new(value); } public IEnumerable<Line> Computed => _lines.FindAll(l => l.Id > 0); }", withEfCore: true);
        yield return Diagnostics("struct entity", "[GenerateDtos] public struct Point { public int X { get; set; } }", "EDG001");
        yield return Diagnostics("interface entity", "[GenerateDtos] public interface IThing { int Id { get; set; } }", "EDG001");
        yield return Diagnostics("static class entity", "[GenerateDtos] public static class Tools { }", "EDG001");
        yield return Diagnostics("abstract entity", "[GenerateDtos] public abstract class Shape { public int Id { get; set; } }", "EDG001");
        yield return Diagnostics("generic entity", "[GenerateDtos] public class Box<T> { public int Id { get; set; } }", "EDG001");
        yield return Diagnostics("entity nested in a generic type", "public class Outer<T> { [GenerateDtos] public class Inner { public int Id { get; set; } } }", "EDG001");
        yield return Diagnostics("private nested entity", "public class Host { [GenerateDtos] private class Hidden { public int Id { get; set; } } }", "EDG001");
        yield return Diagnostics("file-local entity", "[GenerateDtos] file class Local { public int Id { get; set; } }", "EDG001");
        yield return Clean("entity whose only constructor binds its properties", "[GenerateDtos] public class Money { public Money(decimal amount) { Amount = amount; } public int Id { get; set; } public decimal Amount { get; set; } }");
        yield return Diagnostics("entity whose only constructor binds nothing", "[GenerateDtos] public class Money { public Money(string currency) { } public int Id { get; set; } public decimal Amount { get; set; } }", "EDG013");
        yield return Diagnostics("Create only, and no constructor binds", "[GenerateDtos(Kinds = DtoKinds.Create)] public class Money { protected Money() { } public int Id { get; set; } public decimal Amount { get; set; } }", "EDG001");
        yield return Diagnostics("hand-written class with a generated name", "[GenerateDtos] public class User { public int Id { get; set; } } public class UserRead { }", "EDG002");
        yield return Diagnostics("IncludeInRead to a class without Read", "public class Tag { public int Id { get; set; } } [GenerateDtos] public class Post { public int Id { get; set; } [IncludeInRead] public Tag? Tag { get; set; } }", "EDG003");
        yield return Diagnostics("IncludeInRead cycle", "[GenerateDtos] public class A { public int Id { get; set; } [IncludeInRead] public B? B { get; set; } } [GenerateDtos] public class B { public int Id { get; set; } [IncludeInRead] public A? A { get; set; } }", "EDG004", "EDG004");
        yield return Diagnostics("contradictory markers", "[GenerateDtos] public class Thing { public int Id { get; set; } public string? Name { get; set; } [Secret, CreateOnly] public string? Token { get; set; } }", "EDG005");
        yield return Diagnostics("required secret without supplier", "[GenerateDtos] public class Account { public int Id { get; set; } public string? Name { get; set; } [Secret] public required string Hash { get; set; } }", "EDG006");
        yield return Diagnostics("IncludeInRead target with its own errors", "[GenerateDtos] public abstract class Shape { public int Id { get; set; } } [GenerateDtos] public class Drawing { public int Id { get; set; } [IncludeInRead] public List<Shape> Shapes { get; set; } = []; }", "EDG001", "EDG007");
        yield return Diagnostics("IncludeInRead on a scalar", "[GenerateDtos] public class Thing { public int Id { get; set; } [IncludeInRead] public string? Name { get; set; } }", "EDG009");
        yield return Diagnostics("marker on a plain class", "public class Plain { [Secret] public string? Token { get; set; } } [GenerateDtos] public class Thing { public int Id { get; set; } public string? Name { get; set; } }", "EDG010");
        yield return Diagnostics("same entity name nested in two classes", "public class Sales { [GenerateDtos] public class Item { public int Id { get; set; } } } public class Stock { [GenerateDtos] public class Item { public int Id { get; set; } } }", "EDG011", "EDG011");
        yield return Clean("EF Core includes for a wide graph", "public class Tag { public int Id { get; set; } public List<Post> Posts { get; set; } = []; } [GenerateDtos] public class Blog { public int Id { get; set; } public string? Name { get; set; } public List<Post> Posts { get; set; } = []; } [GenerateDtos] public class Post { public int Id { get; set; } public string? Title { get; set; } public Blog Blog { get; set; } = null!; public List<Tag> Tags { get; set; } = []; [IncludeInRead] public Author? Author { get; set; } } [GenerateDtos(Kinds = DtoKinds.Read)] public class Author { public int Id { get; set; } public string? Name { get; set; } }", withEfCore: true);
    }

    private static CorpusCase Clean(string name, string body, bool withUsings = true, bool typeDeclared = false, string? extra = null, bool withEfCore = false) =>
        new(name, Sources(body, withUsings, typeDeclared, extra), None, None, withEfCore);

    private static CorpusCase Diagnostics(string name, string body, params string[] ids) =>
        new(name, Sources(body, true, false, null), ids, None);

    private static CorpusCase InputErrors(string name, string body, params string[] errors) =>
        new(name, Sources(body, true, false, null), None, errors);

    private static CorpusCase EfInputErrors(string name, string body, params string[] errors) =>
        new(name, Sources(body, true, false, null), None, errors, WithEfCore: true);

    private static CorpusCase Case(string name, string[] sources, string[]? inputErrors = null) =>
        new(name, sources, None, inputErrors ?? None);

    private static string[] Sources(string body, bool withUsings, bool typeDeclared, string? extra)
    {
        var source = typeDeclared || !withUsings ? body : Usings + "namespace Corpus;\n\n" + body;
        if (withUsings && typeDeclared)
        {
            source = Usings + body;
        }

        return extra is null ? [source] : [extra, source];
    }
}
