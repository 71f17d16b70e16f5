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

    // The pieces the recognizers react to: address, postcode and unit parts, brackets, separators, cue words, names, dates and
    // numbers in several scripts. Random strings seldom put an address, a comma and a bracket side by side; these do, and the
    // analyzer once threw on ", (C1406GLQ)" after a street.
    private static readonly string[] RecognizerPieces =
    [
        "Av. Rivadavia 5820", "14 Wellington Close", "Flat D", "23/F", "Block 3", "jalan", "no 7", "villa 17", "street 24", "Ward 6",
        "District 3", "C1406GLQ", "CABA", "DE22 2HT", "10110", "47300", "7°", "\"B\"", "(", ")", ",", ", ", " - ", " ", "  ", "\n", "|", ":", "：",
        "/", "-", "_", ".", "@", "#", "'", "«", "»", "“", "”", "Maria", "Kowalczyk", "jlim", "kaiyan_lee", "o.kovalenko85", "i'm",
        "my grandma", "is", "91", "94 歳", "år", "Năm sinh", "1932", "12/03/2024", "DOB", "MRN", "4471823", "+44 20 7946 0018",
        "0813-3120-4478", "Mon", "ชื่อเล่น", "แพร", "王晓燕", "家属", "김민지", "नाम", "راشد", "ዕድሜ", "Agente", "calls", "here", "hi",
    ];

    // Addresses put together from a street, a postcode and a town with any separators between them, brackets included.
    private static readonly string[] Streets = ["Av. Rivadavia 5820", "14 Wellington Close", "27 Headingley Lane", "Flat D, 23/F, Block 3", "no 7 jalan 2/3e", "villa 17, street 24", "Calle Ceiba DD-14", "Rua do Norte 12"];
    private static readonly string[] Postcodes = ["C1406GLQ", "DE22 2HT", "10110", "47300", "PR 00956", "S62 6LB", "1424", "4700-329"];
    private static readonly string[] Towns = ["CABA", "Derby", "Leeds", "Bayamón", "petaling jaya", "Kowloon", "Braga", "Co. Cork"];
    private static readonly string[] Separators = [", ", " ", ",", " - ", ", (", " (", "(", "), ", ")", " | ", "\n", ": ", ", 7° \"B\", ("];

    [Property(MaxTest = 3000)]
    public bool TextsOfRecognizerPieces_NeverThrowInTheAnalyzer(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        string Pick(string[] pieces) => pieces[random.Next(pieces.Length)];
        var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(3) == 0
            ? string.Concat(Pick(RecognizerPieces), Pick(RecognizerPieces), Pick(RecognizerPieces))
            : string.Concat(Pick(Streets), Pick(Separators), Pick(Postcodes), Pick(Separators), Pick(Towns), Pick(Separators))));
        var analyzer = PiiAnalyzer.CreateDefault();
        var matches = analyzer.Analyze(text);
        var (redacted, _) = analyzer.Redact(text);
        return matches.All(m => m.Start >= 0 && m.End <= text.Length) && redacted.Length > 0;
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
