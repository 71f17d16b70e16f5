using System.Security.Cryptography;
using System.Text;
using Pipeline.Secrets;

namespace GpuHost.Security;

/// <summary>The adapter (or checkpoint) bytes failed authentication or do not match their manifest hash.</summary>
public sealed class AdapterIntegrityException : Exception
{
    public AdapterIntegrityException() { }

    public AdapterIntegrityException(string message) : base(message) { }

    public AdapterIntegrityException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// AES-256-GCM for adapters and checkpoints at rest. Layout: "GHAE" | version (1) | nonce (12) | tag (16) | ciphertext.
/// The associated data is the plaintext's SHA-256 from the manifest, so a ciphertext cannot be paired with another
/// adapter's manifest. The key comes from the secret store (Key Vault in Azure) and is never written anywhere else.
/// </summary>
public sealed class AdapterCipher(ISecretStore secrets)
{
    private const int NonceSize = 12, TagSize = 16, HeaderSize = 5;
    private static readonly byte[] Magic = "GHAE"u8.ToArray();
    private byte[]? _key;

    /// <summary>Lower-case hex SHA-256.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    public async Task<byte[]> EncryptAsync(ReadOnlyMemory<byte> plaintext, string sha256Hex, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        var output = new byte[HeaderSize + NonceSize + TagSize + plaintext.Length];
        Magic.CopyTo(output, 0);
        output[4] = 1;
        var nonce = output.AsSpan(HeaderSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext.Span, output.AsSpan(HeaderSize + NonceSize + TagSize), output.AsSpan(HeaderSize + NonceSize, TagSize),
            Encoding.ASCII.GetBytes(sha256Hex));
        return output;
    }

    /// <summary>Decrypts in memory and checks the plaintext hash against <paramref name="expectedSha256Hex"/>.</summary>
    public async Task<byte[]> DecryptAndVerifyAsync(ReadOnlyMemory<byte> sealedBytes, string expectedSha256Hex, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        var input = sealedBytes.Span;
        if (input.Length < HeaderSize + NonceSize + TagSize || !input[..4].SequenceEqual(Magic) || input[4] != 1)
        {
            throw new AdapterIntegrityException("The sealed adapter has no valid header.");
        }

        var plaintext = new byte[input.Length - HeaderSize - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(input.Slice(HeaderSize, NonceSize), input[(HeaderSize + NonceSize + TagSize)..], input.Slice(HeaderSize + NonceSize, TagSize), plaintext,
                Encoding.ASCII.GetBytes(expectedSha256Hex));
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new AdapterIntegrityException("The sealed adapter failed authentication (tampered, wrong key, or another manifest).", ex);
        }

        // The tag already binds the manifest hash; checking the hash too refuses a manifest edited alongside re-encryption
        // with a leaked key and keeps the manifest's promise checkable on its own.
        var actual = SHA256.HashData(plaintext);
        if (!CryptographicOperations.FixedTimeEquals(actual, Convert.FromHexString(expectedSha256Hex)))
        {
            throw new AdapterIntegrityException("The adapter's SHA-256 does not match its manifest.");
        }

        return plaintext;
    }

    /// <summary>Size of a sealed blob's header and tag, for callers checking lengths.</summary>
    public static int Overhead => HeaderSize + NonceSize + TagSize;


    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken) =>
        _key ??= await secrets.GetOrCreateKeyAsync(SecretNames.AdapterEncryptionKey, 32, cancellationToken);
}

/// <summary>
/// A file only this process's user can read (mode 0600 in a 0700 folder), deleted on dispose. Used where a native
/// library insists on a path: llama.cpp's LoadLoraFromFile and TorchSharp's adapter reader have no in-memory loader.
/// </summary>
public sealed class PrivateTempFile : IDisposable
{
    private PrivateTempFile(string path) => Path = path;

    public string Path { get; }

    public static async Task<PrivateTempFile> WriteAsync(string directory, ReadOnlyMemory<byte> content, string extension, CancellationToken cancellationToken)
    {
        CreatePrivateDirectory(directory);
        var path = System.IO.Path.Combine(directory, Guid.NewGuid().ToString("N") + extension);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(path, options))
        {
            await stream.WriteAsync(content, cancellationToken);
        }

        return new PrivateTempFile(path);
    }

    public static void CreatePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // Nothing else can be done; the folder is private to this user and cleared at start-up.
        }
    }
}
