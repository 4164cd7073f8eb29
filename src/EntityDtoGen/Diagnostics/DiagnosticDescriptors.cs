using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Diagnostics;

/// <summary>Every diagnostic EntityDtoGen reports. The ids are public contract; each has a page under docs/diagnostics.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "EntityDtoGen";
    private const string HelpLinkBase = "https://github.com/entitydtogen/entitydtogen/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor UnsupportedEntityType = Create(
        "EDG001",
        "[GenerateDtos] cannot serve this type",
        "[GenerateDtos] cannot generate DTOs for '{0}': {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GeneratedNameCollision = Create(
        "EDG002",
        "A generated name collides with an existing type",
        "'{0}' would generate '{1}', but a type of that name already exists and is not a {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IncludeInReadTargetWithoutRead = Create(
        "EDG003",
        "[IncludeInRead] target has no Read DTO",
        "[IncludeInRead] on '{0}.{1}' needs '{2}' to have [GenerateDtos] with DtoKinds.Read",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IncludeInReadCycle = Create(
        "EDG004",
        "[IncludeInRead] forms a cycle",
        "[IncludeInRead] forms a cycle: {0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ContradictoryMarkers = Create(
        "EDG005",
        "Contradictory markers",
        "'{0}.{1}' has {2}; {3}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsuppliedRequiredMember = Create(
        "EDG006",
        "A required member cannot be supplied by Create",
        "'{0}.{1}' is required, but {0}Create has no member for it ({2}) and {0}DtoMappings has no Create{1} method to supply it",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IncludeInReadTargetWithErrors = Create(
        "EDG007",
        "[IncludeInRead] target gets no generated code",
        "[IncludeInRead] on '{0}.{1}' needs the Read DTO of '{2}', which gets no generated code because of its own errors",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MemberNameCollision = Create(
        "EDG008",
        "A property name collides with a generated member",
        "'{0}.{1}' cannot be carried into {2}: {3}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MarkerWithoutEffect = Create(
        "EDG009",
        "A marker has no effect",
        "{0} on '{1}.{2}' has no effect: {3}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MarkerOutsideEntity = Create(
        "EDG010",
        "A marker on a type without [GenerateDtos]",
        "{0} on '{1}.{2}' has no effect: '{1}' has no [GenerateDtos] and no [GenerateDtos] class derives from it",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DuplicateGeneratedNames = Create(
        "EDG011",
        "Two entities generate the same type names",
        "'{0}' and '{1}' would both generate {2}Create, {2}Read, {2}Update and {2}DtoMappings in namespace '{3}'",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EmptyDto = Create(
        "EDG012",
        "A DTO would have no members and is not generated",
        "'{0}' gets no {1}: {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoBindableConstructor = Create(
        "EDG013",
        "No public constructor can create the entity from its Create DTO",
        "'{0}' gets no {1}: {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor MemberLeftOut = Create(
        "EDG014",
        "A member is left out of every DTO because it cannot be placed safely",
        "'{0}.{1}' is in no DTO: {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ReadShapeReadsSecret = Create(
        "EDG015",
        "A read shape member reads a secret",
        "'{0}.{1}' reads the secret '{2}' ({3})",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReadShapeMemberUnbound = Create(
        "EDG016",
        "A read shape member binds to nothing",
        "'{0}.{1}' binds to nothing: {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReadShapeMemberIncompatible = Create(
        "EDG017",
        "A read shape member's type does not fit what it binds to",
        "'{0}.{1}' does not fit what it binds to: {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedReadShape = Create(
        "EDG018",
        "[ReadShape] cannot serve this type",
        "[ReadShape] cannot make '{0}' a read shape: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReadShapeCycle = Create(
        "EDG019",
        "Read shapes nest each other in a cycle",
        "Read shapes nest each other in a cycle: {0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor JsonMetadataDiffers = Create(
        "EDG020",
        "The generated JSON metadata cannot treat a member as reflection would",
        "The generated JSON metadata for '{0}' differs from reflection-based serialization: {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor HiddenFromRequestDelegateGenerator = Create(
        "EDG021",
        "ASP.NET Core's request delegate generator cannot see a generated DTO",
        "{0} uses '{1}', which EntityDtoGen generates and ASP.NET Core's request delegate generator (Native AOT) cannot see: {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EntityInWebApiSignature = Create(
        "EDG100",
        "A [GenerateDtos] entity appears in a web API signature",
        "{0} exposes the entity '{1}' in its {2}; use '{3}' instead",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ToReadWithoutIncludes = Create(
        "EDG200",
        "ToRead() on entities loaded without what their Read DTO nests",
        "ToRead() maps a '{0}' that its query loaded without {1}, so those members of the Read DTO will be empty; add .IncludeForRead() to the query, or query with .SelectRead()",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor QueryPerItem = Create(
        "EDG201",
        "A query or a navigation read runs once per item of a query's results (N+1)",
        "{0} once per item of a query's results (N+1): {1}",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, params string[] customTags) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md", customTags: customTags);
}
