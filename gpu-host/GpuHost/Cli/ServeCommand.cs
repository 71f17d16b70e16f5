using System.CommandLine;
using GpuHost.Hosting;

namespace GpuHost.Cli;

/// <summary>
/// <c>serve [ASP.NET Core arguments]</c>: the GPU host service. Everything after <c>serve</c> goes to the web host
/// (<c>--urls</c>, <c>--GpuHost:BaseModelPath=…</c>, <c>--environment</c>), so configuration works as in any ASP.NET Core app.
/// </summary>
internal static class ServeCommand
{
    public static Command Build()
    {
        var command = new Command("serve", "Run the service: OpenAI-compatible inference, fine-tune jobs and evaluations (the default command).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, ct) => RunAsync([.. parse.UnmatchedTokens], ct));
        return command;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        // RunAsync disposes the application when it stops (SIGTERM, Ctrl+C, or the caller's token).
        await GpuHostApplication.Build(args).RunAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
