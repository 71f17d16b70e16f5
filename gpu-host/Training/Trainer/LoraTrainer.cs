using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using TorchSharp;
using Training.Data;
using Training.Export;
using Training.Gguf;
using Training.Model;
using Training.Privacy;
using static TorchSharp.torch;
using Parameter = TorchSharp.Modules.Parameter;

namespace Training.Trainer;

/// <summary>
/// LoRA fine-tuning of a GGUF Llama model on chat JSONL: loss on weighted (by default assistant) tokens only, AdamW,
/// warm-up + cosine schedule, gradient accumulation and clipping, periodic validation and checkpoints, and export to
/// llama.cpp GGUF + PEFT. Everything random is seeded and the data position is a pure function of the step, so a
/// resumed run retraces an uninterrupted one exactly.
/// </summary>
public static class LoraTrainer
{
    /// <summary>Runs training on a dedicated thread and streams its events; faults surface from the enumeration.</summary>
    public static async IAsyncEnumerable<TrainingEvent> RunAsync(TrainingOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<TrainingEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        // A dedicated thread: training is long CPU-bound native work and TorchSharp dispose scopes are per-thread.
        var thread = new Thread(() =>
        {
            try
            {
                Run(options, e => channel.Writer.TryWrite(e), cancellationToken);
                channel.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                channel.Writer.TryComplete(ex);
            }
        })
        {
            IsBackground = true,
            Name = "lora-trainer",
        };
        thread.Start();
        await foreach (var e in channel.Reader.ReadAllAsync(cancellationToken))
        {
            yield return e;
        }
    }

    /// <summary>Runs training on the calling thread, reporting events through <paramref name="onEvent"/>.</summary>
    public static TrainingSummary Run(TrainingOptions options, Action<TrainingEvent>? onEvent = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        onEvent ??= _ => { };
        var clock = Stopwatch.StartNew();
        torch.set_num_threads(options.Threads ?? Environment.ProcessorCount);
        torch.manual_seed(options.Seed);

        // Cheap checks first: a corrupt model or a bad dataset fails before any weights are loaded.
        using var gguf = GgufFile.Open(options.BaseModelPath);
        var config = LlamaConfig.FromGguf(gguf);
        foreach (var t in gguf.Tensors.Where(t => t.Name.EndsWith(".weight", StringComparison.Ordinal) && !GgmlTypeInfo.IsTrainable(t.Type)))
        {
            throw gguf.UnsupportedType(t);
        }

        var baseName = gguf.GetString("general.name") ?? Path.GetFileNameWithoutExtension(options.BaseModelPath);
        var maxLen = options.MaxSequenceLength ?? Math.Min(config.ContextLength, 2048);
        var trainRecords = ChatDataset.Load(options.TrainDataPath);
        var evalRecords = options.EvalDataPath is null ? [] : ChatDataset.Load(options.EvalDataPath);

        List<TokenizedExample> train, eval;
        int truncated, skipped;
        using (var tokenizer = ChatTokenizer.Load(options.BaseModelPath))
        {
            var encoded = trainRecords.Select(r => tokenizer.Encode(r, maxLen)).ToList();
            train = encoded.Where(e => e.TrainedTokens > 0).ToList();
            truncated = encoded.Count(e => e.Truncated);
            skipped = encoded.Count - train.Count;
            eval = evalRecords.Select(r => tokenizer.Encode(r, maxLen)).Where(e => e.TrainedTokens > 0).ToList();
        }

        if (train.Count == 0)
        {
            throw new DatasetException(
                $"All {trainRecords.Count} training records are too long: cut to {maxLen} tokens, none keeps a token of a trained (assistant) message. " +
                "Shorten the records or raise the maximum sequence length.");
        }

        var batchesPerEpoch = (train.Count + options.BatchSize - 1) / options.BatchSize;
        var stepsPerEpoch = (batchesPerEpoch + options.GradientAccumulation - 1) / options.GradientAccumulation;
        var totalSteps = stepsPerEpoch * options.Epochs;
        if (options.MaxSteps is { } max)
        {
            totalSteps = Math.Min(totalSteps, max);
        }

        var warmup = options.WarmupSteps ?? Math.Max(1, (int)Math.Round(totalSteps * 0.1));

        var device = options.Device is { } d ? torch.device(d) : torch.cuda.is_available() ? CUDA : CPU;
        using var model = LlamaModel.Load(gguf, device, options.BaseWeights);
        var startStep = 0;
        LoraAdapter adapter;
        long adamSteps = 0;
        Dictionary<string, (float[] M, float[] V)>? moments = null;
        if (options.ResumeFrom is { } resume)
        {
            int seed, checkpointTotal;
            (adapter, startStep, seed, checkpointTotal, adamSteps, moments) = Checkpoint.Load(resume, device);
            if (seed != options.Seed || checkpointTotal != totalSteps)
            {
                // Another seed or data size would silently train a different run than the one that was interrupted.
                adapter.Dispose();
                throw new ArgumentException(
                    $"Checkpoint '{resume}' belongs to a run with seed {seed} and {checkpointTotal} steps; this run has seed {options.Seed} and {totalSteps} steps. " +
                    "Resume with the same options and data.");
            }
        }
        else
        {
            adapter = LoraAdapter.Create(config, options.Lora, options.Seed, device);
        }

        using var adapterScope = adapter;
        model.Lora = adapter;
        using var optimizer = new AdamW(adapter.NamedParameters(), weightDecay: options.WeightDecay);
        if (moments is not null)
        {
            optimizer.Load(moments, adamSteps);
        }

        var expectedBatch = options.BatchSize * options.GradientAccumulation;
        var privacy = options.Privacy is { } dp ? PrivacyGuarantee.For(dp, train.Count, expectedBatch, totalSteps) : null;
        onEvent(new TrainingStarted(totalSteps, train.Count, eval.Count, truncated, skipped, adapter.ParameterCount, model.ParameterCount, startStep, privacy, DeviceName(device.type, device.index), model.Precision, model.WeightBytes));

        var parameters = adapter.Parameters().ToList();
        // The step uses the accounted noise multiplier: the one given, or the one calibrated for a target ε.
        var privateStep = privacy is not null ? new PrivateStep(privacy, adapter, options.BatchSize, parameters, train.Count) : null;
        using var privateStepScope = privateStep;
        var orders = new Dictionary<int, int[]>();
        int[] Order(int epoch)
        {
            if (!orders.TryGetValue(epoch, out var order))
            {
                // Shuffle per epoch from (seed, epoch) alone, so any step's data is known without replaying earlier ones.
                order = Enumerable.Range(0, train.Count).ToArray();
                new Random(Mix(options.Seed, epoch, 0x5EED)).Shuffle(order);
                orders[epoch] = order;
            }

            return order;
        }

        double lastLoss = double.NaN;
        double? lastEval = null;
        long trainedTokens = 0;
        long processedTokens = 0;
        var runClock = Stopwatch.StartNew();
        for (var step = startStep; step < totalSteps; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stepClock = Stopwatch.StartNew();
            var epoch = step / stepsPerEpoch;
            if (privateStep is not null)
            {
                var (meanLoss, rightTokens, countedTokens, tokensSeen, noisedNorm) = privateStep.Run(model, train, options.Seed, step, device, options.RecomputeActivations);
                var privateLr = LearningRateAt(step, totalSteps, warmup, options.LearningRate);
                optimizer.Step(privateLr);
                optimizer.ZeroGrad();
                lastLoss = double.IsNaN(meanLoss) ? lastLoss : meanLoss;
                processedTokens += tokensSeen;
                trainedTokens += (long)countedTokens;
                onEvent(new StepMetrics(step + 1, totalSteps, epoch + 1, double.IsNaN(lastLoss) ? 0 : lastLoss, countedTokens > 0 ? rightTokens / countedTokens : 0,
                    privateLr, noisedNorm, tokensSeen / Math.Max(stepClock.Elapsed.TotalSeconds, 1e-9), runClock.Elapsed));
                AfterStep(step + 1);
                continue;
            }

            var within = step % stepsPerEpoch;
            var order = Order(epoch);
            var microBatches = new List<TokenizedExample[]>();
            for (var mb = within * options.GradientAccumulation; mb < Math.Min((within + 1) * options.GradientAccumulation, batchesPerEpoch); mb++)
            {
                microBatches.Add(order.Skip(mb * options.BatchSize).Take(options.BatchSize).Select(i => train[i]).ToArray());
            }

            // Normalise by the weight of the whole optimizer step, so accumulation equals one big batch.
            var stepWeight = microBatches.Sum(b => b.Sum(e => e.TargetWeights.Sum()));
            double weightedLoss = 0, correct = 0, counted = 0;
            long stepTokens = 0;
            for (var k = 0; k < microBatches.Count; k++)
            {
                torch.manual_seed(Mix(options.Seed, step, k));
                using var scope = NewDisposeScope();
                var (inputs, targets, weights, tokens) = Collate(microBatches[k], device);
                model.ForwardBackward(inputs, logits =>
                {
                    var (lossSum, right, n) = WeightedLoss(logits, targets, weights);
                    weightedLoss += lossSum.item<float>();
                    correct += right;
                    counted += n;
                    return lossSum / stepWeight;
                }, options.RecomputeActivations, Mix(options.Seed, step, k));
                stepTokens += tokens;
            }

            var gradNorm = options.MaxGradNorm > 0
                ? nn.utils.clip_grad_norm_(parameters, options.MaxGradNorm)
                : 0;
            var lr = LearningRateAt(step, totalSteps, warmup, options.LearningRate);
            optimizer.Step(lr);
            optimizer.ZeroGrad();

            lastLoss = weightedLoss / stepWeight;
            processedTokens += stepTokens;
            trainedTokens += (long)counted;
            onEvent(new StepMetrics(step + 1, totalSteps, epoch + 1, lastLoss, counted > 0 ? correct / counted : 0, lr, gradNorm,
                stepTokens / Math.Max(stepClock.Elapsed.TotalSeconds, 1e-9), runClock.Elapsed));
            AfterStep(step + 1);
        }

        // Validation and checkpoints after a step, the same for ordinary and private steps.
        void AfterStep(int done)
        {
            if (eval.Count > 0 && (done % options.EvalEvery == 0 || done == totalSteps))
            {
                var (evalLoss, evalAcc) = Evaluate(model, eval, options.BatchSize);
                lastEval = evalLoss;
                onEvent(new EvalMetrics(done, evalLoss, evalAcc));
            }

            if (options.CheckpointEvery > 0 && done % options.CheckpointEvery == 0 && done < totalSteps)
            {
                var path = Checkpoint.Save(options.CheckpointDirectory!, done, totalSteps, adapter, optimizer, baseName, options.Seed);
                onEvent(new CheckpointSaved(done, path));
            }
        }

        AdapterExporter.WriteGguf(adapter, options.OutputPath, baseName);
        string? peft = null;
        if (options.ExportPeft)
        {
            peft = Path.ChangeExtension(options.OutputPath, null) + ".peft";
            AdapterExporter.WritePeft(adapter, config, peft, baseName);
        }

        var summary = new TrainingSummary(totalSteps, lastLoss, lastEval, trainedTokens,
            processedTokens / Math.Max(runClock.Elapsed.TotalSeconds, 1e-9), clock.Elapsed, truncated, skipped, options.OutputPath, peft, privacy);
        onEvent(new TrainingCompleted(summary));
        return summary;
    }

    /// <summary>
    /// One DP-SGD step (Abadi et al., 2016): a Poisson sample of the records, each record's gradient clipped to the
    /// clip norm on its own, the clipped gradients summed, Gaussian noise of σ × C added to the sum, and the result
    /// divided by the expected sample size into the parameters' gradients for the optimizer. Records run in
    /// micro-batches with one copy of the LoRA weights per record, so one backward pass yields every record's own
    /// gradient; the sample, the dropout masks and the noise are pure functions of (seed, step), so a resumed run
    /// retraces an uninterrupted one.
    /// </summary>
    private sealed class PrivateStep : IDisposable
    {
        private readonly PrivacyGuarantee _privacy;
        private readonly LoraAdapter _adapter;
        private readonly int _chunk;
        private readonly List<Parameter> _parameters;
        private readonly Tensor[] _sums;
        private readonly double _rate;
        private readonly double _expected;

        public PrivateStep(PrivacyGuarantee privacy, LoraAdapter adapter, int chunk, List<Parameter> parameters, int records)
        {
            _privacy = privacy;
            _adapter = adapter;
            _chunk = chunk;
            _parameters = parameters;
            _rate = privacy.SampleRate;
            _expected = _rate * records;
            _sums = parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();

            // Gradient buffers must exist before the first step: a step whose sample is empty still applies noise.
            using var scope = NewDisposeScope();
            parameters.Select(p => p.sum()).Aggregate((a, b) => a + b).mul(0).backward();
        }

        /// <summary>Fills the parameters' gradients; returns the sampled records' mean loss (NaN when none was sampled).</summary>
        public (double MeanLoss, double Correct, double Counted, long Tokens, double NoisedNorm) Run(
            LlamaModel model, IReadOnlyList<TokenizedExample> train, int seed, int step, Device device, bool recompute)
        {
            var sampler = new Random(Mix(seed, step, 0x0D95));
            var sample = new List<int>();
            for (var i = 0; i < train.Count; i++)
            {
                if (sampler.NextDouble() < _rate)
                {
                    sample.Add(i);
                }
            }

            using (no_grad())
            {
                foreach (var sum in _sums)
                {
                    sum.zero_();
                }
            }

            double lossSum = 0, correct = 0, counted = 0;
            long tokens = 0;
            for (var first = 0; first < sample.Count; first += _chunk)
            {
                var chunk = sample.Skip(first).Take(_chunk).Select(i => train[i]).ToArray();
                torch.manual_seed(Mix(seed, step, first));
                using var scope = NewDisposeScope();
                _adapter.BeginPerExample(chunk.Length);
                try
                {
                    var (inputs, targets, weights, n) = Collate(chunk, device);
                    var logits = model.ForwardBackward(inputs, output =>
                    {
                        var vocab = output.shape[^1];
                        var ce = nn.functional.cross_entropy(output.reshape(-1, vocab), targets.reshape(-1), reduction: nn.Reduction.None).reshape(chunk.Length, -1);
                        // Each record's own mean loss over its trained tokens; their sum leaves each record's gradient in its copy.
                        var perRecord = (ce * weights).sum(1) / weights.sum(1);
                        lossSum += perRecord.sum().item<float>();
                        return perRecord.sum();
                    }, recompute, Mix(seed, step, first));
                    tokens += n;
                    using var noGrad = no_grad();
                    var mask = weights.gt(0);
                    correct += logits.argmax(-1).eq(targets).logical_and(mask).sum().item<long>();
                    counted += mask.sum().item<long>();

                    var gradients = _adapter.PerExampleGradients();
                    var squared = zeros(chunk.Length, device: device);
                    foreach (var g in gradients)
                    {
                        squared.add_(g.pow(2).reshape(chunk.Length, -1).sum(1));
                    }

                    var norms = squared.sqrt().data<float>().ToArray();
                    for (var i = 0; i < _parameters.Count; i++)
                    {
                        for (var r = 0; r < chunk.Length; r++)
                        {
                            _sums[i].add_(gradients[i][r], alpha: Math.Min(1.0, _privacy.ClipNorm / (norms[r] + 1e-6)));
                        }
                    }
                }
                finally
                {
                    _adapter.EndPerExample();
                }
            }

            var noisedSquared = 0.0;
            using (no_grad())
            {
                using var scope = NewDisposeScope();
                torch.manual_seed(Mix(seed, step, 0x401_5E));
                for (var i = 0; i < _parameters.Count; i++)
                {
                    var noise = randn_like(_sums[i]).mul_(_privacy.NoiseMultiplier * _privacy.ClipNorm);
                    var gradient = _parameters[i].grad!.copy_(_sums[i].add(noise).div_(_expected));
                    noisedSquared += gradient.pow(2).sum().item<float>();
                }
            }

            return (sample.Count > 0 ? lossSum / sample.Count : double.NaN, correct, counted, tokens, Math.Sqrt(noisedSquared));
        }

        public void Dispose()
        {
            foreach (var sum in _sums)
            {
                sum.Dispose();
            }
        }
    }

    /// <summary>
    /// Deterministic seed mixing (SplitMix64 steps). HashCode.Combine would not do: it is randomised per process,
    /// and a resumed run in a new process must draw the same shuffles and dropout masks.
    /// </summary>
    internal static int Mix(int a, int b, int c)
    {
        var x = (ulong)(uint)a;
        foreach (var v in new[] { (ulong)(uint)b, (ulong)(uint)c })
        {
            x = (x ^ v) + 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            x ^= x >> 31;
        }

        return (int)(x & 0x7FFFFFFF);
    }

    /// <summary>Linear warm-up to the peak, then cosine decay towards zero (never reaching it on the last step).</summary>
    public static double LearningRateAt(int step, int totalSteps, int warmupSteps, double peak)
    {
        if (step < warmupSteps)
        {
            return peak * (step + 1) / warmupSteps;
        }

        var progress = (double)(step - warmupSteps) / Math.Max(1, totalSteps - warmupSteps);
        return peak * 0.5 * (1 + Math.Cos(Math.PI * progress));
    }

    /// <summary>Weighted validation loss and token accuracy over a dataset (no gradients, no dropout).</summary>
    public static (double Loss, double Accuracy) Evaluate(LlamaModel model, IReadOnlyList<TokenizedExample> examples, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(examples);
        using var noGrad = no_grad();
        double loss = 0, weight = 0, correct = 0, counted = 0;
        foreach (var chunk in examples.Chunk(batchSize))
        {
            using var scope = NewDisposeScope();
            var (inputs, targets, weights, _) = Collate(chunk, model.Device);
            var (lossSum, right, n) = WeightedLoss(model.Forward(inputs), targets, weights);
            loss += lossSum.item<float>();
            weight += chunk.Sum(e => e.TargetWeights.Sum());
            correct += right;
            counted += n;
        }

        return (loss / Math.Max(weight, 1e-9), counted > 0 ? correct / counted : 0);
    }

    /// <summary>"cuda:0", "cpu": the device as operators read it in job events and the CLI.</summary>
    internal static string DeviceName(DeviceType type, int index) =>
        type == DeviceType.CPU ? "cpu" : $"{type.ToString().ToLowerInvariant()}:{Math.Max(index, 0)}";

    /// <summary>Right-pads a batch; padded positions get weight 0 and, with causal attention, never influence real ones.</summary>
    internal static (Tensor Inputs, Tensor Targets, Tensor Weights, long Tokens) Collate(IReadOnlyList<TokenizedExample> batch, Device? device = null)
    {
        var len = batch.Max(e => e.Tokens.Length);
        var inputs = new long[batch.Count * len];
        var targets = new long[batch.Count * len];
        var weights = new float[batch.Count * len];
        long tokens = 0;
        for (var b = 0; b < batch.Count; b++)
        {
            var e = batch[b];
            tokens += e.Tokens.Length;
            for (var t = 0; t < e.Tokens.Length; t++)
            {
                inputs[b * len + t] = e.Tokens[t];
                targets[b * len + t] = t + 1 < e.Tokens.Length ? e.Tokens[t + 1] : 0;
                weights[b * len + t] = e.TargetWeights[t];
            }
        }

        var shape = new long[] { batch.Count, len };
        return (tensor(inputs, shape, device: device), tensor(targets, shape, device: device), tensor(weights, shape, device: device), tokens);
    }

    /// <summary>Sum of weight × cross-entropy, plus correct/total counts over positions with weight &gt; 0.</summary>
    internal static (Tensor LossSum, double Correct, double Count) WeightedLoss(Tensor logits, Tensor targets, Tensor weights)
    {
        var vocab = logits.shape[^1];
        var flatLogits = logits.reshape(-1, vocab);
        var flatTargets = targets.reshape(-1);
        var flatWeights = weights.reshape(-1);
        var ce = nn.functional.cross_entropy(flatLogits, flatTargets, reduction: nn.Reduction.None);
        var lossSum = (ce * flatWeights).sum();
        using var noGrad = no_grad();
        var mask = flatWeights.gt(0);
        var right = flatLogits.argmax(-1).eq(flatTargets).logical_and(mask).sum().item<long>();
        var count = mask.sum().item<long>();
        return (lossSum, right, count);
    }
}
