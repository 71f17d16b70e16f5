using System.Text;
using Pipeline.Functions.Intake;

namespace Pipeline.Functions.Tests;

public sealed class IntakeTests
{
    private const string EventGridEvent = """
        {"id":"1","eventType":"Microsoft.Storage.BlobCreated","subject":"/blobServices/default/containers/datasets/blobs/incoming/cardiology/notes.jsonl",
         "data":{"api":"PutBlob","eTag":"0x8DC1234567890AB","url":"https://acct.blob.core.windows.net/datasets/incoming/cardiology/notes.jsonl"}}
        """;

    [Fact]
    public void Parse_EventGridBlobCreated_GivesBlobTeamAndETag()
    {
        var upload = BlobCreatedEvent.Parse(EventGridEvent);

        Assert.NotNull(upload);
        Assert.Equal("incoming/cardiology/notes.jsonl", upload.DatasetBlob);
        Assert.Equal("team:cardiology", upload.Submitter);
        Assert.Equal("0x8DC1234567890AB", upload.ETag);
    }

    [Fact]
    public void Parse_Base64QueueMessageAndCloudEventSchema_AreUnderstood()
    {
        var cloudEvent = EventGridEvent.Replace("\"eventType\"", "\"type\"", StringComparison.Ordinal);

        Assert.NotNull(BlobCreatedEvent.Parse(Convert.ToBase64String(Encoding.UTF8.GetBytes(EventGridEvent))));
        Assert.NotNull(BlobCreatedEvent.Parse(cloudEvent));
    }

    [Theory]
    [InlineData("https://acct.blob.core.windows.net/datasets/quarantine/cardiology/notes.jsonl")]
    [InlineData("https://acct.blob.core.windows.net/datasets/incoming/cardiology/notes.csv")]
    [InlineData("https://acct.blob.core.windows.net/models/incoming/cardiology/notes.jsonl")]
    [InlineData("https://acct.blob.core.windows.net/datasets/incoming/notes.jsonl")]
    public void Parse_BlobsOutsideIncomingDatasets_AreIgnored(string url)
    {
        var message = EventGridEvent.Replace("https://acct.blob.core.windows.net/datasets/incoming/cardiology/notes.jsonl", url, StringComparison.Ordinal);

        Assert.Null(BlobCreatedEvent.Parse(message));
    }

    [Fact]
    public void Parse_PathStyleEndpoint_TakesContainerAndBlobFromTheSubject()
    {
        // The emulator (and other path-style endpoints) put the account name before the container in the URL.
        var message = EventGridEvent.Replace("https://acct.blob.core.windows.net/", "http://127.0.0.1:10000/devstoreaccount1/", StringComparison.Ordinal);

        var upload = BlobCreatedEvent.Parse(message);

        Assert.NotNull(upload);
        Assert.Equal("incoming/cardiology/notes.jsonl", upload.DatasetBlob);
    }

    [Fact]
    public void Parse_SubjectThatDisagreesWithTheUrl_IsIgnored()
    {
        var message = EventGridEvent.Replace("blobs/incoming/cardiology/notes.jsonl", "blobs/incoming/oncology/notes.jsonl", StringComparison.Ordinal);

        Assert.Null(BlobCreatedEvent.Parse(message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"eventType\":\"Microsoft.Storage.BlobDeleted\",\"data\":{}}")]
    public void Parse_OtherMessages_AreIgnored(string message) => Assert.Null(BlobCreatedEvent.Parse(message));

    [Fact]
    public void RunIds_SameUploadGivesSameRun_ReuploadGivesNewRun()
    {
        var url = new Uri("https://acct.blob.core.windows.net/datasets/incoming/cardiology/notes.jsonl");

        var first = RunIds.ForUpload(url, "\"0x1\"");
        var duplicate = RunIds.ForUpload(url, "0x1");
        var reupload = RunIds.ForUpload(url, "0x2");

        Assert.Equal(first, duplicate);
        Assert.NotEqual(first, reupload);
        Assert.StartsWith("run-", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("incoming/Cardiology/Discharge Notes.jsonl", "cardiology-discharge-notes")]
    [InlineData("incoming/fraud/q3.jsonl", "fraud-q3")]
    public void DefaultModelName_IsRegistrySafe(string blob, string expected) => Assert.Equal(expected, RunIds.DefaultModelName(blob));
}
