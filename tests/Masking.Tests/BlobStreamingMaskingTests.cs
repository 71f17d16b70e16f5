using System.Text;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Masking.Dataset;
using TestSupport;

namespace Masking.Tests;

[CollectionDefinition(AzuriteTests.Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

[Collection(AzuriteTests.Name)]
public sealed class BlobStreamingMaskingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Mask_StreamsFromBlobToBlob_AndHashesBothSides()
    {
        var container = await azurite.NewContainerAsync("datasets");
        var records = Enumerable.Range(0, 2_000).Select(i =>
            $$"""{"messages":[{"role":"user","content":"Patient Maria Gonzalez #{{i}}, phone 555-201-3344"},{"role":"assistant","content":"Noted {{i}}."}]}""");
        var raw = Encoding.UTF8.GetBytes(string.Join('\n', records));
        var source = container.GetBlobClient("incoming/clinic/notes.jsonl");
        await source.UploadAsync(new BinaryData(raw));
        var target = container.GetBlockBlobClient("masked/clinic/notes.jsonl");

        DatasetMaskingResult result;
        string rawHash;
        await using (var input = new HashingStream(await source.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false) { BufferSize = 64 * 1024 })))
        await using (var output = await target.OpenWriteAsync(overwrite: true))
        {
            result = await new DatasetMasker(MaskingPolicy.Default, new byte[32]).MaskAsync(input, output);
            rawHash = input.HashHex;
        }

        Assert.True(result.Succeeded);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(raw)), rawHash);
        var masked = (await target.DownloadContentAsync()).Value.Content.ToString();
        Assert.Equal(2_000, masked.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("Gonzalez", masked, StringComparison.Ordinal);
        Assert.Equal(2_000, result.Masking.ByEntityType["PHONE"]);
    }
}
