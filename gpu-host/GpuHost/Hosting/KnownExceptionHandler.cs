using GpuHost.Adapters;
using GpuHost.Inference;
using GpuHost.Security;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace GpuHost.Hosting;

/// <summary>Turns exceptions a client can act on into ProblemDetails with stable types; the rest become a plain 500.</summary>
internal sealed class KnownExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        (int Status, string Slug, string Title)? known = exception switch
        {
            ModelNotReadyException => (StatusCodes.Status503ServiceUnavailable, "model-loading", "The base model is not loaded yet."),
            AdapterNotFoundException => (StatusCodes.Status404NotFound, "model-not-found", "Not found."),
            AdapterIntegrityException => (StatusCodes.Status500InternalServerError, "adapter-integrity", "The adapter failed its integrity check and was not loaded."),
            BadHttpRequestException b => (b.StatusCode, b.StatusCode == StatusCodes.Status413PayloadTooLarge ? "request-too-large" : "invalid-request", "The request is invalid."),
            _ => null,
        };
        if (known is not { } k)
        {
            return false;
        }

        httpContext.Response.StatusCode = k.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = k.Status, Type = Problems.TypePrefix + k.Slug, Title = k.Title, Detail = exception.Message },
        });
    }
}
