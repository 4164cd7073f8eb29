using System;
using System.Collections.Generic;
using EntityDtoGen.Behavior.Tests.Domain;
using Microsoft.Extensions.Logging;
using Xunit;

namespace EntityDtoGen.Behavior.Tests;

/// <summary>A [Secret] member that users add to their own DTO part never reaches a log line through ToString().</summary>
public sealed class SecretToStringTests
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public void ALoggedCreateDtoMasksThePassword()
    {
        var sink = new CapturingLoggerProvider();
        using (var factory = LoggerFactory.Create(builder => builder.AddProvider(sink)))
        {
            var logger = factory.CreateLogger("Users");
            var create = new UserCreate { Email = "ada@example.com", Password = Password, DisplayName = "Ada" };
            logger.LogInformation("Creating {User}", create);
        }

        var message = Assert.Single(sink.Messages);
        Assert.DoesNotContain(Password, message);
        Assert.Contains("Password = ***", message);
        Assert.Contains("Email = ada@example.com", message);
        Assert.Contains("DisplayName = Ada", message);
    }

    [Fact]
    public void ToStringPrintsEveryOtherMemberAsARecordWould()
    {
        var update = new ApiKeyUpdate { Name = "ci", RotationToken = Password };

        Assert.Equal("ApiKeyUpdate { Name = ci, RotationToken = *** }", update.ToString());
    }

    [Fact]
    public void DtosWithoutSecretsKeepTheCompilersToString() =>
        Assert.Equal("QuestionRead { Id = 00000000-0000-0000-0000-000000000000, CreatedAt = 01/01/0001 00:00:00, AssessmentId = 00000000-0000-0000-0000-000000000000, Text = t, Order = 2 }",
            FormattableString.Invariant($"{new QuestionRead { Text = "t", Order = 2 }}"));

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(Messages);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Add(formatter(state, exception));
        }
    }
}
