using System;
using System.Collections.Generic;
using System.Linq;
using EntityDtoGen.Model;
using Microsoft.CodeAnalysis;

namespace EntityDtoGen.Parsing;

/// <summary>
/// The built-in conventions that make a member secret or server-managed without a marker (SPEC "What the generator
/// reads"). docs/attributes.md lists the same words; keep the two in step.
/// </summary>
internal static class NameConventions
{
    /// <summary>Words that say a member holds a credential, matched as whole words anywhere in the member name.</summary>
    public static readonly string[] SensitiveWords =
    [
        "Password", "Passwd", "Pwd", "Passphrase", "Salt", "SecurityStamp", "Secret",
        "ApiKey", "PrivateKey", "SigningKey", "EncryptionKey",
        "AccessToken", "RefreshToken", "OAuthToken", "IdToken", "AuthToken", "BearerToken", "SessionToken", "ResetToken",
        "CardNumber", "Cvv", "Cvv2", "Cvc", "Cvc2", "SecurityCode", "CardCode", "SecurityNumber",
        "ConnectionString",
    ];

    private static readonly string[] AuditPrefixes = ["Created", "Updated", "Modified", "LastModified", "LastUpdated", "Deleted"];

    private static readonly string[] AuditSuffixes = ["", "At", "On", "OnUtc", "AtUtc", "Utc", "Date", "DateUtc", "Time", "TimeUtc", "By", "ById", "ByUser", "ByUserId"];

    /// <summary>Audit names that do not follow the prefix and suffix pattern (ABP's and other common spellings).</summary>
    private static readonly string[] OtherAuditNames =
    [
        "DateCreated", "DateModified", "DateUpdated", "DateDeleted", "CreationTime", "CreationDate", "LastModificationTime",
        "DeletionTime", "CreatorId", "CreatorUserId", "LastModifierId", "LastModifierUserId", "DeleterId", "DeleterUserId", "IsDeleted",
    ];

    public static readonly HashSet<string> AuditNames = new(
        AuditPrefixes.SelectMany(prefix => AuditSuffixes.Select(suffix => prefix + suffix)).Concat(OtherAuditNames),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>ASP.NET Core Identity's entity base types, by metadata name, and what they do with the members they declare.</summary>
    private static readonly (string Type, string[] Secrets, string[] Managed)[] IdentityTypes =
    [
        ("Microsoft.AspNetCore.Identity.IdentityUser`1",
            ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"],
            ["NormalizedUserName", "NormalizedEmail", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd", "LockoutEnabled", "AccessFailedCount"]),
        ("Microsoft.AspNetCore.Identity.IdentityRole`1", ["ConcurrencyStamp"], ["NormalizedName"]),
        ("Microsoft.AspNetCore.Identity.IdentityUserToken`1", ["Value"], []),
    ];

    /// <summary>The credential word the name contains as whole words (<c>HashedPassword</c>: Password), or null.</summary>
    public static string? SensitiveWord(string name)
    {
        var words = Words(name);
        for (var start = 0; start < words.Count; start++)
        {
            var run = string.Empty;
            for (var end = start; end < words.Count; end++)
            {
                run += words[end];
                foreach (var word in SensitiveWords)
                {
                    if (string.Equals(run, word, StringComparison.OrdinalIgnoreCase))
                    {
                        return word;
                    }
                }
            }
        }

        return null;
    }

    public static bool IsAuditName(string name) => AuditNames.Contains(name.Replace("_", string.Empty));

    /// <summary>How Identity treats the property: by the Identity base type that declares it (or the property it overrides).</summary>
    public static IdentityRole Identity(IPropertySymbol property)
    {
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            foreach (var (type, secrets, managed) in IdentityTypes)
            {
                if (current.ContainingType.OriginalDefinition.HasMetadataName(type))
                {
                    return secrets.Contains(property.Name) ? IdentityRole.Secret
                        : managed.Contains(property.Name) ? IdentityRole.Managed
                        : IdentityRole.None;
                }
            }
        }

        return IdentityRole.None;
    }

    /// <summary>
    /// Splits a member name into words: at underscores, between a lower-case letter and an upper-case one, between
    /// letters and digits, and before the last capital of a run followed by a lower-case letter (<c>APIKey</c>: API, Key).
    /// </summary>
    public static List<string> Words(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            var boundary = i == name.Length || !char.IsLetterOrDigit(name[i]);
            if (!boundary && i > start)
            {
                var previous = name[i - 1];
                var current = name[i];
                boundary = (char.IsLower(previous) && char.IsUpper(current))
                    || (char.IsLetter(previous) != char.IsLetter(current))
                    || (char.IsUpper(previous) && char.IsUpper(current) && i + 1 < name.Length && char.IsLower(name[i + 1]));
                if (boundary)
                {
                    words.Add(name.Substring(start, i - start));
                    start = i;
                }

                continue;
            }

            if (boundary)
            {
                if (i > start)
                {
                    words.Add(name.Substring(start, i - start));
                }

                start = i + 1;
            }
        }

        return words;
    }
}
