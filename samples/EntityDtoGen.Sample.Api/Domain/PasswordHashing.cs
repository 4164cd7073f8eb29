using System;
using System.Security.Cryptography;
using System.Text;

namespace EntityDtoGen.Sample.Api.Domain;

/// <summary>PBKDF2 with a random salt, stored as "iterations.salt.hash".</summary>
public static class PasswordHashing
{
    private const int Iterations = 100_000;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"{Iterations}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(hash)}";
    }
}
