namespace Pipeline.LocalHost.Tests;

/// <summary>
/// Tests that run a whole local stack (storage, GPU host training, durable workflow) go one at a time: two stacks
/// training at once on a 2-core machine only make both slow.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LocalStackCollection
{
    public const string Name = "local stack";

    /// <summary>Upload to awaiting-approval is about a minute alone; generous for a machine busy with other test projects.</summary>
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);
}
