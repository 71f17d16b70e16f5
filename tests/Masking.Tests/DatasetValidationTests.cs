using System.Text;
using Masking.Dataset;

namespace Masking.Tests;

public sealed class DatasetValidationTests
{
    private const string Good = """{"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]}""";

    public static TheoryData<string, string> MalformedLines => new()
    {
        { "{\"messages\": [", IssueCodes.InvalidJson },
        { "not json at all", IssueCodes.InvalidJson },
        { "[1,2,3]", IssueCodes.NotAnObject },
        { "{\"text\":\"hello\"}", IssueCodes.UnknownFormat },
        { "{\"messages\":\"hello\"}", IssueCodes.InvalidMessages },
        { "{\"messages\":[]}", IssueCodes.InvalidMessages },
        { "{\"messages\":[\"hello\"]}", IssueCodes.InvalidMessage },
        { "{\"messages\":[{\"role\":\"doctor\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\"y\"}]}", IssueCodes.InvalidRole },
        { "{\"messages\":[{\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\"y\"}]}", IssueCodes.InvalidRole },
        { "{\"messages\":[{\"role\":\"user\"},{\"role\":\"assistant\",\"content\":\"y\"}]}", IssueCodes.InvalidContent },
        { "{\"messages\":[{\"role\":\"user\",\"content\":5},{\"role\":\"assistant\",\"content\":\"y\"}]}", IssueCodes.InvalidContent },
        { "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", IssueCodes.NoAssistantTurn },
        { "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\"  \"}]}", IssueCodes.EmptyAssistantTurn },
        // White space read from the raw bytes must agree with string.IsNullOrWhiteSpace: escapes, no-break and wide spaces.
        { "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\"\"}]}", IssueCodes.EmptyAssistantTurn },
        { "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\" \\n\\t\\u0020 \"}]}", IssueCodes.EmptyAssistantTurn },
        { "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\"\u00a0\u3000 \"}]}", IssueCodes.EmptyAssistantTurn },
        { "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"\\u0061ssistant\",\"content\":\"y\",\"weight\":2}]}", IssueCodes.InvalidWeight },
        { "{\"messages\":[{\"role\":\"User\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\"y\"}]}", IssueCodes.InvalidRole },
        { "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"},{\"role\":\"assistant\",\"content\":\"y\",\"weight\":2}]}", IssueCodes.InvalidWeight },
        { "{\"messages\":[{\"role\":\"user\",\"content\":\"x\",\"weight\":1},{\"role\":\"assistant\",\"content\":\"y\"}]}", IssueCodes.InvalidWeight },
        { "{\"messages\":[{\"role\":\"user\",\"content\":\"x\",\"extra\":1},{\"role\":\"assistant\",\"content\":\"y\"}]}", IssueCodes.InvalidMessage },
        { "{\"prompt\":\"x\",\"completion\":\"\"}", IssueCodes.InvalidPromptCompletion },
        { "{\"prompt\":3,\"completion\":\"y\"}", IssueCodes.InvalidPromptCompletion },
        { "{\"a\":" + string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40)) + "}", IssueCodes.TooDeep },
        { "{\"messages\":[]} trailing", IssueCodes.InvalidJson },
    };

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public async Task Validate_MalformedLine_IsNamedWithLineNumberAndCode(string bad, string expectedCode)
    {
        var report = await ValidateAsync($"{Good}\n{bad}\n{Good.Replace("hello", "hey", StringComparison.Ordinal)}\n");

        Assert.False(report.IsValid);
        var issue = Assert.Single(report.Issues);
        Assert.Equal(2, issue.Line);
        Assert.Equal(expectedCode, issue.Code);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
    }

    [Fact]
    public async Task Validate_InvalidUtf8_IsReportedWithBytePosition()
    {
        var bytes = Encoding.UTF8.GetBytes(Good + "\n").Concat(new byte[] { (byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}' }).ToArray();

        var report = await DatasetScanner.ValidateAsync(new MemoryStream(bytes));

        var issue = Assert.Single(report.Issues);
        Assert.Equal(IssueCodes.InvalidUtf8, issue.Code);
        Assert.Equal(2, issue.Line);
        Assert.Contains("byte 3", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NulByte_IsAnError()
    {
        var report = await ValidateAsync(Good + "\n{\"prompt\":\"a\u0000\"}\n");

        Assert.Equal(IssueCodes.NulByte, Assert.Single(report.Issues).Code);
    }

    [Fact]
    public async Task Validate_LineOverSizeLimit_IsAnError()
    {
        var big = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + new string('a', 5000) + "\"},{\"role\":\"assistant\",\"content\":\"b\"}]}";

        var report = await DatasetScanner.ValidateAsync(new MemoryStream(Encoding.UTF8.GetBytes(Good + "\n" + big)), new ValidationOptions { MaxLineBytes = 1000 });

        var issue = Assert.Single(report.Issues);
        Assert.Equal(IssueCodes.LineTooLong, issue.Code);
        Assert.Equal(2, issue.Line);
    }

    [Fact]
    public async Task Validate_RecordOverTokenLimit_IsAnError()
    {
        var big = "{\"prompt\":\"" + new string('a', 4000) + "\",\"completion\":\"b\"}";

        var report = await DatasetScanner.ValidateAsync(new MemoryStream(Encoding.UTF8.GetBytes(big)), new ValidationOptions { MaxTokensPerRecord = 500 });

        Assert.Equal(IssueCodes.TooManyTokens, Assert.Single(report.Issues).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public async Task Validate_EmptyDataset_IsRejected(string content)
    {
        var report = await ValidateAsync(content);

        Assert.False(report.IsValid);
        Assert.Contains(report.Issues, i => i.Code == IssueCodes.EmptyFile);
    }

    [Fact]
    public async Task Validate_DuplicatesAndBlankLines_AreWarningsNamingTheLines()
    {
        var report = await ValidateAsync($"{Good}\n\n{Good}\n");

        Assert.True(report.IsValid);
        Assert.Equal(1, report.ValidRecords);
        Assert.Collection(report.Issues,
            i => Assert.Equal((2L, IssueCodes.BlankLine), (i.Line, i.Code)),
            i =>
            {
                Assert.Equal((3L, IssueCodes.Duplicate), (i.Line, i.Code));
                Assert.Contains("line 1", i.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public async Task Validate_MixedFormats_IsAnError()
    {
        var report = await ValidateAsync($"{Good}\n{{\"prompt\":\"a\",\"completion\":\"b\"}}\n");

        Assert.Equal(IssueCodes.MixedFormat, Assert.Single(report.Issues).Code);
    }

    [Fact]
    public async Task Validate_PromptCompletionDataset_IsAccepted()
    {
        var report = await ValidateAsync("{\"prompt\":\"a\",\"completion\":\"b\"}\r\n{\"prompt\":\"c\",\"completion\":\"d\"}\r\n");

        Assert.True(report.IsValid);
        Assert.Equal(DatasetFormat.PromptCompletion, report.Format);
        Assert.Equal(2, report.ValidRecords);
    }

    [Theory]
    [InlineData("\\u0020x")]
    [InlineData("\u00a0x")]
    [InlineData("  \\\"")]
    [InlineData("\\u0041")]
    public async Task Validate_AssistantTurnWithTextAfterEscapesOrWideSpace_IsAccepted(string content)
    {
        var report = await ValidateAsync($"{{\"messages\":[{{\"role\":\"user\",\"content\":\"x\"}},{{\"role\":\"assistant\",\"content\":\"{content}\"}}]}}\n");

        Assert.True(report.IsValid, report.Summarize());
    }

    [Fact]
    public async Task Validate_IssueMessages_NeverEchoContent()
    {
        var report = await ValidateAsync("{\"messages\":[{\"role\":\"Maria Gonzalez\",\"content\":\"SSN 219-09-9999\"},{\"role\":\"assistant\",\"content\":\"y\"}]}");

        var issue = Assert.Single(report.Issues);
        Assert.DoesNotContain("Maria", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("219", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ManyErrors_ListsUpToLimitAndCountsAll()
    {
        var content = string.Join('\n', Enumerable.Range(0, 50).Select(i => "bad " + i));

        var report = await DatasetScanner.ValidateAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), new ValidationOptions { MaxListedIssues = 10 });

        Assert.Equal(10, report.Issues.Count);
        Assert.Equal(50, report.ErrorCount);
        Assert.True(report.IssuesTruncated);
        Assert.Equal(50, report.CountsByCode[IssueCodes.InvalidJson]);
    }

    private static Task<ValidationReport> ValidateAsync(string content) =>
        DatasetScanner.ValidateAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)));
}
