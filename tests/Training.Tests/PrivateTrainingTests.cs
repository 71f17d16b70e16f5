using TorchSharp;
using Training.Data;
using Training.Gguf;
using Training.Model;
using Training.Privacy;
using Training.Trainer;

namespace Training.Tests;

/// <summary>DP-SGD on the tiny model: per-record clipping, calibrated noise, determinism and the reported guarantee.</summary>
public sealed class PrivateTrainingTests(TinyModels models) : IClassFixture<TinyModels>
{
    private TrainingOptions Options(string name, DifferentialPrivacyOptions privacy, int records = 16) => models.TrainingOptions(name, records) with
    {
        ExportPeft = false,
        Lora = new LoraConfig { Rank = 4, Alpha = 8, TargetModules = ["q", "v"] },
        Privacy = privacy,
    };

    private static (List<StepMetrics> Steps, TrainingStarted Started, TrainingSummary Summary) Run(TrainingOptions options)
    {
        var events = new List<TrainingEvent>();
        var summary = LoraTrainer.Run(options, events.Add);
        return (events.OfType<StepMetrics>().ToList(), events.OfType<TrainingStarted>().Single(), summary);
    }

    [Fact]
    public void PerExampleGradients_FromOneBatchedPass_EqualEachRecordsOwnBackwardPass()
    {
        torch.set_num_threads(2);
        using var model = LlamaModel.Load(models.Untied);
        using var tok = ChatTokenizer.Load(models.Untied);
        // Records of different lengths, so the batch is padded.
        var examples = ChatDataset.Load(TestData.WriteChat(models.File("per-example.jsonl"), 3, seed: 4)).Select(r => tok.Encode(r, 128)).ToArray();
        Assert.True(examples.Select(e => e.Tokens.Length).Distinct().Count() > 1, "the records should differ in length");
        var config = new LoraConfig { Rank = 2, TargetModules = ["q", "v", "down"] };
        using var seeded = LoraAdapter.Create(model.Config, config, seed: 7);
        // B starts at zero, which would leave A without gradient: give both random values.
        using var adapter = LoraAdapter.FromTensors(config, seeded.TargetNames.Select(n =>
        {
            var (a, b) = seeded[n];
            return (n, a, torch.randn_like(b) * 0.05);
        }));
        model.Lora = adapter;

        static TorchSharp.torch.Tensor PerRecordLoss(TorchSharp.torch.Tensor logits, TorchSharp.torch.Tensor targets, TorchSharp.torch.Tensor weights)
        {
            var vocab = logits.shape[^1];
            var ce = TorchSharp.torch.nn.functional.cross_entropy(logits.reshape(-1, vocab), targets.reshape(-1), reduction: TorchSharp.torch.nn.Reduction.None)
                .reshape(weights.shape[0], -1);
            return (ce * weights).sum(1) / weights.sum(1);
        }

        var expected = new List<float[][]>();
        foreach (var example in examples)
        {
            using var scope = torch.NewDisposeScope();
            var (inputs, targets, weights, _) = LoraTrainer.Collate([example]);
            PerRecordLoss(model.Forward(inputs, training: true), targets, weights).sum().backward();
            expected.Add([.. adapter.Parameters().Select(p => p.grad!.data<float>().ToArray())]);
            foreach (var p in adapter.Parameters())
            {
                p.grad!.zero_();
            }
        }

        adapter.BeginPerExample(examples.Length);
        using (var scope = torch.NewDisposeScope())
        {
            var (inputs, targets, weights, _) = LoraTrainer.Collate(examples);
            PerRecordLoss(model.Forward(inputs, training: true), targets, weights).sum().backward();
            var gradients = adapter.PerExampleGradients();
            for (var i = 0; i < examples.Length; i++)
            {
                for (var p = 0; p < gradients.Count; p++)
                {
                    var actual = gradients[p][i].data<float>().ToArray();
                    var scale = expected[i][p].Max(Math.Abs);
                    Assert.True(scale > 0, $"record {i}, parameter {p} has no gradient");
                    Assert.True(actual.Zip(expected[i][p]).Max(x => Math.Abs(x.First - x.Second)) <= 1e-4 * scale + 1e-7, $"record {i}, parameter {p}");
                }
            }
        }

        adapter.EndPerExample();
        // The adapter's own parameters received nothing from the per-example pass.
        Assert.All(adapter.Parameters(), p => Assert.True(p.grad is null || p.grad.abs().sum().item<float>() == 0));
    }

    [Fact]
    public void PrivateTraining_ReportsTheAccountedGuarantee_AndStillLearnsWithLittleNoise()
    {
        var privacy = new DifferentialPrivacyOptions { NoiseMultiplier = 0.01, ClipNorm = 100, Delta = 1e-3 };
        var (steps, started, summary) = Run(Options("dp-learn", privacy) with
        {
            Epochs = 4,
            Lora = new LoraConfig { Rank = 4, Alpha = 8, TargetModules = ["q", "k", "v", "o", "gate", "up", "down"] },
        });

        // 16 records, 4 expected per step: q = 0.25 over 16 steps.
        var expected = RdpAccountant.Epsilon(0.25, 0.01, 16, 1e-3);
        Assert.Equal(16, steps.Count);
        Assert.NotNull(summary.Privacy);
        Assert.Equal(expected.Epsilon, summary.Privacy!.Epsilon, 9);
        Assert.Equal((0.25, 16, 1e-3, 0.01, 100.0), (summary.Privacy.SampleRate, summary.Privacy.Steps, summary.Privacy.Delta, summary.Privacy.NoiseMultiplier, summary.Privacy.ClipNorm));
        Assert.Equal(summary.Privacy, started.Privacy);
        Assert.True(steps[^1].Loss < steps[0].Loss * 0.8, $"loss {steps[0].Loss} -> {steps[^1].Loss}");
    }

    [Fact]
    public void TargetEpsilon_CalibratesTheNoise_AndTheRunStaysWithinIt()
    {
        var (steps, started, summary) = Run(Options("dp-target", new DifferentialPrivacyOptions { TargetEpsilon = 2.0, Delta = 1e-3 }) with { Epochs = 2 });

        // 16 records, 4 per step on average, 2 epochs: q = 0.25 over 8 steps.
        var sigma = RdpAccountant.NoiseMultiplierFor(2.0, 0.25, 8, 1e-3);
        Assert.Equal(8, steps.Count);
        Assert.Equal(sigma, summary.Privacy!.NoiseMultiplier);
        Assert.InRange(summary.Privacy.Epsilon, 1.9, 2.0);
        // The steps used that noise: the noised gradient's norm is about √P · σC / E (C = 1, E = 4).
        var noiseNorm = Math.Sqrt(started.TrainableParameters) * sigma / 4;
        Assert.All(steps, s => Assert.InRange(s.GradNorm / noiseNorm, 0.85, 1.2));
    }

    [Fact]
    public void Clipping_BoundsWhatTheRecordsOfAStepCanMoveTheAdapter()
    {
        const double clip = 1e-3;
        var clipped = Run(Options("dp-clip", new DifferentialPrivacyOptions { NoiseMultiplier = 1e-9, ClipNorm = clip }) with { Epochs = 2 });
        var loose = Run(Options("dp-loose", new DifferentialPrivacyOptions { NoiseMultiplier = 1e-9, ClipNorm = 1e3 }) with { Epochs = 2 });

        // Each record contributes at most C; at most all 16 records are sampled, divided by the expected 4.
        Assert.All(clipped.Steps, s => Assert.True(s.GradNorm <= 16 * clip / 4 * 1.001, $"step {s.Step}: {s.GradNorm}"));
        Assert.Contains(clipped.Steps, s => s.GradNorm > clip / 4 * 0.5);
        Assert.True(loose.Steps.Max(s => s.GradNorm) > 100 * 16 * clip / 4, $"unclipped gradients are larger: {loose.Steps.Max(s => s.GradNorm)}");
    }

    [Fact]
    public void Noise_HasTheCalibratedScale_AndIsAPureFunctionOfSeedAndStep()
    {
        var privacy = new DifferentialPrivacyOptions { NoiseMultiplier = 1.0, ClipNorm = 1.0 };
        var first = Run(Options("dp-a", privacy));
        var again = Run(Options("dp-b", privacy));
        var otherSeed = Run(Options("dp-c", privacy) with { Seed = 4 });

        // The noise on each coordinate has standard deviation σC / E; the clipped signal (at most N·C/E = 4 in norm)
        // is small beside it, so the noised gradient's norm is close to √P · σC / E.
        var noiseNorm = Math.Sqrt(first.Started.TrainableParameters) * 1.0 / 4;
        Assert.All(first.Steps, s => Assert.InRange(s.GradNorm / noiseNorm, 0.85, 1.2));
        Assert.Equal(first.Steps.Select(s => s.GradNorm), again.Steps.Select(s => s.GradNorm));
        Assert.Equal(LoraB(first.Summary.AdapterPath), LoraB(again.Summary.AdapterPath));
        Assert.NotEqual(LoraB(first.Summary.AdapterPath), LoraB(otherSeed.Summary.AdapterPath));
    }

    [Fact]
    public void PrivateRun_ResumedFromACheckpoint_RetracesTheUninterruptedRun()
    {
        // The Poisson sample and the noise are drawn from (seed, step) alone, so a crash costs no privacy accounting
        // surprises: the resumed run takes exactly the steps the accountant counted.
        var privacy = new DifferentialPrivacyOptions { NoiseMultiplier = 0.8, ClipNorm = 0.5 };
        var options = Options("dp-resume", privacy, records: 12) with { Epochs = 2, BatchSize = 3 };
        var uninterrupted = LoraTrainer.Run(options with { OutputPath = models.File("dp-full.gguf") });
        var saved = new List<CheckpointSaved>();
        using var crash = new CancellationTokenSource();
        Assert.Throws<OperationCanceledException>(() => LoraTrainer.Run(
            options with { OutputPath = models.File("dp-part.gguf"), CheckpointEvery = 3, CheckpointDirectory = models.File("dp-ckpt") },
            e =>
            {
                if (e is CheckpointSaved c)
                {
                    saved.Add(c);
                    crash.Cancel();
                }
            },
            crash.Token));

        var resumed = LoraTrainer.Run(options with { OutputPath = models.File("dp-resumed.gguf"), ResumeFrom = saved[^1].Path });

        Assert.Equal(3, saved[^1].Step);
        Assert.Equal(uninterrupted.Privacy, resumed.Privacy);
        Assert.Equal(uninterrupted.FinalLoss, resumed.FinalLoss, 6);
        Assert.Equal(LoraB(uninterrupted.AdapterPath), LoraB(resumed.AdapterPath));
    }

    [Fact]
    public void DpSgd_KeepsARepeatedSecretFromBeingMemorised_ThatOrdinaryTrainingMemorises()
    {
        // "The Secret Sharer" in miniature: a secret record repeated 8 times among 24 others. Ordinary training ranks the
        // secret first among 50 same-format candidates by likelihood; DP-SGD (clipped, noised) must not.
        const string Secret = "7 3 9 1 5";
        var rng = new Random(11);
        string Digits() => string.Join(' ', Enumerable.Range(0, 5).Select(_ => rng.Next(10)));
        static ChatRecord Vault(string code) => new([new ChatMessage("user", "What is the vault code?"), new ChatMessage("assistant", $"The vault code is {code}.")]);
        var path = TestData.WriteChat(models.File("secret.jsonl"), 24, seed: 5);
        File.AppendAllLines(path, Enumerable.Repeat(System.Text.Json.JsonSerializer.Serialize(Vault(Secret)), 8));
        var candidates = new[] { Secret }.Concat(Enumerable.Range(0, 49).Select(_ => Digits())).ToArray();

        int SecretRank(TrainingOptions options)
        {
            var summary = LoraTrainer.Run(options);
            using var model = LlamaModel.Load(models.Untied);
            using var tok = ChatTokenizer.Load(models.Untied);
            using var adapter = Training.Export.AdapterExporter.ReadGguf(summary.AdapterPath, model.Device);
            model.Lora = adapter;
            var losses = candidates.Select(c => LoraTrainer.Evaluate(model, [tok.Encode(Vault(c), 64)], 1).Loss).ToArray();
            return 1 + losses.Skip(1).Count(l => l < losses[0]);
        }

        var common = new TrainingOptions
        {
            BaseModelPath = models.Untied,
            TrainDataPath = path,
            OutputPath = models.File("secret-plain.gguf"),
            LearningRate = 1e-2f,
            BatchSize = 8,
            Epochs = 15,
            Threads = 2,
            Seed = 3,
            ExportPeft = false,
            Lora = new LoraConfig { Rank = 8, Alpha = 16, TargetModules = ["q", "k", "v", "o", "gate", "up", "down"] },
        };
        var plainRank = SecretRank(common);
        var privateRank = SecretRank(common with
        {
            OutputPath = models.File("secret-dp.gguf"),
            Privacy = new DifferentialPrivacyOptions { NoiseMultiplier = 1.0, ClipNorm = 0.05 },
        });

        Assert.Equal(1, plainRank);
        Assert.True(privateRank > 5, $"DP-SGD still ranked the secret {privateRank} of {candidates.Length}");
    }

    [Theory]
    [InlineData(0.0, null, 1.0, null)]
    [InlineData(1.0, null, -1.0, null)]
    [InlineData(1.0, null, 1.0, 1.0)]
    [InlineData(1.0, 8.0, 1.0, null)]
    [InlineData(null, null, 1.0, null)]
    [InlineData(null, -2.0, 1.0, null)]
    public void InvalidPrivacySettings_AreRefusedBeforeTraining(double? sigma, double? target, double clip, double? delta)
    {
        var options = Options("dp-bad", new DifferentialPrivacyOptions { NoiseMultiplier = sigma, TargetEpsilon = target, ClipNorm = clip, Delta = delta });

        Assert.Throws<ArgumentException>(() => LoraTrainer.Run(options));
    }

    private static float[] LoraB(string path)
    {
        using var f = GgufFile.Open(path);
        return f.ReadFloat32(f.GetTensor("blk.0.attn_q.weight.lora_b"));
    }
}
