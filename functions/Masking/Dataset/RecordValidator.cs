using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;

namespace Masking.Dataset;

/// <summary>
/// A line that parsed and passed the schema checks, and its length in bytes. The document is owned by the caller of the sink.
/// </summary>
public readonly record struct ValidRecord(long Line, DatasetFormat Format, JsonDocument Document, long ByteLength);

/// <summary>Checks one line: encoding, JSON, nesting, then the chat or prompt/completion schema.</summary>
internal static class RecordValidator
{
    private static readonly string[] Roles = ["system", "user", "assistant"];

    /// <summary>Either a parsed record or the reason the line is refused.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (JsonDocument? Document, DatasetFormat Format, ValidationIssue? Issue) Validate(
        JsonlLine line, ValidationOptions options)
    {
        if (line.TooLong)
        {
            return Fail(line, IssueSeverity.Error, IssueCodes.LineTooLong,
                $"line is {line.ByteLength:N0} bytes, over the limit of {options.MaxLineBytes:N0}");
        }

        var bytes = line.Bytes.Span;
        if (bytes.IsEmpty || bytes.Trim(" \t"u8).IsEmpty)
        {
            return Fail(line, IssueSeverity.Warning, IssueCodes.BlankLine, "blank line left out");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return Fail(line, IssueSeverity.Error, IssueCodes.NulByte, $"NUL byte at byte {nul + 1}");
        }

        if (!Utf8.IsValid(bytes))
        {
            return Fail(line, IssueSeverity.Error, IssueCodes.InvalidUtf8,
                $"invalid UTF-8 at byte {FirstInvalidUtf8Byte(bytes) + 1}");
        }

        if (bytes.Length / 4 > options.MaxTokensPerRecord)
        {
            return Fail(line, IssueSeverity.Error, IssueCodes.TooManyTokens,
                $"record is about {bytes.Length / 4:N0} tokens, over the limit of {options.MaxTokensPerRecord:N0}");
        }

        JsonDocument document;
        try
        {
            // Parse a copy: the reader reuses its buffer, and a document may outlive the line (parallel masking).
            document = JsonDocument.Parse(line.Bytes.ToArray(), new JsonDocumentOptions { MaxDepth = options.MaxDepth });
        }
        catch (JsonException ex)
        {
            var depth = ex.Message.Contains("maximum configured depth", StringComparison.Ordinal);
            return Fail(line, IssueSeverity.Error, depth ? IssueCodes.TooDeep : IssueCodes.InvalidJson,
                depth ? $"JSON nested deeper than {options.MaxDepth} levels" : DescribeJsonError(ex));
        }

        var (format, issue) = CheckSchema(line.Number, document.RootElement);
        if (issue is not null)
        {
            document.Dispose();
            return (null, DatasetFormat.Unknown, issue);
        }

        return (document, format, null);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (DatasetFormat, ValidationIssue?) CheckSchema(long lineNumber, JsonElement root)
    {
        ValidationIssue Error(string code, string message) => new(lineNumber, IssueSeverity.Error, code, message);

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (DatasetFormat.Unknown, Error(IssueCodes.NotAnObject, $"expected a JSON object, found {Describe(root.ValueKind)}"));
        }

        if (root.TryGetProperty("messages", out var messages))
        {
            return (DatasetFormat.Chat, CheckChat(messages, Error));
        }

        if (root.TryGetProperty("prompt", out var prompt) | root.TryGetProperty("completion", out var completion))
        {
            if (prompt.ValueKind != JsonValueKind.String)
            {
                return (DatasetFormat.PromptCompletion, Error(IssueCodes.InvalidPromptCompletion, "\"prompt\" must be a string"));
            }

            if (completion.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(completion.GetString()))
            {
                return (DatasetFormat.PromptCompletion, Error(IssueCodes.InvalidPromptCompletion, "\"completion\" must be a non-empty string"));
            }

            return (DatasetFormat.PromptCompletion, null);
        }

        return (DatasetFormat.Unknown, Error(IssueCodes.UnknownFormat,
            "record has neither \"messages\" (chat) nor \"prompt\"/\"completion\""));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ValidationIssue? CheckChat(JsonElement messages, Func<string, string, ValidationIssue> error)
    {
        if (messages.ValueKind != JsonValueKind.Array)
        {
            return error(IssueCodes.InvalidMessages, $"\"messages\" must be an array, found {Describe(messages.ValueKind)}");
        }

        if (messages.GetArrayLength() == 0)
        {
            return error(IssueCodes.InvalidMessages, "\"messages\" is empty");
        }

        var index = 0;
        var assistantTurns = 0;
        var nonEmptyAssistantTurns = 0;
        foreach (var message in messages.EnumerateArray())
        {
            index++;
            if (message.ValueKind != JsonValueKind.Object)
            {
                return error(IssueCodes.InvalidMessage, $"message {index} must be an object, found {Describe(message.ValueKind)}");
            }

            if (!message.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String)
            {
                return error(IssueCodes.InvalidRole, $"message {index} has no \"role\" string");
            }

            // Roles are matched on their bytes: reading them as strings allocated three strings per record.
            var roleName = RoleName(role);
            if (roleName is null)
            {
                return error(IssueCodes.InvalidRole, $"message {index} has an unknown role; expected system, user or assistant");
            }

            if (!message.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
            {
                return error(IssueCodes.InvalidContent, $"message {index} ({roleName}) has no \"content\" string");
            }

            foreach (var property in message.EnumerateObject())
            {
                if (property.Name is not ("role" or "content" or "weight" or "name"))
                {
                    return error(IssueCodes.InvalidMessage, $"message {index} has unexpected property \"{Truncate(property.Name)}\"");
                }
            }

            if (message.TryGetProperty("weight", out var weight))
            {
                if (roleName != "assistant")
                {
                    return error(IssueCodes.InvalidWeight, $"message {index} ({roleName}) has \"weight\"; only assistant messages may");
                }

                if (weight.ValueKind != JsonValueKind.Number || !weight.TryGetInt32(out var w) || w is not (0 or 1))
                {
                    return error(IssueCodes.InvalidWeight, $"message {index} has \"weight\" other than 0 or 1");
                }
            }

            if (roleName == "assistant")
            {
                assistantTurns++;
                if (!IsNullOrWhiteSpace(content))
                {
                    nonEmptyAssistantTurns++;
                }
            }
        }

        if (assistantTurns == 0)
        {
            return error(IssueCodes.NoAssistantTurn, "record has no assistant message to learn from");
        }

        return nonEmptyAssistantTurns == 0
            ? error(IssueCodes.EmptyAssistantTurn, "every assistant message is empty")
            : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? RoleName(JsonElement role)
    {
        foreach (var (name, utf8) in RolesUtf8)
        {
            if (role.ValueEquals(utf8))
            {
                return name;
            }
        }

        return null;
    }

    private static readonly (string Name, byte[] Utf8)[] RolesUtf8 = Roles.Select(r => (r, System.Text.Encoding.UTF8.GetBytes(r))).ToArray();

    /// <summary>
    /// <see cref="string.IsNullOrWhiteSpace"/> of a string value without reading it into a string: a raw value without
    /// escapes is its own text, and its first character that is not a space usually settles the question.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsNullOrWhiteSpace(JsonElement content)
    {
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(content);
        if (raw.Length >= 2 && raw[0] == (byte)'"' && raw[^1] == (byte)'"')
        {
            var inner = raw[1..^1];
            var first = inner.IndexOfAnyExcept((byte)' ');
            if (first < 0)
            {
                return true;
            }

            // Printable ASCII other than a space (and not an escape) is not white space.
            if (inner[first] is > (byte)' ' and < 0x7F and not (byte)'\\')
            {
                return false;
            }
        }

        return string.IsNullOrWhiteSpace(content.GetString());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (JsonDocument?, DatasetFormat, ValidationIssue?) Fail(JsonlLine line, IssueSeverity severity, string code, string message) =>
        (null, DatasetFormat.Unknown, new ValidationIssue(line.Number, severity, code, message));

    // System.Text.Json's messages quote no content, only positions; keep just that part.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string DescribeJsonError(JsonException ex) =>
        ex.BytePositionInLine is { } position ? $"invalid JSON at byte {position + 1}" : "invalid JSON";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    // Property names are echoed so people can fix them; cap them so a report cannot carry content.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Truncate(string? value) =>
        value is null ? "" : value.Length <= 24 ? value : string.Concat(value.AsSpan(0, 24), "…");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FirstInvalidUtf8Byte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
