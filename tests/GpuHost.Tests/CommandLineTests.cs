using System.Net;
using System.Net.Http.Headers;
using GpuHost.Cli;
using Spectre.Console;
using TestSupport;

namespace GpuHost.Tests;

[Collection(GpuHostCollection.Name)]
public sealed class CommandLineTests(AzuriteFixture azurite, ModelFiles files)
{
    [Theory]
    [InlineData("", "serve")]
    [InlineData("--urls http://127.0.0.1:5000", "serve --urls http://127.0.0.1:5000")]
    [InlineData("serve --urls x", "serve --urls x")]
    [InlineData("train --base b.gguf", "train --base b.gguf")]
    [InlineData("--help", "--help")]
    public void WithDefaultCommand_RunsServeUnlessACommandIsNamed(string args, string expected)
    {
        var result = GpuHostCommandLine.WithDefaultCommand(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(expected, string.Join(' ', result));
    }

    [Fact]
    public async Task DevToken_IsAcceptedByAHostSharingItsSecretsFolder()
    {
        await using var host = new GpuHostFactory(azurite, files);
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(output) });

        var code = await GpuHostCommandLine.InvokeAsync(["dev-token", "--secrets-folder", files.SecretsFolder, "--audience", GpuHostFactory.Audience], console);
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", output.ToString().Trim());
        var response = await http.GetAsync("/v1/models");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
