using TestSupport;

namespace Pipeline.Tests;

/// <summary>One Azurite for every storage-backed test in this assembly; tests isolate themselves by container.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Pipeline Azurite";
}
