using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Masking.Tests;

/// <summary>
/// Values recognised once in a record are masked wherever else they recur in it. A record naming thousands of people or
/// repeating one identifier thousands of times goes through an index instead of one search per value; these tests hold
/// the index to the same answers as the value-by-value search (timings are in docs/masking-performance.md, measured by a
/// program, not here).
/// </summary>
public sealed class KnownValuesTests
{
    private static readonly PiiAnalyzer Analyzer = PiiAnalyzer.CreateDefault();

    [Theory]
    [InlineData("Maria", false)]
    [InlineData("555-201-3344", false)]
    [InlineData("XGH448812901", false)]
    [InlineData("a-a", true)]
    [InlineData("1212", true)]
    [InlineData("abcab", true)]
    [InlineData("Anna", false)]
    [InlineData("ABCAB", true)]
    [InlineData("x", false)]
    public void CanOverlapItself_IsTrueExactlyForValuesWithAPrefixThatIsAlsoASuffix(string value, bool expected)
    {
        Assert.Equal(expected, KnownValues.CanOverlapItself(value));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void IndexedSearch_FindsTheSameSpansAsSearchingValueByValue(int seed)
    {
        var random = new Random(seed);
        var values = new Dictionary<string, PiiEntityType>(StringComparer.Ordinal);
        var known = new KnownValues();
        for (var i = 0; i < 400; i++)
        {
            var (value, type) = (i % 5) switch
            {
                0 => (Word(random), PiiEntityType.Person),
                1 => ($"MRN{random.Next(1000, 99999)}", PiiEntityType.MedicalRecordNumber),
                2 => ($"{random.Next(100, 999)}-{random.Next(10, 99)}", PiiEntityType.AccountNumber),
                3 => ($"{random.Next(1, 9)}-{random.Next(1, 9)}-{random.Next(1, 9)}", PiiEntityType.PolicyNumber), // can overlap itself
                _ => ($"{Word(random).ToLowerInvariant()}@example.org", PiiEntityType.Email),
            };
            values.TryAdd(value, type);
            known.Values.TryAdd(value, type);
        }

        // Values that overlap themselves, and text where they do: a left-to-right search skips the second occurrence.
        foreach (var value in new[] { "1-2-1", "7-7-7" })
        {
            values.TryAdd(value, PiiEntityType.PolicyNumber);
            known.Values.TryAdd(value, PiiEntityType.PolicyNumber);
        }

        var pool = values.Keys.ToArray();
        var text = new StringBuilder("Seen 1-2-1-2-1 and 7-7-7-7-7 today. ");
        while (text.Length < 6_000)
        {
            // Values alone, glued to letters (no word boundary), repeated back to back, inside recognised text, and noise.
            text.Append(random.Next(7) switch
            {
                0 => pool[random.Next(pool.Length)] + " ",
                1 => "x" + pool[random.Next(pool.Length)] + " ",
                2 => pool[random.Next(pool.Length)] + "-" + pool[random.Next(pool.Length)] + ", ",
                3 => "Patient " + pool[random.Next(pool.Length)] + " called 555-201-3344. ",
                4 => "1-1-1-1-1 2-2-2 ",
                5 => pool[random.Next(pool.Length)] + "y ",
                _ => "the claim was reviewed on Friday; ",
            });
        }

        var content = text.ToString();
        var matches = Analyzer.Analyze(content);
        Assert.True(known.PreferIndex(content), "the text is long enough for the index");

        var indexed = Analyzer.WithKnownValues(content, matches, known);
        var oneByOne = Analyzer.WithKnownValues(content, matches, (IReadOnlyDictionary<string, PiiEntityType>)values);

        // The margin is what the search must add beyond what the analyzer finds alone; the analyzer reads more of the random
        // words itself as its rules and model grow, so the margin is a floor, not a count.
        Assert.True(indexed.Count >= matches.Count + 40, $"known values add spans ({indexed.Count} vs {matches.Count})");
        Assert.Equal(oneByOne.Select(Describe), indexed.Select(Describe));
    }

    [Fact]
    public async Task RecordNamingHundredsOfPeople_KeepsEachPersonsPlaceholderForTheirFamilyName()
    {
        var random = new Random(7);
        var people = Enumerable.Range(0, 300).Select(_ => (Given: Word(random), Family: Word(random))).DistinctBy(p => p.Family).ToList();
        var user = string.Concat(people.Select(p => $"Patient {p.Given} {p.Family} was seen. "));
        var assistant = string.Concat(people.Select(p => $"{p.Family} called back. "));
        var record = JsonSerializer.Serialize(new { messages = new object[] { new { role = "user", content = user }, new { role = "assistant", content = assistant } } });

        var (result, lines) = await DatasetMaskerTests.MaskAsync(record + "\n", MaskingPolicy.Default);

        Assert.True(result.Succeeded);
        var messages = JsonDocument.Parse(lines[0]).RootElement.GetProperty("messages");
        var seen = Placeholders(messages[0].GetProperty("content").GetString()!, "Patient ", " was seen");
        var calledBack = Placeholders(messages[1].GetProperty("content").GetString()!, "", " called back");
        Assert.Equal(people.Count, seen.Count);
        Assert.Equal(Enumerable.Range(1, people.Count).Select(n => $"<PERSON_{n}>"), seen);
        Assert.Equal(seen, calledBack);
    }

    [Fact]
    public async Task KnownName_InCapitalsLaterInTheRecord_IsTheSamePerson()
    {
        var record = JsonSerializer.Serialize(new
        {
            messages = new object[]
            {
                new { role = "user", content = "Patient Olusegun Bankole was admitted. Note: BANKOLE allergic to penicillin." },
                new { role = "assistant", content = "Noted for BANKOLE." },
            },
        });

        var (_, lines) = await DatasetMaskerTests.MaskAsync(record + "\n", MaskingPolicy.Default);

        Assert.DoesNotContain("BANKOLE", lines[0], StringComparison.Ordinal);
        Assert.Contains("Note: <PERSON_1> allergic", lines[0], StringComparison.Ordinal);
        Assert.Contains("Noted for <PERSON_1>.", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task KnownName_InLowerCaseLaterInTheRecord_IsTheSamePerson_UnlessItIsAnOrdinaryWord()
    {
        var record = JsonSerializer.Serialize(new
        {
            messages = new object[]
            {
                new { role = "user", content = "Patient Olusegun Bankole was admitted; daughter Emma Bell visited. spoke to bankole re meds." },
                new { role = "assistant", content = "Noted: olusegun to be reviewed; the bell rang at noon." },
            },
        });

        var (_, lines) = await DatasetMaskerTests.MaskAsync(record + "\n", MaskingPolicy.Default);

        // An unlisted name is searched for in lower case too; a listed one that is also a word ("Bell") is not.
        Assert.DoesNotContain("bankole", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("olusegun", lines[0], StringComparison.Ordinal);
        Assert.Contains("spoke to <PERSON_", lines[0], StringComparison.Ordinal);
        Assert.Contains("the bell rang", lines[0], StringComparison.Ordinal);
    }

    private static List<string> Placeholders(string text, string before, string after) =>
        Regex.Matches(text, Regex.Escape(before) + "(<PERSON_[0-9]+>)" + Regex.Escape(after)).Select(m => m.Groups[1].Value).ToList();

    private static string Describe(PiiMatch match) => $"{match.Type}@{match.Start}+{match.Length}";

    /// <summary>A capitalised made-up word (not in any lexicon, so only its cue makes it a name).</summary>
    private static string Word(Random random)
    {
        var chars = new char[random.Next(5, 9)];
        chars[0] = (char)('Q' + random.Next(0, 3));
        for (var i = 1; i < chars.Length; i++)
        {
            chars[i] = (char)('a' + random.Next(0, 26));
        }

        return new string(chars);
    }

    [Theory]
    [InlineData("진술인: 김민지, 여, 32세\n소견: 민지 님은 올해 임신을 계획 중", "민지")]
    [InlineData("被询问人：周婷婷　性别：女\n问：婷婷，你什么时候到的？", "婷婷")]
    public void KoreanAndChineseGivenNames_AreMaskedAloneAfterTheFullName(string text, string given)
    {
        var (redacted, _) = Analyzer.Redact(text);

        Assert.DoesNotContain(given, redacted, StringComparison.Ordinal);
    }

    [Theory]
    // A log-in found after its key recurs in a path without one; a name written in lower case recurs in the same chat.
    [InlineData("23:51:08 user=dkessler query=plate\n23:53:02 action=export dest=/fs01/home/dkessler/reyes_mvd.pdf", "dkessler")]
    [InlineData("user: my account got blocked after i tried to send money to my brother andrés\nuser: it's under andrés felipe quintero", "andrés")]
    public void RecognisedValues_AreMaskedWhereTheyRecur(string text, string value)
    {
        var (redacted, _) = Analyzer.Redact(text);

        Assert.DoesNotContain(value, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void ALogInThatIsAnOrdinaryWord_IsNotCarriedThroughTheRecord()
    {
        const string text = "user=pending status=new\nThe request is pending review.";

        var (redacted, _) = Analyzer.Redact(text);

        Assert.Contains("is pending review", redacted, StringComparison.Ordinal);
    }
}
