namespace EntityDtoGen;

/// <summary>Metadata names the generator and analyzer look up; the generator references neither EF Core, ASP.NET Core nor the abstractions.</summary>
internal static class KnownNames
{
    public const string GenerateDtosAttribute = "EntityDtoGen.GenerateDtosAttribute";
    public const string SecretAttribute = "EntityDtoGen.SecretAttribute";
    public const string ServerGeneratedAttribute = "EntityDtoGen.ServerGeneratedAttribute";
    public const string CreateOnlyAttribute = "EntityDtoGen.CreateOnlyAttribute";
    public const string IncludeInReadAttribute = "EntityDtoGen.IncludeInReadAttribute";
    public const string ClientWritableAttribute = "EntityDtoGen.ClientWritableAttribute";
    public const string NotSecretAttribute = "EntityDtoGen.NotSecretAttribute";
    public const string ReadShapeAttribute = "EntityDtoGen.ReadShapeAttribute";
    public const string GenerateDtosForAttribute = "EntityDtoGen.GenerateDtosForAttribute";

    public const string KeyAttribute = "System.ComponentModel.DataAnnotations.KeyAttribute";
    public const string ValidationAttribute = "System.ComponentModel.DataAnnotations.ValidationAttribute";
    public const string DatabaseGeneratedAttribute = "System.ComponentModel.DataAnnotations.Schema.DatabaseGeneratedAttribute";
    public const string TimestampAttribute = "System.ComponentModel.DataAnnotations.TimestampAttribute";
    public const string NotMappedAttribute = "System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute";
    public const string InversePropertyAttribute = "System.ComponentModel.DataAnnotations.Schema.InversePropertyAttribute";
    public const string ComplexTypeAttribute = "System.ComponentModel.DataAnnotations.Schema.ComplexTypeAttribute";
    public const string SetsRequiredMembersAttribute = "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute";
    public const string ObsoleteAttribute = "System.ObsoleteAttribute";
    public const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    public const string Array = "System.Array";
    public const string Enumerable = "System.Linq.Enumerable";

    /// <summary>Collection types a shape member may use for a nested list; EF Core materializes each of them from a projection.</summary>
    public static readonly string[] ShapeListTypes =
    [
        "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.List`1", "System.Collections.Generic.IEnumerable`1",
        "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IList`1", "System.Collections.Generic.IReadOnlyCollection`1",
    ];

    public const string EfOwnedAttribute = "Microsoft.EntityFrameworkCore.OwnedAttribute";
    public const string EfPrimaryKeyAttribute = "Microsoft.EntityFrameworkCore.PrimaryKeyAttribute";

    public const string EfIndexAttribute = "Microsoft.EntityFrameworkCore.IndexAttribute";
    public const string EfDbContext = "Microsoft.EntityFrameworkCore.DbContext";

    /// <summary>In <c>Microsoft.EntityFrameworkCore.Relational</c>: its presence means a relational provider can be used.</summary>
    public const string EfRelationalQueryableExtensions = "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions";
    public const string EfDbSet = "Microsoft.EntityFrameworkCore.DbSet`1";
    public const string EfEntityTypeConfiguration = "Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1";
    public const string EfSaveChangesInterceptor = "Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor";
    public const string EfModelBuilder = "Microsoft.EntityFrameworkCore.ModelBuilder";
    public const string EfModelConfigurationBuilder = "Microsoft.EntityFrameworkCore.ModelConfigurationBuilder";
    public const string EfBuildersNamespace = "Microsoft.EntityFrameworkCore.Metadata.Builders.";
    public const string EfEntityTypeBuilder = EfBuildersNamespace + "EntityTypeBuilder`1";
    public const string EfEntityEntry = "Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry`1";

    public const string ControllerBase = "Microsoft.AspNetCore.Mvc.ControllerBase";
    public const string NonActionAttribute = "Microsoft.AspNetCore.Mvc.NonActionAttribute";
    public const string EndpointRouteBuilderExtensions = "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions";

    public const string ValidateNeverAttribute = "Microsoft.AspNetCore.Mvc.ModelBinding.Validation.ValidateNeverAttribute";
    public const string EndpointFilterExtensions = "Microsoft.AspNetCore.Http.EndpointFilterExtensions";
    public const string TypedResults = "Microsoft.AspNetCore.Http.TypedResults";
    public const string ValidatableInfoResolver = "Microsoft.Extensions.Validation.IValidatableInfoResolver";
    public const string OpenApiSchemaTransformer = "Microsoft.AspNetCore.OpenApi.IOpenApiSchemaTransformer";
    public const string OpenApiJsonSchemaType = "Microsoft.OpenApi.JsonSchemaType";
    public const string JsonPropertyInfo = "System.Text.Json.Serialization.Metadata.JsonPropertyInfo";
}
