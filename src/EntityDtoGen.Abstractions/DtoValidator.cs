using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;

namespace EntityDtoGen;

/// <summary>
/// Validates one member of a generated DTO with the validation attributes a type declares on the property of that name,
/// without reflection over the whole object (<c>Validator.TryValidateObject</c> needs it; this needs only the property,
/// which the generated call names). MVC, the minimal-API filter and .NET 10's validation resolver all go through it, so
/// each reports the same errors. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DtoValidator
{
    private static readonly RequiredAttribute NotNull = new() { AllowEmptyStrings = true };

    /// <summary>
    /// Adds to <paramref name="results"/> what the attributes on <typeparamref name="TDeclaring"/>'s property
    /// <paramref name="property"/> say about <paramref name="value"/>, naming the error <paramref name="path"/>.
    /// </summary>
    /// <typeparam name="TDeclaring">The type whose property declares the rules: the DTO, the entity (Update), or an owned value.</typeparam>
    /// <param name="instance">The object being validated, which rules such as <c>[Compare]</c> read.</param>
    /// <param name="value">The member's value.</param>
    /// <param name="property">The property that declares the rules.</param>
    /// <param name="path">The member's key in errors, <c>Address.City</c> for a member of an owned value; messages use its display name.</param>
    /// <param name="rules">Rules besides the declared attributes.</param>
    /// <param name="parent">The context validation runs in (services, items), or null.</param>
    /// <param name="results">Where errors go.</param>
    public static void Member<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TDeclaring>(
        object instance,
        object? value,
        string property,
        string path,
        DtoValidationRules rules,
        ValidationContext? parent,
        List<ValidationResult> results)
    {
        var (attributes, displayName) = PropertyRules<TDeclaring>.Of(property);
        var skipCompare = (rules & DtoValidationRules.SkipCompare) != 0;
        var checks = new List<ValidationAttribute>(attributes.Length + 1);
        if ((rules & DtoValidationRules.NotNull) != 0 && !attributes.Any(a => a is RequiredAttribute))
        {
            checks.Add(NotNull);
        }

        checks.AddRange(skipCompare ? attributes.Where(a => a is not CompareAttribute) : attributes);
        if (checks.Count == 0)
        {
            return;
        }

        var context = Context(instance, property, displayName, parent);
        var found = new List<ValidationResult>();
        Validator.TryValidateValue(value!, context, found, checks);
        foreach (var result in found)
        {
            // Rules name the member by its display name; the error is keyed by the path, as MVC's model state is.
            results.Add(new ValidationResult(result.ErrorMessage, [path]));
        }
    }

    /// <summary>The validation attributes <typeparamref name="TDeclaring"/> declares on its property <paramref name="property"/>, read once.</summary>
    /// <typeparam name="TDeclaring">The declaring type.</typeparam>
    /// <param name="property">The property name.</param>
    /// <returns>The attributes; empty when there is no such property.</returns>
    public static ValidationAttribute[] Attributes<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TDeclaring>(string property) =>
        PropertyRules<TDeclaring>.Of(property).Attributes;

    /// <summary>Adds what the object's own <see cref="IValidatableObject.Validate"/> says, as MVC would ask it.</summary>
    /// <param name="instance">The object.</param>
    /// <param name="prefix">The path of the object inside the validated one, or empty.</param>
    /// <param name="parent">The context validation runs in, or null.</param>
    /// <param name="results">Where errors go.</param>
    public static void Object(object instance, string prefix, ValidationContext? parent, List<ValidationResult> results)
    {
        if (instance is not IValidatableObject validatable)
        {
            return;
        }

        foreach (var result in validatable.Validate(Context(instance, instance.GetType().Name, instance.GetType().Name, parent)))
        {
            results.Add(prefix.Length == 0 ? result : new ValidationResult(result.ErrorMessage, result.MemberNames.Select(name => prefix + "." + name).ToArray()));
        }
    }

    /// <summary>The errors as a <c>ValidationProblemDetails</c> wants them: messages by member, in order.</summary>
    /// <param name="results">The errors.</param>
    /// <returns>Each member's messages.</returns>
    public static Dictionary<string, string[]> ByMember(IEnumerable<ValidationResult> results)
    {
        var byMember = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            var names = result.MemberNames.Any() ? result.MemberNames : [string.Empty];
            foreach (var name in names)
            {
                if (!byMember.TryGetValue(name, out var messages))
                {
                    byMember[name] = messages = [];
                }

                messages.Add(result.ErrorMessage ?? "The value is not valid.");
            }
        }

        return byMember.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The context an object's validation runs in, with the request's services for rules that ask for them.</summary>
    /// <param name="instance">The object validated.</param>
    /// <param name="services">The services, or null.</param>
    /// <returns>The context.</returns>
    public static ValidationContext Root(object instance, IServiceProvider? services) =>
        Context(instance, instance.GetType().Name, instance.GetType().Name, parent: null, services);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "DisplayName and MemberName are set here, so the context never looks them up by reflection.")]
    private static ValidationContext Context(object instance, string memberName, string displayName, ValidationContext? parent, IServiceProvider? services = null) =>
        new(instance, (IServiceProvider?)parent ?? services, parent?.Items) { DisplayName = displayName, MemberName = memberName };

    /// <summary>The validation attributes and display name (<c>[Display(Name = …)]</c>) of each property of <typeparamref name="T"/>, read once.</summary>
    private static class PropertyRules<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>
    {
        private static readonly ConcurrentDictionary<string, (ValidationAttribute[] Attributes, string DisplayName)> ByProperty = new(StringComparer.Ordinal);

        public static (ValidationAttribute[] Attributes, string DisplayName) Of(string property) => ByProperty.GetOrAdd(property, Read);

        private static (ValidationAttribute[] Attributes, string DisplayName) Read(string name)
        {
            // The most derived property of that name: a 'new' member hides its base's.
            var property = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.Name == name)
                .OrderByDescending(p => Depth(p.DeclaringType))
                .FirstOrDefault();
            if (property is null)
            {
                return ([], name);
            }

            var display = property.GetCustomAttribute<DisplayAttribute>(inherit: true)?.GetName() ?? name;
            return (Attribute.GetCustomAttributes(property, typeof(ValidationAttribute), inherit: true).Cast<ValidationAttribute>().ToArray(), display);
        }

        private static int Depth(Type? type)
        {
            var depth = 0;
            for (; type is not null; type = type.BaseType)
            {
                depth++;
            }

            return depth;
        }
    }
}

/// <summary>Rules <see cref="DtoValidator.Member"/> applies besides a property's declared attributes. For generated code.</summary>
[Flags]
[EditorBrowsable(EditorBrowsableState.Never)]
public enum DtoValidationRules
{
    /// <summary>Only the declared attributes.</summary>
    None = 0,

    /// <summary>A non-nullable reference member: a present null is an error (<c>[Required]</c> that allows empty strings).</summary>
    NotNull = 1,

    /// <summary>Leave out <c>[Compare]</c>, which reads the other member from the validated object (an Update DTO holds <c>Optional&lt;T&gt;</c>).</summary>
    SkipCompare = 2,
}
