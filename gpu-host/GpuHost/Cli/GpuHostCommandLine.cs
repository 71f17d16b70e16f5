using System.CommandLine;
using Spectre.Console;

namespace GpuHost.Cli;

/// <summary>Exit codes of the GPU host CLI.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Unexpected failure (a bug or an environment problem).</summary>
    public const int Failure = 1;

    /// <summary>The input was unusable: missing file, corrupt model, bad dataset, unsupported architecture.</summary>
    public const int BadInput = 2;

    public const int Cancelled = 130;
}

/// <summary>
/// The command dispatcher: each command lives in its own class and is registered here, so the later
/// <c>serve</c> command (the ASP.NET Core host) slots in beside <c>create-tiny-model</c> and <c>train</c>.
/// </summary>
public static class GpuHostCommandLine
{
    public static RootCommand Build(IAnsiConsole console) =>
        new("Private GPU host: LoRA training on GGUF Llama models (inference service to follow).")
        {
            CreateTinyModelCommand.Build(console),
            TrainCommand.Build(console),
        };

    public static Task<int> InvokeAsync(string[] args, IAnsiConsole? console = null, CancellationToken cancellationToken = default)
    {
        console ??= AnsiConsole.Console;
        var root = Build(console);
        return root.Parse(args).InvokeAsync(new InvocationConfiguration(), cancellationToken);
    }
}
