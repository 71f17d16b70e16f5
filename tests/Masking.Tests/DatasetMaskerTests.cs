using System.Text;
using System.Text.Json;
using Masking.Dataset;

namespace Masking.Tests;

public sealed class DatasetMaskerTests
{
    internal static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private const string Record =
        """{"messages":[{"role":"system","content":"You are a clinic assistant."},{"role":"user","content":"Patient Maria Gonzalez, email maria.gonzalez@example.org, phone 555-201-3344."},{"role":"assistant","content":"Thanks Maria Gonzalez, we will call 555-201-3344.","weight":1}]}""";

    [Fact]
    public async Task Mask_KeepsStructureRolesWeightsAndOrder()
    {
        var (result, lines) = await MaskAsync(Record + "\n" + Record.Replace("Maria", "Anna", StringComparison.Ordinal), MaskingPolicy.Default);

        Assert.True(result.Succeeded);
        Assert.Equal(2, lines.Length);
        foreach (var (masked, original) in lines.Zip([Record, Record]))
        {
            using var a = JsonDocument.Parse(masked);
            using var b = JsonDocument.Parse(original);
            var ma = a.RootElement.GetProperty("messages").EnumerateArray().ToList();
            var mb = b.RootElement.GetProperty("messages").EnumerateArray().ToList();
            Assert.Equal(mb.Select(m => m.GetProperty("role").GetString()), ma.Select(m => m.GetProperty("role").GetString()));
            Assert.Equal(1, ma[2].GetProperty("weight").GetInt32());
            Assert.Equal(mb.Select(m => m.EnumerateObject().Select(p => p.Name).ToList()), ma.Select(m => m.EnumerateObject().Select(p => p.Name).ToList()));
        }
    }

    [Fact]
    public async Task Mask_Placeholders_AreTypedAndConsistentWithinRecord()
    {
        var (_, lines) = await MaskAsync(Record, MaskingPolicy.Default);

        var text = lines[0];
        Assert.DoesNotContain("Maria", text, StringComparison.Ordinal);
        Assert.DoesNotContain("555-201-3344", text, StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", text, StringComparison.Ordinal);
        Assert.Contains("Patient <PERSON_1>, email <EMAIL_1>, phone <PHONE_1>.", text, StringComparison.Ordinal);
        Assert.Contains("Thanks <PERSON_1>, we will call <PHONE_1>.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mask_Pseudonyms_AreStableAcrossRecordsAndDependOnTheKey()
    {
        var policy = new MaskingPolicy("p1", 0.5, MaskingOperator.Pseudonym);
        var other = Record.Replace("system", "user", StringComparison.Ordinal).Replace("clinic", "hospital", StringComparison.Ordinal);

        var (_, lines) = await MaskAsync(Record + "\n" + other, policy);
        var (_, otherKey) = await MaskAsync(Record, policy, Enumerable.Repeat((byte)7, 32).ToArray());

        var pseudonym = PseudonymOf(lines[0], "PERSON");
        Assert.Equal(pseudonym, PseudonymOf(lines[1], "PERSON"));
        Assert.NotEqual(pseudonym, PseudonymOf(otherKey[0], "PERSON"));
        Assert.Equal(PseudonymOf(lines[0], "PHONE"), PseudonymOf(lines[1], "PHONE"));
    }

    [Fact]
    public async Task Mask_PartialMaskRedactAndKeep_FollowThePolicy()
    {
        var policy = MaskingPolicy.Parse("""
            { "version": "7", "defaultOperator": "redact",
              "operators": { "CREDIT_CARD": "partialMask", "EMAIL": "keep" } }
            """);
        const string line = """{"prompt":"Card 4111 1111 1111 1111 for maria@example.org, Patient Maria Gonzalez","completion":"ok"}""";

        var (result, lines) = await MaskAsync(line, policy);

        Assert.True(result.Succeeded);
        Assert.Contains("**** **** **** 1111", lines[0], StringComparison.Ordinal);
        Assert.Contains("maria@example.org", lines[0], StringComparison.Ordinal);
        Assert.Contains("Patient [REDACTED]", lines[0], StringComparison.Ordinal);
        Assert.Equal("7", result.Masking.PolicyVersion);
    }

    [Fact]
    public async Task Mask_Report_CountsPerTypeAndFieldWithoutValues()
    {
        var (result, _) = await MaskAsync(Record, MaskingPolicy.Default);

        Assert.Equal(2, result.Masking.ByEntityType["PERSON"]);
        Assert.Equal(2, result.Masking.ByEntityType["PHONE"]);
        Assert.Equal(1, result.Masking.ByField["messages[user].content"]["EMAIL"]);
        Assert.Equal(1, result.Masking.ByField["messages[assistant].content"]["PERSON"]);
        Assert.Equal(1, result.Masking.RecordsWithPii);
        var serialized = JsonSerializer.Serialize(new { result.Masking.ByEntityType, result.Masking.ByField });
        Assert.DoesNotContain("Maria", serialized, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mask_InvalidDataset_StopsWritingAtTheFirstErrorAndReportsAllErrors()
    {
        var (result, lines) = await MaskAsync($"{Record}\nbroken\n{Record.Replace("Maria", "Eva", StringComparison.Ordinal)}\nalso broken", MaskingPolicy.Default);

        Assert.False(result.Succeeded);
        Assert.Single(lines);
        Assert.Equal([2L, 4L], result.Validation.Issues.Select(i => i.Line));
    }

    [Fact]
    public async Task Mask_NonAsciiText_StaysReadableAndValid()
    {
        const string line = """{"prompt":"Zürich café — naïve résumé 日本語 \"quoted\" \\ back","completion":"ok"}""";

        var (_, lines) = await MaskAsync(line, MaskingPolicy.Default);

        using var doc = JsonDocument.Parse(lines[0]);
        Assert.Contains("日本語", lines[0], StringComparison.Ordinal);
        Assert.Equal("ok", doc.RootElement.GetProperty("completion").GetString());
    }

    [Fact]
    public void Policy_UnknownEntityOrOperator_IsASpecificError()
    {
        var unknownType = Assert.Throws<FormatException>(() => MaskingPolicy.Parse("""{"version":"1","operators":{"SHOE_SIZE":"redact"}}"""));
        var unknownOperator = Assert.Throws<FormatException>(() => MaskingPolicy.Parse("""{"version":"1","operators":{"PERSON":"shred"}}"""));
        var noVersion = Assert.Throws<FormatException>(() => MaskingPolicy.Parse("""{"operators":{}}"""));

        Assert.Contains("SHOE_SIZE", unknownType.Message, StringComparison.Ordinal);
        Assert.Contains("shred", unknownOperator.Message, StringComparison.Ordinal);
        Assert.Contains("version", noVersion.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Masker_PseudonymPolicyWithoutKey_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new DatasetMasker(new MaskingPolicy("1", 0.5, MaskingOperator.Pseudonym), ReadOnlyMemory<byte>.Empty));
    }

    private static string PseudonymOf(string line, string type)
    {
        var marker = $"<{type}_";
        var start = line.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        Assert.True(start >= marker.Length, $"no {type} pseudonym in {line}");
        return line[start..line.IndexOf('>', start)];
    }

    [Fact]
    public async Task Mask_FieldNames_AreTheKeywordsOfTheirValues()
    {
        const string record =
            """{"messages":[{"role":"user","content":"Hello","name":"Olusegun Bankole"},{"role":"assistant","content":"Hi Olusegun Bankole, done."}],"metadata":{"patient":"Olusegun Bankole","ssn":"123456789","memberId":"XJH44165296","note":"ok","status":"open"}}""";

        var (result, lines) = await MaskAsync(record + "\n", MaskingPolicy.Default);

        Assert.True(result.Succeeded);
        using var masked = JsonDocument.Parse(lines[0]);
        var metadata = masked.RootElement.GetProperty("metadata");
        Assert.Equal("<PERSON_1>", metadata.GetProperty("patient").GetString());
        Assert.Equal("<SSN_1>", metadata.GetProperty("ssn").GetString());
        Assert.Equal("<HEALTH_PLAN_NUMBER_1>", metadata.GetProperty("memberId").GetString());
        Assert.Equal("ok", metadata.GetProperty("note").GetString());
        Assert.Equal("open", metadata.GetProperty("status").GetString());
        Assert.Equal("<PERSON_1>", masked.RootElement.GetProperty("messages")[0].GetProperty("name").GetString());
        Assert.Equal("Hi <PERSON_1>, done.", masked.RootElement.GetProperty("messages")[1].GetProperty("content").GetString());
        Assert.Equal(2, result.Masking.ByField["metadata.patient"].Values.Sum() + result.Masking.ByField["metadata.ssn"].Values.Sum());
    }

    [Fact]
    public async Task Mask_AnswerInTheNextMessage_TakesTheQuestionAsItsCue()
    {
        // The user's message alone has no cue: "harriet pennington-lowe" and "8765 0192" are answers to the assistant's questions.
        const string record =
            """{"messages":[{"role":"assistant","content":"Thanks for calling. Can I take your full name, please?"},{"role":"user","content":"harriet pennington-lowe"},{"role":"assistant","content":"Thank you. And the best contact number?"},{"role":"user","content":"8765 0192"},{"role":"assistant","content":"How can I help today?"},{"role":"user","content":"my repeat prescription"}]}""";

        var (result, lines) = await MaskAsync(record + "\n", MaskingPolicy.Default);

        Assert.True(result.Succeeded);
        using var masked = JsonDocument.Parse(lines[0]);
        var messages = masked.RootElement.GetProperty("messages");
        Assert.Equal("<PERSON_1>", messages[1].GetProperty("content").GetString());
        Assert.Equal("<PHONE_1>", messages[3].GetProperty("content").GetString());
        Assert.Equal("my repeat prescription", messages[5].GetProperty("content").GetString());
        Assert.Equal("Thanks for calling. Can I take your full name, please?", messages[0].GetProperty("content").GetString());
    }

    [Fact]
    public async Task Mask_RecordOverTheAnalysisBudget_RejectsTheDatasetNamingTheLine()
    {
        // A budget no record can meet stands in for a pathological line: the dataset is rejected, not stalled.
        var options = new ValidationOptions { MaxAnalysisTimePerRecord = TimeSpan.FromTicks(1) };
        var content = "\n" + Record + "\n" + Record.Replace("Maria", "Anna", StringComparison.Ordinal) + "\n";
        var output = new MemoryStream();

        var result = await new DatasetMasker(MaskingPolicy.Default, Key, options).MaskAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), output);

        Assert.False(result.Succeeded);
        var issue = Assert.Single(result.Validation.Issues, i => i.Code == IssueCodes.AnalysisTimeout);
        Assert.Equal(2, issue.Line);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.DoesNotContain("Maria", issue.Message, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Mask_WithinTheDefaultBudget_Succeeds()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), ValidationOptions.Default.MaxAnalysisTimePerRecord);

        var (result, lines) = await MaskAsync(Record + "\n", MaskingPolicy.Default);

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Validation.Issues, i => i.Code == IssueCodes.AnalysisTimeout);
        Assert.Single(lines);
    }

    [Fact]
    public async Task Mask_LongRecords_CloseBatchesByBytesAndKeepTheirOrder()
    {
        // Records of ~95 KB (under the token limit) fill a batch's byte budget after three of them, long before 64 records;
        // long and short ones mixed must come out complete and in input order, the person in each masked.
        var filler = string.Join(' ', Enumerable.Repeat("The ward round noted stable observations overnight.", 1800));
        var names = new[] { "Maria Gonzalez", "Anna Kowalski", "Eva Lindqvist", "Olga Petrova", "Ines Duarte", "Rosa Bianchi", "Lea Meyer", "Sara Costa", "Nina Berg" };
        var records = names.Select((name, i) =>
            $$"""{"messages":[{"role":"user","content":"Patient {{name}} asked about record {{i}}. {{(i % 3 != 1 ? filler : "Short note.")}}"},{"role":"assistant","content":"Noted for record {{i}}."}]}""").ToList();
        Assert.True(Encoding.UTF8.GetByteCount(records[0]) * 3 > DatasetMasker.BatchBytes);

        var (result, lines) = await MaskAsync(string.Join('\n', records) + "\n", MaskingPolicy.Default);

        Assert.True(result.Succeeded, result.Validation.Summarize());
        Assert.Equal(names.Length, lines.Length);
        for (var i = 0; i < names.Length; i++)
        {
            Assert.Contains($"Noted for record {i}.", lines[i], StringComparison.Ordinal);
            Assert.DoesNotContain(names[i], lines[i], StringComparison.Ordinal);
        }
    }

    internal static async Task<(DatasetMaskingResult Result, string[] Lines)> MaskAsync(string content, MaskingPolicy policy, byte[]? key = null)
    {
        var output = new MemoryStream();
        var result = await new DatasetMasker(policy, key ?? Key).MaskAsync(new MemoryStream(Encoding.UTF8.GetBytes(content)), output);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (result, lines);
    }
}
