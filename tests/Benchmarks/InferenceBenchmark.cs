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
/// `dotnet run -c Release --project tests/Benchmarks -- inference [--quick] [--size small|100m] [--threads N] [--rounds N]
/// [--max-tokens N]`: completion tokens/s through the GPU host's HTTP API (a real Kestrel process on a loopback socket,
/// bearer token, JSON, chat template), non-streamed and streamed (SSE), against a bare in-process LLamaSharp loop on the
/// same GGUF, prompt, sampling settings, seed, token limit, context size, batch size and thread count. Both sides are
/// warmed up; rounds rotate the order of the three paths so machine noise hits all of them; the median of per-round
/// ratios is the host's efficiency (target ≥ 0.95).
/// </summary>
public static class InferenceBenchmark
{
    private const string Prompt = "Book Ada for 3 pm and tell her where to park.";
    private const string Audience = "api://gpu-host-benchmark";

    // Greedy decoding with an explicit top_p and seed: every path must produce the same tokens, which the benchmark checks.
    private const float Temperature = 0f;
    private const float TopP = 1f;
    private const int Seed = 1;

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var quick = args.Contains("--quick");
        var size = ArgValue(args, "--size") ?? (quick ? "tiny" : "small");
        var rounds = int.TryParse(ArgValue(args, "--rounds"), out var r0) && r0 > 0 ? r0 : quick ? 3 : 9;
        var maxTokens = int.TryParse(ArgValue(args, "--max-tokens"), out var m0) && m0 > 0 ? m0 : quick ? 64 : 200;
        // Compute threads default to all cores but one: the benchmark's own client and the host's HTTP/SSE work run on
        // this machine too, and with every core computing they steal time from llama.cpp's threads. A CPU host is
        // deployed the same way; on a GPU the compute is not on CPU threads. --threads N overrides it.
        var threads = int.TryParse(ArgValue(args, "--threads"), out var t) && t > 0 ? t : Math.Max(1, Environment.ProcessorCount - 1);
        var dir = Directory.CreateTempSubdirectory("inference-benchmark-").FullName;
        Process? server = null;
        try
        {
            var root = RepositoryRoot();
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
            // The host's batch size rule (ModelHost): min(context, 512). The in-process side uses the same value.
            var batchSize = (uint)Math.Min(context, 512);

            var hostDll = await BuildHostAsync(root);
            var secrets = Path.Combine(dir, "secrets");
            var port = FreePort();
            server = Start(hostDll, $"serve --urls http://127.0.0.1:{port} --environment Development --GpuHost:BaseModelPath={model} " +
                $"--GpuHost:ContextSize={context} --GpuHost:Threads={threads} --GpuHost:WorkDirectory={Path.Combine(dir, "work")} " +
                $"--Storage:ConnectionString=UseDevelopmentStorage=true --Secrets:LocalFolder={secrets} --Auth:Audience={Audience} " +
                "--Jobs:Enabled=false --Logging:LogLevel:Default=Warning");
            var token = (await RunToEndAsync(hostDll, $"dev-token --secrets-folder {secrets} --audience {Audience}")).Trim();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
            await WaitReadyAsync(http, server);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            LlamaCppRuntime.EnsureConfigured();
            var parameters = new ModelParams(model) { ContextSize = (uint)context, Threads = threads, BatchThreads = threads, GpuLayerCount = 0, BatchSize = batchSize };
            using var weights = await LLamaWeights.LoadFromFileAsync(parameters);
            // The in-process loop runs on one long-lived thread, as the host's generations do (LlamaThreads) and as a
            // llama.cpp program's main loop does: llama.cpp's OpenMP keeps one worker team per calling thread, and a changing
            // calling thread changes how its barriers wait, which would be measured instead of the HTTP path.
            using var llamaThread = new DedicatedThread("in-process-llama");
            Console.WriteLine($"Inference benchmark: {size} model ({weights.ParameterCount / 1e6:F1}M parameters: dim {config.Dim}, {config.Layers} layers, " +
                $"vocab {config.VocabSize}, F32), {threads} llama.cpp threads on {Environment.ProcessorCount} cores, context {context}, batch {batchSize}, " +
                $"max {maxTokens} tokens, temperature {Temperature}, top_p {TopP}, seed {Seed}, {rounds} rounds");

            // Warm-up every path (page-in, JIT and tiering, llama.cpp's first graphs, the host's first request and token
            // validation): the first requests are many times slower and would otherwise land in round 1.
            for (var i = 0; i < 2; i++)
            {
                await NonStreamedAsync(http, maxTokens);
                await StreamedAsync(http, maxTokens);
                llamaThread.Run(() => InProcess(weights, parameters, maxTokens));
            }

            var plain = new List<Run>();
            var streamed = new List<Run>();
            var local = new List<Run>();
            var identical = true;
            for (var r = 0; r < rounds; r++)
            {
                // Rotate the order: load from other work on a shared machine drifts within seconds, so all three paths are
                // sampled in the same windows and each takes every position equally often. (An idle host uses no CPU.)
                Run? h = null, s = null, l = null;
                for (var k = 0; k < 3; k++)
                {
                    var (hostCpu, ownCpu) = (CpuMilliseconds(server.Id), CpuMilliseconds(Environment.ProcessId));
                    switch ((r + k) % 3)
                    {
                        case 0:
                            h = await NonStreamedAsync(http, maxTokens);
                            h = h with { HostCpuMs = CpuMilliseconds(server.Id) - hostCpu, ClientCpuMs = CpuMilliseconds(Environment.ProcessId) - ownCpu };
                            break;
                        case 1:
                            s = await StreamedAsync(http, maxTokens);
                            s = s with { HostCpuMs = CpuMilliseconds(server.Id) - hostCpu, ClientCpuMs = CpuMilliseconds(Environment.ProcessId) - ownCpu };
                            break;
                        default:
                            l = llamaThread.Run(() => InProcess(weights, parameters, maxTokens));
                            l = l with { ClientCpuMs = CpuMilliseconds(Environment.ProcessId) - ownCpu };
                            break;
                    }
                }

                plain.Add(h!);
                streamed.Add(s!);
                local.Add(l!);
                identical &= h!.Text == l!.Text && s!.Text == l.Text && h.Tokens == l.Tokens && s.Tokens == l.Tokens;
                Console.WriteLine($"  round {r + 1}: HTTP {h.Rate,6:F1} tok/s (host's generation {h.Tokens / h.ServerSeconds,6:F1}) | " +
                    $"HTTP streamed {s!.Rate,6:F1} tok/s ({s.Chunks} chunks) | in-process {l.Rate,6:F1} tok/s | {l.Tokens} tokens");
            }

            // Per-round ratios pair measurements taken seconds apart; their median resists the machine's load swings.
            var ratio = Median(plain.Zip(local, (h, l) => h.Rate / l.Rate).ToList());
            var streamRatio = Median(streamed.Zip(local, (s, l) => s.Rate / l.Rate).ToList());
            var hostLoopRatio = Median(plain.Zip(local, (h, l) => h.Tokens / h.ServerSeconds / l.Rate).ToList());
            var overheadMs = Median(plain.Select(h => (h.Seconds - h.ServerSeconds) * 1000).ToList());
            Console.WriteLine($"same tokens and text on all three paths in every round: {(identical ? "yes" : "NO")}");
            Console.WriteLine($"median tokens/s: HTTP {Median(plain.Select(x => x.Rate).ToList()):F1}, HTTP streamed {Median(streamed.Select(x => x.Rate).ToList()):F1}, " +
                $"in-process LLamaSharp {Median(local.Select(x => x.Rate).ToList()):F1}");
            Console.WriteLine($"median CPU per request (ms): HTTP host {Median(plain.Select(x => x.HostCpuMs).ToList()):F0} + client {Median(plain.Select(x => x.ClientCpuMs).ToList()):F0}; " +
                $"streamed host {Median(streamed.Select(x => x.HostCpuMs).ToList()):F0} + client {Median(streamed.Select(x => x.ClientCpuMs).ToList()):F0}; " +
                $"in-process {Median(local.Select(x => x.ClientCpuMs).ToList()):F0}");
            Console.WriteLine($"host's generation time (Server-Timing) vs in-process: {hostLoopRatio:F3}; HTTP round trip outside generation: {overheadMs:F1} ms per request");
            Console.WriteLine($"per-round ratios HTTP / in-process: {string.Join(" ", plain.Zip(local, (h, l) => (h.Rate / l.Rate).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
            Console.WriteLine($"ratio HTTP / in-process (median of per-round ratios), {size} model, {threads} threads: {ratio:F3} (target >= 0.95): {(ratio >= 0.95 ? "met" : "NOT met")}");
            Console.WriteLine($"ratio HTTP streamed / in-process (median of per-round ratios), {size} model, {threads} threads: {streamRatio:F3} (target >= 0.95): {(streamRatio >= 0.95 ? "met" : "NOT met")}");
            return identical ? 0 : 1;
        }
        finally
        {
            if (server is { HasExited: false })
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }

            server?.Dispose();
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>One measured completion: tokens, client-side seconds, the text, and for HTTP the host's generation time.</summary>
    private sealed record Run(int Tokens, double Seconds, string Text, double ServerSeconds = double.NaN, int Chunks = 0,
        double HostCpuMs = double.NaN, double ClientCpuMs = double.NaN)
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

    private static Process Start(string dll, string arguments)
    {
        var info = new ProcessStartInfo("dotnet", $"\"{dll}\" {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start the GPU host");
        // Drain the pipes so a chatty host never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("  host: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
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
