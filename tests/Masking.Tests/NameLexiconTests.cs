using Bogus;
using Bogus.Bson;
using Masking.Recognizers;
using TestSupport;

namespace Masking.Tests;

/// <summary>
/// The generated name lists (more-*-names.txt, built by tests/NameLexiconBuilder) widen the person recognizer to other
/// markets. These tests hold them to what the builder promises: names from the two packages' locale data only, none that
/// the curated lists or the not-a-name list already decide, no calendar words.
/// </summary>
public sealed class NameLexiconTests
{
    private static readonly HashSet<string> LocaleNames = ReadLocaleNames();

    [Theory]
    [InlineData("more-first-names.txt")]
    [InlineData("more-last-names.txt")]
    public void GeneratedList_HoldsOnlyLocaleNamesThatNoCuratedListDecides(string file)
    {
        var words = Words(file);

        Assert.True(words.Count > 5_000, $"{file} holds only {words.Count} names");
        Assert.Empty(words.Where(w => !LocaleNames.Contains(w)).Take(10));
        Assert.Empty(words.Where(w => Lexicon.CuratedNames.Contains(w) || Lexicon.NotNames.Contains(w)).Take(10));
        Assert.Empty(words.Where(w => w.Length < 3 || !char.IsUpper(w[0])).Take(10));
    }

    [Theory]
    [InlineData("Juli")]
    [InlineData("Agosto")]
    [InlineData("Gabe")] // German: a dose ("Gabe von Melperon 25 mg")
    [InlineData("Chase")] // an ordinary English word
    [InlineData("Bank")]
    public void GeneratedLists_LeaveOutOrdinaryAndCalendarWords(string word)
    {
        Assert.DoesNotContain(word, Words("more-first-names.txt"));
        Assert.DoesNotContain(word, Words("more-last-names.txt"));
    }

    [Fact]
    public void NameLexicons_AreTheCuratedListsPlusTheGeneratedOnes()
    {
        Assert.True(Lexicon.FirstNames.Contains("Olivia")); // curated
        Assert.True(Lexicon.FirstNames.Contains("Kristoffer")); // generated
        Assert.True(Lexicon.LastNames.Contains("Nogueira"));
        Assert.True(Lexicon.LastNames.Contains("Παπαδόπουλος"));
        Assert.False(Lexicon.CuratedNames.Contains("Nogueira"));
        Assert.All(Words("more-first-names.txt"), w => Assert.True(Lexicon.FirstNames.Contains(w), w));
        Assert.All(Words("more-last-names.txt"), w => Assert.True(Lexicon.LastNames.Contains(w), w));
    }

    [Theory]
    [InlineData("calling", true)]
    [InlineData("pharmacy", true)]
    [InlineData("gonna", true)]
    [InlineData("bronwyn", false)]
    [InlineData("mcallister", false)]
    public void OrdinaryWords_HoldEnglishAndChatWordsButNoNames(string word, bool ordinary) =>
        Assert.Equal(ordinary, OrdinaryWords.Contains(word));

    private static List<string> Words(string file)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream($"Masking.Lexicons.{file}")
            ?? throw new InvalidOperationException($"{file} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Where(l => !l.StartsWith('#'))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
    }

    private static HashSet<string> ReadLocaleNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);

        // The faker locales, as the generator reads them (the script and the package pinned in package.json, npm ci).
        var node = new System.Diagnostics.ProcessStartInfo("node", [RepositoryPaths.Combine("tests", "NameLexiconBuilder", "faker-names.mjs"), RepositoryPaths.Root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = System.Diagnostics.Process.Start(node) ?? throw new InvalidOperationException("node could not be started"))
        {
            var json = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"faker-names.mjs failed (run npm ci in the repository root): {errors}");
            using var dump = System.Text.Json.JsonDocument.Parse(json);
            foreach (var locale in dump.RootElement.EnumerateObject())
            {
                foreach (var property in new[] { "first", "last" })
                {
                    foreach (var value in locale.Value.GetProperty(property).EnumerateArray())
                    {
                        names.UnionWith((value.GetString() ?? "").Normalize().Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    }
                }
            }
        }

        foreach (var locale in Database.GetAllLocales())
        {
            if (Database.GetLocale(locale)["name"] is not BObject name)
            {
                continue;
            }

            foreach (var key in name.Keys)
            {
                if (name[key] is BArray values && key.Contains("_name", StringComparison.Ordinal))
                {
                    foreach (var value in values)
                    {
                        names.UnionWith(((value as BValue)?.StringValue ?? "").Normalize().Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    }
                }
            }
        }

        return names;
    }
}
