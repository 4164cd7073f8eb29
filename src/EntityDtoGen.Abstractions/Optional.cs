using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace EntityDtoGen;

/// <summary>
/// A value that may be absent. Update DTOs use it so that "absent" (leave unchanged) differs from
/// "present and null" (set to null). System.Text.Json reads a missing JSON property as unset and an explicit
/// <c>null</c> as set to null.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
[JsonConverter(typeof(OptionalJsonConverterFactory))]
public readonly struct Optional<T> : IEquatable<Optional<T>>
{
    private readonly T _value;

    /// <summary>Creates a set value.</summary>
    /// <param name="value">The value, which may be null.</param>
    public Optional(T value)
    {
        _value = value;
        HasValue = true;
    }

    /// <summary>An unset value; the same as <c>default</c>.</summary>
    public static Optional<T> Unset => default;

    /// <summary>Whether a value was set (possibly null).</summary>
    public bool HasValue { get; }

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">No value was set.</exception>
    public T Value => HasValue ? _value : throw new InvalidOperationException("Optional value is not set; check HasValue first.");

    /// <summary>The value if set, otherwise <paramref name="defaultValue"/>.</summary>
    /// <param name="defaultValue">What to return when no value was set.</param>
    /// <returns>The value or <paramref name="defaultValue"/>.</returns>
    public T GetValueOrDefault(T defaultValue) => HasValue ? _value : defaultValue;

    /// <summary>Wraps <paramref name="value"/> as a set value.</summary>
    /// <param name="value">The value, which may be null.</param>
    public static implicit operator Optional<T>(T value) => new(value);

    /// <summary>Compares two optionals: both unset, or both set to equal values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Optional<T> left, Optional<T> right) => left.Equals(right);

    /// <summary>The negation of <see cref="op_Equality"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Optional<T> left, Optional<T> right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Optional<T> other) =>
        HasValue == other.HasValue && (!HasValue || EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Optional<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HasValue ? HashCode.Combine(true, _value) : 0;

    /// <summary>The value's text, <c>null</c> for a null value, or <c>unset</c>.</summary>
    /// <returns>A text for logs and debugging.</returns>
    public override string ToString() => HasValue ? _value?.ToString() ?? "null" : "unset";
}
