using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using LLama;
using LLama.Native;
using LLama.Sampling;
using Training.Data;
using LoraHandle = LLama.Native.LoraAdapter;

namespace GpuHost.Inference;

/// <summary>How to sample a completion.</summary>
public sealed record SamplingSettings(float Temperature, float TopP, int MaxTokens, IReadOnlyList<string> Stop, uint Seed);

/// <summary>A piece of streamed text, or (with <see cref="FinishReason"/> set) the end of the completion.</summary>
public sealed record GenerationUpdate(string Text, string? FinishReason = null, int CompletionTokens = 0);

/// <summary>
/// Text generation on the shared base weights with llama.cpp: one context per request (its own KV cache), the
/// request's adapter attached to that context only, sampling seeded for reproducibility.
/// </summary>
public sealed class ChatEngine(ModelHost host)
{
    /// <summary>Renders messages with the GGUF's chat template plus the assistant prompt, and tokenises them.</summary>
    public int[] PreparePrompt(IReadOnlyList<ChatMessage> messages)
    {
        var weights = host.Weights;
        var template = new LLamaTemplate(weights) { AddAssistant = true };
        foreach (var m in messages)
        {
            template.Add(m.Role, m.Content);
        }

        var text = Encoding.UTF8.GetString(template.Apply());
        return weights.Tokenize(text, weights.Vocab.ShouldAddBOS, special: true, Encoding.UTF8).Select(t => (int)t).ToArray();
    }

    /// <summary>Streams the completion; the last update carries the finish reason ("stop" or "length") and token count.</summary>
    public async IAsyncEnumerable<GenerationUpdate> GenerateAsync(int[] prompt, LoraHandle? adapter, SamplingSettings sampling,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<GenerationUpdate>(new BoundedChannelOptions(64) { SingleReader = true, SingleWriter = true });
        // Stops the producer when the consumer leaves early for any reason, not only when the request is aborted.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        // llama.cpp decoding is synchronous native work: it runs on a llama thread and hands text over a channel.
        var producer = LlamaThreads.RunAsync(() =>
        {
            try
            {
                Generate(prompt, adapter, sampling, u => channel.Writer.WriteAsync(u, token).AsTask().GetAwaiter().GetResult(), token);
                channel.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                channel.Writer.TryComplete(ex);
            }
        }, CancellationToken.None);
        try
        {
            // Text that arrived while the previous piece was being written goes out as one piece: fewer chunks, writes and
            // flushes exactly when the writer has fallen behind (a busy machine), and no added latency when it has not.
            var reader = channel.Reader;
            var pending = new StringBuilder();
            while (await reader.WaitToReadAsync(cancellationToken))
            {
                while (reader.TryRead(out var update))
                {
                    if (update.FinishReason is null)
                    {
                        pending.Append(update.Text);
                        continue;
                    }

                    if (pending.Length > 0)
                    {
                        yield return new GenerationUpdate(pending.ToString());
                        pending.Clear();
                    }

                    yield return update;
                }

                if (pending.Length > 0)
                {
                    yield return new GenerationUpdate(pending.ToString());
                    pending.Clear();
                }
            }
        }
        finally
        {
            // The producer owns native state (context, sampler): stop it and wait, never leave it running.
            await stop.CancelAsync();
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private void Generate(int[] prompt, LoraHandle? adapter, SamplingSettings s, Action<GenerationUpdate> emit, CancellationToken cancellationToken)
    {
        var weights = host.Weights;
        using var context = weights.CreateContext(host.Parameters);
        if (adapter is not null)
        {
            context.NativeHandle.SetLoraAdapters([(adapter, 1f)]);
        }

        var batch = new LLamaBatch();
        var batchSize = (int)context.BatchSize;
        for (var start = 0; start < prompt.Length; start += batchSize)
        {
            batch.Clear();
            var end = Math.Min(prompt.Length, start + batchSize);
            for (var i = start; i < end; i++)
            {
                batch.Add((LLamaToken)prompt[i], i, LLamaSeqId.Zero, i == prompt.Length - 1);
            }

            Decode(context, batch);
        }

        using var sampler = new DefaultSamplingPipeline { Temperature = s.Temperature, TopP = s.TopP, Seed = s.Seed };
        var decoder = new StreamingTokenDecoder(context);
        var stops = new StopSequenceFilter(s.Stop);
        var position = prompt.Length;
        var generated = 0;
        string finish = "length";
        while (generated < s.MaxTokens && position < context.ContextSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var token = sampler.Sample(context.NativeHandle, batch.TokenCount - 1);
            if (token.IsEndOfGeneration(weights.Vocab))
            {
                finish = "stop";
                break;
            }

            generated++;
            decoder.Add(token);
            var (text, stopped) = stops.Push(decoder.Read());
            if (text.Length > 0)
            {
                emit(new GenerationUpdate(text));
            }

            if (stopped)
            {
                finish = "stop";
                break;
            }

            batch.Clear();
            batch.Add(token, position++, LLamaSeqId.Zero, true);
            Decode(context, batch);
        }

        if (!stops.Stopped)
        {
            var rest = stops.Flush();
            if (rest.Length > 0)
            {
                emit(new GenerationUpdate(rest));
            }
        }

        emit(new GenerationUpdate("", finish, generated));
    }

    private static void Decode(LLamaContext context, LLamaBatch batch)
    {
        var result = context.Decode(batch);
        if (result != DecodeResult.Ok)
        {
            throw new InvalidOperationException($"llama_decode failed: {result}");
        }
    }

    /// <summary>
    /// A whole completion without streaming. No channel and no consumer thread: on a small machine, waking another thread
    /// for every token preempts llama.cpp's compute threads and costs a measurable share of throughput.
    /// </summary>
    public async Task<(string Text, string FinishReason, int Tokens, TimeSpan Elapsed)> CompleteAsync(int[] prompt, LoraHandle? adapter, SamplingSettings sampling,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var text = new StringBuilder();
        var finish = "length";
        var tokens = 0;
        await LlamaThreads.RunAsync(() => Generate(prompt, adapter, sampling, u =>
        {
            text.Append(u.Text);
            if (u.FinishReason is { } f)
            {
                (finish, tokens) = (f, u.CompletionTokens);
            }
        }, cancellationToken), cancellationToken);
        return (text.ToString(), finish, tokens, clock.Elapsed);
    }
}

/// <summary>
/// Cuts generated text at the first stop sequence. Text that could still become a stop sequence is held back,
/// so a streamed client never sees the beginning of a stop string.
/// </summary>
public sealed class StopSequenceFilter(IReadOnlyList<string> stops)
{
    private readonly StringBuilder _pending = new();

    public bool Stopped { get; private set; }

    /// <summary>Adds text; returns what is safe to emit and whether a stop sequence was reached.</summary>
    public (string Emit, bool Stopped) Push(string text)
    {
        if (Stopped)
        {
            return ("", true);
        }

        _pending.Append(text);
        if (stops.Count == 0)
        {
            return (Drain(_pending.Length), false);
        }

        var all = _pending.ToString();
        var first = -1;
        foreach (var stop in stops)
        {
            var at = all.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }

        if (first >= 0)
        {
            Stopped = true;
            _pending.Clear();
            return (all[..first], true);
        }

        // Hold back the longest tail that is a proper prefix of some stop sequence.
        var hold = 0;
        foreach (var stop in stops)
        {
            for (var n = Math.Min(stop.Length - 1, all.Length); n > hold; n--)
            {
                if (all.AsSpan(all.Length - n).SequenceEqual(stop.AsSpan(0, n)))
                {
                    hold = n;
                    break;
                }
            }
        }

        return (Drain(all.Length - hold), false);
    }

    /// <summary>Releases held-back text at the end of generation.</summary>
    public string Flush() => Stopped ? "" : Drain(_pending.Length);

    private string Drain(int count)
    {
        var s = _pending.ToString(0, count);
        _pending.Remove(0, count);
        return s;
    }
}
