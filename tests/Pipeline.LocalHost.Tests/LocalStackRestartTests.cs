using System.Diagnostics;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Audit;
using Pipeline.Functions.Intake;
using Pipeline.LocalHost.LocalStack;
using Pipeline.Orchestration;
using TestSupport;
using Xunit.Abstractions;

namespace Pipeline.LocalHost.Tests;

/// <summary>
/// Crash safety of the local stack as a user runs it (<c>up</c> in its own process): killed with SIGKILL in the middle
/// of training, started again on the same state folder, the run carries on — the durable history replays, the GPU
/// host resumes its job from the last checkpoint — and ends promoted with exactly one training job.
/// </summary>
[Collection(LocalStackCollection.Name)]
public sealed class LocalStackRestartTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("local-stack-restart-");
    private readonly List<Process> _processes = [];

    [Fact]
    public async Task KilledDuringTraining_RestartResumesTheRun_WithoutASecondTrainingJob()
    {
        var port = StackApi.FreePort();
        using var api = new StackApi(new Uri($"http://127.0.0.1:{port}/"), Path.Combine(_data.FullName, "secrets"));
        var first = await StartUpAsync(port, api);

        var blobs = new BlobServiceClient(AzuriteProcess.ConnectionStringOfRunning(Path.Combine(_data.FullName, "azurite"))!);
        var blob = blobs.GetBlobContainerClient("datasets").GetBlobClient($"incoming/{StackApi.Team}/clinic-notes.jsonl");
        var uploaded = await blob.UploadAsync(RepositoryPaths.Combine("samples", "demo", "clinic-notes.jsonl"));
        var runId = RunIds.ForUpload(blob.Uri, uploaded.Value.ETag.ToString());

        // Kill as soon as the GPU host reports the job running.
        var training = await api.WaitForRunAsync(runId,
            r => (StackApi.Phase(r) == RunPhase.Training && r["progress"]?["jobStatus"]?.GetValue<string>() == "running") || StackApi.Status(r) is not null,
            LocalStackCollection.RunTimeout);
        Assert.Equal(RunPhase.Training, StackApi.Phase(training));
        first.Kill(entireProcessTree: false);
        await first.WaitForExitAsync();
        output.WriteLine($"killed the stack during training: {training["progress"]}");

        await StartUpAsync(port, api);
        await api.WaitForRunAsync(runId, r => StackApi.Phase(r) == RunPhase.AwaitingApproval || StackApi.Status(r) is not null, LocalStackCollection.RunTimeout);
        await api.ApproveAsync(runId, "dana.approver");
        await api.ApproveAsync(runId, "lee.approver");
        var final = await api.WaitForRunAsync(runId, r => StackApi.Status(r) is not null, TimeSpan.FromMinutes(3));
        Assert.Equal(RunStatus.Promoted, StackApi.Status(final));

        var jobs = await blobs.GetBlobContainerClient("gpu-host-jobs").GetBlobsAsync(new GetBlobsOptions { Prefix = "jobs/" }).ToListAsync();
        Assert.Single(jobs);
        var audit = await new AuditLog(blobs.GetBlobContainerClient("audit")).ReadAllAsync().ToListAsync();
        Assert.Single(audit, e => e.Action == "training.started");
        Assert.True((await new AuditLog(blobs.GetBlobContainerClient("audit")).VerifyAsync()).IsValid);
    }

    private async Task<Process> StartUpAsync(int port, StackApi api)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Pipeline.LocalHost.dll"), "up", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", _data.FullName })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        _processes.Add(process);
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!await api.IsHealthyAsync())
        {
            Assert.False(process.HasExited, $"the stack exited with {(process.HasExited ? process.ExitCode : 0)} while starting");
            Assert.True(DateTime.UtcNow < deadline, "the stack did not answer /api/health within 3 minutes");
            await Task.Delay(250);
        }

        return process;
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test has finished; late output of the stopping process is dropped.
        }
    }

    public void Dispose()
    {
        // Stop the last stack gracefully (SIGTERM: it stops its Azurite, which flushes), then anything left.
        foreach (var process in _processes.Where(p => !p.HasExited))
        {
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                term.WaitForExit();
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
            }
        }

        foreach (var process in _processes)
        {
            process.Dispose();
        }

        // An Azurite orphaned by a failed test would keep the folder busy: stop it, if the recorded pid is still that Azurite
        // (not a recycled pid, which may now be another test's Azurite).
        AzuriteProcess.StopRecordedAsync(Path.Combine(_data.FullName, "azurite")).GetAwaiter().GetResult();

        _data.Delete(recursive: true);
    }
}
