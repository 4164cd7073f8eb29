using System;
using System.Linq;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary>The typed <c>{Entity}Includes</c> helpers against a real database, on each provider.</summary>
public sealed class IncludeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void IncludeAndThenIncludeThroughACollection(Provider provider)
    {
        using var database = Seeded(provider);
        using var db = database.CreateContext();

        var users = db.Users.Where(u => u.Role == Role.Member).IncludeAssessments().ThenIncludeQuestions().ToList();

        Assert.All(users, u => Assert.Equal(2, u.Assessments.Count));
        Assert.All(users.SelectMany(u => u.Assessments), a => Assert.Equal(3, a.Questions.Count));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ThenIncludeAReferenceAfterTwoCollections(Provider provider)
    {
        using var database = Seeded(provider);
        using var db = database.CreateContext();

        var customer = db.Customers.IncludeOrders().ThenIncludeLines().ThenIncludeProduct().Single();

        Assert.All(Assert.Single(customer.Orders).Lines, line => Assert.Equal("Widget", line.Product.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void ThenIncludeAfterAReference(Provider provider)
    {
        using var database = Seeded(provider);
        using var db = database.CreateContext();

        var assessment = db.Assessments.IncludeOwner().ThenIncludeCoach().First();

        Assert.NotNull(assessment.Owner);
        Assert.Equal("coach@example.com", assessment.Owner.Coach!.Email);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void WithoutIncludeNothingIsLoaded(Provider provider)
    {
        using var database = Seeded(provider);
        using var db = database.CreateContext();

        var user = db.Users.First(u => u.Role == Role.Member);

        Assert.Empty(user.Assessments);
        Assert.Null(user.Coach);
    }

    [Fact]
    public void PathsOfASelfReferencingModel() =>
        Assert.Equal(["Parent", "Children", "Products", "Products.Category"], CategoryIncludes.Paths);

    [Fact]
    public void PathsOfAModelWithACycle() =>
        Assert.Equal(["Orders", "Orders.Customer", "Orders.Lines", "Orders.Lines.Order", "Orders.Lines.Product"], CustomerIncludes.Paths);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void EveryPathIsOneEfCoreAccepts(Provider provider)
    {
        using var database = Seeded(provider);
        using var db = database.CreateContext();

        Assert.Single(db.Customers.IncludePaths(CustomerIncludes.Paths).ToList());
        Assert.Equal(2, db.Categories.IncludePaths(CategoryIncludes.Paths).ToList().Count);
        Assert.Equal(4, db.Users.IncludePaths(UserIncludes.Paths).ToList().Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void IncludePathsAppliesAllowListedPathsIgnoringCaseAndBlanks(Provider provider)
    {
        using var database = Seeded(provider);
        using var db = database.CreateContext();

        var customer = db.Customers.IncludePaths(["orders.LINES.product", " ", ""]).Single();

        var lines = Assert.Single(customer.Orders).Lines;
        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.Equal("Widget", line.Product.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void IncludePathsRejectsAnUnknownPathAndListsTheValidOnes(Provider provider)
    {
        using var database = Seeded(provider);
        using var db = database.CreateContext();

        var error = Assert.Throws<ArgumentException>(() => db.Users.IncludePaths(["Assessments", "HashedPassword"]));

        Assert.Equal("paths", error.ParamName);
        Assert.StartsWith("Unknown include path 'HashedPassword' for User. Valid paths: Coach, Assessments, Assessments.Owner, Assessments.Questions.", error.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void APathThatWalksBackAlongAnInverseLoadsItsPrefixWithTheInverseFixedUp(Provider provider)
    {
        using var database = Seeded(provider);
        using var db = database.CreateContext();

        var user = db.Users.Where(u => u.Role == Role.Member).IncludePaths(["Assessments.Owner"]).First();

        Assert.Equal(2, user.Assessments.Count);
        Assert.All(user.Assessments, a => Assert.Same(user, a.Owner));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public void APathThatWalksBackIntoAnInverseCollectionLoadsTheSiblings(Provider provider)
    {
        using var database = Seeded(provider);
        using var db = database.CreateContext();

        Assert.Contains("Order.Lines", OrderLineIncludes.Paths);
        var line = db.Set<OrderLine>().IncludePaths(["Order.Lines"]).First();

        Assert.Equal(2, line.Order.Lines.Count);
    }

    [Fact]
    public void ReadPathsAreTheIncludeInReadGraph() =>
        Assert.Equal(["Assessments", "Assessments.Questions"], UserIncludes.ReadPaths);

    /// <summary>Three users with assessments and questions, a category tree with a product, and a customer with an order of two lines.</summary>
    private static TestDatabase Seeded(Provider provider)
    {
        var database = TestDatabase.Create(provider);
        using var db = database.CreateContext();
        SeedData.AddUsers(db, users: 3);
        var root = new Category { Name = "Root" };
        var child = new Category { Name = "Child", Parent = root };
        child.Products.Add(new Product { Name = "Widget" });
        db.Categories.AddRange(root, child);
        var customer = new Customer { Name = "Ada" };
        customer.Orders.Add(new Order { Lines = { new OrderLine { Product = child.Products[0] }, new OrderLine { Product = child.Products[0] } } });
        db.Customers.Add(customer);
        db.SaveChanges();
        return database;
    }
}
