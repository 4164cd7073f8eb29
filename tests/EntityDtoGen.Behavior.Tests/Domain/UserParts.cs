using System.ComponentModel.DataAnnotations;
using EntityDtoGen;
using System.Linq;

namespace EntityDtoGen.Behavior.Tests.Domain;

public partial record UserCreate
{
    [Secret, Required, MinLength(8)]
    public required string Password { get; init; }
}

public partial record ApiKeyUpdate
{
    [Secret]
    public string? RotationToken { get; init; }
}

public static partial class UserDtoMappings
{
    static partial void OnToEntity(UserCreate source, User entity) => entity.HashedPassword = FakeHasher.Hash(source.Password);
}

public partial record ApiKeyCreate
{
    public required string Secret { get; init; }
}

public static partial class ApiKeyDtoMappings
{
    private static string CreateKeyHash(ApiKeyCreate source) => FakeHasher.Hash(source.Secret);
}

public static class FakeHasher
{
    public static string Hash(string value) => "hashed:" + new string(value.ToCharArray().Reverse().ToArray());
}
