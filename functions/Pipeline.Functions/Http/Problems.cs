using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Pipeline.Functions.Http;

/// <summary>RFC 9457 problem responses with stable <c>type</c> URIs that clients can match on.</summary>
internal static class Problems
{
    private const string TypeBase = "https://errors.pipeline.local/";

    public static ObjectResult Create(int status, string type, string title, string? detail = null) =>
        new(new ProblemDetails { Status = status, Type = TypeBase + type, Title = title, Detail = detail })
        {
            StatusCode = status,
            ContentTypes = { "application/problem+json" },
        };

    public static ObjectResult Unauthorized() =>
        Create(StatusCodes.Status401Unauthorized, "unauthorized", "A valid bearer token for this API is required.");

    public static ObjectResult Forbidden(IEnumerable<string> roles) =>
        Create(StatusCodes.Status403Forbidden, "forbidden", "The caller lacks the role this operation needs.", $"Needs one of: {string.Join(", ", roles)}.");

    public static ObjectResult BadRequest(string detail) =>
        Create(StatusCodes.Status400BadRequest, "invalid-request", "The request is not valid.", detail);

    /// <summary>Null when <paramref name="sha256"/> names a dataset (64 hex digits, any case); otherwise the 400 to answer.</summary>
    public static ObjectResult? InvalidDatasetHash(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigit) ? null : BadRequest("a dataset is named by its SHA-256: 64 hexadecimal digits");

    public static ObjectResult NotFound(string what) =>
        Create(StatusCodes.Status404NotFound, "not-found", $"{what} was not found.");

    public static ObjectResult Conflict(string type, string title, string detail) =>
        Create(StatusCodes.Status409Conflict, type, title, detail);
}
