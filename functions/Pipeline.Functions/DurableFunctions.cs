using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Activities;
using Pipeline.Orchestration;

namespace Pipeline.Functions;

/// <summary>
/// One-line [Function] wrappers around the orchestrator and activity classes in Pipeline (the Durable Task source
/// generator that would write these is not available to this build). Names match the classes' names, which is how
/// the orchestration calls them.
/// </summary>
public sealed class DurableFunctions(IServiceProvider services)
{
    [Function(nameof(FineTunePipeline))]
    public Task<PipelineResult> FineTunePipelineAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new FineTunePipeline().RunAsync(context, context.GetInput<PipelineInput>()!);

    [Function(nameof(LoadPolicyActivity))]
    public Task<Pipeline.Policy.LoadedPolicy> LoadPolicyAsync([ActivityTrigger] string input) => Create<LoadPolicyActivity>().RunAsync(null!, input);

    [Function(nameof(ValidateDatasetActivity))]
    public Task<ValidateDatasetOutput> ValidateDatasetAsync([ActivityTrigger] ValidateDatasetInput input) => Create<ValidateDatasetActivity>().RunAsync(null!, input);

    [Function(nameof(MaskDatasetActivity))]
    public Task<MaskDatasetOutput> MaskDatasetAsync([ActivityTrigger] MaskDatasetInput input) => Create<MaskDatasetActivity>().RunAsync(null!, input);

    [Function(nameof(ResidualScanActivity))]
    public Task<ResidualScanOutput> ResidualScanAsync([ActivityTrigger] ResidualScanInput input) => Create<ResidualScanActivity>().RunAsync(null!, input);

    [Function(nameof(SplitDatasetActivity))]
    public Task<SplitDatasetOutput> SplitDatasetAsync([ActivityTrigger] SplitDatasetInput input) => Create<SplitDatasetActivity>().RunAsync(null!, input);

    [Function(nameof(StartFineTuneActivity))]
    public Task<Pipeline.GpuHost.FineTuneJob> StartFineTuneAsync([ActivityTrigger] StartFineTuneInput input) => Create<StartFineTuneActivity>().RunAsync(null!, input);

    [Function(nameof(GetFineTuneActivity))]
    public Task<Pipeline.GpuHost.FineTuneJob> GetFineTuneAsync([ActivityTrigger] string input) => Create<GetFineTuneActivity>().RunAsync(null!, input);

    [Function(nameof(EvaluateModelActivity))]
    public Task<EvaluateModelOutput> EvaluateModelAsync([ActivityTrigger] EvaluateModelInput input) => Create<EvaluateModelActivity>().RunAsync(null!, input);

    [Function(nameof(PrivacySpendActivity))]
    public Task<PrivacySpend> PrivacySpendAsync([ActivityTrigger] PrivacySpendInput input) => Create<PrivacySpendActivity>().RunAsync(null!, input);

    [Function(nameof(RecordEvidenceActivity))]
    public Task<EvidenceReference> RecordEvidenceAsync([ActivityTrigger] RecordEvidenceInput input) => Create<RecordEvidenceActivity>().RunAsync(null!, input);

    [Function(nameof(PromoteModelActivity))]
    public Task<Pipeline.Registry.PromotionResult> PromoteModelAsync([ActivityTrigger] PromoteModelInput input) => Create<PromoteModelActivity>().RunAsync(null!, input);

    [Function(nameof(RecordAuditActivity))]
    public Task<long> RecordAuditAsync([ActivityTrigger] Pipeline.Audit.AuditEvent input) => Create<RecordAuditActivity>().RunAsync(null!, input);

    [Function(nameof(CleanupRunActivity))]
    public Task<int> CleanupRunAsync([ActivityTrigger] CleanupRunInput input) => Create<CleanupRunActivity>().RunAsync(null!, input);

    // Activities take their dependencies by constructor and ignore the activity context (they are plain ExecuteAsync
    // wrappers), so they are created from the function's service provider.
    private T Create<T>() => ActivatorUtilities.CreateInstance<T>(services);
}
