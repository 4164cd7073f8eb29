using System.Threading.Tasks;
using EntityDtoGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EntityDtoGen.CodeFixes.Tests;

/// <summary>The EDG200 and EDG201 lightbulbs: the query gets what its results are used for.</summary>
public sealed class LoadingFixTests
{
    private const string Domain = """

        namespace App.Domain
        {
            using System;
            using System.Collections.Generic;
            using EntityDtoGen;

            [GenerateDtos]
            public class User
            {
                public Guid Id { get; set; }
                public required string Email { get; set; }
                public Guid? CoachId { get; set; }
                public User? Coach { get; set; }
                [IncludeInRead] public List<Assessment> Assessments { get; set; } = [];
            }

            [GenerateDtos]
            public class Assessment
            {
                public Guid Id { get; set; }
                public required string Title { get; set; }
                public Guid OwnerId { get; set; }
                public User Owner { get; set; } = null!;
            }

            public sealed class AppDb(Microsoft.EntityFrameworkCore.DbContextOptions options) : Microsoft.EntityFrameworkCore.DbContext(options)
            {
                public Microsoft.EntityFrameworkCore.DbSet<User> Users => Set<User>();
                public Microsoft.EntityFrameworkCore.DbSet<Assessment> Assessments => Set<Assessment>();
            }
        }
        """;

    [Fact]
    public Task IncludeForReadGoesAfterTheDbSetAndBringsItsUsing() =>
        Test<IncludeFix>(
            """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            namespace App.Api
            {
                public sealed class Users(App.Domain.AppDb db)
                {
                    public async Task<List<App.Domain.UserRead>> List()
                    {
                        var users = await db.Users.Where(u => u.Email != "").ToListAsync();
                        return users.Select(u => {|#0:App.Domain.UserDtoMappings.ToRead(u)|}).ToList();
                    }
                }
            }
            """,
            """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;
            using App.Domain;

            namespace App.Api
            {
                public sealed class Users(App.Domain.AppDb db)
                {
                    public async Task<List<App.Domain.UserRead>> List()
                    {
                        var users = await db.Users.IncludeForRead().Where(u => u.Email != "").ToListAsync();
                        return users.Select(u => App.Domain.UserDtoMappings.ToRead(u)).ToList();
                    }
                }
            }
            """,
            ToReadWithoutIncludes("User", "Assessments"));

    [Fact]
    public Task IncludeNavigationForTheNavigationReadPerItem() =>
        Test<IncludeFix>(
            """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using App.Domain;
            using Microsoft.EntityFrameworkCore;

            namespace App.Api
            {
                public sealed class Reports(AppDb db)
                {
                    public async Task<List<string>> OwnerEmails()
                    {
                        var emails = new List<string>();
                        foreach (var a in await db.Assessments.ToListAsync())
                        {
                            emails.Add({|#0:a.Owner|}.Email);
                        }

                        return emails;
                    }
                }
            }
            """,
            """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using App.Domain;
            using Microsoft.EntityFrameworkCore;

            namespace App.Api
            {
                public sealed class Reports(AppDb db)
                {
                    public async Task<List<string>> OwnerEmails()
                    {
                        var emails = new List<string>();
                        foreach (var a in await db.Assessments.IncludeOwner().ToListAsync())
                        {
                            emails.Add(a.Owner.Email);
                        }

                        return emails;
                    }
                }
            }
            """,
            new DiagnosticResult("EDG201", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("'Assessment.Owner' is read", "the query did not include it, so with lazy loading each read is one more query, and without it the value is empty; add .IncludeOwner() or Include(x => x.Owner) to the query"));

    [Fact]
    public Task SelectReadReplacesMaterializeThenMap() =>
        Test<SelectReadFix>(
            """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using App.Domain;
            using Microsoft.EntityFrameworkCore;

            namespace App.Api
            {
                public sealed class Users(AppDb db)
                {
                    public async Task<List<UserRead>> List() =>
                        (await db.Users.OrderBy(u => u.Email).ToListAsync()).Select(u => {|#0:u.ToRead()|}).ToList();
                }
            }
            """,
            """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using App.Domain;
            using Microsoft.EntityFrameworkCore;

            namespace App.Api
            {
                public sealed class Users(AppDb db)
                {
                    public async Task<List<UserRead>> List() =>
                        await db.Users.OrderBy(u => u.Email).SelectRead().ToListAsync();
                }
            }
            """,
            ToReadWithoutIncludes("User", "Assessments"));

    [Fact]
    public Task SelectReadProjectsALocalUsedOnlyForTheMapping() =>
        Test<SelectReadFix>(
            """
            using System;
            using System.Threading.Tasks;
            using App.Domain;
            using Microsoft.EntityFrameworkCore;

            namespace App.Api
            {
                public sealed class Users(AppDb db)
                {
                    public async Task<UserRead?> Get(Guid id)
                    {
                        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id);
                        if (user is null)
                        {
                            return null;
                        }

                        return {|#0:user.ToRead()|};
                    }
                }
            }
            """,
            """
            using System;
            using System.Threading.Tasks;
            using App.Domain;
            using Microsoft.EntityFrameworkCore;
            using System.Linq;

            namespace App.Api
            {
                public sealed class Users(AppDb db)
                {
                    public async Task<UserRead?> Get(Guid id)
                    {
                        var user = await db.Users.Where(u => u.Id == id).SelectRead().SingleOrDefaultAsync();
                        if (user is null)
                        {
                            return null;
                        }

                        return user;
                    }
                }
            }
            """,
            ToReadWithoutIncludes("User", "Assessments"));

    [Fact]
    public Task SelectReadIsNotOfferedWhenTheEntitiesAreUsedOtherwise()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using App.Domain;
            using Microsoft.EntityFrameworkCore;

            namespace App.Api
            {
                public sealed class Users(AppDb db)
                {
                    public async Task<List<UserRead>> Rename()
                    {
                        var users = await db.Users.ToListAsync();
                        foreach (var user in users)
                        {
                            user.Email = user.Email.Trim();
                        }

                        await db.SaveChangesAsync();
                        return users.Select(u => {|#0:u.ToRead()|}).ToList();
                    }
                }
            }
            """;
        return Test<SelectReadFix>(source, source, ToReadWithoutIncludes("User", "Assessments"));
    }

    [Fact]
    public Task SelectReadReplacesAMethodGroupMapping() =>
        Test<SelectReadFix>(
            """
            using System.Collections.Generic;
            using System.Linq;
            using App.Domain;

            namespace App.Api
            {
                public sealed class Users(AppDb db)
                {
                    public UserRead[] All() => db.Users.Where(u => u.CoachId == null).ToArray().Select({|#0:UserDtoMappings.ToRead|}).ToArray();
                }
            }
            """,
            """
            using System.Collections.Generic;
            using System.Linq;
            using App.Domain;

            namespace App.Api
            {
                public sealed class Users(AppDb db)
                {
                    public UserRead[] All() => db.Users.Where(u => u.CoachId == null).SelectRead().ToArray();
                }
            }
            """,
            ToReadWithoutIncludes("User", "Assessments"));

    [Fact]
    public Task NoIncludeIsOfferedForANavigationFurtherDown()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using App.Domain;
            using Microsoft.EntityFrameworkCore;

            namespace App.Api
            {
                public sealed class Reports(AppDb db)
                {
                    public async Task<int> Coached()
                    {
                        var coached = 0;
                        foreach (var a in await db.Assessments.IncludeOwner().ToListAsync())
                        {
                            coached += {|#0:a.Owner.Coach|} is null ? 0 : 1;
                        }

                        return coached;
                    }
                }
            }
            """;
        return Test<IncludeFix>(
            source,
            source,
            new DiagnosticResult("EDG201", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("'User.Coach' is read", "the query did not include it, so with lazy loading each read is one more query, and without it the value is empty; extend the include that reaches 'User' with .ThenInclude(x => x.Coach)"));
    }

    private static DiagnosticResult ToReadWithoutIncludes(string entity, string missing) =>
        new DiagnosticResult("EDG200", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(entity, missing);

    private static Task Test<TFix>(string source, string fixedSource, DiagnosticResult expected)
        where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new FixTest<LoadingAnalyzer, TFix>(source, fixedSource, expected);
        test.TestState.Sources.Add(("Domain.cs", Domain));
        test.FixedState.Sources.Add(("Domain.cs", Domain));
        return test.RunAsync();
    }
}
