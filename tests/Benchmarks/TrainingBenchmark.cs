using System.Diagnostics;
using TorchSharp;
using Training.Model;
using static TorchSharp.torch;

namespace Benchmarks;

/// <summary>
/// `dotnet run --project tests/Benchmarks -- training`: LoRA training throughput of the TorchSharp Llama for the tiny
/// test shape and a ~100M-parameter shape, this machine's peak GEMM rate through the same libtorch, and their ratio
/// (model FLOP utilisation). All numbers come from one run, so the ratios are comparable even on a noisy machine.
/// </summary>
public static class TrainingBenchmark
{
    /// <summary>Shape, batch and sequence length of one measurement.</summary>
    private sealed record Case(string Name, LlamaConfig Shape, int Batch, int SeqLen, int Steps);

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var quick = args.Contains("--quick");
        var threads = Environment.ProcessorCount;
        torch.set_num_threads(threads);
        torch.manual_seed(1);
        var dir = Path.Combine(Path.GetTempPath(), "training-benchmark-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try
        {
            Console.WriteLine($"Training benchmark: {threads} threads, libtorch {torch.__version__}, float32, LoRA r=8 on q,k,v,o");
            int[] sizes = quick ? [1024] : [1024, 2048, 3072];
            var peak = sizes.Max(n => PeakGemmFlops(n, quick ? 3 : 6));
            Console.WriteLine($"peak GEMM (float32 square matmul, best of n={string.Join("/", sizes)}): {peak / 1e9:F1} GFLOP/s");
            var vocab = TinyModelFactory.Vocabulary().Tokens.Length;
            var cases = new List<Case>
            {
                new("tiny", TinyModelFactory.ShapeFor(TinyModelSize.Tiny, vocab), Batch: 8, SeqLen: 128, Steps: quick ? 3 : 10),
                new("~100M", new LlamaConfig(vocab, Dim: 768, Layers: 12, Heads: 12, KvHeads: 12, FfnDim: 2560, ContextLength: 512, RopeFreqBase: 10000f, RmsNormEps: 1e-5f),
                    Batch: 4, SeqLen: 256, Steps: quick ? 1 : 3),
            };

            var results = cases.Select(c => (Case: c, Result: Measure(c, dir))).ToList();
            // Peak again after the runs: on a shared machine the best of both readings is the fairer denominator.
            peak = Math.Max(peak, sizes.Max(n => PeakGemmFlops(n, quick ? 3 : 6)));
            Console.WriteLine($"peak GEMM (best of before/after): {peak / 1e9:F1} GFLOP/s");
            Console.WriteLine($"{"shape",-6} {"params",10} {"tokens/s",10} {"best",10} {"GFLOP/s",9} {"MFU",6} {"MFU best",9} {"peak RSS",10}");
            foreach (var (c, r) in results)
            {
                Console.WriteLine($"{c.Name,-6} {r.Parameters / 1e6,9:F2}M {r.TokensPerSecond,10:F0} {r.BestTokensPerSecond,10:F0} {r.Flops / 1e9,9:F1} " +
                    $"{r.Flops / peak,6:P1} {r.Flops / r.TokensPerSecond * r.BestTokensPerSecond / peak,9:P1} {r.PeakRssBytes / (1024.0 * 1024),8:F0}MB");
            }

            Console.WriteLine("tokens/s: mean over timed steps; best: fastest single step (less sensitive to other processes on the cores).");

            Console.WriteLine("FLOPs per trained token = 4 x matmul parameters (forward + input-gradient backward; frozen base weights");
            Console.WriteLine("get no weight gradients) + 8 x layers x seq x dim for attention scores/values (causal half counted).");
            PrivateTrainingCost(dir, quick);
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed record Result(long Parameters, double TokensPerSecond, double BestTokensPerSecond, double Flops, long PeakRssBytes);

    private static Result Measure(Case c, string dir)
    {
        var path = Path.Combine(dir, c.Name.Replace("~", "", StringComparison.Ordinal) + ".gguf");
        TinyModelFactory.Create(path, new TinyModelOptions { Shape = c.Shape, Seed = 1 });
        using var model = LlamaModel.Load(path);
        File.Delete(path);
        using var adapter = LoraAdapter.Create(model.Config, new LoraConfig { Rank = 8, Alpha = 16 }, seed: 1);
        model.Lora = adapter;
        using var optimizer = optim.AdamW(adapter.Parameters(), lr: 1e-4);
        var rng = new Random(1);
        double seconds = 0, best = double.MaxValue;
        long tokens = 0;
        for (var step = -1; step < c.Steps; step++)
        {
            using var scope = NewDisposeScope();
            var ids = Enumerable.Range(0, c.Batch * (c.SeqLen + 1)).Select(_ => (long)rng.Next(c.Shape.VocabSize)).ToArray();
            var all = tensor(ids, new long[] { c.Batch, c.SeqLen + 1 });
            var inputs = all.narrow(1, 0, c.SeqLen);
            var targets = all.narrow(1, 1, c.SeqLen);
            var clock = Stopwatch.StartNew();
            var logits = model.Forward(inputs, training: true);
            var loss = nn.functional.cross_entropy(logits.reshape(-1, c.Shape.VocabSize), targets.reshape(-1));
            loss.backward();
            optimizer.step();
            optimizer.zero_grad();
            clock.Stop();
            if (step >= 0)
            {
                // Step -1 warms up allocator and kernels; it is not timed.
                seconds += clock.Elapsed.TotalSeconds;
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
                tokens += c.Batch * c.SeqLen;
            }
        }

        var s = c.Shape;
        var kv = s.KvHeads * s.HeadDim;
        var matmulParams = (long)s.Layers * (2L * s.Dim * s.Dim + 2L * s.Dim * kv + 3L * s.Dim * s.FfnDim) + (long)s.VocabSize * s.Dim;
        var flopsPerToken = 4.0 * matmulParams + 8.0 * s.Layers * c.SeqLen * s.Dim / 2;
        var tps = tokens / seconds;
        return new Result(model.ParameterCount, tps, c.Batch * c.SeqLen / best, tps * flopsPerToken, Process.GetCurrentProcess().PeakWorkingSet64);
    }

    /// <summary>Best-of-N float32 square matmul rate through libtorch: the denominator of MFU.</summary>
    private static double PeakGemmFlops(int n, int repeats)
    {
        using var a = randn(n, n);
        using var b = randn(n, n);
        using (var warm = a.matmul(b))
        {
            _ = warm.sum().item<float>();
        }

        var best = double.MaxValue;
        for (var i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            using var c = a.matmul(b);
            clock.Stop();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return 2.0 * n * n * n / best;
    }

    /// <summary>
    /// What DP-SGD costs: the same tiny-model run through <see cref="Training.Trainer.LoraTrainer"/> with ordinary and
    /// with private steps (per-record gradients and clipping), compared by tokens per second.
    /// </summary>
    private static void PrivateTrainingCost(string dir, bool quick)
    {
        var model = Path.Combine(dir, "dp-base.gguf");
        TinyModelFactory.Create(model, new TinyModelOptions { Seed = 3 });
        var data = Path.Combine(dir, "dp-train.jsonl");
        var rng = new Random(5);
        File.WriteAllLines(data, Enumerable.Range(0, quick ? 32 : 128).Select(i => System.Text.Json.JsonSerializer.Serialize(new
        {
            messages = new[]
            {
                new { role = "user", content = $"Book visit {i} for {rng.Next(1, 9)} pm" },
                new { role = "assistant", content = $"Booked visit {i} at {rng.Next(1, 9)} pm." },
            },
        })));
        double Rate(Training.Privacy.DifferentialPrivacyOptions? privacy)
        {
            var rates = new List<double>();
            var options = new Training.Trainer.TrainingOptions
            {
                BaseModelPath = model,
                TrainDataPath = data,
                OutputPath = Path.Combine(dir, privacy is null ? "plain.gguf" : "private.gguf"),
                BatchSize = 8,
                Epochs = 2,
                ExportPeft = false,
                Privacy = privacy,
            };
            Training.Trainer.LoraTrainer.Run(options, e =>
            {
                if (e is Training.Trainer.StepMetrics m)
                {
                    rates.Add(m.TokensPerSecond);
                }
            });
            // The first steps include warm-up; the median of the rest is steady state.
            return rates.Skip(rates.Count / 4).Order().ElementAt((rates.Count - rates.Count / 4) / 2);
        }

        var plain = Rate(null);
        var dp = Rate(new Training.Privacy.DifferentialPrivacyOptions { NoiseMultiplier = 1.0 });
        var again = Rate(null);
        Console.WriteLine($"DP-SGD cost (tiny model, batch 8, median step): ordinary {Math.Max(plain, again):F0} tokens/s, private {dp:F0} tokens/s, " +
            $"ratio {dp / Math.Max(plain, again):F2} (per-record gradients from one backward pass per micro-batch, one LoRA copy per record)");
    }
}
