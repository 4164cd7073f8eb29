using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Text.Json;
using EntityDtoGen.Behavior.Tests.Domain;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary>The generated Update DTO over JSON and through DataAnnotations validation, as ASP.NET Core uses it.</summary>
public sealed class UpdateDtoTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void EmptyJsonSetsNothing()
    {
        var update = JsonSerializer.Deserialize<UserUpdate>("{}", Web)!;

        Assert.False(update.Email.HasValue);
        Assert.False(update.DisplayName.HasValue);
        Assert.False(update.CoachId.HasValue);
        Assert.False(update.Role.HasValue);
    }

    [Fact]
    public void ExplicitNullIsSetToNull()
    {
        var update = JsonSerializer.Deserialize<UserUpdate>("""{"displayName":null}""", Web)!;

        Assert.True(update.DisplayName.HasValue);
        Assert.Null(update.DisplayName.Value);
        Assert.False(update.Email.HasValue);
    }

    [Fact]
    public void RoundTripKeepsAbsentAndNullApart()
    {
        var update = new UserUpdate { DisplayName = null, Role = Role.Coach };

        var json = JsonSerializer.Serialize(update, Web);

        Assert.Equal("""{"displayName":null,"role":1}""", json);
        Assert.Equal(update, JsonSerializer.Deserialize<UserUpdate>(json, Web));
    }

    [Fact]
    public void JsonPatchAppliedToAnEntity()
    {
        var user = new User { Email = "a@example.com", DisplayName = "Ann" };

        JsonSerializer.Deserialize<UserUpdate>("""{"displayName":null,"coachId":"7d3c1f7e-0000-0000-0000-000000000001"}""", Web)!.ApplyTo(user);

        Assert.Null(user.DisplayName);
        Assert.Equal(Guid.Parse("7d3c1f7e-0000-0000-0000-000000000001"), user.CoachId);
        Assert.Equal("a@example.com", user.Email);
    }

    [Fact]
    public void CreateJsonWithoutARequiredMemberIsRejected() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<UserCreate>("""{"password":"longenough"}""", Web));

    [Fact]
    public void UnsetMembersAreNotValidated() => Assert.Empty(Validate(new UserUpdate()));

    [Fact]
    public void SetMembersAreValidatedWithTheEntityAttributes()
    {
        var results = Validate(new UserUpdate { Email = "not an email", DisplayName = new string('x', 101) });

        Assert.Equal(2, results.Count);
        Assert.Contains(results, r => r.MemberNames.SequenceEqual(["Email"]) && r.ErrorMessage!.Contains("e-mail", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(results, r => r.MemberNames.SequenceEqual(["DisplayName"]) && r.ErrorMessage!.Contains("100"));
    }

    [Fact]
    public void NullForANonNullableMemberIsRejectedButEmptyStringIsLeftToTheRules()
    {
        var nulled = Validate(new UserUpdate { Email = (string)null! });
        var empty = Validate(new AssessmentUpdate { Description = "" });

        Assert.Equal(["Email"], Assert.Single(nulled).MemberNames);
        Assert.Empty(empty);
    }

    [Fact]
    public void RangeAndStringLengthApplyToPresentValues()
    {
        Assert.Equal(["Order"], Assert.Single(Validate(new QuestionUpdate { Order = 0 })).MemberNames);
        Assert.Empty(Validate(new QuestionUpdate { Order = 5 }));
        Assert.Equal(["Title"], Assert.Single(Validate(new AssessmentUpdate { Title = "ab" })).MemberNames);
    }

    private static List<ValidationResult> Validate(object instance)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        return results;
    }
}
