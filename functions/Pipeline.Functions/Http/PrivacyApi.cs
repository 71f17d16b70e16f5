using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Registry;
using Pipeline.Security;
using Pipeline.Storage;

namespace Pipeline.Functions.Http;

/// <summary>
/// A dataset's differential-privacy budget for its data protection officer: every run that trained on it, with its ε
/// (or none when it trained without DP-SGD), and the total ε under basic composition.
/// </summary>
public sealed class PrivacyApi(RequestAuthorizer authorizer, PipelineStorage storage)
{
    [Function("DatasetPrivacy")]
    public async Task<IActionResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "datasets/{sha256}/privacy")] HttpRequest request, string sha256)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (_, failure) = await authorizer.AuthorizeAsync(request, AppRoles.Admin);
        if ((failure ?? Problems.InvalidDatasetHash(sha256)) is { } refused)
        {
            return refused;
        }

        var dataset = sha256.ToLowerInvariant();
        var runs = await new PrivacyLedger(storage.Datasets).ReadAsync(dataset, request.HttpContext.RequestAborted);
        var withoutDp = runs.Count(r => r.Epsilon is null);
        return new OkObjectResult(new
        {
            datasetSha256 = dataset,
            runs = runs.Select(r => new { r.RunId, r.Epsilon, r.RecordedAt }),
            runsWithoutDp = withoutDp,
            // A run without DP spent the whole budget: there is no finite total then.
            epsilonTotal = withoutDp > 0 ? (double?)null : runs.Sum(r => r.Epsilon ?? 0),
        });
    }
}
