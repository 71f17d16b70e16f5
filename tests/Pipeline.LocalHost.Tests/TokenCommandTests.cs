using Microsoft.Extensions.Options;
using Pipeline.LocalHost.Commands;
using Pipeline.Secrets;
using Pipeline.Security;

namespace Pipeline.LocalHost.Tests;

public sealed class TokenCommandTests : IDisposable
{
    private readonly DirectoryInfo _secrets = Directory.CreateTempSubdirectory("token-cli-");

    [Fact]
    public async Task Token_IsAcceptedByTheSharedValidatorWithItsRoles()
    {
        var output = new StringWriter();

        var exit = await TokenCommand.RunAsync("alice", [AppRoles.Approver, AppRoles.InferenceUser], 1, _secrets, output, CancellationToken.None);

        Assert.Equal(0, exit);
        var key = await new FileSecretStore(_secrets.FullName).GetOrCreateKeyAsync(AccessTokenValidator.DevelopmentSigningKeyName, 32);
        var validator = new AccessTokenValidator(Options.Create(new AccessTokenOptions { Audience = AccessTokenValidator.LocalAudience, DevelopmentSigningKey = key }));
        var caller = await validator.ValidateAsync("Bearer " + output.ToString().Trim());
        Assert.NotNull(caller);
        Assert.Equal("alice", caller.Id);
        Assert.Equal(new HashSet<string> { AppRoles.Approver, AppRoles.InferenceUser }, caller.Roles);
    }

    [Fact]
    public async Task Token_WithAnUnknownRole_IsAUsageError()
    {
        var exit = await TokenCommand.RunAsync("alice", ["Pipeline.Superuser"], 1, _secrets, new StringWriter(), CancellationToken.None);

        Assert.Equal(MaskCommand.UsageError, exit);
    }

    public void Dispose() => _secrets.Delete(recursive: true);
}
