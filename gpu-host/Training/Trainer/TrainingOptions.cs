using Training.Model;
using Training.Privacy;

namespace Training.Trainer;

/// <summary>Everything a training run needs; defaults follow common LoRA practice for chat fine-tuning.</summary>
public sealed record TrainingOptions
{
    public required string BaseModelPath { get; init; }

    public required string TrainDataPath { get; init; }

    public string? EvalDataPath { get; init; }

    /// <summary>GGUF adapter path; the PEFT copy goes to a sibling folder "&lt;name&gt;.peft".</summary>
    public required string OutputPath { get; init; }

    public LoraConfig Lora { get; init; } = new();

    public int Epochs { get; init; } = 1;

    /// <summary>Stop after this many optimizer steps (null: run all epochs).</summary>
    public int? MaxSteps { get; init; }

    public float LearningRate { get; init; } = 2e-4f;

    /// <summary>Linear warm-up steps before the cosine decay; null: 10 % of all steps.</summary>
    public int? WarmupSteps { get; init; }

    public float WeightDecay { get; init; }

    public float MaxGradNorm { get; init; } = 1f;

    /// <summary>Records per micro-batch.</summary>
    public int BatchSize { get; init; } = 4;

    /// <summary>Micro-batches whose gradients are summed into one optimizer step.</summary>
    public int GradientAccumulation { get; init; } = 1;

    /// <summary>Tokens per record; longer records are cut (and counted). Null: the model's context length, at most 2048.</summary>
    public int? MaxSequenceLength { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Validation loss every N optimizer steps (and at the end) when an eval set is given.</summary>
    public int EvalEvery { get; init; } = 50;

    /// <summary>Checkpoint every N optimizer steps into <see cref="CheckpointDirectory"/>; 0 disables.</summary>
    public int CheckpointEvery { get; init; }

    public string? CheckpointDirectory { get; init; }

    /// <summary>Resume from this checkpoint folder (written by an earlier run with the same options).</summary>
    public string? ResumeFrom { get; init; }

    /// <summary>libtorch intra-op threads; fixed so that runs are reproducible. Null: processor count.</summary>
    public int? Threads { get; init; }

    /// <summary>libtorch device ("cpu", "cuda", "cuda:1"); null: CUDA when available (the GPU container), else CPU.</summary>
    public string? Device { get; init; }

    /// <summary>How the frozen base weights are held: bfloat16 halves their memory (an 8B base: ~16 GB instead of ~32 GB).</summary>
    public BaseWeightPrecision BaseWeights { get; init; } = BaseWeightPrecision.Float32;

    /// <summary>
    /// Keep only each layer's input during the forward pass and recompute layers in the backward pass (activation
    /// checkpointing): activation memory of one layer instead of all of them, for about a third more compute.
    /// </summary>
    public bool RecomputeActivations { get; init; }

    /// <summary>
    /// Train with DP-SGD (per-record clipping, Gaussian noise, Poisson sampling of
    /// <see cref="BatchSize"/> × <see cref="GradientAccumulation"/> records per step on average); null: ordinary training.
    /// </summary>
    public DifferentialPrivacyOptions? Privacy { get; init; }

    /// <summary>Also write the PEFT folder next to the GGUF adapter.</summary>
    public bool ExportPeft { get; init; } = true;

    public void Validate()
    {
        Lora.Validate();
        if (Epochs < 1 || BatchSize < 1 || GradientAccumulation < 1)
        {
            throw new ArgumentException("Epochs, batch size and gradient accumulation must be at least 1.");
        }

        if (LearningRate is <= 0 or > 1 || float.IsNaN(LearningRate))
        {
            throw new ArgumentException($"Learning rate must be in (0, 1] (got {LearningRate}).");
        }

        if (MaxSequenceLength is < 2)
        {
            throw new ArgumentException("Max sequence length must be at least 2 tokens.");
        }

        Privacy?.Validate();
        if (CheckpointEvery > 0 && string.IsNullOrEmpty(CheckpointDirectory))
        {
            throw new ArgumentException("Checkpointing needs a checkpoint directory.");
        }
    }
}
