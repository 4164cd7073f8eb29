using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EntityDtoGen.Behavior.Tests.Domain;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary>A label with collection and constant defaults, and a user part with its own JSON attributes.</summary>
[GenerateDtos]
public class Label
{
    public int Id { get; set; }

    public string Color { get; set; } = "blue";

    public List<string> Aliases { get; set; } = [];

    public Role Audience { get; set; }
}

public partial record LabelRead
{
    [JsonPropertyName("shown")]
    public string Display => Color + "!";

    [JsonIgnore]
    public string Hidden => "never in JSON";

    [JsonPropertyOrder(-1)]
    public int Rank { get; set; }
}

/// <summary>What an app's own source-generated context adds: its own types, such as the owned <see cref="Address"/>.</summary>
[JsonSerializable(typeof(Address))]
internal sealed partial class AppJsonContext : JsonSerializerContext;

/// <summary>
/// The generated <c>DtoJson.Resolver</c> as the only source of metadata besides the app's own context, as with
/// reflection turned off: every DTO and shape reads and writes what reflection-based serialization does.
/// </summary>
public sealed class JsonMetadataTests
{
    public static TheoryData<string> Policies => ["camel", "none", "snake"];

    [Theory]
    [MemberData(nameof(Policies))]
    public void EveryDtoAndShapeWritesWhatReflectionWritesAndReadsItBack(string policy)
    {
        var generated = Generated(policy);
        var reflection = Reflection(policy);
        foreach (var value in Samples())
        {
            var type = value.GetType();
            var expected = JsonSerializer.Serialize(value, type, reflection);

            var written = JsonSerializer.Serialize(value, type, generated);

            Assert.Equal(expected, written);
            var readBack = JsonSerializer.Deserialize(written, type, generated)!;
            Assert.Equal(expected, JsonSerializer.Serialize(readBack, type, reflection));
            Assert.Equal(JsonSerializer.Deserialize(expected, type, reflection)!.ToString(), readBack.ToString());
        }
    }

    [Fact]
    public void AnUpdateTellsAbsentFromNullAndWritesOnlyWhatIsSet()
    {
        var options = Generated("camel");

        var absent = JsonSerializer.Deserialize<UserUpdate>("{}", options)!;
        var cleared = JsonSerializer.Deserialize<UserUpdate>("""{"displayName":null}""", options)!;
        var set = JsonSerializer.Deserialize<UserUpdate>("""{"displayName":"Ada","role":1}""", options)!;

        Assert.False(absent.DisplayName.HasValue);
        Assert.False(absent.Role.HasValue);
        Assert.True(cleared.DisplayName.HasValue);
        Assert.Null(cleared.DisplayName.Value);
        Assert.Equal("Ada", set.DisplayName.Value);
        Assert.Equal(Role.Coach, set.Role.Value);
        Assert.Equal("{}", JsonSerializer.Serialize(absent, options));
        Assert.Equal("""{"displayName":null}""", JsonSerializer.Serialize(cleared, options));
        Assert.Equal("""{"displayName":"Ada","role":1}""", JsonSerializer.Serialize(set, options));
    }

    [Theory]
    [InlineData("""{"score":null}""")]
    [InlineData("""{"score":"many"}""")]
    [InlineData("""{"score":true}""")]
    public void AnInvalidOptionalValueIsAJsonErrorAtItsPath(string body)
    {
        foreach (var options in new[] { Generated("camel"), Reflection("camel") })
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UserAnswerUpdate>(body, options));

            Assert.Equal("$.score", error.Path);
        }
    }

    [Fact]
    public void RequiredMembersMissingFromTheBodyAreAJsonError()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UserCreate>("""{"displayName":"x"}""", Generated("camel")));

        Assert.Contains("'email'", error.Message);
        Assert.Contains("'password'", error.Message);
    }

    [Fact]
    public void OptionsConvertersAndNumberHandlingApplyAsWithReflection()
    {
        var options = Generated("camel");
        options.Converters.Add(new JsonStringEnumConverter<Role>());

        var read = JsonSerializer.Deserialize<UserCreate>("""{"email":"a@example.com","password":"long-enough","role":"Coach","coachId":null}""", options)!;
        const string quoted = """{"userId":"6f1c6f9e-2f7b-4a4e-9d55-0c2b8f0a1e01","questionId":"6f1c6f9e-2f7b-4a4e-9d55-0c2b8f0a1e02","score":"7"}""";
        var answer = JsonSerializer.Deserialize<UserAnswerCreate>(quoted, Generated("camel"))!;

        Assert.Equal(Role.Coach, read.Role);
        Assert.Contains("\"role\":\"Coach\"", JsonSerializer.Serialize(read, options));
        // JsonSerializerDefaults.Web reads numbers from strings.
        Assert.Equal(7, answer.Score);
        Assert.Equal(JsonSerializer.Deserialize<UserAnswerCreate>(quoted, Reflection("camel")), answer);
    }

    [Fact]
    public void WithRespectNullableAnnotationsNullIsRefusedForANonNullableInitMemberAsWithReflection()
    {
        const string nullEmail = """{"email":null,"password":"long-enough","displayName":null}""";
        const string nullName = """{"email":"a@example.com","password":"long-enough","displayName":null}""";
        foreach (var options in new[] { Generated("camel"), Reflection("camel") })
        {
            options.RespectNullableAnnotations = true;

            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UserCreate>(nullEmail, options));
            Assert.Contains("email", error.Message);
            Assert.Null(JsonSerializer.Deserialize<UserCreate>(nullName, options)!.DisplayName);
        }

        var lenient = JsonSerializer.Deserialize<UserCreate>(nullEmail, Generated("camel"))!;
        Assert.Null(lenient.Email);
    }

    [Fact]
    public void AMemberLeftOutOfTheBodyKeepsItsDefault()
    {
        var label = JsonSerializer.Deserialize<LabelCreate>("""{"audience":0}""", Generated("camel"))!;
        var withNull = JsonSerializer.Deserialize<LabelCreate>("""{"audience":0,"aliases":null}""", Generated("camel"))!;
        var given = JsonSerializer.Deserialize<LabelCreate>("""{"audience":0,"color":"red","aliases":["a"]}""", Generated("camel"))!;

        Assert.Equal("blue", label.Color);
        Assert.NotNull(label.Aliases);
        Assert.Empty(label.Aliases);
        Assert.Empty(withNull.Aliases);
        Assert.Equal("red", given.Color);
        Assert.Equal(["a"], given.Aliases);
    }

    [Fact]
    public void EntitiesAndTheTypesLeftToTheChainAreNotDescribed()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = DtoJson.Resolver };
        var user = new User { Email = "a@example.com", HashedPassword = "secret" };
        var read = user.ToRead() with { Address = new Address { City = "Oslo" } };

        // An entity never gets metadata: with reflection off it cannot be written by mistake, secret and all.
        var entity = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(user, options));
        var value = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(read, options));

        Assert.Contains(nameof(User), entity.Message);
        Assert.Contains(nameof(Address), value.Message);
        var described = ((DtoJsonResolver)DtoJson.Resolver).Types.ToList();
        Assert.Contains(typeof(UserCreate), described);
        Assert.Contains(typeof(UserListItem), described);
        Assert.Contains(typeof(Optional<Role>), described);
        Assert.Contains(typeof(IReadOnlyList<AssessmentRead>), described);
        Assert.Contains(typeof(List<UserRead>), described);
        Assert.Contains(typeof(IAsyncEnumerable<UserListItem>), described);
        Assert.DoesNotContain(described, t => t == typeof(User) || t == typeof(Assessment) || t == typeof(Address));
    }

    private static IEnumerable<object> Samples()
    {
        var owner = new User { Id = Guid.NewGuid(), Email = "owner@example.com", HashedPassword = "secret", DisplayName = "Owner", Role = Role.Coach, Address = new Address { City = "Oslo" }, CreatedAt = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc) };
        var assessment = new Assessment { Id = Guid.NewGuid(), Title = "Skills", Owner = owner, OwnerId = owner.Id, CompletedAt = DateTime.UnixEpoch };
        assessment.Questions.Add(new Question { Id = Guid.NewGuid(), Text = "Why?", Order = 2, AssessmentId = assessment.Id });
        owner.Assessments.Add(assessment);
        yield return owner.ToRead();
        yield return assessment.ToRead();
        yield return owner.ToUserListItem();
        yield return assessment.ToAssessmentCard();
        yield return new UserCreate { Email = "new@example.com", Password = "long-enough", DisplayName = null, Role = Role.Coach, Address = new Address { City = "Bergen" } };
        yield return new UserUpdate { DisplayName = null, Role = Role.Member };
        yield return new AssessmentCreate { Title = "Quiz", OwnerId = Guid.NewGuid() };
        yield return new UserAnswerRead { UserId = Guid.NewGuid(), QuestionId = Guid.NewGuid(), Score = 7 };
        yield return new LabelRead { Id = 3, Color = "green", Aliases = ["g", "verde"], Audience = Role.Coach, Rank = 2 };
        yield return new LabelCreate { Aliases = [], Audience = Role.Member };
    }

    private static JsonSerializerOptions Generated(string policy) =>
        new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = Policy(policy), TypeInfoResolver = JsonTypeInfoResolver.Combine(DtoJson.Resolver, AppJsonContext.Default) };

    private static JsonSerializerOptions Reflection(string policy) =>
        new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = Policy(policy), TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static JsonNamingPolicy? Policy(string policy) => policy switch
    {
        "camel" => JsonNamingPolicy.CamelCase,
        "snake" => JsonNamingPolicy.SnakeCaseLower,
        _ => null,
    };
}
