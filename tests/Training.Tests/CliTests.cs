using GpuHost.Cli;
using Spectre.Console;
using Training.Gguf;
using Training.Model;

namespace Training.Tests;

public sealed class CliTests(TinyModels models) : IClassFixture<TinyModels>
{
    private static async Task<(int Code, string Output)> Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var code = await GpuHostCommandLine.InvokeAsync(args, console);
        return (code, writer.ToString());
    }

    private string Data(string name, int records = 6) => TestData.WriteChat(models.File(name), records);

    [Fact]
    public async Task CreateTinyModel_ThenTrain_ProducesAnAdapterAndSummary()
    {
        var basePath = models.File("cli-base.gguf");
        var adapter = models.File("cli-adapter.gguf");

        var (createCode, createOut) = await Run("create-tiny-model", "--out", basePath, "--seed", "5");
        var (trainCode, trainOut) = await Run("train", "--base", basePath, "--train", Data("cli.jsonl"), "--eval", Data("cli-eval.jsonl", 2),
            "--out", adapter, "--rank", "4", "--alpha", "8", "--epochs", "2", "--lr", "1e-2", "--batch-size", "2", "--seed", "1", "--threads", "2");

        Assert.Equal(0, createCode);
        Assert.Contains("2 layers", createOut, StringComparison.Ordinal);
        Assert.True(trainCode == 0, trainOut);
        Assert.Contains("step 6/6", trainOut, StringComparison.Ordinal);
        Assert.Contains("final train loss", trainOut, StringComparison.Ordinal);
        Assert.Contains("tok/s", trainOut, StringComparison.Ordinal);
        Assert.Contains("ETA", trainOut, StringComparison.Ordinal);
        using var f = GgufFile.Open(adapter);
        Assert.Equal("lora", f.GetString("adapter.type"));
        Assert.Equal(8.0, f.GetFloat("adapter.lora.alpha"));
        // As a user would check it: llama.cpp loads the adapter and it moves the base model's logits.
        var prompt = LlamaCppCompatibilityTests.Prompt;
        var baseLogits = LlamaCpp.Logits(basePath, prompt);
        var tunedLogits = LlamaCpp.Logits(basePath, prompt, adapter);
        Assert.True(baseLogits.Zip(tunedLogits).Max(p => p.First.Zip(p.Second).Max(x => Math.Abs(x.First - x.Second))) > 0.01);
    }

    [Fact]
    public async Task Train_WithDpSgd_PrintsTheGuarantee_AndRefusesANonPositiveNoiseMultiplier()
    {
        var (code, output) = await Run("train", "--base", models.Untied, "--train", Data("dp-cli.jsonl", 8), "--out", models.File("dp-cli.gguf"),
            "--rank", "4", "--epochs", "1", "--batch-size", "2", "--threads", "2", "--dp-noise-multiplier", "1.0", "--dp-delta", "0.001");
        var (badCode, badOutput) = await Run("train", "--base", models.Untied, "--train", Data("dp-bad.jsonl"), "--out", models.File("dp-bad.gguf"),
            "--dp-noise-multiplier", "0");

        // 8 records, 2 per step on average: q = 0.25 over 4 steps.
        var epsilon = Training.Privacy.RdpAccountant.Epsilon(0.25, 1.0, 4, 1e-3).Epsilon;
        Assert.True(code == 0, output);
        Assert.Contains(FormattableString.Invariant($"DP-SGD: (ε = {epsilon:F2}, δ = 0.001) per record"), output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, badCode);
        Assert.Contains("noise multiplier", badOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MissingBaseModel_ExitsWithBadInput()
    {
        var (code, output) = await Run("train", "--base", models.File("missing.gguf"), "--train", Data("m.jsonl"), "--out", models.File("m.gguf"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("base model file not found", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_CorruptGguf_ExitsWithBadInput()
    {
        var corrupt = models.File("corrupt.gguf");
        var bytes = File.ReadAllBytes(models.Untied);
        File.WriteAllBytes(corrupt, bytes[..(bytes.Length / 3)]);

        var (code, output) = await Run("train", "--base", corrupt, "--train", Data("c.jsonl"), "--out", models.File("c.gguf"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("truncated", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_EmptyDataset_ExitsWithBadInput()
    {
        var empty = models.File("empty.jsonl");
        File.WriteAllText(empty, "\n\n");

        var (code, output) = await Run("train", "--base", models.Untied, "--train", empty, "--out", models.File("e.gguf"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("is empty", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MalformedLine_NamesTheLine()
    {
        var bad = models.File("bad.jsonl");
        File.WriteAllLines(bad, [File.ReadAllLines(Data("ok.jsonl"))[0], "{\"messages\": [ oops"]);

        var (code, output) = await Run("train", "--base", models.Untied, "--train", bad, "--out", models.File("b.gguf"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("bad.jsonl:2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_UnsupportedArchitecture_ExitsWithBadInput()
    {
        var other = models.File("gpt2.gguf");
        new GgufWriter().Add("general.architecture", "gpt2").Add("gpt2.block_count", 1u).Write(other);

        var (code, output) = await Run("train", "--base", other, "--train", Data("u.jsonl"), "--out", models.File("u.gguf"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("'gpt2' model", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_QuantisedBase_ExplainsThatTrainingNeedsFloatWeights()
    {
        var quantised = models.File("q8.gguf");
        using (var src = GgufFile.Open(models.Untied))
        {
            var w = new GgufWriter();
            foreach (var m in src.Metadata.Values)
            {
                w.Add(m);
            }

            foreach (var t in src.Tensors)
            {
                if (t.Name == "blk.0.attn_q.weight")
                {
                    // Q8_0: blocks of 32 values in 34 bytes; contents are irrelevant, the type is what must be refused.
                    w.AddTensor(t.Name, new byte[t.ElementCount / 32 * 34], GgmlType.Q8_0, t.TorchShape);
                }
                else
                {
                    w.AddTensor(t.Name, src.GetTensorBytes(t).ToArray(), t.Type, t.TorchShape);
                }
            }

            w.Write(quantised);
        }

        var (code, output) = await Run("train", "--base", quantised, "--train", Data("q.jsonl"), "--out", models.File("q.gguf"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("is Q8_0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_AllRecordsTooLong_ExitsWithBadInput()
    {
        var (code, output) = await Run("train", "--base", models.Untied, "--train", Data("l.jsonl"), "--out", models.File("l.gguf"), "--max-seq-len", "16");

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("too long", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MissingRequiredOption_IsAUsageError()
    {
        var (code, _) = await Run("train", "--base", models.Untied);

        Assert.NotEqual(0, code);
    }

    [Fact]
    public void TinyModelConfig_ReadsBackAsWritten()
    {
        using var f = GgufFile.Open(models.Tied);

        var c = LlamaConfig.FromGguf(f);

        Assert.Equal(TinyModelFactory.ShapeFor(TinyModelSize.Tiny, c.VocabSize), c);
        Assert.False(f.TryGetTensor("output.weight", out _));
        Assert.True(f.TryGetTensor("rope_freqs.weight", out _));
    }
}
