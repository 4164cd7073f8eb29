using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using EntityDtoGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace EntityDtoGen.CodeFixes.Tests;

public sealed class EntityToDtoFixTests
{
    private const string Domain = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using EntityDtoGen;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Http.HttpResults;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.EntityFrameworkCore;

        namespace App;

        [GenerateDtos]
        public class User
        {
            public Guid Id { get; set; }

            public string Email { get; set; } = "";
        }

        public class AppDb(DbContextOptions<AppDb> options) : DbContext(options)
        {
            public DbSet<User> Users => Set<User>();
        }

        """;

    [Fact]
    public Task ReturnedEntityIsMappedAndOtherResultsStay() => Verify(
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public async {|EDG100:Task<ActionResult<User>>|} Get(Guid id)
            {
                var user = await db.Users.FindAsync(id);
                if (user is null)
                {
                    return NotFound();
                }

                return user;
            }
        }
        """,
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public async Task<ActionResult<UserRead>> Get(Guid id)
            {
                var user = await db.Users.FindAsync(id);
                if (user is null)
                {
                    return NotFound();
                }

                return user.ToRead();
            }
        }
        """);

    [Fact]
    public Task MaybeNullEntityIsMappedConditionally() => Verify(
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public async {|EDG100:Task<User?>|} Find(Guid id) => await db.Users.FindAsync(id);
        }
        """,
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public async Task<UserRead?> Find(Guid id) => (await db.Users.FindAsync(id))?.ToRead();
        }
        """);

    [Fact]
    public Task AwaitedQueryIsProjectedBeforeItRuns() => Verify(
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public async {|EDG100:Task<List<User>>|} List()
            {
                return await db.Users.ToListAsync();
            }
        }
        """,
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public async Task<List<UserRead>> List()
            {
                return await db.Users.SelectRead().ToListAsync();
            }
        }
        """);

    [Fact]
    public Task QueryInsideActionResultIsProjectedBeforeItRuns() => Verify(
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public async {|EDG100:Task<ActionResult<List<User>>>|} List(bool none)
            {
                if (none)
                {
                    return NoContent();
                }

                return await db.Users.OrderBy(u => u.Email).ToListAsync(HttpContext.RequestAborted);
            }
        }
        """,
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public async Task<ActionResult<List<UserRead>>> List(bool none)
            {
                if (none)
                {
                    return NoContent();
                }

                return await db.Users.OrderBy(u => u.Email).SelectRead().ToListAsync(HttpContext.RequestAborted);
            }
        }
        """);

    [Fact]
    public Task ReturnedQueryIsProjected() => Verify(
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public {|EDG100:IQueryable<User>|} Query() => db.Users.Where(u => u.Email != "");
        }
        """,
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public IQueryable<UserRead> Query() => db.Users.Where(u => u.Email != "").SelectRead();
        }
        """);

    [Fact]
    public Task LoadedListIsMappedElementByElement() => Verify(
        """
        public class UsersController : ControllerBase
        {
            private readonly List<User> cache = [];

            public {|EDG100:List<User>|} Cached()
            {
                Func<User> first = () => { return cache[0]; };
                return cache;
            }
        }
        """,
        """
        public class UsersController : ControllerBase
        {
            private readonly List<User> cache = [];

            public List<UserRead> Cached()
            {
                Func<User> first = () => { return cache[0]; };
                return cache.Select(x => x.ToRead()).ToList();
            }
        }
        """);

    [Fact]
    public Task SequenceReturnedAsIEnumerableStaysLazy() => Verify(
        """
        public class UsersController : ControllerBase
        {
            private readonly User[] cache = [];

            public {|EDG100:IEnumerable<User>|} Cached() => cache;
        }
        """,
        """
        public class UsersController : ControllerBase
        {
            private readonly User[] cache = [];

            public IEnumerable<UserRead> Cached() => cache.Select(x => x.ToRead());
        }
        """);

    [Fact]
    public Task ResultFactoryArgumentsAreMapped() => Verify(
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public async {|EDG100:Task<ActionResult<User>>|} Get(Guid id) =>
                await db.Users.FirstOrDefaultAsync(u => u.Id == id) is { } user ? Ok(user) : NotFound();
        }
        """,
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            public async Task<ActionResult<UserRead>> Get(Guid id) =>
                await db.Users.FirstOrDefaultAsync(u => u.Id == id) is { } user ? Ok(user.ToRead()) : NotFound();
        }
        """);

    [Fact]
    public Task BodyParameterIsAcceptedAsCreateDtoInABlockBody() => Verify(
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            [HttpPost]
            public async Task<IActionResult> Post([FromBody] {|EDG100:User|} user)
            {
                db.Users.Add(user);
                await db.SaveChangesAsync();
                return NoContent();
            }
        }
        """,
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            [HttpPost]
            public async Task<IActionResult> Post([FromBody] UserCreate userDto)
            {
                var user = userDto.ToEntity();
                db.Users.Add(user);
                await db.SaveChangesAsync();
                return NoContent();
            }
        }
        """);

    [Fact]
    public Task BodyParameterIsAcceptedAsCreateDtoInAnExpressionBody() => Verify(
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            [HttpPost]
            public IActionResult Post([FromBody] {|EDG100:User|} user) => Ok(db.Users.Add(user).Entity.Id);
        }
        """,
        """
        public class UsersController(AppDb db) : ControllerBase
        {
            [HttpPost]
            public IActionResult Post([FromBody] UserCreate userDto)
            {
                var user = userDto.ToEntity();
                return Ok(db.Users.Add(user).Entity.Id);
            }
        }
        """);

    [Fact]
    public Task MinimalApiQueryIsProjected() => Verify(
        """
        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/users", {|EDG100:(AppDb db) => db.Users.ToList()|});
            }
        }
        """,
        """
        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/users", (AppDb db) => db.Users.SelectRead().ToList());
            }
        }
        """);

    [Fact]
    public Task MinimalApiExplicitReturnTypeAndTypedResultsAreMapped() => Verify(
        """
        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/users/{id}", {|EDG100:async Task<Results<Ok<User>, NotFound>> (Guid id, AppDb db) =>
                    await db.Users.FindAsync(id) is { } user ? TypedResults.Ok(user) : TypedResults.NotFound()|});
            }
        }
        """,
        """
        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/users/{id}", async Task<Results<Ok<UserRead>, NotFound>> (Guid id, AppDb db) =>
                    await db.Users.FindAsync(id) is { } user ? TypedResults.Ok(user.ToRead()) : TypedResults.NotFound());
            }
        }
        """);

    [Fact]
    public Task MinimalApiParameterIsAcceptedAsCreateDto() => Verify(
        """
        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapPost("/users", {|EDG100:(User user, AppDb db) => db.Users.Add(user).Entity.Id|});
            }
        }
        """,
        """
        public static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapPost("/users", (UserCreate userDto, AppDb db) =>
                {
                    var user = userDto.ToEntity();
                    return db.Users.Add(user).Entity.Id;
                });
            }
        }
        """);

    [Fact]
    public Task NullableParameterStaysNullable() => Verify(
        """
        public class UsersController : ControllerBase
        {
            public IActionResult Check({|EDG100:User?|} user) => user is null ? BadRequest() : Ok();
        }
        """,
        """
        public class UsersController : ControllerBase
        {
            public IActionResult Check(UserCreate? userDto)
            {
                var user = userDto?.ToEntity();
                return user is null ? BadRequest() : Ok();
            }
        }
        """);

    [Fact]
    public Task LinqIsImportedWhenTheFileLacksIt() => VerifyFile(
        """
        using System.Collections.Generic;
        using EntityDtoGen;
        using Microsoft.AspNetCore.Mvc;

        namespace App;

        [GenerateDtos]
        public class User
        {
            public int Id { get; set; }
        }

        public class UsersController : ControllerBase
        {
            private readonly List<User> cache = [];

            public {|EDG100:List<User>|} Cached() => cache;
        }
        """,
        """
        using System.Collections.Generic;
        using EntityDtoGen;
        using Microsoft.AspNetCore.Mvc;
        using System.Linq;

        namespace App;

        [GenerateDtos]
        public class User
        {
            public int Id { get; set; }
        }

        public class UsersController : ControllerBase
        {
            private readonly List<User> cache = [];

            public List<UserRead> Cached() => cache.Select(x => x.ToRead()).ToList();
        }
        """);

    [Fact]
    public Task QualifiedEntityNameIsReplacedAndItsNamespaceImported() => VerifyFile(
        """
        using EntityDtoGen;
        using Microsoft.AspNetCore.Mvc;

        namespace Domain
        {
            [GenerateDtos]
            public class User
            {
                public int Id { get; set; }
            }
        }

        namespace Api
        {
            public class UsersController : ControllerBase
            {
                public {|EDG100:Domain.User|} Me() => new Domain.User();
            }
        }
        """,
        """
        using EntityDtoGen;
        using Microsoft.AspNetCore.Mvc;
        using Domain;

        namespace Domain
        {
            [GenerateDtos]
            public class User
            {
                public int Id { get; set; }
            }
        }

        namespace Api
        {
            public class UsersController : ControllerBase
            {
                public UserRead Me() => new Domain.User().ToRead();
            }
        }
        """);

    [Fact]
    public Task NoFixForAMethodGroup()
    {
        const string Code = """
            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/users/first", {|EDG100:First|});
                }

                private static User First(AppDb db) => db.Users.First();
            }
            """;
        return Verify(Code, Code);
    }

    [Fact]
    public Task NoFixWhenAReturnCannotBeMapped()
    {
        const string Code = """
            public class UsersController : ControllerBase
            {
                public {|EDG100:Task<User>|} Get() => Task.FromResult(new User());
            }
            """;
        return Verify(Code, Code);
    }

    private static Task Verify(string source, string fixedSource) => VerifyFile(Domain + source, Domain + fixedSource);

    private static Task VerifyFile(string source, string fixedSource)
    {
        var test = new FixTest<EntityExposureAnalyzer, EntityToDtoFix>(source, fixedSource);
        test.TestState.AdditionalReferences.AddRange(AspNetCore.Value);
        return test.RunAsync();
    }

    /// <summary>ASP.NET Core's reference assemblies from the SDK's targeting pack, as the analyzer tests take them.</summary>
    private static readonly Lazy<MetadataReference[]> AspNetCore = new(() =>
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var pack = Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", "packs", "Microsoft.AspNetCore.App.Ref"));
        var folder = Directory.GetDirectories(pack)
            .Select(version => Path.Combine(version, "ref", "net10.0"))
            .Where(Directory.Exists)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Last();
        return Directory.GetFiles(folder, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray();
    });
}
