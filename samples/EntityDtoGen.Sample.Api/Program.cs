using EntityDtoGen.Sample.Api.Data;
using EntityDtoGen.Sample.Api.Endpoints;
using EntityDtoGen;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

// An embedded SQLite file (ConnectionStrings:Sample in appsettings.json), created and seeded on first run.
builder.Services.AddDbContext<SampleDb>(options => options.UseSqlite(builder.Configuration.GetConnectionString("Sample")));
builder.Services.AddControllers();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddDtoSchemas());

var app = builder.Build();
using (var scope = app.Services.CreateScope())
{
    SeedData.EnsureSeeded(scope.ServiceProvider.GetRequiredService<SampleDb>());
}

app.UseExceptionHandler();
app.MapOpenApi();
app.MapControllers();
app.MapQuestions();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
