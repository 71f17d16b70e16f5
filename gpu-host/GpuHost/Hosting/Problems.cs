using Microsoft.AspNetCore.Http.HttpResults;

namespace GpuHost.Hosting;

/// <summary>ProblemDetails with stable <c>type</c> URIs, one per kind of failure a client can act on.</summary>
public static class Problems
{
    public const string TypePrefix = "urn:gpu-host:problem:";

    public static ProblemHttpResult Create(int status, string slug, string title, string? detail = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, type: TypePrefix + slug, extensions: extensions);

    public static ProblemHttpResult BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, "invalid-request", "The request is invalid.", detail);

    public static ProblemHttpResult NotFound(string slug, string detail) => Create(StatusCodes.Status404NotFound, slug, "Not found.", detail);

    public static ProblemHttpResult ModelNotFound(string model) =>
        NotFound("model-not-found", $"The model '{model}' does not exist. GET /v1/models lists the models.");

    public static ProblemHttpResult ModelNotReady() =>
        Create(StatusCodes.Status503ServiceUnavailable, "model-loading", "The base model is not loaded yet.", "Retry when /readyz reports ready.");

    public static ProblemHttpResult AdapterIntegrity(string detail) =>
        Create(StatusCodes.Status500InternalServerError, "adapter-integrity", "The adapter failed its integrity check and was not loaded.", detail);
}
