using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.GpuHost;

/// <summary>Where the GPU host listens (its internal ingress) and how long one request may take.</summary>
public sealed class GpuHostOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "GpuHost";

    /// <summary>Base address, e.g. <c>http://gpu-host.internal.example</c>.</summary>
    [Required]
    public Uri? BaseAddress { get; set; }

    /// <summary>Per-request timeout; long work is polled, so requests are short.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);
}

/// <summary>
/// <see cref="IGpuHostClient"/> over HTTP. Transient failures (network errors, 408, 429, 5xx) surface as
/// <see cref="HttpRequestException"/> so the orchestration's retry policy retries them; other refusals are
/// <see cref="GpuHostRequestException"/> and end the step.
/// </summary>
public sealed class GpuHostClient(HttpClient http) : IGpuHostClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <inheritdoc />
    public async Task<FineTuneJob> CreateFineTuneAsync(FineTuneRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new CreateJobBody(request.BaseModel, request.TrainingFile, request.ValidationFile, new HyperparametersBody(
            request.Hyperparameters.NEpochs, request.Hyperparameters.BatchSize, request.Hyperparameters.LearningRate,
            request.Hyperparameters.LoraRank, request.Hyperparameters.LoraAlpha, request.Hyperparameters.Seed,
            request.Hyperparameters.DpNoiseMultiplier, request.Hyperparameters.DpClipNorm, request.Hyperparameters.DpDelta, request.Hyperparameters.DpTargetEpsilon));
        using var message = new HttpRequestMessage(HttpMethod.Post, "v1/fine-tunes") { Content = JsonContent.Create(body, options: Json) };
        // The run id: a create retried after a lost response must not start a second training job.
        message.Headers.Add("Idempotency-Key", request.IdempotencyKey);
        using var response = await http.SendAsync(message, cancellationToken);
        return ToJob(await ReadAsync<JobBody>(response, "create fine-tune job", cancellationToken));
    }

    /// <inheritdoc />
    public async Task<FineTuneJob> GetFineTuneAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        using var response = await http.GetAsync($"v1/fine-tunes/{Uri.EscapeDataString(jobId)}", cancellationToken);
        return ToJob(await ReadAsync<JobBody>(response, $"get fine-tune job {jobId}", cancellationToken));
    }

    /// <inheritdoc />
    public async Task<EvaluationResult> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var response = await http.PostAsJsonAsync("v1/evaluations",
            new EvaluationBody(request.BaseModel, request.Model, request.ValidationFile, request.Seed, ProbesBody.From(request.Probes)), Json, cancellationToken);
        var body = await ReadAsync<EvaluationResponseBody>(response, "evaluate", cancellationToken);
        return new EvaluationResult(body.Id ?? "", body.Metrics ?? []);
    }

    /// <inheritdoc />
    public async Task DownloadAdapterAsync(string jobId, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        ArgumentNullException.ThrowIfNull(destination);
        using var response = await http.GetAsync($"v1/fine-tunes/{Uri.EscapeDataString(jobId)}/adapter", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureSuccessAsync(response, $"download adapter of {jobId}", cancellationToken);
        await using var content = await response.Content.ReadAsStreamAsync(cancellationToken);
        await content.CopyToAsync(destination, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteModelAsync(string model, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        using var response = await http.DeleteAsync($"v1/models/{Uri.EscapeDataString(model)}", cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await EnsureSuccessAsync(response, $"delete model {model}", cancellationToken);
        return true;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, what, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                ?? throw new GpuHostRequestException($"GPU host: {what} returned an empty body");
        }
        catch (JsonException ex)
        {
            throw new GpuHostRequestException($"GPU host: {what} returned a body that does not match the API: {ex.Message}", ex);
        }
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = response.StatusCode;
        // Only the start of the body: enough for a problem title, never a whole echoed payload in a log.
        var detail = await response.Content.ReadAsStringAsync(cancellationToken);
        detail = detail.Length > 300 ? detail[..300] : detail;
        var message = $"GPU host: {what} failed with {(int)status} {status}: {detail}";
        if (status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500)
        {
            throw new HttpRequestException(message, null, status);
        }

        throw new GpuHostRequestException(message);
    }

    private static FineTuneJob ToJob(JobBody body) => new(
        body.Id ?? throw new GpuHostRequestException("GPU host: job without an id"),
        body.Status ?? throw new GpuHostRequestException($"GPU host: job {body.Id} without a status"),
        body.FineTunedModel,
        body.Error switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } e => e.GetString(),
            { ValueKind: JsonValueKind.Object } e when e.TryGetProperty("message", out var m) => m.GetString(),
            { ValueKind: JsonValueKind.Null } => null,
            var e => e.Value.GetRawText(),
        },
        [.. (body.Metrics ?? []).Select(m => new TrainingMetricPoint(m.Step, m.TrainLoss, m.ValidLoss))],
        body.Privacy);

    private sealed record HyperparametersBody(int NEpochs, int BatchSize, double LearningRate, int LoraRank, double LoraAlpha, int Seed,
        double? DpNoiseMultiplier, double? DpClipNorm, double? DpDelta, double? DpTargetEpsilon);

    private sealed record CreateJobBody(string BaseModel, string TrainingFile, string? ValidationFile, HyperparametersBody Hyperparameters);

    private sealed record MetricBody(int Step, double? TrainLoss, double? ValidLoss);

    private sealed record JobBody(string? Id, string? Status, string? FineTunedModel, JsonElement? Error, List<MetricBody>? Metrics, TrainingPrivacy? Privacy);

    private sealed record EvaluationBody(string BaseModel, string Model, string ValidationFile, int Seed, ProbesBody? Probes);

    /// <summary>The host's probe shape; the regurgitation probe is always asked for (with the host's defaults).</summary>
    private sealed record ProbesBody(object Regurgitation, IReadOnlyList<CanaryBody>? Canaries, BiasBody? Bias)
    {
        public static ProbesBody? From(EvaluationProbes? probes) => probes is null ? null : new ProbesBody(
            new { },
            probes.Canaries.Count == 0 ? null : [.. probes.Canaries.Select(c => new CanaryBody(c.Prefix, c.Secret, probes.CanaryCandidates))],
            probes.BiasTemplates.Count == 0 ? null : new BiasBody(probes.BiasTemplates, probes.BiasGroups));
    }

    private sealed record CanaryBody(string Prefix, string Secret, int Candidates);

    private sealed record BiasBody(IReadOnlyList<string> Templates, IReadOnlyList<string> Groups);

    private sealed record EvaluationResponseBody(string? Id, Dictionary<string, double>? Metrics);
}
