using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Masking.Tests.Corpus;

/// <summary>
/// Seeded generator of labelled chat-format fine-tuning records (health, banking, insurance, public security) with
/// planted identifiers and decoys. The same seed always yields the same records, so a recall figure can be compared
/// run to run and a miss can be reproduced.
/// </summary>
/// <remarks>
/// Guarantee the tests rely on: in every message, each occurrence of a planted identifier (and of each identifying
/// word of a name or street address) lies inside a labelled identifier span of the same type, and no decoy occurrence
/// overlaps an identifier span. Records that would break it (a surname "Li" next to "Lisinopril", a ZIP equal to a CPT
/// code) are drawn again. So "the value is still in the masked message" means exactly "the masker leaked it".
/// </remarks>
public sealed class LabelledCorpusGenerator
{
    private const int MaxAttemptsPerRecord = 200;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Real exports mostly carry UTF-8 text as is; escaping it would hide non-ASCII names from a byte-level bug.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly IdentifierFactory _ids;
    private readonly DecoyFactory _decoys;
    private int _nextIndex;

    public LabelledCorpusGenerator(int seed)
    {
        _ids = new IdentifierFactory(new Random(seed));
        _decoys = new DecoyFactory(_ids);
    }

    /// <summary>Generates the next <paramref name="count"/> records, domains in rotation.</summary>
    public IReadOnlyList<LabelledRecord> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var records = new List<LabelledRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var domain = (CorpusDomain)(_nextIndex % 4);
            records.Add(GenerateOne(_nextIndex, domain));
            _nextIndex++;
        }

        return records;
    }

    /// <summary>Serialises messages the way fine-tuning files carry them: one JSON object per line.</summary>
    public static string ToJsonLine(IReadOnlyList<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("messages");
            foreach (var message in messages)
            {
                writer.WriteStartObject();
                writer.WriteString("role", message.Role);
                writer.WriteString("content", message.Content);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private LabelledRecord GenerateOne(int index, CorpusDomain domain)
    {
        var templates = DomainTemplates.For(domain);
        for (var attempt = 0; attempt < MaxAttemptsPerRecord; attempt++)
        {
            var context = new RecordContext(domain, _ids, _decoys);
            var scenario = _ids.PickOf(templates.Scenarios);
            var turns = new List<(string Role, string Template)>
            {
                ("system", _ids.Pick(templates.SystemPrompts)),
                ("user", scenario.User),
                ("assistant", scenario.Assistant),
            };

            // Some records continue the conversation, so identifiers also recur across later turns.
            if (_ids.Chance(0.25))
            {
                var followUp = _ids.PickOf(templates.FollowUps);
                turns.Add(("user", followUp.User));
                turns.Add(("assistant", followUp.Assistant));
            }

            var messages = new List<ChatMessage>(turns.Count);
            var labels = new List<CorpusLabel>();
            var consistent = true;
            for (var m = 0; m < turns.Count && consistent; m++)
            {
                var builder = new MessageBuilder(m);
                context.Expand(turns[m].Template, builder);
                messages.Add(new ChatMessage(turns[m].Role, builder.Content));
                labels.AddRange(builder.Labels);
                consistent = IsUnambiguous(builder.Content, builder.Labels);
            }

            if (consistent)
            {
                return new LabelledRecord(index, domain, ToJsonLine(messages), messages, MarkRepeats(labels));
            }
        }

        throw new InvalidOperationException($"Could not draw an unambiguous record {index} for {domain}.");
    }

    private static List<CorpusLabel> MarkRepeats(List<CorpusLabel> labels)
    {
        // Labels are already in message order and, within a message, in text order.
        var marked = new List<CorpusLabel>(labels.Count);
        foreach (var label in labels)
        {
            var repeat = !label.IsDecoy && marked.Any(earlier =>
                earlier.Entity == label.Entity && earlier.LeakParts.Contains(label.Value, StringComparer.Ordinal));
            marked.Add(repeat ? label with { IsRepeat = true } : label);
        }

        return marked;
    }

    private static bool IsUnambiguous(string content, IReadOnlyList<CorpusLabel> labels)
    {
        var pii = labels.Where(l => !l.IsDecoy).ToList();
        foreach (var label in pii)
        {
            foreach (var part in label.LeakParts)
            {
                foreach (var at in Occurrences(content, part))
                {
                    var covered = pii.Any(p => p.Entity == label.Entity && p.Start <= at && at + part.Length <= p.End);
                    if (!covered)
                    {
                        return false;
                    }
                }
            }
        }

        foreach (var decoy in labels.Where(l => l.IsDecoy))
        {
            foreach (var at in Occurrences(content, decoy.Value))
            {
                if (pii.Any(p => at < p.End && p.Start < at + decoy.Value.Length))
                {
                    return false;
                }
            }
        }

        return true;
    }

    internal static IEnumerable<int> Occurrences(string text, string value)
    {
        if (value.Length == 0)
        {
            yield break;
        }

        var at = text.IndexOf(value, StringComparison.Ordinal);
        while (at >= 0)
        {
            yield return at;
            at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
        }
    }
}
