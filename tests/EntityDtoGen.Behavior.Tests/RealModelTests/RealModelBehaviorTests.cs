using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Xunit;
using CleanArch = RealModels.CleanArch;
using Commerce = RealModels.Commerce;
using Ordering = RealModels.Ordering;

namespace EntityDtoGen.Behavior.Tests.RealModelTests;

/// <summary>
/// Every entity of the three corpus models, run on SQLite: the SQL of SelectRead, a client's Create saved and read back,
/// and the include allow-list; and DtoModelCheck against each context's real model on each provider.
/// </summary>
public sealed class RealModelBehaviorTests
{
    /// <summary>Credentials the corpus stores, by entity: no SelectRead may select these columns.</summary>
    private static readonly Dictionary<string, string[]> SecretColumns = new()
    {
        ["RealModels.Commerce.Account"] = ["PasswordHash"],
        ["RealModels.Commerce.CustomerPassword"] = ["Password", "PasswordSalt"],
        ["RealModels.Commerce.Order"] = ["CardNumber", "CardCvv2"],
        ["RealModels.Ordering.PaymentMethod"] = ["CardNumber", "SecurityNumber"],
        ["RealModels.CleanArch.ApplicationUser"] = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"],
    };

    public static TheoryData<string> Entities => new(GeneratedApi.All().Select(api => api.Entity.FullName!));

    public static TheoryData<string> CreatableEntities => new(GeneratedApi.All().Where(api => api.Create is not null).Select(api => api.Entity.FullName!));

    /// <summary>Each corpus model with each provider: the check compares the DTOs with the model as that provider builds it.</summary>
    public static TheoryData<RealModel, Provider> ModelsOnEachProvider
    {
        get
        {
            var cases = new TheoryData<RealModel, Provider>();
            foreach (Provider provider in TestDatabase.Providers)
            {
                foreach (var model in Enum.GetValues<RealModel>())
                {
                    cases.Add(model, provider);
                }
            }

            return cases;
        }
    }

    [Fact]
    public void TheCorpusHasItsEntitiesAndTheExpectedOnesHaveNoCreate()
    {
        var all = GeneratedApi.All().ToList();
        Assert.Equal(22, all.Count);
        Assert.Equal(
            ["RealModels.Ordering.Buyer", "RealModels.Ordering.Order", "RealModels.Ordering.PaymentMethod"],
            all.Where(api => api.Create is null).Select(api => api.Entity.FullName!).Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(Entities))]
    public void SelectReadSelectsOnlyReadColumnsNoSecretAndRunsInOneCommand(string entity)
    {
        var api = Api(entity);
        using var database = new RealModelDatabase(api.Model);
        using var db = database.CreateContext();

        var sql = api.SelectRead(db).ToQueryString();
        foreach (var secret in SecretColumns.GetValueOrDefault(entity, []))
        {
            Assert.DoesNotContain("\"" + secret + "\"", sql);
        }

        var readMembers = api.Read!.GetProperties().Select(p => p.Name).ToHashSet();
        foreach (var column in ColumnsOfTheEntitysTable(sql, db.Model.FindEntityType(api.Entity)!))
        {
            Assert.True(readMembers.Contains(column.Member), $"{api.Read.Name} has no member for the column {column.Name} ({column.Member}):\n{sql}");
        }

        var expected = ((IEnumerable)api.Set(db)).Cast<object>().Count();
        database.Counter.Commands.Clear();
        var rows = ((IEnumerable)api.SelectRead(db)).Cast<object>().ToList();
        Assert.Equal(expected, rows.Count);
        Assert.Single(database.Counter.Commands);
    }

    [Theory]
    [MemberData(nameof(CreatableEntities))]
    public void ACreateSavedAndReadBackKeepsEveryValueTheClientSent(string entity)
    {
        var api = Api(entity);
        using var database = new RealModelDatabase(api.Model);
        var sent = new Dictionary<string, object>();
        object?[] key;
        using (var db = database.CreateContext())
        {
            var entityType = db.Model.FindEntityType(api.Entity)!;
            var create = Activator.CreateInstance(api.Create!)!;
            foreach (var member in SampleValues.Members(api.Create!))
            {
                var property = entityType.FindProperty(member.Name);
                var value = property is not null && property.IsForeignKey() ? PrincipalKeyFor(db, property) : SampleValues.For(member.PropertyType, member.Name);
                member.SetValue(create, value);
                sent[member.Name] = value;
            }

            var created = api.ToEntity(create);
            db.Add(created);

            // A required relationship the DTO does not carry (a shadow foreign key): attach it to an existing principal.
            foreach (var foreignKey in entityType.GetForeignKeys().Where(fk => fk.IsRequired && !fk.IsOwnership && fk.Properties.Any(p => !sent.ContainsKey(p.Name))))
            {
                foreach (var property in foreignKey.Properties)
                {
                    db.Entry(created).Property(property.Name).CurrentValue = PrincipalKeyFor(db, property);
                }
            }

            db.SaveChanges();
            key = entityType.FindPrimaryKey()!.Properties.Select(p => db.Entry(created).Property(p.Name).CurrentValue).ToArray();
        }

        using (var db = database.CreateContext())
        {
            var read = api.ToRead(db.Find(api.Entity, key)!);
            var compared = 0;
            foreach (var (name, value) in sent)
            {
                if (api.Read!.GetProperty(name) is { } member)
                {
                    Assert.True(SampleValues.Same(value, member.GetValue(read)), $"{api.Read.Name}.{name} is {member.GetValue(read)}, the client sent {value}");
                    compared++;
                }
            }

            Assert.True(compared > 0, $"nothing of {api.Create!.Name} reaches {api.Read!.Name}");
        }
    }

    [Theory]
    [MemberData(nameof(Entities))]
    public void EveryOfferedIncludePathTranslates(string entity)
    {
        var api = Api(entity);
        using var database = new RealModelDatabase(api.Model);
        using var db = database.CreateContext();
        var paths = (IReadOnlyList<string>)api.Includes.GetProperty("Paths")!.GetValue(null)!;

        var sql = api.IncludePaths(db, [.. paths]).ToQueryString();

        Assert.StartsWith("SELECT", sql);
    }

    [Theory]
    [InlineData("RealModels.Commerce.Customer", "LastIpAddress")]
    [InlineData("RealModels.Ordering.Buyer", "DeviceMac")]
    [InlineData("RealModels.Ordering.Order", "Address")]
    [InlineData("RealModels.CleanArch.TodoList", "Colour")]
    public void IncludePathsRefusesAValueColumnWithAnArgumentException(string entity, string member)
    {
        var api = Api(entity);
        using var database = new RealModelDatabase(api.Model);
        using var db = database.CreateContext();

        var error = Assert.Throws<ArgumentException>(() => api.IncludePaths(db, member));

        Assert.Contains("Unknown include path '" + member + "'", error.Message);
    }

    [Theory]
    [MemberData(nameof(ModelsOnEachProvider))]
    public void DtoModelCheckFindsNoDifferenceFromTheRuntimeModel(RealModel model, Provider provider)
    {
        using var database = TestDatabase.Create(provider);
        using DbContext db = model switch
        {
            RealModel.Commerce => new Commerce.CommerceDbContext(database.Options<Commerce.CommerceDbContext>()),
            RealModel.Ordering => new Ordering.OrderingDbContext(database.Options<Ordering.OrderingDbContext>()),
            _ => new CleanArch.ApplicationDbContext(database.Options<CleanArch.ApplicationDbContext>()),
        };

        Assert.Empty(DtoModelCheck.Problems(db));
        DtoModelCheck.Verify(db);
    }

    private static GeneratedApi Api(string entity) => GeneratedApi.All().Single(api => api.Entity.FullName == entity);

    /// <summary>The key of the last row of the principal the foreign key property points to.</summary>
    private static object PrincipalKeyFor(DbContext db, IProperty foreignKeyProperty)
    {
        var foreignKey = foreignKeyProperty.GetContainingForeignKeys().First();
        var principal = foreignKey.PrincipalEntityType;
        var set = (IEnumerable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(principal.ClrType).Invoke(db, null)!;
        var row = set.Cast<object>().Last();
        var keyProperty = foreignKey.PrincipalKey.Properties[foreignKey.Properties.ToList().IndexOf(foreignKeyProperty)];
        return db.Entry(row).Property(keyProperty.Name).CurrentValue!;
    }

    /// <summary>The columns the SQL reads from the entity's own table, each with the member it maps (an owned value's columns, its navigation).</summary>
    private static IEnumerable<(string Name, string Member)> ColumnsOfTheEntitysTable(string sql, IEntityType entityType)
    {
        var table = entityType.GetTableName()!;
        var alias = Regex.Match(sql, "\"" + table + "\" AS \"(\\w+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(alias), $"no alias for table {table}:\n{sql}");
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var memberByColumn = new Dictionary<string, string>();
        foreach (var property in entityType.GetProperties())
        {
            memberByColumn[property.GetColumnName(store)!] = property.Name;
        }

        foreach (var navigation in entityType.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
        {
            foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => !p.IsKey()))
            {
                memberByColumn[property.GetColumnName(store)!] = navigation.Name;
            }
        }

        foreach (Match match in Regex.Matches(sql, "\"" + alias + "\"\\.\"(\\w+)\""))
        {
            var column = match.Groups[1].Value;
            yield return (column, memberByColumn.GetValueOrDefault(column, "?"));
        }
    }
}
