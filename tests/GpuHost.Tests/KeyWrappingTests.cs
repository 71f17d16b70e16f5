using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using GpuHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Secrets;

namespace GpuHost.Tests;

/// <summary>
/// Envelope encryption of adapters. Key Vault is a true external edge with no emulator, so <see cref="FakeKeyVault"/>
/// stands in for it over real HTTPS: the wrapper's requests (path, api-version, algorithm, bearer token) are what Key
/// Vault's REST API takes, and the fake wraps with a real RSA-OAEP-256 key per version.
/// </summary>
public sealed class KeyWrappingTests : IAsyncLifetime
{
    private FakeKeyVault _vault = null!;
    private readonly RecordingCredential _credential = new("token-for-tests");

    public async Task InitializeAsync() => _vault = await FakeKeyVault.StartAsync();

    public async Task DisposeAsync() => await _vault.DisposeAsync();

    private KeyVaultKeyWrapper Wrapper() => new(_vault.VaultUri, "adapter-kek", _credential, _vault.ClientOptions());

    [Fact]
    public async Task KeyVaultWrapper_WrapsWithTheCurrentKeyVersion_AndUnwrapsThroughThatVersion()
    {
        var dataKey = RandomNumberGenerator.GetBytes(32);

        var wrapped = await Wrapper().WrapAsync(dataKey, CancellationToken.None);
        var unwrapped = await Wrapper().UnwrapAsync(wrapped, CancellationToken.None);

        Assert.Equal(dataKey, unwrapped);
        Assert.Equal(new Uri(_vault.VaultUri, "keys/adapter-kek/v1").AbsoluteUri, wrapped.KeyId);
        Assert.Equal("RSA-OAEP-256", wrapped.Algorithm);
        Assert.Equal(3072 / 8, wrapped.Value.Length); // an RSA-3072 ciphertext, not the key
        Assert.Equal(dataKey, _vault.DecryptWith("v1", wrapped.Value));
        var requests = _vault.Requests.ToArray();
        Assert.Equal(["POST /keys/adapter-kek/wrapkey?api-version=7.5", "POST /keys/adapter-kek/v1/unwrapkey?api-version=7.5"], requests.Select(r => r.Line));
        Assert.All(requests, r => Assert.Equal("Bearer token-for-tests", r.Authorization));
        Assert.All(requests, r => Assert.Equal("RSA-OAEP-256", r.Algorithm));
        Assert.Contains("https://0.0.1/.default", _credential.Scopes); // the vault host minus its first label (127.0.0.1 here)
    }

    [Fact]
    public async Task SealedAdapter_SurvivesKeyRotation_AndIsUnreadableOnceTheKeyIsDisabled()
    {
        var cipher = new AdapterCipher(Wrapper());
        var adapter = RandomNumberGenerator.GetBytes(4096);
        var sha = AdapterCipher.Sha256Hex(adapter);
        var sealedBefore = await cipher.EncryptAsync(adapter, sha, CancellationToken.None);

        _vault.Rotate();
        var sealedAfter = await cipher.EncryptAsync(adapter, sha, CancellationToken.None);

        Assert.Equal(adapter, await cipher.DecryptAndVerifyAsync(sealedBefore, sha, CancellationToken.None));
        Assert.Equal(adapter, await cipher.DecryptAndVerifyAsync(sealedAfter, sha, CancellationToken.None));
        Assert.Contains("POST /keys/adapter-kek/v1/unwrapkey?api-version=7.5", _vault.Requests.Select(r => r.Line));
        Assert.Contains("POST /keys/adapter-kek/v2/unwrapkey?api-version=7.5", _vault.Requests.Select(r => r.Line));
        Assert.NotEqual(sealedBefore[^adapter.Length..], sealedAfter[^adapter.Length..]); // a fresh data key per blob

        _vault.Disabled = true;
        var refused = await Assert.ThrowsAsync<AdapterIntegrityException>(() => cipher.DecryptAndVerifyAsync(sealedAfter, sha, CancellationToken.None));
        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SealedAdapter_NamingAnotherKeyOrHost_IsRefusedWithoutAskingIt()
    {
        var cipher = new AdapterCipher(Wrapper());
        var adapter = "adapter bytes"u8.ToArray();
        var sha = AdapterCipher.Sha256Hex(adapter);
        var sealedBytes = await cipher.EncryptAsync(adapter, sha, CancellationToken.None);
        var requestsBefore = _vault.Requests.Count;
        var kid = new Uri(_vault.VaultUri, "keys/adapter-kek/v1").AbsoluteUri;

        foreach (var other in new[] { kid.Replace("adapter-kek", "other-key", StringComparison.Ordinal), kid.Replace("127.0.0.1", "127.0.0.2", StringComparison.Ordinal) })
        {
            var tampered = ReplaceKeyId(sealedBytes, kid, other);
            await Assert.ThrowsAsync<AdapterIntegrityException>(() => cipher.DecryptAndVerifyAsync(tampered, sha, CancellationToken.None));
        }

        Assert.Equal(requestsBefore, _vault.Requests.Count);
    }

    [Fact]
    public async Task SealedAdapter_WithAnyHeaderByteChanged_IsRefused()
    {
        var cipher = new AdapterCipher(new LocalKeyWrapper(new FileSecretStore(Directory.CreateTempSubdirectory("kek-").FullName)));
        var adapter = "adapter bytes"u8.ToArray();
        var sha = AdapterCipher.Sha256Hex(adapter);
        var sealedBytes = await cipher.EncryptAsync(adapter, sha, CancellationToken.None);
        var headerLength = sealedBytes.Length - adapter.Length - 12 - 16;

        for (var i = 0; i < headerLength; i++)
        {
            var copy = sealedBytes.ToArray();
            copy[i] ^= 0x20;
            await Assert.ThrowsAsync<AdapterIntegrityException>(() => cipher.DecryptAndVerifyAsync(copy, sha, CancellationToken.None));
        }

        Assert.Equal(adapter, await cipher.DecryptAndVerifyAsync(sealedBytes, sha, CancellationToken.None));
    }

    [Theory]
    [InlineData("https://kv-gpu.vault.azure.net/", "https://vault.azure.net/.default")]
    [InlineData("https://kv-gpu.vault.azure.cn", "https://vault.azure.cn/.default")]
    [InlineData("https://kv-gpu.vault.usgovcloudapi.net/", "https://vault.usgovcloudapi.net/.default")]
    public void KeyVaultScope_FollowsTheVaultsCloud(string vault, string scope) =>
        Assert.Equal(scope, KeyVaultKeyWrapper.Scope(new Uri(vault)));

    private static byte[] ReplaceKeyId(byte[] sealedBytes, string kid, string other)
    {
        var from = System.Text.Encoding.UTF8.GetBytes(kid);
        var to = System.Text.Encoding.UTF8.GetBytes(other);
        var at = sealedBytes.AsSpan().IndexOf(from);
        Assert.True(at > 0);
        var result = new List<byte>(sealedBytes[..(at - 2)]);
        result.Add((byte)(to.Length >> 8));
        result.Add((byte)to.Length);
        result.AddRange(to);
        result.AddRange(sealedBytes[(at + from.Length)..]);
        return [.. result];
    }

    /// <summary>A token for every scope asked; records the scopes.</summary>
    private sealed class RecordingCredential(string token) : TokenCredential
    {
        public ConcurrentBag<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            foreach (var scope in requestContext.Scopes)
            {
                Scopes.Add(scope);
            }

            return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }

    /// <summary>Key Vault's wrapkey/unwrapkey over HTTPS on loopback, with versioned RSA-3072 keys.</summary>
    private sealed class FakeKeyVault : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly X509Certificate2 _certificate;
        private readonly ConcurrentDictionary<string, RSA> _versions = new();
        private string _current = "v1";

        private FakeKeyVault(WebApplication app, X509Certificate2 certificate)
        {
            (_app, _certificate) = (app, certificate);
            _versions[_current] = RSA.Create(3072);
        }

        public Uri VaultUri { get; private set; } = null!;

        public bool Disabled { get; set; }

        public ConcurrentQueue<(string Line, string? Authorization, string? Algorithm)> Requests { get; } = new();

        public static async Task<FakeKeyVault> StartAsync()
        {
            var certificate = SelfSignedLoopbackCertificate();
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
            var app = builder.Build();
            var vault = new FakeKeyVault(app, certificate);
            app.MapPost("/keys/{name}/wrapkey", (string name, HttpContext http) => vault.HandleAsync(http, name, null));
            app.MapPost("/keys/{name}/{version}/unwrapkey", (string name, string version, HttpContext http) => vault.HandleAsync(http, name, version));
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            vault.VaultUri = new Uri(address.TrimEnd('/') + "/");
            return vault;
        }

        public void Rotate()
        {
            _current = "v" + (_versions.Count + 1);
            _versions[_current] = RSA.Create(3072);
        }

        public byte[] DecryptWith(string version, byte[] wrapped) => _versions[version].Decrypt(wrapped, RSAEncryptionPadding.OaepSHA256);

        /// <summary>Trusts this fake's certificate only; no retries, so a refusal is seen once.</summary>
        public KeyVaultKeyWrapperOptions ClientOptions()
        {
            var options = new KeyVaultKeyWrapperOptions
            {
                Transport = new HttpClientTransport(new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (_, c, _, _) => c is not null && c.Thumbprint == _certificate.Thumbprint,
                }),
            };
            options.Retry.MaxRetries = 0;
            return options;
        }

        private async Task<IResult> HandleAsync(HttpContext http, string name, string? version)
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body);
            var alg = body.RootElement.GetProperty("alg").GetString();
            Requests.Enqueue(($"POST {http.Request.Path}{http.Request.QueryString}", http.Request.Headers.Authorization.ToString(), alg));
            if (name != "adapter-kek" || (version is not null && !_versions.ContainsKey(version)))
            {
                return Error(404, "KeyNotFound");
            }

            if (Disabled)
            {
                return Error(403, "Forbidden");
            }

            if (alg != "RSA-OAEP-256")
            {
                return Error(400, "BadParameter");
            }

            var value = Base64Url.DecodeFromChars(body.RootElement.GetProperty("value").GetString());
            var kid = new Uri(VaultUri, $"keys/{name}/{version ?? _current}").AbsoluteUri;
            try
            {
                var result = version is null
                    ? _versions[_current].Encrypt(value, RSAEncryptionPadding.OaepSHA256)
                    : _versions[version].Decrypt(value, RSAEncryptionPadding.OaepSHA256);
                return Results.Json(new Dictionary<string, string> { ["kid"] = kid, ["value"] = Base64Url.EncodeToString(result) });
            }
            catch (CryptographicException)
            {
                return Error(400, "BadParameter");
            }
        }

        private static IResult Error(int status, string code) =>
            Results.Json(new { error = new { code, message = "refused by the fake key vault" } }, statusCode: status);

        private static X509Certificate2 SelfSignedLoopbackCertificate()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
            // Kestrel needs a certificate whose private key it can use outside this ephemeral key object.
            return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.DisposeAsync();
            _certificate.Dispose();
            foreach (var rsa in _versions.Values)
            {
                rsa.Dispose();
            }
        }
    }
}
