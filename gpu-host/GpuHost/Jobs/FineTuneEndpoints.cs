using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using GpuHost.Adapters;
using GpuHost.Hosting;
using Microsoft.Extensions.Options;
using Training.Model;

namespace GpuHost.Jobs;

/// <summary>Fine-tune jobs shaped like OpenAI's fine-tuning API, under <c>/v1/fine-tunes</c>.</summary>
public static partial class FineTuneEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static RouteGroupBuilder MapFineTunes(this RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var jobs = v1.MapGroup("/fine-tunes");
        jobs.MapPost("", CreateAsync);
        jobs.MapGet("", ListAsync);
        jobs.MapGet("/{id}", GetAsync);
        jobs.MapGet("/{id}/events", EventsAsync);
        jobs.MapPost("/{id}/cancel", CancelAsync);
        jobs.MapGet("/{id}/adapter", AdapterAsync);
        return v1;
    }

    private static async Task<IResult> CreateAsync(FineTuneRequest request, HttpContext http, JobStore store, JobWorker worker,
        IOptions<GpuHostOptions> options, CancellationToken ct)
    {
        if (Validate(request, options.Value) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        string? key = http.Request.Headers[IdempotencyHeader];
        if (key is { Length: > 255 })
        {
            return Problems.BadRequest("Idempotency-Key must be at most 255 characters.");
        }

        var h = request.Hyperparameters ?? new Hyperparameters();
        var resolved = new Hyperparameters(h.NEpochs ?? 3, h.BatchSize ?? 4, h.LearningRate ?? 2e-4f, h.LoraRank ?? 8, h.LoraAlpha ?? 16f,
            h.TargetModules ?? ["q", "k", "v", "o"], h.Seed ?? 42,
            h.DpNoiseMultiplier, h.IsPrivate ? h.DpClipNorm ?? 1.0 : null, h.DpDelta, h.DpTargetEpsilon);
        var normalized = request with { BaseModel = options.Value.BaseModelName, Hyperparameters = resolved };
        var job = new FineTuneJob
        {
            Id = "ftjob-" + Guid.NewGuid().ToString("N"),
            CreatedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            SubmittedAt = DateTimeOffset.UtcNow,
            Model = options.Value.BaseModelName,
            Status = JobStatus.ValidatingFiles,
            TrainingFile = request.TrainingFile!,
            ValidationFile = request.ValidationFile,
            Hyperparameters = resolved,
            Suffix = request.Suffix,
            RequestHash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(normalized, JsonDefaults.Options))),
        };
        try
        {
            var (stored, created) = await store.CreateAsync(job, key, ct);
            worker.Signal();
            return created
                ? TypedResults.Created($"/v1/fine-tunes/{stored.Id}", stored.ToView())
                : TypedResults.Ok(stored.ToView());
        }
        catch (IdempotencyConflictException ex)
        {
            return Problems.Create(StatusCodes.Status409Conflict, "idempotency-key-reused", "The idempotency key was used for another request.", ex.Message);
        }
    }

    private static string? Validate(FineTuneRequest r, GpuHostOptions o)
    {
        if (r.BaseModel is not null && r.BaseModel != o.BaseModelName)
        {
            return $"base_model must be '{o.BaseModelName}' (the model this host serves).";
        }

        if (string.IsNullOrWhiteSpace(r.TrainingFile))
        {
            return "training_file is required (a blob reference: container/path).";
        }

        if (r.Suffix is { } s && !SuffixPattern().IsMatch(s))
        {
            return "suffix may hold up to 40 lower-case letters, digits and '-'.";
        }

        if (r.Hyperparameters is { } h)
        {
            if (h.NEpochs is < 1 or > 100 || h.BatchSize is < 1 or > 1024 || h.LearningRate is <= 0 or > 1 || h.LoraRank is < 1 or > 512 || h.LoraAlpha is <= 0)
            {
                return "hyperparameters out of range: n_epochs 1-100, batch_size 1-1024, learning_rate (0, 1], lora_rank 1-512, lora_alpha > 0.";
            }

            if (!h.IsPrivate && (h.DpClipNorm is not null || h.DpDelta is not null))
            {
                return "dp_clip_norm and dp_delta apply to DP-SGD, which dp_noise_multiplier or dp_target_epsilon switches on.";
            }

            if (h.DpNoiseMultiplier is not null && h.DpTargetEpsilon is not null)
            {
                return "give dp_noise_multiplier or dp_target_epsilon, not both: the noise multiplier is calibrated for a target ε.";
            }

            if (h.IsPrivate && (h.DpNoiseMultiplier is not (null or (> 0 and <= 100)) || h.DpTargetEpsilon is not (null or (> 0 and <= 1000))
                || h.DpClipNorm is not (null or (> 0 and <= 1e6)) || h.DpDelta is not (null or (> 0 and < 1))))
            {
                return "hyperparameters out of range: dp_noise_multiplier (0, 100], dp_target_epsilon (0, 1000], dp_clip_norm (0, 1e6], dp_delta (0, 1).";
            }

            try
            {
                new LoraConfig { Rank = h.LoraRank ?? 8, Alpha = h.LoraAlpha ?? 16, TargetModules = h.TargetModules ?? ["q"] }.Validate();
            }
            catch (ArgumentException ex)
            {
                return ex.Message;
            }
        }

        return null;
    }

    private static async Task<IResult> ListAsync(JobStore store, int? limit, string? after, CancellationToken ct)
    {
        var all = (await store.ListAsync(ct)).OrderByDescending(j => j.SubmittedAt).ThenByDescending(j => j.Id, StringComparer.Ordinal).ToList();
        var start = after is null ? 0 : all.FindIndex(j => j.Id == after) + 1;
        var take = Math.Clamp(limit ?? 20, 1, 100);
        var page = all.Skip(start).Take(take).Select(j => j.ToView()).ToList();
        return TypedResults.Ok(new ListPage<FineTuneJobView>("list", page, start + take < all.Count));
    }

    private static async Task<IResult> GetAsync(string id, JobStore store, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } j)
        {
            return JobNotFound(id);
        }

        // The training curve (last value per step; a resumed job re-reports steps after its checkpoint).
        var metrics = (await store.ReadEventsAsync(id, ct)).Where(e => e.Data is not null).GroupBy(e => e.Data!.Step).OrderBy(g => g.Key)
            .Select(g => new MetricPoint(g.Key, g.LastOrDefault(e => e.Data!.TrainLoss is not null)?.Data!.TrainLoss,
                g.LastOrDefault(e => e.Data!.ValidLoss is not null)?.Data!.ValidLoss))
            .ToList();
        return TypedResults.Ok(j.Job.ToView() with { Metrics = metrics });
    }

    /// <summary>
    /// The job's adapter as stored: AES-GCM sealed, never plaintext. The registry keeps it sealed next to the manifest
    /// (SHA-256 of the plaintext in <c>X-Adapter-Sha256</c>); only a host holding the key can load it.
    /// </summary>
    private static async Task<IResult> AdapterAsync(string id, JobStore store, AdapterStore adapters, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } j)
        {
            return JobNotFound(id);
        }

        if (j.Job.FineTunedModel is not { } name || await adapters.OpenSealedAsync(name, ct) is not { } adapter)
        {
            // A succeeded job whose model is gone was deleted (DELETE /v1/models/{model}), e.g. for an erasure request.
            return j.Job.FineTunedModel is { } deleted
                ? Problems.Create(StatusCodes.Status410Gone, "adapter-deleted", "The job's adapter was deleted.", $"The fine-tuned model '{deleted}' of job '{id}' no longer exists.")
                : Problems.Create(StatusCodes.Status409Conflict, "adapter-not-ready", "The job has no adapter.", $"Job '{id}' is {j.Job.Status}.");
        }

        return new SealedAdapterResult(adapter.Manifest, adapter.Content);
    }

    private sealed class SealedAdapterResult(AdapterManifest manifest, Stream content) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            await using var owned = content;
            httpContext.Response.Headers["X-Adapter-Sha256"] = manifest.Sha256;
            httpContext.Response.Headers["X-Adapter-Name"] = manifest.Name;
            httpContext.Response.Headers["X-Adapter-Encryption"] = manifest.Encryption;
            await TypedResults.Stream(content, "application/octet-stream", manifest.Name + ".gguf.aesgcm").ExecuteAsync(httpContext);
        }
    }

    private static async Task<IResult> EventsAsync(string id, JobStore store, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is null)
        {
            return JobNotFound(id);
        }

        return TypedResults.Ok(new ListPage<FineTuneEvent>("list", await store.ReadEventsAsync(id, ct), false));
    }

    private static async Task<IResult> CancelAsync(string id, JobStore store, JobWorker worker, CancellationToken ct)
    {
        var applied = false;
        var updated = await store.UpdateAsync(id, j =>
        {
            // Re-evaluated on every optimistic-concurrency retry.
            applied = !JobStatus.IsTerminal(j.Status);
            return !applied ? null : j.Status == JobStatus.Running
                ? j with { CancelRequested = true }
                : j with { Status = JobStatus.Cancelled, CancelRequested = true, FinishedAt = DateTimeOffset.UtcNow.ToUnixTimeSeconds() };
        }, ct);
        if (updated is null)
        {
            return JobNotFound(id);
        }

        if (!applied)
        {
            return Problems.Create(StatusCodes.Status409Conflict, "job-finished", "The job has already finished.", $"Job '{id}' is {updated.Status}.");
        }

        worker.CancelRunning(id);
        worker.Signal();
        return TypedResults.Ok(updated.ToView());
    }

    private static IResult JobNotFound(string id) => Problems.NotFound("job-not-found", $"No fine-tune job '{id}'.");

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex SuffixPattern();
}
