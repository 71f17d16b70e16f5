namespace GpuHost.Inference;

/// <summary>
/// The threads that drive llama.cpp: a few long-lived threads, the most recently used one first, instead of whichever
/// thread-pool thread is free.
/// </summary>
/// <remarks>
/// llama.cpp's CPU backend uses OpenMP (libgomp), which keeps one team of worker threads per calling thread. On
/// thread-pool threads nearly every new calling thread got a team of its own, and once a process holds more OpenMP
/// threads than cores libgomp stops spinning at barriers (about a hundred per token) and sleeps in the kernel at each one:
/// measured about 14,000 voluntary context switches per 140-token request instead of about 30, and whether a process was
/// in that mode depended on its thread-pool history, not on its configuration. One stable calling thread per concurrent
/// generation keeps one team and the barriers llama.cpp is tuned for (its own server also decodes on one thread).
/// Trade-off: spinning barriers with as many llama.cpp threads as cores suffer when other processes want those cores;
/// leave a core free (<c>GpuHost:Threads</c>) or set <c>OMP_WAIT_POLICY=PASSIVE</c> on shared CPU machines.
/// Process-wide on purpose: libgomp's thread count is process-wide.
/// </remarks>
internal static class LlamaThreads
{
    private static readonly Lock Gate = new();
    private static readonly Stack<Worker> Idle = new();
    private static int _created; // threads made so far: at most the peak number of concurrent generations

    /// <summary>Runs <paramref name="work"/> on a llama thread; the task completes (off that thread) when it returns.</summary>
    public static Task RunAsync(Action work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        // Continuations must not run on the llama thread: it goes back to the idle stack as soon as the work returns.
        var item = new WorkItem(work, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), cancellationToken);
        Worker? worker;
        lock (Gate)
        {
            if (!Idle.TryPop(out worker))
            {
                worker = new Worker(++_created);
            }
        }

        worker.Post(item);
        return item.Done.Task;
    }

    private sealed record WorkItem(Action Work, TaskCompletionSource Done, CancellationToken CancellationToken);

    private sealed class Worker
    {
        private readonly SemaphoreSlim _signal = new(0, 1);
        private WorkItem? _next;

        public Worker(int number)
        {
            // Background: never keeps the process alive; a generation in flight at exit is abandoned like any request.
            new Thread(Loop) { IsBackground = true, Name = $"llama-{number}" }.Start();
        }

        public void Post(WorkItem item)
        {
            Volatile.Write(ref _next, item);
            _signal.Release();
        }

        private void Loop()
        {
            while (true)
            {
                _signal.Wait();
                var item = Interlocked.Exchange(ref _next, null)!;
                Exception? error = null;
                try
                {
                    item.Work();
                }
                catch (Exception ex)
                {
                    error = ex;
                }

                // Idle again before the caller resumes, so the caller's next generation finds this same thread.
                lock (Gate)
                {
                    Idle.Push(this);
                }

                if (error is null)
                {
                    item.Done.TrySetResult();
                }
                else if (error is OperationCanceledException && item.CancellationToken.IsCancellationRequested)
                {
                    item.Done.TrySetCanceled(item.CancellationToken);
                }
                else
                {
                    item.Done.TrySetException(error);
                }
            }
        }
    }
}
