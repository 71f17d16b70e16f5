using TorchSharp;
using Training.Data;
using Training.Export;
using Training.Gguf;
using Training.Model;
using Training.Trainer;

namespace Training.Tests;

public sealed class TrainerTests(TinyModels models) : IClassFixture<TinyModels>
{
    private TrainingOptions Options(string name, int records = 16) => models.TrainingOptions(name, records);

    [Fact]
    public async Task Training_LowersLoss_StreamsMetrics_AndExportsBothFormats()
    {
        var options = Options("learn", records: 16) with { Epochs = 4, EvalDataPath = TestData.WriteChat(models.File("learn-eval.jsonl"), 4, seed: 9), EvalEvery = 4 };
        var events = new List<TrainingEvent>();

        await foreach (var e in LoraTrainer.RunAsync(options))
        {
            events.Add(e);
        }

        var steps = events.OfType<StepMetrics>().ToList();
        var evals = events.OfType<EvalMetrics>().ToList();
        var summary = Assert.Single(events.OfType<TrainingCompleted>()).Summary;
        Assert.Equal(16, steps.Count);
        Assert.Equal(Enumerable.Range(1, 16), steps.Select(s => s.Step));
        Assert.True(steps[^1].Loss < steps[0].Loss * 0.6, $"loss {steps[0].Loss} -> {steps[^1].Loss}");
        Assert.True(evals[^1].Loss < evals[0].Loss, $"eval {evals[0].Loss} -> {evals[^1].Loss}");
        Assert.Equal(4, evals.Count);
        Assert.All(steps, s => Assert.True(s.TokensPerSecond > 0 && s.TokenAccuracy is >= 0 and <= 1));
        // Warm-up rises, then cosine decays.
        Assert.True(steps[0].LearningRate < steps[1].LearningRate);
        Assert.True(steps[^1].LearningRate < steps[5].LearningRate);
        Assert.True(File.Exists(summary.AdapterPath));
        Assert.True(File.Exists(Path.Combine(summary.PeftDirectory!, "adapter_config.json")));
        var peft = Safetensors.Read(Path.Combine(summary.PeftDirectory!, "adapter_model.safetensors"));
        Assert.Equal(2 * 2 * 7, peft.Count);
        Assert.Equal(new long[] { 4, 128 }, peft["base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight"].Shape);
        Assert.Equal(new long[] { 256, 4 }, peft["base_model.model.model.layers.1.mlp.gate_proj.lora_B.weight"].Shape);
        Console.WriteLine($"tiny training: {summary.TokensPerSecond:F0} tokens/s, loss {steps[0].Loss:F3} -> {steps[^1].Loss:F3}");
    }

    [Fact]
    public void OnlyAdapterParameters_Change()
    {
        torch.set_num_threads(2);
        using var model = LlamaModel.Load(models.Untied);
        var before = model.Weight("blk.0.attn_q.weight").clone();
        using var tok = ChatTokenizer.Load(models.Untied);
        var examples = ChatDataset.Load(TestData.WriteChat(models.File("only.jsonl"), 4)).Select(r => tok.Encode(r, 128)).ToArray();
        using var adapter = LoraAdapter.Create(model.Config, new LoraConfig { Rank = 2 }, seed: 1);
        model.Lora = adapter;
        var a0 = adapter["blk.0.attn_q.weight"].A.clone();
        using var opt = new AdamW(adapter.NamedParameters());

        // Two steps: B starts at zero, so A only receives gradient once B has moved.
        for (var step = 0; step < 2; step++)
        {
            using var scope = torch.NewDisposeScope();
            var (inputs, targets, weights, _) = LoraTrainer.Collate(examples);
            var (loss, _, _) = LoraTrainer.WeightedLoss(model.Forward(inputs, training: true), targets, weights);
            loss.backward();
            opt.Step(1e-2);
            opt.ZeroGrad();
        }

        Assert.False(model.Weight("blk.0.attn_q.weight").requires_grad);
        Assert.Null(model.Weight("blk.0.attn_q.weight").grad);
        Assert.True(model.Weight("blk.0.attn_q.weight").eq(before).all().item<bool>());
        Assert.False(adapter["blk.0.attn_q.weight"].A.eq(a0).all().item<bool>());
        Assert.True(adapter["blk.0.attn_q.weight"].B.abs().sum().item<float>() > 0);
        Assert.All(adapter.Parameters(), p => Assert.True(p.requires_grad));
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(0.2f)]
    public void RecomputedActivations_GiveTheSameGradients(float dropout)
    {
        torch.set_num_threads(2);
        using var model = LlamaModel.Load(models.Untied);
        using var tok = ChatTokenizer.Load(models.Untied);
        var examples = ChatDataset.Load(TestData.WriteChat(models.File("recompute.jsonl"), 4)).Select(r => tok.Encode(r, 128)).ToArray();
        using var adapter = LoraAdapter.Create(model.Config, new LoraConfig { Rank = 4, Dropout = dropout, TargetModules = ["q", "k", "v", "o", "gate", "up", "down"] }, seed: 5);
        model.Lora = adapter;
        // B starts at zero, so A would get no gradient: give B values first, as after a few steps.
        using (torch.no_grad())
        {
            torch.manual_seed(7);
            foreach (var p in adapter.Parameters())
            {
                p.add_(torch.randn_like(p) * 0.05);
            }
        }

        float[][] Gradients(bool recompute, int seed)
        {
            using var scope = torch.NewDisposeScope();
            var (inputs, targets, weights, _) = LoraTrainer.Collate(examples);
            torch.manual_seed(seed);
            double loss = 0;
            var logits = model.ForwardBackward(inputs, l =>
            {
                var (sum, _, _) = LoraTrainer.WeightedLoss(l, targets, weights);
                loss = sum.item<float>();
                return sum;
            }, recompute, seed);
            Assert.Equal(torch.ScalarType.Float32, logits.dtype);
            Assert.False(logits.requires_grad);
            Assert.True(loss > 0);
            var grads = adapter.Parameters().Select(p => p.grad!.data<float>().ToArray()).ToArray();
            foreach (var p in adapter.Parameters())
            {
                p.grad!.zero_();
            }

            return grads;
        }

        var kept = Gradients(recompute: false, seed: 11);
        var recomputed = Gradients(recompute: true, seed: 11);
        var again = Gradients(recompute: true, seed: 11);

        var scale = kept.Max(g => g.Max(Math.Abs));
        Assert.True(scale > 0);
        Assert.Equal(again.SelectMany(g => g), recomputed.SelectMany(g => g)); // the same seed: the same masks, the same gradients
        var diff = kept.Zip(recomputed).Max(p => p.First.Zip(p.Second).Max(x => Math.Abs(x.First - x.Second)));
        if (dropout == 0)
        {
            Assert.True(diff <= 1e-5 * scale, $"recomputed gradients differ by {diff} (scale {scale})");
        }
        else
        {
            // With dropout the recomputing pass draws its own masks (per layer, from the seed): other gradients, same size.
            Assert.True(diff > 1e-5 * scale, "dropout masks should differ from the single-pass draw");
            Assert.InRange(recomputed.Max(g => g.Max(Math.Abs)), 0.2 * scale, 5 * scale);
        }
    }

    [Fact]
    public void Training_WithRecomputedActivations_RetracesTheOrdinaryRun()
    {
        var options = Options("recompute-run", records: 12) with { Epochs = 2 };
        var ordinary = LoraTrainer.Run(options with { OutputPath = models.File("recompute-a.gguf") });
        var recomputed = LoraTrainer.Run(options with { OutputPath = models.File("recompute-b.gguf"), RecomputeActivations = true });
        var privateOptions = options with { Privacy = new Training.Privacy.DifferentialPrivacyOptions { NoiseMultiplier = 0.5 } };
        var privateOrdinary = LoraTrainer.Run(privateOptions with { OutputPath = models.File("recompute-c.gguf") });
        var privateRecomputed = LoraTrainer.Run(privateOptions with { OutputPath = models.File("recompute-d.gguf"), RecomputeActivations = true });

        Assert.Equal(ordinary.FinalLoss, recomputed.FinalLoss, 4);
        Assert.Equal(privateOrdinary.FinalLoss, privateRecomputed.FinalLoss, 4);
        Assert.NotEqual(ordinary.FinalLoss, privateOrdinary.FinalLoss, 4);
    }

    [Fact]
    public void ExportedAdapter_LoadsInLlamaCpp_ChangesLogits_AndMatchesTorchSharp()
    {
        var options = Options("export") with { Epochs = 2 };
        var summary = LoraTrainer.Run(options);
        var prompt = LlamaCppCompatibilityTests.Prompt;

        var baseLogits = LlamaCpp.Logits(models.Untied, prompt);
        var loraLogits = LlamaCpp.Logits(models.Untied, prompt, summary.AdapterPath);
        using var model = LlamaModel.Load(models.Untied);
        using var adapter = AdapterExporter.ReadGguf(summary.AdapterPath);
        model.Lora = adapter;

        var change = baseLogits.Zip(loraLogits).Max(p => p.First.Zip(p.Second).Max(x => Math.Abs(x.First - x.Second)));
        var diff = LlamaCppCompatibilityTests.MaxAbsDiff(model, loraLogits, prompt);
        Assert.True(change > 0.05, $"adapter changed logits by only {change}");
        Assert.True(diff <= 5e-3, $"max |logit diff| with adapter = {diff}");
        using var f = GgufFile.Open(summary.AdapterPath);
        Assert.Equal("adapter", f.GetString("general.type"));
        Assert.Equal("lora", f.GetString("adapter.type"));
        Assert.Equal(new long[] { 128, 4 }, f.GetTensor("blk.0.attn_q.weight.lora_a").Dimensions);
        Assert.Equal(new long[] { 4, 64 }, f.GetTensor("blk.0.attn_k.weight.lora_b").Dimensions);
    }

    [Fact]
    public void Resume_FromCheckpoint_ReachesTheSameFinalLoss()
    {
        var checkpoints = models.File("ckpt");
        var baseOptions = Options("resume", records: 12) with { Epochs = 2, GradientAccumulation = 2, BatchSize = 2, Lora = new LoraConfig { Rank = 4, Dropout = 0.1f } };

        var uninterrupted = LoraTrainer.Run(baseOptions with { OutputPath = models.File("full.gguf") });
        var saved = new List<CheckpointSaved>();
        using var crash = new CancellationTokenSource();
        // Interrupt the run right after its second checkpoint, as a crash or pre-emption would.
        Assert.Throws<OperationCanceledException>(() => LoraTrainer.Run(
            baseOptions with { OutputPath = models.File("part.gguf"), CheckpointEvery = 2, CheckpointDirectory = checkpoints },
            e =>
            {
                if (e is CheckpointSaved c)
                {
                    saved.Add(c);
                    if (c.Step == 4)
                    {
                        crash.Cancel();
                    }
                }
            },
            crash.Token));
        var resumed = LoraTrainer.Run(baseOptions with { OutputPath = models.File("resumed.gguf"), ResumeFrom = saved[^1].Path });

        Assert.Equal(new[] { 2, 4 }, saved.Select(s => s.Step));
        Assert.Throws<ArgumentException>(() => LoraTrainer.Run(baseOptions with { OutputPath = models.File("wrong.gguf"), ResumeFrom = saved[^1].Path, Seed = 99 }));
        Assert.Equal(uninterrupted.Steps, resumed.Steps);
        Assert.Equal(uninterrupted.FinalLoss, resumed.FinalLoss, 6);
        using var a = GgufFile.Open(uninterrupted.AdapterPath);
        using var b = GgufFile.Open(resumed.AdapterPath);
        Assert.Equal(a.ReadFloat32(a.GetTensor("blk.1.attn_v.weight.lora_b")), b.ReadFloat32(b.GetTensor("blk.1.attn_v.weight.lora_b")));
    }

    [Fact]
    public void AllRecordsTooLong_IsASpecificError()
    {
        var options = Options("long") with { MaxSequenceLength = 20 };

        var ex = Assert.Throws<DatasetException>(() => LoraTrainer.Run(options));

        Assert.Contains("too long", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedRecords_AreCountedAndStillTrained()
    {
        var started = new List<TrainingStarted>();
        var options = Options("trunc", records: 4);
        using var tok = ChatTokenizer.Load(options.BaseModelPath);
        var record = ChatDataset.Load(options.TrainDataPath)[0];
        var promptTokens = tok.Tokenize(tok.Render(record.Messages.Take(2), addAssistantPrompt: true)).Length + 1; // + BOS
        // Room for the prompt and two answer tokens: every record is cut, none loses all of its answer.
        LoraTrainer.Run(options with { MaxSequenceLength = promptTokens + 3 }, e => { if (e is TrainingStarted s) { started.Add(s); } });

        Assert.Equal(4, started[0].TruncatedRecords);
        Assert.Equal(0, started[0].SkippedTooLong);
        Assert.Equal("cpu", started[0].Device);
    }

    [Fact]
    public void Training_OnBFloat16BaseWeights_LearnsAsOnFloat32()
    {
        var options = Options("bf16", records: 16) with { Epochs = 3 };
        var started = new List<TrainingStarted>();
        var exact = LoraTrainer.Run(options with { OutputPath = models.File("bf16-f32.gguf") });
        var rounded = LoraTrainer.Run(options with { OutputPath = models.File("bf16-bf16.gguf"), BaseWeights = BaseWeightPrecision.BFloat16 },
            e => { if (e is TrainingStarted s) { started.Add(s); } });

        Assert.Equal(BaseWeightPrecision.BFloat16, started[0].BaseWeights);
        Assert.True(started[0].BaseWeightBytes > 0);
        // The adapter trains in float32 either way: rounding the frozen base moves the loss curve a little, not its course.
        Assert.True(rounded.FinalLoss < 0.8 * FirstLoss(options), $"bf16 final loss {rounded.FinalLoss}");
        Assert.InRange(rounded.FinalLoss, exact.FinalLoss * 0.9, exact.FinalLoss * 1.1);
    }

    private static double FirstLoss(TrainingOptions options)
    {
        var first = double.NaN;
        LoraTrainer.Run(options with { MaxSteps = 1, OutputPath = options.OutputPath + ".first.gguf" }, e => { if (e is StepMetrics m) { first = m.Loss; } });
        return first;
    }

    [Theory]
    [InlineData(TorchSharp.DeviceType.CPU, -1, "cpu")]
    [InlineData(TorchSharp.DeviceType.CUDA, -1, "cuda:0")]
    [InlineData(TorchSharp.DeviceType.CUDA, 1, "cuda:1")]
    public void DeviceName_IsWhatOperatorsRead(TorchSharp.DeviceType type, int index, string expected) =>
        Assert.Equal(expected, LoraTrainer.DeviceName(type, index));

    [Fact]
    public void LearningRate_WarmsUpThenDecaysByCosine()
    {
        Assert.Equal(0.5, LoraTrainer.LearningRateAt(0, 10, 2, 1.0), 9);
        Assert.Equal(1.0, LoraTrainer.LearningRateAt(1, 10, 2, 1.0), 9);
        Assert.Equal(1.0, LoraTrainer.LearningRateAt(2, 10, 2, 1.0), 9);
        Assert.Equal(0.5, LoraTrainer.LearningRateAt(6, 10, 2, 1.0), 9);
        Assert.InRange(LoraTrainer.LearningRateAt(9, 10, 2, 1.0), 1e-3, 0.1);
    }
}

public sealed class TrainerEquivalenceTests(TinyModels models) : IClassFixture<TinyModels>
{
    private TrainingOptions Options(string name) => new()
    {
        BaseModelPath = models.Untied,
        TrainDataPath = TestData.WriteChat(models.File(name + ".jsonl"), 8, seed: 21),
        OutputPath = models.File(name + ".gguf"),
        LearningRate = 5e-3f,
        Threads = 2,
        Seed = 5,
        ExportPeft = false,
        Lora = new LoraConfig { Rank = 4, Alpha = 8 },
    };

    private static float[] LoraB(string adapterPath)
    {
        using var f = GgufFile.Open(adapterPath);
        return f.ReadFloat32(f.GetTensor("blk.0.attn_q.weight.lora_b"));
    }

    [Fact]
    public void GradientAccumulation_EqualsOneLargerBatch()
    {
        var big = LoraTrainer.Run(Options("big") with { BatchSize = 4, GradientAccumulation = 1, Epochs = 2 });
        var accumulated = LoraTrainer.Run(Options("acc") with { BatchSize = 2, GradientAccumulation = 2, Epochs = 2 });

        Assert.Equal(big.Steps, accumulated.Steps);
        Assert.Equal(big.FinalLoss, accumulated.FinalLoss, 4);
        var (a, b) = (LoraB(big.AdapterPath), LoraB(accumulated.AdapterPath));
        Assert.True(a.Zip(b).Max(p => Math.Abs(p.First - p.Second)) < 1e-4);
        Assert.True(a.Max(Math.Abs) > 1e-3);
    }

    [Fact]
    public void SameSeed_SameAdapter_OtherSeed_OtherAdapter()
    {
        var first = LoraTrainer.Run(Options("s1") with { BatchSize = 2, Lora = new LoraConfig { Rank = 4, Dropout = 0.2f } });
        var again = LoraTrainer.Run(Options("s2") with { BatchSize = 2, Lora = new LoraConfig { Rank = 4, Dropout = 0.2f } });
        var other = LoraTrainer.Run(Options("s3") with { BatchSize = 2, Seed = 6, Lora = new LoraConfig { Rank = 4, Dropout = 0.2f } });

        Assert.Equal(LoraB(first.AdapterPath), LoraB(again.AdapterPath));
        Assert.Equal(first.FinalLoss, again.FinalLoss);
        Assert.NotEqual(LoraB(first.AdapterPath), LoraB(other.AdapterPath));
    }
}
