using Training.Gguf;

namespace Training.Model;

/// <summary>Llama hyper-parameters as llama.cpp reads them from GGUF metadata ("llama.*" keys).</summary>
public sealed record LlamaConfig(
    int VocabSize,
    int Dim,
    int Layers,
    int Heads,
    int KvHeads,
    int FfnDim,
    int ContextLength,
    float RopeFreqBase,
    float RmsNormEps,
    float RopeScaleFactor = 1f)
{
    public int HeadDim => Dim / Heads;

    /// <summary>Reads the config; throws <see cref="UnsupportedModelException"/> for other architectures.</summary>
    public static LlamaConfig FromGguf(GgufFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var arch = file.GetString("general.architecture")
            ?? throw new UnsupportedModelException($"'{file.Path}' has no general.architecture; cannot tell which model it holds.");
        if (arch != "llama")
        {
            throw new UnsupportedModelException(
                $"'{file.Path}' is a '{arch}' model; the trainer supports the 'llama' architecture (Llama 2/3, Mistral-style GGUF).");
        }

        int Req(string key) => (int)(file.GetInteger($"llama.{key}")
            ?? throw new UnsupportedModelException($"'{file.Path}' lacks required metadata 'llama.{key}'."));

        var dim = Req("embedding_length");
        var heads = Req("attention.head_count");
        var kvHeads = (int)(file.GetInteger("llama.attention.head_count_kv") ?? heads);
        var vocab = (int)(file.GetInteger("llama.vocab_size")
            ?? (file.TryGetTensor("token_embd.weight", out var emb) ? emb.Dimensions[1] : 0));
        if (vocab == 0)
        {
            throw new UnsupportedModelException($"'{file.Path}' has neither llama.vocab_size nor token_embd.weight.");
        }

        if (dim % heads != 0 || heads % kvHeads != 0)
        {
            throw new UnsupportedModelException($"'{file.Path}' has inconsistent heads: dim={dim}, heads={heads}, kv heads={kvHeads}.");
        }

        var ropeDims = file.GetInteger("llama.rope.dimension_count") ?? dim / heads;
        if (ropeDims != dim / heads)
        {
            throw new UnsupportedModelException($"'{file.Path}' uses partial rotary embeddings ({ropeDims} of {dim / heads} dims), which the trainer does not implement.");
        }

        var scaling = file.GetString("llama.rope.scaling.type");
        var factor = 1f;
        if (scaling == "linear")
        {
            factor = (float)(file.GetFloat("llama.rope.scaling.factor") ?? 1.0);
        }
        else if (scaling is not (null or "none"))
        {
            throw new UnsupportedModelException($"'{file.Path}' uses rope scaling '{scaling}', which the trainer does not implement (linear and Llama-3 rope_freqs are supported).");
        }

        return new LlamaConfig(
            vocab,
            dim,
            Req("block_count"),
            heads,
            kvHeads,
            Req("feed_forward_length"),
            Req("context_length"),
            (float)(file.GetFloat("llama.rope.freq_base") ?? 10000.0),
            (float)(file.GetFloat("llama.attention.layer_norm_rms_epsilon") ?? 1e-5),
            factor);
    }
}

/// <summary>The GGUF holds a model the trainer cannot train (architecture, layout or tensor types).</summary>
public sealed class UnsupportedModelException : Exception
{
    public UnsupportedModelException() { }

    public UnsupportedModelException(string message) : base(message) { }

    public UnsupportedModelException(string message, Exception inner) : base(message, inner) { }
}
