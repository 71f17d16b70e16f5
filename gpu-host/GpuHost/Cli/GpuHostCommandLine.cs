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
/// The command dispatcher: each command lives in its own class and is registered here. <c>serve</c> (the ASP.NET Core
/// service) is the default: no arguments, or arguments that start with an option, run it.
/// </summary>
public static class GpuHostCommandLine
{
    public static RootCommand Build(IAnsiConsole console) =>
        new("Private GPU host: OpenAI-compatible inference, LoRA fine-tune jobs and evaluations on GGUF Llama models.")
        {
            ServeCommand.Build(),
            CreateTinyModelCommand.Build(console),
            TrainCommand.Build(console),
            DevTokenCommand.Build(console),
        };

    public static Task<int> InvokeAsync(string[] args, IAnsiConsole? console = null, CancellationToken cancellationToken = default)
    {
        console ??= AnsiConsole.Console;
        ArgumentNullException.ThrowIfNull(args);
        args = WithDefaultCommand(args);
        if (args[0] == "serve" && !args.Skip(1).Any(a => a is "-h" or "--help" or "-?"))
        {
            // The web host parses its own arguments, and a start-up failure (invalid options) must surface as the host's
            // exception (non-zero exit, full message), not be reduced to a line by the command-line parser.
            return ServeCommand.RunAsync(args[1..], cancellationToken);
        }

        var root = Build(console);
        return root.Parse(args).InvokeAsync(new InvocationConfiguration(), cancellationToken);
    }

    /// <summary>Container entry points and WebApplicationFactory start the binary without a command: that means <c>serve</c>.</summary>
    internal static string[] WithDefaultCommand(string[] args) =>
        args.Length == 0 || (args[0].StartsWith('-') && args[0] is not ("-h" or "--help" or "-?" or "--version"))
            ? ["serve", .. args]
            : args;
}
