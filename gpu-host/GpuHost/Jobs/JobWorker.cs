using System.Collections.Concurrent;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using GpuHost.Adapters;
using GpuHost.Hosting;
using GpuHost.Security;
using Microsoft.Extensions.Options;
using Training.Data;
using Training.Model;
using Training.Trainer;

namespace GpuHost.Jobs;

/// <summary>
/// Runs fine-tune jobs one at a time (one GPU): validates files, trains with checkpoints sealed to blob storage,
/// publishes the adapter. On start it first resumes a job left <c>running</c> by a previous process from its last
/// checkpoint. A host shutdown leaves the job <c>running</c> (to resume); only a cancel request cancels it.
/// </summary>
public sealed partial class JobWorker(
    JobStore store,
    StorageClients storage,
    AdapterStore adapters,
    WorkDirectory work,
    GpuHostMetrics metrics,
    IOptions<GpuHostOptions> hostOptions,
    IOptions<JobOptions> jobOptions,
    ILogger<JobWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _cancellations = new(StringComparer.Ordinal);

    /// <summary>Wakes the worker (a job was submitted or cancelled).</summary>
    public void Signal() => _signal.Release();

    /// <summary>Cancels the job if this process is running it right now.</summary>
    public bool CancelRunning(string id)
    {
        if (_cancellations.TryGetValue(id, out var cts))
        {
            cts.Cancel();
            return true;
        }

        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!jobOptions.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.EnsureCreatedAsync(stoppingToken);
                if (await NextAsync(stoppingToken) is { } job)
                {
                    await ProcessAsync(job, stoppingToken);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or IOException)
            {
                // Storage briefly unavailable: try again after the poll interval.
                LogWorkerError(logger, ex);
            }

            try
            {
                await _signal.WaitAsync(jobOptions.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<FineTuneJob?> NextAsync(CancellationToken ct)
    {
        var jobs = (await store.ListAsync(ct)).Where(j => !JobStatus.IsTerminal(j.Status)).OrderBy(j => j.SubmittedAt).ThenBy(j => j.Id, StringComparer.Ordinal).ToList();
        return jobs.FirstOrDefault(j => j.Status == JobStatus.Running)
            ?? jobs.FirstOrDefault(j => j.Status == JobStatus.ValidatingFiles)
            ?? jobs.FirstOrDefault(j => j.Status == JobStatus.Queued);
    }

    private async Task ProcessAsync(FineTuneJob job, CancellationToken stoppingToken)
    {
        using var activity = GpuHostMetrics.Source.StartActivity("fine_tune.job");
        activity?.SetTag("gpuhost.job", job.Id);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        _cancellations[job.Id] = cts;
        var folder = work.Secure("jobs", job.Id);
        try
        {
            if (job.CancelRequested)
            {
                await FinishAsync(job.Id, JobStatus.Cancelled, null, CancellationToken.None);
                return;
            }

            if (job.Status == JobStatus.ValidatingFiles)
            {
                await ValidateAsync(job, folder, cts.Token);
            }
            else
            {
                await TrainAsync(job, folder, cts.Token);
            }
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown (whatever it interrupted): the job stays as it is and resumes from its last checkpoint next time.
            LogSuspended(logger, job.Id);
            throw new OperationCanceledException(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            await FinishAsync(job.Id, JobStatus.Cancelled, null, CancellationToken.None);
            await Event(job.Id, "info", "Fine-tuning job cancelled.", CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var error = Describe(ex);
            LogJobFailed(logger, job.Id, error.Code, ex.GetType().Name);
            await FinishAsync(job.Id, JobStatus.Failed, error, CancellationToken.None);
            await Event(job.Id, "error", error.Message, CancellationToken.None);
        }
        finally
        {
            _cancellations.TryRemove(job.Id, out _);
            if (await store.GetAsync(job.Id, CancellationToken.None) is { } after && JobStatus.IsTerminal(after.Job.Status))
            {
                // Datasets and checkpoints leave the host as soon as the job is over.
                TryDelete(folder);
                await store.DeleteCheckpointsAsync(job.Id, null, CancellationToken.None);
            }
        }
    }

    private async Task ValidateAsync(FineTuneJob job, string folder, CancellationToken ct)
    {
        var (trainPath, trainSha) = await DownloadAsync(job.TrainingFile, Path.Combine(folder, "train.jsonl"), ct);
        var trainCount = Load(trainPath, job.TrainingFile).Count;
        string? evalSha = null;
        var evalCount = 0;
        if (job.ValidationFile is { } v)
        {
            var (evalPath, sha) = await DownloadAsync(v, Path.Combine(folder, "eval.jsonl"), ct);
            evalSha = sha;
            evalCount = Load(evalPath, v).Count;
        }

        await store.UpdateAsync(job.Id, j => j.Status != JobStatus.ValidatingFiles ? null
            : j with { Status = JobStatus.Queued, TrainingFileSha256 = trainSha, ValidationFileSha256 = evalSha }, ct);
        await Event(job.Id, "info", $"Files validated: {trainCount} training and {evalCount} validation records.", ct);
    }

    private async Task TrainAsync(FineTuneJob job, string folder, CancellationToken ct)
    {
        var trainPath = await EnsureLocalAsync(job.TrainingFile, Path.Combine(folder, "train.jsonl"), job.TrainingFileSha256, ct);
        var evalPath = job.ValidationFile is { } v ? await EnsureLocalAsync(v, Path.Combine(folder, "eval.jsonl"), job.ValidationFileSha256, ct) : null;
        string? resumeFrom = null;
        if (job.Status == JobStatus.Running && job.CheckpointStep > 0)
        {
            resumeFrom = Path.Combine(folder, "resume", $"checkpoint-{job.CheckpointStep:D6}");
            if (Directory.Exists(resumeFrom))
            {
                Directory.Delete(resumeFrom, recursive: true);
            }

            await store.DownloadCheckpointAsync(job.Id, job.CheckpointStep, resumeFrom, ct);
            await Event(job.Id, "info", $"Resuming from the checkpoint at step {job.CheckpointStep}.", ct);
        }
        else
        {
            await Event(job.Id, "info", "Fine-tuning job started.", ct);
        }

        await store.UpdateAsync(job.Id, j => j with { Status = JobStatus.Running, StartedAt = j.StartedAt ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds() }, ct);
        var h = job.Hyperparameters;
        var o = jobOptions.Value;
        var checkpoints = Path.Combine(folder, "checkpoints");
        var options = new TrainingOptions
        {
            BaseModelPath = hostOptions.Value.BaseModelPath,
            TrainDataPath = trainPath,
            EvalDataPath = evalPath,
            OutputPath = Path.Combine(folder, "adapter.gguf"),
            Lora = new LoraConfig { Rank = h.LoraRank!.Value, Alpha = h.LoraAlpha!.Value, TargetModules = h.TargetModules! },
            Epochs = h.NEpochs!.Value,
            BatchSize = h.BatchSize!.Value,
            LearningRate = h.LearningRate!.Value,
            Seed = h.Seed!.Value,
            MaxSequenceLength = o.MaxSequenceLength,
            EvalEvery = o.EvalEvery,
            CheckpointEvery = o.CheckpointEvery,
            CheckpointDirectory = checkpoints,
            ResumeFrom = resumeFrom,
            Threads = hostOptions.Value.Threads,
            BaseWeights = hostOptions.Value.BaseWeights,
            RecomputeActivations = hostOptions.Value.RecomputeActivations,
            ExportPeft = false,
            Privacy = h.IsPrivate
                ? new Training.Privacy.DifferentialPrivacyOptions { NoiseMultiplier = h.DpNoiseMultiplier, TargetEpsilon = h.DpTargetEpsilon, ClipNorm = h.DpClipNorm ?? 1.0, Delta = h.DpDelta }
                : null,
        };

        TrainingSummary? summary = null;
        await foreach (var e in LoraTrainer.RunAsync(options, ct))
        {
            switch (e)
            {
                case TrainingStarted s:
                    var privacy = s.Privacy is { } g ? PrivacyReport.From(g) : null;
                    await store.UpdateAsync(job.Id, j => j with { TotalSteps = s.TotalSteps, TrainedSteps = s.StartStep, Privacy = privacy }, ct);
                    // Operators see at once when a GPU replica fell back to the CPU (driver or image problem).
                    await Event(job.Id, "info", $"Training {s.TotalSteps} steps on {s.Device} ({s.BaseWeights.ToString().ToLowerInvariant()} base weights).", ct);
                    if (privacy is not null)
                    {
                        await Event(job.Id, "info", FormattableString.Invariant(
                            $"DP-SGD: (ε={privacy.Epsilon:F2}, δ={privacy.Delta:G3}) per record over {privacy.Steps} steps (noise multiplier {privacy.NoiseMultiplier}, clip norm {privacy.ClipNorm}, sample rate {privacy.SampleRate:G3})."), ct);
                    }

                    break;
                case StepMetrics m:
                    metrics.JobProgress((double)m.Step / m.TotalSteps);
                    await store.AppendEventAsync(job.Id, NewEvent("info", $"Step {m.Step}/{m.TotalSteps}: training loss={m.Loss:F4}", "metrics",
                        new StepData(m.Step, m.TotalSteps, m.Loss, m.TokenAccuracy, m.LearningRate, m.TokensPerSecond)), ct);
                    break;
                case EvalMetrics ev:
                    await store.AppendEventAsync(job.Id, NewEvent("info", $"Step {ev.Step}: validation loss={ev.Loss:F4}", "metrics",
                        new StepData(ev.Step, 0, ValidLoss: ev.Loss, ValidMeanTokenAccuracy: ev.TokenAccuracy)), ct);
                    break;
                case CheckpointSaved c:
                    await store.UploadCheckpointAsync(job.Id, c.Step, c.Path, ct);
                    await store.UpdateAsync(job.Id, j => j with { CheckpointStep = c.Step, TrainedSteps = c.Step }, ct);
                    await store.DeleteCheckpointsAsync(job.Id, c.Step, ct);
                    TryDelete(c.Path);
                    break;
                case TrainingCompleted done:
                    summary = done.Summary;
                    break;
            }
        }

        if (summary is null)
        {
            throw new InvalidOperationException("Training ended without a summary.");
        }

        var name = AdapterName(job);
        using (var gguf = Training.Gguf.GgufFile.Open(hostOptions.Value.BaseModelPath))
        {
            var baseName = gguf.GetString("general.name") ?? Path.GetFileNameWithoutExtension(hostOptions.Value.BaseModelPath);
            await adapters.PublishAsync(name, options.OutputPath, baseName, job.Id, ct);
        }

        await store.UpdateAsync(job.Id, j => j with
        {
            Status = JobStatus.Succeeded,
            FineTunedModel = name,
            TrainedSteps = summary.Steps,
            TrainedTokens = summary.TrainedTokens,
            FinishedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        }, CancellationToken.None);
        metrics.JobProgress(0);
        await Event(job.Id, "info", $"Fine-tuning job succeeded: adapter '{name}' published.", CancellationToken.None);
        LogJobSucceeded(logger, job.Id, name, summary.Steps);
    }

    /// <summary>Adapter names are derived from the job, so a retried publish overwrites rather than duplicates.</summary>
    internal static string AdapterName(FineTuneJob job)
    {
        var shortId = job.Id["ftjob-".Length..][..12];
        return job.Suffix is { Length: > 0 } s ? $"ft-{s}-{shortId}" : $"ft-{shortId}";
    }

    private async Task<string> EnsureLocalAsync(string reference, string path, string? expectedSha, CancellationToken ct)
    {
        if (File.Exists(path) && expectedSha is not null && await FileSha(path, ct) == expectedSha)
        {
            return path;
        }

        var (local, sha) = await DownloadAsync(reference, path, ct);
        if (expectedSha is not null && sha != expectedSha)
        {
            // Resuming on different data would silently train another run than the one validated.
            throw new JobFailedException("file_changed", $"'{reference}' changed after validation; submit a new job.");
        }

        return local;
    }

    private async Task<(string Path, string Sha256)> DownloadAsync(string reference, string path, CancellationToken ct)
    {
        var blob = storage.ResolveDataFile(reference)
            ?? throw new JobFailedException("invalid_file", $"'{reference}' is not a blob of this host's data containers (use container/path).");
        try
        {
            var props = await blob.GetPropertiesAsync(cancellationToken: ct);
            if (props.Value.ContentLength > jobOptions.Value.MaxFileBytes)
            {
                throw new JobFailedException("invalid_file", $"'{reference}' is larger than {jobOptions.Value.MaxFileBytes} bytes.");
            }

            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var file = new FileStream(path, options))
            {
                await blob.DownloadToAsync(file, ct);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 403)
        {
            throw new JobFailedException("invalid_file", $"'{reference}' cannot be read ({(ex.Status == 404 ? "not found" : "access denied")}).");
        }

        return (path, await FileSha(path, ct));
    }

    private static async Task<string> FileSha(string path, CancellationToken ct)
    {
        await using var f = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(f, ct));
    }

    private static IReadOnlyList<ChatRecord> Load(string path, string reference)
    {
        try
        {
            return ChatDataset.Load(path);
        }
        catch (DatasetException ex)
        {
            // Messages name the local path; clients know the file by its blob reference.
            throw new JobFailedException("invalid_file", ex.Message.Replace(path, reference, StringComparison.Ordinal));
        }
    }

    private async Task FinishAsync(string id, string status, JobError? error, CancellationToken ct) =>
        await store.UpdateAsync(id, j => JobStatus.IsTerminal(j.Status) ? null
            : j with { Status = status, Error = error, FinishedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds() }, ct);

    private Task Event(string id, string level, string message, CancellationToken ct) => store.AppendEventAsync(id, NewEvent(level, message, "message"), ct);

    private static FineTuneEvent NewEvent(string level, string message, string type, StepData? data = null) =>
        new("ftevent-" + Guid.NewGuid().ToString("N"), "fine_tuning.job.event", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), level, message, type, data);

    private static JobError Describe(Exception ex) => ex switch
    {
        JobFailedException j => new JobError(j.Code, j.Message),
        DatasetException d => new JobError("invalid_file", d.Message),
        ArgumentException a => new JobError("invalid_hyperparameters", a.Message),
        Training.Gguf.GgufFormatException or UnsupportedModelException => new JobError("invalid_base_model", ex.Message),
        AdapterIntegrityException => new JobError("checkpoint_integrity", "A checkpoint failed its integrity check."),
        // Anything else may carry native or data-dependent text: report the kind only.
        _ => new JobError("internal_error", $"Training failed ({ex.GetType().Name}); see the host's logs."),
    };

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover in the private work folder is cleaned on the next start; not worth failing a job.
        }
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fine-tune worker disabled (Jobs:Enabled=false): jobs are accepted but run on a worker host")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job worker: storage error, retrying")]
    private static partial void LogWorkerError(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} suspended by host shutdown; it resumes from its last checkpoint")]
    private static partial void LogSuspended(ILogger logger, string jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} failed: {Code} ({ExceptionType})")]
    private static partial void LogJobFailed(ILogger logger, string jobId, string code, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId} succeeded after {Steps} steps: adapter {Adapter}")]
    private static partial void LogJobSucceeded(ILogger logger, string jobId, string adapter, int steps);
}

/// <summary>A job failure with a stable code and a message safe to show (no dataset content).</summary>
public sealed class JobFailedException : Exception
{
    public JobFailedException() { }

    public JobFailedException(string message) : base(message) { }

    public JobFailedException(string message, Exception inner) : base(message, inner) { }

    public JobFailedException(string code, string message) : base(message) => Code = code;

    public string Code { get; } = "internal_error";
}

/// <summary>Turns <c>container/path</c> or a blob URL of the host's own account into a client using the host's identity.</summary>
public static class BlobReference
{
    public static BlobClient? Resolve(BlobServiceClient service, string reference)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        string container, name;
        if (Uri.TryCreate(reference, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            var parts = new Azure.Storage.Blobs.BlobUriBuilder(uri);
            // Only this account: the host must not become a way to fetch arbitrary URLs (or someone else's SAS).
            if (!string.Equals(parts.AccountName, service.AccountName, StringComparison.OrdinalIgnoreCase) || parts.Sas?.Signature is not null)
            {
                return null;
            }

            (container, name) = (parts.BlobContainerName, parts.BlobName);
        }
        else
        {
            var slash = reference.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == reference.Length - 1)
            {
                return null;
            }

            (container, name) = (reference[..slash], reference[(slash + 1)..]);
        }

        return string.IsNullOrEmpty(container) || string.IsNullOrEmpty(name) || name.Contains("..", StringComparison.Ordinal)
            ? null
            : service.GetBlobContainerClient(container).GetBlobClient(name);
    }
}
