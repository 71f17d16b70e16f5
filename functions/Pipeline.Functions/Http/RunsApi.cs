using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Pipeline.Functions.Intake;
using Pipeline.Security;
using Pipeline.Orchestration;

namespace Pipeline.Functions.Http;

/// <summary>Runs: start one, read one, list them, and record approvals. Decisions are enforced by the orchestration.</summary>
public sealed class RunsApi(RequestAuthorizer authorizer, IOptions<PipelineRunOptions> runOptions)
{
    [Function("StartRun")]
    public async Task<IActionResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "runs")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var (caller, failure) = await authorizer.AuthorizeAsync(request, AppRoles.Submitter);
        if (failure is not null)
        {
            return failure;
        }

        var (body, invalid) = await RequestBodies.ReadAsync<StartRunRequest>(request);
        if (invalid is not null)
        {
            return invalid;
        }

        if (body is null || string.IsNullOrWhiteSpace(body.DatasetBlob) || !body.DatasetBlob.StartsWith("incoming/", StringComparison.Ordinal)
            || !body.DatasetBlob.EndsWith(".jsonl", StringComparison.Ordinal) || body.DatasetBlob.Contains("..", StringComparison.Ordinal))
        {
            return Problems.BadRequest("datasetBlob must name a .jsonl blob under incoming/ in the datasets container");
        }

        var options = runOptions.Value;
        var modelName = string.IsNullOrWhiteSpace(body.ModelName) ? RunIds.DefaultModelName(body.DatasetBlob) : body.ModelName;
        var input = new PipelineInput(body.DatasetBlob, caller!.Id, modelName, options.BaseModel, options.BaseModelSha256, body.PolicyName ?? "default",
            Timing: options.Timing());
        var instanceId = await client.ScheduleNewOrchestrationInstanceAsync(nameof(FineTunePipeline), input,
            new StartOrchestrationOptions(RunIds.ForManualStart(body.DatasetBlob, caller.Id, DateTimeOffset.UtcNow)), request.HttpContext.RequestAborted);
        return new AcceptedResult($"/api/runs/{instanceId}", new { id = instanceId, status = "started" });
    }

    [Function("GetRun")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "runs/{id}")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var (_, failure) = await authorizer.AuthorizeAsync(request, AppRoles.Submitter, AppRoles.Approver);
        if (failure is not null)
        {
            return failure;
        }

        var run = await FindAsync(client, id, request.HttpContext.RequestAborted);
        return run is null ? Problems.NotFound($"Run '{id}'") : new OkObjectResult(run);
    }

    /// <summary>The pipeline run with this id as the API shows it, or null when there is none (404 for the caller).</summary>
    internal static async Task<RunView?> FindAsync(DurableTaskClient client, string id, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken);
        return instance is null || instance.Name != nameof(FineTunePipeline) ? null : RunView.From(instance);
    }

    [Function("ListRuns")]
    public async Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "runs")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var (_, failure) = await authorizer.AuthorizeAsync(request, AppRoles.Submitter, AppRoles.Approver);
        if (failure is not null)
        {
            return failure;
        }

        // ?status= filters on the run's phase or final status (e.g. awaiting-approval, promoted).
        var status = request.Query["status"].ToString();
        var runs = new List<RunView>();
        await foreach (var instance in client.GetAllInstancesAsync(new OrchestrationQuery { FetchInputsAndOutputs = true, PageSize = 100 }))
        {
            if (instance.Name != nameof(FineTunePipeline))
            {
                continue;
            }

            var view = RunView.From(instance);
            if (status.Length == 0 || string.Equals(view.Status, status, StringComparison.Ordinal) || string.Equals(view.Phase, status, StringComparison.Ordinal))
            {
                runs.Add(view);
            }

            if (runs.Count >= 500)
            {
                break;
            }
        }

        return new OkObjectResult(runs);
    }

    [Function("ApproveRun")]
    public async Task<IActionResult> ApproveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "runs/{id}/approvals")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var (caller, failure) = await authorizer.AuthorizeAsync(request, AppRoles.Approver);
        if (failure is not null)
        {
            return failure;
        }

        var (body, invalid) = await RequestBodies.ReadAsync<ApprovalRequest>(request);
        if (invalid is not null)
        {
            return invalid;
        }

        if (body?.Decision is not ("approve" or "reject"))
        {
            return Problems.BadRequest("decision must be \"approve\" or \"reject\"");
        }

        if (body.Comment is { Length: > 2000 })
        {
            return Problems.BadRequest("comment is limited to 2,000 characters");
        }

        if (await FindAsync(client, id, request.HttpContext.RequestAborted) is not { } view)
        {
            return Problems.NotFound($"Run '{id}'");
        }

        if (string.Equals(view.Submitter, caller!.Id, StringComparison.Ordinal))
        {
            // The orchestration ignores self-approvals too; refusing here tells the caller why.
            return Problems.Create(StatusCodes.Status403Forbidden, "self-approval", "Submitters cannot approve their own run.");
        }

        if (view.Phase != RunPhase.AwaitingApproval)
        {
            return Problems.Conflict("not-awaiting-approval", "The run is not awaiting approval.", $"phase: {view.Phase ?? view.Status}");
        }

        var decision = new ApprovalDecision(caller.Id, body.Decision == "approve" ? ApprovalVerdict.Approve : ApprovalVerdict.Reject, body.Comment, DateTimeOffset.UtcNow);
        await client.RaiseEventAsync(id, FineTunePipeline.ApprovalEventName, decision, request.HttpContext.RequestAborted);
        return new AcceptedResult($"/api/runs/{id}", new { id, decision = body.Decision, approver = caller.Id });
    }

    /// <summary>POST /api/runs body.</summary>
    public sealed record StartRunRequest(string DatasetBlob, string? ModelName, string? PolicyName);

    /// <summary>POST /api/runs/{id}/approvals body.</summary>
    public sealed record ApprovalRequest(string? Decision, string? Comment);
}

/// <summary>What a run looks like to the API: no dataset content, only status, progress and results.</summary>
public sealed record RunView(
    string Id, string RuntimeStatus, string? Phase, string? Status, string? Submitter, string? DatasetBlob, string? ModelName,
    DateTimeOffset CreatedAt, DateTimeOffset LastUpdatedAt, RunProgress? Progress, PipelineResult? Result)
{
    public static RunView From(OrchestrationMetadata instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var input = instance.ReadInputAs<PipelineInput>();
        var progress = instance.SerializedCustomStatus is null ? null : instance.ReadCustomStatusAs<RunProgress>();
        var result = instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? instance.ReadOutputAs<PipelineResult>() : null;
        var status = result?.Status ?? (instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed ? RunStatus.Failed : null);
        return new RunView(instance.InstanceId, instance.RuntimeStatus.ToString(), progress?.Phase, status, input?.Submitter, input?.DatasetBlob,
            input?.ModelName, instance.CreatedAt, instance.LastUpdatedAt, progress, result);
    }
}
