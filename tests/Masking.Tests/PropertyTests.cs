using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Masking.Dataset;

namespace Masking.Tests;

public sealed class PropertyTests
{
    private static readonly byte[] Key = new byte[32];

    [Property(MaxTest = 300)]
    public bool ArbitraryBytes_NeverCrashAndEveryLineIsAccountedFor(byte[] bytes)
    {
        var output = new MemoryStream();
        var result = new DatasetMasker(MaskingPolicy.Default, Key).MaskAsync(new MemoryStream(bytes), output).GetAwaiter().GetResult();

        var v = result.Validation;
        return v.ValidRecords + v.ErrorCount + v.WarningCount >= v.TotalLines && OutputIsValidJsonl(output);
    }

    [Property(MaxTest = 300)]
    public bool ArbitraryStrings_InChatRecords_GiveValidJsonlWithSameStructure(NonNull<string>[] contents)
    {
        var records = contents.Select(c => JsonSerializer.Serialize(new
        {
            messages = new object[]
            {
                new { role = "user", content = c.Get },
                new { role = "assistant", content = "ok " + c.Get },
            },
        })).ToList();
        var input = string.Join('\n', records);
        var output = new MemoryStream();

        var result = new DatasetMasker(MaskingPolicy.Default, Key).MaskAsync(new MemoryStream(Encoding.UTF8.GetBytes(input)), output).GetAwaiter().GetResult();

        if (records.Count == 0)
        {
            return !result.Succeeded;
        }

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return result.Succeeded
            && lines.Length == records.Distinct().Count()
            && lines.All(l =>
            {
                using var doc = JsonDocument.Parse(l);
                var messages = doc.RootElement.GetProperty("messages");
                return messages.GetArrayLength() == 2 && messages[0].GetProperty("role").GetString() == "user";
            });
    }

    [Property(MaxTest = 500)]
    public bool Analyzer_ArbitraryText_SpansAreInBoundsAndOrdered(NonNull<string> text)
    {
        var matches = PiiAnalyzer.CreateDefault().Analyze(text.Get);
        var previousEnd = 0;
        foreach (var m in matches)
        {
            if (m.Start < previousEnd || m.Length <= 0 || m.End > text.Get.Length)
            {
                return false;
            }

            previousEnd = m.End;
        }

        return true;
    }

    [Fact]
    public async Task MalformedJsonVariants_AreAllRejectedNotCrashed()
    {
        var generator = Gen.Elements("{", "}", "[", "]", "\"", ":", ",", "messages", "role", "content", "1", "null", "\\", " ", "\u00e9")
            .ArrayOf().Select(parts => string.Concat(parts));
        var samples = generator.Sample(400, 30);

        foreach (var sample in samples)
        {
            var report = await DatasetScanner.ValidateAsync(new MemoryStream(Encoding.UTF8.GetBytes(sample)));
            Assert.True(report.IsValid || report.ErrorCount > 0, $"neither valid nor rejected: {sample}");
        }
    }

    private static bool OutputIsValidJsonl(MemoryStream output)
    {
        foreach (var line in Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                using var _ = JsonDocument.Parse(line);
            }
            catch (JsonException)
            {
                return false;
            }
        }

        return true;
    }
}
