using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Model;

/// <summary>What the consuming compilation references that changes what is emitted.</summary>
/// <param name="HasValidateNever">ASP.NET Core MVC's <c>[ValidateNever]</c> is available (Update members use it so MVC does not read unset <c>Optional&lt;T&gt;.Value</c>).</param>
/// <param name="HasEntityFrameworkCore">EF Core is referenced.</param>
/// <param name="HasEndpointFilters">ASP.NET Core's minimal-API endpoint filters (.NET 7 and later) and typed results are referenced.</param>
/// <param name="HasValidationResolver">.NET 10's <c>Microsoft.Extensions.Validation</c> resolvers are referenced.</param>
/// <param name="HasOpenApi"><c>Microsoft.AspNetCore.OpenApi</c>'s schema transformers (10 or later, on Microsoft.OpenApi 2) are referenced.</param>
/// <param name="HasJsonNullability">System.Text.Json 9 or later: metadata can say a member is non-nullable and set in an initializer.</param>
/// <param name="HasRelationalEntityFrameworkCore">EF Core's relational layer is referenced (tables, columns, SQL): what <c>UpsertAsync</c> needs.</param>
/// <param name="GeneratesJsonMetadata">The project wants System.Text.Json metadata (<see cref="Parsing.BuildProperties.GeneratesJsonMetadata"/>).</param>
internal readonly record struct CompilationFeatures(bool HasValidateNever, bool HasEntityFrameworkCore, bool HasEndpointFilters, bool HasValidationResolver, bool HasOpenApi, bool HasJsonNullability, bool HasRelationalEntityFrameworkCore, bool GeneratesJsonMetadata)
{
    public static CompilationFeatures Of(Compilation compilation, bool generatesJsonMetadata) => new(
        compilation.GetTypeByMetadataName(KnownNames.ValidateNeverAttribute) is not null,
        compilation.GetTypeByMetadataName(KnownNames.EfDbContext) is not null,
        compilation.GetTypeByMetadataName(KnownNames.EndpointFilterExtensions) is not null && compilation.GetTypeByMetadataName(KnownNames.TypedResults) is not null,
        compilation.GetTypeByMetadataName(KnownNames.ValidatableInfoResolver) is not null,
        compilation.GetTypeByMetadataName(KnownNames.OpenApiSchemaTransformer) is not null && compilation.GetTypeByMetadataName(KnownNames.OpenApiJsonSchemaType) is not null,
        compilation.GetTypeByMetadataName(KnownNames.JsonPropertyInfo)?.GetMembers("IsSetNullable").IsEmpty == false,
        compilation.GetTypeByMetadataName(KnownNames.EfRelationalQueryableExtensions) is not null,
        generatesJsonMetadata);
}
