using EntityDtoGen;
using EntityDtoGen.Sample.Api.Data;
using EntityDtoGen.EntityFrameworkCore;
using EntityDtoGen.Sample.Api.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// The N+1 guard (package EntityDtoGen.EntityFrameworkCore): the same SQL more than 5 times in one request is logged,
// and in Development it fails the request, so a loop of queries shows up before it reaches production data sizes.
var queryGuard = new QueryGuard(new QueryGuardOptions { OnRepeat = builder.Environment.IsDevelopment() ? QueryGuardAction.Throw : QueryGuardAction.Log });
builder.Services.AddSingleton(queryGuard);
// An embedded SQLite file (ConnectionStrings:Sample in appsettings.json), created and seeded on first run.
builder.Services.AddDbContext<SampleDb>(options => options.UseSqlite(builder.Configuration.GetConnectionString("Sample")).AddQueryGuard(queryGuard));
// The generated JSON metadata first: the DTOs then serialize without reflection in controllers and minimal APIs alike.
builder.Services.AddControllers().AddJsonOptions(options => options.JsonSerializerOptions.TypeInfoResolverChain.Insert(0, DtoJson.Resolver));
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, DtoJson.Resolver));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddDtoSchemas());

var app = builder.Build();
using (var scope = app.Services.CreateScope())
{
    SeedData.EnsureSeeded(scope.ServiceProvider.GetRequiredService<SampleDb>());
}

app.UseExceptionHandler();
// The OpenAPI document at /openapi/v1.json and an interactive reference over it at /scalar.
app.MapOpenApi();
app.MapScalarApiReference();
app.MapControllers();
app.MapQuestions();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
