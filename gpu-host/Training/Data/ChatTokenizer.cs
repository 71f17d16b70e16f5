using System.Text;
using LLama;
using LLama.Common;

namespace Training.Data;

/// <summary>A tokenised training example: input ids and a per-token loss weight for predicting the next token.</summary>
public sealed record TokenizedExample(int[] Tokens, float[] TargetWeights, bool Truncated)
{
    /// <summary>Tokens whose prediction is trained.</summary>
    public int TrainedTokens => TargetWeights.Count(w => w > 0);
}

/// <summary>
/// Tokenises chat records with the GGUF's own tokenizer and chat template through llama.cpp, so training sees
/// exactly the token stream the production server will produce. Loads only the vocabulary, not the weights.
/// </summary>
public sealed class ChatTokenizer : IDisposable
{
    private readonly LLamaWeights _weights;

    private ChatTokenizer(LLamaWeights weights) => _weights = weights;

    public int VocabSize => _weights.Vocab.Count;

    public static ChatTokenizer Load(string ggufPath)
    {
        LlamaCppRuntime.EnsureConfigured();
        var p = new ModelParams(ggufPath) { VocabOnly = true, GpuLayerCount = 0 };
        return new ChatTokenizer(LLamaWeights.LoadFromFile(p));
    }

    /// <summary>Renders messages through the GGUF chat template.</summary>
    public string Render(IEnumerable<ChatMessage> messages, bool addAssistantPrompt)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var template = new LLamaTemplate(_weights) { AddAssistant = addAssistantPrompt };
        foreach (var m in messages)
        {
            template.Add(m.Role, m.Content);
        }

        return Encoding.UTF8.GetString(template.Apply());
    }

    /// <summary>Tokenises text with special-token parsing (template markers become control tokens).</summary>
    public int[] Tokenize(string text, bool addBos = false) =>
        _weights.Tokenize(text, addBos, special: true, Encoding.UTF8).Select(t => (int)t).ToArray();

    /// <summary>
    /// Tokenises a record segment by segment (template header, message body), so every token knows which message it
    /// came from and the loss weight can follow the message's weight. Longer than <paramref name="maxTokens"/>: cut.
    /// </summary>
    public TokenizedExample Encode(ChatRecord record, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(record);
        var tokens = new List<int>();
        var weights = new List<float>(); // weight of predicting tokens[i] (i.e. applies to target position i)
        if (_weights.Vocab.ShouldAddBOS && _weights.Vocab.BOS is { } bos)
        {
            tokens.Add((int)bos);
            weights.Add(0f);
        }

        var rendered = "";
        var messages = record.Messages;
        for (var i = 0; i < messages.Count; i++)
        {
            var m = messages[i];
            var upTo = messages.Take(i + 1).ToList();
            var full = Render(upTo, addAssistantPrompt: false);
            // For assistant turns the generation prompt ("<|im_start|>assistant\n") belongs to the context, not the answer.
            var header = m.Role == "assistant"
                ? Render(messages.Take(i), addAssistantPrompt: true)
                : CommonPrefix(full, Render(messages.Take(i).Append(m with { Content = "" }), addAssistantPrompt: false));
            if (!header.StartsWith(rendered, StringComparison.Ordinal) || !full.StartsWith(header, StringComparison.Ordinal))
            {
                // A template whose output for a prefix is not a prefix of the whole cannot be split per message.
                throw new DatasetException("The model's chat template does not render conversations incrementally; per-message loss weights cannot be assigned.");
            }

            Append(header[rendered.Length..], 0f);
            Append(full[header.Length..], m.EffectiveWeight);
            rendered = full;
        }

        var truncated = tokens.Count > maxTokens;
        if (truncated)
        {
            tokens.RemoveRange(maxTokens, tokens.Count - maxTokens);
            weights.RemoveRange(maxTokens, weights.Count - maxTokens);
        }

        // Position t predicts token t+1: shift weights left by one.
        var targetWeights = new float[tokens.Count];
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            targetWeights[t] = weights[t + 1];
        }

        return new TokenizedExample(tokens.ToArray(), targetWeights, truncated);

        void Append(string text, float weight)
        {
            if (text.Length == 0)
            {
                return;
            }

            foreach (var t in Tokenize(text))
            {
                tokens.Add(t);
                weights.Add(weight);
            }
        }
    }

    /// <summary>
    /// The role header of a non-assistant message: where the rendering with its content and with empty content part.
    /// (Assistant headers come from the template's own generation prompt instead.)
    /// </summary>
    private static string CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return a[..n];
    }

    public void Dispose() => _weights.Dispose();
}
