using GpuHost.Adapters;
using GpuHost.Hosting;
using GpuHost.Inference;
using GpuHost.Security;

namespace GpuHost.Evaluation;

/// <summary><c>POST /v1/evaluations</c>: runs synchronously and answers the report.</summary>
public static class EvaluationEndpoints
{
    public static RouteGroupBuilder MapEvaluations(this RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapPost("/evaluations", EvaluateAsync);
        return v1;
    }

    private static async Task<IResult> EvaluateAsync(EvaluationRequest request, Evaluator evaluator, CancellationToken ct)
    {
        try
        {
            return TypedResults.Ok(await evaluator.RunAsync(request, ct));
        }
        catch (EvaluationException ex)
        {
            return Problems.Create(ex.Status, ex.Slug, "The evaluation cannot run.", ex.Message);
        }
        catch (ModelNotReadyException)
        {
            return Problems.ModelNotReady();
        }
        catch (AdapterIntegrityException ex)
        {
            return Problems.AdapterIntegrity(ex.Message);
        }
        catch (AdapterBaseMismatchException ex)
        {
            return Problems.Create(StatusCodes.Status409Conflict, "adapter-base-mismatch", "The adapter belongs to another base model.", ex.Message);
        }
    }
}
