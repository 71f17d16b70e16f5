using System.Diagnostics;
using System.Reflection;

namespace Infra.Tests;

/// <summary>Runs the Bicep CLI restored from the Azure.Bicep.CommandLine.linux-x64 NuGet package.</summary>
public static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Full path of the pinned bicep executable; fails loudly rather than falling back to a PATH copy.</summary>
    public static string ExecutablePath { get; } = Locate();

    public static async Task<BicepRun> RunAsync(string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        using var timeout = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return new BicepRun(string.Join(' ', arguments), process.ExitCode, await stdout, await stderr);
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Bicep CLI not found at '{path}'. Restore tests/Infra.Tests (package Azure.Bicep.CommandLine.linux-x64).");
        }

        return path;
    }
}

/// <summary>Outcome of one Bicep CLI invocation.</summary>
public sealed record BicepRun(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() =>
        $"bicep {Command} exited {ExitCode}{Environment.NewLine}{StandardOutput}{Environment.NewLine}{StandardError}";
}
