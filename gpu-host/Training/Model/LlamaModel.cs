using TorchSharp;
using Training.Gguf;
using static TorchSharp.torch;

namespace Training.Model;

/// <summary>
/// Llama forward pass in TorchSharp over weights read straight from GGUF, in llama.cpp's tensor names and layout.
/// llama.cpp's converter permutes q/k rows so that rotary pairs are adjacent (x[2i], x[2i+1]) — "NORM" rope — and
/// this model rotates adjacent pairs too, so base weights and LoRA deltas mean the same thing in both runtimes.
/// Base weights are frozen (float32, or bfloat16 matrices to halve their memory); only an attached
/// <see cref="LoraAdapter"/> trains, always in float32.
/// </summary>
public sealed class LlamaModel : IDisposable
{
    private readonly Dictionary<string, Tensor> _weights;
    private readonly Tensor? _ropeFreqFactors;

    private LlamaModel(LlamaConfig config, Dictionary<string, Tensor> weights, Device device, BaseWeightPrecision precision)
    {
        Config = config;
        _weights = weights;
        Device = device;
        Precision = precision;
        _weights.TryGetValue("rope_freqs.weight", out _ropeFreqFactors);
    }

    /// <summary>How the frozen weight matrices are held (norm vectors stay float32 either way).</summary>
    public BaseWeightPrecision Precision { get; }

    /// <summary>Bytes the base weights take on <see cref="Device"/>.</summary>
    public long WeightBytes => _weights.Values.Sum(t => t.numel() * t.ElementSize);

    public LlamaConfig Config { get; }

    public Device Device { get; }

    /// <summary>True when there is no output.weight and the embedding matrix is reused.</summary>
    public bool TiedOutput => !_weights.ContainsKey("output.weight");

    public long ParameterCount => _weights.Values.Sum(t => t.numel());

    public LoraAdapter? Lora { get; set; }

    public static LlamaModel Load(string ggufPath, Device? device = null, BaseWeightPrecision precision = BaseWeightPrecision.Float32)
    {
        using var file = GgufFile.Open(ggufPath);
        return Load(file, device, precision);
    }

    /// <summary>Loads F32/F16/BF16 weights; quantised weights raise <see cref="GgufUnsupportedTensorTypeException"/>.</summary>
    public static LlamaModel Load(GgufFile file, Device? device = null, BaseWeightPrecision precision = BaseWeightPrecision.Float32)
    {
        ArgumentNullException.ThrowIfNull(file);
        device ??= CPU;
        var config = LlamaConfig.FromGguf(file);
        var required = new List<string> { "token_embd.weight", "output_norm.weight" };
        for (var l = 0; l < config.Layers; l++)
        {
            required.AddRange(new[] { "attn_norm", "attn_q", "attn_k", "attn_v", "attn_output", "ffn_norm", "ffn_gate", "ffn_up", "ffn_down" }
                .Select(n => $"blk.{l}.{n}.weight"));
        }

        var optional = new[] { "output.weight", "rope_freqs.weight" };
        var weights = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        try
        {
            foreach (var name in required)
            {
                if (!file.TryGetTensor(name, out _))
                {
                    throw new UnsupportedModelException($"'{file.Path}' lacks tensor '{name}' required by the llama architecture.");
                }
            }

            foreach (var name in required.Concat(optional.Where(n => file.TryGetTensor(n, out _))))
            {
                var info = file.GetTensor(name);
                // Matrices (projections, embeddings) hold almost all the bytes; norm and rope vectors stay exact.
                var target = precision == BaseWeightPrecision.BFloat16 && info.TorchShape.Length == 2 ? ScalarType.BFloat16 : ScalarType.Float32;
                weights[name] = LoadTensor(file, info, device, target);
            }
        }
        catch
        {
            foreach (var t in weights.Values)
            {
                t.Dispose();
            }

            throw;
        }

        return new LlamaModel(config, weights, device, precision);
    }

    /// <summary>Copies one tensor out of the memory map into a frozen torch tensor of <paramref name="target"/> type.</summary>
    internal static Tensor LoadTensor(GgufFile file, GgufTensorInfo info, Device device, ScalarType target = ScalarType.Float32)
    {
        var dtype = info.Type switch
        {
            GgmlType.F32 => ScalarType.Float32,
            GgmlType.F16 => ScalarType.Float16,
            GgmlType.BF16 => ScalarType.BFloat16,
            _ => throw file.UnsupportedType(info),
        };
        using var raw = empty(info.TorchShape, dtype);
        var src = file.GetTensorRange(info);
        // Span-based copies are limited to 2 GiB, so big matrices (an 8B model's F32 embedding) go in row chunks;
        // a narrow along dim 0 of a contiguous tensor is itself contiguous and shares the storage.
        var rows = info.TorchShape[0];
        var rowBytes = info.ByteSize / rows;
        var chunkRows = Math.Max(1, (int.MaxValue / 2) / rowBytes);
        for (long r = 0; r < rows; r += chunkRows)
        {
            var n = Math.Min(chunkRows, rows - r);
            using var dst = raw.narrow(0, r, n);
            src.Slice(r * rowBytes, n * rowBytes).CopyTo(dst.bytes);
        }

        var result = raw.to(target, device, copy: true);
        result.requires_grad_(false);
        return result;
    }

    public Tensor Weight(string name) => _weights[name];

    /// <summary>Logits [batch, time, vocab] for token ids [batch, time] (int64), positions 0..time-1.</summary>
    public Tensor Forward(Tensor tokens, bool training = false)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        using var scope = NewDisposeScope();
        var x = Embed(tokens);
        var (cos, sin) = RopeTables(tokens.shape[1]);
        var keepGraph = is_grad_enabled();
        for (var l = 0; l < Config.Layers; l++)
        {
            // Scoring without gradients (validation, evaluations) needs no block's intermediates once it is done.
            x = keepGraph ? Layer(l, x, cos, sin, training) : LayerWithoutGraph(l, x, cos, sin, training);
        }

        return Head(x).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Training forward and backward: the logits of <paramref name="tokens"/> (returned detached) and, in the attached
    /// adapter's gradients, those of <paramref name="objective"/>(logits). With <paramref name="recompute"/> the
    /// activations are not kept for the backward pass: the forward keeps only each layer's input, and the backward
    /// recomputes one layer at a time ("activation checkpointing") — activation memory of one layer instead of all, for
    /// about a third more compute. Without LoRA dropout both ways give the same gradients; with dropout, the recomputing
    /// way draws each layer's masks from <paramref name="seed"/> so that both of its passes use the same ones.
    /// </summary>
    public Tensor ForwardBackward(Tensor tokens, Func<Tensor, Tensor> objective, bool recompute, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(objective);
        if (!recompute)
        {
            using var plain = NewDisposeScope();
            var logits = Forward(tokens, training: true);
            objective(logits).backward();
            return logits.detach().MoveToOuterDisposeScope();
        }

        using var scope = NewDisposeScope();
        var (cos, sin) = RopeTables(tokens.shape[1]);
        var inputs = new Tensor[Config.Layers];
        Tensor top;
        using (no_grad())
        {
            var x = Embed(tokens);
            for (var l = 0; l < Config.Layers; l++)
            {
                inputs[l] = x;
                SeedLayer(seed, l);
                x = LayerWithoutGraph(l, x, cos, sin, training: true);
            }

            top = x;
        }

        top = top.detach().requires_grad_(true);
        var result = Head(top);
        objective(result).backward();
        var grad = top.grad!.detach();
        for (var l = Config.Layers - 1; l >= 0; l--)
        {
            using var layerScope = NewDisposeScope();
            // The embedding is frozen, so the first layer's input needs no gradient.
            var input = l > 0 ? inputs[l].detach().requires_grad_(true) : inputs[l];
            SeedLayer(seed, l);
            Layer(l, input, cos, sin, training: true).backward([grad]);
            grad.Dispose();
            inputs[l].Dispose();
            if (l > 0)
            {
                grad = input.grad!.detach().MoveToOuterDisposeScope();
            }
        }

        return result.detach().MoveToOuterDisposeScope();
    }

    private void SeedLayer(int seed, int layer)
    {
        if (Lora is { Config.Dropout: > 0 })
        {
            manual_seed(((long)seed << 16) ^ (layer * 0x9E3779B1L));
        }
    }

    private Tensor Embed(Tensor tokens)
    {
        var (batch, time) = (tokens.shape[0], tokens.shape[1]);
        return _weights["token_embd.weight"].index_select(0, tokens.reshape(-1)).reshape(batch, time, Config.Dim).to(ScalarType.Float32);
    }

    /// <summary>A block run without autograd: nothing else holds its intermediates, so they are freed as soon as it is done.</summary>
    private Tensor LayerWithoutGraph(int l, Tensor x, Tensor cos, Tensor sin, bool training)
    {
        using var layerScope = NewDisposeScope();
        return Layer(l, x, cos, sin, training).MoveToOuterDisposeScope();
    }

    /// <summary>One transformer block: attention and MLP, each with its residual.</summary>
    private Tensor Layer(int l, Tensor x, Tensor cos, Tensor sin, bool training)
    {
        var c = Config;
        var (batch, time) = (x.shape[0], x.shape[1]);
        var p = $"blk.{l}.";
        var h = RmsNorm(x, _weights[p + "attn_norm.weight"]);
        var q = Linear(p + "attn_q.weight", h, training).reshape(batch, time, c.Heads, c.HeadDim);
        var k = Linear(p + "attn_k.weight", h, training).reshape(batch, time, c.KvHeads, c.HeadDim);
        var v = Linear(p + "attn_v.weight", h, training).reshape(batch, time, c.KvHeads, c.HeadDim);
        q = Rope(q, cos, sin).transpose(1, 2);
        k = Rope(k, cos, sin).transpose(1, 2);
        v = v.transpose(1, 2);
        if (c.KvHeads != c.Heads)
        {
            // Grouped-query attention: query head h reads kv head h / (heads / kvHeads), as in llama.cpp.
            k = k.repeat_interleave(c.Heads / c.KvHeads, dim: 1);
            v = v.repeat_interleave(c.Heads / c.KvHeads, dim: 1);
        }

        var attn = nn.functional.scaled_dot_product_attention(q, k, v, is_casual: true);
        attn = attn.transpose(1, 2).reshape(batch, time, c.Dim);
        x = x + Linear(p + "attn_output.weight", attn, training);

        h = RmsNorm(x, _weights[p + "ffn_norm.weight"]);
        var gate = Linear(p + "ffn_gate.weight", h, training);
        var up = Linear(p + "ffn_up.weight", h, training);
        return x + Linear(p + "ffn_down.weight", nn.functional.silu(gate) * up, training);
    }

    private Tensor Head(Tensor x)
    {
        x = RmsNorm(x, _weights["output_norm.weight"]);
        var head = _weights.TryGetValue("output.weight", out var o) ? o : _weights["token_embd.weight"];
        return Project(x, head);
    }

    private Tensor Linear(string name, Tensor x, bool training)
    {
        var y = Project(x, _weights[name]);
        return Lora is { } lora ? lora.Apply(name, x, y, training) : y;
    }

    /// <summary>
    /// x·Wᵀ in the weight's precision (bfloat16 runs on the GPU's tensor cores), the result back in float32: activations,
    /// residuals, norms, the LoRA path and the loss stay float32.
    /// </summary>
    private static Tensor Project(Tensor x, Tensor weight) =>
        weight.dtype == ScalarType.Float32 ? nn.functional.linear(x, weight) : nn.functional.linear(x.to(weight.dtype), weight).to(ScalarType.Float32);

    private Tensor RmsNorm(Tensor x, Tensor weight) =>
        x * rsqrt(x.pow(2).mean(new long[] { -1 }, keepdim: true) + Config.RmsNormEps) * weight;

    /// <summary>cos/sin tables [time, headDim/2] with llama.cpp's frequency base, linear scaling and rope_freqs factors.</summary>
    private (Tensor Cos, Tensor Sin) RopeTables(long time)
    {
        var half = Config.HeadDim / 2;
        var inv = pow(Config.RopeFreqBase, -arange(0, half, dtype: ScalarType.Float64, device: Device) * 2.0 / Config.HeadDim);
        if (_ropeFreqFactors is not null)
        {
            inv = inv / _ropeFreqFactors.to(ScalarType.Float64);
        }

        var pos = arange(0, time, dtype: ScalarType.Float64, device: Device) / Config.RopeScaleFactor;
        var angles = outer(pos, inv);
        return (angles.cos().to(ScalarType.Float32).reshape(1, time, 1, half), angles.sin().to(ScalarType.Float32).reshape(1, time, 1, half));
    }

    /// <summary>Rotates adjacent pairs (x[2i], x[2i+1]) by the position angle — llama.cpp's NORM rope mode.</summary>
    private static Tensor Rope(Tensor x, Tensor cos, Tensor sin)
    {
        var shape = x.shape;
        var pairs = x.reshape(shape[0], shape[1], shape[2], shape[3] / 2, 2);
        var even = pairs.select(-1, 0);
        var odd = pairs.select(-1, 1);
        var rotated = stack(new[] { even * cos - odd * sin, even * sin + odd * cos }, dim: -1);
        return rotated.reshape(shape);
    }

    public void Dispose()
    {
        foreach (var t in _weights.Values)
        {
            t.Dispose();
        }

        _weights.Clear();
    }
}
