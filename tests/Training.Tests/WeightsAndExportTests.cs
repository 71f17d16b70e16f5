using TorchSharp;
using Training.Data;
using Training.Export;
using Training.Gguf;
using Training.Model;

namespace Training.Tests;

public sealed class WeightsAndExportTests(TinyModels models) : IClassFixture<TinyModels>
{
    [Fact]
    public void MessageWeights_OverrideTheAssistantOnlyDefault()
    {
        using var tok = ChatTokenizer.Load(models.Untied);
        var record = new ChatRecord(
        [
            new ChatMessage("user", "ab", Weight: 1),
            new ChatMessage("assistant", "cd", Weight: 0),
            new ChatMessage("user", "ef"),
            new ChatMessage("assistant", "gh"),
        ]);

        var ex = tok.Encode(record, maxTokens: 500);

        var trained = new string(ex.Tokens.Where((_, i) => i > 0 && ex.TargetWeights[i - 1] > 0)
            .Select(t => TinyModelFactory.Vocabulary().Tokens[t]).Where(p => p.Length == 1).SelectMany(p => p).ToArray());
        // User "ab" (weight 1) and assistant "gh" (default 1) train; assistant "cd" (weight 0) and user "ef" (default 0) do not.
        Assert.Equal("abgh", trained);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void HalfPrecisionModels_LoadToTheSameFunction(bool bf16)
    {
        var f32 = models.File($"p32-{bf16}.gguf");
        var half = models.File($"p16-{bf16}.gguf");
        TinyModelFactory.Create(f32, new TinyModelOptions { Seed = 11 });
        TinyModelFactory.Create(half, new TinyModelOptions { Seed = 11, Float16 = true });
        if (bf16)
        {
            RewriteAsBf16(f32, half);
        }

        using var a = LlamaModel.Load(f32);
        using var b = LlamaModel.Load(half);
        using var scope = torch.NewDisposeScope();
        var tokens = torch.tensor(LlamaCppCompatibilityTests.Prompt.Select(t => (long)t).ToArray(), new long[] { 1, LlamaCppCompatibilityTests.Prompt.Length });

        var diff = (a.Forward(tokens) - b.Forward(tokens)).abs().max().item<float>();

        // Rounding the weights to 16 bits moves logits a little, never a lot.
        Assert.InRange(diff, 1e-7, bf16 ? 0.2 : 0.02);
    }

    [Fact]
    public void BFloat16BaseWeights_HalveTheirMemory_AndMoveLogitsOnlyALittle()
    {
        using var f32 = LlamaModel.Load(models.Untied);
        using var bf16 = LlamaModel.Load(models.Untied, precision: BaseWeightPrecision.BFloat16);

        // Matrices take 2 bytes a weight; the norm vectors (under 0.2 % of the weights) stay float32.
        Assert.InRange((double)bf16.WeightBytes / f32.WeightBytes, 0.5, 0.502);
        Assert.Equal(torch.ScalarType.BFloat16, bf16.Weight("blk.0.attn_q.weight").dtype);
        Assert.Equal(torch.ScalarType.Float32, bf16.Weight("blk.0.attn_norm.weight").dtype);
        using var scope = torch.NewDisposeScope();
        var tokens = torch.tensor(LlamaCppCompatibilityTests.Prompt.Select(t => (long)t).ToArray(), new long[] { 1, LlamaCppCompatibilityTests.Prompt.Length });
        var exact = f32.Forward(tokens);
        var rounded = bf16.Forward(tokens);

        Assert.Equal(torch.ScalarType.Float32, rounded.dtype);
        var diff = (exact - rounded).abs().max().item<float>();
        Assert.InRange(diff, 1e-6, 0.2);
    }

    private static void RewriteAsBf16(string f32Path, string outPath)
    {
        using var src = GgufFile.Open(f32Path);
        var w = new GgufWriter();
        foreach (var m in src.Metadata.Values)
        {
            w.Add(m);
        }

        foreach (var t in src.Tensors)
        {
            var values = src.ReadFloat32(t);
            if (t.Dimensions.Count == 1)
            {
                w.AddTensor(t.Name, values, t.TorchShape);
                continue;
            }

            var bytes = values.SelectMany(v => BitConverter.GetBytes((ushort)(BitConverter.SingleToInt32Bits(v) >> 16))).ToArray();
            w.AddTensor(t.Name, bytes, GgmlType.BF16, t.TorchShape);
        }

        w.Write(outPath);
    }

    [Fact]
    public void PeftExport_UndoesTheRotaryPermutation_ForQAndK()
    {
        using var model = LlamaModel.Load(models.Untied);
        var c = model.Config;
        using var adapter = LoraAdapter.Create(c, new LoraConfig { Rank = 2, TargetModules = ["q", "k", "v"] }, seed: 4);
        using (torch.no_grad())
        {
            foreach (var name in adapter.TargetNames)
            {
                adapter[name].B.copy_(torch.randn(adapter[name].B.shape));
            }
        }

        var dir = models.File("peft-perm");
        AdapterExporter.WritePeft(adapter, c, dir, "tiny");
        var peft = Safetensors.Read(Path.Combine(dir, "adapter_model.safetensors"));

        foreach (var (module, gguf, heads) in new[] { ("q_proj", "attn_q", c.Heads), ("k_proj", "attn_k", c.KvHeads), ("v_proj", "attn_v", 0) })
        {
            var hf = peft[$"base_model.model.model.layers.1.self_attn.{module}.lora_B.weight"];
            var ggufRows = AdapterExporter.ToArray(adapter[$"blk.1.{gguf}.weight"].B);
            var rank = (int)hf.Shape[1];
            for (var row = 0; row < hf.Shape[0]; row++)
            {
                // llama.cpp's converter: HF row (head, half j, index i) becomes GGUF row (head, i, j).
                var target = row;
                if (heads > 0)
                {
                    var (h, rest) = (row / c.HeadDim, row % c.HeadDim);
                    var (j, i) = (rest / (c.HeadDim / 2), rest % (c.HeadDim / 2));
                    target = h * c.HeadDim + 2 * i + j;
                }

                Assert.Equal(ggufRows.AsSpan(target * rank, rank).ToArray(), hf.Data.AsSpan(row * rank, rank).ToArray());
            }
        }

        var config = File.ReadAllText(Path.Combine(dir, "adapter_config.json"));
        Assert.Contains("\"q_proj\"", config, StringComparison.Ordinal);
        Assert.Contains("\"r\": 2", config, StringComparison.Ordinal);
    }

    [Fact]
    public void LinearRopeScaling_ChangesLogits_AndUnknownScalingIsRejected()
    {
        var plain = models.File("rope-plain.gguf");
        TinyModelFactory.Create(plain, new TinyModelOptions { Seed = 12 });
        var scaled = models.File("rope-linear.gguf");
        var other = models.File("rope-yarn.gguf");
        using (var src = GgufFile.Open(plain))
        {
            foreach (var (path, type) in new[] { (scaled, "linear"), (other, "yarn") })
            {
                var w = new GgufWriter();
                foreach (var m in src.Metadata.Values)
                {
                    w.Add(m);
                }

                w.Add("llama.rope.scaling.type", type).Add("llama.rope.scaling.factor", 4f);
                foreach (var t in src.Tensors)
                {
                    w.AddTensor(t.Name, src.GetTensorBytes(t).ToArray(), t.Type, t.TorchShape);
                }

                w.Write(path);
            }
        }

        var prompt = LlamaCppCompatibilityTests.Prompt;
        using var model = LlamaModel.Load(scaled);
        Assert.Equal(4f, model.Config.RopeScaleFactor);
        var diff = LlamaCppCompatibilityTests.MaxAbsDiff(model, LlamaCpp.Logits(scaled, prompt), prompt);
        Assert.True(diff <= 5e-3, $"linear rope scaling: max |logit diff| = {diff}");
        Assert.Throws<UnsupportedModelException>(() => LlamaModel.Load(other));
    }
}
