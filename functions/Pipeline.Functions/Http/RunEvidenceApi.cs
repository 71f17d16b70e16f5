using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Pipeline.Activities;
using Pipeline.Orchestration;
using Pipeline.Security;
using Pipeline.Storage;

namespace Pipeline.Functions.Http;

/// <summary>
/// <c>GET /api/runs/{id}/evidence</c>: what approvers decide on (the evidence document written before the approval
/// wait, checked against the hash the run recorded) and the decisions so far. 404 until the run reached approval.
/// </summary>
public sealed class RunEvidenceApi(RequestAuthorizer authorizer, PipelineStorage storage)
{
    [Function("GetRunEvidence")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "runs/{id}/evidence")] HttpRequest request,
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

        if (await RunsApi.FindAsync(client, id, request.HttpContext.RequestAborted) is not { } view)
        {
            return Problems.NotFound($"Run '{id}'");
        }

        var recorded = view.Progress?.Evidence ?? view.Result?.Evidence;
        if (recorded is null || await RecordEvidenceActivity.ReadAsync(storage, id, request.HttpContext.RequestAborted) is not { } stored)
        {
            return Problems.NotFound($"Evidence of run '{id}' (the run has not reached approval)");
        }

        if (!string.Equals(stored.Sha256, recorded.Sha256, StringComparison.Ordinal))
        {
            // The document changed after the run recorded its hash: never show approvers something else than what was measured.
            return Problems.Create(StatusCodes.Status409Conflict, "evidence-tampered", "The evidence does not match the hash the run recorded.",
                $"recorded {recorded.Sha256}, stored {stored.Sha256}");
        }

        var decisions = view.Result?.Approvals ?? view.Progress?.Decisions ?? [];
        return new OkObjectResult(new RunEvidenceView(id, view.Phase, view.Status, stored.Evidence, stored.Sha256, decisions));
    }
}
