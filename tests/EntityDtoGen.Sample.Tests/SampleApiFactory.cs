using System;
using System.IO;
using System.Linq;
using EntityDtoGen.EntityFrameworkCore;
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

    /// <summary>The app's own query guard: the SQL commands the app sent, in order, and N+1 repeats fail the request.</summary>
    public QueryGuard Guard => Services.GetRequiredService<QueryGuard>();

    public SampleDb CreateDb() =>
        new(new DbContextOptionsBuilder<SampleDb>().UseSqlite("Data Source=" + _databasePath).Options);

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services =>
        {
            foreach (var registration in services.Where(s => s.ServiceType == typeof(DbContextOptions<SampleDb>) || s.ServiceType == typeof(SampleDb)).ToList())
            {
                services.Remove(registration);
            }

            // EF Core keeps Program.cs's configuration (its query guard included) and applies this one after it.
            services.AddDbContext<SampleDb>(options => options.UseSqlite("Data Source=" + _databasePath));
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }
}
