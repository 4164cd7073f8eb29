namespace EntityDtoGen.Model;

/// <summary>An attribute application ready to re-emit, either as an attribute or as a <c>new</c> expression.</summary>
/// <param name="Type">The attribute class as <c>global::</c>-qualified C#.</param>
/// <param name="Arguments">Constructor arguments as C# expressions.</param>
/// <param name="NamedArguments">Named arguments as <c>Name = expression</c>.</param>
/// <param name="CountsWithoutReflection">
/// A length rule (<c>[MaxLength]</c>, <c>[MinLength]</c>, <c>[Length]</c>) on a string, array or <c>ICollection</c> member:
/// its constructor is marked unsafe for trimming because it may read <c>Count</c> by reflection, which it never does for
/// such a value, so the generated member says so to the trimmer.
/// </param>
internal readonly record struct AttributeModel(
    string Type,
    EquatableArray<string> Arguments,
    EquatableArray<string> NamedArguments,
    bool CountsWithoutReflection = false);
