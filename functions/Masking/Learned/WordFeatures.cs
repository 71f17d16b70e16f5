using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using Masking.Recognizers;

namespace Masking.Learned;

/// <summary>A word the rules left unmasked that the word model is asked about, and where its features lie.</summary>
internal readonly record struct WordCandidate(int Start, int Length, WordFlags Flags, int FeatureStart, int FeatureCount);

/// <summary>Which lists hold a candidate word. The name lists' bits are <see cref="WordKinds"/>' own, taken over as they are.</summary>
[Flags]
internal enum WordFlags : byte
{
    None = 0,
    FirstName = WordKinds.FirstName,
    LastName = WordKinds.LastName,
    NotName = WordKinds.NotName,
    Ordinary = 8,
    Town = 16,
    LargeTown = 32,

    /// <summary>No candidate: an abbreviation, a not-a-name word, a region, an organisation, a maker, a people or a language.</summary>
    Settled = 64,

    /// <summary>A number the rules left (a phone, a reference, a date part): read by its own features, masked as an identifier.</summary>
    Number = 128,
}

/// <summary>
/// The words the rules left unmasked that might still be a name or a place, and what the word model reads about each:
/// the word, its shape and lists, its neighbours (a neighbour the rules masked is read as its type), the characters
/// around it, and whether it stands in an institution's name. Each feature is a 16-bit hash, so the model is a fixed
/// table of weights whatever the vocabulary. Training and masking both call <see cref="Find"/>: what the model learnt
/// is exactly what it is asked.
/// </summary>
/// <remarks>
/// Candidates are rare in ordinary text: a word of three letters or more, capitalised (or any word in a text typed
/// without capitals, a lower-case word that is no English word or is a listed name (<see cref="FindLowerCaseNamesAndTowns"/>),
/// and any word of two letters or more in Hebrew, Arabic, an Indic script or Korean), that no span covers
/// and no list settles; in Chinese and Japanese, short runs of characters and three characters from a family name on
/// (<see cref="FindUnspacedRuns"/>). A word that is only an ordinary English word, a not-a-name word, a region, an organisation or a
/// maker is no candidate, nor is a short abbreviation ("NSW", "Dr") or the word before an institution's ("Tampines MRT").
/// On the benchmark's records that leaves about one word per 1,300 characters, so the model adds little to the analysis.
/// </remarks>
internal static class WordFeatures
{
    /// <summary>Bits of the feature hash: the model has 2^16 weights (measured: 2^18 and 2^20 found no more).</summary>
    public const int Bits = 16;

    private const uint HashMask = (1u << Bits) - 1;

    private enum Kind : ushort
    {
        Bias = 1, Word, Shape, Lists, ListsShape, ListsSentenceCase, ListsTextCase, SentenceShape, Suffix3, Prefix3, Suffix2,
        Length, Previous, BeforePrevious, TwoPrevious, Next, AfterNext, PreviousCase, PreviousShape, NextShape, CharsBefore,
        CharAfter, TextCase, Institution, InstitutionLists,
        NumberBias, NumberShape, NumberDigits, NumberPrevious, NumberBeforePrevious, NumberTwoPrevious, NumberNext, NumberCharsBefore,
        NumberCharAfter, NumberLabel, NumberForm,
        RunBias, Run, RunFirst, RunLength, RunBefore2, RunBefore1, RunAfter1, RunAfter2, RunLabel,
        SpanBias, SpanWord, SpanFirst, SpanLast, SpanCount, SpanPrevious, SpanTwoPrevious, SpanNext, SpanAfterNext, SpanCharsBefore,
        SpanCharAfter, SpanInstitution, SpanShape, SpanLabel, SpanScore,
    }

    /// <summary>
    /// Whether the word model reviews a span the rules found (see <see cref="AddSpanFeatures"/>): names, dates and numbers
    /// read from their context, below the score of a value the rules are sure of. Values with a checksum or a syntax of their
    /// own (cards, IBANs, e-mails, links) are never reviewed, nor are places: Safe Harbor removes every town, street and
    /// postcode, wherever the text names it, so a reviewer's "keep" for a town named in passing is not followed. Nor are
    /// phones: the rules keep a service's line by its words ("24/7", "hotline"), and a phone the model dropped wrongly would
    /// leak (not reviewing them measured 724 leaks and 373 kept values masked on the sixteen sets left out in turn, against 717
    /// and 373, within what the training order moves).
    /// </summary>
    public static bool IsReviewed(PiiMatch match) =>
        match.Score < 0.95 && match.Type is PiiEntityType.Person or PiiEntityType.Date or PiiEntityType.OtherIdentifier or PiiEntityType.AccountNumber
            or PiiEntityType.PolicyNumber or PiiEntityType.LicenseNumber or PiiEntityType.PassportNumber;

    /// <summary>
    /// A span the rules found, as the word model reads it to say whether the reviewed sets would keep it: its words and form,
    /// the words and characters around it, its line's label, whether it stands in an institution's or an organisation's name,
    /// and the rules' type and score. Capitalised names of hospitals, firms, products, schemes and places named in passing,
    /// and laws' and hotlines' numbers, are most of what the reviews kept that the rules masked; the neighbours that tell them
    /// from people and their references are learnt, not listed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddSpanFeatures(string text, IReadOnlyList<PiiMatch> matches, PiiMatch span, List<uint> features)
    {
        var type = (char)('A' + (int)span.Type);
        var start = span.Start;
        var end = span.Start + span.Length;
        Span<char> lower = stackalloc char[48];
        features.Add(Hash(Kind.SpanBias).Add(type).Value);
        features.Add(Hash(Kind.SpanScore).Add(type).Add((char)(int)(span.Score * 20)).Value);
        var words = 0;
        (int Start, int Length) first = (0, 0), last = (0, 0);
        for (var at = start; at < end && words < 6;)
        {
            var word = NextWord(text, at);
            if (word.Length == 0 || word.Start >= end)
            {
                break;
            }

            var length = Math.Min(word.Length, Math.Min(lower.Length, end - word.Start));
            text.AsSpan(word.Start, length).ToLowerInvariant(lower);
            features.Add(Hash(Kind.SpanWord).Add(lower[..length]).Value);
            first = words == 0 ? (word.Start, length) : first;
            last = (word.Start, length);
            words++;
            at = word.Start + word.Length;
        }

        features.Add(Hash(Kind.SpanCount).Add(type).Add((char)words).Value);

        // The span's form by runs of digits, capitals, small letters and punctuation ("d/d", "Aa Aa", "A-d"), which tells a
        // law's number or a product's model from a person's reference.
        var form = Hash(Kind.SpanShape).Add('#').Add(type);
        var lastKind = '\0';
        for (var i = start; i < end && i < start + 40; i++)
        {
            var c = text[i];
            var kind = char.IsDigit(c) ? 'd' : char.IsUpper(c) ? 'A' : char.IsLetter(c) ? 'a' : c;
            if (kind != lastKind)
            {
                form = form.Add(kind);
                lastKind = kind;
            }
        }

        features.Add(form.Value);
        if (words > 0)
        {
            text.AsSpan(first.Start, first.Length).ToLowerInvariant(lower);
            features.Add(Hash(Kind.SpanFirst).Add(lower[..first.Length]).Value);
            text.AsSpan(last.Start, last.Length).ToLowerInvariant(lower);
            features.Add(Hash(Kind.SpanLast).Add(lower[..last.Length]).Value);
            Span<char> shape = stackalloc char[8];
            features.Add(Hash(Kind.SpanShape).Add(type).Add(shape[..Shape(text.AsSpan(first.Start, first.Length), shape)]).Value);
        }

        var previous = PreviousWord(text, start);
        var beforePrevious = previous.Length > 0 ? PreviousWord(text, previous.Start) : (0, 0);
        var next = NextWord(text, end);
        var afterNext = next.Length > 0 ? NextWord(text, next.Start + next.Length) : (0, 0);
        features.Add(Neighbour(Hash(Kind.SpanPrevious).Add(type), text, matches, previous, atStart: true).Value);
        features.Add(Neighbour(Neighbour(Hash(Kind.SpanTwoPrevious), text, matches, beforePrevious, atStart: true).Add(' '), text, matches, previous, atStart: true).Value);
        features.Add(Neighbour(Hash(Kind.SpanNext).Add(type), text, matches, next, atStart: false).Value);
        features.Add(Neighbour(Hash(Kind.SpanAfterNext), text, matches, afterNext, atStart: false).Value);
        features.Add(Hash(Kind.SpanCharsBefore).Add(start > 1 ? text[start - 2] : '^').Add(start > 0 ? text[start - 1] : '^').Value);
        features.Add(Hash(Kind.SpanCharAfter).Add(end < text.Length ? text[end] : '$').Value);

        var institution = InstitutionNames.Around(text, start, span.Length, person: span.Type == PiiEntityType.Person) ? 'I' : '-';
        var organisation = ListedPhrases.Organisations.OpensOrPrecedes(text, start, span.Length) || ListedPhrases.Organisations.Covers(text, start, span.Length) ? 'G' : '-';
        features.Add(Hash(Kind.SpanInstitution).Add(type).Add(institution).Add(organisation).Value);
        features.Add(LineLabel(Kind.SpanLabel, text, matches, start, tableCells: false));
    }

    /// <summary>
    /// The label of the line <paramref name="start"/> stands on, as a feature of <paramref name="kind"/>: the word before a
    /// colon that opens the line ("Utas: 9911 4471", "ID No: …"), or before a table cell's bar when <paramref name="tableCells"/>.
    /// </summary>
    private static uint LineLabel(Kind kind, string text, IReadOnlyList<PiiMatch> matches, int start, bool tableCells)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var line = text.AsSpan(lineStart, start - lineStart);
        var colon = tableCells ? line.IndexOfAny(':', '：', '|') : line.IndexOfAny(':', '：');
        if (colon <= 0 || colon >= 40)
        {
            return Hash(kind).Add('-').Value;
        }

        var label = PreviousWord(text, lineStart + colon);
        return Neighbour(Hash(kind), text, matches, label.Start >= lineStart ? label : (0, 0), atStart: true).Value;
    }

    /// <summary>
    /// Appends the candidates of <paramref name="text"/> to <paramref name="candidates"/> and their features to
    /// <paramref name="features"/>. <paramref name="matches"/>: the rules' spans, sorted by start and not overlapping.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Find(string text, IReadOnlyList<PiiMatch> matches, List<WordCandidate> candidates, List<uint> features)
    {
        var noCapitals = HasNoCapitals(text);

        // Where the text has capitals only capitalised words are candidates, and in ASCII text they are found by a
        // vectorised search for capitals instead of reading every word.
        var capitalsOnly = !noCapitals && System.Text.Ascii.IsValid(text);
        Span<char> lower = stackalloc char[48];
        var listed = t_listed ??= new Dictionary<string, WordFlags>(StringComparer.Ordinal);
        var listedLookup = listed.GetAlternateLookup<ReadOnlySpan<char>>();
        var position = 0;
        while (true)
        {
            if (capitalsOnly)
            {
                var capital = text.AsSpan(position).IndexOfAnyInRange('A', 'Z');
                if (capital < 0)
                {
                    break;
                }

                position += capital;
                if (position > 0 && InsideWord(text, position))
                {
                    var rest = NextWord(text, position); // the rest of "McAllister" or "O'Brien"
                    position = rest.Start + rest.Length;
                    continue;
                }
            }

            var (start, length) = NextWord(text, position);
            if (length == 0)
            {
                break;
            }

            position = start + length;
            var first = text[start];
            var spacedCaseless = IsSpacedCaseless(first);
            if (length < (spacedCaseless ? 2 : 3) || length > lower.Length)
            {
                continue;
            }

            var capitalised = char.IsUpper(first);
            if (!(capitalised || (noCapitals && char.IsLower(first)) || spacedCaseless) || CoveringType(matches, start, length) is not null
                || (!capitalised && (PartOfHandle(text, start, start + length) || IsHexGroup(text, start, start + length) || AfterIntensifier(text, start)
                    || Intensifiers.Contains(text.AsSpan(start, length))))
                || (capitalised && CountedAfterADay(text, start)))
            {
                continue;
            }

            var word = text.AsSpan(start, length);
            var flags = ListedFlags(word, lower, listed, listedLookup);
            if (flags is WordFlags.Settled or WordFlags.Ordinary)
            {
                // "NSW", "Dr", "Saturday", "Selangor", "Barclays", "Toyota": settled by the lists; "Hospital", "Market",
                // "Summarise": an English word and nothing else.
                continue;
            }

            // "COVID-19, Omicron", "Delta variant", "beta blocker": the names of Greek letters mark variants, grades and classes.
            if (capitalised && GreekLetterNames.Contains(word))
            {
                continue;
            }

            // "Hurricane Tammy", "Storm Jocelyn": a storm's name, as the rules read it.
            if (TextScan.WordBefore(text, start, 14) is "Storm" or "Hurricane" or "Typhoon" or "Cyclone" or "storm" or "hurricane" or "typhoon" or "cyclone")
            {
                continue;
            }

            var next = NextWord(text, start + length);
            if (next.Length > 0 && next.Start == start + length + 1 && NameRecognizer.IsInstitutionTail(text.AsSpan(next.Start, next.Length)))
            {
                continue; // "Tampines MRT", "Bukit Batok Polyclinic": what the rules read as an institution's name
            }

            // "عيد الاستقلال", "Hari Raya": a word of a listed holiday, weekday or month; "Roth IRA": of a listed organisation's
            // or product's name.
            if (ListedPhrases.CalendarNames.Covers(text, start, length) || ListedPhrases.Organisations.Covers(text, start, length))
            {
                continue;
            }

            // "Ankara'da", "İzmir'de": a listed town with a Turkish case ending; the rules read towns.
            if (word.IndexOfAny('\'', '’') is var apostrophe and > 0 && (Lexicon.Cities.Contains(word[..apostrophe]) || Lexicon.LargeTowns.Contains(word[..apostrophe])))
            {
                continue;
            }

            // "Voltaren Emulgel", "Calcigran Forte": a product's variant and the brand before it.
            if (TextScan.IsProductVariant(word) || (NextWord(text, start + length) is { Length: > 0 } following && following.Start == start + length + 1
                    && TextScan.IsProductVariant(text.AsSpan(following.Start, following.Length))))
            {
                continue;
            }

            // "Diane-35", "Yasmin-28": a word joined to a number by a hyphen is a product's or a model's name; "PAQL931108MJCRNC07":
            // letters run into digits are a code's.
            if ((start + length + 1 < text.Length && text[start + length] == '-' && char.IsAsciiDigit(text[start + length + 1]))
                || (start + length < text.Length && char.IsAsciiDigit(text[start + length])) || (start > 0 && char.IsAsciiDigit(text[start - 1])))
            {
                continue;
            }

            // "Guillain-Barré syndrome", "Parkinson's disease", "Westley croup score": an eponym before its disease or scale, as
            // the rules read it.
            var compoundEnd = start + length;
            while (compoundEnd + 1 < text.Length && text[compoundEnd] == '-' && char.IsLetter(text[compoundEnd + 1]))
            {
                compoundEnd++;
                while (compoundEnd < text.Length && char.IsLetter(text[compoundEnd]))
                {
                    compoundEnd++;
                }
            }

            if (NameRecognizer.FollowedByEponymNoun(text, compoundEnd, eponymSurname: false) || BeforeEponym(text, compoundEnd)
                || (capitalised && NameRecognizer.IsEponymBeforeQualifiedNoun(text, start, compoundEnd)))
            {
                continue;
            }

            var previous = PreviousWord(text, start);
            if (previous.Length > 0 && start - previous.Start - previous.Length <= 2 && BusinessNouns.Contains(text.AsSpan(previous.Start, previous.Length)))
            {
                continue; // the café "Kevo", the shop Mandla's: a business's name, which the reviews keep
            }

            var lowered = lower[..length];
            word.ToLowerInvariant(lowered);
            var featureStart = features.Count;
            AddFeatures(text, matches, start, length, lowered, flags, capitalised, noCapitals, features);
            candidates.Add(new WordCandidate(start, length, flags, featureStart, features.Count - featureStart));
        }

        if (!noCapitals)
        {
            FindLowerCaseNamesAndTowns(text, matches, candidates, features, listed, listedLookup);
        }

        FindNumbers(text, matches, candidates, features);
        if (text.AsSpan().IndexOfAnyInRange('\u3005', '\u9FFF') >= 0)
        {
            FindUnspacedRuns(text, matches, candidates, features);
        }
    }

    /// <summary>
    /// Whether the word ending at <paramref name="end"/> is the given name of an eponym: the next word is the surname before
    /// its disease or sign ("Lou Gehrig's disease", "Marie Curie syndrome").
    /// </summary>
    private static bool BeforeEponym(string text, int end)
    {
        var next = NextWord(text, end);
        return next.Length > 0 && next.Start == end + 1 && text[end] == ' ' && char.IsUpper(text[next.Start])
            && NameRecognizer.FollowedByEponymNoun(text, next.Start + next.Length, eponymSurname: false);
    }

    /// <summary>
    /// Whether the lower-case word from <paramref name="start"/> to <paramref name="end"/> is a group of a hexadecimal code
    /// ("ab12 cdef", "9f3a-beef"): letters a to f only, right after a group of hexadecimal digits that mixes digits and
    /// letters (after a plain number, "bed 12 ada" may still name someone).
    /// </summary>
    private static bool IsHexGroup(ReadOnlySpan<char> text, int start, int end)
    {
        if (start < 2 || text[start - 1] is not (' ' or '-' or ':') || text[start..end].ContainsAnyExceptInRange('a', 'f'))
        {
            return false;
        }

        var groupStart = start - 1;
        var digit = false;
        var letter = false;
        while (groupStart > 0 && char.IsAsciiHexDigitLower(text[groupStart - 1]))
        {
            var c = text[--groupStart];
            digit |= char.IsAsciiDigit(c);
            letter |= !char.IsAsciiDigit(c);
        }

        return digit && letter && (groupStart == 0 || !char.IsLetterOrDigit(text[groupStart - 1]));
    }

    /// <summary>
    /// Words typed in lower case in a text that has capitals that may be a name or a place ("my son kofi has fever", "tan wei
    /// ming | S8812345D", "Oudegracht 211 utrecht", "dada yangu shiku", "this is semi, i didnt"): a word of lower-case ASCII
    /// letters that is no ordinary English word, or that a name list or the large towns hold. The model reads them by their
    /// neighbours, as it reads capitalised words; the lists alone would mask every "will", "bill" and "reading", and would
    /// never find the names no list holds.
    /// </summary>
    /// <remarks>
    /// A vectorised search for the next lower-case letter and the end of its run keeps this to a look-up per lower-case
    /// word, not a read of every character's class; a run inside a word ("Maria", "okonkwo-hale") is passed over.
    /// Measured on the sixteen review sets left out in turn: with names, 498 leaks and 422 kept values masked, against 513 and
    /// 427 (the logistic model); with the towns too, 463 and 377, against 475 and 375 (the model with its hidden layer).
    /// Every word no English list holds was added later, with listed names that are English words too ("grace", "joy") in
    /// chat typed in lower case, the review sets' common words (<see cref="ReviewCommonWords"/>) and English typos read as
    /// ordinary, and the model averaged over three training orders (<see cref="WordModel.Orders"/>). Trained on the 130 review
    /// sets and measured on fourteen blind sets it never saw (fresh-134 to fresh-147, about 21,000 planted and 10,500 kept
    /// values): 150 leaks and 447 kept values masked, against 178 and 432 for the same three-order model with listed names
    /// and towns only. Each single training order of the first form alone left 7 to 8 % fewer leaks than the shipped
    /// candidates, but turned single texts of other languages typed without capitals ("mi hermano está enfermo") into names.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindLowerCaseNamesAndTowns(string text, IReadOnlyList<PiiMatch> matches, List<WordCandidate> candidates, List<uint> features,
        Dictionary<string, WordFlags> listed, Dictionary<string, WordFlags>.AlternateLookup<ReadOnlySpan<char>> listedLookup)
    {
        Span<char> titled = stackalloc char[LongestLowerCaseCandidate];
        Span<char> lower = stackalloc char[LongestLowerCaseCandidate];
        var span = text.AsSpan();
        var position = 0;
        bool? lowerCaseChat = null;
        while (TextScan.NextLowerCaseRun(span, ref position, out var start, out var end))
        {
            var length = end - start;
            if (length < 3 || length > LongestLowerCaseCandidate || (start > 0 && InsideWord(text, start))
                || (end < span.Length && (IsWordChar(span[end]) || (IsJoiner(span[end]) && end + 1 < span.Length && IsWordChar(span[end + 1]))))
                || PartOfHandle(span, start, end) || CoveringType(matches, start, length) is not null || IsHexGroup(span, start, end)
                || AfterIntensifier(text, start) || Intensifiers.Contains(span[start..end]))
            {
                continue;
            }

            span[start..end].CopyTo(titled);
            titled[0] = char.ToUpperInvariant(titled[0]);
            var flags = ListedFlags(titled[..length], lower, listed, listedLookup);
            var listedName = (flags & (WordFlags.FirstName | WordFlags.LastName | WordFlags.LargeTown)) != 0;
            if ((flags & (WordFlags.NotName | WordFlags.Settled)) != 0 || ((flags & WordFlags.Ordinary) != 0 && !(listedName && (lowerCaseChat ??= TextScan.LooksLowerCaseChat(text)))))
            {
                // "the", "reading": English and nothing else; "dr", "usd": settled by the lists. A name that is an English word
                // too ("joy", "grace") is asked only in chat typed in lower case: in written prose "prices rose" is no one.
                continue;
            }

            var featureStart = features.Count;
            AddFeatures(text, matches, start, length, span[start..end], flags, capitalised: false, noCapitals: false, features);
            candidates.Add(new WordCandidate(start, length, flags, featureStart, features.Count - featureStart));
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GreekLetterNames =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Theta", "Iota", "Kappa", "Lambda", "Omicron", "Sigma", "Upsilon", "Omega"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Adverbs of degree in the product's languages: neither one nor the lower-case word after it is a name ("très inquiet",
    // "muy preocupada", "sehr besorgt", "really worried").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Intensifiers =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["très", "trop", "assez", "muy", "bastante", "molto", "troppo", "sehr", "ziemlich", "zeer", "erg", "very", "really", "quite",
             "bardzo", "muito", "tão", "çok", "nagyon", "πολύ", "очень", "дуже", "velmi", "veldig", "meget", "mycket", "hyvin", "erittäin"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A noun counted after a German or Dutch day or month and a small number ("Am Montag 5 Termine", "im Juli 3 Besuche"):
    /// those languages capitalise their nouns, and no one's name is counted; a listed given name there is still read.
    /// </summary>
    private static bool CountedAfterADay(string text, int start)
    {
        var number = start - 1;
        if (number < 2 || text[number] != ' ' || !char.IsAsciiDigit(text[number - 1]))
        {
            return false;
        }

        var digits = number - 1;
        while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        if (number - digits > 2 || digits < 2 || text[digits - 1] != ' ')
        {
            return false;
        }

        var previous = PreviousWord(text, digits);
        var word = text.AsSpan(previous.Start, previous.Length);
        return previous.Length > 0 && TextScan.IsGermanOrDutchWeekdayOrMonth(word) && (NameWords.Of(text.AsSpan(start, WordLength(text, start))) & WordKinds.FirstName) == 0;
    }

    /// <summary>The length of the word of letters that starts at <paramref name="start"/>.</summary>
    private static int WordLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end - start;
    }

    private static bool AfterIntensifier(string text, int start)
    {
        var previous = PreviousWord(text, start);
        return previous.Length > 0 && previous.Start + previous.Length == start - 1 && text[start - 1] == ' '
            && Intensifiers.Contains(text.AsSpan(previous.Start, previous.Length));
    }

    /// <summary>
    /// Names in scripts that do not space their words: a run of two to four Chinese characters or of katakana between other
    /// characters ("山口", "ヤマモト ケンジ" with its space), and inside a longer Chinese run, three characters from a common
    /// family name on ("…我是陈美玲，…"). Read by the run itself, its first character, its length and the characters around
    /// it, which carry the labels, honorifics and particles ("様", "先生", "：") that mark a name.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindUnspacedRuns(string text, IReadOnlyList<PiiMatch> matches, List<WordCandidate> candidates, List<uint> features)
    {
        for (var i = 0; i < text.Length;)
        {
            var kind = RunKind(text[i]);
            if (kind == 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && RunKind(text[i]) == kind)
            {
                i++;
            }

            var end = i;
            // "山本 健太", "ヤマモト ケンジ": family and given name with a space between, read as one.
            if (end - start <= 4 && end + 1 < text.Length && text[end] is ' ' or '\u3000' && RunKind(text[end + 1]) == kind)
            {
                var second = end + 1;
                while (second < text.Length && RunKind(text[second]) == kind)
                {
                    second++;
                }

                if (second - end - 1 <= 4)
                {
                    end = second;
                    i = second;
                }
            }

            var length = end - start;
            // "第95号室", "12楼", "3栋张伟": a number's unit is no name, nor part of the one after it.
            if (kind == 'H' && start > 0 && char.IsDigit(text[start - 1]))
            {
                while (start < end && IsNumbersUnit(text[start]))
                {
                    start++;
                }

                length = end - start;
            }

            if (length >= 2 && (kind == 'K' ? length <= 12 : length <= 9) && (kind == 'K' || end - start <= 4 || text.AsSpan(start, length).Contains(' ')))
            {
                AddRun(text, matches, start, length, kind, candidates, features);
            }
            else if (kind == 'H' && length > 4)
            {
                for (var at = start; at + 3 <= end; at++)
                {
                    if (CommonFamilyNames.Contains(text[at]))
                    {
                        AddRun(text, matches, at, 3, 'F', candidates, features);
                    }
                }
            }
        }
    }

    private static bool IsNumbersUnit(char c) => c is '号' or '號' or '室' or '楼' or '樓' or '栋' or '棟' or '层' or '層' or '座' or '巷' or '弄';

    private static void AddRun(string text, IReadOnlyList<PiiMatch> matches, int start, int length, char kind, List<WordCandidate> candidates, List<uint> features)
    {
        if (PiiAnalyzer.Overlaps(matches, start, start + length))
        {
            return;
        }

        var end = start + length;
        var featureStart = features.Count;
        var run = text.AsSpan(start, length);
        features.Add(Hash(Kind.RunBias).Add(kind).Value);
        features.Add(Hash(Kind.Run).Add(run).Value);
        features.Add(Hash(Kind.RunFirst).Add(kind).Add(run[0]).Value);
        features.Add(Hash(Kind.RunLength).Add(kind).Add((char)length).Value);
        features.Add(Hash(Kind.RunBefore2).Add(start > 1 ? text[start - 2] : '^').Add(start > 0 ? text[start - 1] : '^').Value);
        features.Add(Hash(Kind.RunBefore1).Add(kind).Add(start > 0 ? text[start - 1] : '^').Value);
        features.Add(Hash(Kind.RunAfter1).Add(kind).Add(end < text.Length ? text[end] : '$').Value);
        features.Add(Hash(Kind.RunAfter2).Add(end < text.Length ? text[end] : '$').Add(end + 1 < text.Length ? text[end + 1] : '$').Value);

        // The line's label: what stands before a colon that opens the line ("契約者：", "客戶:").
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var colon = text.AsSpan(lineStart, start - lineStart).IndexOfAny(':', '：');
        features.Add(colon > 0 && colon < 24
            ? Hash(Kind.RunLabel).Add(text.AsSpan(lineStart + Math.Max(0, colon - 3), Math.Min(colon, 3))).Value
            : Hash(Kind.RunLabel).Add('-').Value);
        candidates.Add(new WordCandidate(start, length, WordFlags.None, featureStart, features.Count - featureStart));
    }

    /// <summary>'H' for a Chinese character (with the iteration mark), 'K' for katakana (with the long-vowel and middle dots), 0 otherwise.</summary>
    private static char RunKind(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or '々' ? 'H' : c is (>= '\u30A0' and <= '\u30FF') and not '・' ? 'K' : '\0';

    // The most common Chinese family names, simplified and traditional.
    private static readonly System.Collections.Frozen.FrozenSet<char> CommonFamilyNames = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
        + "陳張劉楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閻賀顧龔萬錢嚴湯");

    /// <summary>
    /// Numbers the rules left: a token holding three digits or more ("9911 4471" with its groups, "SKR-8813", "1.037.584.221"),
    /// read by its shape, its neighbours and the label of its line. The words before a number say what it is in every language
    /// the reviewed sets hold ("Utas:", "símanúmer", "Fon", "msimbo ni"), which no list of cues can keep up with.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindNumbers(string text, IReadOnlyList<PiiMatch> matches, List<WordCandidate> candidates, List<uint> features)
    {
        var position = 0;
        while (position < text.Length)
        {
            var digit = text.AsSpan(position).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                return;
            }

            var start = position + digit;
            while (start > 0 && IsTokenChar(text[start - 1]))
            {
                start--;
            }

            var end = position + digit;
            while (end < text.Length && IsTokenChar(text[end]))
            {
                end++;
            }

            // Digit groups after a space belong to the same number ("46 48 21 93", "0300 555 6192").
            for (var groups = 0; groups < 4 && end + 1 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]); groups++)
            {
                var groupEnd = end + 1;
                while (groupEnd < text.Length && char.IsAsciiDigit(text[groupEnd]))
                {
                    groupEnd++;
                }

                if (groupEnd < text.Length && IsTokenChar(text[groupEnd]))
                {
                    break;
                }

                end = groupEnd;
            }

            position = end;
            // Trailing punctuation is not part of the number ("1.037.584.221.", "SKR-8813,").
            while (end > start && text[end - 1] is '.' or '-' or '/' or '#')
            {
                end--;
            }

            var token = text.AsSpan(start, end - start);
            var digits = StructuredRecognizer.CountDigits(token);
            // A count or a measure is no one's ("4500 more", "1250000 patients", "48 mg"), nor are two years ("2019 2020 seasons"),
            // a publication's or a trial's number ("PMID 31234567", "NCT04368728"); the rules' vetoes hold here too (a public
            // service's number, a law's section: "Ley No. 151/2022"). Cheapest first: most numbers of a record are covered
            // already or are doses and counts.
            if (digits < 3 || token.Length > 32 || CoveringType(matches, start, end - start) is not null || IsCountOrMeasure(text, end)
                || StructuredRecognizer.IsTwoYears(token) || IsYearRange(token) || IsStrengthCombination(token) || IsRangeOfSmallNumbers(token) || IsQuarterOrHalfYear(text, start, token) || HasChecksummedShape(token) || IsGoodsOrAmount(text, start)
                || IsPublicReference(text, start, token) || InQuantityColumn(text, start) || IsFailedRoutingNumber(text, start, digits)
                || !TextScan.Admits(text, PiiEntityType.OtherIdentifier, start, end - start))
            {
                continue;
            }

            var featureStart = features.Count;
            AddNumberFeatures(text, matches, start, end, digits, features);
            candidates.Add(new WordCandidate(start, end - start, WordFlags.Number, featureStart, features.Count - featureStart));
        }
    }

    /// <summary>
    /// Two small numbers joined by a hyphen that no day and month make ("ages from 18-25", "6-40 mg"): a range, not a value.
    /// "18-07" may be a day and month and stays a candidate.
    /// </summary>
    private static bool IsRangeOfSmallNumbers(ReadOnlySpan<char> token)
    {
        var dash = token.IndexOf('-');
        if (dash is < 1 or > 2 || token.Length - dash - 1 is < 1 or > 2 || token.ContainsAnyExcept("0123456789-") || token[(dash + 1)..].Contains('-'))
        {
            return false;
        }

        var first = int.Parse(token[..dash], System.Globalization.CultureInfo.InvariantCulture);
        var second = int.Parse(token[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return !(first is >= 1 and <= 31 && second is >= 1 and <= 12) && !(first is >= 1 and <= 12 && second is >= 1 and <= 31);
    }

    /// <summary>
    /// A combination product's strengths, three or four numbers joined by "/", all but the first under 100, that no day and month open ("Trelegy
    /// Ellipta 92/55/22", "Trimbow 87/5/9"): a dose, not a value. "12/05/22" opens with a day and a month
    /// and stays a candidate.
    /// </summary>
    private static bool IsStrengthCombination(ReadOnlySpan<char> token)
    {
        Span<int> groups = stackalloc int[4];
        var count = 0;
        foreach (var range in token.Split('/'))
        {
            var group = token[range];
            if (count == groups.Length || group.Length is < 1 or > 3 || group.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            groups[count++] = int.Parse(group, System.Globalization.CultureInfo.InvariantCulture);
        }

        // After the first strength the others are short ("92/55/22"); a file number's groups are not ("123/456/789").
        // Nor does a month and a day follow it: Taiwan writes its Minguo years first ("72/10/02").
        return count >= 3 && groups[1] < 100 && groups[2] < 100 && (count < 4 || groups[3] < 100)
            && !(groups[1] is >= 1 and <= 12 && groups[2] is >= 1 and <= 31) && !(groups[0] is >= 1 and <= 31 && groups[1] is >= 1 and <= 12) && !(groups[0] is >= 1 and <= 12 && groups[1] is >= 1 and <= 31);
    }

    /// <summary>A year after a quarter, a half or a fiscal year ("in Q1 2019", "H2 2023", "FY 2024"): a period, not a value.</summary>
    private static bool IsQuarterOrHalfYear(string text, int start, ReadOnlySpan<char> token) =>
        token.Length == 4 && token[0] is '1' or '2' && token[1] is '9' or '0' && !token.ContainsAnyExceptInRange('0', '9') && start >= 3
        && text[start - 1] == ' ' && text.AsSpan(start - 3, 2) is "Q1" or "Q2" or "Q3" or "Q4" or "H1" or "H2" or "FY"
        && (start == 3 || !char.IsLetterOrDigit(text[start - 4]));

    // Nouns a count or a quantity goes before.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountNouns =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["more", "units", "unit", "patients", "people", "persons", "cases", "items", "entries", "times", "members", "customers",
             "users", "staff", "beds", "doses", "tablets", "pieces", "pcs", "records", "rows", "bytes", "kb", "mb", "gb", "words", "pages",
             "votes", "steps", "calories", "kcal", "points", "shares", "copies", "visits", "claims", "deaths", "births", "residents",
             // Measures of machines and distances ("the DC 5000 volts line", "8000 rpm", "12000 miles").
             "volts", "volt", "watts", "watt", "amps", "kwh", "rpm", "miles", "km"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsCountOrMeasure(string text, int end)
    {
        if (AgeRecognizer.FollowedByUnit(text.AsSpan(end)))
        {
            return true;
        }

        var next = NextWord(text, end);
        return next.Length > 0 && next.Start == end + 1 && text[end] == ' ' && CountNouns.Contains(text.AsSpan(next.Start, next.Length));
    }

    // Words before a number, or before the product's name before it, that make it goods or money ("item 12345678",
    // "Total (USD): 1250", "Qty 12", "the batch, Widgets 123456").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GoodsAndAmountWords =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["item", "items", "sku", "product", "qty", "quantity", "total", "subtotal", "amount", "price", "balance", "sum", "cost", "fee",
             "invoice", "usd", "eur", "gbp", "batch", "lot",
             // A budget, a salary and the currencies of the product's markets ("मेरा बजट 250000 है", "KES 250000"; not "RM", a medical record in Indonesian too).
             "budget", "बजट", "salary", "income", "rs", "inr", "myr", "php", "kes", "ngn", "zar", "aud", "cad", "sgd", "hkd", "chf",
             "sek", "nok", "dkk", "pln", "brl", "mxn", "ars", "cop", "pen", "clp", "idr", "thb", "vnd", "jpy", "cny", "rmb", "krw", "aed",
             "sar", "egp", "ugx", "tzs", "ghs", "zmw",
             // A program's version ("version 123.45.6789 released"), and rooms, beds and pages ("Room 201-3344 closed").
             "version", "ver", "build", "room", "bed", "page", "pages",
             // A statistic's count ("population 3400000", "inhabitants 120000").
             "population", "inhabitants"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsGoodsOrAmount(string text, int start)
    {
        if (start > 0 && char.GetUnicodeCategory(text[start - 1]) == UnicodeCategory.CurrencySymbol)
        {
            return true; // "₹2400000 pending", "$125000"
        }

        var previous = PreviousWord(text, start);
        if (previous.Length == 0 || start - previous.Start - previous.Length > 4)
        {
            return false;
        }

        if (GoodsAndAmountWords.Contains(text.AsSpan(previous.Start, previous.Length)))
        {
            return true;
        }

        // A capitalised product name between the word and the number ("batch, Widgets 123456").
        (int Start, int Length) beforePrevious = char.IsUpper(text[previous.Start]) ? PreviousWord(text, previous.Start) : (0, 0);
        return beforePrevious.Length > 0 && previous.Start - beforePrevious.Start - beforePrevious.Length <= 2
            && GoodsAndAmountWords.Contains(text.AsSpan(beforePrevious.Start, beforePrevious.Length));
    }

    /// <summary>
    /// The shapes of identifiers with a check digit, which the rules validate (cards, IBANs, Mexico's CURP): one that failed its
    /// check is a look-alike the rules kept on purpose.
    /// </summary>
    private static bool HasChecksummedShape(ReadOnlySpan<char> token)
    {
        var digits = StructuredRecognizer.CountDigits(token);
        if (digits is >= 15 and <= 19 && !token.ContainsAnyExcept("0123456789 -"))
        {
            return true; // a card's number (not South Africa's thirteen-digit identity number)
        }

        if (token.Length is >= 15 and <= 34 && char.IsAsciiLetterUpper(token[0]) && char.IsAsciiLetterUpper(token[1]) && char.IsAsciiDigit(token[2])
            && char.IsAsciiDigit(token[3]) && !token.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "))
        {
            return true; // an IBAN
        }

        return token.Length == 18 && !token[..4].ContainsAnyExceptInRange('A', 'Z') && !token[4..10].ContainsAnyExceptInRange('0', '9'); // a CURP
    }

    /// <summary>
    /// Nine digits after "routing" or "ABA" that the rules did not mask: an ABA number that failed its checksum, which the rules
    /// keep on purpose as with the other checksummed shapes ("routing number658347047 for the branch").
    /// </summary>
    private static bool IsFailedRoutingNumber(string text, int start, int digits)
    {
        if (digits != 9)
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, start - 24), Math.Min(24, start));
        return before.Contains("routing", StringComparison.OrdinalIgnoreCase) || before.Contains("ABA", StringComparison.Ordinal);
    }

    /// <summary>A cell of a comma-separated table whose header names a quantity ("Item,Qty,Code\nWidget,12345678,A4").</summary>
    private static bool InQuantityColumn(string text, int start)
    {
        if (start == 0 || text[start - 1] is not (',' or ';' or '\t' or '|'))
        {
            return false;
        }

        // The header is the top line of the block of lines with as many delimiters as this one: an export's title or a note
        // may stand above it ("# export: … claims, Q2" before "claim_id,…,sum_insured_iqd,status").
        var delimiter = text[start - 1];
        var lineStart = text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', start) is var next and >= 0 ? next : text.Length;
        var delimiters = TableText.CellBreaks(text.AsSpan(lineStart, lineEnd - lineStart), delimiter);
        var headerStart = -1;
        for (var above = lineStart - 1; above > 0;)
        {
            var candidateStart = text.LastIndexOf('\n', above - 1) + 1;
            if (TableText.CellBreaks(text.AsSpan(candidateStart, above - candidateStart), delimiter) != delimiters)
            {
                break;
            }

            headerStart = candidateStart;
            above = candidateStart - 1;
        }

        if (headerStart < 0)
        {
            return false;
        }

        var column = TableText.CellBreaks(text.AsSpan(lineStart, start - lineStart), delimiter);
        var header = text.AsSpan(headerStart, text.IndexOf('\n', headerStart) - headerStart);
        foreach (var range in header.Split(delimiter))
        {
            if (column-- == 0)
            {
                return UnnamedIdentifier.IsQuantityHeader(header[range].Trim());
            }
        }

        return false;
    }

    // Public registers' numbers: trials, articles, books, vulnerabilities; and digests, which are no one's.
    private static bool IsPublicReference(string text, int start, ReadOnlySpan<char> token)
    {
        if (token.StartsWith("NCT", StringComparison.Ordinal) || token.StartsWith("CVE", StringComparison.Ordinal))
        {
            return true;
        }

        var previous = PreviousWord(text, start);
        return previous.Length > 0 && start - previous.Start - previous.Length <= 2
            && text.AsSpan(previous.Start, previous.Length) is "PMID" or "PMCID" or "ISBN" or "ISSN" or "doi" or "DOI" or "NCT" or "CVE" or "arXiv"
                // A file's or a program's digest ("Hash 1hgcm82633a004353 differs", "sha256 9f86d0…", "commit 4e1a2b3").
                or "Hash" or "hash" or "SHA256" or "sha256" or "SHA1" or "sha1" or "MD5" or "md5" or "checksum" or "Checksum" or "commit" or "Commit"
                // A standard's number ("ISO 9001", "IEC 62304", "EN 1176", "DIN 5008").
                or "ISO" or "IEC" or "EN" or "DIN" or "ANSI" or "ASTM" or "BS" or "NEN" or "ÖNORM" or "IEEE";
    }

    /// <summary>"2023-2024", "1998/1999": a range of years, a season's or a tax year's.</summary>
    private static bool IsYearRange(ReadOnlySpan<char> token) =>
        token.Length == 9 && token[4] is '-' or '/' && token[..2] is "19" or "20" && token[5..7] is "19" or "20"
        && !token[..4].ContainsAnyExceptInRange('0', '9') && !token[5..].ContainsAnyExceptInRange('0', '9');

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '/' or '.' or '#' or '_';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddNumberFeatures(string text, IReadOnlyList<PiiMatch> matches, int start, int end, int digits, List<uint> features)
    {
        // The shape by runs: "9911 4471" is "d4 d4", "SKR-8813" "A3-d4", "1.037.584.221" "d1.d3.d3.d3".
        var shape = Hash(Kind.NumberShape);
        var runs = 0;
        for (var i = start; i < end && runs < 8;)
        {
            var c = text[i];
            var kind = char.IsAsciiDigit(c) ? 'd' : char.IsAsciiLetterUpper(c) ? 'A' : char.IsAsciiLetterLower(c) ? 'a' : c;
            var runEnd = i + 1;
            while (runEnd < end && kind is 'd' or 'A' or 'a' && (char.IsAsciiDigit(text[runEnd]) ? 'd' : char.IsAsciiLetterUpper(text[runEnd]) ? 'A' : char.IsAsciiLetterLower(text[runEnd]) ? 'a' : text[runEnd]) == kind)
            {
                runEnd++;
            }

            shape = shape.Add(kind);
            if (kind is 'd' or 'A' or 'a')
            {
                shape = shape.Add((char)('0' + Math.Min(runEnd - i, 9)));
            }

            runs++;
            i = runEnd;
        }

        var value = text.AsSpan(start, end - start);
        var form = value.Length == 4 && value[0] is '1' or '2' && value[1] is '9' or '0' && digits == 4 ? 'Y'
            : value[0] == '0' ? '0'
            : value.Contains(':') ? 'T'
            : 'n';
        features.Add(Hash(Kind.NumberBias).Value);
        features.Add(shape.Value);
        features.Add(Hash(Kind.NumberDigits).Add((char)Math.Min(digits, 16)).Value);
        features.Add(Hash(Kind.NumberForm).Add(form).Add((char)Math.Min(digits, 16)).Value);

        var previous = PreviousWord(text, start);
        var beforePrevious = previous.Length > 0 ? PreviousWord(text, previous.Start) : (0, 0);
        var next = NextWord(text, end);
        features.Add(Neighbour(Hash(Kind.NumberPrevious), text, matches, previous, atStart: true).Value);
        features.Add(Neighbour(Hash(Kind.NumberBeforePrevious), text, matches, beforePrevious, atStart: true).Value);
        features.Add(Neighbour(Neighbour(Hash(Kind.NumberTwoPrevious), text, matches, beforePrevious, atStart: true).Add(' '), text, matches, previous, atStart: true).Value);
        features.Add(Neighbour(Hash(Kind.NumberNext), text, matches, next, atStart: false).Value);
        features.Add(Hash(Kind.NumberCharsBefore).Add(start > 1 ? text[start - 2] : '^').Add(start > 0 ? text[start - 1] : '^').Value);
        features.Add(Hash(Kind.NumberCharAfter).Add(end < text.Length ? text[end] : '$').Value);
        features.Add(LineLabel(Kind.NumberLabel, text, matches, start, tableCells: true));
    }

    /// <summary>
    /// A letter of a script without capitals that spaces its words: Hebrew, Arabic (with Persian and Urdu), the Indic
    /// scripts and Korean. Every word of theirs is a candidate, as no capital marks a name; Chinese and Japanese, which do not
    /// space words, have candidates of their own (<see cref="FindUnspacedRuns"/>); Thai is left to the rules.
    /// </summary>
    private static bool IsSpacedCaseless(char c) =>
        (c is >= '\u0590' and < '\u0E00' && CaselessScriptRecognizer.IsCaselessLetter(c)) || c is >= '\uAC00' and <= '\uD7AF' // and Korean
        || c is >= '\u1200' and <= '\u137F'; // and Ethiopic

    /// <summary>Whether the letter at <paramref name="position"/> continues a word rather than starting one.</summary>
    private static bool InsideWord(string text, int position) =>
        IsWordChar(text[position - 1]) || (IsJoiner(text[position - 1]) && position >= 2 && IsWordChar(text[position - 2]));

    /// <summary>
    /// Whether a run of letters is part of a handle, a field's name or an address ("marianne_k", "tgl_lahir", "maria.lopez",
    /// "@kofi"): joined to letters or digits by an underscore or a dot, or after an at sign.
    /// </summary>
    private static bool PartOfHandle(ReadOnlySpan<char> text, int start, int end) =>
        (start > 0 && (text[start - 1] is '_' or '@' or '#' || (text[start - 1] == '.' && start > 1 && char.IsAsciiLetterOrDigit(text[start - 2]))))
        || (end + 1 < text.Length && text[end] is '_' or '.' or '@' && char.IsAsciiLetterOrDigit(text[end + 1]));

    /// <summary>The longest lower-case word read as a candidate: longer ones are no names.</summary>
    private const int LongestLowerCaseCandidate = 16;

    // Peoples and languages ("Answer in British English", "our Filipino staff"): capitalised, listed nowhere else, and never a
    // name of someone on their own. Only the model leaves them out: several are family names too ("Dawn French"), which the
    // rules still read by their cues.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeoplesAndLanguages =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["British", "English", "French", "German", "Spanish", "Italian", "Portuguese", "Dutch", "Polish", "Russian", "Ukrainian",
             "Chinese", "Japanese", "Korean", "Indian", "Pakistani", "Nigerian", "Kenyan", "American", "Canadian", "Australian", "Irish",
             "Scottish", "Welsh", "Mexican", "Brazilian", "Arabic", "Arab", "Hindi", "Urdu", "Bengali", "Tamil", "Swahili", "Filipino",
             "Tagalog", "Malay", "Indonesian", "Thai", "Vietnamese", "Turkish", "Greek", "Hebrew", "Persian", "Farsi", "Afrikaans", "Zulu",
             "Xhosa", "Yoruba", "Igbo", "Hausa", "Maori", "Māori", "Samoan", "Tongan", "Fijian", "Swedish", "Norwegian", "Danish", "Finnish",
             "Icelandic", "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Serbian", "Croatian", "Bosnian", "Slovenian",
             "Albanian", "Lithuanian", "Latvian", "Estonian", "European", "African", "Asian", "Latino", "Latina", "Hispanic", "Caribbean",
             "Jamaican", "Ghanaian", "Egyptian", "Moroccan", "Saudi", "Emirati", "Iranian", "Iraqi", "Syrian", "Lebanese", "Jordanian",
             "Palestinian", "Israeli", "Nepali", "Nepalese", "Bangladeshi", "Singaporean", "Malaysian", "Zimbabwean", "Zambian",
             "Ugandan", "Tanzanian", "Ethiopian", "Somali", "Sudanese", "Congolese", "Cameroonian", "Senegalese", "Colombian",
             "Peruvian", "Chilean", "Argentine", "Argentinian", "Venezuelan", "Cuban", "Haitian", "Punjabi", "Gujarati", "Marathi",
             "Telugu", "Kannada", "Malayalam", "Sinhala", "Sinhalese", "Cantonese", "Mandarin", "Kiswahili", "Amharic"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns of a business whose name follows them ("the café \"Kevo\"", "a bar called …" is left to the rules' nickname cues).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BusinessNouns =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["café", "cafe", "shop", "store", "bar", "restaurant", "pub", "hotel", "salon", "bakery", "pharmacy", "supermarket", "kiosk",
             "boutique", "garage", "gym", "club", "tienda", "bodega", "loja", "mercado", "bistro", "bistrot", "boulangerie", "laden", "warung", "toko",
             // Hospitals, clinics, police stations, banks and schools of scripts without capitals, whose name follows the word
             // ("بیمارستان میلاد", "مستشفى الملك فهد", "โรงพยาบาลศิริราช" is one word and never a candidate).
             "بیمارستان", "مستشفى", "المستشفى", "مستشفی", "ہسپتال", "کلینیک", "عيادة", "مصرف", "بانک", "بنك", "شرطة", "قسم", "کلانتری",
             "مدرسة", "دانشگاه", "جامعة", "अस्पताल", "थाना", "बैंक", "হাসপাতাল", "থানা", "ব্যাংক", "בית חולים", "מרפאת", "בנק"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static Dictionary<string, WordFlags>? t_listed;

    /// <summary>
    /// What the lists say about a word, <see cref="WordFlags.Settled"/> when they settle it. Remembered per thread for the
    /// last few thousand words: datasets repeat the same capitalised words ("Patient", "Summary") in every record, and the
    /// answer takes up to eight look-ups.
    /// </summary>
    private static WordFlags ListedFlags(ReadOnlySpan<char> word, Span<char> lower, Dictionary<string, WordFlags> listed,
        Dictionary<string, WordFlags>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        if (lookup.TryGetValue(word, out var flags))
        {
            return flags;
        }

        if ((word.Length <= 3 && IsAllUpper(word)) || Lexicon.NotNames.Contains(word) || Lexicon.Regions.Contains(word)
            || Lexicon.Organisations.Contains(word) || Lexicon.CalendarNames.Contains(word) || Makers.Contains(word) || PeoplesAndLanguages.Contains(word.TrimEnd('s')))
        {
            flags = WordFlags.Settled;
        }
        else
        {
            var lowered = lower[..word.Length];
            word.ToLowerInvariant(lowered);
            flags = FlagsOf(word, lowered);
        }

        if (listed.Count >= 4096)
        {
            listed.Clear();
        }

        lookup.TryAdd(word, flags);
        return flags;
    }

    /// <summary>
    /// A typo of an ordinary English word, read as that word: one letter doubled ("realy"), one doubled letter too many
    /// ("untill") or two letters swapped ("recieve"). Chat is full of them, and an unknown word after "its" reads as a name.
    /// </summary>
    private static bool IsTypoOfOrdinaryWord(ReadOnlySpan<char> lowered)
    {
        if (lowered.Length is < 4 or > 15 || lowered.ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }

        Span<char> variant = stackalloc char[lowered.Length + 1];
        for (var i = 0; i < lowered.Length; i++)
        {
            // One letter doubled: "realy" -> "really".
            lowered[..(i + 1)].CopyTo(variant);
            lowered[i..].CopyTo(variant[(i + 1)..]);
            if (OrdinaryWords.Contains(variant))
            {
                return true;
            }

            // A letter doubled that should not be: "untill" -> "until".
            if (i > 0 && lowered[i] == lowered[i - 1])
            {
                lowered[..i].CopyTo(variant);
                lowered[(i + 1)..].CopyTo(variant[i..]);
                if (OrdinaryWords.Contains(variant[..(lowered.Length - 1)]))
                {
                    return true;
                }
            }

            // Two letters swapped: "recieve" -> "receive".
            if (i > 0 && lowered[i] != lowered[i - 1])
            {
                lowered.CopyTo(variant);
                (variant[i - 1], variant[i]) = (variant[i], variant[i - 1]);
                if (OrdinaryWords.Contains(variant[..lowered.Length]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static WordFlags FlagsOf(ReadOnlySpan<char> word, ReadOnlySpan<char> lowered)
    {
        var flags = (WordFlags)NameWords.Of(word);
        // A name of a script without capitals ("عادل", "सुनंदा") counts as a listed given name.
        if (word.Length > 0 && word[0] >= '\u0590' && CaselessScriptRecognizer.ListedNames.Contains(word))
        {
            flags |= WordFlags.FirstName;
        }

        if (OrdinaryWords.Contains(lowered) || ReviewCommonWords.Shipped.Contains(lowered) || IsTypoOfOrdinaryWord(lowered))
        {
            flags |= WordFlags.Ordinary;
        }

        if (Towns.Contains(word))
        {
            flags |= WordFlags.Town;
        }

        if (Lexicon.LargeTowns.Contains(word) || Lexicon.Cities.Contains(word))
        {
            flags |= WordFlags.LargeTown;
        }

        return flags;
    }

    private static void AddFeatures(string text, IReadOnlyList<PiiMatch> matches, int start, int length, ReadOnlySpan<char> lowered,
        WordFlags flags, bool capitalised, bool noCapitals, List<uint> features)
    {
        var word = text.AsSpan(start, length);
        Span<char> shape = stackalloc char[8];
        var shapeLength = Shape(word, shape);
        var shapeOf = shape[..shapeLength];
        var sentence = AtSentenceStart(text, start) ? 'S' : 'M';
        var caseMark = capitalised ? 'C' : 'l';
        var textCase = noCapitals ? 'n' : 'm';
        var lists = (char)('0' + (int)flags);

        features.Add(Hash(Kind.Bias).Value);
        features.Add(Hash(Kind.Word).Add(lowered).Value);
        features.Add(Hash(Kind.Shape).Add(shapeOf).Value);
        features.Add(Hash(Kind.Lists).Add(lists).Value);
        features.Add(Hash(Kind.ListsShape).Add(lists).Add(shapeOf).Value);
        features.Add(Hash(Kind.ListsSentenceCase).Add(lists).Add(sentence).Add(caseMark).Value);
        features.Add(Hash(Kind.ListsTextCase).Add(lists).Add(textCase).Add(caseMark).Value);
        features.Add(Hash(Kind.SentenceShape).Add(sentence).Add(shapeOf).Value);
        if (length >= 4)
        {
            features.Add(Hash(Kind.Suffix3).Add(lowered[^3..]).Value);
            features.Add(Hash(Kind.Prefix3).Add(lowered[..3]).Value);
        }

        features.Add(Hash(Kind.Suffix2).Add(lowered[^2..]).Value);
        features.Add(Hash(Kind.Length).Add((char)Math.Min(length, 12)).Value);

        var previous = PreviousWord(text, start);
        var beforePrevious = previous.Length > 0 ? PreviousWord(text, previous.Start) : (0, 0);
        var next = NextWord(text, start + length);
        var afterNext = next.Length > 0 ? NextWord(text, next.Start + next.Length) : (0, 0);
        features.Add(Neighbour(Hash(Kind.Previous), text, matches, previous, atStart: true).Value);
        features.Add(Neighbour(Hash(Kind.BeforePrevious), text, matches, beforePrevious, atStart: true).Value);
        features.Add(Neighbour(Neighbour(Hash(Kind.TwoPrevious), text, matches, beforePrevious, atStart: true).Add(' '), text, matches, previous, atStart: true).Value);
        features.Add(Neighbour(Hash(Kind.Next), text, matches, next, atStart: false).Value);
        features.Add(Neighbour(Hash(Kind.AfterNext), text, matches, afterNext, atStart: false).Value);
        features.Add(Neighbour(Hash(Kind.PreviousCase), text, matches, previous, atStart: true).Add(caseMark).Value);
        features.Add(NeighbourShape(Hash(Kind.PreviousShape), text, matches, previous, atStart: true).Add('>').Add(shapeOf).Value);
        features.Add(NeighbourShape(Hash(Kind.NextShape).Add(shapeOf).Add('>'), text, matches, next, atStart: false).Value);

        var end = start + length;
        features.Add(Hash(Kind.CharsBefore).Add(start > 1 ? text[start - 2] : '^').Add(start > 0 ? text[start - 1] : '^').Add(caseMark).Value);
        features.Add(Hash(Kind.CharAfter).Add(end < text.Length ? text[end] : '$').Value);
        features.Add(Hash(Kind.TextCase).Add(textCase).Add(caseMark).Value);

        var institution = InstitutionNames.Around(text, start, length, person: false) ? 'I' : '-';
        var organisation = ListedPhrases.Organisations.OpensOrPrecedes(text, start, length) || ListedPhrases.Organisations.Covers(text, start, length) ? 'G' : '-';
        features.Add(Hash(Kind.Institution).Add(institution).Add(organisation).Add(caseMark).Value);
        features.Add(Hash(Kind.InstitutionLists).Add(institution).Add(organisation).Add(lists).Value);
    }

    /// <summary>A neighbour as the model reads it: the type of the span that covers it, else the word in lower case.</summary>
    private static FeatureHash Neighbour(FeatureHash hash, string text, IReadOnlyList<PiiMatch> matches, (int Start, int Length) word, bool atStart)
    {
        if (word.Length == 0)
        {
            return hash.Add(atStart ? "<s>" : "</s>");
        }

        if (CoveringType(matches, word.Start, word.Length) is { } type)
        {
            return hash.Add('<').Add((char)('A' + (int)type)).Add('>');
        }

        foreach (var c in text.AsSpan(word.Start, word.Length))
        {
            hash = hash.Add(char.ToLowerInvariant(c));
        }

        return hash;
    }

    private static FeatureHash NeighbourShape(FeatureHash hash, string text, IReadOnlyList<PiiMatch> matches, (int Start, int Length) word, bool atStart)
    {
        if (word.Length == 0)
        {
            return hash.Add(atStart ? "<s>" : "</s>");
        }

        if (CoveringType(matches, word.Start, word.Length) is { } type)
        {
            return hash.Add('<').Add((char)('A' + (int)type)).Add('>');
        }

        Span<char> shape = stackalloc char[8];
        return hash.Add(shape[..Shape(text.AsSpan(word.Start, word.Length), shape)]);
    }

    /// <summary>
    /// The word's letters by kind with repeats collapsed, at most eight: "Xx" for "Maria", "X" for "NHS", "Xx-Xx" for
    /// "Tait-McAllister" ("Xx-XxXx" is cut to eight), "x" for "jayden".
    /// </summary>
    private static int Shape(ReadOnlySpan<char> word, Span<char> shape)
    {
        var count = 0;
        var last = '\0';
        foreach (var c in word)
        {
            var kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsLetter(c) ? 'o' : c;
            if (kind != last && count < shape.Length)
            {
                shape[count++] = kind;
            }

            last = kind;
        }

        return count;
    }

    private static bool AtSentenceStart(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '"' or '\'' or '(' or '*')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':' or '-' or '•';
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>No capital letter anywhere: chat typed in lower case, where a lower-case word may be a name.</summary>
    private static bool HasNoCapitals(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAnyInRange('A', 'Z') >= 0)
        {
            return false;
        }

        foreach (var c in span)
        {
            if (c > '\u007f' && char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The type of the span covering any of the word, if one does (binary search: the spans are sorted).</summary>
    internal static PiiEntityType? CoveringType(IReadOnlyList<PiiMatch> matches, int start, int length)
    {
        int low = 0, high = matches.Count - 1;
        var end = start + length;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var match = matches[middle];
            if (match.Start + match.Length <= start)
            {
                low = middle + 1;
            }
            else if (match.Start >= end)
            {
                high = middle - 1;
            }
            else
            {
                return match.Type;
            }
        }

        return null;
    }

    /// <summary>A letter, or a combining mark that belongs to the letter before it (Indic vowel signs, accents typed apart).</summary>
    internal static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-';

    /// <summary>The next word at or after <paramref name="from"/>: letters, with apostrophes and hyphens between letters.</summary>
    internal static (int Start, int Length) NextWord(string text, int from)
    {
        var i = from;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return (i, 0);
        }

        var start = i;
        while (i < text.Length && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]))))
        {
            i++;
        }

        return (start, i - start);
    }

    /// <summary>The word that ends before <paramref name="before"/>, read the same way backwards.</summary>
    internal static (int Start, int Length) PreviousWord(string text, int before)
    {
        var i = before - 1;
        while (i >= 0 && !IsWordChar(text[i]))
        {
            i--;
        }

        if (i < 0)
        {
            return (0, 0);
        }

        var end = i + 1;
        while (i > 0 && (IsWordChar(text[i - 1]) || (IsJoiner(text[i - 1]) && i > 1 && IsWordChar(text[i - 2]))))
        {
            i--;
        }

        return (i, end - i);
    }

    private static FeatureHash Hash(Kind kind) => new FeatureHash().Add((char)kind).Add('|');

    /// <summary>FNV-1a over UTF-16 code units, cut to <see cref="Bits"/> bits.</summary>
    private readonly struct FeatureHash
    {
        private readonly uint _value;

        public FeatureHash() => _value = 2166136261;

        private FeatureHash(uint value) => _value = value;

        public uint Value => _value & HashMask;

        public FeatureHash Add(char c) => new((_value ^ c) * 16777619);

        public FeatureHash Add(ReadOnlySpan<char> chars)
        {
            var value = _value;
            foreach (var c in chars)
            {
                value = (value ^ c) * 16777619;
            }

            return new FeatureHash(value);
        }
    }
}
