using System.CommandLine;
using GpuHost.Hosting;
using GpuHost.Security;
using Microsoft.Extensions.Options;
using Pipeline.Secrets;
using Spectre.Console;

namespace GpuHost.Cli;

/// <summary>
/// <c>dev-token --secrets-folder DIR --audience AUD</c>: prints a bearer token signed with the local key that a
/// development host (same secrets folder) accepts. Useless against a host configured with Entra ID.
/// </summary>
internal static class DevTokenCommand
{
    public static Command Build(IAnsiConsole console)
    {
        var folder = new Option<DirectoryInfo>("--secrets-folder") { Description = "The host's Secrets:LocalFolder.", Required = true };
        var audience = new Option<string>("--audience") { Description = "The host's Auth:Audience.", Required = true };
        var issuer = new Option<string>("--issuer") { Description = "The host's Auth:LocalIssuer.", DefaultValueFactory = _ => new AuthOptions().LocalIssuer };
        var subject = new Option<string>("--subject") { Description = "Who the token names.", DefaultValueFactory = _ => "developer" };
        var minutes = new Option<int>("--minutes") { Description = "Lifetime in minutes.", DefaultValueFactory = _ => 60 };
        var command = new Command("dev-token", "Print a locally signed bearer token for a development GPU host.") { folder, audience, issuer, subject, minutes };
        command.SetAction(parse =>
        {
            var auth = Options.Create(new AuthOptions { Audience = parse.GetValue(audience)!, LocalIssuer = parse.GetValue(issuer)! });
            var key = new LocalSigningKey(new FileSecretStore(parse.GetValue(folder)!.FullName), auth);
            // Plain output (no markup): scripts capture it.
            console.Profile.Out.Writer.WriteLine(key.CreateToken(parse.GetValue(subject)!, TimeSpan.FromMinutes(parse.GetValue(minutes))));
            return ExitCodes.Success;
        });
        return command;
    }
}
