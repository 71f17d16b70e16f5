using Training.Gguf;

namespace Training.Model;

/// <summary>Named shapes for generated models.</summary>
public enum TinyModelSize
{
    /// <summary>Well under 2M parameters: unit tests.</summary>
    Tiny,

    /// <summary>Tens of millions of parameters: demos.</summary>
    Small,

    /// <summary>About 400M parameters (1.6 GB as F32): GPU checks, where the small shape leaves the GPU idle.</summary>
    Medium,
}

/// <summary>Options for <see cref="TinyModelFactory"/>.</summary>
public sealed record TinyModelOptions
{
    public TinyModelSize Size { get; init; } = TinyModelSize.Tiny;

    public int Seed { get; init; } = 42;

    /// <summary>Reuse token_embd as the output projection (no output.weight), as many small models do.</summary>
    public bool TiedOutput { get; init; }

    /// <summary>Store weights as F16 instead of F32 (exercises the half-precision loader).</summary>
    public bool Float16 { get; init; }

    /// <summary>Write a Llama-3 style rope_freqs.weight tensor (frequency scaling factors).</summary>
    public bool Llama3RopeScaling { get; init; }

    /// <summary>Overrides the named shape (benchmarks).</summary>
    public LlamaConfig? Shape { get; init; }
}

/// <summary>
/// Writes seeded Llama-architecture GGUF files that llama.cpp loads and chats with: an SPM ("llama") vocabulary of
/// control tokens, byte-fallback tokens and printable ASCII pieces, plus a ChatML chat template.
/// Weights are random (seeded), so text is gibberish, but every code path of a real model is exercised.
/// </summary>
public static class TinyModelFactory
{
    public const string ChatTemplate =
        "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}" +
        "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    /// <summary>Token ids of the fixed special tokens.</summary>
    public const int UnknownId = 0, BosId = 1, EosId = 2, ImStartId = 3, ImEndId = 4;

    private const int TokenTypeNormal = 1, TokenTypeUnknown = 2, TokenTypeControl = 3, TokenTypeByte = 6;

    public static LlamaConfig ShapeFor(TinyModelSize size, int vocabSize) => size switch
    {
        TinyModelSize.Tiny => new LlamaConfig(vocabSize, Dim: 128, Layers: 2, Heads: 4, KvHeads: 2, FfnDim: 256, ContextLength: 256, RopeFreqBase: 10000f, RmsNormEps: 1e-5f),
        TinyModelSize.Small => new LlamaConfig(vocabSize, Dim: 512, Layers: 8, Heads: 8, KvHeads: 4, FfnDim: 1408, ContextLength: 1024, RopeFreqBase: 10000f, RmsNormEps: 1e-5f),
        TinyModelSize.Medium => new LlamaConfig(vocabSize, Dim: 1024, Layers: 24, Heads: 16, KvHeads: 8, FfnDim: 4096, ContextLength: 2048, RopeFreqBase: 10000f, RmsNormEps: 1e-5f),
        _ => throw new ArgumentOutOfRangeException(nameof(size)),
    };

    /// <summary>Builds the vocabulary: pieces, scores and token types.</summary>
    public static (string[] Tokens, float[] Scores, int[] Types) Vocabulary()
    {
        var tokens = new List<string> { "<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>" };
        var types = new List<int> { TokenTypeUnknown, TokenTypeControl, TokenTypeControl, TokenTypeControl, TokenTypeControl };
        for (var b = 0; b < 256; b++)
        {
            tokens.Add($"<0x{b:X2}>");
            types.Add(TokenTypeByte);
        }

        // SPM writes spaces as U+2581; having it and printable ASCII as pieces keeps text to one token per character.
        tokens.Add("\u2581");
        types.Add(TokenTypeNormal);
        for (var c = 0x21; c < 0x7F; c++)
        {
            tokens.Add(((char)c).ToString());
            types.Add(TokenTypeNormal);
        }

        var scores = Enumerable.Range(0, tokens.Count).Select(i => types[i] == TokenTypeNormal ? -i / 1000f : 0f).ToArray();
        return (tokens.ToArray(), scores, types.ToArray());
    }

    /// <summary>Writes a model to <paramref name="path"/> and returns its shape.</summary>
    public static LlamaConfig Create(string path, TinyModelOptions? options = null)
    {
        options ??= new TinyModelOptions();
        var (tokens, scores, types) = Vocabulary();
        var c = options.Shape is { } s ? s with { VocabSize = tokens.Length } : ShapeFor(options.Size, tokens.Length);
        var rng = new Random(options.Seed);
        var w = new GgufWriter();
        w.Add("general.architecture", "llama")
            .Add("general.type", "model")
            .Add("general.name", $"tiny-llama-{options.Size.ToString().ToLowerInvariant()}-seed{options.Seed}")
            .Add("general.file_type", options.Float16 ? 1u : 0u)
            .Add("llama.vocab_size", (uint)c.VocabSize)
            .Add("llama.context_length", (uint)c.ContextLength)
            .Add("llama.embedding_length", (uint)c.Dim)
            .Add("llama.block_count", (uint)c.Layers)
            .Add("llama.feed_forward_length", (uint)c.FfnDim)
            .Add("llama.attention.head_count", (uint)c.Heads)
            .Add("llama.attention.head_count_kv", (uint)c.KvHeads)
            .Add("llama.rope.dimension_count", (uint)c.HeadDim)
            .Add("llama.rope.freq_base", c.RopeFreqBase)
            .Add("llama.attention.layer_norm_rms_epsilon", c.RmsNormEps)
            .Add("tokenizer.ggml.model", "llama")
            .Add("tokenizer.ggml.tokens", tokens)
            .Add("tokenizer.ggml.scores", scores)
            .Add("tokenizer.ggml.token_type", types)
            .Add("tokenizer.ggml.unknown_token_id", (uint)UnknownId)
            .Add("tokenizer.ggml.bos_token_id", (uint)BosId)
            .Add("tokenizer.ggml.eos_token_id", (uint)EosId)
            .Add("tokenizer.ggml.padding_token_id", (uint)EosId)
            .Add("tokenizer.ggml.add_bos_token", true)
            .Add("tokenizer.ggml.add_eos_token", false)
            .Add("tokenizer.ggml.add_space_prefix", false)
            .Add("tokenizer.chat_template", ChatTemplate);

        void Tensor(string name, float[] data, params long[] shape)
        {
            if (options.Float16 && shape.Length > 1)
            {
                w.AddTensorF16(name, data, shape);
            }
            else
            {
                // Norm vectors stay F32, as llama.cpp's converters keep them.
                w.AddTensor(name, data, shape);
            }
        }

        var std = 0.02f;
        // Output-side projections get a smaller init (GPT-2 style) so activations stay in a sane range.
        var residualStd = std / MathF.Sqrt(2 * c.Layers);
        var kvDim = c.KvHeads * c.HeadDim;
        // Small embeddings keep tied-output logits in a realistic range (a few units), like trained models.
        Tensor("token_embd.weight", Normal(rng, c.VocabSize * c.Dim, std * 4), c.VocabSize, c.Dim);
        for (var l = 0; l < c.Layers; l++)
        {
            var p = $"blk.{l}.";
            Tensor(p + "attn_norm.weight", Around1(rng, c.Dim), c.Dim);
            Tensor(p + "attn_q.weight", Normal(rng, c.Dim * c.Dim, std * 4), c.Dim, c.Dim);
            Tensor(p + "attn_k.weight", Normal(rng, kvDim * c.Dim, std * 4), kvDim, c.Dim);
            Tensor(p + "attn_v.weight", Normal(rng, kvDim * c.Dim, std * 4), kvDim, c.Dim);
            Tensor(p + "attn_output.weight", Normal(rng, c.Dim * c.Dim, residualStd * 4), c.Dim, c.Dim);
            Tensor(p + "ffn_norm.weight", Around1(rng, c.Dim), c.Dim);
            Tensor(p + "ffn_gate.weight", Normal(rng, c.FfnDim * c.Dim, std * 4), c.FfnDim, c.Dim);
            Tensor(p + "ffn_up.weight", Normal(rng, c.FfnDim * c.Dim, std * 4), c.FfnDim, c.Dim);
            Tensor(p + "ffn_down.weight", Normal(rng, c.Dim * c.FfnDim, residualStd * 4), c.Dim, c.FfnDim);
        }

        Tensor("output_norm.weight", Around1(rng, c.Dim), c.Dim);
        if (!options.TiedOutput)
        {
            Tensor("output.weight", Normal(rng, c.VocabSize * c.Dim, std * 4), c.VocabSize, c.Dim);
        }

        if (options.Llama3RopeScaling)
        {
            w.AddTensor("rope_freqs.weight", Llama3FreqFactors(c.HeadDim, c.RopeFreqBase, factor: 8f, lowFreqFactor: 1f, highFreqFactor: 4f, originalContext: 64), c.HeadDim / 2);
        }

        w.Write(path);
        return c;
    }

    /// <summary>
    /// Llama-3.1 rope frequency factors as its converter computes them: long wavelengths are divided by
    /// <paramref name="factor"/>, short ones kept, and the band between interpolated.
    /// </summary>
    public static float[] Llama3FreqFactors(int headDim, float freqBase, float factor, float lowFreqFactor, float highFreqFactor, int originalContext)
    {
        var lowWavelen = originalContext / lowFreqFactor;
        var highWavelen = originalContext / highFreqFactor;
        var result = new float[headDim / 2];
        for (var i = 0; i < result.Length; i++)
        {
            var freq = 1.0 / Math.Pow(freqBase, 2.0 * i / headDim);
            var wavelen = 2 * Math.PI / freq;
            if (wavelen < highWavelen)
            {
                result[i] = 1f;
            }
            else if (wavelen > lowWavelen)
            {
                result[i] = factor;
            }
            else
            {
                var smooth = (originalContext / wavelen - lowFreqFactor) / (highFreqFactor - lowFreqFactor);
                result[i] = (float)(1.0 / ((1 - smooth) / factor + smooth));
            }
        }

        return result;
    }

    private static float[] Normal(Random rng, int n, float std)
    {
        var result = new float[n];
        for (var i = 0; i < n; i++)
        {
            // Box-Muller: System.Random is seeded and platform-stable, unlike a native RNG.
            var u1 = 1.0 - rng.NextDouble();
            var u2 = rng.NextDouble();
            result[i] = (float)(std * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }

        return result;
    }

    private static float[] Around1(Random rng, int n)
    {
        // Not all ones, so a bug that ignores a norm weight shows up in the logit comparison.
        var noise = Normal(rng, n, 0.1f);
        return noise.Select(x => 1f + x).ToArray();
    }
}
