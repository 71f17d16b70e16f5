using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using LLama;
using LLama.Common;
using LLama.Native;
using LLama.Sampling;
using Training;
using Training.Model;

namespace Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/Benchmarks -- inference [--quick] [--size small|100m] [--threads N] [--sessions N]
/// [--rounds N] [--max-tokens N] [--gpu-layers N]`: completion tokens/s through the GPU host's HTTP API (a real Kestrel process on a loopback
/// socket, bearer token, JSON, chat template), non-streamed and streamed (SSE), against a bare LLamaSharp loop on the same
/// GGUF, prompt, sampling settings, seed, token limit, context size, batch size and thread count. The bare loop runs in a
/// process of its own that does nothing else (this program in its <c>inference-baseline</c> mode).
/// </summary>
/// <remarks>
/// Each session starts a fresh host and a fresh baseline process, warms both up to steady state and measures a few rounds;
/// rounds rotate the order of the three paths so machine noise hits all of them. Fresh processes per session because the
/// same native code ran up to ±10 % faster or slower in one process than in another for the whole life of the process
/// (seen on both sides: 670–800 ms of CPU for the same 140 tokens); with one process per side that draw decided the ratio.
/// The printed ratio is the median of all per-round ratios (target ≥ 0.95); per-session medians show the spread.
/// </remarks>
public static class InferenceBenchmark
{
    private const string Prompt = "Book Ada for 3 pm and tell her where to park.";
    private const string Audience = "api://gpu-host-benchmark";

    // Greedy decoding with an explicit top_p and seed: every path must produce the same tokens, which the benchmark checks.
    private const float Temperature = 0f;
    private const float TopP = 1f;
    private const int Seed = 1;

    // Enough requests for tiered compilation to promote per-request code (30 calls) with a margin; few tokens each.
    private const int WarmupRequests = 40;
    private const int WarmupTokens = 4;

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var quick = args.Contains("--quick");
        var size = ArgValue(args, "--size") ?? (quick ? "tiny" : "small");
        var sessions = int.TryParse(ArgValue(args, "--sessions"), out var s0) && s0 > 0 ? s0 : quick ? 1 : 3;
        var rounds = int.TryParse(ArgValue(args, "--rounds"), out var r0) && r0 > 0 ? r0 : quick ? 3 : 5;
        var maxTokens = int.TryParse(ArgValue(args, "--max-tokens"), out var m0) && m0 > 0 ? m0 : quick ? 64 : 200;
        // Compute threads default to all cores but one: the benchmark's own client and the host's HTTP/SSE work run on
        // this machine too, and with every core computing they steal time from llama.cpp's threads. A CPU host is
        // deployed the same way; on a GPU the compute is not on CPU threads. --threads N overrides it.
        var threads = int.TryParse(ArgValue(args, "--threads"), out var t) && t > 0 ? t : Math.Max(1, Environment.ProcessorCount - 1);
        // Layers offloaded to a GPU, on both sides (a build with a GPU backend); 0 computes on the CPU threads.
        var gpuLayers = int.TryParse(ArgValue(args, "--gpu-layers"), out var g) && g >= 0 ? g : 0;
        var dir = Directory.CreateTempSubdirectory("inference-benchmark-").FullName;
        try
        {
            var model = Path.Combine(dir, "base.gguf");
            var vocab = TinyModelFactory.Vocabulary().Tokens.Length;
            var options = size switch
            {
                "tiny" => new TinyModelOptions { Size = TinyModelSize.Tiny, Seed = 1 },
                "small" => new TinyModelOptions { Size = TinyModelSize.Small, Seed = 1 },
                // The training benchmark's ~100M shape: per-token compute closer to a real model, so fixed per-token costs of
                // the HTTP path weigh what they would in production rather than what they weigh next to a toy model.
                "100m" => new TinyModelOptions
                {
                    Seed = 1,
                    Shape = new LlamaConfig(vocab, Dim: 768, Layers: 12, Heads: 12, KvHeads: 12, FfnDim: 2560, ContextLength: 512, RopeFreqBase: 10000f, RmsNormEps: 1e-5f),
                },
                _ => throw new ArgumentException($"--size must be tiny, small or 100m, not '{size}'"),
            };
            var config = TinyModelFactory.Create(model, options);
            var context = Math.Min(config.ContextLength, 1024);
            // The host's batch size rule (ModelHost): min(context, 512). The baseline uses the same value.
            var batchSize = Math.Min(context, 512);
            // A published host for a machine with the .NET runtime but no SDK (a lent GPU machine); else built from this checkout.
            var hostDll = ArgValue(args, "--host-dll") is { } published ? Path.GetFullPath(published) : await BuildHostAsync(RepositoryRoot());
            var secrets = Path.Combine(dir, "secrets");
            var setup = new Setup(hostDll, model, secrets, Path.Combine(dir, "work"), context, batchSize, threads, gpuLayers);
            Console.WriteLine($"Inference benchmark: {size} model (dim {config.Dim}, {config.Layers} layers, vocab {config.VocabSize}, F32), " +
                $"{threads} llama.cpp threads on {Environment.ProcessorCount} cores, {gpuLayers} GPU layers, context {context}, batch {batchSize}, max {maxTokens} tokens, " +
                $"temperature {Temperature}, top_p {TopP}, seed {Seed}; {sessions} sessions of {rounds} rounds, fresh processes per session");
            // Which llama.cpp build was loaded: a CPU-only one would silently compute "GPU layers" on the CPU threads.
            LlamaCppRuntime.EnsureConfigured();
            Console.WriteLine($"llama.cpp GPU offload: {(NativeApi.llama_supports_gpu_offload() ? "supported" : "not supported (CPU-only build)")}");

            var plain = new List<Run>();
            var streamed = new List<Run>();
            var local = new List<Run>();
            var identical = true;
            for (var session = 1; session <= sessions; session++)
            {
                await using var pair = await SessionProcesses.StartAsync(setup);
                Console.WriteLine($"session {session}: host and baseline started, {pair.Parameters / 1e6:F1}M parameters; warming up");
                // Warm-up every path to steady state. The first requests are many times slower (page-in, JIT, llama.cpp's first
                // graphs, the host's first token validation), and the runtime keeps recompiling for a while after that: tiered
                // compilation promotes a method after 30 calls, so code that runs once per request (the host's whole HTTP, JSON
                // and auth pipeline) is still being recompiled, on the other core and with brief runtime suspensions that stall
                // the generating thread, until about the 30th request — measured as a 7-10 % slower host loop when only two
                // warm-up requests were made. Short completions get every path past that threshold cheaply; then full-length ones.
                for (var i = 0; i < WarmupRequests; i++)
                {
                    await NonStreamedAsync(pair.Http, WarmupTokens);
                    await StreamedAsync(pair.Http, WarmupTokens);
                    await pair.BaselineAsync(WarmupTokens);
                }

                for (var i = 0; i < 2; i++)
                {
                    await NonStreamedAsync(pair.Http, maxTokens);
                    await StreamedAsync(pair.Http, maxTokens);
                    await pair.BaselineAsync(maxTokens);
                }

                var sessionRatios = new List<double>();
                for (var r = 0; r < rounds; r++)
                {
                    // Rotate the order: load from other work on a shared machine drifts within seconds, so all three paths are
                    // sampled in the same windows and each takes every position equally often. (An idle process uses no CPU.)
                    Run? h = null, st = null, l = null;
                    for (var k = 0; k < 3; k++)
                    {
                        var (hostCpu, baseCpu, ownCpu) = (CpuMilliseconds(pair.HostId), CpuMilliseconds(pair.BaselineId), CpuMilliseconds(Environment.ProcessId));
                        switch ((r + k) % 3)
                        {
                            case 0:
                                h = await NonStreamedAsync(pair.Http, maxTokens);
                                h = h with { GeneratorCpuMs = CpuMilliseconds(pair.HostId) - hostCpu, ClientCpuMs = CpuMilliseconds(Environment.ProcessId) - ownCpu };
                                break;
                            case 1:
                                st = await StreamedAsync(pair.Http, maxTokens);
                                st = st with { GeneratorCpuMs = CpuMilliseconds(pair.HostId) - hostCpu, ClientCpuMs = CpuMilliseconds(Environment.ProcessId) - ownCpu };
                                break;
                            default:
                                l = await pair.BaselineAsync(maxTokens);
                                l = l with { GeneratorCpuMs = CpuMilliseconds(pair.BaselineId) - baseCpu };
                                break;
                        }
                    }

                    plain.Add(h!);
                    streamed.Add(st!);
                    local.Add(l!);
                    sessionRatios.Add(h!.Rate / l!.Rate);
                    identical &= h.Text == l.Text && st!.Text == l.Text && h.Tokens == l.Tokens && st.Tokens == l.Tokens;
                    Console.WriteLine($"  round {r + 1}: HTTP {h.Rate,6:F1} tok/s (host's generation {h.Tokens / h.ServerSeconds,6:F1}) | " +
                        $"HTTP streamed {st!.Rate,6:F1} tok/s ({st.Chunks} chunks) | in-process {l.Rate,6:F1} tok/s | {l.Tokens} tokens");
                }

                Console.WriteLine($"session {session}: median ratio HTTP / in-process {Median(sessionRatios):F3}; CPU per request: host {Median(plain.TakeLast(rounds).Select(x => x.GeneratorCpuMs).ToList()):F0} ms, " +
                    $"baseline {Median(local.TakeLast(rounds).Select(x => x.GeneratorCpuMs).ToList()):F0} ms");
            }

            // Per-round ratios pair measurements taken seconds apart; their median resists the machine's load swings.
            var ratio = Median(plain.Zip(local, (h, l) => h.Rate / l.Rate).ToList());
            var streamRatio = Median(streamed.Zip(local, (s, l) => s.Rate / l.Rate).ToList());
            var hostLoopRatio = Median(plain.Zip(local, (h, l) => h.Tokens / h.ServerSeconds / l.Rate).ToList());
            var overheadMs = Median(plain.Select(h => (h.Seconds - h.ServerSeconds) * 1000).ToList());
            Console.WriteLine($"same tokens and text on all three paths in every round: {(identical ? "yes" : "NO")}");
            // Compares runs with and without GPU layers: greedy decoding on the same file should give the same completion.
            Console.WriteLine($"completion: {local[0].Tokens} tokens, SHA-256 {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(local[0].Text)))[..16]}");
            Console.WriteLine($"median tokens/s: HTTP {Median(plain.Select(x => x.Rate).ToList()):F1}, HTTP streamed {Median(streamed.Select(x => x.Rate).ToList()):F1}, " +
                $"in-process LLamaSharp {Median(local.Select(x => x.Rate).ToList()):F1}");
            Console.WriteLine($"median CPU per request (ms): HTTP host {Median(plain.Select(x => x.GeneratorCpuMs).ToList()):F0} + client {Median(plain.Select(x => x.ClientCpuMs).ToList()):F0}; " +
                $"streamed host {Median(streamed.Select(x => x.GeneratorCpuMs).ToList()):F0} + client {Median(streamed.Select(x => x.ClientCpuMs).ToList()):F0}; " +
                $"in-process {Median(local.Select(x => x.GeneratorCpuMs).ToList()):F0}");
            Console.WriteLine($"host's generation time (Server-Timing) vs in-process: {hostLoopRatio:F3}; HTTP round trip outside generation: {overheadMs:F1} ms per request");
            Console.WriteLine($"per-round ratios HTTP / in-process: {string.Join(" ", plain.Zip(local, (h, l) => (h.Rate / l.Rate).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
            Console.WriteLine($"ratio HTTP / in-process (median of per-round ratios), {size} model, {threads} threads: {ratio:F3} (target >= 0.95): {(ratio >= 0.95 ? "met" : "NOT met")}");
            Console.WriteLine($"ratio HTTP streamed / in-process (median of per-round ratios), {size} model, {threads} threads: {streamRatio:F3} (target >= 0.95): {(streamRatio >= 0.95 ? "met" : "NOT met")}");
            return identical ? 0 : 1;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// `Benchmarks inference-baseline --model M --context C --batch B --threads T --gpu-layers G`: the bare LLamaSharp side in a process
    /// of its own. Prints <c>ready PARAMETERS</c>, then answers each <c>run MAX_TOKENS</c> line on stdin with
    /// <c>done TOKENS SECONDS BASE64_TEXT</c>; ends at end of input.
    /// </summary>
    public static int RunBaseline(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        static int Required(string[] a, string name) =>
            int.TryParse(ArgValue(a, name), out var v) ? v : throw new ArgumentException($"{name} N is required");
        var model = ArgValue(args, "--model") ?? throw new ArgumentException("--model PATH is required");
        var threads = Required(args, "--threads");
        LlamaCppRuntime.EnsureConfigured();
        var parameters = new ModelParams(model)
        {
            ContextSize = (uint)Required(args, "--context"), Threads = threads, BatchThreads = threads, GpuLayerCount = Required(args, "--gpu-layers"), BatchSize = (uint)Required(args, "--batch"),
        };
        using var weights = LLamaWeights.LoadFromFile(parameters);
        // The loop runs on one long-lived thread, as the host's generations do (LlamaThreads) and as a llama.cpp program's
        // main loop does: llama.cpp's OpenMP keeps one worker team per calling thread, and a changing calling thread changes
        // how its barriers wait, which would be measured instead of the HTTP path.
        using var llamaThread = new DedicatedThread("in-process-llama");
        Console.Out.WriteLine(FormattableString.Invariant($"ready {weights.ParameterCount}"));
        Console.Out.Flush();
        while (Console.In.ReadLine() is { } line)
        {
            var max = int.Parse(line.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture);
            var run = llamaThread.Run(() => InProcess(weights, parameters, max));
            Console.Out.WriteLine(FormattableString.Invariant($"done {run.Tokens} {run.Seconds:R} {Convert.ToBase64String(Encoding.UTF8.GetBytes(run.Text))}"));
            Console.Out.Flush();
        }

        return 0;
    }

    private sealed record Setup(string HostDll, string Model, string Secrets, string Work, int Context, int BatchSize, int Threads, int GpuLayers);

    /// <summary>One session's fresh GPU host process (with its HTTP client and token) and fresh baseline process.</summary>
    private sealed class SessionProcesses : IAsyncDisposable
    {
        private readonly Process _host;
        private readonly Process _baseline;

        private SessionProcesses(Process host, Process baseline, HttpClient http, ulong parameters)
        {
            (_host, _baseline, Http, Parameters) = (host, baseline, http, parameters);
        }

        public HttpClient Http { get; }

        public ulong Parameters { get; }

        public int HostId => _host.Id;

        public int BaselineId => _baseline.Id;

        public static async Task<SessionProcesses> StartAsync(Setup s)
        {
            var port = FreePort();
            var host = Start("dotnet", $"\"{s.HostDll}\" serve --urls http://127.0.0.1:{port} --environment Development --GpuHost:BaseModelPath={s.Model} " +
                $"--GpuHost:ContextSize={s.Context} --GpuHost:Threads={s.Threads} --GpuHost:GpuLayers={s.GpuLayers} --GpuHost:WorkDirectory={s.Work} " +
                $"--Storage:ConnectionString=UseDevelopmentStorage=true --Secrets:LocalFolder={s.Secrets} --Auth:Audience={Audience} " +
                "--Jobs:Enabled=false --Logging:LogLevel:Default=Warning", drainStdout: true);
            var (self, selfArgs) = SelfCommand();
            var baseline = Start(self, $"{selfArgs}inference-baseline --model \"{s.Model}\" --context {s.Context} --batch {s.BatchSize} --threads {s.Threads} --gpu-layers {s.GpuLayers}", drainStdout: false);
            var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
            try
            {
                var token = (await RunToEndAsync(s.HostDll, $"dev-token --secrets-folder {s.Secrets} --audience {Audience}")).Trim();
                await WaitReadyAsync(http, host);
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var ready = await baseline.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the baseline process exited before it was ready");
                return ready.StartsWith("ready ", StringComparison.Ordinal)
                    ? new SessionProcesses(host, baseline, http, ulong.Parse(ready.AsSpan(6), System.Globalization.CultureInfo.InvariantCulture))
                    : throw new InvalidOperationException($"unexpected baseline output: {ready}");
            }
            catch
            {
                http.Dispose();
                await StopAsync(host);
                await StopAsync(baseline);
                throw;
            }
        }

        /// <summary>One completion in the baseline process; its time is measured there, around the bare loop only.</summary>
        public async Task<Run> BaselineAsync(int maxTokens)
        {
            await _baseline.StandardInput.WriteLineAsync(FormattableString.Invariant($"run {maxTokens}"));
            await _baseline.StandardInput.FlushAsync();
            var line = await _baseline.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the baseline process exited");
            var parts = line.Split(' ');
            return parts.Length == 4 && parts[0] == "done"
                ? new Run(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture),
                    Encoding.UTF8.GetString(Convert.FromBase64String(parts[3])))
                : throw new InvalidOperationException($"unexpected baseline output: {line}");
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            _baseline.StandardInput.Close();
            await StopAsync(_host);
            await StopAsync(_baseline);
        }

        private static async Task StopAsync(Process process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }
    }

    /// <summary>How to start this program again: its apphost, or <c>dotnet Benchmarks.dll</c> when run through dotnet.</summary>
    internal static (string File, string ArgumentPrefix) SelfCommand()
    {
        var path = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(path) == "dotnet"
            ? (path, $"\"{typeof(InferenceBenchmark).Assembly.Location}\" ")
            : (path, "");
    }

    /// <summary>One measured completion: tokens, client-side seconds, the text, and for HTTP the host's generation time.</summary>
    private sealed record Run(int Tokens, double Seconds, string Text, double ServerSeconds = double.NaN, int Chunks = 0,
        double GeneratorCpuMs = double.NaN, double ClientCpuMs = double.NaN)
    {
        public double Rate => Tokens / Seconds;
    }

    private static Dictionary<string, object> Request(int maxTokens, bool stream)
    {
        var body = new Dictionary<string, object>
        {
            ["model"] = "base",
            ["messages"] = new[] { new { role = "user", content = Prompt } },
            ["max_tokens"] = maxTokens,
            ["temperature"] = Temperature,
            ["top_p"] = TopP,
            ["seed"] = Seed,
        };
        if (stream)
        {
            body["stream"] = true;
            body["stream_options"] = new { include_usage = true };
        }

        return body;
    }

    /// <summary>One non-streamed completion through the API; tokens from the response's usage, time from the client.</summary>
    private static async Task<Run> NonStreamedAsync(HttpClient http, int maxTokens)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/v1/chat/completions", Request(maxTokens, stream: false));
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"chat completion failed: {(int)response.StatusCode} {body}");
        }

        using var json = JsonDocument.Parse(body);
        var text = json.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString() ?? "";
        return new Run(json.RootElement.GetProperty("usage").GetProperty("completion_tokens").GetInt32(), clock.Elapsed.TotalSeconds, text,
            ServerTiming(response, "generate"));
    }

    /// <summary>One streamed completion (SSE) read to <c>[DONE]</c>; tokens from the final usage chunk.</summary>
    private static async Task<Run> StreamedAsync(HttpClient http, int maxTokens)
    {
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = JsonContent.Create(Request(maxTokens, stream: true)) };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"streamed chat completion failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var text = new StringBuilder();
        var tokens = -1;
        var chunks = 0;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            if (line == "data: [DONE]")
            {
                break;
            }

            using var json = JsonDocument.Parse(line.AsMemory(6));
            if (json.RootElement.GetProperty("choices") is { } choices && choices.GetArrayLength() > 0 &&
                choices[0].GetProperty("delta").TryGetProperty("content", out var content) && content.GetString() is { Length: > 0 } piece)
            {
                text.Append(piece);
                chunks++;
            }

            if (json.RootElement.TryGetProperty("usage", out var usage) && usage.ValueKind == JsonValueKind.Object)
            {
                tokens = usage.GetProperty("completion_tokens").GetInt32();
            }
        }

        clock.Stop();
        return tokens < 0
            ? throw new InvalidOperationException("the stream ended without a usage chunk")
            : new Run(tokens, clock.Elapsed.TotalSeconds, text.ToString(), Chunks: chunks);
    }

    /// <summary>The <c>dur</c> (milliseconds) of a <c>Server-Timing</c> metric, in seconds; NaN when absent.</summary>
    private static double ServerTiming(HttpResponseMessage response, string metric)
    {
        if (!response.Headers.TryGetValues("Server-Timing", out var values))
        {
            return double.NaN;
        }

        foreach (var entry in values.SelectMany(v => v.Split(',')))
        {
            var parts = entry.Split(';', StringSplitOptions.TrimEntries);
            if (parts[0] == metric && parts.FirstOrDefault(p => p.StartsWith("dur=", StringComparison.Ordinal)) is { } dur &&
                double.TryParse(dur.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture, out var ms))
            {
                return ms / 1000;
            }
        }

        return double.NaN;
    }

    /// <summary>The bare LLamaSharp loop: new context, chat-templated prompt, the same sampling chain, until EOS or the limit.</summary>
    private static Run InProcess(LLamaWeights weights, ModelParams parameters, int maxTokens)
    {
        var clock = Stopwatch.StartNew();
        using var context = weights.CreateContext(parameters);
        var template = new LLamaTemplate(weights) { AddAssistant = true };
        template.Add("user", Prompt);
        var prompt = weights.Tokenize(Encoding.UTF8.GetString(template.Apply()), weights.Vocab.ShouldAddBOS, special: true, Encoding.UTF8);
        var batch = new LLamaBatch();
        for (var i = 0; i < prompt.Length; i++)
        {
            batch.Add(prompt[i], i, LLamaSeqId.Zero, i == prompt.Length - 1);
        }

        context.Decode(batch);
        using var sampler = new DefaultSamplingPipeline { Temperature = Temperature, TopP = TopP, Seed = Seed };
        var decoder = new StreamingTokenDecoder(context);
        var text = new StringBuilder();
        var n = 0;
        for (var position = prompt.Length; n < maxTokens && position < context.ContextSize; position++)
        {
            var token = sampler.Sample(context.NativeHandle, batch.TokenCount - 1);
            if (token.IsEndOfGeneration(weights.Vocab))
            {
                break;
            }

            n++;
            decoder.Add(token);
            text.Append(decoder.Read());
            batch.Clear();
            batch.Add(token, position, LLamaSeqId.Zero, true);
            context.Decode(batch);
        }

        return new Run(n, clock.Elapsed.TotalSeconds, text.ToString());
    }

    /// <summary>User + system CPU time of a process so far (Linux /proc; NaN elsewhere), for the per-request CPU summary.</summary>
    private static double CpuMilliseconds(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path))
        {
            return double.NaN;
        }

        // Fields after the parenthesised command name: utime and stime are the 12th and 13th, in clock ticks (100 Hz).
        var stat = File.ReadAllText(path);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) +
                long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) * 10.0;
    }

    /// <summary>One thread that runs the in-process generations, one at a time.</summary>
    private sealed class DedicatedThread : IDisposable
    {
        private readonly System.Collections.Concurrent.BlockingCollection<Action> _work = new();
        private readonly Thread _thread;

        public DedicatedThread(string name)
        {
            _thread = new Thread(() =>
            {
                foreach (var item in _work.GetConsumingEnumerable())
                {
                    item();
                }
            }) { IsBackground = true, Name = name };
            _thread.Start();
        }

        public T Run<T>(Func<T> work)
        {
            var result = default(T);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo? error = null;
            using var done = new ManualResetEventSlim();
            _work.Add(() =>
            {
                try
                {
                    result = work();
                }
                catch (Exception ex)
                {
                    error = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    done.Set();
                }
            });
            done.Wait();
            error?.Throw();
            return result!;
        }

        public void Dispose()
        {
            _work.CompleteAdding();
            _thread.Join();
            _work.Dispose();
        }
    }

    private static string? ArgValue(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The benchmark measures the host as deployed: its own process, built in Release.</summary>
    private static async Task<string> BuildHostAsync(string root)
    {
        var project = Path.Combine(root, "gpu-host", "GpuHost", "GpuHost.csproj");
        Console.WriteLine("building the GPU host (Release)...");
        await RunToEndAsync("dotnet", $"build \"{project}\" -c Release -v q -nologo", dotnet: false);
        return Path.Combine(root, "gpu-host", "GpuHost", "bin", "Release", "net10.0", "linux-x64", "GpuHost.dll");
    }

    private static Process Start(string file, string arguments, bool drainStdout)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = !drainStdout, UseShellExecute = false,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        // Drain the pipes so a chatty process never blocks on a full pipe; the baseline's stdout is its answer channel.
        if (drainStdout)
        {
            process.OutputDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
        }

        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"  {Path.GetFileNameWithoutExtension(file)}: " + e.Data);
            }
        };
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<string> RunToEndAsync(string file, string arguments, bool dotnet = true)
    {
        var info = new ProcessStartInfo(dotnet ? "dotnet" : file, dotnet ? $"\"{file}\" {arguments}" : arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await stdout}{await stderr}");
        }

        return await stdout;
    }

    private static async Task WaitReadyAsync(HttpClient http, Process server)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"the GPU host exited with {server.ExitCode}");
            }

            try
            {
                using var ready = await http.GetAsync("/readyz");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the GPU host did not become ready within 2 minutes");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Serverless.sln not found above " + AppContext.BaseDirectory);
    }
}
