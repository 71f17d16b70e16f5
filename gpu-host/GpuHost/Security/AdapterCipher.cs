using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace GpuHost.Security;

/// <summary>The adapter (or checkpoint) bytes failed authentication or do not match their manifest hash.</summary>
public sealed class AdapterIntegrityException : Exception
{
    public AdapterIntegrityException() { }

    public AdapterIntegrityException(string message) : base(message) { }

    public AdapterIntegrityException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// Envelope encryption for adapters and checkpoints at rest: each blob gets its own random AES-256-GCM data key, which
/// is wrapped by the key-encryption key (<see cref="IKeyWrapper"/>: Key Vault's <c>adapter-kek</c> in Azure) and stored
/// with the blob. Layout: "GHAE" | version 2 | key id (u16 length + UTF-8) | wrap algorithm (u8 length + ASCII) | wrapped
/// data key (u16 length + bytes) | nonce (12) | tag (16) | ciphertext. The associated data is the plaintext's SHA-256
/// from the manifest followed by the whole header, so a ciphertext cannot be paired with another adapter's manifest
/// and no header field can be swapped. Data keys exist only in memory; the key-encryption key never leaves its store.
/// </summary>
public sealed class AdapterCipher(IKeyWrapper keys)
{
    private const int NonceSize = 12, TagSize = 16, DataKeySize = 32;
    private const byte Version = 2;
    private static readonly byte[] Magic = "GHAE"u8.ToArray();

    /// <summary>Lower-case hex SHA-256.</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>The key-encryption key's name, for manifests.</summary>
    public string KeyName => keys.KeyName;

    public async Task<byte[]> EncryptAsync(ReadOnlyMemory<byte> plaintext, string sha256Hex, CancellationToken cancellationToken)
    {
        var dataKey = RandomNumberGenerator.GetBytes(DataKeySize);
        try
        {
            var wrapped = await keys.WrapAsync(dataKey, cancellationToken);
            var header = Header(wrapped);
            var output = new byte[header.Length + NonceSize + TagSize + plaintext.Length];
            header.CopyTo(output, 0);
            var nonce = output.AsSpan(header.Length, NonceSize);
            RandomNumberGenerator.Fill(nonce);
            using var aes = new AesGcm(dataKey, TagSize);
            aes.Encrypt(nonce, plaintext.Span, output.AsSpan(header.Length + NonceSize + TagSize), output.AsSpan(header.Length + NonceSize, TagSize),
                AssociatedData(sha256Hex, header));
            return output;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Unwraps the data key, decrypts in memory and checks the plaintext hash against <paramref name="expectedSha256Hex"/>.</summary>
    public async Task<byte[]> DecryptAndVerifyAsync(ReadOnlyMemory<byte> sealedBytes, string expectedSha256Hex, CancellationToken cancellationToken)
    {
        var (wrapped, headerLength) = ReadHeader(sealedBytes.Span);
        if (sealedBytes.Length < headerLength + NonceSize + TagSize)
        {
            throw new AdapterIntegrityException("The sealed adapter is truncated.");
        }

        byte[] dataKey;
        try
        {
            dataKey = await keys.UnwrapAsync(wrapped, cancellationToken);
        }
        catch (KeyUnwrapException ex)
        {
            throw new AdapterIntegrityException("The adapter's data key cannot be unwrapped: " + ex.Message, ex);
        }

        var input = sealedBytes.Span;
        var plaintext = new byte[input.Length - headerLength - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(dataKey, TagSize);
            aes.Decrypt(input.Slice(headerLength, NonceSize), input[(headerLength + NonceSize + TagSize)..], input.Slice(headerLength + NonceSize, TagSize), plaintext,
                AssociatedData(expectedSha256Hex, input[..headerLength]));
        }
        catch (Exception ex) when (ex is AuthenticationTagMismatchException or ArgumentException or CryptographicException)
        {
            throw new AdapterIntegrityException("The sealed adapter failed authentication (tampered, wrong key, or another manifest).", ex);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }

        // The tag already binds the manifest hash; checking the hash too keeps the manifest's promise checkable on its own.
        var actual = SHA256.HashData(plaintext);
        if (expectedSha256Hex.Length != 64 || !CryptographicOperations.FixedTimeEquals(actual, Convert.FromHexString(expectedSha256Hex)))
        {
            throw new AdapterIntegrityException("The adapter's SHA-256 does not match its manifest.");
        }

        return plaintext;
    }

    private static byte[] Header(WrappedKey wrapped)
    {
        var kid = Encoding.UTF8.GetBytes(wrapped.KeyId);
        var alg = Encoding.ASCII.GetBytes(wrapped.Algorithm);
        if (kid.Length > ushort.MaxValue || alg.Length > byte.MaxValue || wrapped.Value.Length > ushort.MaxValue)
        {
            throw new InvalidOperationException("The wrapped data key does not fit the sealed-blob header.");
        }

        var header = new byte[Magic.Length + 1 + 2 + kid.Length + 1 + alg.Length + 2 + wrapped.Value.Length];
        var span = header.AsSpan();
        Magic.CopyTo(span);
        span[4] = Version;
        var at = 5;
        BinaryPrimitives.WriteUInt16BigEndian(span[at..], (ushort)kid.Length);
        kid.CopyTo(span[(at += 2)..]);
        span[at += kid.Length] = (byte)alg.Length;
        alg.CopyTo(span[(at += 1)..]);
        BinaryPrimitives.WriteUInt16BigEndian(span[(at += alg.Length)..], (ushort)wrapped.Value.Length);
        wrapped.Value.CopyTo(span[(at += 2)..]);
        return header;
    }

    private static (WrappedKey Wrapped, int HeaderLength) ReadHeader(ReadOnlySpan<byte> input)
    {
        if (input.Length < 5 || !input[..4].SequenceEqual(Magic) || input[4] != Version)
        {
            throw new AdapterIntegrityException("The sealed adapter has no valid header.");
        }

        try
        {
            var at = 5;
            var kidLength = BinaryPrimitives.ReadUInt16BigEndian(input[at..]);
            var kid = Encoding.UTF8.GetString(input.Slice(at += 2, kidLength));
            var algLength = input[at += kidLength];
            var alg = Encoding.ASCII.GetString(input.Slice(at += 1, algLength));
            var wrappedLength = BinaryPrimitives.ReadUInt16BigEndian(input[(at += algLength)..]);
            var wrapped = input.Slice(at += 2, wrappedLength).ToArray();
            return (new WrappedKey(kid, alg, wrapped), at + wrappedLength);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw new AdapterIntegrityException("The sealed adapter's header is truncated.", ex);
        }
    }

    private static byte[] AssociatedData(string sha256Hex, ReadOnlySpan<byte> header)
    {
        var aad = new byte[sha256Hex.Length + header.Length];
        Encoding.ASCII.GetBytes(sha256Hex, aad);
        header.CopyTo(aad.AsSpan(sha256Hex.Length));
        return aad;
    }
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
