using System.Text.Json;
using System.Text.Json.Serialization;

namespace GpuHost.Inference;

/// <summary>OpenAI chat completion request (the subset this host implements).</summary>
public sealed record ChatCompletionRequest(
    string? Model,
    IReadOnlyList<ChatMessageDto>? Messages,
    float? Temperature,
    float? TopP,
    int? MaxTokens,
    int? MaxCompletionTokens,
    JsonElement? Stop,
    int? Seed,
    bool? Stream,
    StreamOptionsDto? StreamOptions,
    int? N);

/// <summary>A message; <c>content</c> is a string or an array of text parts, as in the OpenAI API.</summary>
public sealed record ChatMessageDto(string? Role, JsonElement? Content);

public sealed record StreamOptionsDto(bool? IncludeUsage);

public sealed record ChatCompletion(
    string Id,
    string Object,
    long Created,
    string Model,
    IReadOnlyList<ChatChoice> Choices,
    Usage Usage,
    string SystemFingerprint);

public sealed record ChatChoice(int Index, AssistantMessage Message, string FinishReason);

public sealed record AssistantMessage(string Role, string Content);

public sealed record Usage(int PromptTokens, int CompletionTokens, int TotalTokens);

public sealed record ChatCompletionChunk(
    string Id,
    string Object,
    long Created,
    string Model,
    IReadOnlyList<ChunkChoice> Choices,
    string SystemFingerprint,
    Usage? Usage = null);

public sealed record ChunkChoice(
    int Index,
    ChunkDelta Delta,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? FinishReason);

public sealed record ChunkDelta(string? Role = null, string? Content = null);

/// <summary>GET /v1/models.</summary>
public sealed record ModelList(string Object, IReadOnlyList<ModelCard> Data);

public sealed record ModelCard(string Id, string Object, long Created, string OwnedBy);

/// <summary>DELETE /v1/models/{model}: OpenAI's deletion status.</summary>
public sealed record ModelDeletion(string Id, string Object, bool Deleted);
