using System;

namespace EntityDtoGen.EntityFrameworkCore;

/// <summary>The same SQL ran more often than <see cref="QueryGuardOptions.RepeatLimit"/> allows in one context or scope.</summary>
public sealed class QueryGuardException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What repeated, and how often.</param>
    public QueryGuardException(string message)
        : base(message)
    {
    }
}
