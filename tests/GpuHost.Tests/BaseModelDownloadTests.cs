using System.Security.Cryptography;
using GpuHost.Hosting;
using Microsoft.Extensions.Configuration;
using TestSupport;

namespace GpuHost.Tests;

/// <summary>The base model comes from the models container at start-up in Azure; a file that is not the configured one is refused.</summary>
[Collection(GpuHostCollection.Name)]
public sealed class BaseModelDownloadTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task MissingModel_IsDownloaded_WhenItsHashMatches()
    {
        var (configuration, path, bytes) = await ArrangeAsync(hash => hash);

        await BaseModelDownload.EnsureAsync(configuration, _ => { }, CancellationToken.None);

        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task ModelWithAnotherHash_IsRefused_AndNothingIsLeftBehind()
    {
        var (configuration, path, _) = await ArrangeAsync(_ => new string('0', 64));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => BaseModelDownload.EnsureAsync(configuration, _ => { }, CancellationToken.None));

        Assert.Contains("SHA-256", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    private async Task<(IConfiguration Configuration, string Path, byte[] Bytes)> ArrangeAsync(Func<string, string> configuredHash)
    {
        var container = await azurite.NewContainerAsync("models");
        var bytes = RandomNumberGenerator.GetBytes(64 * 1024);
        await container.UploadBlobAsync("base/model.gguf", new BinaryData(bytes));
        var path = Path.Combine(Directory.CreateTempSubdirectory("base-model-").FullName, "base.gguf");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:ModelsContainer"] = container.Name,
            ["GpuHost:BaseModelBlob"] = "base/model.gguf",
            ["GpuHost:BaseModelPath"] = path,
            ["GpuHost:BaseModelSha256"] = configuredHash(Convert.ToHexStringLower(SHA256.HashData(bytes))),
        }).Build();
        return (configuration, path, bytes);
    }
}
