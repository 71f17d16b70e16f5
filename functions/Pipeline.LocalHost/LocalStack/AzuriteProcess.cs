using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pipeline.LocalHost.LocalStack;

/// <summary>
/// Runs the storage emulator (Azurite, pinned in the repository's package.json and installed by <c>npm ci</c>)
/// on free loopback ports with its own data folder. Used by the local stack and by every storage test.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's published development account; its key is public and only valid against the emulator.</summary>
    public const string AccountName = "devstoreaccount1";

    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly string? _ownedDataFolder;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort, string? ownedDataFolder)
    {
        _process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        _ownedDataFolder = ownedDataFolder;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>A connection string for the Azure SDK clients (emulator only).</summary>
    public string ConnectionString => ConnectionStringFor(BlobPort, QueuePort, TablePort);

    /// <summary>The emulator connection string for the given loopback ports.</summary>
    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";

    /// <summary>The connection string of the Azurite a local stack left running in <paramref name="dataFolder"/>, or null.</summary>
    public static string? ConnectionStringOfRunning(string dataFolder)
    {
        var stateFile = Path.Combine(dataFolder, "azurite-process.json");
        try
        {
            var state = System.Text.Json.JsonSerializer.Deserialize<ProcessState>(File.ReadAllText(stateFile));
            return state is null ? null : ConnectionStringFor(state.BlobPort, state.QueuePort, state.TablePort);
        }
        catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Starts Azurite. <paramref name="dataFolder"/> keeps data across restarts (local stack); null uses a
    /// temporary folder deleted on dispose (tests). Ports of 0 are chosen free.
    /// </summary>
    public static async Task<AzuriteProcess> StartAsync(string? dataFolder = null, int blobPort = 0, int queuePort = 0, int tablePort = 0,
        CancellationToken cancellationToken = default)
    {
        // A port found free can be taken by another process before Azurite binds it (parallel test runs on one
        // machine): when the ports were ours to choose, choose again and retry.
        var chosenByUs = blobPort == 0 && queuePort == 0 && tablePort == 0;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(dataFolder, blobPort, queuePort, tablePort, cancellationToken);
            }
            catch (InvalidOperationException) when (chosenByUs && attempt < 3)
            {
            }
        }
    }

    private static async Task<AzuriteProcess> StartOnceAsync(string? dataFolder, int blobPort, int queuePort, int tablePort,
        CancellationToken cancellationToken)
    {
        var script = FindAzuriteScript();
        var owned = dataFolder is null ? Directory.CreateTempSubdirectory("azurite-").FullName : null;
        var location = dataFolder ?? owned!;
        Directory.CreateDirectory(location);
        blobPort = blobPort == 0 ? FreePort() : blobPort;
        queuePort = queuePort == 0 ? FreePort() : queuePort;
        tablePort = tablePort == 0 ? FreePort() : tablePort;

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     script, "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--location", location,
                     "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node for Azurite");
        var stderr = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var azurite = new AzuriteProcess(process, blobPort, queuePort, tablePort, owned);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in new[] { blobPort, queuePort, tablePort })
        {
            while (!await CanConnectAsync(port, cancellationToken))
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    string errors;
                    lock (stderr)
                    {
                        errors = stderr.ToString();
                    }

                    await azurite.DisposeAsync();
                    throw new InvalidOperationException($"Azurite did not start on port {port} (exit: {(process.HasExited ? process.ExitCode : "still running")}). {errors}");
                }

                await Task.Delay(100, cancellationToken);
            }
        }

        return azurite;
    }

    /// <summary>
    /// The local stack's Azurite: persistent data in <paramref name="dataFolder"/>, and if a previous stack process died
    /// without stopping its Azurite (killed, crashed), that Azurite is reused instead of started twice on the same
    /// files — it still holds the newest writes in memory (it flushes to disk only every few seconds).
    /// </summary>
    public static async Task<AzuriteProcess> StartOrAttachAsync(string dataFolder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataFolder);
        var stateFile = Path.Combine(dataFolder, "azurite-process.json");
        if (TryAttach(stateFile) is { } attached)
        {
            if (await CanConnectAsync(attached.BlobPort, cancellationToken) && await CanConnectAsync(attached.QueuePort, cancellationToken)
                && await CanConnectAsync(attached.TablePort, cancellationToken))
            {
                return attached;
            }

            await attached.DisposeAsync();
        }

        var started = await StartAsync(dataFolder, cancellationToken: cancellationToken);
        var state = new ProcessState(started._process.Id, started._process.StartTime.ToUniversalTime(), started.BlobPort, started.QueuePort, started.TablePort);
        await File.WriteAllTextAsync(stateFile, System.Text.Json.JsonSerializer.Serialize(state), cancellationToken);
        return started;
    }

    /// <summary>
    /// Stops the Azurite recorded in <paramref name="dataFolder"/> if it still runs (one a killed stack left behind). The pid
    /// alone is not trusted: a recycled one belongs to another process, so its start time must match the record too.
    /// </summary>
    public static async Task StopRecordedAsync(string dataFolder)
    {
        if (TryAttach(Path.Combine(dataFolder, "azurite-process.json")) is { } recorded)
        {
            await recorded.DisposeAsync();
        }
    }

    private static AzuriteProcess? TryAttach(string stateFile)
    {
        try
        {
            var state = System.Text.Json.JsonSerializer.Deserialize<ProcessState>(File.ReadAllText(stateFile));
            if (state is null)
            {
                return null;
            }

            var process = Process.GetProcessById(state.Pid);
            // A recycled pid belongs to another process: its start time differs.
            if (process.HasExited || Math.Abs((process.StartTime.ToUniversalTime() - state.StartedAt).TotalSeconds) > 1)
            {
                process.Dispose();
                return null;
            }

            return new AzuriteProcess(process, state.BlobPort, state.QueuePort, state.TablePort, ownedDataFolder: null);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record ProcessState(int Pid, DateTime StartedAt, int BlobPort, int QueuePort, int TablePort);

    /// <summary>Stops Azurite gracefully (it flushes its data files on SIGTERM), then removes a temporary data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            if (!OperatingSystem.IsWindows())
            {
                // SIGTERM lets Azurite persist its in-memory metadata; Kill() would be SIGKILL.
                using var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await term.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        if (_ownedDataFolder is not null)
        {
            try
            {
                Directory.Delete(_ownedDataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; never fail a test run over it.
            }
        }
    }

    /// <summary>Finds node_modules/azurite from the current directory or the app's folder upwards.</summary>
    private static string FindAzuriteScript()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var script = Path.Combine(dir.FullName, "node_modules", "azurite", "dist", "src", "azurite.js");
                if (File.Exists(script))
                {
                    return script;
                }
            }
        }

        throw new InvalidOperationException(
            "Azurite is not installed: run `npm ci` in the repository root (package.json pins it).");
    }

    /// <summary>True when <c>npm ci</c> has installed Azurite where <see cref="StartAsync"/> looks for it.</summary>
    public static bool IsInstalled()
    {
        try
        {
            FindAzuriteScript();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> CanConnectAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
