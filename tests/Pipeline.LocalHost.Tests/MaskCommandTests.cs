using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Pipeline.LocalHost.Commands;
using TestSupport;

namespace Pipeline.LocalHost.Tests;

public sealed class MaskCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("mask-cli-");

    [Fact]
    public async Task Mask_ShippedSample_WritesMaskedOutputAndReport()
    {
        var output = Path.Combine(_work.FullName, "out", "masked.jsonl");
        var report = Path.Combine(_work.FullName, "out", "report.json");

        var exit = await RunAsync(RepositoryPaths.Combine("samples", "clinic-chat.jsonl"), output, report);

        Assert.Equal(0, exit);
        var masked = await File.ReadAllTextAsync(output);
        Assert.DoesNotContain("Maria Gonzalez", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("4111 1111 1111 1111", masked, StringComparison.Ordinal);
        Assert.Contains("metformin 500 mg", masked, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        Assert.True(json.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal(8, json.RootElement.GetProperty("masking").GetProperty("recordsWritten").GetInt64());
        Assert.Equal(Sha256(output), json.RootElement.GetProperty("outputSha256").GetString());
        Assert.DoesNotContain("Gonzalez", await File.ReadAllTextAsync(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mask_MalformedDataset_ExitsOneWritesNothingAndLeavesInputUntouched()
    {
        var input = Path.Combine(_work.FullName, "bad.jsonl");
        File.Copy(RepositoryPaths.Combine("samples", "malformed.jsonl"), input);
        var before = Sha256(input);
        var output = Path.Combine(_work.FullName, "masked.jsonl");
        var report = Path.Combine(_work.FullName, "report.json");

        var exit = await RunAsync(input, output, report);

        Assert.Equal(MaskCommand.InvalidDataset, exit);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_work.FullName, "*.partial"));
        Assert.Equal(before, Sha256(input));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var issues = json.RootElement.GetProperty("validation").GetProperty("issues").EnumerateArray()
            .Select(i => (i.GetProperty("line").GetInt64(), i.GetProperty("code").GetString())).ToList();
        Assert.Equal([(2L, "no-assistant-turn"), (3L, "invalid-role"), (4L, "invalid-json")], issues);
    }

    [Fact]
    public async Task Mask_MissingInput_IsAUsageError()
    {
        var exit = await RunAsync(Path.Combine(_work.FullName, "nope.jsonl"), Path.Combine(_work.FullName, "o.jsonl"), null);

        Assert.Equal(MaskCommand.UsageError, exit);
    }

    [Fact]
    public async Task Mask_OutputEqualToInput_IsRefused()
    {
        var input = Path.Combine(_work.FullName, "same.jsonl");
        File.Copy(RepositoryPaths.Combine("samples", "clinic-chat.jsonl"), input);
        var before = Sha256(input);

        var exit = await RunAsync(input, input, null);

        Assert.Equal(MaskCommand.UsageError, exit);
        Assert.Equal(before, Sha256(input));
    }

    [Fact]
    public async Task Mask_BadPolicy_IsAUsageErrorNamingTheProblem()
    {
        var policy = Path.Combine(_work.FullName, "policy.json");
        await File.WriteAllTextAsync(policy, """{"version":"1","operators":{"SHOE_SIZE":"redact"}}""");
        var errors = new StringWriter();
        var original = Console.Error;
        int exit;
        try
        {
            Console.SetError(errors);
            exit = await MaskCommand.RunAsync(new FileInfo(RepositoryPaths.Combine("samples", "clinic-chat.jsonl")),
                new FileInfo(Path.Combine(_work.FullName, "o.jsonl")), null, new FileInfo(policy), new DirectoryInfo(Path.Combine(_work.FullName, "secrets")), CancellationToken.None);
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Equal(MaskCommand.UsageError, exit);
        Assert.Contains("SHOE_SIZE", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mask_PseudonymPolicy_TakesItsKeyFromTheSecretStore()
    {
        var secrets = new DirectoryInfo(Path.Combine(_work.FullName, "secrets"));
        var output = Path.Combine(_work.FullName, "p.jsonl");

        var exit = await MaskCommand.RunAsync(new FileInfo(RepositoryPaths.Combine("samples", "clinic-chat.jsonl")), new FileInfo(output), null,
            new FileInfo(RepositoryPaths.Combine("samples", "policy.example.json")), secrets, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(secrets.FullName, "pseudonymisation-key")));
        Assert.Matches("<PERSON_[0-9a-f]{16}>", await File.ReadAllTextAsync(output));
    }

    [Fact]
    public async Task Mask_AsANewUserRunsIt_ThroughTheRealExecutable()
    {
        var output = Path.Combine(_work.FullName, "exe.jsonl");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _work.FullName };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Pipeline.LocalHost.dll"), "mask", "--input", RepositoryPaths.Combine("samples", "malformed.jsonl"), "--output", output })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("line 2: error no-assistant-turn", stderr, StringComparison.Ordinal);
        Assert.Contains("line 4: error invalid-json", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private async Task<int> RunAsync(string input, string output, string? report) =>
        await MaskCommand.RunAsync(new FileInfo(input), new FileInfo(output), report is null ? null : new FileInfo(report), null,
            new DirectoryInfo(Path.Combine(_work.FullName, "secrets")), CancellationToken.None);

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose() => _work.Delete(recursive: true);
}
