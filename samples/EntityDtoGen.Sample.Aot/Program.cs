using EntityDtoGen;
using EntityDtoGen.Sample.Aot.Notes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateSlimBuilder(args);

// The three lines that make the generated DTOs work without reflection: JSON metadata, validation, OpenAPI schemas.
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, DtoJson.Resolver));
builder.Services.AddProblemDetails().AddDtoValidation();
builder.Services.AddOpenApi(options => options.AddDtoSchemas());

builder.Services.AddSingleton<NoteStore>();

var app = builder.Build();
app.MapOpenApi();
app.MapNotes();
app.Run();
