using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Pipeline.Secrets;

namespace GpuHost.Security;

/// <summary>A data key wrapped by a key-encryption key. <see cref="KeyId"/> names the exact key version that unwraps it.</summary>
public sealed record WrappedKey(string KeyId, string Algorithm, byte[] Value);

/// <summary>
/// Envelope encryption's outer half: wraps and unwraps per-blob data keys with a key-encryption key that never leaves
/// its store (Azure Key Vault in Azure). Every unwrap is an audited Key Vault operation, and disabling the key makes
/// every adapter sealed under it unreadable at once.
/// </summary>
public interface IKeyWrapper
{
    /// <summary>The key-encryption key's name, recorded in adapter manifests.</summary>
    string KeyName { get; }

    Task<WrappedKey> WrapAsync(byte[] dataKey, CancellationToken cancellationToken);

    /// <summary>Unwraps; throws <see cref="KeyUnwrapException"/> when the key store refuses (revoked, disabled, wrong key).</summary>
    Task<byte[]> UnwrapAsync(WrappedKey wrapped, CancellationToken cancellationToken);
}

/// <summary>The key store refused to unwrap a data key: the key is disabled or deleted, or the wrapped bytes are not its.</summary>
public sealed class KeyUnwrapException : Exception
{
    public KeyUnwrapException() { }

    public KeyUnwrapException(string message) : base(message) { }

    public KeyUnwrapException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// Wraps data keys with an RSA key in Azure Key Vault (<c>wrapkey</c>/<c>unwrapkey</c>, RSA-OAEP-256) through Azure.Core's
/// pipeline (managed identity token, retries, timeouts). The Key Vault keys client library is not among the packages this
/// product can take, and two REST operations do not need it.
/// </summary>
public sealed class KeyVaultKeyWrapper : IKeyWrapper
{
    private const string Algorithm = "RSA-OAEP-256";
    private const string ApiVersion = "7.5";
    private readonly HttpPipeline _pipeline;
    private readonly Uri _keyUri;

    /// <param name="vaultUri">The vault, e.g. <c>https://kv-name.vault.azure.net/</c> (reached over its private endpoint).</param>
    /// <param name="keyName">The key-encryption key (an RSA key with wrapKey/unwrapKey operations).</param>
    /// <param name="credential">The host's managed identity; it needs Key Vault Crypto User on this key only.</param>
    /// <param name="options">Transport, retry and diagnostics settings; defaults are Azure.Core's.</param>
    public KeyVaultKeyWrapper(Uri vaultUri, string keyName, TokenCredential credential, KeyVaultKeyWrapperOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(vaultUri);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyName);
        ArgumentNullException.ThrowIfNull(credential);
        KeyName = keyName;
        _keyUri = new Uri(new Uri(vaultUri.GetLeftPart(UriPartial.Authority) + "/"), $"keys/{Uri.EscapeDataString(keyName)}/");
        _pipeline = HttpPipelineBuilder.Build(options ?? new KeyVaultKeyWrapperOptions(), new BearerTokenAuthenticationPolicy(credential, Scope(vaultUri)));
    }

    public string KeyName { get; }

    public async Task<WrappedKey> WrapAsync(byte[] dataKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataKey);
        // The current version of the key wraps; its id (with version) comes back and is stored with the blob.
        using var answer = await SendAsync(new Uri(_keyUri, "wrapkey"), dataKey, cancellationToken);
        var kid = answer.RootElement.GetProperty("kid").GetString() ?? throw new InvalidOperationException("Key Vault's wrapkey answer has no kid.");
        CheckKeyId(kid);
        return new WrappedKey(kid, Algorithm, Base64Url.DecodeFromChars(answer.RootElement.GetProperty("value").GetString()));
    }

    public async Task<byte[]> UnwrapAsync(WrappedKey wrapped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        if (wrapped.Algorithm != Algorithm)
        {
            throw new KeyUnwrapException($"The data key was wrapped with {wrapped.Algorithm}, not {Algorithm}.");
        }

        // The key id comes from blob storage: only ever send it (and a token) to this vault's own key.
        CheckKeyId(wrapped.KeyId);
        try
        {
            using var answer = await SendAsync(new Uri(wrapped.KeyId.TrimEnd('/') + "/unwrapkey"), wrapped.Value, cancellationToken);
            return Base64Url.DecodeFromChars(answer.RootElement.GetProperty("value").GetString());
        }
        catch (RequestFailedException ex) when (ex.Status is 400 or 403 or 404)
        {
            // 403: the key is disabled (or this identity lost access); 404: deleted; 400: not this key's ciphertext.
            throw new KeyUnwrapException($"Key Vault refused to unwrap the data key ({ex.Status} {ex.ErrorCode}).", ex);
        }
    }

    private void CheckKeyId(string kid)
    {
        if (!Uri.TryCreate(kid, UriKind.Absolute, out var uri) || !uri.AbsoluteUri.StartsWith(_keyUri.AbsoluteUri, StringComparison.Ordinal) ||
            uri.AbsoluteUri.Length == _keyUri.AbsoluteUri.Length || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) ||
            uri.AbsoluteUri[_keyUri.AbsoluteUri.Length..].TrimEnd('/').Contains('/', StringComparison.Ordinal))
        {
            throw new KeyUnwrapException("The data key names a key other than this host's key-encryption key.");
        }
    }

    private async Task<JsonDocument> SendAsync(Uri operation, byte[] value, CancellationToken cancellationToken)
    {
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(operation);
        request.Uri.AppendQuery("api-version", ApiVersion);
        request.Headers.Add(HttpHeader.Common.JsonContentType);
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["alg"] = Algorithm,
            ["value"] = Base64Url.EncodeToString(value),
        }));
        await _pipeline.SendAsync(message, cancellationToken);
        var response = message.Response;
        if (response.IsError)
        {
            throw new RequestFailedException(response);
        }

        return await JsonDocument.ParseAsync(response.ContentStream!, cancellationToken: cancellationToken);
    }

    /// <summary>Key Vault's token audience for the vault's cloud: <c>https://vault.azure.net/.default</c> in Azure public.</summary>
    internal static string Scope(Uri vaultUri)
    {
        var host = vaultUri.Host;
        var dot = host.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? $"https://{host[(dot + 1)..]}/.default" : "https://vault.azure.net/.default";
    }
}

/// <summary>Azure.Core client settings for <see cref="KeyVaultKeyWrapper"/> (transport, retries, diagnostics).</summary>
public sealed class KeyVaultKeyWrapperOptions : ClientOptions
{
    public KeyVaultKeyWrapperOptions()
    {
        // Key Vault's own SDK defaults: a few quick retries; throttling (429) honours Retry-After.
        Retry.MaxRetries = 3;
        Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }
}

/// <summary>
/// Development stand-in for Key Vault at this edge (no Key Vault emulator exists): the key-encryption key is a random
/// AES-256 key in the local secret store, and wrapping is AES-GCM. Same contract as <see cref="KeyVaultKeyWrapper"/>,
/// none of its protection — the key sits in a file.
/// </summary>
public sealed class LocalKeyWrapper(ISecretStore secrets) : IKeyWrapper
{
    public const string SecretName = "adapter-kek-local";
    private const string Algorithm = "A256GCM-local";
    private const string KeyId = "local:" + SecretName;
    private const int NonceSize = 12, TagSize = 16;

    public string KeyName => SecretName;

    public async Task<WrappedKey> WrapAsync(byte[] dataKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataKey);
        var kek = await secrets.GetOrCreateKeyAsync(SecretName, 32, cancellationToken);
        var output = new byte[NonceSize + TagSize + dataKey.Length];
        RandomNumberGenerator.Fill(output.AsSpan(0, NonceSize));
        using var aes = new AesGcm(kek, TagSize);
        aes.Encrypt(output.AsSpan(0, NonceSize), dataKey, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), Encoding.ASCII.GetBytes(KeyId));
        return new WrappedKey(KeyId, Algorithm, output);
    }

    public async Task<byte[]> UnwrapAsync(WrappedKey wrapped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        if (wrapped.KeyId != KeyId || wrapped.Algorithm != Algorithm || wrapped.Value.Length <= NonceSize + TagSize)
        {
            throw new KeyUnwrapException("The data key was not wrapped by this machine's local key-encryption key.");
        }

        var kek = await secrets.GetOrCreateKeyAsync(SecretName, 32, cancellationToken);
        var value = wrapped.Value.AsSpan();
        var dataKey = new byte[value.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(kek, TagSize);
            aes.Decrypt(value[..NonceSize], value[(NonceSize + TagSize)..], value.Slice(NonceSize, TagSize), dataKey, Encoding.ASCII.GetBytes(KeyId));
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new KeyUnwrapException("The data key does not unwrap with this machine's local key-encryption key.", ex);
        }

        return dataKey;
    }
}
