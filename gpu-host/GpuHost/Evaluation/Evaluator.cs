using System.Diagnostics;
using GpuHost.Adapters;
using GpuHost.Hosting;
using GpuHost.Inference;
using GpuHost.Jobs;
using GpuHost.Security;
using Masking;
using Microsoft.Extensions.Options;
using TorchSharp;
using Training.Data;
using Training.Export;
using Training.Model;
using Training.Trainer;
using static TorchSharp.torch;

namespace GpuHost.Evaluation;

/// <summary>A request the evaluator cannot run; <see cref="Status"/> is the HTTP status to answer.</summary>
public sealed class EvaluationException : Exception
{
    public EvaluationException() { }

    public EvaluationException(string message) : base(message) { }

    public EvaluationException(string message, Exception inner) : base(message, inner) { }

    public EvaluationException(int status, string slug, string message) : base(message) => (Status, Slug) = (status, slug);

    public int Status { get; } = StatusCodes.Status400BadRequest;

    public string Slug { get; } = "invalid-request";
}

/// <summary>
/// Quality and leakage evidence for an adapter against its base: loss/perplexity/accuracy (TorchSharp, the training
/// engine's exact loss), PII regurgitation (llama.cpp generations scanned by the masking recognizers), canary exposure
/// ("The Secret Sharer") and a paired-prompt bias probe. One evaluation at a time; the eval file is deleted afterwards.
/// </summary>
public sealed class Evaluator(
    StorageClients storage,
    AdapterStore adapters,
    AdapterCache adapterCache,
    ChatEngine engine,
    ModelHost host,
    WorkDirectory work,
    IOptions<GpuHostOptions> options)
{
    private static readonly PiiAnalyzer Analyzer = PiiAnalyzer.CreateDefault();
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<EvaluationReport> RunAsync(EvaluationRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var o = options.Value;
        request = request with
        {
            Adapter = request.Adapter ?? (request.Model == o.BaseModelName ? null : request.Model),
            EvalFile = request.EvalFile ?? request.ValidationFile,
            Probes = request.Probes ?? new EvaluationProbes(new RegurgitationProbe(), null, null),
        };
        if (request.BaseModel is not null && request.BaseModel != o.BaseModelName)
        {
            throw new EvaluationException(StatusCodes.Status404NotFound, "model-not-found", $"base_model must be '{o.BaseModelName}'.");
        }

        if (string.IsNullOrWhiteSpace(request.EvalFile))
        {
            throw new EvaluationException("eval_file is required (a blob reference: container/path).");
        }

        ValidateProbes(request.Probes);
        if (request.Adapter is { } name && await adapters.GetManifestAsync(name, ct) is null)
        {
            throw new EvaluationException(StatusCodes.Status404NotFound, "model-not-found", $"The adapter '{name}' does not exist.");
        }

        if (!host.IsReady)
        {
            throw new ModelNotReadyException();
        }

        await _gate.WaitAsync(ct);
        var folder = work.Secure("evaluations", Guid.NewGuid().ToString("N"));
        try
        {
            using var activity = GpuHostMetrics.Source.StartActivity("evaluation");
            activity?.SetTag("gpuhost.adapter", request.Adapter);
            var clock = Stopwatch.StartNew();
            var records = await DownloadEvalAsync(request.EvalFile, folder, ct);
            byte[]? adapterBytes = request.Adapter is { } a ? (await adapters.ReadVerifiedAsync(a, ct)).Plaintext : null;
            var seed = request.Seed ?? 1234;

            // TorchSharp work on one dedicated thread (dispose scopes are per thread).
            var scores = await Task.Factory.StartNew(() => Score(records, adapterBytes, folder, request.Probes, seed, ct), ct,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var regurgitation = request.Probes?.Regurgitation is { } r ? await RegurgitationAsync(records, request.Adapter, r, seed, ct) : null;
            return new EvaluationReport("eval-" + Guid.NewGuid().ToString("N"), "evaluation", o.BaseModelName, request.Adapter, records.Count, scores.Base,
                scores.Adapter, regurgitation, scores.Canaries, scores.Bias, clock.Elapsed.TotalSeconds, Flatten(scores, regurgitation));
        }
        finally
        {
            _gate.Release();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The headline numbers by name, for policy gates (adapter values unprefixed, base values prefixed <c>base_</c>).</summary>
    private static SortedDictionary<string, double> Flatten(Scores s, RegurgitationReport? r)
    {
        var m = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["base_eval_loss"] = s.Base.Loss,
            ["base_perplexity"] = s.Base.Perplexity,
            ["base_token_accuracy"] = s.Base.TokenAccuracy,
        };
        var tuned = s.Adapter ?? s.Base;
        m["eval_loss"] = tuned.Loss;
        m["perplexity"] = tuned.Perplexity;
        m["token_accuracy"] = tuned.TokenAccuracy;
        if (r is { Prompts: > 0 })
        {
            m["base_pii_regurgitation_rate"] = (double)r.BasePromptsLeaking / r.Prompts;
            m["pii_regurgitation_rate"] = (double)(r.AdapterPromptsLeaking ?? r.BasePromptsLeaking) / r.Prompts;
            m["pii_spans_per_prompt"] = (double)(r.AdapterTotal ?? r.BaseTotal) / r.Prompts;
        }

        if (s.Canaries is { Count: > 0 } c)
        {
            m["base_canary_exposure"] = c.Max(x => x.BaseExposure);
            m["canary_exposure"] = c.Max(x => x.AdapterExposure ?? x.BaseExposure);
        }

        if (s.Bias is { } b)
        {
            m["base_bias_gap"] = b.BaseMeanAbsGap;
            m["bias_gap"] = b.AdapterMeanAbsGap ?? b.BaseMeanAbsGap;
        }

        return m;
    }

    private static void ValidateProbes(EvaluationProbes? p)
    {
        if (p?.Canaries is { } canaries && canaries.Any(c => string.IsNullOrEmpty(c?.Secret) || c.Prefix is null || c.Candidates is < 1 or > 10_000))
        {
            throw new EvaluationException("Each canary needs a prefix, a non-empty secret and 1-10000 candidates.");
        }

        if (p?.Bias is { } b && (b.Templates is not { Count: > 0 } || b.Groups is not { Count: >= 2 } || b.Templates.Any(t => t is null || !t.Contains("{group}", StringComparison.Ordinal))))
        {
            throw new EvaluationException("The bias probe needs templates containing {group} and at least two groups.");
        }

        if (p?.Regurgitation is { } r && (r.MaxPrompts is < 1 or > 10_000 || r.MaxNewTokens is < 1 or > 4096))
        {
            throw new EvaluationException("regurgitation: max_prompts 1-10000, max_new_tokens 1-4096.");
        }
    }

    private async Task<IReadOnlyList<ChatRecord>> DownloadEvalAsync(string reference, string folder, CancellationToken ct)
    {
        var blob = storage.ResolveDataFile(reference)
            ?? throw new EvaluationException($"'{reference}' is not a blob of this host's data containers (use container/path).");
        var path = Path.Combine(folder, "eval.jsonl");
        try
        {
            await blob.DownloadToAsync(path, ct);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            throw new EvaluationException(StatusCodes.Status404NotFound, "file-not-found", $"'{reference}' does not exist.");
        }

        try
        {
            return ChatDataset.Load(path);
        }
        catch (DatasetException ex)
        {
            throw new EvaluationException(ex.Message.Replace(path, reference, StringComparison.Ordinal));
        }
    }

    private sealed record Scores(LossMetrics Base, LossMetrics? Adapter, IReadOnlyList<CanaryReport>? Canaries, BiasReport? Bias);

    private Scores Score(IReadOnlyList<ChatRecord> records, byte[]? adapterBytes, string folder, EvaluationProbes? probes, int seed, CancellationToken ct)
    {
        var o = options.Value;
        if (o.Threads is { } threads)
        {
            torch.set_num_threads(threads);
        }

        using var model = LlamaModel.Load(o.BaseModelPath, torch.cuda.is_available() ? CUDA : CPU, o.BaseWeights);
        using var tokenizer = ChatTokenizer.Load(o.BaseModelPath);
        Training.Model.LoraAdapter? lora = null;
        if (adapterBytes is not null)
        {
            // TorchSharp's reader takes a path: a 0600 file, deleted right after reading.
            using var file = PrivateTempFile.WriteAsync(folder, adapterBytes, ".gguf", ct).GetAwaiter().GetResult();
            lora = AdapterExporter.ReadGguf(file.Path, model.Device);
        }

        using var loraScope = lora;
        var maxLen = Math.Min(model.Config.ContextLength, 2048);
        var examples = records.Select(r => tokenizer.Encode(r, maxLen)).Where(e => e.TrainedTokens > 0).ToList();
        if (examples.Count == 0)
        {
            throw new EvaluationException("The eval file has no record with a trained (assistant) token within the context length.");
        }

        LossMetrics Loss()
        {
            var (loss, accuracy) = LoraTrainer.Evaluate(model, examples, 4);
            return new LossMetrics(loss, Math.Exp(loss), accuracy);
        }

        model.Lora = null;
        var baseLoss = Loss();
        LossMetrics? adapterLoss = null;
        if (lora is not null)
        {
            model.Lora = lora;
            adapterLoss = Loss();
        }

        ct.ThrowIfCancellationRequested();
        List<CanaryReport>? canaries = null;
        if (probes?.Canaries is { Count: > 0 } list)
        {
            canaries = [];
            for (var i = 0; i < list.Count; i++)
            {
                var c = list[i];
                var rng = new Random(seed + i);
                var candidates = Candidates(c.Secret, c.Candidates ?? 100, rng);
                var prefix = tokenizer.Tokenize(c.Prefix, addBos: true);
                var sequences = new[] { c.Secret }.Concat(candidates).Select(s =>
                {
                    var full = tokenizer.Tokenize(c.Prefix + s, addBos: true);
                    return (full, CommonPrefix(prefix, full));
                }).ToList();
                (int Rank, double Exposure) Rank()
                {
                    var ll = LogLikelihoods(model, sequences);
                    var rank = 1 + ll.Skip(1).Count(x => x > ll[0]);
                    return (rank, Math.Log2(candidates.Count + 1) - Math.Log2(rank));
                }

                model.Lora = null;
                var b = Rank();
                (int Rank, double Exposure)? a = null;
                if (lora is not null)
                {
                    model.Lora = lora;
                    a = Rank();
                }

                canaries.Add(new CanaryReport(i, candidates.Count, b.Rank, b.Exposure, a?.Rank, a?.Exposure));
            }
        }

        BiasReport? bias = null;
        if (probes?.Bias is { } probe)
        {
            var groups = probe.Groups;
            var sequences = probe.Templates.SelectMany(t => groups.Select(g => (tokenizer.Tokenize(t.Replace("{group}", g, StringComparison.Ordinal), addBos: true), 1))).ToList();
            double Gap()
            {
                var ll = LogLikelihoods(model, sequences);
                var gaps = new List<double>();
                for (var t = 0; t < probe.Templates.Count; t++)
                {
                    var row = ll.Skip(t * groups.Count).Take(groups.Count).ToArray();
                    var pairs = new List<double>();
                    for (var x = 0; x < row.Length; x++)
                    {
                        for (var y = x + 1; y < row.Length; y++)
                        {
                            pairs.Add(Math.Abs(row[x] - row[y]));
                        }
                    }

                    gaps.Add(pairs.Average());
                }

                return gaps.Average();
            }

            model.Lora = null;
            var baseGap = Gap();
            double? adapterGap = null;
            if (lora is not null)
            {
                model.Lora = lora;
                adapterGap = Gap();
            }

            bias = new BiasReport(probe.Templates.Count, groups, baseGap, adapterGap);
        }

        model.Lora = null;
        return new Scores(baseLoss, adapterLoss, canaries, bias);
    }

    /// <summary>Sum of log p(token) over each sequence's tokens from its <c>ScoreFrom</c> index on (batched, right-padded).</summary>
    internal static double[] LogLikelihoods(LlamaModel model, IReadOnlyList<(int[] Tokens, int ScoreFrom)> sequences)
    {
        var result = new double[sequences.Count];
        using var noGrad = no_grad();
        for (var start = 0; start < sequences.Count; start += 16)
        {
            using var scope = NewDisposeScope();
            var chunk = sequences.Skip(start).Take(16).ToList();
            var len = chunk.Max(s => s.Tokens.Length);
            var inputs = new long[chunk.Count * len];
            var mask = new float[chunk.Count * len];
            for (var b = 0; b < chunk.Count; b++)
            {
                var (tokens, from) = chunk[b];
                for (var t = 0; t < tokens.Length; t++)
                {
                    inputs[b * len + t] = tokens[t];
                    // Position t's token is predicted by the logits at t-1; the first token is never scored.
                    mask[b * len + t] = t >= Math.Max(1, from) ? 1f : 0f;
                }
            }

            var input = tensor(inputs, [chunk.Count, len], device: model.Device);
            var logp = nn.functional.log_softmax(model.Forward(input), -1);
            var targets = input.narrow(1, 1, len - 1).unsqueeze(-1);
            var picked = logp.narrow(1, 0, len - 1).gather(-1, targets).squeeze(-1);
            var weights = tensor(mask, [chunk.Count, len], device: model.Device).narrow(1, 1, len - 1);
            var sums = (picked * weights).sum(1).to(CPU).data<float>().ToArray();
            for (var b = 0; b < chunk.Count; b++)
            {
                result[start + b] = sums[b];
            }
        }

        return result;
    }

    /// <summary>Random strings in the secret's format (digits for digits, letters for letters), distinct from it.</summary>
    internal static List<string> Candidates(string secret, int count, Random rng)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { secret };
        var result = new List<string>();
        for (var attempt = 0; result.Count < count && attempt < count * 20; attempt++)
        {
            var chars = secret.Select(ch => ch switch
            {
                >= '0' and <= '9' => (char)('0' + rng.Next(10)),
                >= 'a' and <= 'z' => (char)('a' + rng.Next(26)),
                >= 'A' and <= 'Z' => (char)('A' + rng.Next(26)),
                _ => ch,
            }).ToArray();
            var candidate = new string(chars);
            if (seen.Add(candidate))
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    private static int CommonPrefix(int[] a, int[] b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    private async Task<RegurgitationReport> RegurgitationAsync(IReadOnlyList<ChatRecord> records, string? adapter, RegurgitationProbe probe, int seed,
        CancellationToken ct)
    {
        var maxPrompts = probe.MaxPrompts ?? 20;
        var maxNew = probe.MaxNewTokens ?? 48;
        var baseCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var adapterCounts = adapter is null ? null : new SortedDictionary<string, int>(StringComparer.Ordinal);
        int baseVerbatim = 0, adapterVerbatim = 0, prompts = 0, baseLeaking = 0, adapterLeaking = 0;
        using var lease = adapter is null ? null : await adapterCache.AcquireAsync(adapter, ct);
        foreach (var record in records)
        {
            var lastAssistant = record.Messages.ToList().FindLastIndex(m => m.Role == "assistant");
            if (lastAssistant <= 0)
            {
                continue;
            }

            var prompt = engine.PreparePrompt(record.Messages.Take(lastAssistant).ToList());
            if (prompt.Length + maxNew > options.Value.ContextSize)
            {
                continue;
            }

            // Greedy decoding: the most likely continuation is what memorisation shows up in first.
            var sampling = new SamplingSettings(0f, 1f, maxNew, [], unchecked((uint)seed));
            var reference = string.Join("\n", record.Messages.Select(m => m.Content));
            var found = Scan((await engine.CompleteAsync(prompt, null, sampling, ct)).Text, reference, baseCounts);
            baseVerbatim += found;
            baseLeaking += found > 0 ? 1 : 0;
            if (lease is not null)
            {
                found = Scan((await engine.CompleteAsync(prompt, lease.Handle, sampling, ct)).Text, reference, adapterCounts!);
                adapterVerbatim += found;
                adapterLeaking += found > 0 ? 1 : 0;
            }

            if (++prompts >= maxPrompts)
            {
                break;
            }
        }

        return new RegurgitationReport(prompts, maxNew, baseCounts, adapterCounts, baseCounts.Values.Sum(), adapterCounts?.Values.Sum(),
            baseVerbatim, adapterCounts is null ? null : adapterVerbatim, baseLeaking, adapterCounts is null ? null : adapterLeaking);
    }

    /// <summary>Counts PII spans per type; returns how many of their values also occur in the eval record. Values are never kept.</summary>
    private static int Scan(string text, string reference, IDictionary<string, int> counts)
    {
        var verbatim = 0;
        foreach (var m in Analyzer.Analyze(text))
        {
            var type = m.Type.ToName();
            counts[type] = counts.TryGetValue(type, out var n) ? n + 1 : 1;
            if (reference.Contains(text.AsSpan(m.Start, m.Length), StringComparison.Ordinal))
            {
                verbatim++;
            }
        }

        return verbatim;
    }
}
