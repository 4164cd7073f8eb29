namespace EntityDtoGen.EntityFrameworkCore;

/// <summary>What <see cref="QueryGuard"/> does when a query repeats.</summary>
public enum QueryGuardAction
{
    /// <summary>Log a warning through the context's logger (for development).</summary>
    Log,

    /// <summary>Throw a <see cref="QueryGuardException"/> from the command that went over the limit (for tests).</summary>
    Throw,
}

/// <summary>The limit of <see cref="QueryGuard"/> and what it does beyond it.</summary>
public sealed class QueryGuardOptions
{
    /// <summary>How many times the same SQL may run in one context or scope before it counts as N+1. Default 5.</summary>
    public int RepeatLimit { get; set; } = 5;

    /// <summary>What to do when a command goes over the limit. Default <see cref="QueryGuardAction.Log"/>.</summary>
    public QueryGuardAction OnRepeat { get; set; } = QueryGuardAction.Log;
}
