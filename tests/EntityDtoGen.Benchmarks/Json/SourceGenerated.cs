using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using EntityDtoGen.Benchmarks.Mapping;

namespace EntityDtoGen.Benchmarks.Json;

// Design (c): System.Text.Json's own source generator. A generator cannot see another generator's output, so STJ's
// generator cannot describe UserRead or ItemUpdate; these hand-written records have exactly their members, types,
// order, `required` and `init` (and, for the Update DTO, Optional<T> members skipped when unset, as generated).

public sealed record StjAssessmentRead
{
    public int Id { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public int OwnerId { get; init; }

    public DateTime? CompletedAt { get; init; }

    public int Score { get; init; }
}

public sealed record StjUserRead
{
    public int Id { get; init; }

    public required string Email { get; init; }

    public string? DisplayName { get; init; }

    public DateTime CreatedAt { get; init; }

    public required IReadOnlyList<StjAssessmentRead> Assessments { get; init; }
}

public sealed record StjItemUpdate
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> Description { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> Sku { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<int> Quantity { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<int?> ReorderLevel { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<long> Views { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<decimal> Price { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<decimal?> DiscountPrice { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<double> Rating { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> IsActive { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<ItemStatus> Status { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<DateTime> ListedOn { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<DateTime?> PublishedOn { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<Guid?> CategoryId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<short> Priority { get; init; }
}

/// <summary>
/// The source-generated context, with the same Web defaults as the other rows. STJ's generator does not look inside a
/// type with its own converter (<see cref="Optional{T}"/>), so the inner types are listed, as documented.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StjUserRead))]
[JsonSerializable(typeof(StjItemUpdate))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(int?))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(decimal?))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(ItemStatus))]
[JsonSerializable(typeof(DateTime))]
[JsonSerializable(typeof(DateTime?))]
[JsonSerializable(typeof(Guid?))]
[JsonSerializable(typeof(short))]
internal sealed partial class StjContext : JsonSerializerContext
{
}
