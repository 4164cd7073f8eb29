using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using EntityDtoGen.Behavior.Tests.Domain;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary>The generated mappings run on real entities and carry exactly the values they should.</summary>
public sealed class MappingTests
{
    private static readonly DateTime Created = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

    [Fact]
    public void ToReadCopiesDeclaredAndInheritedMembers()
    {
        var coach = Guid.NewGuid();
        var user = new User
        {
            Id = Guid.NewGuid(),
            CreatedAt = Created,
            Email = "ada@example.com",
            HashedPassword = "secret-hash",
            DisplayName = "Ada",
            CoachId = coach,
            Role = Role.Coach,
        };

        var read = user.ToRead();

        var expected = new UserRead { Id = user.Id, CreatedAt = Created, Email = "ada@example.com", DisplayName = "Ada", CoachId = coach, Role = Role.Coach, Assessments = [] };
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(read));
    }

    [Fact]
    public void ToEntityCopiesCreateMembersAndRunsTheHashHook()
    {
        var create = new UserCreate { Email = "bob@example.com", Password = "hunter2hunter2", DisplayName = null, CoachId = Guid.Empty };

        var user = create.ToEntity();

        Assert.Equal("bob@example.com", user.Email);
        Assert.Null(user.DisplayName);
        Assert.Equal(Guid.Empty, user.CoachId);
        Assert.Equal(Role.Member, user.Role);
        Assert.Equal(FakeHasher.Hash("hunter2hunter2"), user.HashedPassword);
        Assert.Equal(Guid.Empty, user.Id);
        Assert.Equal(default, user.CreatedAt);
    }

    [Fact]
    public void CreateDefaultsRepeatTheEntityInitializers()
    {
        var create = new UserCreate { Email = "c@example.com", Password = "longenough" };
        var assessment = new AssessmentCreate { Title = "Intro", OwnerId = Guid.NewGuid() };

        Assert.Equal(Role.Member, create.Role);
        Assert.Equal("quiz", assessment.Kind);
        Assert.Equal("quiz", assessment.ToEntity().Kind);
    }

    [Fact]
    public void ToEntitySetsARequiredSecretThroughTheSupplierMethod()
    {
        var key = new ApiKeyCreate { Name = "ci", Secret = "abc" }.ToEntity();

        Assert.Equal("ci", key.Name);
        Assert.Equal(FakeHasher.Hash("abc"), key.KeyHash);
    }

    [Fact]
    public void ApplyToChangesOnlySetMembersAndSetsExplicitNulls()
    {
        var coach = Guid.NewGuid();
        var user = new User { Id = Guid.NewGuid(), Email = "old@example.com", DisplayName = "Old", CoachId = coach, HashedPassword = "h" };

        new UserUpdate { DisplayName = null }.ApplyTo(user);

        Assert.Null(user.DisplayName);
        Assert.Equal("old@example.com", user.Email);
        Assert.Equal(coach, user.CoachId);

        new UserUpdate { Email = "new@example.com", CoachId = (Guid?)null }.ApplyTo(user);

        Assert.Equal("new@example.com", user.Email);
        Assert.Null(user.CoachId);
        Assert.Equal("h", user.HashedPassword);
    }

    [Fact]
    public void ApplyToLeavesCreateOnlyMembersAlone()
    {
        Assert.Null(typeof(AssessmentUpdate).GetProperty(nameof(Assessment.Kind)));
        Assert.NotNull(typeof(AssessmentCreate).GetProperty(nameof(Assessment.Kind)));
        Assert.NotNull(typeof(AssessmentRead).GetProperty(nameof(Assessment.Kind)));
    }

    [Theory]
    [InlineData(typeof(UserCreate))]
    [InlineData(typeof(UserRead))]
    [InlineData(typeof(UserUpdate))]
    public void NoUserDtoHasTheSecretHash(Type dto) =>
        Assert.DoesNotContain(nameof(User.HashedPassword), PublicInstanceProperties(dto));

    [Theory]
    [InlineData(typeof(UserCreate))]
    [InlineData(typeof(UserUpdate))]
    public void NoUserInputHasServerManagedMembers(Type dto)
    {
        var properties = PublicInstanceProperties(dto);
        Assert.DoesNotContain(nameof(User.Id), properties);
        Assert.DoesNotContain(nameof(User.CreatedAt), properties);
    }

    [Fact]
    public void ReadHasExactlyTheNonSecretScalars() =>
        Assert.Equal(
            ["Id", "CreatedAt", "Email", "DisplayName", "CoachId", "Role", "Address", "Assessments"],
            PublicInstanceProperties(typeof(UserRead)));

    [Fact]
    public void UpdateMembersAreOptionals() =>
        Assert.All(
            typeof(UserUpdate).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"),
            p => Assert.Equal(typeof(Optional<>), p.PropertyType.GetGenericTypeDefinition()));

    [Fact]
    public void CompositeKeyPartsAreClientSupplied()
    {
        var create = new UserAnswerCreate { UserId = Guid.NewGuid(), QuestionId = Guid.NewGuid(), Score = 7 };

        var answer = create.ToEntity();

        Assert.Equal(create.UserId, answer.UserId);
        Assert.Equal(create.QuestionId, answer.QuestionId);
        Assert.Equal(7, answer.Score);
    }

    private static string[] PublicInstanceProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => p.Name)
            .ToArray();
}
