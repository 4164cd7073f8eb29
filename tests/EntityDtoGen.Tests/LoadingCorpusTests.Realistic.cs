namespace EntityDtoGen.Tests;

/// <summary>
/// Cases written from how application code loads data (controllers, services, background jobs), separately from the
/// analyzer's own design, to keep its precision honest.
/// </summary>
public sealed partial class LoadingCorpusTests
{
    private static readonly (string Name, string Body)[] RealisticPositive = [];

    private static readonly (string Name, string Body)[] RealisticNegative = [];
}
