using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary>Shaped like a generated Update DTO: every member is an <see cref="Optional{T}"/> skipped when unset.</summary>
public sealed record PatchDto
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> DisplayName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<int> Age { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<DateTime?> CompletedAt { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<List<string>> Tags { get; init; }
}

/// <summary>
/// Source-generated metadata for <see cref="PatchDto"/>, with the same web defaults as the reflection tests. The inner
/// types of its <see cref="Optional{T}"/> members are listed too: the documented requirement, since System.Text.Json's
/// generator does not look inside a type that has its own converter.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PatchDto))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(DateTime?))]
[JsonSerializable(typeof(List<string>))]
internal partial class PatchJsonContext : JsonSerializerContext
{
}

/// <summary>A context that forgets the inner types, to check the error says how to fix it.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PatchDto))]
internal partial class IncompletePatchJsonContext : JsonSerializerContext
{
}

public class OptionalSemanticsTests
{
    [Fact]
    public void Default_IsUnset_AndValueThrows()
    {
        Optional<int> value = default;

        Assert.False(value.HasValue);
        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() => value.Value);
        Assert.Equal("Optional value is not set; check HasValue first.", ex.Message);
    }

    [Fact]
    public void ParameterlessConstructor_IsUnset()
    {
        Optional<string?> value = new();

        Assert.False(value.HasValue);
        Assert.Throws<InvalidOperationException>(() => value.Value);
    }

    [Fact]
    public void AssigningNull_IsSetWithNull()
    {
        Optional<string?> value = null;

        Assert.True(value.HasValue);
        Assert.Null(value.Value);
    }

    [Fact]
    public void AssigningNull_ToNullableValueType_IsSetWithNull()
    {
        Optional<DateTime?> value = null;

        Assert.True(value.HasValue);
        Assert.Null(value.Value);
    }

    [Fact]
    public void ImplicitConversion_FromValue_IsSet()
    {
        Optional<int> number = 5;
        Optional<string?> text = "Ann";

        Assert.True(number.HasValue);
        Assert.Equal(5, number.Value);
        Assert.True(text.HasValue);
        Assert.Equal("Ann", text.Value);
    }

    [Fact]
    public void ImplicitConversion_FromDefaultOfT_IsSetNotUnset()
    {
        Optional<int> zero = 0;

        Assert.True(zero.HasValue);
        Assert.Equal(0, zero.Value);
    }

    [Fact]
    public void Constructor_IsSet()
    {
        Optional<int> value = new(42);

        Assert.True(value.HasValue);
        Assert.Equal(42, value.Value);
    }

    [Fact]
    public void GetValueOrDefault_Unset_ReturnsFallback()
    {
        Assert.Equal(7, default(Optional<int>).GetValueOrDefault(7));
        Assert.Equal("fallback", default(Optional<string?>).GetValueOrDefault("fallback"));
    }

    [Fact]
    public void GetValueOrDefault_Set_ReturnsValue()
    {
        Optional<int> number = 3;
        Optional<int> zero = 0;

        Assert.Equal(3, number.GetValueOrDefault(7));
        Assert.Equal(0, zero.GetValueOrDefault(7));
    }

    [Fact]
    public void GetValueOrDefault_SetToNull_ReturnsNullNotFallback()
    {
        Optional<string?> value = null;

        Assert.Null(value.GetValueOrDefault("fallback"));
    }

    [Fact]
    public void Equality_UnsetEqualsUnset()
    {
        Optional<int> left = default;
        Optional<int> right = Optional<int>.Unset;

        Assert.True(left == right);
        Assert.False(left != right);
        Assert.True(left.Equals(right));
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equality_SameSetValuesAreEqual()
    {
        Optional<int> left = 1;
        Optional<int> right = new(1);

        Assert.True(left == right);
        Assert.False(left != right);
        Assert.True(left.Equals(right));
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equality_DifferentSetValuesDiffer()
    {
        Optional<int> left = 1;
        Optional<int> right = 2;

        Assert.False(left == right);
        Assert.True(left != right);
        Assert.False(left.Equals(right));
        Assert.False(left.Equals((object)right));
    }

    [Fact]
    public void Equality_UnsetDiffersFromSetToDefault()
    {
        Optional<int> unset = default;
        Optional<int> zero = 0;

        Assert.False(unset == zero);
        Assert.True(unset != zero);
        Assert.False(unset.Equals(zero));
        Assert.False(zero.Equals(unset));
    }

    [Fact]
    public void Equality_UnsetDiffersFromSetToNull()
    {
        Optional<string?> unset = default;
        Optional<string?> setNull = null;

        Assert.False(unset == setNull);
        Assert.True(unset != setNull);
        Assert.False(unset.Equals(setNull));
    }

    [Fact]
    public void Equality_SetToNullEqualsSetToNull()
    {
        Optional<string?> left = null;
        Optional<string?> right = new(null);

        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equality_WithOtherObjectTypes_IsFalse()
    {
        Optional<int> value = 1;

        Assert.False(value.Equals((object)1));
        Assert.False(value.Equals(null));
        Assert.False(value.Equals((object)new Optional<long>(1)));
    }

    [Fact]
    public void Unset_IsDefaultAndHasNoValue()
    {
        Assert.False(Optional<int>.Unset.HasValue);
        Assert.False(Optional<string?>.Unset.HasValue);
        Assert.True(Optional<int>.Unset == default);
        Assert.Throws<InvalidOperationException>(() => Optional<string?>.Unset.Value);
    }

    [Fact]
    public void ToString_Unset_IsUnset()
    {
        Assert.Equal("unset", default(Optional<int>).ToString());
        Assert.Equal("unset", Optional<string?>.Unset.ToString());
    }

    [Fact]
    public void ToString_SetToNull_IsNull()
    {
        Optional<string?> value = null;

        Assert.Equal("null", value.ToString());
    }

    [Fact]
    public void ToString_SetValue_IsValueText()
    {
        Optional<int> number = 42;
        Optional<string?> text = "Ann";

        Assert.Equal("42", number.ToString());
        Assert.Equal("Ann", text.ToString());
    }
}

public class OptionalJsonTests
{
    public enum Mode
    {
        Reflection,
        SourceGenerated,
    }

    private static readonly JsonSerializerOptions WebOptions = new(JsonSerializerDefaults.Web);

    private static PatchDto Read(string json, Mode mode)
    {
        PatchDto? dto = mode == Mode.Reflection
            ? JsonSerializer.Deserialize<PatchDto>(json, WebOptions)
            : JsonSerializer.Deserialize(json, PatchJsonContext.Default.PatchDto);
        Assert.NotNull(dto);
        return dto;
    }

    private static string Write(PatchDto dto, Mode mode) =>
        mode == Mode.Reflection
            ? JsonSerializer.Serialize(dto, WebOptions)
            : JsonSerializer.Serialize(dto, PatchJsonContext.Default.PatchDto);

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Read_EmptyObject_AllUnset(Mode mode)
    {
        PatchDto dto = Read("{}", mode);

        Assert.False(dto.DisplayName.HasValue);
        Assert.False(dto.Age.HasValue);
        Assert.False(dto.CompletedAt.HasValue);
        Assert.False(dto.Tags.HasValue);
        Assert.Equal(new PatchDto(), dto);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Read_ExplicitNull_IsSetToNull_OthersUnset(Mode mode)
    {
        PatchDto dto = Read("""{"displayName":null}""", mode);

        Assert.True(dto.DisplayName.HasValue);
        Assert.Null(dto.DisplayName.Value);
        Assert.False(dto.Age.HasValue);
        Assert.False(dto.CompletedAt.HasValue);
        Assert.False(dto.Tags.HasValue);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Read_Values_AreSet(Mode mode)
    {
        PatchDto dto = Read("""{"displayName":"Ann","age":3}""", mode);

        Assert.True(dto.DisplayName.HasValue);
        Assert.Equal("Ann", dto.DisplayName.Value);
        Assert.True(dto.Age.HasValue);
        Assert.Equal(3, dto.Age.Value);
        Assert.False(dto.CompletedAt.HasValue);
        Assert.False(dto.Tags.HasValue);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Read_ZeroForValueType_IsSetNotUnset(Mode mode)
    {
        PatchDto dto = Read("""{"age":0}""", mode);

        Assert.True(dto.Age.HasValue);
        Assert.Equal(0, dto.Age.Value);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Read_NullForNonNullableValueType_Throws(Mode mode)
    {
        Assert.Throws<JsonException>(() => Read("""{"age":null}""", mode));
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Read_WrongTokenType_Throws(Mode mode)
    {
        Assert.Throws<JsonException>(() => Read("""{"age":"three"}""", mode));
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Read_NullableValueType_NullAndValue(Mode mode)
    {
        PatchDto nulled = Read("""{"completedAt":null}""", mode);
        PatchDto dated = Read("""{"completedAt":"2024-05-01T10:20:30Z"}""", mode);

        Assert.True(nulled.CompletedAt.HasValue);
        Assert.Null(nulled.CompletedAt.Value);
        Assert.True(dated.CompletedAt.HasValue);
        Assert.Equal(new DateTime(2024, 5, 1, 10, 20, 30, DateTimeKind.Utc), dated.CompletedAt.Value);
        Assert.Equal(DateTimeKind.Utc, dated.CompletedAt.Value!.Value.Kind);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Read_List_IsSetWithElements(Mode mode)
    {
        PatchDto dto = Read("""{"tags":["a","b"]}""", mode);

        Assert.True(dto.Tags.HasValue);
        Assert.Equal(new[] { "a", "b" }, dto.Tags.Value);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Read_EmptyList_IsSetNotUnset(Mode mode)
    {
        PatchDto dto = Read("""{"tags":[]}""", mode);

        Assert.True(dto.Tags.HasValue);
        Assert.Empty(dto.Tags.Value);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Read_AllMembers_LeavesReaderInPlaceForFollowingProperties(Mode mode)
    {
        // Members after a complex value must still be read, so the converter has to consume exactly its value.
        PatchDto dto = Read("""{"tags":["x"],"displayName":"Bo","completedAt":null,"age":9}""", mode);

        Assert.Equal(new[] { "x" }, dto.Tags.Value);
        Assert.Equal("Bo", dto.DisplayName.Value);
        Assert.True(dto.CompletedAt.HasValue);
        Assert.Null(dto.CompletedAt.Value);
        Assert.Equal(9, dto.Age.Value);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Write_OnlyAgeSet_WritesOnlyAge(Mode mode)
    {
        string json = Write(new PatchDto { Age = 3 }, mode);

        Assert.Equal("""{"age":3}""", json);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Write_AgeSetToZero_IsStillWritten(Mode mode)
    {
        string json = Write(new PatchDto { Age = 0 }, mode);

        Assert.Equal("""{"age":0}""", json);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Write_AllUnset_WritesEmptyObject(Mode mode)
    {
        string json = Write(new PatchDto(), mode);

        Assert.Equal("{}", json);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Write_SetToNull_WritesNull(Mode mode)
    {
        string json = Write(new PatchDto { DisplayName = null }, mode);

        Assert.Equal("""{"displayName":null}""", json);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void Write_AllSet_WritesAllInDeclarationOrder(Mode mode)
    {
        PatchDto dto = new()
        {
            DisplayName = "Ann",
            Age = 3,
            CompletedAt = new DateTime(2024, 5, 1, 10, 20, 30, DateTimeKind.Utc),
            Tags = new List<string> { "a", "b" },
        };

        string json = Write(dto, mode);

        Assert.Equal("""{"displayName":"Ann","age":3,"completedAt":"2024-05-01T10:20:30Z","tags":["a","b"]}""", json);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void RoundTrip_List_PreservesElements(Mode mode)
    {
        PatchDto original = new() { Tags = new List<string> { "a", "b \"quoted\"", "" } };

        string json = Write(original, mode);
        PatchDto copy = Read(json, mode);

        Assert.Equal("""{"tags":["a","b \u0022quoted\u0022",""]}""", json);
        Assert.True(copy.Tags.HasValue);
        Assert.Equal(new[] { "a", "b \"quoted\"", "" }, copy.Tags.Value);
        Assert.False(copy.DisplayName.HasValue);
        Assert.False(copy.Age.HasValue);
        Assert.False(copy.CompletedAt.HasValue);
    }

    [Theory]
    [InlineData(Mode.Reflection)]
    [InlineData(Mode.SourceGenerated)]
    public void RoundTrip_PreservesAbsentVersusNull(Mode mode)
    {
        PatchDto original = new() { DisplayName = null, CompletedAt = null, Age = 0 };

        string json = Write(original, mode);
        PatchDto copy = Read(json, mode);

        Assert.Equal("""{"displayName":null,"age":0,"completedAt":null}""", json);
        Assert.True(copy.DisplayName.HasValue);
        Assert.Null(copy.DisplayName.Value);
        Assert.True(copy.CompletedAt.HasValue);
        Assert.Null(copy.CompletedAt.Value);
        Assert.True(copy.Age.HasValue);
        Assert.Equal(0, copy.Age.Value);
        Assert.False(copy.Tags.HasValue);
        Assert.Equal(original, copy);
    }

    [Fact]
    public void Standalone_Unset_WritesNull()
    {
        Assert.Equal("null", JsonSerializer.Serialize(default(Optional<int>), WebOptions));
        Assert.Equal("null", JsonSerializer.Serialize(Optional<string?>.Unset, WebOptions));
    }

    [Fact]
    public void Standalone_Set_WritesBareValue()
    {
        Assert.Equal("5", JsonSerializer.Serialize(new Optional<int>(5), WebOptions));
        Assert.Equal("\"Ann\"", JsonSerializer.Serialize(new Optional<string?>("Ann"), WebOptions));
        Assert.Equal("null", JsonSerializer.Serialize(new Optional<string?>(null), WebOptions));
        Assert.Equal("[\"a\"]", JsonSerializer.Serialize(new Optional<List<string>>(new List<string> { "a" }), WebOptions));
    }

    [Fact]
    public void Standalone_Read_NullIsSetToNull_ValueIsSet()
    {
        Optional<string?> nulled = JsonSerializer.Deserialize<Optional<string?>>("null", WebOptions);
        Optional<int> number = JsonSerializer.Deserialize<Optional<int>>("7", WebOptions);

        Assert.True(nulled.HasValue);
        Assert.Null(nulled.Value);
        Assert.True(number.HasValue);
        Assert.Equal(7, number.Value);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Optional<int>>("null", WebOptions));
    }

    [Fact]
    public void SourceGenerated_ContextExposesPatchDtoMetadata()
    {
        JsonTypeInfo<PatchDto> info = PatchJsonContext.Default.PatchDto;

        Assert.Equal(typeof(PatchDto), info.Type);
        Assert.Equal(new[] { "displayName", "age", "completedAt", "tags" }, info.Properties.Select(p => p.Name));
    }

    [Fact]
    public void SourceGenerated_MissingInnerTypeMetadataExplainsTheFix()
    {
        var error = Assert.Throws<NotSupportedException>(
            () => JsonSerializer.Deserialize("""{"age":3}""", IncompletePatchJsonContext.Default.PatchDto));

        Assert.Contains("Optional<Int32>", error.Message);
        Assert.Contains("[JsonSerializable(typeof(Int32))]", error.Message);
    }

    [Fact]
    public void SourceGenerated_MissingGenericInnerTypeIsNamedAsCSharp()
    {
        var error = Assert.Throws<NotSupportedException>(
            () => JsonSerializer.Deserialize("""{"tags":["a"]}""", IncompletePatchJsonContext.Default.PatchDto));

        Assert.Contains("[JsonSerializable(typeof(List<String>))]", error.Message);
    }
}
