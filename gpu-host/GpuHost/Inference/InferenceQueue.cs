using System.Collections.Concurrent;
using GpuHost.Hosting;
using Microsoft.Extensions.Options;

namespace GpuHost.Inference;

/// <summary>
/// A bounded queue per model: <c>MaxConcurrentRequestsPerModel</c> generate, up to <c>QueueCapacityPerModel</c> wait,
/// and anything beyond is refused at once (429) instead of piling up latency for everyone.
/// </summary>
public sealed class InferenceQueue(IOptions<GpuHostOptions> options)
{
    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);

    /// <summary>Requests waiting or running, per model (a metric).</summary>
    public IEnumerable<KeyValuePair<string, int>> Depths => _lanes.Select(l => KeyValuePair.Create(l.Key, Volatile.Read(ref l.Value.Pending)));

    /// <summary>A slot to generate with, or null when the model's queue is full.</summary>
    public async Task<IDisposable?> TryEnterAsync(string model, CancellationToken cancellationToken)
    {
        var o = options.Value;
        var lane = _lanes.GetOrAdd(model, _ => new Lane(o.MaxConcurrentRequestsPerModel));
        if (Interlocked.Increment(ref lane.Pending) > o.MaxConcurrentRequestsPerModel + o.QueueCapacityPerModel)
        {
            Interlocked.Decrement(ref lane.Pending);
            return null;
        }

        try
        {
            await lane.Slots.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Decrement(ref lane.Pending);
            throw;
        }

        return new Slot(lane);
    }

    private sealed class Lane(int slots)
    {
        public readonly SemaphoreSlim Slots = new(slots, slots);
        public int Pending;
    }

    private sealed class Slot(Lane lane) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                lane.Slots.Release();
                Interlocked.Decrement(ref lane.Pending);
            }
        }
    }
}
