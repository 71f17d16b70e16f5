using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Functions.Intake;
using Pipeline.Storage;

namespace Pipeline.LocalHost.LocalStack;

/// <summary>
/// Azurite has no Event Grid: this polls <c>datasets/incoming/</c> and hands every new upload (name + ETag) to the
/// Functions app's own intake as the BlobCreated event Event Grid would deliver, so the same code decides whether a
/// run starts. The intake's deterministic run ids make a re-delivery (e.g. after a restart) a no-op.
/// </summary>
internal sealed partial class DatasetWatcher(IServiceProvider services, PipelineStorage storage, DurableTaskClient client, ILogger<DatasetWatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or Grpc.Core.RpcException)
            {
                // Storage or the durable backend briefly unavailable: the next pass retries.
                LogScanFailed(logger, ex.GetType().Name);
            }

            try
            {
                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ScanAsync(CancellationToken cancellationToken)
    {
        var datasets = storage.Datasets;
        await foreach (var blob in datasets.GetBlobsAsync(new GetBlobsOptions { Prefix = "incoming/" }, cancellationToken))
        {
            var eTag = blob.Properties.ETag?.ToString() ?? "";
            if (eTag.Length == 0 || !_seen.Add(blob.Name + "|" + eTag))
            {
                continue;
            }

            var message = JsonSerializer.Serialize(new
            {
                eventType = "Microsoft.Storage.BlobCreated",
                subject = $"/blobServices/default/containers/{datasets.Name}/blobs/{blob.Name}",
                data = new { url = datasets.GetBlobClient(blob.Name).Uri.ToString(), eTag },
            });
            var intake = ActivatorUtilities.CreateInstance<IntakeFunction>(services);
            await intake.RunAsync(message, client, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dataset watcher: scan failed ({Error}); retrying")]
    private static partial void LogScanFailed(ILogger logger, string error);
}
