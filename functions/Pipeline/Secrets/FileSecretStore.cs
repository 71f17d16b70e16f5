using System.Security.Cryptography;

namespace Pipeline.Secrets;

/// <summary>
/// Local development secret store: one file per secret (base64) in a folder readable only by the owner.
/// It stands in for Key Vault, which has no emulator; it offers none of Key Vault's protections and is never
/// used in Azure.
/// </summary>
public sealed class FileSecretStore : ISecretStore
{
    private readonly string _folder;

    /// <summary>Creates a store over <paramref name="folder"/> (created with mode 0700 when missing).</summary>
    public FileSecretStore(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = folder;
    }

    /// <inheritdoc />
    public async Task<byte[]> GetOrCreateKeyAsync(string name, int lengthIfNew, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(lengthIfNew, 16);
        var path = Path.Combine(_folder, name);
        if (File.Exists(path))
        {
            return Convert.FromBase64String((await File.ReadAllTextAsync(path, cancellationToken)).Trim());
        }

        CreatePrivateFolder(_folder);
        var key = RandomNumberGenerator.GetBytes(lengthIfNew);
        var temp = path + ".new";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temp, options))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(Convert.ToBase64String(key));
        }

        try
        {
            // Two processes may race to create the key; the first one wins and both read the same value.
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return Convert.FromBase64String((await File.ReadAllTextAsync(path, cancellationToken)).Trim());
        }

        return key;
    }

    private static void CreatePrivateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new ArgumentException("secret names use letters, digits and '-' only (as in Key Vault)", nameof(name));
        }
    }
}
