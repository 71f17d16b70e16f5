using TorchSharp;
using static TorchSharp.torch;
using Parameter = TorchSharp.Modules.Parameter;

namespace Training.Trainer;

/// <summary>
/// AdamW (decoupled weight decay) over the LoRA parameters. Written out rather than taken from TorchSharp so that its
/// state — moments and step count — is plain named tensors that checkpoints save and restore bit for bit.
/// </summary>
internal sealed class AdamW : IDisposable
{
    private readonly IReadOnlyList<(string Name, Parameter P)> _parameters;
    private readonly Tensor[] _m;
    private readonly Tensor[] _v;

    public AdamW(IReadOnlyList<(string Name, Parameter P)> parameters, float beta1 = 0.9f, float beta2 = 0.999f, float eps = 1e-8f, float weightDecay = 0f)
    {
        _parameters = parameters;
        Beta1 = beta1;
        Beta2 = beta2;
        Eps = eps;
        WeightDecay = weightDecay;
        _m = parameters.Select(p => zeros_like(p.P).DetachFromDisposeScope()).ToArray();
        _v = parameters.Select(p => zeros_like(p.P).DetachFromDisposeScope()).ToArray();
    }

    public float Beta1 { get; }

    public float Beta2 { get; }

    public float Eps { get; }

    public float WeightDecay { get; }

    /// <summary>Number of updates applied (bias correction uses it).</summary>
    public long StepCount { get; set; }

    public IEnumerable<(string Name, Tensor M, Tensor V)> State =>
        _parameters.Select((p, i) => (p.Name, _m[i], _v[i]));

    public void Step(double lr)
    {
        StepCount++;
        var bc1 = 1 - Math.Pow(Beta1, StepCount);
        var bc2 = 1 - Math.Pow(Beta2, StepCount);
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        for (var i = 0; i < _parameters.Count; i++)
        {
            var p = _parameters[i].P;
            if (p.grad is not { } g)
            {
                continue;
            }

            if (WeightDecay > 0)
            {
                p.mul_(1 - lr * WeightDecay);
            }

            _m[i].mul_(Beta1).add_(g, alpha: 1 - Beta1);
            _v[i].mul_(Beta2).addcmul_(g, g, value: 1 - Beta2);
            var denom = (_v[i].sqrt() / Math.Sqrt(bc2)).add_(Eps);
            p.addcdiv_(_m[i], denom, value: -lr / bc1);
        }
    }

    public void ZeroGrad()
    {
        foreach (var (_, p) in _parameters)
        {
            p.grad?.zero_();
        }
    }

    /// <summary>Restores moments saved from <see cref="State"/>.</summary>
    public void Load(IReadOnlyDictionary<string, (float[] M, float[] V)> state, long stepCount)
    {
        using var noGrad = no_grad();
        for (var i = 0; i < _parameters.Count; i++)
        {
            var (m, v) = state[_parameters[i].Name];
            using var mt = tensor(m, _m[i].shape);
            using var vt = tensor(v, _v[i].shape);
            _m[i].copy_(mt);
            _v[i].copy_(vt);
        }

        StepCount = stepCount;
    }

    public void Dispose()
    {
        foreach (var t in _m.Concat(_v))
        {
            t.Dispose();
        }
    }
}
