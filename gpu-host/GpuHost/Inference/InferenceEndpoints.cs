using GpuHost.Adapters;
using GpuHost.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GpuHost.Inference;

/// <summary>OpenAI-compatible inference: <c>POST /v1/chat/completions</c> and <c>GET /v1/models</c>.</summary>
public static class InferenceEndpoints
{
    public static RouteGroupBuilder MapInference(this RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapPost("/chat/completions", (ChatCompletionRequest request, ChatService chat, HttpContext http, CancellationToken ct) =>
            chat.HandleAsync(request, http, ct));
        v1.MapGet("/models", ListModelsAsync);
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
}
