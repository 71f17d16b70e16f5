using System.Collections.Concurrent;
using Pipeline.GpuHost;

namespace Pipeline.Tests;

/// <summary>
/// A deterministic in-process stand-in for the GPU host, used ONLY by the orchestration tests: the real host needs a
/// model and minutes of training, and what these tests check is the workflow around it (retries, monitor loop,
/// statuses). The HTTP client itself is tested against the wire contract in <see cref="GpuHostClientTests"/>.
/// </summary>
internal sealed class FakeGpuHost : IGpuHostClient
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (string Id, int Polls)> _jobsByKey = [];
    private readonly Dictionary<string, int> _pollsById = [];

    /// <summary>Create calls that fail with a transient error (503) before one succeeds.</summary>
    public int TransientCreateFailures { get; init; }

    /// <summary>Polls a job takes from queued to its final state.</summary>
    public int PollsUntilDone { get; init; } = 2;

    /// <summary>The final state of every job.</summary>
    public string FinalStatus { get; init; } = FineTuneStatus.Succeeded;

    /// <summary>What the evaluation reports.</summary>
    public Dictionary<string, double> Metrics { get; init; } = new()
    {
        ["eval_loss"] = 1.4,
        ["base_eval_loss"] = 2.3,
        ["pii_regurgitation_rate"] = 0,
        ["canary_exposure"] = 0.6,
    };

    /// <summary>The ε a DP-SGD job (one whose hyperparameters set a noise multiplier) reports.</summary>
    public double PrivacyEpsilon { get; init; } = 3.5;

    private readonly Dictionary<string, FineTuneHyperparameters> _hyperparametersById = [];

    public int CreateCalls { get; private set; }

    public int JobsCreated { get; private set; }

    public List<FineTuneRequest> Requests { get; } = [];

    public static byte[] AdapterBytes(string jobId) => System.Text.Encoding.UTF8.GetBytes($"GGUF fake adapter for {jobId}");

    public Task<FineTuneJob> CreateFineTuneAsync(FineTuneRequest request, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            CreateCalls++;
            if (CreateCalls <= TransientCreateFailures)
            {
                throw new HttpRequestException("GPU host: create fine-tune job failed with 503 ServiceUnavailable", null, System.Net.HttpStatusCode.ServiceUnavailable);
            }

            Requests.Add(request);
            if (!_jobsByKey.TryGetValue(request.IdempotencyKey, out var job))
            {
                JobsCreated++;
                job = ($"ftjob-{JobsCreated}", 0);
                _jobsByKey[request.IdempotencyKey] = job;
                _pollsById[job.Id] = 0;
                _hyperparametersById[job.Id] = request.Hyperparameters;
            }

            return Task.FromResult(new FineTuneJob(job.Id, FineTuneStatus.ValidatingFiles, null, null, []));
        }
    }

    public Task<FineTuneJob> GetFineTuneAsync(string jobId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var polls = _pollsById[jobId] = _pollsById[jobId] + 1;
            var steps = Math.Min(polls, PollsUntilDone) * 5;
            var curve = Enumerable.Range(1, steps).Select(s => new TrainingMetricPoint(s, 3.0 / s, s % 5 == 0 ? 3.2 / s : null)).ToList();
            var h = _hyperparametersById[jobId];
            var privacy = h.DpNoiseMultiplier is { } sigma ? new TrainingPrivacy(PrivacyEpsilon, h.DpDelta ?? 1e-5, sigma, h.DpClipNorm ?? 1.0, 0.1, steps) : null;
            var job = polls >= PollsUntilDone
                ? new FineTuneJob(jobId, FinalStatus, FinalStatus == FineTuneStatus.Succeeded ? $"ft:tiny:{jobId}" : null, FinalStatus == FineTuneStatus.Failed ? "loss became NaN" : null, curve, privacy)
                : new FineTuneJob(jobId, FineTuneStatus.Running, null, null, curve, privacy);
            return Task.FromResult(job);
        }
    }

    /// <summary>Evaluation requests received, in order.</summary>
    public ConcurrentQueue<EvaluationRequest> Evaluations { get; } = new();

    public Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default)
    {
        Evaluations.Enqueue(request);
        return Task.FromResult(new EvaluationResult("eval-1", Metrics));
    }

    public async Task DownloadAdapterAsync(string jobId, Stream destination, CancellationToken cancellationToken = default) =>
        await destination.WriteAsync(AdapterBytes(jobId), cancellationToken);

    /// <summary>Models deleted through <see cref="DeleteModelAsync"/>, in order.</summary>
    public List<string> Deleted { get; } = [];

    public Task<bool> DeleteModelAsync(string model, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (Deleted.Contains(model))
            {
                return Task.FromResult(false);
            }

            Deleted.Add(model);
            return Task.FromResult(true);
        }
    }
}
