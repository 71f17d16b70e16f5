using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Pipeline.LocalHost.LocalStack;
using Xunit;

namespace TestSupport;

/// <summary>
/// One Azurite per test collection, on free ports with a temporary data folder, stopped afterwards. Tests
/// isolate themselves with GUID-named containers instead of sharing state. xunit discovers collection
/// definitions only in the test assembly itself, so each test project declares a one-line collection for it.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public string ConnectionString => (_azurite ?? throw new InvalidOperationException("Azurite is not started")).ConnectionString;

    public BlobServiceClient BlobService => new(ConnectionString);

    public QueueServiceClient QueueService => new(ConnectionString);

    /// <summary>A fresh container with a unique name, created.</summary>
    public async Task<BlobContainerClient> NewContainerAsync(string prefix = "test")
    {
        var container = BlobService.GetBlobContainerClient($"{prefix}-{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 33)]);
        await container.CreateAsync();
        return container;
    }

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
