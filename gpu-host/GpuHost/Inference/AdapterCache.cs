using GpuHost.Adapters;
using GpuHost.Hosting;
using GpuHost.Security;
using Microsoft.Extensions.Options;
using LoraHandle = LLama.Native.LoraAdapter;

namespace GpuHost.Inference;

/// <summary>The adapter was trained for another base model than the one this host serves.</summary>
public sealed class AdapterBaseMismatchException : Exception
{
    public AdapterBaseMismatchException() { }

    public AdapterBaseMismatchException(string message) : base(message) { }

    public AdapterBaseMismatchException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>
/// Verified adapters loaded into llama.cpp, least recently used first out. A lease keeps an adapter loaded while a
/// request generates with it; an evicted adapter is unloaded when its last lease ends.
/// </summary>
public sealed partial class AdapterCache(ModelHost host, AdapterStore store, IOptions<GpuHostOptions> options, WorkDirectory work,
    GpuHostMetrics metrics, ILogger<AdapterCache> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _lru = new();

    /// <summary>Names currently loaded (most recent first).</summary>
    public IReadOnlyList<string> Loaded
    {
        get
        {
            lock (_gate)
            {
                return _lru.Select(e => e.Name).ToList();
            }
        }
    }

    public async Task<AdapterLease> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        if (TryLease(name) is { } hit)
        {
            return hit;
        }

        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            if (TryLease(name) is { } loadedMeanwhile)
            {
                return loadedMeanwhile;
            }

            using var activity = GpuHostMetrics.Source.StartActivity("adapter.load");
            activity?.SetTag("gpuhost.adapter", name);
            var (manifest, plaintext) = await store.ReadVerifiedAsync(name, cancellationToken);
            if (!string.Equals(manifest.BaseModel, host.BaseModelIdentity, StringComparison.Ordinal))
            {
                throw new AdapterBaseMismatchException($"Adapter '{name}' was trained for base model '{manifest.BaseModel}', not '{host.BaseModelIdentity}'.");
            }

            LoraHandle handle;
            // llama.cpp only loads adapters from a path: the verified plaintext goes to a 0600 file in a 0700 folder
            // and is deleted as soon as llama.cpp has read it (the `using` below), so it is on disk for milliseconds.
            using (var file = await PrivateTempFile.WriteAsync(work.Secure("adapters"), plaintext, ".gguf", cancellationToken))
            {
                handle = host.Weights.NativeHandle.LoadLoraFromFile(file.Path);
            }

            metrics.AdapterLoaded(name);
            LogAdapterLoaded(logger, name, manifest.Sha256);
            var entry = new Entry(name, handle) { Refs = 1 };
            lock (_gate)
            {
                _entries[name] = entry;
                entry.Node = _lru.AddFirst(entry);
                EvictLocked();
            }

            return new AdapterLease(this, entry);
        }
        finally
        {
            _loadLock.Release();
        }
    }

    private AdapterLease? TryLease(string name)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(name, out var e))
            {
                return null;
            }

            e.Refs++;
            _lru.Remove(e.Node!);
            _lru.AddFirst(e.Node!);
            return new AdapterLease(this, e);
        }
    }

    /// <summary>
    /// Drops <paramref name="name"/> from the cache for good (its model was deleted): no new lease can get it, generations
    /// already holding a lease finish, and the native adapter is unloaded when the last lease ends (at once when none).
    /// Call it after the adapter is gone from storage: it waits for a load in progress (which may have read the adapter
    /// before the deletion) and evicts what that load added; any later load finds no manifest. True when it was loaded.
    /// </summary>
    public async Task<bool> EvictAsync(string name, CancellationToken cancellationToken)
    {
        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            lock (_gate)
            {
                if (!_entries.Remove(name, out var entry))
                {
                    return false;
                }

                _lru.Remove(entry.Node!);
                RetireLocked(entry);
                return true;
            }
        }
        finally
        {
            _loadLock.Release();
        }
    }

    private void EvictLocked()
    {
        while (_lru.Count > options.Value.AdapterCacheSize)
        {
            var victim = _lru.Last!.Value;
            _lru.RemoveLast();
            _entries.Remove(victim.Name);
            RetireLocked(victim);
        }
    }

    /// <summary>An entry out of the cache: unloaded now when no lease holds it, else by <see cref="Release"/> of the last one.</summary>
    private static void RetireLocked(Entry entry)
    {
        entry.Evicted = true;
        if (entry.Refs == 0)
        {
            entry.Unload();
        }
    }

    private void Release(Entry entry)
    {
        lock (_gate)
        {
            entry.Refs--;
            if (entry.Evicted && entry.Refs == 0)
            {
                entry.Unload();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var e in _lru)
            {
                e.Unload();
            }

            _lru.Clear();
            _entries.Clear();
        }

        _loadLock.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Adapter {Name} verified (sha256 {Sha256}) and loaded")]
    private static partial void LogAdapterLoaded(ILogger logger, string name, string sha256);

    internal sealed class Entry(string name, LoraHandle handle)
    {
        public string Name { get; } = name;

        public LoraHandle Handle { get; } = handle;

        public int Refs { get; set; }

        public bool Evicted { get; set; }

        public LinkedListNode<Entry>? Node { get; set; }

        /// <summary>Set once the native adapter is freed; no lease may use the handle after that.</summary>
        public bool Unloaded { get; private set; }

        public void Unload()
        {
            Handle.Unload();
            Unloaded = true;
        }
    }

    /// <summary>Keeps one adapter loaded until disposed.</summary>
    public sealed class AdapterLease : IDisposable
    {
        private readonly AdapterCache _owner;
        private readonly Entry _entry;
        private int _disposed;

        internal AdapterLease(AdapterCache owner, Entry entry)
        {
            _owner = owner;
            _entry = entry;
        }

        public LoraHandle Handle => _entry.Handle;

        /// <summary>Whether the native adapter was freed (only ever after the last lease ended; tests check that).</summary>
        internal bool AdapterUnloaded => _entry.Unloaded;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _owner.Release(_entry);
            }
        }
    }
}
