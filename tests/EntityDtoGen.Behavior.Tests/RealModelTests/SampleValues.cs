using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.NetworkInformation;
using System.Reflection;

namespace EntityDtoGen.Behavior.Tests.RealModelTests;

/// <summary>A value of the asked type that differs from its default, so a round trip that drops it shows.</summary>
public static class SampleValues
{
    public static object For(Type type, string member)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => "sample " + member,
            _ when underlying == typeof(int) => 7,
            _ when underlying == typeof(long) => 7L,
            _ when underlying == typeof(short) => (short)7,
            _ when underlying == typeof(byte) => (byte)7,
            _ when underlying == typeof(bool) => true,
            _ when underlying == typeof(decimal) => 12.5m,
            _ when underlying == typeof(double) => 2.5d,
            _ when underlying == typeof(float) => 2.5f,
            _ when underlying == typeof(Guid) => new Guid("6f9619ff-8b86-d011-b42d-00c04fc964ff"),
            _ when underlying == typeof(DateTime) => new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc),
            _ when underlying == typeof(DateTimeOffset) => new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
            _ when underlying == typeof(DateOnly) => new DateOnly(2024, 5, 6),
            _ when underlying == typeof(TimeOnly) => new TimeOnly(7, 8, 9),
            _ when underlying == typeof(TimeSpan) => TimeSpan.FromMinutes(42),
            _ when underlying == typeof(byte[]) => new byte[] { 1, 2, 3 },
            _ when underlying == typeof(IPAddress) => IPAddress.Parse("198.51.100.7"),
            _ when underlying == typeof(PhysicalAddress) => PhysicalAddress.Parse("00-11-22-33-44-55"),
            { IsEnum: true } => Enum.GetValues(underlying).Cast<object>().Last(),
            _ => Construct(underlying, member),
        };
    }

    /// <summary>
    /// A value object: one of the type's own static instances (<c>Colour.Blue</c>) when it has them, else its public
    /// constructor with sample arguments.
    /// </summary>
    private static object Construct(Type type, string member)
    {
        var instances = type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == type).Select(p => p.GetValue(null))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == type).Select(f => f.GetValue(null)))
            .ToList();
        if (instances.Count > 0)
        {
            return instances[^1]!;
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException("no sample value for " + type);
        return constructor.Invoke(constructor.GetParameters().Select(p => For(p.ParameterType, member + "." + p.Name)).ToArray());
    }

    /// <summary>Equal values, collections compared item by item.</summary>
    public static bool Same(object? expected, object? actual) =>
        expected is IEnumerable first and not string && actual is IEnumerable second
            ? first.Cast<object?>().SequenceEqual(second.Cast<object?>())
            : Equals(expected, actual);

    public static IEnumerable<PropertyInfo> Members(Type dto) =>
        dto.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0);
}
