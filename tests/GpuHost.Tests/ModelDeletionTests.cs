using System.Net;
using System.Net.Http.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GpuHost.Adapters;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;
using AdapterCache = GpuHost.Inference.AdapterCache;

namespace GpuHost.Tests;

/// <summary>
/// <c>DELETE /v1/models/{model}</c>: a deleted fine-tuned model (e.g. after an erasure request for its training data)
/// is gone from storage, the listing and the adapter cache, and is never served again.
/// </summary>
[Collection(GpuHostCollection.Name)]
public sealed class ModelDeletionTests(AzuriteFixture azurite, ModelFiles files) : IAsyncLifetime
{
    private GpuHostFactory _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = new GpuHostFactory(azurite, files, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" });
        _http = await _host.ClientAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private BlobContainerClient Adapters => azurite.BlobService.GetBlobContainerClient(_host.AdaptersContainer);

    private AdapterCache Cache => _host.Services.GetRequiredService<AdapterCache>();

    private static object Chat(string model) => new { model, messages = new[] { new { role = "user", content = "hi" } }, max_tokens = 2 };

    private async Task<List<string>> BlobsAsync(string name)
    {
        var names = new List<string>();
        await foreach (var blob in Adapters.GetBlobsAsync(new GetBlobsOptions { Prefix = name + "/" }))
        {
            names.Add(blob.Name);
        }

        return names;
    }

    private async Task<string?[]> ModelIdsAsync() =>
        (await (await _http.GetAsync("/v1/models")).JsonAsync()).GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToArray();

    [Fact]
    public async Task DeleteModel_RemovesTheAdapterFromStorageListingAndCache_AndItIsNeverServedAgain()
    {
        await _host.PublishAdapterAsync("erase-me", files.Adapter);
        await _host.PublishAdapterAsync("keep-me", files.Adapter);
        var served = await _http.PostAsJsonAsync("/v1/chat/completions", Chat("erase-me"));
        // Preconditions, so that each assertion after the deletion can fail: served, loaded, listed, stored.
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Contains("erase-me", Cache.Loaded);
        Assert.Equal(new[] { "base", "erase-me", "keep-me" }, await ModelIdsAsync());
        Assert.Equal(2, (await BlobsAsync("erase-me")).Count);

        var deleted = await _http.DeleteAsync("/v1/models/erase-me");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var body = await deleted.JsonAsync();
        Assert.Equal("erase-me", body.GetProperty("id").GetString());
        Assert.Equal("model", body.GetProperty("object").GetString());
        Assert.True(body.GetProperty("deleted").GetBoolean());
        Assert.Equal(3, body.EnumerateObject().Count());

        var chat = await _http.PostAsJsonAsync("/v1/chat/completions", Chat("erase-me"));
        Assert.Equal(HttpStatusCode.NotFound, chat.StatusCode);
        Assert.Equal("urn:gpu-host:problem:model-not-found", (await chat.JsonAsync()).GetProperty("type").GetString());
        Assert.Equal(new[] { "base", "keep-me" }, await ModelIdsAsync());
        Assert.Empty(await BlobsAsync("erase-me"));
        Assert.DoesNotContain("erase-me", Cache.Loaded);

        var again = await _http.DeleteAsync("/v1/models/erase-me");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal("urn:gpu-host:problem:model-not-found", (await again.JsonAsync()).GetProperty("type").GetString());

        // Only that model: the other adapter is still stored and served.
        Assert.Equal(2, (await BlobsAsync("keep-me")).Count);
        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsJsonAsync("/v1/chat/completions", Chat("keep-me"))).StatusCode);

        // The deletion is logged with the model name only.
        var logged = Assert.Single(_host.Logs.Lines, l => l.Contains("Model erase-me deleted", StringComparison.Ordinal));
        Assert.StartsWith("Information ", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteModel_WhileAGenerationHoldsTheAdapter_UnloadsItWhenTheLeaseEnds()
    {
        await _host.PublishAdapterAsync("leased", files.Adapter);
        var lease = await Cache.AcquireAsync("leased", CancellationToken.None);
        try
        {
            var deleted = await _http.DeleteAsync("/v1/models/leased");

            Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
            Assert.DoesNotContain("leased", Cache.Loaded);
            // The generation holding the lease may finish: its native adapter is still loaded...
            Assert.False(lease.AdapterUnloaded);
        }
        finally
        {
            lease.Dispose();
        }

        // ...and freed with the last lease.
        Assert.True(lease.AdapterUnloaded);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PostAsJsonAsync("/v1/chat/completions", Chat("leased"))).StatusCode);
    }

    [Fact]
    public async Task DeleteModel_AfterADeletionThatStoppedHalfWay_StillRemovesTheSealedAdapter()
    {
        await _host.PublishAdapterAsync("half-gone", files.Adapter);
        // What a deletion interrupted between its two steps leaves behind: the sealed bytes without their manifest.
        await Adapters.GetBlobClient("half-gone/" + AdapterStore.ManifestBlob).DeleteAsync();

        var retried = await _http.DeleteAsync("/v1/models/half-gone");

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Empty(await BlobsAsync("half-gone"));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.DeleteAsync("/v1/models/half-gone")).StatusCode);
    }

    [Fact]
    public async Task DeleteModel_OfTheBaseModel_UnknownOrInvalidNames_OrWithoutToken_IsRefused()
    {
        // Nothing published yet: the adapters container does not even exist.
        var unknown = await _http.DeleteAsync("/v1/models/never-published");
        var invalid = await _http.DeleteAsync("/v1/models/Not.A.Valid.Name");
        await _host.PublishAdapterAsync("protected", files.Adapter);
        var baseModel = await _http.DeleteAsync("/v1/models/base");
        var anonymous = await _host.CreateClient().DeleteAsync("/v1/models/protected");

        foreach (var response in new[] { unknown, invalid })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("urn:gpu-host:problem:model-not-found", (await response.JsonAsync()).GetProperty("type").GetString());
        }

        Assert.Equal(HttpStatusCode.BadRequest, baseModel.StatusCode);
        Assert.Equal("application/problem+json", baseModel.Content.Headers.ContentType?.MediaType);
        var problem = await baseModel.JsonAsync();
        Assert.Equal("urn:gpu-host:problem:invalid-request", problem.GetProperty("type").GetString());
        Assert.Contains("the base model cannot be deleted", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        // Neither refusal deleted anything: the base model and the adapter are still listed, stored and served.
        Assert.Equal(new[] { "base", "protected" }, await ModelIdsAsync());
        Assert.Equal(2, (await BlobsAsync("protected")).Count);
        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsJsonAsync("/v1/chat/completions", Chat("base"))).StatusCode);
    }
}
