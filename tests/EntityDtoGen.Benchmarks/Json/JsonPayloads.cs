using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EntityDtoGen.Benchmarks.Mapping;
using EntityDtoGen.Benchmarks.Queries;

namespace EntityDtoGen.Benchmarks.Json;

/// <summary>The four designs, each as Web-default options with one resolver.</summary>
public static class JsonDesigns
{
    /// <summary>(a) Reflection-based System.Text.Json.</summary>
    public static JsonSerializerOptions Reflection() => Web(new DefaultJsonTypeInfoResolver());

    /// <summary>(b) The generated metadata (what ships).</summary>
    public static JsonSerializerOptions Generated() => Web(DtoJson.Resolver);

    /// <summary>(c) System.Text.Json's source generator, on the hand-written twins of the DTOs.</summary>
    public static JsonSerializerOptions SourceGenerated() => Web(StjContext.Default);

    /// <summary>(d) A hand-written converter per DTO.</summary>
    public static JsonSerializerOptions Converter() => Web(DtoConverterResolver.Instance);

    private static JsonSerializerOptions Web(IJsonTypeInfoResolver resolver)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = resolver };
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>
/// The payloads: a <see cref="UserRead"/> with 5 nested <see cref="AssessmentRead"/> (shaped like the query benchmark's
/// data: nullable members both null and set), and a PATCH-like <see cref="ItemUpdate"/> with 7 of 15 members set, two of
/// them to an explicit null. <see cref="Verify"/> checks that the four designs agree before anything is timed.
/// </summary>
public static class JsonPayloads
{
    public static readonly UserRead User = new()
    {
        Id = 4217,
        Email = "ada.lovelace@example.com",
        DisplayName = "Ada Lovelace",
        CreatedAt = new DateTime(2024, 1, 3, 9, 15, 30, DateTimeKind.Utc),
        Assessments = Enumerable.Range(0, 5).Select(a => new AssessmentRead
        {
            Id = 90_001 + a,
            Title = $"Assessment {a + 1}: fundamentals of analytical engines",
            Description = a % 2 == 0 ? null : "Notes on the Bernoulli numbers, part " + a,
            OwnerId = 4217,
            CompletedAt = a % 3 == 0 ? null : new DateTime(2024, 2, 1 + a, 14, 30, 0, DateTimeKind.Utc),
            Score = 61 + (7 * a),
        }).ToList(),
    };

    public static readonly StjUserRead StjUser = new()
    {
        Id = User.Id,
        Email = User.Email,
        DisplayName = User.DisplayName,
        CreatedAt = User.CreatedAt,
        Assessments = User.Assessments.Select(a => new StjAssessmentRead
        {
            Id = a.Id,
            Title = a.Title,
            Description = a.Description,
            OwnerId = a.OwnerId,
            CompletedAt = a.CompletedAt,
            Score = a.Score,
        }).ToList(),
    };

    public static readonly ItemUpdate Update = new()
    {
        Name = "Espresso machine, dual boiler",
        Description = null,
        Quantity = 7,
        Price = 999.99m,
        DiscountPrice = null,
        Status = ItemStatus.Archived,
        PublishedOn = new DateTime(2024, 6, 1, 8, 0, 0, DateTimeKind.Utc),
    };

    public static readonly StjItemUpdate StjUpdate = new()
    {
        Name = Update.Name,
        Description = Update.Description,
        Sku = Update.Sku,
        Quantity = Update.Quantity,
        ReorderLevel = Update.ReorderLevel,
        Views = Update.Views,
        Price = Update.Price,
        DiscountPrice = Update.DiscountPrice,
        Rating = Update.Rating,
        IsActive = Update.IsActive,
        Status = Update.Status,
        ListedOn = Update.ListedOn,
        PublishedOn = Update.PublishedOn,
        CategoryId = Update.CategoryId,
        Priority = Update.Priority,
    };

    /// <summary>Serializes with a fresh writer (the benchmarks reuse one).</summary>
    public static string Serialize<T>(T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));

    public static T Deserialize<T>(string json, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))!;

    /// <summary>
    /// Throws unless the four designs write identical JSON for both payloads and read back equal objects, for the
    /// canonical JSON and for variants that exercise the contract: other casing, unknown members, escaped names, another
    /// member order, missing required members, absent vs null Update members.
    /// </summary>
    public static void Verify(JsonSerializerOptions reflection, JsonSerializerOptions generated, JsonSerializerOptions sourceGenerated, JsonSerializerOptions converter)
    {
        // Serialization: byte for byte.
        var userJson = Serialize(User, reflection);
        Same("UserRead: serialize", userJson, Serialize(User, generated), Serialize(StjUser, sourceGenerated), Serialize(User, converter));
        var updateJson = Serialize(Update, reflection);
        Same("ItemUpdate: serialize", updateJson, Serialize(Update, generated), Serialize(StjUpdate, sourceGenerated), Serialize(Update, converter));
        if (updateJson != """{"name":"Espresso machine, dual boiler","description":null,"quantity":7,"price":999.99,"discountPrice":null,"status":2,"publishedOn":"2024-06-01T08:00:00Z"}""")
        {
            throw new InvalidOperationException("ItemUpdate: unexpected JSON (unset members must be left out, explicit nulls written): " + updateJson);
        }

        // Deserialization: the canonical JSON, then variants that must read to the same object.
        var userVariants = new Dictionary<string, string>
        {
            ["canonical"] = userJson,
            ["PascalCase names"] = userJson.Replace("\"id\":", "\"Id\":").Replace("\"email\":", "\"Email\":").Replace("\"assessments\":", "\"Assessments\":").Replace("\"title\":", "\"Title\":"),
            ["upper-case names"] = userJson.Replace("\"displayName\":", "\"DISPLAYNAME\":").Replace("\"completedAt\":", "\"COMPLETEDAT\":"),
            ["unknown members"] = userJson.Replace("{\"id\":", "{\"extra\":{\"a\":[1,{\"b\":null}],\"c\":\"d\"},\"id\":").Replace("\"score\":", "\"unknown\":[true,false],\"score\":"),
            ["escaped names"] = userJson.Replace("\"email\":", "\"\\u0065mail\":").Replace("\"title\":", "\"ti\\u0074le\":"),
            ["member order"] = ReorderUser(),
        };
        foreach (var (variant, json) in userVariants)
        {
            var scenario = "UserRead: deserialize " + variant;
            SameObjects(scenario, User, Deserialize<UserRead>(json, reflection), Deserialize<UserRead>(json, generated), Deserialize<StjUserRead>(json, sourceGenerated), Deserialize<UserRead>(json, converter));
        }

        var updateVariants = new Dictionary<string, string>
        {
            ["canonical"] = updateJson,
            ["PascalCase names"] = updateJson.Replace("\"name\":", "\"Name\":").Replace("\"discountPrice\":", "\"DiscountPrice\":"),
            ["unknown members"] = updateJson.Replace("{\"name\":", "{\"id\":42,\"name\":"),
            ["member order"] = """{"publishedOn":"2024-06-01T08:00:00Z","status":2,"discountPrice":null,"price":999.99,"quantity":7,"description":null,"name":"Espresso machine, dual boiler"}""",
        };
        foreach (var (variant, json) in updateVariants)
        {
            var scenario = "ItemUpdate: deserialize " + variant;
            SameObjects(scenario, Update, Deserialize<ItemUpdate>(json, reflection), Deserialize<ItemUpdate>(json, generated), Deserialize<StjItemUpdate>(json, sourceGenerated), Deserialize<ItemUpdate>(json, converter));
        }

        // Absent stays unset, null sets null: on every design.
        foreach (var update in new[] { Deserialize<ItemUpdate>(updateJson, reflection), Deserialize<ItemUpdate>(updateJson, generated), Deserialize<ItemUpdate>(updateJson, converter) })
        {
            if (update.Sku.HasValue || !update.Description.HasValue || update.Description.Value is not null || !update.DiscountPrice.HasValue || update.DiscountPrice.Value is not null)
            {
                throw new InvalidOperationException("ItemUpdate: absent members must stay unset and explicit nulls must be set to null.");
            }
        }

        var empty = new ItemUpdate();
        SameObjects("ItemUpdate: deserialize {}", empty, Deserialize<ItemUpdate>("{}", reflection), Deserialize<ItemUpdate>("{}", generated), Deserialize<StjItemUpdate>("{}", sourceGenerated), Deserialize<ItemUpdate>("{}", converter));
        Same("ItemUpdate: serialize unset", "{}", Serialize(empty, reflection), Serialize(empty, generated), Serialize(new StjItemUpdate(), sourceGenerated), Serialize(empty, converter));

        // Required members: missing is an error on every design, at the top level and in the nested list.
        foreach (var (member, json) in new[]
        {
            ("email", userJson.Replace("\"email\":\"ada.lovelace@example.com\",", "")),
            ("assessments", userJson[..userJson.IndexOf(",\"assessments\":", StringComparison.Ordinal)] + "}"),
            ("title", userJson.Replace("\"title\":\"Assessment 3: fundamentals of analytical engines\",", "")),
        })
        {
            Throws("UserRead: missing " + member + ", reflection", () => Deserialize<UserRead>(json, reflection));
            Throws("UserRead: missing " + member + ", generated", () => Deserialize<UserRead>(json, generated));
            Throws("UserRead: missing " + member + ", STJ source generator", () => Deserialize<StjUserRead>(json, sourceGenerated));
            Throws("UserRead: missing " + member + ", converter", () => Deserialize<UserRead>(json, converter));
        }
    }

    private static string ReorderUser()
    {
        var assessments = string.Join(",", User.Assessments.Select(a =>
            $$"""{"score":{{a.Score}},"completedAt":{{(a.CompletedAt is { } c ? "\"" + c.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture) + "\"" : "null")}},"ownerId":{{a.OwnerId}},"description":{{(a.Description is null ? "null" : "\"" + a.Description + "\"")}},"title":"{{a.Title}}","id":{{a.Id}}}"""));
        return $$"""{"assessments":[{{assessments}}],"createdAt":"2024-01-03T09:15:30Z","displayName":"{{User.DisplayName}}","email":"{{User.Email}}","id":{{User.Id}}}""";
    }

    private static void Same(string scenario, string expected, params string[] actual)
    {
        string[] designs = ["generated metadata", "STJ source generator", "converter"];
        for (var i = 0; i < actual.Length; i++)
        {
            if (actual[i] != expected)
            {
                throw new InvalidOperationException($"{scenario}: {designs[i]} differs from reflection.\nreflection {expected}\n{designs[i]} {actual[i]}");
            }
        }
    }

    private static void SameObjects(string scenario, object expected, params object[] actual)
    {
        string[] designs = ["reflection", "generated metadata", "STJ source generator", "converter"];
        for (var i = 0; i < actual.Length; i++)
        {
            if (Difference(expected, actual[i], "$") is { } difference)
            {
                throw new InvalidOperationException($"{scenario}: {designs[i]} read a different object: {difference}");
            }
        }
    }

    private static void Throws(string scenario, Action read)
    {
        try
        {
            read();
        }
        catch (JsonException)
        {
            return;
        }

        throw new InvalidOperationException(scenario + ": expected a JsonException.");
    }

    /// <summary>
    /// Where two objects differ, or null: the same public properties by name (so a generated DTO and its hand-written twin
    /// compare), lists item by item, <see cref="Optional{T}"/> and scalars by <see cref="object.Equals(object)"/>.
    /// </summary>
    private static string? Difference(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {expected ?? "null"} vs {actual ?? "null"}";
        }

        if (expected is IList expectedList && actual is IList actualList)
        {
            if (expectedList.Count != actualList.Count)
            {
                return $"{path}: {expectedList.Count} items vs {actualList.Count}";
            }

            for (var i = 0; i < expectedList.Count; i++)
            {
                if (Difference(expectedList[i], actualList[i], $"{path}[{i}]") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        var type = expected.GetType();
        if (type.Namespace?.StartsWith("EntityDtoGen.Benchmarks", StringComparison.Ordinal) == true && !type.IsEnum)
        {
            var actualProperties = actual.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).ToDictionary(p => p.Name);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!actualProperties.TryGetValue(property.Name, out var other))
                {
                    return $"{path}.{property.Name}: missing";
                }

                if (Difference(property.GetValue(expected), other.GetValue(actual), path + "." + property.Name) is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        // Optional<T> of the generated DTO vs Optional<T> of the twin: same type, Equals compares HasValue and value.
        return expected.Equals(actual) ? null : $"{path}: {expected} vs {actual}";
    }
}
