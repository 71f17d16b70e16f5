using System.Text;
using LLama;
using LLama.Common;
using LLama.Sampling;
using TorchSharp;
using Training.Data;
using Training.Model;

namespace Training.Tests;

/// <summary>The generated models load in llama.cpp, chat, and the TorchSharp model computes the same logits.</summary>
public sealed class LlamaCppCompatibilityTests(TinyModels models) : IClassFixture<TinyModels>
{
    internal static readonly int[] Prompt = [1, 3, 300, 320, 330, 261, 340, 350, 4, 10, 3, 290, 299, 301, 302, 303, 304];

    [Fact]
    public async Task TinyModel_LoadsInLlamaSharp_AndChatsThroughItsTemplate()
    {
        LlamaCppRuntime.EnsureConfigured();
        var p = new ModelParams(models.Untied) { ContextSize = 256, GpuLayerCount = 0, Threads = 2 };
        using var weights = LLamaWeights.LoadFromFile(p);
        var executor = new StatelessExecutor(weights, p);
        var template = new LLamaTemplate(weights) { AddAssistant = true };
        template.Add("user", "Hello there");
        var prompt = Encoding.UTF8.GetString(template.Apply());

        var output = new StringBuilder();
        var inference = new InferenceParams { MaxTokens = 12, SamplingPipeline = new DefaultSamplingPipeline { Seed = 1, Temperature = 0 } };
        var count = 0;
        await foreach (var piece in executor.InferAsync(prompt, inference))
        {
            output.Append(piece);
            count++;
        }

        Assert.Equal("<|im_start|>user\nHello there<|im_end|>\n<|im_start|>assistant\n", prompt);
        Assert.InRange(count, 1, 12);
        Assert.Equal(TinyModelFactory.BosId, (int)weights.Vocab.BOS!.Value);
        Assert.True(weights.Vocab.ShouldAddBOS);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TorchSharpLogits_MatchLlamaCpp(bool tiedWithRopeFreqs)
    {
        var path = tiedWithRopeFreqs ? models.Tied : models.Untied;
        var reference = LlamaCpp.Logits(path, Prompt);
        using var model = LlamaModel.Load(path);
        Assert.Equal(tiedWithRopeFreqs, model.TiedOutput);

        var diff = MaxAbsDiff(model, reference, Prompt);

        Assert.True(diff <= 5e-3, $"max |logit diff| = {diff}");
    }

    internal static double MaxAbsDiff(LlamaModel model, float[][] reference, int[] tokens)
    {
        using var scope = torch.NewDisposeScope();
        using var input = torch.tensor(tokens.Select(t => (long)t).ToArray(), new long[] { 1, tokens.Length });
        var logits = model.Forward(input).squeeze(0);
        var mine = logits.data<float>().ToArray();
        var v = reference[0].Length;
        double max = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            for (var i = 0; i < v; i++)
            {
                max = Math.Max(max, Math.Abs(mine[t * v + i] - reference[t][i]));
            }
        }

        Console.WriteLine($"max |logit diff| vs llama.cpp: {max:E3}");
        return max;
    }

    [Fact]
    public void Tokenizer_MasksEverythingButAssistantContent()
    {
        using var tok = ChatTokenizer.Load(models.Untied);
        var record = new ChatRecord([new ChatMessage("system", "Be brief."), new ChatMessage("user", "Hi"), new ChatMessage("assistant", "Yo")]);

        var ex = tok.Encode(record, maxTokens: 200);

        var trained = ex.Tokens.Where((_, i) => i > 0 && ex.TargetWeights[i - 1] > 0).ToArray();
        // "Yo" + <|im_end|> + "\n" (byte fallback token for newline is <0x0A> = id 5 + 10).
        Assert.Equal(new[] { tok.Tokenize("Y")[0], tok.Tokenize("o")[0], TinyModelFactory.ImEndId, 5 + 10 }, trained);
        Assert.Equal(TinyModelFactory.BosId, ex.Tokens[0]);
        Assert.False(ex.Truncated);
        Assert.True(tok.Encode(record, maxTokens: 10).Truncated);
    }
}
