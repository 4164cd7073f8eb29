using System.Linq;
using EntityDtoGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EntityDtoGen.Tests;

/// <summary>Rules that depend on the build setup rather than on the entity alone.</summary>
public sealed class GeneratorRulesTests
{
    private const string DocumentedEntity = """
        using EntityDtoGen;

        namespace Docs;

        [GenerateDtos]
        public class Page
        {
            public int Id { get; set; }

            /// <summary>
            /// The title; see <see cref="Page"/> and <seealso cref="Id"/>.
            /// </summary>
            public string? Title { get; set; }
        }
        """;

    [Fact]
    public void TheAnalyzerReadsAnEntityAsTheGeneratorDidThoughItAlsoSeesTheGeneratedFiles()
    {
        var run = GeneratorHarness.RunAndAssertClean("""
            using EntityDtoGen;

            namespace Shop;

            [GenerateDtos]
            public class Order
            {
                public int Id { get; set; }

                public string Reference { get; set; } = "";
            }

            public partial record OrderCreate
            {
                public string? Coupon { get; init; }
            }
            """);

        // The generator reads the compilation without its output; the analyzer, in the build and the IDE, with it, where
        // OrderCreate, OrderRead and OrderUpdate also hold the generated members.
        Parsing.ParseResult Read(Compilation compilation)
        {
            var order = compilation.GetTypeByMetadataName("Shop.Order")!;
            return Parsing.EntityParser.Parse(order, order.GetAttributes().Single(a => a.AttributeClass?.Name == "GenerateDtosAttribute"), compilation, default);
        }

        var generator = Read(run.InputCompilation).Declaration!.Value;
        var analyzer = Read(run.OutputCompilation).Declaration!.Value;
        Assert.Equal(["Coupon"], generator.UserMembers.Select(m => m.Name));
        Assert.Equal(generator.UserMembers, analyzer.UserMembers);
        Assert.Equal(generator.SupplierMethods, analyzer.SupplierMethods);
        Assert.Equal(generator, analyzer);
    }

    [Fact]
    public void DocCommentsAreCarriedWithResolvedCrefsWhenTheCompilerParsesThem()
    {
        var run = GeneratorHarness.RunAndAssertClean(DocumentedEntity);

        var read = run.File("Docs.Page.Read.g.cs");
        Assert.Contains("/// <summary>The title; see <see cref=\"T:Docs.Page\"/> and <seealso cref=\"P:Docs.Page.Id\"/>.</summary>", read);
    }

    [Fact]
    public void DocCommentsAreCarriedAsTextWithoutDocumentationParsing()
    {
        foreach (var target in TargetFramework.All)
        {
            var run = GeneratorHarness.Run(target, DocumentationMode.None, DocumentedEntity);
            GeneratorHarness.AssertClean(run, target);

            var read = run.File("Docs.Page.Read.g.cs");
            Assert.Contains("/// <summary>The title; see <c>Page</c> and <c>Id</c>.</summary>", read);
            Assert.DoesNotContain("cref=\"Page\"", read);
            Assert.DoesNotContain("cref=\"Id\"", read);
        }
    }

    [Fact]
    public void UpdateMembersAreExcludedFromMvcValidationWhenMvcIsReferenced()
    {
        const string mvcStub = """
            namespace Microsoft.AspNetCore.Mvc.ModelBinding.Validation
            {
                [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Parameter | System.AttributeTargets.Class)]
                public sealed class ValidateNeverAttribute : System.Attribute { }
            }
            """;
        const string entity = """
            using EntityDtoGen;

            namespace Web;

            [GenerateDtos]
            public class Item
            {
                public int Id { get; set; }

                public string? Name { get; set; }
            }
            """;

        var withMvc = GeneratorHarness.RunAndAssertClean(mvcStub, entity).File("Web.Item.Update.g.cs");
        var withoutMvc = GeneratorHarness.RunAndAssertClean(entity).File("Web.Item.Update.g.cs");

        Assert.Contains("JsonIgnoreCondition.WhenWritingDefault), global::Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNever]\n    public global::EntityDtoGen.Optional<string?> Name", withMvc.Replace("        ", "    "));
        Assert.DoesNotContain("ValidateNever", withoutMvc);
    }

    [Fact]
    public void AnUndefinedPropertyTypeIsLeftOutAndTheRestIsGenerated()
    {
        var run = GeneratorHarness.Run(TargetFramework.Net10, """
            using EntityDtoGen;

            namespace Broken;

            [GenerateDtos]
            public class Thing
            {
                public int Id { get; set; }

                public Missing? Gone { get; set; }

                public string? Name { get; set; }
            }
            """);

        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(["CS0246"], run.CompilationDiagnostics().Select(d => d.Id).Distinct());
        Assert.All(run.CompilationDiagnostics(), d => Assert.Equal("Input0.cs", d.Location.SourceTree!.FilePath));
        Assert.Contains("public string? Name { get; init; }", run.File("Broken.Thing.Create.g.cs"));
        Assert.DoesNotContain("Gone", run.File("Broken.Thing.Read.g.cs"));
    }

    [Fact]
    public void TheModelChecksAreGeneratedOnlyWhereThereAreEntities()
    {
        var withEntity = GeneratorHarness.RunWithEfCoreAndAssertClean("""
            namespace Shop;

            [EntityDtoGen.GenerateDtos]
            public class Product
            {
                public int Id { get; set; }

                public string? Name { get; set; }
            }
            """);
        var withoutEntity = GeneratorHarness.RunWithEfCoreAndAssertClean("namespace Tests; public static class Helper { }");

        Assert.Contains(withEntity.GeneratedFiles, f => f.HintName == "EntityDtoGen.DtoModelCheck.g.cs");
        Assert.Contains("mapped += global::Shop.ProductDtoMappings.CheckModel(model, problems) ? 1 : 0;", withEntity.File("EntityDtoGen.DtoModelCheck.g.cs"));
        Assert.Contains(withEntity.GeneratedFiles, f => f.HintName == "EntityDtoGen.ModelChecks.g.cs");
        Assert.Empty(withoutEntity.GeneratedFiles);
    }

    [Fact]
    public void AKeyIsNeverClientInputButASupplierCanSetIt()
    {
        var run = GeneratorHarness.RunAndAssertClean("""
            using System.ComponentModel.DataAnnotations;
            using System.ComponentModel.DataAnnotations.Schema;
            using EntityDtoGen;

            namespace Catalog;

            [GenerateDtos]
            public class Product
            {
                [Key, DatabaseGenerated(DatabaseGeneratedOption.None)]
                public string Sku { get; set; } = null!;

                public string? Name { get; set; }
            }

            public partial record ProductCreate
            {
                public required string Code { get; init; }
            }

            public static partial class ProductDtoMappings
            {
                private static string CreateSku(ProductCreate source) => source.Code.ToUpperInvariant();
            }
            """);

        Assert.Empty(run.AnalyzerDiagnostics());
        Assert.DoesNotContain("Sku", run.File("Catalog.Product.Create.g.cs"));
        Assert.DoesNotContain("Sku", run.File("Catalog.Product.Update.g.cs"));
        Assert.Contains("public required string Sku { get; init; }", run.File("Catalog.Product.Read.g.cs"));
        Assert.Contains("Sku = CreateSku(source),", run.File("Catalog.Product.DtoMappings.g.cs"));
    }

    [Fact]
    public void APartialEntityIsGeneratedOnceFromTheDeclarationThatCarriesTheAttribute()
    {
        var run = GeneratorHarness.RunAndAssertClean(
            """
            namespace Parts;

            [System.Serializable]
            public partial class Order
            {
                public int Id { get; set; }
            }
            """,
            """
            namespace Parts;

            [EntityDtoGen.GenerateDtos]
            public partial class Order
            {
                public decimal Total { get; set; }
            }
            """);

        Assert.Equal(8, run.GeneratedFiles.Count);
        Assert.Contains("public required decimal Total { get; init; }", run.File("Parts.Order.Create.g.cs"));
    }

    [Fact]
    public void TheAttributeOnTwoPartsStillGeneratesOnce()
    {
        var run = GeneratorHarness.Run(
            TargetFramework.Net10,
            "namespace Parts; [EntityDtoGen.GenerateDtos] public partial class Order { public int Id { get; set; } }",
            "namespace Parts; [EntityDtoGen.GenerateDtos] public partial class Order { public decimal Total { get; set; } }");

        Assert.Empty(run.Result.Diagnostics);
        Assert.Equal(["CS0579"], run.CompilationDiagnostics().Select(d => d.Id).Distinct());
        Assert.Equal(8, run.GeneratedFiles.Count);
    }

    [Fact]
    public void SelectReadIsNoTrackingWhenEfCoreIsReferenced()
    {
        const string entity = """
            namespace Data;

            [EntityDtoGen.GenerateDtos]
            public class Row
            {
                public int Id { get; set; }
            }
            """;

        var withEf = GeneratorHarness.RunWithEfCoreAndAssertClean(entity).File("Data.Row.DtoMappings.g.cs");
        var withoutEf = GeneratorHarness.RunAndAssertClean(entity).File("Data.Row.DtoMappings.g.cs");

        Assert.Contains("query = global::Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(query);", withEf);
        Assert.DoesNotContain("AsNoTracking", withoutEf);
    }

    [Fact]
    public void AStringKeyByConventionIsReadOnlyLikeAnyKey()
    {
        var run = GeneratorHarness.RunAndAssertClean("""
            namespace Codes;

            [EntityDtoGen.GenerateDtos]
            public class Country
            {
                public string Id { get; set; } = null!;

                public string? Name { get; set; }
            }
            """);

        Assert.DoesNotMatch(@"\bId\b", run.File("Codes.Country.Create.g.cs"));
        Assert.DoesNotMatch(@"\bId\b", run.File("Codes.Country.Update.g.cs"));
        Assert.Contains("public required string Id { get; init; }", run.File("Codes.Country.Read.g.cs"));
    }

    [Fact]
    public void CompositePrimaryKeyPartsAreCreateOnly()
    {
        var run = GeneratorHarness.RunAndAssertClean(TestSources.EfCoreAttributes, TestSources.SeedDomain);

        Assert.Contains("public required global::System.Guid QuestionId { get; init; }", run.File("Seed.Domain.UserAnswer.Create.g.cs"));
        Assert.DoesNotContain("QuestionId", run.File("Seed.Domain.UserAnswer.Update.g.cs"));
    }

    [Fact]
    public void PathsStopAtTypesAlreadyOnThePath()
    {
        var run = GeneratorHarness.RunWithEfCoreAndAssertClean("""
            using System.Collections.Generic;
            using EntityDtoGen;

            namespace Shop;

            [GenerateDtos]
            public class Category
            {
                public int Id { get; set; }

                public Category? Parent { get; set; }

                public List<Category> Children { get; set; } = [];

                public List<Product> Products { get; set; } = [];
            }

            public class Product
            {
                public int Id { get; set; }

                public Category Category { get; set; } = null!;
            }

            [GenerateDtos]
            public class Customer
            {
                public int Id { get; set; }

                public List<Order> Orders { get; set; } = [];
            }

            public class Order
            {
                public int Id { get; set; }

                public Customer Customer { get; set; } = null!;

                public List<OrderLine> Lines { get; set; } = [];

                [EntityDtoGen.Secret]
                public Audit? Audit { get; set; }
            }

            public class OrderLine
            {
                public int Id { get; set; }

                public Product Product { get; set; } = null!;

                public Order Order { get; set; } = null!;
            }

            public class Audit
            {
                public int Id { get; set; }
            }
            """);

        Assert.Equal(
            ["Parent", "Children", "Products", "Products.Category"],
            PathsOf(run.File("Shop.Category.Includes.g.cs")));
        Assert.Equal(
            ["Orders", "Orders.Customer", "Orders.Lines", "Orders.Lines.Product", "Orders.Lines.Order"],
            PathsOf(run.File("Shop.Customer.Includes.g.cs")));
    }

    [Fact]
    public void WithoutEfCoreThereAreNoIncludesButEverythingElse()
    {
        var run = GeneratorHarness.RunAndAssertClean(TestSources.EfCoreAttributes, TestSources.SeedDomain);

        Assert.DoesNotContain(run.GeneratedFiles, f => f.HintName.EndsWith(".Includes.g.cs", System.StringComparison.Ordinal));
        Assert.Contains("public required global::System.Collections.Generic.IReadOnlyList<global::Seed.Domain.AssessmentRead> Assessments { get; init; }", run.File("Seed.Domain.User.Read.g.cs"));
        Assert.Equal(26, run.GeneratedFiles.Count);
    }

    private static string[] PathsOf(string includesFile)
    {
        var start = includesFile.IndexOf("Paths { get; } = new string[]", System.StringComparison.Ordinal);
        var end = includesFile.IndexOf("};", start, System.StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Matches(includesFile[start..end], "\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToArray();
    }

    [Fact]
    public void TheGeneratorReferencesNeitherEfCoreNorAspNetCoreNorTheAbstractions()
    {
        var references = typeof(EntityDtoGenerator).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.Contains("Microsoft.CodeAnalysis", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", System.StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", System.StringComparison.Ordinal));
        Assert.DoesNotContain("EntityDtoGen.Abstractions", references);
    }

    [Fact]
    public void ObsoleteMembersAreMappedWithoutWarningsUnlessObsoleteIsAnError()
    {
        var run = GeneratorHarness.RunAndAssertClean("""
            using System;

            namespace Legacy;

            [EntityDtoGen.GenerateDtos]
            public class Customer
            {
                public int Id { get; set; }

                [Obsolete("Use Email.")]
                public string? Mail { get; set; }

                [Obsolete("Gone.", error: true)]
                public string? Fax { get; set; }
            }
            """);

        Assert.Contains("Mail", run.File("Legacy.Customer.Read.g.cs"));
        Assert.DoesNotContain("Fax", run.File("Legacy.Customer.Read.g.cs"));
    }

    [Fact]
    public void ATimestampRowVersionIsReadOnly()
    {
        var run = GeneratorHarness.RunAndAssertClean("""
            using System.ComponentModel.DataAnnotations;

            namespace Concurrency;

            [EntityDtoGen.GenerateDtos]
            public class Document
            {
                public int Id { get; set; }

                public string? Title { get; set; }

                [Timestamp]
                public byte[] RowVersion { get; set; } = [];
            }
            """);

        Assert.DoesNotContain("RowVersion", run.File("Concurrency.Document.Create.g.cs"));
        Assert.DoesNotContain("RowVersion", run.File("Concurrency.Document.Update.g.cs"));
        Assert.Contains("public required byte[] RowVersion { get; init; }", run.File("Concurrency.Document.Read.g.cs"));
    }

    [Fact]
    public void APropertyOfANotMappedClassIsNoNavigation()
    {
        var run = GeneratorHarness.RunWithEfCoreAndAssertClean("""
            using System.ComponentModel.DataAnnotations.Schema;

            namespace Unmapped;

            [NotMapped]
            public class Preview
            {
                public string? Html { get; set; }
            }

            [EntityDtoGen.GenerateDtos]
            public class Page
            {
                public int Id { get; set; }

                [NotMapped]
                public Preview? Preview { get; set; }

                public Preview? Cached { get; set; }
            }
            """);

        var includes = run.File("Unmapped.Page.Includes.g.cs");
        Assert.DoesNotContain("Cached", includes);
        Assert.DoesNotContain("Preview", includes);
        Assert.DoesNotContain("Cached", run.File("Unmapped.Page.Read.g.cs"));
    }
}
