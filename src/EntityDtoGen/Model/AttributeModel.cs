namespace EntityDtoGen.Model;

/// <summary>An attribute application ready to re-emit, either as an attribute or as a <c>new</c> expression.</summary>
/// <param name="Type">The attribute class as <c>global::</c>-qualified C#.</param>
/// <param name="Arguments">Constructor arguments as C# expressions.</param>
/// <param name="NamedArguments">Named arguments as <c>Name = expression</c>.</param>
internal readonly record struct AttributeModel(
    string Type,
    EquatableArray<string> Arguments,
    EquatableArray<string> NamedArguments);
