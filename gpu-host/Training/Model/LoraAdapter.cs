using TorchSharp;
using static TorchSharp.torch;
using Parameter = TorchSharp.Modules.Parameter;

namespace Training.Model;

/// <summary>LoRA hyper-parameters. Target modules use short names: q, k, v, o, gate, up, down.</summary>
public sealed record LoraConfig
{
    public int Rank { get; init; } = 8;

    public float Alpha { get; init; } = 16f;

    public float Dropout { get; init; }

    public IReadOnlyList<string> TargetModules { get; init; } = ["q", "k", "v", "o"];

    /// <summary>Scale applied to B·A·x, as in PEFT and llama.cpp (alpha / rank).</summary>
    public float Scale => Alpha / Rank;

    /// <summary>llama.cpp tensor-name stem for a short module name.</summary>
    public static string GgufModule(string shortName) => shortName switch
    {
        "q" => "attn_q",
        "k" => "attn_k",
        "v" => "attn_v",
        "o" => "attn_output",
        "gate" => "ffn_gate",
        "up" => "ffn_up",
        "down" => "ffn_down",
        _ => throw new ArgumentException($"Unknown LoRA target module '{shortName}' (use q, k, v, o, gate, up, down).", nameof(shortName)),
    };

    public void Validate()
    {
        if (Rank < 1)
        {
            throw new ArgumentException($"LoRA rank must be at least 1 (got {Rank}).");
        }

        if (Dropout is < 0 or >= 1)
        {
            throw new ArgumentException($"LoRA dropout must be in [0, 1) (got {Dropout}).");
        }

        if (TargetModules.Count == 0)
        {
            throw new ArgumentException("LoRA needs at least one target module.");
        }

        foreach (var m in TargetModules)
        {
            _ = GgufModule(m);
        }
    }
}

/// <summary>
/// Trainable low-rank matrices keyed by the base tensor's GGUF name (e.g. <c>blk.0.attn_q.weight</c>).
/// A is [rank, in] and B is [out, rank] — the row-major shapes PEFT uses and, reversed into ggml order, the
/// shapes llama.cpp expects for <c>.lora_a</c> ([in, rank]) and <c>.lora_b</c> ([rank, out]).
/// </summary>
public sealed class LoraAdapter : IDisposable
{
    private readonly Dictionary<string, (Parameter A, Parameter B)> _weights;

    private LoraAdapter(LoraConfig config, Dictionary<string, (Parameter A, Parameter B)> weights)
    {
        Config = config;
        _weights = weights;
    }

    public LoraConfig Config { get; }

    /// <summary>Base tensor names that carry an adapter, in a stable order (layer, then module).</summary>
    public IReadOnlyList<string> TargetNames => _weights.Keys.ToList();

    public (Tensor A, Tensor B) this[string baseTensorName] => _weights[baseTensorName];

    public long ParameterCount => _weights.Values.Sum(w => w.A.numel() + w.B.numel());

    /// <summary>Creates a fresh adapter: A uniform (kaiming, seeded), B zero, so training starts at the base model.</summary>
    public static LoraAdapter Create(LlamaConfig model, LoraConfig config, int seed, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        using var gen = new Generator((ulong)seed);
        var weights = new Dictionary<string, (Parameter, Parameter)>();
        for (var l = 0; l < model.Layers; l++)
        {
            foreach (var m in config.TargetModules)
            {
                var (outDim, inDim) = Shape(model, m);
                var bound = 1.0 / Math.Sqrt(inDim);
                // Drawn on the CPU generator, then moved: the same seed gives the same adapter on CPU and GPU.
                var a = ((rand(new long[] { config.Rank, inDim }, generator: gen) * 2 - 1) * bound).to(device ?? CPU);
                var b = zeros(outDim, config.Rank, device: device ?? CPU);
                weights[$"blk.{l}.{LoraConfig.GgufModule(m)}.weight"] =
                    (new Parameter(a, requires_grad: true), new Parameter(b, requires_grad: true));
            }
        }

        return new LoraAdapter(config, weights);
    }

    /// <summary>Builds an adapter from existing tensors (checkpoint or GGUF import).</summary>
    public static LoraAdapter FromTensors(LoraConfig config, IEnumerable<(string Name, Tensor A, Tensor B)> tensors, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        var weights = tensors.ToDictionary(
            t => t.Name,
            t => (new Parameter(t.A.detach().to(device ?? CPU, copy: true), requires_grad: true), new Parameter(t.B.detach().to(device ?? CPU, copy: true), requires_grad: true)));
        return new LoraAdapter(config, weights);
    }

    /// <summary>(out, in) of a target module's base weight.</summary>
    public static (int Out, int In) Shape(LlamaConfig c, string module)
    {
        ArgumentNullException.ThrowIfNull(c);
        var kv = c.KvHeads * c.HeadDim;
        return module switch
        {
            "q" or "o" => (c.Dim, c.Dim),
            "k" or "v" => (kv, c.Dim),
            "gate" or "up" => (c.FfnDim, c.Dim),
            "down" => (c.Dim, c.FfnDim),
            _ => throw new ArgumentException($"Unknown module '{module}'.", nameof(module)),
        };
    }

    public IEnumerable<Parameter> Parameters() => _weights.Values.SelectMany(w => new[] { w.A, w.B });

    /// <summary>Parameters named as their GGUF adapter tensors (&lt;base&gt;.lora_a / .lora_b).</summary>
    public IReadOnlyList<(string Name, Parameter P)> NamedParameters() =>
        _weights.SelectMany(kv => new[] { (kv.Key + ".lora_a", kv.Value.A), (kv.Key + ".lora_b", kv.Value.B) }).ToList();

    /// <summary>Adds the low-rank update for <paramref name="baseTensorName"/> to <paramref name="baseOutput"/>.</summary>
    internal Tensor Apply(string baseTensorName, Tensor input, Tensor baseOutput, bool training)
    {
        if (!_weights.TryGetValue(baseTensorName, out var w))
        {
            return baseOutput;
        }

        var x = Config.Dropout > 0 && training ? nn.functional.dropout(input, Config.Dropout, training: true) : input;
        if (_perExample?.GetValueOrDefault(baseTensorName) is { } copies)
        {
            // One copy of A and B per example in the batch: [b, seq, in] @ [b, in, r] @ [b, r, out].
            return baseOutput + x.matmul(copies.A.transpose(1, 2)).matmul(copies.B.transpose(1, 2)) * Config.Scale;
        }

        return baseOutput + nn.functional.linear(nn.functional.linear(x, w.A), w.B) * Config.Scale;
    }

    private Dictionary<string, (Tensor A, Tensor B)>? _perExample;

    /// <summary>
    /// Until <see cref="EndPerExample"/>, forward passes use one copy of the adapter's weights per example of a batch of
    /// <paramref name="examples"/>, so that one backward pass of the summed per-example losses leaves each example's
    /// own gradient in its copy (what DP-SGD clips), instead of one pass per example. The copies are leaves holding the
    /// current values; the adapter's own parameters are not touched.
    /// </summary>
    internal void BeginPerExample(int examples)
    {
        EndPerExample();
        _perExample = _weights.ToDictionary(kv => kv.Key, kv =>
        {
            using var noGrad = no_grad();
            var a = kv.Value.A.detach().unsqueeze(0).expand(examples, -1, -1).clone().requires_grad_(true).DetachFromDisposeScope();
            var b = kv.Value.B.detach().unsqueeze(0).expand(examples, -1, -1).clone().requires_grad_(true).DetachFromDisposeScope();
            return (a, b);
        });
    }

    /// <summary>The per-example gradients of the last backward pass, in the order of <see cref="NamedParameters"/>: [examples, ...shape].</summary>
    internal IReadOnlyList<Tensor> PerExampleGradients() =>
        _perExample is null ? throw new InvalidOperationException("Not in per-example mode.")
            : [.. _weights.Keys.SelectMany(k => new[] { _perExample[k].A.grad!, _perExample[k].B.grad! })];

    internal void EndPerExample()
    {
        if (_perExample is null)
        {
            return;
        }

        foreach (var (a, b) in _perExample.Values)
        {
            a.Dispose();
            b.Dispose();
        }

        _perExample = null;
    }

    public void Dispose()
    {
        EndPerExample();
        foreach (var (a, b) in _weights.Values)
        {
            a.Dispose();
            b.Dispose();
        }

        _weights.Clear();
    }
}
