using System.CommandLine;
using Pipeline.Secrets;
using Pipeline.Security;

namespace Pipeline.LocalHost.Commands;

/// <summary>
/// <c>token --user NAME --role ROLE [--role ROLE]</c>: prints a bearer token the local stack accepts, signed with the
/// local development key (created in the local secret store on first use). Entra ID issues tokens in Azure.
/// </summary>
internal static class TokenCommand
{
    private static readonly string[] KnownRoles = [AppRoles.Submitter, AppRoles.Approver, AppRoles.InferenceUser, AppRoles.Admin];

    public static Command Create()
    {
        var user = new Option<string>("--user", "-u") { Description = "The user the token is for.", Required = true };
        var roles = new Option<string[]>("--role", "-r") { Description = $"App role(s): {string.Join(", ", KnownRoles)}.", Required = true, AllowMultipleArgumentsPerToken = true };
        var hours = new Option<int>("--hours") { Description = "Lifetime in hours (default 8).", DefaultValueFactory = _ => 8 };
        var secrets = new Option<DirectoryInfo?>("--secrets") { Description = "Folder of the local secret store (default: .local/secrets)." };
        var command = new Command("token", "Print a development bearer token for the local stack.") { user, roles, hours, secrets };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(user), parse.GetRequiredValue(roles), parse.GetValue(hours),
            parse.GetValue(secrets) ?? new DirectoryInfo(Path.Combine(".local", "secrets")), Console.Out, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(string user, string[] roles, int hours, DirectoryInfo secretsFolder, TextWriter output, CancellationToken cancellationToken)
    {
        var unknown = roles.Where(r => !KnownRoles.Contains(r, StringComparer.Ordinal)).ToList();
        if (string.IsNullOrWhiteSpace(user) || unknown.Count > 0 || hours is < 1 or > 24)
        {
            await Console.Error.WriteLineAsync(unknown.Count > 0
                ? $"error: unknown role(s) {string.Join(", ", unknown)}; known: {string.Join(", ", KnownRoles)}"
                : "error: --user must be non-empty and --hours between 1 and 24");
            return MaskCommand.UsageError;
        }

        var key = await new FileSecretStore(secretsFolder.FullName).GetOrCreateKeyAsync(AccessTokenValidator.DevelopmentSigningKeyName, 32, cancellationToken);
        await output.WriteLineAsync(AccessTokenValidator.CreateDevelopmentToken(key, AccessTokenValidator.LocalAudience, user, roles, TimeSpan.FromHours(hours)));
        return 0;
    }
}
