using System.Runtime.CompilerServices;
using Masking.Learned;
using Masking.Recognizers;

namespace Masking;

/// <summary>
/// Finds personal data in text: runs every recognizer, drops candidates under the score threshold and merges
/// overlapping ones, so that a value two recognizers disagree about is still masked whole.
/// </summary>
/// <remarks>
/// The methods on the masking path (here, in the recognizers and in the dataset masker) are marked
/// <see cref="MethodImplOptions.AggressiveOptimization"/>: they are compiled optimised on first use instead of running
/// as unoptimised and then instrumented code first. Measured on the 20 MB benchmark dataset, that warm-up cost more CPU
/// than masking the whole file in steady state, and steady-state speed did not drop without profile-guided tiering.
/// </remarks>
public sealed class PiiAnalyzer
{
    private readonly IRecognizer[] _recognizers;

    // Asked after the rules, about the words they left; null in the rules-only analyzer the model is trained against.
    private readonly WordModel? _wordModel;

    private PiiAnalyzer(double threshold, IRecognizer[] recognizers, WordModel? wordModel)
    {
        Threshold = threshold;
        _recognizers = recognizers;
        _wordModel = wordModel;
    }

    /// <summary>The default score threshold.</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>
    /// The least confidence of a word the word model adds, whatever a lower policy threshold allows: its cross-validated
    /// operating point (<see cref="Learned.WordModel.OperatingPoint"/>), not below (the model's probability is calibrated on
    /// reviewed text, the rules' scores are not).
    /// </summary>
    internal const double WordModelFloor = 0.5;

    /// <summary>Candidates scoring below this are not personal data (default 0.5).</summary>
    public double Threshold { get; }

    /// <summary>The analyzer with every built-in recognizer and the default threshold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PiiAnalyzer CreateDefault() => Create(DefaultThreshold);

    /// <summary>The analyzer with every built-in recognizer, the word model and the given threshold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PiiAnalyzer Create(double threshold) => Create(threshold, WordModel.Shipped);

    /// <summary>The rules alone: what the word model is trained against and compared with.</summary>
    internal static PiiAnalyzer CreateRulesOnly(double threshold) => Create(threshold, wordModel: null);

    /// <summary>The rules and the given word model (a model trained in a test).</summary>
    internal static PiiAnalyzer Create(double threshold, WordModel? wordModel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);
        return new PiiAnalyzer(threshold,
        [
            new StructuredRecognizer(),
            new ContextIdRecognizer(),
            new DateRecognizer(),
            new LocationRecognizer(),
            new NameRecognizer(),
            new AgeRecognizer(),
            new TableColumnRecognizer(),
            new CaselessScriptRecognizer(),
            new SpeakerLabelRecognizer(),
        ], wordModel);
    }

    /// <summary>Spans above the threshold, non-overlapping, sorted by start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<PiiMatch> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var scan = new TextScan(WithPlainSeparators(text));
        foreach (var recognizer in _recognizers)
        {
            recognizer.Recognize(scan);
        }

        var matches = Resolve(scan.Candidates, Threshold);
        if (scan.HasDigit && NumbersAfterValues.Find(scan, matches) is { } numbers)
        {
            matches = Merge(numbers, matches);
        }

        if (scan.HasDigit && RelativesBeforeNumbers.Find(scan.Text, matches) is { } relatives)
        {
            matches = Merge(relatives, matches);
        }

        if (AliasesAfterNames.Find(scan.Text, matches) is { } aliases)
        {
            matches = Merge(aliases, matches);
        }

        if (DistrictsAfterAddresses.Find(scan.Text, matches, scan.HasNonAscii, scan.HasDigit) is { } districts)
        {
            matches = Merge(districts, matches);
        }

        if (_wordModel is null)
        {
            return WithAliasesBefore(scan.Text, matches);
        }

        // The rules' spans the model judges to be no one's stay covered while it looks for words, so that it
        // does not read them again, and are dropped after.
        var kept = _wordModel.Kept(scan.Text, matches);
        var found = _wordModel.Find(scan.Text, matches, Math.Max(Threshold, WordModelFloor));
        var result = found is not null ? Merge(found, matches) : matches;
        if (kept is not null)
        {
            result.RemoveAll(kept.Contains);
        }

        // A name only the model found may have its nickname in brackets after it too ("Kittipong Srisuk (\"Beam\")").
        if (found is not null && found.Exists(m => m.Type == PiiEntityType.Person) && AliasesAfterNames.Find(scan.Text, result, quotedOrOtherScript: true) is { } modelAliases)
        {
            result = Merge(modelAliases, result);
        }

        return WithAliasesBefore(scan.Text, result);
    }

    /// <summary>
    /// <paramref name="matches"/> with what someone is called right before their full name in brackets ("my friend "Chuy"
    /// (Jesús Ibarra)"), the log-ins built from a name ("J. Moriarty (jmoriarty_adj)") and the attachments named after someone
    /// ("bozhidar_kolev_obriv.jpg"), read last so that the names
    /// the word model found count too, and without the ranks that open names , the codes that name a bank ("SWIFT NBIIISRE"), the states marked as towns or the weekdays and months marked as names.
    /// </summary>
    private List<PiiMatch> WithAliasesBefore(string text, List<PiiMatch> matches)
    {
        if (AliasesBeforeNames.Find(text, matches) is { } aliases)
        {
            matches = Merge(aliases, matches);
        }

        // Spans that name no one are dropped before the readers that build on names: "Monday" or "Punjab" read as a name
        // would otherwise make "monday.notes" or "Punjab_visit.jpg" someone's.
        matches = ProductNamesKept.Apply(text, VehicleModelsKept.Apply(text, CalendarWordsKept.Apply(text, RegionsKept.Apply(text, BankCodesKept.Apply(text, matches)))));
        if (HandlesOfNames.Find(text, matches) is { } handles)
        {
            matches = Merge(handles, matches);
        }

        if (FileNamesWithNames.Find(text, matches) is { } files)
        {
            matches = Merge(files, matches);
        }

        return RanksBeforeNames.Trim(text, matches);
    }

    // No-break and narrow no-break spaces (text copied from Word, PDFs, French forms), the figure space, Unicode
    // hyphens and dashes (Word turns "-" into "–"), full-width digits and slash, and the digits of Arabic, Persian and Urdu,
    // Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer and
    // Mongolian with the Arabic decimal and thousands marks ("٠٧٩٥ ٤١٨ ٢٧٦", "۱۳۳۲/۰۴/۱۵", "৯২", "ថ្ងៃទី១២", "၀၉ ၄၄၇"):
    // each has a one-character ASCII equivalent, so the recognizers read the ASCII text and their spans still fit the
    // original exactly.
    private static readonly System.Buffers.SearchValues<char> LookalikeSeparators = System.Buffers.SearchValues.Create(
        "\u00A0\u2007\u202F\u2010\u2011\u2012\u2013\u2014\u2212\uFF0F\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19"
        + "\u066B\u066C" + DigitsFrom('\u0660') + DigitsFrom('\u06F0') + DigitsFrom('\u0966') + DigitsFrom('\u09E6') + DigitsFrom('\u0BE6') + DigitsFrom('\u0E50')
        + DigitsFrom('\u0A66') + DigitsFrom('\u0AE6') + DigitsFrom('\u0B66') + DigitsFrom('\u0C66') + DigitsFrom('\u0CE6') + DigitsFrom('\u0D66')
        + DigitsFrom('\u0ED0') + DigitsFrom('\u0F20') + DigitsFrom('\u1040') + DigitsFrom('\u17E0') + DigitsFrom('\u1810'));

    private static string DigitsFrom(char zero) => string.Concat(Enumerable.Range(0, 10).Select(d => (char)(zero + d)));

    /// <summary><paramref name="text"/> with look-alike spaces, dashes and digits replaced one for one by ASCII ones.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string WithPlainSeparators(string text)
    {
        // Most texts are ASCII: that check is fully vectorised, a search for these non-ASCII characters is not.
        var first = System.Text.Ascii.IsValid(text) ? -1 : text.AsSpan().IndexOfAny(LookalikeSeparators);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (var i = state.first; i < chars.Length; i++)
            {
                chars[i] = chars[i] switch
                {
                    '\u00A0' or '\u2007' or '\u202F' => ' ',
                    '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                    '\uFF0F' => '/',
                    >= '\uFF10' and <= '\uFF19' => (char)('0' + (chars[i] - '\uFF10')),
                    >= '\u0660' and <= '\u0669' => (char)('0' + (chars[i] - '\u0660')),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (chars[i] - '\u06F0')),
                    >= '\u0966' and <= '\u096F' => (char)('0' + (chars[i] - '\u0966')),
                    >= '\u09E6' and <= '\u09EF' => (char)('0' + (chars[i] - '\u09E6')),
                    >= '\u0BE6' and <= '\u0BEF' => (char)('0' + (chars[i] - '\u0BE6')),
                    >= '\u0E50' and <= '\u0E59' => (char)('0' + (chars[i] - '\u0E50')),
                    '\u066B' => '.',
                    '\u066C' => ',',
                    // The other scripts' decimal digits listed above.
                    var c when c >= '\u0A66' && char.IsDigit(c) => (char)('0' + (int)char.GetNumericValue(c)),
                    var c => c,
                };
            }
        });
    }

    /// <summary>
    /// Replaces each recognised span, and every other occurrence of its value in the text, with its type tag
    /// (<c>&lt;PERSON&gt;</c>): the egress filter for model output, where there is no record to keep placeholder numbers
    /// consistent in. Returns the text and how many values were replaced.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (string Text, int Replaced) Redact(string text)
    {
        var matches = Analyze(text);
        if (matches.Count == 0)
        {
            return (text, 0);
        }

        // A value repeated later in the same output without its context, or in another case ("Olusegun Bankole was
        // admitted. … BANKOLE allergic"), is the same value: the rule the dataset masker applies across a record.
        var known = new KnownValues();
        CollectKnownValues(text, matches, known.Values);
        if (known.Count > 0)
        {
            matches = WithKnownValues(text, matches, known);
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        foreach (var match in matches)
        {
            builder.Append(text, position, match.Start - position).Append('<').Append(match.Type.ToName()).Append('>');
            position = match.End;
        }

        return (builder.Append(text, position, text.Length - position).ToString(), matches.Count);
    }

    /// <summary>
    /// Adds every other occurrence of values already recognised elsewhere in the same record ("Maria" after
    /// "Patient Maria Lopez", a member id repeated without its keyword) to the spans found in
    /// <paramref name="text"/>, without running the recognizers again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<PiiMatch> WithKnownValues(string text, IReadOnlyList<PiiMatch> matches, IReadOnlyDictionary<string, PiiEntityType> knownValues)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(knownValues);
        List<PiiMatch>? candidates = null;
        foreach (var (value, type) in knownValues)
        {
            FindKnownValue(text, matches, value, type, ref candidates);
        }

        return candidates is null ? matches : Merge(candidates, matches);
    }

    /// <summary>
    /// The same for one record's values: value by value for a few, through their index when values × text length is
    /// large. <paramref name="matches"/> must be this analyzer's result for <paramref name="text"/> (sorted, not
    /// overlapping): then both ways give the same spans.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal IReadOnlyList<PiiMatch> WithKnownValues(string text, IReadOnlyList<PiiMatch> matches, KnownValues knownValues)
    {
        List<PiiMatch>? candidates = null;
        if (knownValues.PreferIndex(text))
        {
            knownValues.FindIndexed(text, matches, ref candidates);
        }
        else
        {
            foreach (var (value, type) in knownValues.Values)
            {
                FindKnownValue(text, matches, value, type, ref candidates, matchesSorted: true);
            }
        }

        return candidates is null ? matches : Merge(candidates, matches);
    }

    /// <summary>
    /// <paramref name="matches"/> (this analyzer's result for <paramref name="text"/>) with the span
    /// <paramref name="start"/>..+<paramref name="length"/> added as <paramref name="type"/>: a whole value whose field
    /// name says what it is (<c>"ssn": "123456789"</c>).
    /// </summary>
    internal IReadOnlyList<PiiMatch> WithWholeValue(IReadOnlyList<PiiMatch> matches, PiiEntityType type, int start, int length) =>
        Merge([new PiiMatch(type, start, length, FieldValueScore)], matches);

    /// <summary>The score of a value whose field name is its keyword.</summary>
    internal const double FieldValueScore = 0.85;

    /// <summary>The score of a value found again because it was recognised elsewhere in the same record.</summary>
    internal const double KnownValueScore = 0.75;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<PiiMatch> Merge(List<PiiMatch> candidates, IReadOnlyList<PiiMatch> matches)
    {
        candidates.AddRange(matches);
        return Resolve(candidates, Threshold);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void FindKnownValue(string text, IReadOnlyList<PiiMatch> matches, string value, PiiEntityType type, ref List<PiiMatch>? candidates, bool matchesSorted = false)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var index = text.IndexOf(value, offset, StringComparison.Ordinal);
            if (index < 0)
            {
                break;
            }

            var end = index + value.Length;
            if ((index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))
                && !(matchesSorted ? CoveredSorted(matches, index, end) : Covered(matches, index, end)) && value.Length > 0
                && MayRepeatAt(text, type, index, value.Length))
            {
                (candidates ??= []).Add(new PiiMatch(type, index, value.Length, KnownValueScore));
            }

            offset = end;
        }
    }

    /// <summary>
    /// Collects what <see cref="WithKnownValues(string, IReadOnlyList{PiiMatch}, IReadOnlyDictionary{string, PiiEntityType})"/>
    /// looks for: the words of person names (as written, in capitals and, for names outside the lexicons, in lower case), and whole values of other types that are
    /// distinctive enough to search for (four characters or more, with a digit or '@').
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void CollectKnownValues(string text, IEnumerable<PiiMatch> matches, IDictionary<string, PiiEntityType> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(into);
        if (into is Dictionary<string, PiiEntityType> dictionary && matches is IReadOnlyList<PiiMatch> list)
        {
            CollectKnownValues(text, list, dictionary);
            return;
        }

        CollectEach(text, matches, into);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CollectEach(string text, IEnumerable<PiiMatch> matches, IDictionary<string, PiiEntityType> into)
    {
        foreach (var match in matches)
        {
            var value = text.Substring(match.Start, match.Length);
            if (match.Type == PiiEntityType.Age && AgeOverEightyNine(value) is { IsEmpty: false } age)
            {
                into.TryAdd(age.ToString(), PiiEntityType.Age);
                continue;
            }

            if (match.Type != PiiEntityType.Person)
            {
                if (value.Length >= 4 && (value.AsSpan().IndexOfAny(DistinctiveChars) >= 0 || IsDistinctiveTown(match.Type, value) || IsDistinctiveLogin(match.Type, value)))
                {
                    into.TryAdd(value, match.Type);
                }

                continue;
            }

            if (EastAsianGivenName(value) is { IsEmpty: false } given)
            {
                into.TryAdd(given.ToString(), PiiEntityType.Person);
            }

            foreach (var word in value.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                if (IsRepeatableNameWord(word))
                {
                    into.TryAdd(word, PiiEntityType.Person);
                    into.TryAdd(word.ToUpperInvariant(), PiiEntityType.Person);
                    if (value.Contains(' ') && HasDistinctiveLowerCase(word))
                    {
                        into.TryAdd(word.ToLowerInvariant(), PiiEntityType.Person);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A word of a recognised name that is searched for again in the record: capitalised, three letters or more, no
    /// not-a-name word, and no address's part that a merged span may have carried into a name ("Ward Nguyen Cu Trinh, District 1"
    /// must not mask "District 1 Police Station"); or two letters or more of a script without capitals ("نورة", "小美", "김민준"), whose names are found
    /// by their label or introduction once and then stand alone ("نورة: تاريخ الميلاد؟"); or a name written in lower case that
    /// is no ordinary word, as chats write them ("my brother andrés" … "under andrés felipe quintero").
    /// </summary>
    private static bool IsRepeatableNameWord(ReadOnlySpan<char> word) =>
        (word.Length >= 3 && char.IsUpper(word[0]) && !Lexicon.NotNames.Contains(word) && !AddressPartsInNames.Contains(word))
        || (word.Length >= 2 && CaselessScriptRecognizer.IsCaselessLetter(word[0]))
        || (word.Length >= 4 && char.IsLower(word[0]) && HasDistinctiveLowerCase(word));

    /// <summary>The same rules without a substring per match: values are looked up by span and copied only when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void CollectKnownValues(string text, IReadOnlyList<PiiMatch> matches, Dictionary<string, PiiEntityType> into)
    {
        if (!into.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            CollectEach(text, matches, into);
            return;
        }

        Span<char> upper = stackalloc char[64];
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var value = text.AsSpan(match.Start, match.Length);
            if (match.Type == PiiEntityType.Age && AgeOverEightyNine(value) is { IsEmpty: false } age)
            {
                lookup.TryAdd(age, PiiEntityType.Age);
                continue;
            }

            if (match.Type != PiiEntityType.Person)
            {
                if (value.Length >= 4 && (value.IndexOfAny(DistinctiveChars) >= 0 || IsDistinctiveTown(match.Type, value) || IsDistinctiveLogin(match.Type, value)))
                {
                    lookup.TryAdd(value, match.Type);
                }

                continue;
            }

            // A Korean or Chinese name of a family name and a two-syllable given name ("김민지", "周婷婷"): the given name is used
            // alone later in the record ("민지 님은", "婷婷表示").
            if (EastAsianGivenName(value) is { IsEmpty: false } given)
            {
                lookup.TryAdd(given, PiiEntityType.Person);
            }

            foreach (var range in value.SplitAny(NameSeparators))
            {
                var word = value[range];
                if (IsRepeatableNameWord(word))
                {
                    lookup.TryAdd(word, PiiEntityType.Person);

                    // The same name in capitals later in the record ("BANKOLE allergic to penicillin"): same person.
                    if (word.Length <= upper.Length && word.ToUpperInvariant(upper) == word.Length && !upper[..word.Length].SequenceEqual(word))
                    {
                        lookup.TryAdd(upper[..word.Length], PiiEntityType.Person);
                    }

                    // And in lower case ("spoke to bankole re meds"), for names that are no ordinary word.
                    if (word.Length <= upper.Length && value.Contains(' ') && HasDistinctiveLowerCase(word) && word.ToLowerInvariant(upper) == word.Length)
                    {
                        lookup.TryAdd(upper[..word.Length], PiiEntityType.Person);
                    }
                }
            }
        }
    }

    // Address words that a merged address-and-name span carries but that no name list calls a not-name (they open towns'
    // names after them: "District Multan").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AddressPartsInNames =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["District", "Block"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The last two characters of a three-character name in Hangul or in Chinese characters; empty otherwise.</summary>
    private static ReadOnlySpan<char> EastAsianGivenName(ReadOnlySpan<char> name)
    {
        if (name.Length != 3)
        {
            return [];
        }

        var hangul = true;
        var han = true;
        foreach (var c in name)
        {
            hangul &= c is >= '\uAC00' and <= '\uD7A3';
            han &= c is >= '\u4E00' and <= '\u9FFF';
        }

        return hangul || han ? name[1..] : [];
    }

    // Quotes and brackets around a nickname inside a name ("Rajesh 'Raj' Ramnarine", "Faleolo Tusitala (Tusi)") separate it.
    private static readonly char[] NameSeparators = [' ', ',', '.', '\'', '"', '(', ')', '«', '»', '“', '”', '‘', '’'];

    /// <summary>
    /// Whether a recognised name word is searched for in lower case too. Only words of a full name (a span of two words
    /// or more: a lone capitalised word taken for a name, "Death claim: …", must not take "death" with it), and only
    /// names outside the curated name lexicons: many of their names are also ordinary words ("Bell", "Rose", "Grant",
    /// "Young"), and "the bell rang" must stay as it is (the generated lists of other markets hold no ordinary words). Nor words of place names ("Santa", "Fort", "Beach"), which a place read as a
    /// person would otherwise carry into the rest of the record.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasDistinctiveLowerCase(ReadOnlySpan<char> word) =>
        word.Length >= 4 && !word[1..].ContainsAnyInRange('A', 'Z') && !IsOrdinaryInLowerCase(word)
        && !PlaceWords.Contains(word);

    /// <summary>Whether the word in lower case is an ordinary English word or one the name lexicons call no name.</summary>
    private static bool IsOrdinaryInLowerCase(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[64];
        return word.Length > lower.Length || word.ToLowerInvariant(lower) != word.Length || OrdinaryWords.Contains(lower[..word.Length])
            || Lexicon.NotNames.Contains(word);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceWords = System.Collections.Frozen.FrozenSet
        .ToFrozenSet(Lexicon.Cities.Words.SelectMany(c => c.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> DistinctiveChars = System.Buffers.SearchValues.Create("0123456789@");

    /// <summary>
    /// A town found in one place is the same town where the text names it again without the words that gave it away
    /// ("lost my wallet at the Rotorua night market … 17 Pukaki St, Rotorua 3010"); an ordinary word is not carried over, and
    /// a repeat inside an institution's name stays (<see cref="MayRepeatAt"/>: "Hospital Kuala Lumpur").
    /// </summary>
    private static bool IsDistinctiveTown(PiiEntityType type, ReadOnlySpan<char> value) =>
        type == PiiEntityType.City && char.IsUpper(value[0]) && !Lexicon.NotNames.Contains(value) && !HasInnerCapital(value);

    /// <summary>
    /// A log-in found in one place ("user=dkessler") is the same person's where the record names it again without its key
    /// (a home folder on a file share, a later log line): lower-case letters, five or more, that are no
    /// ordinary word, so an identifier read from a word ("pending") is not carried through the record.
    /// </summary>
    private static bool IsDistinctiveLogin(PiiEntityType type, ReadOnlySpan<char> value) =>
        type == PiiEntityType.AccountNumber && value.Length >= 5 && !value.ContainsAnyExceptInRange('a', 'z') && !IsOrdinaryInLowerCase(value);

    /// <summary>"StGB", "McKinsey": a capital inside a word (not after a hyphen, space or apostrophe) is no town's spelling.</summary>
    private static bool HasInnerCapital(ReadOnlySpan<char> value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsUpper(value[i]) && char.IsLetter(value[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a known value found again at <paramref name="start"/> is the value there: a town or a person is not when the
    /// words there name an institution or an organisation ("Hospital de Santa Maria" in the record of a patient named Maria,
    /// "Comisaría de Getafe" in the record of someone living in Getafe).
    /// </summary>
    internal static bool MayRepeatAt(string text, PiiEntityType type, int start, int length) =>
        type == PiiEntityType.Age ? AgeMayRepeatAt(text, start, length)
        : type is not (PiiEntityType.City or PiiEntityType.Person) || TextScan.Admits(text, type, start, length);

    /// <summary>
    /// The number of an age over 89 that a span of <paramref name="value"/> starts with ("92" of "92 yrs"), which the record
    /// repeats ("my lola is 92 yrs old … At 92, a fall like this"); empty when the span holds no such number in figures.
    /// </summary>
    private static ReadOnlySpan<char> AgeOverEightyNine(ReadOnlySpan<char> value)
    {
        var digits = value.IndexOfAnyExceptInRange('0', '9') is var end and >= 0 ? value[..end] : value;
        return digits.Length is 2 or 3 && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is >= 90 and < 130 ? digits : [];
    }

    /// <summary>
    /// Whether an age's number found again is the age there: a number standing alone, not part of a date, a reading, a
    /// price or a code ("140/92", "92.5", "$92", "#92"), not a measurement ("92 mg", "92%") and not after a measurement's
    /// name or a code in capitals ("HR 92", "SpO2 92", "Room 92").
    /// </summary>
    private static bool AgeMayRepeatAt(string text, int start, int length)
    {
        var end = start + length;
        if (start > 0 && !(char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or '"' or '\'' or '“' or '«'))
        {
            return false;
        }

        if (end < text.Length && !(char.IsWhiteSpace(text[end]) || (text[end] is ',' or ';' or '!' or '?' or ')' or '"' or '”' or '»' or '.'
            && (end + 1 == text.Length || !char.IsAsciiDigit(text[end + 1])))))
        {
            return false;
        }

        // The token right after one space, and the one right before ("92 mg", "HR 92").
        var next = end + 1 < text.Length && text[end] == ' ' ? text.AsSpan(end + 1) : [];
        next = next.IndexOfAny(" \n,;.)") is var nextEnd and >= 0 ? next[..nextEnd] : next;
        if (next.StartsWith('%') || next.StartsWith('°') || MeasureWords.Contains(next))
        {
            return false;
        }

        var previous = start > 1 && text[start - 1] == ' ' ? text.AsSpan(0, start - 1) : [];
        previous = previous[(previous.LastIndexOfAny(" \n(|") + 1)..].TrimEnd(":=");
        return previous.IsEmpty || (!previous.ContainsAnyInRange('0', '9') && !(previous.Length > 1 && !previous.ContainsAnyInRange('a', 'z')) && !MeasureNames.Contains(previous));
    }

    // Units a number of 90 and more measures far more often than it gives an age.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasureWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["mg", "mcg", "g", "kg", "ml", "l", "mmol", "meq", "iu", "units", "unit", "bpm", "mmhg", "cm", "mm", "km", "m", "lb", "lbs", "min", "mins", "minutes",
         "sec", "seconds", "s", "h", "hrs", "hours", "days", "day", "weeks", "percent", "pct", "kpa", "beats", "breaths", "points", "pts", "dollars", "euros",
         "pesos", "rupees", "usd", "eur", "gbp", "kgs", "cc", "ug", "µg", "°", "%", "x"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Names of readings and places a number follows ("pulse 92", "sats 94", "room 92").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasureNames = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["pulse", "sats", "sat", "spo2", "hr", "rr", "bp", "temp", "glucose", "sugar", "weight", "wt", "score", "room", "rm", "bed", "ward", "no", "no.",
         "number", "page", "p", "unit", "flat", "apt", "suite", "floor", "gate", "platform", "bus", "route", "line", "table", "grade", "level", "step",
         "ref", "reference", "item", "exit", "km", "mile", "mi", "over", "of", "x", "to", "and", "or", "between", "from", "about", "approx", "around", "nearly"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// <see cref="Covered"/> for spans sorted by start and not overlapping (what <see cref="Analyze"/> returns): only the
    /// last span starting at or before <paramref name="start"/> can cover it, found by binary search — a value repeated
    /// thousands of times in one text no longer checks every span for every occurrence. An <see cref="PiiEntityType.OtherIdentifier"/>
    /// span covers nothing: it is the weakest reading of a number, and a value of a known kind replaces it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool CoveredSorted(IReadOnlyList<PiiMatch> matches, int start, int end)
    {
        var low = 0;
        var high = matches.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            if (matches[middle].Start <= start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && matches[high].End >= end && matches[high].Type != PiiEntityType.OtherIdentifier;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>Whether any span takes part of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    internal static bool Overlaps(IReadOnlyList<PiiMatch> matches, int start, int end)
    {
        foreach (var m in matches)
        {
            if (m.Start < end && m.End > start)
            {
                return true;
            }
        }

        return false;
    }

    internal static bool Covered(IReadOnlyList<PiiMatch> matches, int start, int end)
    {
        foreach (var m in matches)
        {
            if (m.Start <= start && m.End >= end && m.Type != PiiEntityType.OtherIdentifier)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<PiiMatch> Resolve(List<PiiMatch> candidates, double threshold)
    {
        var kept = candidates;
        // RemoveAll without a closure allocated per call: keep the order of what stays.
        var count = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i].Score >= threshold)
            {
                kept[count++] = kept[i];
            }
        }

        kept.RemoveRange(count, kept.Count - count);
        kept.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var result = new List<PiiMatch>(kept.Count);
        foreach (var candidate in kept)
        {
            if (result.Count > 0 && candidate.Start < result[^1].End)
            {
                // Overlap: the union is masked; its type is that of the stronger (then longer) candidate.
                var previous = result[^1];
                var end = Math.Max(previous.End, candidate.End);
                var stronger = candidate.Score > previous.Score || (candidate.Score == previous.Score && candidate.Length > previous.Length)
                    ? candidate : previous;
                result[^1] = new PiiMatch(stronger.Type, previous.Start, end - previous.Start, Math.Max(previous.Score, candidate.Score));
                continue;
            }

            result.Add(candidate);
        }

        return result;
    }
}
