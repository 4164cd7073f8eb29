using System.Linq;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>Every EDG id: reported by the analyzer with its severity at the offending syntax; an error stops generation for that entity only.</summary>
public sealed class DiagnosticTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.Diagnostics.CodeAnalysis;
        using EntityDtoGen;

        """;

    /// <summary>A valid entity beside each bad one, to prove the rest of the compilation still gets its code.</summary>
    private const string Bystander = """

        [GenerateDtos]
        public class Bystander
        {
            public int Id { get; set; }

            public string? Name { get; set; }
        }
        """;

    [Theory]
    [InlineData("[GenerateDtos] public struct Point { public int X { get; set; } }", "Point", "it is a struct")]
    [InlineData("[GenerateDtos] public interface IShape { int Sides { get; set; } }", "IShape", "it is an interface")]
    [InlineData("[GenerateDtos] public static class Helpers { public static int X { get; set; } }", "Helpers", "it is static")]
    [InlineData("[GenerateDtos] public abstract class Animal { public int Id { get; set; } }", "Animal", "it is abstract")]
    [InlineData("[GenerateDtos] public class Box<T> { public int Id { get; set; } }", "Box", "it is generic")]
    [InlineData("public class Outer<T> { [GenerateDtos] public class Inner { public int Id { get; set; } } }", "Inner", "it is nested in a generic type")]
    [InlineData("public class Host { [GenerateDtos] private class Hidden { public int Id { get; set; } } }", "Hidden", "it is not visible outside its containing type (private or protected)")]
    [InlineData("[GenerateDtos] file class Local { public int Id { get; set; } }", "Local", "it is file-local")]
    [InlineData("[GenerateDtos(Kinds = DtoKinds.Create)] public class Money { public Money(string currency) { } public decimal Amount { get; set; } }", "Money", "no DTO kind can be served (MoneyCreate: no public constructor binds (Money(string currency): 'currency' matches no property))")]
    public void EDG001_UnsupportedType(string declaration, string typeName, string reason)
    {
        var run = RunWithBystander(declaration);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG001", DiagnosticSeverity.Error, typeName);
        Assert.Equal($"[GenerateDtos] cannot generate DTOs for '{typeName}': {reason}", diagnostic.GetMessage());
        AssertOnlyBystanderGenerated(run);
    }

    [Fact]
    public void EDG001_IsNotReportedForConstructorWhenCreateIsLeftOut()
    {
        var run = GeneratorHarness.RunAndAssertClean(Usings + """
            [GenerateDtos(Kinds = DtoKinds.Read | DtoKinds.Update)]
            public class Money
            {
                public Money(decimal amount) { Amount = amount; }

                public decimal Amount { get; set; }
            }
            """);

        Assert.Empty(run.AnalyzerDiagnostics());
        Assert.Contains(run.GeneratedFiles, f => f.HintName == "Money.Read.g.cs");
    }

    [Fact]
    public void EDG002_HandWrittenTypeWithGeneratedName()
    {
        var run = RunWithBystander("""
            [GenerateDtos]
            public class User
            {
                public int Id { get; set; }
            }

            public class UserRead
            {
                public int Id { get; set; }
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG002", DiagnosticSeverity.Error, "User");
        Assert.Equal("'User' would generate 'UserRead', but a type of that name already exists and is not a partial record class", diagnostic.GetMessage());
        Assert.Equal("UserRead", TextAt(diagnostic.AdditionalLocations.Single()));
        AssertOnlyBystanderGenerated(run);
    }

    [Fact]
    public void EDG002_NonStaticMappingsClass()
    {
        var run = RunWithBystander("""
            [GenerateDtos]
            public class User
            {
                public int Id { get; set; }
            }

            public partial class UserDtoMappings
            {
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG002", DiagnosticSeverity.Error, "User");
        Assert.Contains("'UserDtoMappings'", diagnostic.GetMessage());
        Assert.EndsWith("is not a static partial class", diagnostic.GetMessage());
    }

    [Fact]
    public void EDG002_IsNotReportedForUserPartialDeclarations()
    {
        var run = GeneratorHarness.RunAndAssertClean(Usings + """
            [GenerateDtos]
            public class User
            {
                public int Id { get; set; }

                public string? Name { get; set; }
            }

            public partial record UserCreate
            {
                public string? Password { get; init; }
            }

            public static partial class UserDtoMappings
            {
            }
            """);

        Assert.Empty(run.AnalyzerDiagnostics());
    }

    [Theory]
    [InlineData("[Secret, CreateOnly] public string? Token { get; set; }", "Token", "'Entity.Token' has [Secret] and [CreateOnly]; [Secret] wins: the property is in no DTO")]
    [InlineData("[Secret, IncludeInRead] public Other? Link { get; set; }", "Link", "'Entity.Link' has [Secret] and [IncludeInRead]; [Secret] wins: the navigation is not in the Read DTO")]
    [InlineData("[Secret] public int EntityId { get; set; }", "EntityId", "'Entity.EntityId' has [Secret] on a key; [Secret] wins: the key is in no DTO, so the Read DTO has no identifier")]
    [InlineData("[CreateOnly, ServerGenerated] public DateTime Stamp { get; set; }", "Stamp", "'Entity.Stamp' has [CreateOnly] and [ServerGenerated]; server-generated wins: the property is in the Read DTO only")]
    [InlineData("[CreateOnly] public int EntityId { get; set; }", "EntityId", "'Entity.EntityId' has [CreateOnly] on a key; server-generated wins: the property is in the Read DTO only")]
    [InlineData("[Secret, NotSecret] public string? Token { get; set; }", "Token", "'Entity.Token' has [Secret] and [NotSecret]; [Secret] wins: the property is in no DTO")]
    [InlineData("[CreateOnly] public DateTime CreatedAt { get; set; }", "CreatedAt", "'Entity.CreatedAt' has [CreateOnly] on a property that is server-managed (its name is in the audit list); server-generated wins: the property is in the Read DTO only")]
    public void EDG005_ContradictoryMarkers(string member, string propertyName, string message)
    {
        var run = GeneratorHarness.RunAndAssertClean(Usings + $$"""
            public class Other
            {
                public int Id { get; set; }
            }

            [GenerateDtos]
            public class Entity
            {
                {{member}}

                public string? Name { get; set; }
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG005", DiagnosticSeverity.Warning, propertyName);
        Assert.Equal(message, diagnostic.GetMessage());

        // A warning still generates, with the stated resolution.
        Assert.Contains(run.GeneratedFiles, f => f.HintName == "Entity.Read.g.cs");
        Assert.DoesNotContain(propertyName, run.File("Entity.Create.g.cs"));
    }

    [Fact]
    public void EDG006_RequiredSecretWithoutSupplier()
    {
        var run = RunWithBystander("""
            [GenerateDtos]
            public class Account
            {
                public int Id { get; set; }

                public string? Name { get; set; }

                [Secret]
                public required string HashedPassword { get; set; }
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG006", DiagnosticSeverity.Error, "HashedPassword");
        Assert.Equal("'Account.HashedPassword' is required, but AccountCreate has no member for it (it is [Secret]) and AccountDtoMappings has no CreateHashedPassword method to supply it", diagnostic.GetMessage());
        AssertOnlyBystanderGenerated(run);
    }

    [Theory]
    [InlineData("[ServerGenerated] public required DateTime CreatedAt { get; set; }", "CreatedAt", "it is server-generated")]
    [InlineData("public required Other Owner { get; set; }", "Owner", "it is a navigation")]
    [InlineData("public required string Code;", "Code", "it is a field")]
    public void EDG006_OtherUnsuppliableMembers(string member, string name, string reason)
    {
        var run = RunWithBystander($$"""
            public class Other
            {
                public int Id { get; set; }
            }

            [GenerateDtos]
            public class Entity
            {
                public int Id { get; set; }

                public string? Title { get; set; }

                {{member}}
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG006", DiagnosticSeverity.Error, name);
        Assert.Contains($"({reason})", diagnostic.GetMessage());
    }

    [Fact]
    public void EDG006_IsNotReportedWhenSuppliedOrWhenCreateIsLeftOut()
    {
        var run = GeneratorHarness.RunAndAssertClean(Usings + """
            [GenerateDtos]
            public class Account
            {
                public int Id { get; set; }

                public string? Name { get; set; }

                [Secret]
                public required string HashedPassword { get; set; }
            }

            public static partial class AccountDtoMappings
            {
                private static string CreateHashedPassword(AccountCreate source) => "x";
            }

            [GenerateDtos(Kinds = DtoKinds.Read)]
            public class Session
            {
                public int Id { get; set; }

                [Secret]
                public required string Token { get; set; }
            }

            [GenerateDtos]
            public class Ticket
            {
                [SetsRequiredMembers]
                public Ticket() { Code = "generated"; }

                public int Id { get; set; }

                public string? Name { get; set; }

                [ServerGenerated]
                public required string Code { get; set; }
            }
            """);

        Assert.Empty(run.AnalyzerDiagnostics());
        Assert.Contains("HashedPassword = CreateHashedPassword(source),", run.File("Account.DtoMappings.g.cs"));
    }

    /// <summary>
    /// The generator never throws (no CS8785) and the compilation stays free of compiler diagnostics on every target:
    /// the bad entity simply gets no code, and the analyzer explains why.
    /// </summary>
    [Fact]
    public void EDG003_IncludeInReadTargetWithoutReadDtos()
    {
        var run = RunWithBystander("""
            public class Tag
            {
                public int Id { get; set; }
            }

            [GenerateDtos(Kinds = DtoKinds.Create)]
            public class Label
            {
                public int Id { get; set; }

                public string? Text { get; set; }
            }

            [GenerateDtos]
            public class Post
            {
                public int Id { get; set; }

                [IncludeInRead]
                public Tag? Tag { get; set; }

                [IncludeInRead]
                public List<Label> Labels { get; set; } = [];
            }
            """);

        var diagnostics = run.AnalyzerDiagnostics();
        Assert.Equal(2, diagnostics.Count);
        AssertDiagnostic(diagnostics[0], "EDG003", DiagnosticSeverity.Error, "Tag");
        Assert.Equal("[IncludeInRead] on 'Post.Tag' needs 'Tag' to have [GenerateDtos] with DtoKinds.Read", diagnostics[0].GetMessage());
        AssertDiagnostic(diagnostics[1], "EDG003", DiagnosticSeverity.Error, "Labels");
        Assert.DoesNotContain(run.GeneratedFiles, f => f.HintName.StartsWith("Post.", System.StringComparison.Ordinal));
        Assert.Contains(run.GeneratedFiles, f => f.HintName == "Label.Create.g.cs");
    }

    [Fact]
    public void EDG004_CycleReportsItsPathOnEveryEntityThatReachesIt()
    {
        var run = RunWithBystander("""
            [GenerateDtos]
            public class Team
            {
                public int Id { get; set; }

                [IncludeInRead]
                public List<Member> Members { get; set; } = [];
            }

            [GenerateDtos]
            public class Member
            {
                public int Id { get; set; }

                [IncludeInRead]
                public Team? Team { get; set; }
            }

            [GenerateDtos]
            public class League
            {
                public int Id { get; set; }

                [IncludeInRead]
                public Team? Champion { get; set; }
            }
            """);

        var diagnostics = run.AnalyzerDiagnostics();
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("EDG004", d.Id));
        Assert.Equal(DiagnosticSeverity.Error, diagnostics[0].DefaultSeverity);
        AssertDiagnostic(diagnostics[0], "EDG004", DiagnosticSeverity.Error, "Members");
        Assert.Equal("[IncludeInRead] forms a cycle: Team.Members -> Member.Team -> Team", diagnostics[0].GetMessage());
        AssertDiagnostic(diagnostics[1], "EDG004", DiagnosticSeverity.Error, "Team");
        Assert.Equal("[IncludeInRead] forms a cycle: Member.Team -> Team.Members -> Member", diagnostics[1].GetMessage());
        AssertDiagnostic(diagnostics[2], "EDG004", DiagnosticSeverity.Error, "Champion");
        Assert.Equal("[IncludeInRead] forms a cycle: League.Champion -> Team.Members -> Member.Team -> Team", diagnostics[2].GetMessage());
        AssertOnlyBystanderGenerated(run);
    }

    [Fact]
    public void EDG004_SelfReferenceIsACycle()
    {
        var run = RunWithBystander("""
            [GenerateDtos]
            public class Category
            {
                public int Id { get; set; }

                [IncludeInRead]
                public Category? Parent { get; set; }
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG004", DiagnosticSeverity.Error, "Parent");
        Assert.Equal("[IncludeInRead] forms a cycle: Category.Parent -> Category", diagnostic.GetMessage());
    }

    [Fact]
    public void EDG007_TargetWithItsOwnErrors()
    {
        var run = RunWithBystander("""
            [GenerateDtos]
            public abstract class Shape
            {
                public int Id { get; set; }
            }

            [GenerateDtos]
            public class Drawing
            {
                public int Id { get; set; }

                [IncludeInRead]
                public List<Shape> Shapes { get; set; } = [];
            }
            """);

        var diagnostics = run.AnalyzerDiagnostics();
        Assert.Equal(["EDG001", "EDG007"], diagnostics.Select(d => d.Id));
        AssertDiagnostic(diagnostics[1], "EDG007", DiagnosticSeverity.Error, "Shapes");
        Assert.Equal("[IncludeInRead] on 'Drawing.Shapes' needs the Read DTO of 'Shape', which gets no generated code because of its own errors", diagnostics[1].GetMessage());
        AssertOnlyBystanderGenerated(run);
    }

    [Theory]
    [InlineData("public string? Projection { get; set; }", "Projection", "'Entity.Projection' cannot be carried into EntityRead: the Read DTO's static Projection has that name")]
    [InlineData("public string? EntityCreate { get; set; }", "EntityCreate", "'Entity.EntityCreate' cannot be carried into EntityCreate: a member cannot have the name of its type")]
    [InlineData("public int EqualityContract { get; set; }", "EqualityContract", "'Entity.EqualityContract' cannot be carried into EntityCreate: every record already has a member of that name")]
    [InlineData("public string? OnValidate { get; set; }", "OnValidate", "'Entity.OnValidate' cannot be carried into EntityUpdate: the Update DTO's OnValidate hook has that name")]
    [InlineData("public Other? ForRead { get; set; }", "ForRead", "'Entity.ForRead' cannot be carried into EntityIncludes: its helper IncludeForRead would clash with the generated IncludeForRead()")]
    public void EDG008_PropertyNameCollidesWithAGeneratedMember(string member, string name, string message)
    {
        var run = RunWithBystander($$"""
            public class Other
            {
                public int Id { get; set; }
            }

            [GenerateDtos]
            public class Entity
            {
                public int Id { get; set; }

                public string? Title { get; set; }

                {{member}}
            }
            """);

        var diagnostic = run.AnalyzerDiagnostics().First(d => d.Id == "EDG008");
        AssertDiagnostic(diagnostic, "EDG008", DiagnosticSeverity.Error, name);
        Assert.Equal(message, diagnostic.GetMessage());
        AssertOnlyBystanderGenerated(run);
    }

    [Theory]
    [InlineData("[IncludeInRead] public string? Name { get; set; }", "Name", "[IncludeInRead] on 'Entity.Name' has no effect: it is not a navigation; scalars and owned values are in the Read DTO anyway")]
    [InlineData("[CreateOnly] public Other? Link { get; set; }", "Link", "[CreateOnly] on 'Entity.Link' has no effect: navigations are in no Create or Update DTO")]
    [InlineData("[ServerGenerated] public List<Other> Links { get; set; } = [];", "Links", "[ServerGenerated] on 'Entity.Links' has no effect: navigations are in no Create or Update DTO")]
    [InlineData("[CreateOnly, System.ComponentModel.DataAnnotations.Schema.NotMapped] public string? Scratch { get; set; }", "Scratch", "[CreateOnly] on 'Entity.Scratch' has no effect: the property is [NotMapped]")]
    [InlineData("[ServerGenerated] public string Display => \"x\";", "Display", "[ServerGenerated] on 'Entity.Display' has no effect: the property is computed")]
    [InlineData("[CreateOnly] internal string? Hidden { get; set; }", "Hidden", "[CreateOnly] on 'Entity.Hidden' has no effect: the property has no public getter")]
    [InlineData("[ClientWritable] public string? Nickname { get; set; }", "Nickname", "[ClientWritable] on 'Entity.Nickname' has no effect: nothing makes it server-managed: its name is not in the audit list and no SaveChanges assignment the generator can see sets it")]
    [InlineData("[ClientWritable, ServerGenerated] public DateTime Stamp { get; set; }", "Stamp", "[ClientWritable] on 'Entity.Stamp' has no effect: it is server-generated, which no marker makes client input")]
    [InlineData("[NotSecret] public string? Nickname { get; set; }", "Nickname", "[NotSecret] on 'Entity.Nickname' has no effect: its name does not say it holds a credential")]
    [InlineData("[CreateOnly] public string Code { get => Title ?? \"\"; set => Title = value; }", "Code", "[CreateOnly] on 'Entity.Code' has no effect: it stands in for 'Title', which carries the value")]
    public void EDG009_MarkerWithoutEffect(string member, string name, string message)
    {
        var run = GeneratorHarness.RunAndAssertClean(Usings + $$"""
            public class Other
            {
                public int Id { get; set; }
            }

            [GenerateDtos]
            public class Entity
            {
                public int Id { get; set; }

                public string? Title { get; set; }

                {{member}}
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG009", DiagnosticSeverity.Warning, name);
        Assert.Equal(message, diagnostic.GetMessage());
        Assert.Contains(run.GeneratedFiles, f => f.HintName == "Entity.Read.g.cs");
    }

    [Fact]
    public void EDG012_ADtoThatWouldBeEmptyIsNotGenerated()
    {
        var run = RunWithBystander("""
            [GenerateDtos]
            public class CardType
            {
                public int Id { get; set; }

                public string Name { get; init; } = "";
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG012", DiagnosticSeverity.Warning, "CardType");
        Assert.Equal("'CardType' gets no CardTypeUpdate: no property has a public setter and may be changed by a client", diagnostic.GetMessage());
        Assert.DoesNotContain(run.GeneratedFiles, f => f.HintName == "CardType.Update.g.cs");
        Assert.DoesNotContain("ApplyTo", run.File("CardType.DtoMappings.g.cs"));
        Assert.Contains(run.GeneratedFiles, f => f.HintName == "CardType.Create.g.cs");
    }

    [Fact]
    public void EDG012_IsNotReportedWhenTheUserWritesAPartOfTheDto()
    {
        var run = GeneratorHarness.RunAndAssertClean(Usings + """
            [GenerateDtos]
            public class CardType
            {
                public int Id { get; set; }

                public string Name { get; init; } = "";
            }

            public partial record CardTypeUpdate
            {
                public bool Archive { get; init; }
            }
            """);

        Assert.Empty(run.AnalyzerDiagnostics());
        Assert.Contains(run.GeneratedFiles, f => f.HintName == "CardType.Update.g.cs");
    }

    [Fact]
    public void EDG013_NoConstructorBinds()
    {
        var run = RunWithBystander("""
            [GenerateDtos]
            public class Buyer
            {
                protected Buyer() { }

                public Buyer(string identity, string name) { Name = name; }

                public int Id { get; set; }

                public string Name { get; set; } = "";
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG013", DiagnosticSeverity.Warning, "Buyer");
        Assert.Equal("'Buyer' gets no BuyerCreate: no public constructor binds (Buyer(string identity, string name): 'identity' matches no property)", diagnostic.GetMessage());
        Assert.DoesNotContain(run.GeneratedFiles, f => f.HintName == "Buyer.Create.g.cs");
        Assert.Contains(run.GeneratedFiles, f => f.HintName == "Buyer.Update.g.cs");
    }

    [Theory]
    [InlineData("[System.Text.Json.Serialization.JsonExtensionData] public Dictionary<string, object>? Extra { get; set; }", "Extra", "'EntityCreate.Extra': [JsonExtensionData] is not honoured by the generated JSON metadata", true)]
    [InlineData("public Guid RequestId { get; init; } = Guid.NewGuid();", "RequestId", "'EntityCreate.RequestId': its initializer is neither a constant, an empty collection nor new(), so a JSON body that leaves it out sets it to default", true)]
    [InlineData("[System.Text.Json.Serialization.JsonIgnore] public required string Token { get; init; }", "Token", "'EntityCreate.Token': [JsonIgnore] leaves it out of JSON; it is required, so no JSON metadata can create 'EntityCreate' and DtoJson leaves the type to the next resolver", false)]
    [InlineData("[System.Text.Json.Serialization.JsonPolymorphic] partial record EntityCreate;", "System.Text.Json.Serialization.JsonPolymorphic", "'EntityCreate': [JsonPolymorphic] on the type is not honoured by the generated JSON metadata", true)]
    public void EDG020_WhatTheJsonMetadataCannotDoAsReflectionWould(string part, string located, string message, bool describesCreate)
    {
        var declaration = part.Contains("partial record", System.StringComparison.Ordinal) ? part : "public partial record EntityCreate { " + part + " }";
        var run = RunWithBystander(declaration + """

            [GenerateDtos]
            public class Entity
            {
                public int Id { get; set; }

                public string? Title { get; set; }
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG020", DiagnosticSeverity.Warning, located);
        Assert.Equal("The generated JSON metadata for " + message.Replace("': ", "' differs from reflection-based serialization: ", System.StringComparison.Ordinal), diagnostic.GetMessage());
        Assert.Equal(describesCreate, run.File("Entity.Json.g.cs").Contains("Register<global::EntityCreate>", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("public Money Total { get; set; } = new();", "Total", "'Entity.Total' is in no DTO: its type 'Money' is neither an entity nor a value EF Core maps by itself; mark the type [Owned] or [ComplexType], or configure the property (OwnsOne, ComplexProperty, HasConversion) where the generator can read it")]
    [InlineData("public Card Card { get; set; } = new();", "Card", "'Entity.Card' is in no DTO: its value type 'Card' has the secret member 'CardNumber', and an owned or complex value is carried whole")]
    [InlineData("public List<Card> Cards { get; set; } = [];", "Cards", "'Entity.Cards' is in no DTO: its value type 'Card' has the secret member 'CardNumber', and an owned or complex value is carried whole")]
    public void EDG014_AMemberThatCannotBePlacedSafely(string member, string name, string message)
    {
        var run = RunWithBystander($$"""
            public class Money
            {
                public decimal Amount { get; set; }
            }

            [System.ComponentModel.DataAnnotations.Schema.ComplexType]
            public class Card
            {
                public string? Holder { get; set; }

                public string? CardNumber { get; set; }
            }

            [GenerateDtos]
            public class Entity
            {
                public int Id { get; set; }

                public string? Title { get; set; }

                {{member}}
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        AssertDiagnostic(diagnostic, "EDG014", DiagnosticSeverity.Warning, name);
        Assert.Equal(message, diagnostic.GetMessage());
        Assert.DoesNotContain(name, run.File("Entity.Read.g.cs"));
    }

    [Fact]
    public void EDG009_IncludeInReadWhenReadIsLeftOut()
    {
        var run = GeneratorHarness.RunAndAssertClean(Usings + """
            [GenerateDtos]
            public class Other
            {
                public int Id { get; set; }

                public string? Name { get; set; }
            }

            [GenerateDtos(Kinds = DtoKinds.Create)]
            public class Entity
            {
                public int Id { get; set; }

                public string? Name { get; set; }

                [IncludeInRead]
                public Other? Link { get; set; }
            }
            """);

        var diagnostic = Assert.Single(run.AnalyzerDiagnostics());
        Assert.Equal("[IncludeInRead] on 'Entity.Link' has no effect: the entity's Kinds leave out Read", diagnostic.GetMessage());
    }

    [Fact]
    public void EDG010_MarkerOnATypeWithoutGenerateDtos()
    {
        var run = GeneratorHarness.RunAndAssertClean(Usings + """
            public abstract class AuditedBase
            {
                [ServerGenerated]
                public DateTime CreatedAt { get; set; }
            }

            public class Loose
            {
                [Secret]
                public string? Token { get; set; }
            }

            [Microsoft.EntityFrameworkCore.Owned]
            public class Credentials
            {
                [Secret]
                public string? Pin { get; set; }
            }

            [GenerateDtos]
            public class Account : AuditedBase
            {
                public int Id { get; set; }

                public Credentials? Credentials { get; set; }
            }

            public partial record AccountCreate
            {
                [Secret]
                public string? Password { get; init; }
            }
            """, TestSources.EfCoreAttributes);

        // [Secret] inside a value an entity carries has an effect: the entity's member of that type is left out (EDG014).
        var diagnostics = run.AnalyzerDiagnostics().Where(d => d.Id is "EDG010" or "EDG014").ToArray();
        Assert.Equal(["EDG010", "EDG014"], diagnostics.Select(d => d.Id).Order());
        var edg010 = diagnostics.Single(d => d.Id == "EDG010");
        AssertDiagnostic(edg010, "EDG010", DiagnosticSeverity.Warning, "Token");
        Assert.Equal("[Secret] on 'Loose.Token' has no effect: 'Loose' has no [GenerateDtos] and no [GenerateDtos] class derives from it", edg010.GetMessage());
        Assert.Contains("'Account.Credentials' is in no DTO: its value type 'Credentials' has the secret member 'Pin'", diagnostics.Single(d => d.Id == "EDG014").GetMessage());
    }

    [Fact]
    public void EDG011_TwoEntitiesWithOneName()
    {
        var run = RunWithBystander("""
            public class Sales
            {
                [GenerateDtos]
                public class Item
                {
                    public int Id { get; set; }
                }
            }

            public class Stock
            {
                [GenerateDtos]
                public class Item
                {
                    public int Id { get; set; }
                }
            }
            """);

        var diagnostics = run.AnalyzerDiagnostics();
        Assert.Equal(2, diagnostics.Count);
        AssertDiagnostic(diagnostics[0], "EDG011", DiagnosticSeverity.Error, "Item");
        Assert.Equal("'Sales.Item' and 'Stock.Item' would both generate ItemCreate, ItemRead, ItemUpdate and ItemDtoMappings in namespace '<global namespace>'", diagnostics[0].GetMessage());
        AssertDiagnostic(diagnostics[1], "EDG011", DiagnosticSeverity.Error, "Item");
        AssertOnlyBystanderGenerated(run);
    }

    private static GeneratorRun RunWithBystander(string declaration) =>
        GeneratorHarness.RunAndAssertClean(Usings + declaration + Bystander);

    /// <summary>Only the bystander's files, and the assembly-wide files that list it.</summary>
    private static void AssertOnlyBystanderGenerated(GeneratorRun run) =>
        Assert.All(run.GeneratedFiles.Where(file => !file.HintName.StartsWith("EntityDtoGen.", System.StringComparison.Ordinal)), file => Assert.StartsWith("Bystander.", file.HintName));

    private static void AssertDiagnostic(Diagnostic diagnostic, string id, DiagnosticSeverity severity, string locatedText)
    {
        Assert.Equal(id, diagnostic.Id);
        // DefaultSeverity: the harness builds with warnings as errors, as careful teams do, which promotes EDG005.
        Assert.Equal(severity, diagnostic.DefaultSeverity);
        Assert.True(diagnostic.Location.IsInSource, "diagnostic has no source location");
        Assert.Equal("Input0.cs", diagnostic.Location.SourceTree!.FilePath);
        Assert.Equal(locatedText, TextAt(diagnostic.Location));
        Assert.Equal($"https://github.com/entitydtogen/entitydtogen/blob/main/docs/diagnostics/{id}.md", diagnostic.Descriptor.HelpLinkUri);
    }

    private static string TextAt(Location location) => location.SourceTree!.GetText().ToString(location.SourceSpan);
}
