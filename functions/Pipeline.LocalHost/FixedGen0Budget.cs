using System.Diagnostics;
using System.Runtime.InteropServices;
using Masking;

namespace Pipeline.LocalHost;

/// <summary>
/// Starts the <c>mask</c> command again with the masking hosts' fixed generation-0 budget when it was started without it
/// (<see cref="MaskingHostSettings"/>): the runtime reads the budget from the environment only, before any code runs.
/// The same arguments, console and exit code. Ctrl+C from a terminal reaches both processes; a SIGTERM or SIGQUIT sent
/// to this one is passed on, and this one waits for the other to stop.
/// </summary>
internal static class FixedGen0Budget
{
    /// <summary>The exit code of the command started again; null when this process already has the budget or runs another command.</summary>
    public static async Task<int?> RestartWithoutItAsync(string[] args)
    {
        if (args.Length == 0 || args[0] != "mask" || Environment.GetEnvironmentVariable(MaskingHostSettings.Gen0BudgetVariable) is not null)
        {
            return null;
        }

        var path = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(path) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            info.ArgumentList.Add(typeof(FixedGen0Budget).Assembly.Location);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment[MaskingHostSettings.Gen0BudgetVariable] = MaskingHostSettings.Gen0BudgetHex;
        using var child = Process.Start(info) ?? throw new InvalidOperationException("could not start the mask command again");
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => PassOn(context, child, 15));
        using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, context => PassOn(context, child, 3));
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    private static void PassOn(PosixSignalContext context, Process child, int signal)
    {
        context.Cancel = true;
        if (!OperatingSystem.IsWindows() && !child.HasExited)
        {
            _ = Kill(child.Id, signal);
        }
    }

    // A plain import: two integers need no marshalling, and the project stays free of unsafe code.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code enabled for the whole project
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}
