using System.Text.Json;
using System.Text.Json.Serialization;

namespace Training.Data;

/// <summary>One chat message; <see cref="Weight"/> overrides whether its tokens count in the loss.</summary>
public sealed record ChatMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content")] string Content,
    [property: JsonPropertyName("weight")] float? Weight = null)
{
    /// <summary>Loss weight: the explicit weight, else 1 for assistant turns and 0 for the rest.</summary>
    public float EffectiveWeight => Weight ?? (Role == "assistant" ? 1f : 0f);
}

/// <summary>One JSONL line of a chat dataset.</summary>
public sealed record ChatRecord([property: JsonPropertyName("messages")] IReadOnlyList<ChatMessage> Messages);

/// <summary>The dataset file is unusable (missing, empty, malformed); the message names the line.</summary>
public sealed class DatasetException : Exception
{
    public DatasetException() { }

    public DatasetException(string message) : base(message) { }

    public DatasetException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>Reads chat JSONL (<c>{"messages":[{"role":"system|user|assistant","content":"...","weight":0|1}]}</c>).</summary>
public static class ChatDataset
{
    private static readonly HashSet<string> Roles = ["system", "user", "assistant"];

    public static IReadOnlyList<ChatRecord> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new DatasetException($"Dataset file not found: {path}");
        }

        var records = new List<ChatRecord>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ChatRecord? record;
            try
            {
                record = JsonSerializer.Deserialize(line, ChatJsonContext.Default.ChatRecord);
            }
            catch (JsonException ex)
            {
                throw new DatasetException($"{path}:{lineNo}: not a valid JSON chat record ({ex.Message}).", ex);
            }

            if (record?.Messages is not { Count: > 0 } messages)
            {
                throw new DatasetException($"{path}:{lineNo}: record has no \"messages\".");
            }

            foreach (var m in messages)
            {
                if (m is null || !Roles.Contains(m.Role ?? ""))
                {
                    throw new DatasetException($"{path}:{lineNo}: role must be system, user or assistant (got '{m?.Role}').");
                }

                if (m.Content is null)
                {
                    throw new DatasetException($"{path}:{lineNo}: a '{m.Role}' message has no content.");
                }

                if (m.Weight is { } w && (w < 0 || float.IsNaN(w)))
                {
                    throw new DatasetException($"{path}:{lineNo}: weight must be 0 or positive (got {w}).");
                }
            }

            if (!messages.Any(m => m.EffectiveWeight > 0))
            {
                throw new DatasetException($"{path}:{lineNo}: record has no assistant message with weight > 0, so nothing would be learned from it.");
            }

            records.Add(record);
        }

        if (records.Count == 0)
        {
            throw new DatasetException($"Dataset '{path}' is empty: it has no chat records.");
        }

        return records;
    }
}

[JsonSerializable(typeof(ChatRecord))]
internal sealed partial class ChatJsonContext : JsonSerializerContext;
