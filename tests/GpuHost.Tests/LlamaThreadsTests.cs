using GpuHost.Inference;

namespace GpuHost.Tests;

/// <summary>The llama threads: one stable calling thread per concurrent generation (llama.cpp's OpenMP teams are per calling thread).</summary>
public sealed class LlamaThreadsTests
{
    [Fact]
    public async Task ConsecutiveWork_RunsOnTheSameLongLivedThread_AndResumesTheCallerElsewhere()
    {
        var threads = new List<Thread>();
        for (var i = 0; i < 5; i++)
        {
            await LlamaThreads.RunAsync(() => threads.Add(Thread.CurrentThread), CancellationToken.None);
            Assert.NotSame(threads[^1], Thread.CurrentThread);
        }

        Assert.Single(threads.Distinct());
        Assert.StartsWith("llama-", threads[0].Name, StringComparison.Ordinal);
        Assert.False(threads[0].IsThreadPoolThread);
    }

    [Fact]
    public async Task ConcurrentWork_GetsSeparateThreads()
    {
        using var bothRunning = new Barrier(2);
        var a = LlamaThreads.RunAsync(() => bothRunning.SignalAndWait(TimeSpan.FromSeconds(30)), CancellationToken.None);
        var b = LlamaThreads.RunAsync(() => bothRunning.SignalAndWait(TimeSpan.FromSeconds(30)), CancellationToken.None);
        await Task.WhenAll(a, b).WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Failures_AndCancellation_ReachTheCaller()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => LlamaThreads.RunAsync(() => throw new InvalidOperationException("boom"), CancellationToken.None));

        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LlamaThreads.RunAsync(() => { }, cts.Token));

        using var during = new CancellationTokenSource();
        var task = LlamaThreads.RunAsync(() =>
        {
            during.Cancel();
            during.Token.ThrowIfCancellationRequested();
        }, during.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.True(task.IsCanceled);

        // The thread survived the failures.
        await LlamaThreads.RunAsync(() => { }, CancellationToken.None);
    }
}
