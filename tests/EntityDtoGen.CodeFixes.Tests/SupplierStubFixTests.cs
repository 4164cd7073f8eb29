using System.Threading.Tasks;
using EntityDtoGen.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace EntityDtoGen.CodeFixes.Tests;

public sealed class SupplierStubFixTests
{
    [Fact]
    public Task AddsTheSupplierToYourPartOfTheMappings() =>
        new FixTest<EntityDtoAnalyzer, SupplierStubFix>(
            """
            using System;
            using EntityDtoGen;

            namespace App;

            [GenerateDtos]
            public class Account
            {
                public int Id { get; set; }

                public required string Name { get; set; }

                [Secret]
                public required byte[] {|#0:KeyHash|} { get; set; }
            }

            public static partial class AccountDtoMappings
            {
                private static string Normalize(string name) => name.Trim();
            }
            """,
            """
            using System;
            using EntityDtoGen;

            namespace App;

            [GenerateDtos]
            public class Account
            {
                public int Id { get; set; }

                public required string Name { get; set; }

                [Secret]
                public required byte[] KeyHash { get; set; }
            }

            public static partial class AccountDtoMappings
            {
                private static string Normalize(string name) => name.Trim();
                private static byte[] CreateKeyHash(AccountCreate source) => throw new System.NotImplementedException("Supply Account.KeyHash for a new Account.");
            }
            """,
            new DiagnosticResult("EDG006", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments("Account", "KeyHash", "it is [Secret]")).RunAsync();

    [Fact]
    public Task AddsTheSupplierBesideTheEntity() =>
        new FixTest<EntityDtoAnalyzer, SupplierStubFix>(
            """
            using System;
            using EntityDtoGen;

            namespace App;

            [GenerateDtos]
            public class User
            {
                public Guid Id { get; set; }

                public required string Email { get; set; }

                [Secret]
                public required string {|#0:HashedPassword|} { get; set; }
            }
            """,
            """
            using System;
            using EntityDtoGen;

            namespace App;

            [GenerateDtos]
            public class User
            {
                public Guid Id { get; set; }

                public required string Email { get; set; }

                [Secret]
                public required string HashedPassword { get; set; }
            }

            static partial class UserDtoMappings
            {
                private static string CreateHashedPassword(UserCreate source) => throw new System.NotImplementedException("Supply User.HashedPassword for a new User.");
            }
            """,
            new DiagnosticResult("EDG006", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments("User", "HashedPassword", "it is [Secret]")).RunAsync();
}
