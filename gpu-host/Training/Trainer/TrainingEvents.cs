namespace Training.Trainer;

/// <summary>Something a caller following a run can observe.</summary>
public abstract record TrainingEvent;

/// <summary>
/// Data is tokenised and the run is about to start. <paramref name="Device"/> is the libtorch device trained on ("cuda:0",
/// "cpu"); <paramref name="BaseWeightBytes"/> is what the frozen base weights take there.
/// </summary>
public sealed record TrainingStarted(
    int TotalSteps,
    int TrainRecords,
    int EvalRecords,
    int TruncatedRecords,
    int SkippedTooLong,
    long TrainableParameters,
    long BaseParameters,
    int StartStep,
    Privacy.PrivacyGuarantee? Privacy = null,
    string Device = "cpu",
    Model.BaseWeightPrecision BaseWeights = Model.BaseWeightPrecision.Float32,
    long BaseWeightBytes = 0) : TrainingEvent;

/// <summary>One optimizer step finished.</summary>
public sealed record StepMetrics(
    int Step,
    int TotalSteps,
    int Epoch,
    double Loss,
    double TokenAccuracy,
    double LearningRate,
    double GradNorm,
    double TokensPerSecond,
    TimeSpan Elapsed) : TrainingEvent
{
    /// <summary>Remaining time extrapolated from the average step time so far.</summary>
    public TimeSpan EstimatedRemaining(int stepsDoneThisRun) =>
        stepsDoneThisRun <= 0 ? TimeSpan.Zero : Elapsed / stepsDoneThisRun * (TotalSteps - Step);
}

/// <summary>Validation loss over the whole eval set.</summary>
public sealed record EvalMetrics(int Step, double Loss, double TokenAccuracy) : TrainingEvent;

/// <summary>A checkpoint was written.</summary>
public sealed record CheckpointSaved(int Step, string Path) : TrainingEvent;

/// <summary>The run finished and the adapter was exported.</summary>
public sealed record TrainingCompleted(TrainingSummary Summary) : TrainingEvent;

/// <summary>Final numbers of a run.</summary>
public sealed record TrainingSummary(
    int Steps,
    double FinalLoss,
    double? FinalEvalLoss,
    long TrainedTokens,
    double TokensPerSecond,
    TimeSpan Duration,
    int TruncatedRecords,
    int SkippedTooLong,
    string AdapterPath,
    string? PeftDirectory,
    Privacy.PrivacyGuarantee? Privacy = null);
