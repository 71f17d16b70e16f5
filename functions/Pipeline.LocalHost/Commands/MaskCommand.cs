using System.CommandLine;
using System.Text.Json;
using Masking;
using Masking.Dataset;
using Pipeline.Secrets;
using Spectre.Console;

namespace Pipeline.LocalHost.Commands;

/// <summary><c>mask --input IN.jsonl --output OUT.jsonl [--report R.json] [--policy P.json]</c>.</summary>
internal static class MaskCommand
{
    /// <summary>Exit code for a dataset that failed validation (the report names the lines).</summary>
    public const int InvalidDataset = 1;

    /// <summary>Exit code for a usage problem: missing file, bad policy, output equal to input.</summary>
    public const int UsageError = 2;

    public static Command Create()
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "Chat or prompt/completion JSONL dataset to mask (never modified).", Required = true };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where the masked JSONL goes; written only when the whole dataset is valid.", Required = true };
        var report = new Option<FileInfo?>("--report", "-r") { Description = "Write the validation and masking report (counts and line numbers, never values) as JSON." };
        var policy = new Option<FileInfo?>("--policy", "-p") { Description = "Masking policy JSON (operators per entity type, threshold)." };
        var secrets = new Option<DirectoryInfo?>("--secrets") { Description = "Folder of the local secret store (default: .local/secrets). Azure uses Key Vault." };

        var command = new Command("mask", "Validate a dataset and mask the personal data in it.") { input, output, report, policy, secrets };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(input), parse.GetRequiredValue(output), parse.GetValue(report), parse.GetValue(policy),
            parse.GetValue(secrets) ?? new DirectoryInfo(Path.Combine(".local", "secrets")), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(FileInfo input, FileInfo output, FileInfo? reportFile, FileInfo? policyFile,
        DirectoryInfo secretsFolder, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (!input.Exists)
        {
            console.MarkupLineInterpolated($"[red]error:[/] input file '{input.FullName}' does not exist.");
            return UsageError;
        }

        if (string.Equals(Path.GetFullPath(input.FullName), Path.GetFullPath(output.FullName), StringComparison.Ordinal))
        {
            console.MarkupLine("[red]error:[/] --output must differ from --input; the input is never modified.");
            return UsageError;
        }

        MaskingPolicy policy;
        try
        {
            policy = policyFile is null ? MaskingPolicy.Default : MaskingPolicy.Parse(await File.ReadAllTextAsync(policyFile.FullName, cancellationToken));
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] policy '{policyFile!.FullName}': {ex.Message}");
            return UsageError;
        }

        var key = policy.NeedsKey
            ? await new FileSecretStore(secretsFolder.FullName).GetOrCreateKeyAsync(SecretNames.PseudonymisationKey, 32, cancellationToken)
            : [];

        Directory.CreateDirectory(output.DirectoryName ?? ".");
        var temp = Path.Combine(output.DirectoryName ?? ".", $".{output.Name}.{Guid.NewGuid():N}.partial");
        DatasetMaskingResult result;
        string inputHash;
        string outputHash;
        try
        {
            await using (var inputStream = new HashingStream(new FileStream(input.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true)))
            await using (var outputStream = new HashingStream(new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true)))
            {
                var masker = new DatasetMasker(policy, key);
                result = await WithProgressAsync(console, input.Length, progress => masker.MaskAsync(inputStream, outputStream, progress, cancellationToken));
                inputHash = inputStream.HashHex;
                outputHash = outputStream.HashHex;
            }

            if (result.Succeeded)
            {
                File.Move(temp, output.FullName, overwrite: true);
            }
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        if (reportFile is not null)
        {
            var document = MaskingRunReport.From(input.Name, inputHash, result.Succeeded ? outputHash : null, policy.Version, result);
            Directory.CreateDirectory(reportFile.DirectoryName ?? ".");
            await File.WriteAllTextAsync(reportFile.FullName, JsonSerializer.Serialize(document, ReportJsonContext.Default.MaskingRunReport), cancellationToken);
        }

        if (!result.Succeeded)
        {
            Console.Error.WriteLine(result.Validation.Summarize());
            Console.Error.WriteLine("No output written; the input is unchanged.");
            return InvalidDataset;
        }

        Console.WriteLine($"Masked {result.Masking.RecordsWritten:N0} records ({result.Validation.Format}): {result.Masking.TotalMasked:N0} values in {result.Masking.RecordsWithPii:N0} records.");
        foreach (var (type, count) in result.Masking.ByEntityType.OrderByDescending(kv => kv.Value))
        {
            Console.WriteLine($"  {type,-24} {count,10:N0}");
        }

        if (result.Validation.WarningCount > 0)
        {
            Console.WriteLine(result.Validation.Summarize());
        }

        Console.WriteLine($"Output: {output.FullName} (sha256 {outputHash})");
        return 0;
    }

    /// <summary>A live bar on a terminal for files over 16 MB; plain lines every 10% otherwise (CI logs).</summary>
    private static async Task<T> WithProgressAsync<T>(IAnsiConsole console, long totalBytes, Func<IProgress<long>?, Task<T>> work)
    {
        if (totalBytes < 16L * 1024 * 1024)
        {
            return await work(null);
        }

        if (!console.Profile.Capabilities.Interactive || Console.IsErrorRedirected)
        {
            var nextPercent = 10;
            var lines = new Progress<long>(bytes =>
            {
                var percent = (int)(bytes * 100 / totalBytes);
                if (percent >= nextPercent)
                {
                    Console.Error.WriteLine($"masking: {percent}% ({bytes / (1024 * 1024):N0} of {totalBytes / (1024 * 1024):N0} MB)");
                    nextPercent = (percent / 10 * 10) + 10;
                }
            });
            return await work(lines);
        }

        T result = default!;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("masking", maxValue: totalBytes);
                result = await work(new SynchronousProgress(bytes => task.Value = bytes));
            });
        return result;
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
