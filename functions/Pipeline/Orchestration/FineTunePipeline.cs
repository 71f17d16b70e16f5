using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Pipeline.Activities;
using Pipeline.Audit;
using Pipeline.GpuHost;
using Pipeline.Policy;
using Pipeline.Registry;

namespace Pipeline.Orchestration;

/// <summary>
/// The run: validate → mask → residual scan → split → fine-tune (job + monitor loop on durable timers) →
/// evaluate → policy gates → human approval → promote, with an audit entry at every step. Deterministic by
/// construction: time only from the context, no I/O here (activities do it), names via <c>nameof</c>.
/// The instance id is the run id. A Functions wrapper is one line:
/// <c>[Function(nameof(FineTunePipeline))] public Task&lt;PipelineResult&gt; Run([OrchestrationTrigger] TaskOrchestrationContext c, PipelineInput i) =&gt; new FineTunePipeline().RunAsync(c, i);</c>
/// </summary>
public sealed class FineTunePipeline : TaskOrchestrator<PipelineInput, PipelineResult>
{
    /// <summary>The external event an approver's decision arrives as (payload: <see cref="ApprovalDecision"/>).</summary>
    public const string ApprovalEventName = "approval";

    /// <summary>Actor name for steps the pipeline takes by itself.</summary>
    public const string PipelineActor = "pipeline";

    /// <inheritdoc />
    public override async Task<PipelineResult> RunAsync(TaskOrchestrationContext context, PipelineInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var run = new Run(context, input);
        try
        {
            return await run.ExecuteAsync();
        }
        catch (TaskFailedException ex)
        {
            var reason = $"{run.Step} failed: {ex.FailureDetails.ErrorType}: {ex.FailureDetails.ErrorMessage}";
            OrchestrationLog.StepFailed(context.CreateReplaySafeLogger<FineTunePipeline>(), context.InstanceId, run.Step, ex.FailureDetails.ErrorMessage);
            return await run.FinishAsync(RunStatus.Failed, reason);
        }
    }

    /// <summary>One execution's state. Rebuilt identically on every replay (counters advance in the same order).</summary>
    private sealed class Run(TaskOrchestrationContext context, PipelineInput input)
    {
        private readonly PipelineTiming _timing = input.Timing ?? PipelineTiming.Default;
        private readonly List<string> _reports = [];
        private int _auditCounter;
        private PipelineResult _result = new(context.InstanceId, RunStatus.Failed, null, input.ModelName);

        public string Step { get; private set; } = "start";

        private string RunId => context.InstanceId;

        public async Task<PipelineResult> ExecuteAsync()
        {
            // Replay-safe: writes only when not replaying, so each message appears once per run.
            var logger = context.CreateReplaySafeLogger<FineTunePipeline>();
            OrchestrationLog.Started(logger, RunId, input.ModelName);
            if (InvalidInput() is { } problem)
            {
                // Refused before anything is touched; the reason names the field (never data).
                return await FinishAsync(RunStatus.Failed, "invalid input: " + problem);
            }

            await AuditAsync(input.Submitter, "run.started", new()
            {
                ["dataset"] = input.DatasetBlob,
                ["model"] = input.ModelName,
                ["baseModel"] = input.BaseModel,
                ["policy"] = input.PolicyName,
            });

            var policy = await CallAsync<LoadedPolicy>("load-policy", RunPhase.Validating, nameof(LoadPolicyActivity), input.PolicyName, StorageRetry());
            await AuditAsync(PipelineActor, "policy.loaded", new() { ["blob"] = policy.BlobName, ["version"] = policy.Policy.Version, ["sha256"] = policy.Sha256 });

            // 1. Validate.
            var validation = await CallAsync<ValidateDatasetOutput>("validate", RunPhase.Validating, nameof(ValidateDatasetActivity),
                new ValidateDatasetInput(RunId, input.DatasetBlob), StorageRetry());
            _reports.Add(validation.ReportBlob);
            _result = _result with { RawDatasetSha256 = validation.RawSha256 };
            await AuditAsync(PipelineActor, "dataset.validated", new()
            {
                ["valid"] = Format(validation.IsValid),
                ["rawSha256"] = validation.RawSha256,
                ["validRecords"] = Format(validation.ValidRecords),
                ["errors"] = Format(validation.ErrorCount),
                ["warnings"] = Format(validation.WarningCount),
                ["report"] = validation.ReportBlob,
            });
            if (!validation.IsValid)
            {
                await AuditAsync(PipelineActor, "dataset.quarantined", new() { ["blob"] = validation.QuarantineBlob! });
                return await FinishAsync(RunStatus.RejectedInvalid,
                    $"dataset is invalid ({Format(validation.ErrorCount)} errors; see {validation.ReportBlob}); moved to {validation.QuarantineBlob}");
            }

            // 2. Mask (removes the raw upload from incoming/ on success).
            var masked = await CallAsync<MaskDatasetOutput>("mask", RunPhase.Masking, nameof(MaskDatasetActivity),
                new MaskDatasetInput(RunId, input.DatasetBlob, validation.RawETag, policy.Policy.MaskingJson), StorageRetry());
            _reports.Add(masked.ReportBlob);
            _result = _result with { MaskedDatasetSha256 = masked.MaskedSha256, Masking = masked.Masking };
            var maskingDetails = new Dictionary<string, string>
            {
                ["maskedSha256"] = masked.MaskedSha256,
                ["records"] = Format(masked.Masking.RecordsWritten),
                ["recordsWithPii"] = Format(masked.Masking.RecordsWithPii),
                ["masked"] = Format(masked.Masking.TotalMasked),
                ["maskingPolicy"] = masked.Masking.PolicyVersion,
            };
            foreach (var (type, count) in masked.Masking.ByEntityType)
            {
                maskingDetails["masked." + type] = Format(count);
            }

            await AuditAsync(PipelineActor, "dataset.masked", maskingDetails);
            await AuditAsync(PipelineActor, "dataset.raw-removed", new() { ["blob"] = input.DatasetBlob });

            // 3. Residual scan: an independent second pass.
            var residualLimits = policy.Policy.ResidualPii;
            var residual = await CallAsync<ResidualScanOutput>("residual-scan", RunPhase.ResidualScan, nameof(ResidualScanActivity),
                new ResidualScanInput(RunId, masked.MaskedBlob, residualLimits.Threshold, residualLimits.MaxRecordRate, residualLimits.IgnoredTypes), StorageRetry());
            _reports.Add(residual.ReportBlob);
            await AuditAsync(PipelineActor, "dataset.residual-scanned", new()
            {
                ["passed"] = Format(residual.Passed),
                ["records"] = Format(residual.RecordsScanned),
                ["recordsWithFindings"] = Format(residual.RecordsWithFindings),
                ["rate"] = Format(residual.RecordRate),
                ["maxRate"] = Format(residualLimits.MaxRecordRate),
            });
            if (!residual.Passed)
            {
                return await FinishAsync(RunStatus.RejectedResidualPii,
                    $"residual PII in {Format(residual.RecordsWithFindings)} of {Format(residual.RecordsScanned)} masked records ({string.Join(", ", residual.FindingsByType.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}: {Format(t.Value)}"))}); limit is a rate of {Format(residualLimits.MaxRecordRate)}");
            }

            // 4. Split.
            var split = await CallAsync<SplitDatasetOutput>("split", RunPhase.Splitting, nameof(SplitDatasetActivity),
                new SplitDatasetInput(RunId, masked.MaskedBlob, policy.Policy.EvalPercent, policy.Policy.Probes?.Canaries ?? 0), StorageRetry());
            await AuditAsync(PipelineActor, "dataset.split", new()
            {
                ["trainRecords"] = Format(split.TrainRecords),
                ["evalRecords"] = Format(split.EvalRecords),
                ["trainSha256"] = split.TrainSha256,
                ["evalSha256"] = split.EvalSha256,
                ["canaries"] = Format(split.CanaryRecords),
            });
            if (split.TrainRecords == 0 || split.EvalRecords == 0)
            {
                return await FinishAsync(RunStatus.Failed,
                    $"the split left {Format(split.TrainRecords)} train and {Format(split.EvalRecords)} eval records; add records or raise evalPercent");
            }

            // 5. Fine-tune: create the job, then poll it on durable timers (no worker is held while waiting).
            var hyperparameters = input.Hyperparameters ?? new FineTuneHyperparameters();
            if (policy.Policy.DifferentialPrivacy is { } dp)
            {
                // The policy's DP-SGD settings win over the run's: governance decides, not the submitter.
                hyperparameters = hyperparameters with { DpNoiseMultiplier = dp.NoiseMultiplier, DpTargetEpsilon = dp.TargetEpsilon, DpClipNorm = dp.ClipNorm, DpDelta = dp.Delta };
            }

            var job = await CallAsync<FineTuneJob>("fine-tune", RunPhase.Training, nameof(StartFineTuneActivity),
                new StartFineTuneInput(RunId, input.BaseModel, split.TrainBlob, split.EvalBlob, hyperparameters), GpuRetry());
            await AuditAsync(PipelineActor, "training.started", new() { ["jobId"] = job.Id, ["baseModel"] = input.BaseModel, ["seed"] = Format(hyperparameters.Seed) });
            var trainingDeadline = context.CurrentUtcDateTime + _timing.TrainingTimeout;
            while (!job.IsTerminal)
            {
                var point = job.Metrics.LastOrDefault(p => p.TrainLoss.HasValue);
                context.SetCustomStatus(new RunProgress(RunPhase.Training, point is null ? null : $"step {Format(point.Step)}, loss {Format(point.TrainLoss!.Value)}", job.Status));
                if (context.CurrentUtcDateTime >= trainingDeadline)
                {
                    return await FinishAsync(RunStatus.Failed, $"training job {job.Id} did not finish within {_timing.TrainingTimeout}");
                }

                await context.CreateTimer(_timing.PollInterval, CancellationToken.None);
                // Called directly (not through CallAsync) so the status keeps showing the last step and loss while polling.
                job = await context.CallActivityAsync<FineTuneJob>(nameof(GetFineTuneActivity), job.Id, GpuRetry());
            }

            await AuditAsync(PipelineActor, "training.finished", new() { ["jobId"] = job.Id, ["status"] = job.Status, ["model"] = job.FineTunedModel ?? "" });
            if (job.Status != FineTuneStatus.Succeeded || string.IsNullOrEmpty(job.FineTunedModel))
            {
                return await FinishAsync(RunStatus.Failed, $"training job {job.Id} ended {job.Status}: {job.Error ?? "no reason given"}");
            }

            // 6. Evaluate.
            var evaluation = await CallAsync<EvaluateModelOutput>("evaluate", RunPhase.Evaluating, nameof(EvaluateModelActivity),
                new EvaluateModelInput(RunId, input.BaseModel, job.FineTunedModel, split.EvalBlob, hyperparameters.Seed, policy.Policy.Probes), GpuRetry());
            _reports.Add(evaluation.ReportBlob);
            var metrics = WithPrivacy(evaluation.Metrics, job.Privacy);
            // Every run that trained on the data spends part of its privacy budget (ε adds up over runs), and one without
            // DP spends all of it: the ledger records each run, and a policy can cap the dataset's whole budget.
            var spend = await CallAsync<PrivacySpend>("privacy-budget", RunPhase.Evaluating, nameof(PrivacySpendActivity),
                new PrivacySpendInput(RunId, validation.RawSha256, job.Privacy?.Epsilon), StorageRetry());
            if (job.Privacy is not null && spend.RunsWithoutDp == 0)
            {
                metrics[PrivacyMetrics.DatasetTotal] = spend.Epsilon + job.Privacy.Epsilon;
            }

            await AuditAsync(PipelineActor, "privacy.budget", new()
            {
                ["epsilon"] = job.Privacy is { } p ? Format(p.Epsilon) : "none (trained without DP-SGD)",
                ["earlierRuns"] = Format(spend.Runs),
                ["earlierEpsilon"] = Format(spend.Epsilon),
                ["earlierRunsWithoutDp"] = Format(spend.RunsWithoutDp),
            });

            _result = _result with { Metrics = metrics };
            var metricDetails = metrics.ToDictionary(m => "metric." + m.Key, m => Format(m.Value));
            await AuditAsync(PipelineActor, "model.evaluated", metricDetails);

            // 7. Gates (a pure function of policy and metrics: safe to compute in the orchestrator).
            Step = "gate";
            SetPhase(RunPhase.Gating);
            var gates = policy.Policy.EvaluateGates(metrics);
            _result = _result with { Gates = gates };
            var gateDetails = gates.ToDictionary(g => "gate." + g.Metric, g => $"{(g.Passed ? "pass" : "fail")} {(g.Value is { } v ? Format(v) : "missing")} {(g.Comparison == GateComparison.AtMost ? "<=" : ">=")} {Format(g.Threshold)}");
            gateDetails["passed"] = Format(gates.All(g => g.Passed));
            gateDetails["policyVersion"] = policy.Policy.Version;
            await AuditAsync(PipelineActor, "gates.evaluated", gateDetails);
            if (gates.Any(g => !g.Passed))
            {
                return await FinishAsync(RunStatus.RejectedByPolicy,
                    "failed gates: " + string.Join(", ", gates.Where(g => !g.Passed).Select(g => $"{g.Metric} = {(g.Value is { } v ? Format(v) : "missing")} (must be {(g.Comparison == GateComparison.AtMost ? "<=" : ">=")} {Format(g.Threshold)})")));
            }

            // 8. Evidence, then approval: approvers decide on a fixed document whose hash the chain records.
            var deadline = context.CurrentUtcDateTime + policy.Policy.ApprovalDeadline;
            var draft = new ApprovalEvidence(
                RunId, input.DatasetBlob, input.Submitter, input.ModelName, input.BaseModel, input.BaseModelSha256, validation.RawSha256,
                masked.MaskedSha256, masked.Masking,
                new ResidualScanEvidence(residual.Passed, residual.RecordsScanned, residual.RecordsWithFindings, residual.RecordRate, residualLimits.MaxRecordRate, residual.FindingsByType),
                new TrainingEvidence(job.Id, hyperparameters, split.TrainRecords, split.EvalRecords, [], split.CanaryRecords),
                metrics, gates, policy.Policy.Version, policy.Policy.ApprovalsRequired, deadline, null, context.CurrentUtcDateTime);
            var evidence = await CallAsync<EvidenceReference>("evidence", RunPhase.Gating, nameof(RecordEvidenceActivity), new RecordEvidenceInput(draft), StorageRetry());
            _result = _result with { Evidence = evidence };
            await AuditAsync(PipelineActor, "approval.evidence", new() { ["blob"] = evidence.Blob, ["sha256"] = evidence.Sha256 });
            var (approved, approvals, why) = await AwaitApprovalAsync(policy.Policy, deadline, evidence);
            _result = _result with { Approvals = approvals };
            if (approved is not null)
            {
                return await FinishAsync(approved, why);
            }

            // 9. Promote.
            var publication = new ModelPublication(
                input.ModelName, RunId, input.Submitter, input.BaseModel, input.BaseModelSha256, validation.RawSha256, masked.MaskedSha256,
                split.TrainSha256, split.EvalSha256, masked.Masking, policy.Policy.Version, hyperparameters, job.Id, metrics, gates,
                approvals, [], "", job.FineTunedModel);
            var promotion = await CallAsync<PromotionResult>("promote", RunPhase.Promoting, nameof(PromoteModelActivity),
                new PromoteModelInput(publication, evaluation.ReportBlob, PipelineActor), StorageRetry());
            _result = _result with { Version = promotion.Version };
            await AuditAsync(PipelineActor, "model.promoted", new()
            {
                ["model"] = input.ModelName,
                ["version"] = Format(promotion.Version),
                ["alias"] = ModelRegistry.ProductionAlias,
                ["adapterSha256"] = promotion.AdapterSha256,
                ["manifest"] = promotion.ManifestBlob,
            });
            return await FinishAsync(RunStatus.Promoted, $"{input.ModelName} version {Format(promotion.Version)} is {ModelRegistry.ProductionAlias}");
        }

        /// <summary>
        /// The evaluation's metrics plus, for a DP-SGD job, its guarantee as <c>dp_epsilon</c> and <c>dp_delta</c>: a policy
        /// can bound ε like any metric, and a run trained without DP has no <c>dp_epsilon</c>, so such a gate fails it.
        /// </summary>
        private static Dictionary<string, double> WithPrivacy(IReadOnlyDictionary<string, double> metrics, TrainingPrivacy? privacy)
        {
            var merged = new Dictionary<string, double>(metrics, StringComparer.Ordinal);
            if (privacy is not null)
            {
                merged[PrivacyMetrics.Epsilon] = privacy.Epsilon;
                merged[PrivacyMetrics.Delta] = privacy.Delta;
            }

            return merged;
        }

        /// <summary>
        /// Waits for approvals until enough distinct approvers (never the submitter) approved, anyone rejected, or
        /// the deadline timer fired. Returns a final status when the run must end here, or null to promote.
        /// </summary>
        private async Task<(string? EndStatus, List<ApprovalDecision> Approvals, string Reason)> AwaitApprovalAsync(
            PipelinePolicy policy, DateTime deadline, EvidenceReference evidence)
        {
            Step = "approval";
            var logger = context.CreateReplaySafeLogger<FineTunePipeline>();
            var approvals = new List<ApprovalDecision>();
            var required = policy.ApprovalsRequired;
            await AuditAsync(PipelineActor, "approval.requested", new()
            {
                ["required"] = Format(required),
                ["deadline"] = deadline.ToString("O", CultureInfo.InvariantCulture),
                ["evidenceSha256"] = evidence.Sha256,
            });

            using var timerCancellation = new CancellationTokenSource();
            var timer = context.CreateTimer(deadline, timerCancellation.Token);
            // Bounded by the deadline: once it passes, the timer has fired and the WhenAny below returns it.
            while (context.CurrentUtcDateTime <= deadline)
            {
                context.SetCustomStatus(new RunProgress(RunPhase.AwaitingApproval, null, null, required, [.. approvals.Select(a => a.Approver)], deadline, [.. approvals], evidence));
                var decisionTask = context.WaitForExternalEvent<ApprovalDecision>(ApprovalEventName);
                if (await Task.WhenAny(decisionTask, timer) == timer)
                {
                    break;
                }

                var decision = await decisionTask;
                var details = new Dictionary<string, string>
                {
                    ["verdict"] = decision.Verdict.ToString().ToLowerInvariant(),
                    ["decidedAt"] = decision.DecidedAt.ToString("O", CultureInfo.InvariantCulture),
                    // Comments are free text: the chain holds their hash (tamper evidence), the manifest holds the text.
                    ["commentSha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(decision.Comment ?? ""))),
                };
                var approver = decision.Approver?.Trim() ?? "";
                if (approver.Length == 0 || string.Equals(approver, input.Submitter, StringComparison.OrdinalIgnoreCase))
                {
                    var why = approver.Length == 0 ? "no approver identity" : "the submitter may not decide on their own run";
                    OrchestrationLog.DecisionIgnored(logger, RunId, approver, why);
                    details["reason"] = why;
                    await AuditAsync(approver.Length == 0 ? "unknown" : approver, "approval.refused", details);
                    continue;
                }

                if (decision.Verdict == ApprovalVerdict.Reject)
                {
                    timerCancellation.Cancel();
                    approvals.Add(decision with { Approver = approver });
                    OrchestrationLog.Decision(logger, RunId, approver, decision.Verdict, approvals.Count, required);
                    await AuditAsync(approver, "approval.rejected", details);
                    return (RunStatus.Rejected, approvals, $"rejected by {approver}");
                }

                if (approvals.Any(a => string.Equals(a.Approver, approver, StringComparison.OrdinalIgnoreCase)))
                {
                    // Idempotent: a second click (or a retried request) by the same person counts once.
                    OrchestrationLog.DecisionIgnored(logger, RunId, approver, "already approved");
                    details["reason"] = "already approved";
                    await AuditAsync(approver, "approval.repeated", details);
                    continue;
                }

                approvals.Add(decision with { Approver = approver });
                OrchestrationLog.Decision(logger, RunId, approver, decision.Verdict, approvals.Count, required);
                details["count"] = Format(approvals.Count);
                await AuditAsync(approver, "approval.recorded", details);
                if (approvals.Count >= required)
                {
                    timerCancellation.Cancel();
                    return (null, approvals, "approved");
                }
            }

            // The timer fired (or a decision arrived only after the deadline had passed).
            await AuditAsync(PipelineActor, "approval.expired", new() { ["approvals"] = Format(approvals.Count), ["required"] = Format(required) });
            return (RunStatus.Expired, approvals, $"{Format(approvals.Count)} of {Format(required)} approvals before the deadline {deadline:O}");
        }

        private string? InvalidInput()
        {
            // Run ids become blob-name segments (work/{run}/…): keep them to a safe alphabet.
            if (RunId.Length is 0 or > 128 || !RunId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return "the instance id must be 1-128 letters, digits, '-', '_' or '.'";
            }

            if (string.IsNullOrWhiteSpace(input.DatasetBlob) || !input.DatasetBlob.StartsWith("incoming/", StringComparison.Ordinal) || input.DatasetBlob.Contains("..", StringComparison.Ordinal))
            {
                return "datasetBlob must name a blob under incoming/";
            }

            if (string.IsNullOrWhiteSpace(input.Submitter))
            {
                return "submitter is required";
            }

            if (string.IsNullOrWhiteSpace(input.ModelName) || string.IsNullOrWhiteSpace(input.BaseModel) || string.IsNullOrWhiteSpace(input.PolicyName))
            {
                return "modelName, baseModel and policyName are required";
            }

            return null;
        }

        public async Task<PipelineResult> FinishAsync(string status, string? reason)
        {
            var logger = context.CreateReplaySafeLogger<FineTunePipeline>();
            SetPhase(RunPhase.CleaningUp);
            // Intermediate data (masked copy, splits) goes in every outcome: the manifest keeps their hashes.
            await context.CallActivityAsync<int>(nameof(CleanupRunActivity), new CleanupRunInput(RunId), StorageRetry());
            await AuditAsync(PipelineActor, "run.ended", new() { ["status"] = status, ["reason"] = reason ?? "" });
            _result = _result with { Status = status, Reason = reason, Reports = _reports };
            context.SetCustomStatus(new RunProgress(RunPhase.Done, status));
            OrchestrationLog.Ended(logger, RunId, status, reason);
            return _result;
        }

        private async Task<T> CallAsync<T>(string step, string phase, string activity, object input, TaskOptions options)
        {
            Step = step;
            SetPhase(phase);
            return await context.CallActivityAsync<T>(activity, input, options);
        }

        private void SetPhase(string phase) => context.SetCustomStatus(new RunProgress(phase));

        private Task<long> AuditAsync(string actor, string action, Dictionary<string, string> details)
        {
            details["runId"] = RunId;
            // Deterministic per run and step order, so a retried append is recognised and not written twice.
            var eventId = $"{RunId}/{(_auditCounter++).ToString(CultureInfo.InvariantCulture)}";
            return context.CallActivityAsync<long>(nameof(RecordAuditActivity), new AuditEvent(actor, action, $"runs/{RunId}", details, eventId), StorageRetry());
        }

        private TaskOptions GpuRetry() => TaskOptions.FromRetryPolicy(new RetryPolicy(
            _timing.MaxAttempts, _timing.FirstRetryInterval, backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(5))
        {
            // Only what another attempt can fix: network errors, timeouts, 408/429/5xx. A refused request ends the step.
            HandleFailure = failure => failure.IsCausedBy<HttpRequestException>() || failure.IsCausedBy<TimeoutException>() || failure.IsCausedBy<TaskCanceledException>(),
        });

        private TaskOptions StorageRetry() => TaskOptions.FromRetryPolicy(new RetryPolicy(
            3, _timing.FirstRetryInterval, backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(1))
        {
            // The storage SDK already retries transient HTTP failures; a RequestFailedException reaching here is a
            // real answer (404, 412 for a replaced upload) that another attempt would only repeat.
            HandleFailure = failure => failure.IsCausedBy<IOException>() || failure.IsCausedBy<TimeoutException>(),
        });

        private static string Format(bool value) => value ? "true" : "false";

        private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
    }
}
