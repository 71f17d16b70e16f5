using GpuHost.Adapters;
using GpuHost.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GpuHost.Inference;

/// <summary>
/// OpenAI-compatible inference: <c>POST /v1/chat/completions</c>, <c>GET /v1/models</c> and
/// <c>DELETE /v1/models/{model}</c>.
/// </summary>
public static partial class InferenceEndpoints
{
    public static RouteGroupBuilder MapInference(this RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapPost("/chat/completions", (ChatCompletionRequest request, ChatService chat, HttpContext http, CancellationToken ct) =>
            chat.HandleAsync(request, http, ct));
        v1.MapGet("/models", ListModelsAsync);
        v1.MapDelete("/models/{model}", DeleteModelAsync);
        return v1;
    }

    private static async Task<Ok<ModelList>> ListModelsAsync(AdapterStore store, IOptions<GpuHostOptions> options, CancellationToken ct)
    {
        var adapters = await store.ListAsync(ct);
        var cards = new List<ModelCard> { new(options.Value.BaseModelName, "model", 0, "gpu-host") };
        cards.AddRange(adapters.OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => new ModelCard(a.Name, "model", a.CreatedAt.ToUnixTimeSeconds(), "gpu-host")));
        return TypedResults.Ok(new ModelList("list", cards));
    }

    /// <summary>
    /// Deletes a fine-tuned model so that it is never served again (e.g. its training data must be erased): storage
    /// first (manifest, then sealed adapter), so new requests get 404 at once and no later load can bring it back, then
    /// the loaded copy, which generations already holding a lease may finish with.
    /// </summary>
    private static async Task<Results<Ok<ModelDeletion>, ProblemHttpResult>> DeleteModelAsync(string model, AdapterStore store, AdapterCache cache,
        IOptions<GpuHostOptions> options, ILoggerFactory loggers, CancellationToken ct)
    {
        if (model == options.Value.BaseModelName)
        {
            return Problems.BadRequest($"'{model}' is the base model this host serves; the base model cannot be deleted, only fine-tuned models.");
        }

        if (!AdapterStore.IsValidName(model))
        {
            return Problems.ModelNotFound(model);
        }

        var removed = await store.DeleteAsync(model, ct);
        // Not cancelled with the request: once storage is cleared, the loaded copy must go too.
        var unloaded = await cache.EvictAsync(model, CancellationToken.None);
        if (!removed && !unloaded)
        {
            return Problems.ModelNotFound(model);
        }

        LogModelDeleted(loggers.CreateLogger(typeof(InferenceEndpoints)), model);
        return TypedResults.Ok(new ModelDeletion(model, "model", true));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {Model} deleted: adapter removed from storage and from the adapter cache")]
    private static partial void LogModelDeleted(ILogger logger, string model);
}
