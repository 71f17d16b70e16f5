using System.CommandLine;
using System.Net.Sockets;
using Pipeline.LocalHost.LocalStack;
using Spectre.Console;

namespace Pipeline.LocalHost.Commands;

/// <summary><c>up [--port 7071] [--data .local]</c>: runs the local stack until Ctrl+C (or SIGTERM).</summary>
internal static class UpCommand
{
    /// <summary>Exit code when the stack could not start (port taken, emulator missing).</summary>
    public const int StartFailed = 3;

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port of the HTTP routes (default 7071).", DefaultValueFactory = _ => 7071 };
        var data = new Option<DirectoryInfo?>("--data") { Description = "State folder: storage, secrets, base model (default: .local)." };
        var command = new Command("up", "Run the local stack: storage, GPU host, durable workflow and the HTTP routes on 127.0.0.1.") { port, data };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new LocalStackOptions { Port = parse.GetValue(port), DataFolder = parse.GetValue(data)?.FullName ?? ".local" }, cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(LocalStackOptions options, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Console;
        LocalStack.LocalStack stack;
        try
        {
            stack = await LocalStack.LocalStack.StartAsync(options, line => console.MarkupLineInterpolated($"[grey]•[/] {line}"), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException or InvalidOperationException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] the local stack did not start: {ex.Message}");
            return StartFailed;
        }

        await using (stack)
        {
            console.MarkupLineInterpolated($"[green]Local stack up[/] at {stack.BaseAddress}api/ — Ctrl+C stops it.");
            console.MarkupLine("  Upload a dataset: put a .jsonl blob under [bold]datasets/incoming/{team}/[/] (Azurite), or POST /api/runs.");
            console.MarkupLine("  Tokens: [bold]dotnet run --project functions/Pipeline.LocalHost -- token --user NAME --role ROLE[/]");
            console.MarkupLineInterpolated($"  Approver page: {stack.BaseAddress}api/ui/");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                console.MarkupLine("Stopping…");
            }
        }

        return 0;
    }
}
