using System.Net;
using System.Net.Http.Json;
using GpuHost.Adapters;
using GpuHost.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Secrets;
using TestSupport;

namespace GpuHost.Tests;

[Collection(GpuHostCollection.Name)]
public sealed class ProtectionTests(AzuriteFixture azurite, ModelFiles files)
{
    private static object Chat(string model) => new { model, messages = new[] { new { role = "user", content = "hi" } }, max_tokens = 2 };

    [Fact]
    public async Task PublishedAdapter_IsEncryptedAtRest_WithItsHashInTheManifest()
    {
        await using var host = new GpuHostFactory(azurite, files);
        using var http = await host.ClientAsync();

        var manifest = await host.PublishAdapterAsync("sealed", files.Adapter);
        var stored = await azurite.BlobService.GetBlobContainerClient(host.AdaptersContainer).GetBlobClient("sealed/" + AdapterStore.SealedBlob).DownloadContentAsync();

        var plaintext = await File.ReadAllBytesAsync(files.Adapter);
        Assert.Equal(AdapterCipher.Sha256Hex(plaintext), manifest.Sha256);
        var bytes = stored.Value.Content.ToArray();
        Assert.Equal("GHAE"u8.ToArray(), bytes[..4]);
        Assert.Equal(-1, bytes.AsSpan().IndexOf("GGUF"u8)); // no plaintext GGUF header anywhere
        Assert.Equal("adapter-kek-local", manifest.KeyName); // the development key-encryption key (Key Vault's adapter-kek in Azure)
        Assert.InRange(bytes.Length, plaintext.Length + 12 + 16 + 32, plaintext.Length + 200); // header with the wrapped data key, nonce, tag
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/v1/chat/completions", Chat("sealed"))).StatusCode);
        // The decrypted copy llama.cpp read from is gone.
        var transient = Path.Combine(host.Services.GetRequiredService<GpuHost.Hosting.WorkDirectory>().Root, "adapters");
        Assert.Empty(Directory.Exists(transient) ? Directory.GetFiles(transient) : []);
    }

    [Fact]
    public async Task Adapter_WithATamperedManifestOrCiphertext_IsRefused()
    {
        await using var host = new GpuHostFactory(azurite, files);
        using var http = await host.ClientAsync();
        var container = azurite.BlobService.GetBlobContainerClient(host.AdaptersContainer);
        var manifest = await host.PublishAdapterAsync("edited-manifest", files.Adapter);
        await container.GetBlobClient("edited-manifest/" + AdapterStore.ManifestBlob).UploadAsync(
            BinaryData.FromObjectAsJson(manifest with { Sha256 = new string('0', 64) }, GpuHost.Hosting.JsonDefaults.Options), overwrite: true);
        await host.PublishAdapterAsync("flipped-bit", files.Adapter);
        var blob = container.GetBlobClient("flipped-bit/" + AdapterStore.SealedBlob);
        var bytes = (await blob.DownloadContentAsync()).Value.Content.ToArray();
        bytes[^100] ^= 1;
        await blob.UploadAsync(new BinaryData(bytes), overwrite: true);

        var edited = await http.PostAsJsonAsync("/v1/chat/completions", Chat("edited-manifest"));
        var flipped = await http.PostAsJsonAsync("/v1/chat/completions", Chat("flipped-bit"));

        foreach (var response in new[] { edited, flipped })
        {
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("urn:gpu-host:problem:adapter-integrity", (await response.JsonAsync()).GetProperty("type").GetString());
        }

        Assert.DoesNotContain("edited-manifest", host.Services.GetRequiredService<GpuHost.Inference.AdapterCache>().Loaded);
    }

    [Fact]
    public async Task Cipher_RoundTrips_AndRejectsAnotherKeyOrManifest()
    {
        var folder = Path.Combine(files.Root, "cipher-" + Guid.NewGuid().ToString("N"));
        var cipher = new AdapterCipher(new LocalKeyWrapper(new FileSecretStore(Path.Combine(folder, "a"))));
        var other = new AdapterCipher(new LocalKeyWrapper(new FileSecretStore(Path.Combine(folder, "b"))));
        var data = "adapter bytes"u8.ToArray();
        var sha = AdapterCipher.Sha256Hex(data);

        var sealedBytes = await cipher.EncryptAsync(data, sha, CancellationToken.None);

        Assert.Equal(data, await cipher.DecryptAndVerifyAsync(sealedBytes, sha, CancellationToken.None));
        await Assert.ThrowsAsync<AdapterIntegrityException>(() => other.DecryptAndVerifyAsync(sealedBytes, sha, CancellationToken.None));
        await Assert.ThrowsAsync<AdapterIntegrityException>(() => cipher.DecryptAndVerifyAsync(sealedBytes, AdapterCipher.Sha256Hex("x"u8), CancellationToken.None));
        await Assert.ThrowsAsync<AdapterIntegrityException>(() => cipher.DecryptAndVerifyAsync(sealedBytes.AsMemory(0, 10), sha, CancellationToken.None));
    }

    [Fact]
    public async Task Logs_NeverCarryPromptsOrCompletions_EvenAtDebugLevel()
    {
        await using var host = new GpuHostFactory(azurite, files, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug" });
        using var http = await host.ClientAsync();
        const string prompt = "Patient Imelda Quartermaine, phone 555-0199-4471, asks about her biopsy result.";
        var body = new { model = "base", messages = new[] { new { role = "user", content = prompt } }, max_tokens = 24, seed = 3, temperature = 1.0 };

        var plain = await (await http.PostAsJsonAsync("/v1/chat/completions", body)).JsonAsync();
        var streamed = await (await http.PostAsJsonAsync("/v1/chat/completions", new { body.model, body.messages, body.max_tokens, body.seed, body.temperature, stream = true }))
            .Content.ReadAsStringAsync();
        var completion = plain.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;

        var logs = host.Logs.Lines;
        // The completions were logged (so this test can fail) — sizes and timings only...
        Assert.Equal(2, logs.Count(l => l.Contains("Completion for base", StringComparison.Ordinal)));
        Assert.Contains("data: [DONE]", streamed, StringComparison.Ordinal);
        // ...never the prompt, the caller's personal data, or what the model answered.
        foreach (var secret in new[] { "Quartermaine", "Imelda", "555-0199", "biopsy" })
        {
            Assert.DoesNotContain(logs, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }

        foreach (var piece in completion.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 12))
        {
            Assert.DoesNotContain(logs, l => l.Contains(piece, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void HostOutsideDevelopment_WithoutEntraAuthority_RefusesToStart()
    {
        using var host = new GpuHostFactory(azurite, files, new Dictionary<string, string?> { ["Auth:Audience"] = "api://x" });
        using var production = host.WithWebHostBuilder(b => Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseEnvironment(b, "Production"));

        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());

        Assert.Contains("Auth:Authority", error.ToString(), StringComparison.Ordinal);
    }
}
