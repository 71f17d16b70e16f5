using Pipeline.Secrets;

namespace Pipeline.Tests;

public sealed class FileSecretStoreTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("secrets-");

    [Fact]
    public async Task GetOrCreate_CreatesOnceThenReturnsTheSameKey()
    {
        var store = new FileSecretStore(Path.Combine(_folder.FullName, "store"));

        var first = await store.GetOrCreateKeyAsync(SecretNames.PseudonymisationKey, 32);
        var second = await new FileSecretStore(Path.Combine(_folder.FullName, "store")).GetOrCreateKeyAsync(SecretNames.PseudonymisationKey, 32);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        Assert.NotEqual(new byte[32], first);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // POSIX permissions; the product runs on Linux hosts
    public async Task GetOrCreate_FilesAreReadableByTheOwnerOnly()
    {
        var folder = Path.Combine(_folder.FullName, "store");
        await new FileSecretStore(folder).GetOrCreateKeyAsync("k1", 16);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "k1")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task GetOrCreate_RejectsNamesThatAreNotKeyVaultNames(string name)
    {
        var store = new FileSecretStore(_folder.FullName);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.GetOrCreateKeyAsync(name, 32));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
