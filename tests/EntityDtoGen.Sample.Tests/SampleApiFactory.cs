using System;
using System.IO;
using System.Linq;
using EntityDtoGen.Sample.Api.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EntityDtoGen.Sample.Tests;

/// <summary>The sample API in process, on its own SQLite file, created and seeded like a first run.</summary>
public sealed class SampleApiFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "entitydtogen-sample-" + Guid.NewGuid().ToString("N") + ".db");

    /// <summary>The SQL commands the app sends, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Commands { get; } = new();

    public SampleDb CreateDb() =>
        new(new DbContextOptionsBuilder<SampleDb>().UseSqlite("Data Source=" + _databasePath).Options);

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services =>
        {
            foreach (var registration in services.Where(s => s.ServiceType == typeof(DbContextOptions<SampleDb>) || s.ServiceType == typeof(SampleDb)).ToList())
            {
                services.Remove(registration);
            }

            services.AddDbContext<SampleDb>(options => options.UseSqlite("Data Source=" + _databasePath).AddInterceptors(new CommandRecorder(Commands)));
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }
}

/// <summary>Records each command's text.</summary>
internal sealed class CommandRecorder(System.Collections.Concurrent.ConcurrentQueue<string> commands) : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
{
    public override System.Threading.Tasks.ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
        System.Data.Common.DbCommand command,
        Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
        Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result,
        System.Threading.CancellationToken cancellationToken = default)
    {
        commands.Enqueue(command.CommandText);
        return System.Threading.Tasks.ValueTask.FromResult(result);
    }
}
