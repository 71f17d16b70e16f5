using System.Diagnostics;
using System.Diagnostics.Metrics;
using GpuHost.Inference;

namespace GpuHost.Hosting;

/// <summary>
/// The host's OpenTelemetry instruments: tokens and tokens/s per model, queue depth, adapter loads, job progress,
/// plus one ActivitySource for spans. Tags carry model and job names only — never prompts or completions.
/// </summary>
public sealed class GpuHostMetrics
{
    public const string Name = "GpuHost";

    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _tokens;
    private readonly Histogram<double> _tokensPerSecond;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _adapterLoads;
    private double _jobProgress;

    public GpuHostMetrics(IMeterFactory meterFactory, InferenceQueue queue)
    {
        var meter = meterFactory.Create(Name);
        _tokens = meter.CreateCounter<long>("gpuhost.inference.tokens", "{token}", "Prompt and completion tokens processed.");
        _tokensPerSecond = meter.CreateHistogram<double>("gpuhost.inference.tokens_per_second", "{token}/s", "Completion tokens per second of a request.");
        _rejected = meter.CreateCounter<long>("gpuhost.inference.rejected", "{request}", "Requests refused (queue full, too large).");
        _adapterLoads = meter.CreateCounter<long>("gpuhost.adapter.loads", "{load}", "Adapters verified and loaded into the inference engine.");
        meter.CreateObservableGauge("gpuhost.inference.queue_depth",
            () => queue.Depths.Select(d => new Measurement<int>(d.Value, new KeyValuePair<string, object?>("gpuhost.model", d.Key))),
            "{request}", "Requests waiting or running per model.");
        meter.CreateObservableGauge("gpuhost.jobs.progress", () => Volatile.Read(ref _jobProgress), "1", "Fraction of the running fine-tune job's steps done.");
    }

    public void Completed(string model, int promptTokens, int completionTokens, TimeSpan generation)
    {
        _tokens.Add(promptTokens, new KeyValuePair<string, object?>("gpuhost.model", model), new KeyValuePair<string, object?>("gpuhost.token.kind", "prompt"));
        _tokens.Add(completionTokens, new KeyValuePair<string, object?>("gpuhost.model", model), new KeyValuePair<string, object?>("gpuhost.token.kind", "completion"));
        if (generation > TimeSpan.Zero && completionTokens > 0)
        {
            _tokensPerSecond.Record(completionTokens / generation.TotalSeconds, new KeyValuePair<string, object?>("gpuhost.model", model));
        }
    }

    public void Rejected(string model, string reason) =>
        _rejected.Add(1, new KeyValuePair<string, object?>("gpuhost.model", model), new KeyValuePair<string, object?>("gpuhost.reason", reason));

    public void AdapterLoaded(string name) => _adapterLoads.Add(1, new KeyValuePair<string, object?>("gpuhost.adapter", name));

    public void JobProgress(double fraction) => Volatile.Write(ref _jobProgress, fraction);
}
