namespace Training.Model;

/// <summary>How a model's frozen base weight matrices are held in memory while LoRA trains or scores.</summary>
public enum BaseWeightPrecision
{
    /// <summary>Exact copies of F32 files (and of F16/BF16 ones, widened): 4 bytes a weight. CPU default.</summary>
    Float32,

    /// <summary>
    /// 2 bytes a weight (an 8B model: ~16 GB instead of ~32 GB), projections computed in bfloat16 on tensor cores; the
    /// adapter, activations and loss stay float32. Logits move by about 1e-2 from the float32 model's.
    /// </summary>
    BFloat16,
}
