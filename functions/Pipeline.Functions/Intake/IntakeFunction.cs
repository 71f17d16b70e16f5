using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Orchestration;

namespace Pipeline.Functions.Intake;

/// <summary>
/// Event Grid delivers <c>BlobCreated</c> events for <c>datasets/incoming/</c> to a private storage queue (Flex
/// Consumption has no classic blob trigger, and a webhook would need a public endpoint); this starts one run each.
/// </summary>
public sealed partial class IntakeFunction(IOptions<PipelineRunOptions> options, ILogger<IntakeFunction> logger)
{
    [Function(nameof(IntakeFunction))]
    public async Task RunAsync(
        [QueueTrigger("%Pipeline:IntakeQueueName%", Connection = "AzureWebJobsStorage")] string message,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var upload = BlobCreatedEvent.Parse(message);
        if (upload is null)
        {
            LogIgnored(logger);
            return;
        }

        var instanceId = RunIds.ForUpload(upload.Url, upload.ETag);
        if (await client.GetInstanceAsync(instanceId, cancellationToken) is not null)
        {
            LogDuplicate(logger, instanceId);
            return;
        }

        var settings = options.Value;
        var input = new PipelineInput(upload.DatasetBlob, upload.Submitter, RunIds.DefaultModelName(upload.DatasetBlob), settings.BaseModel, settings.BaseModelSha256,
            Timing: settings.Timing());
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(FineTunePipeline), input, new Microsoft.DurableTask.StartOrchestrationOptions(instanceId), cancellationToken);
        LogStarted(logger, instanceId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started run {InstanceId} for a new dataset upload")]
    private static partial void LogStarted(ILogger logger, string instanceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {InstanceId} already exists; duplicate event ignored")]
    private static partial void LogDuplicate(ILogger logger, string instanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue message is not a BlobCreated event for datasets/incoming/*.jsonl; ignored")]
    private static partial void LogIgnored(ILogger logger);
}

/// <summary>The parts of an Event Grid <c>Microsoft.Storage.BlobCreated</c> event the intake needs.</summary>
public sealed record BlobCreatedEvent(Uri Url, string ETag, string DatasetBlob, string Submitter)
{
    /// <summary>Parses the event (Event Grid or CloudEvents schema, as JSON or base64 JSON); null when it is not a dataset upload.</summary>
    public static BlobCreatedEvent? Parse(string message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var json = message.TrimStart().StartsWith('{') ? message : TryBase64(message);
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var type = root.TryGetProperty("eventType", out var t) ? t.GetString() : root.TryGetProperty("type", out var ct) ? ct.GetString() : null;
            if (type != "Microsoft.Storage.BlobCreated" || !root.TryGetProperty("data", out var data)
                || !data.TryGetProperty("url", out var urlElement) || !Uri.TryCreate(urlElement.GetString(), UriKind.Absolute, out var url)
                || !data.TryGetProperty("eTag", out var eTagElement) || eTagElement.GetString() is not { Length: > 0 } eTag)
            {
                return null;
            }

            // Container and blob name come from the subject (/blobServices/default/containers/{c}/blobs/{name}), which
            // has the same shape for every endpoint style; the URL path is the fallback (path-style endpoints such as
            // the emulator's put the account name first, so it is only trusted when it starts with the container).
            string[] segments;
            const string SubjectPrefix = "/blobServices/default/containers/";
            if (root.TryGetProperty("subject", out var subjectElement) && subjectElement.GetString() is { } subject
                && subject.StartsWith(SubjectPrefix, StringComparison.Ordinal) && subject[SubjectPrefix.Length..].Split("/blobs/", 2) is [var c, var n])
            {
                segments = [c, n];
            }
            else
            {
                segments = Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/').Split('/', 2);
            }

            // Path: /{container}/incoming/{team}/{name}.jsonl — only that shape starts a run.
            if (segments.Length != 2 || segments[0] != "datasets" || !Uri.UnescapeDataString(url.AbsolutePath).EndsWith($"/{segments[0]}/{segments[1]}", StringComparison.Ordinal))
            {
                return null;
            }

            var blob = segments[1];
            var parts = blob.Split('/');
            if (parts.Length != 3 || parts[0] != "incoming" || !parts[2].EndsWith(".jsonl", StringComparison.Ordinal))
            {
                return null;
            }

            // The uploading team is the submitter; its members cannot approve the run.
            return new BlobCreatedEvent(url, eTag, blob, $"team:{parts[1]}");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? TryBase64(string message)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(message.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
