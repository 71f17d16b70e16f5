using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>The working state for one text: the candidates found so far and cheap context look-ups.</summary>
internal sealed class TextScan
{
    public TextScan(string text)
    {
        Text = text;
        HasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
    }

    public string Text { get; }

    /// <summary>Most identifiers contain digits; texts without any skip those recognizers entirely.</summary>
    public bool HasDigit { get; }

    private bool? _hasNonAscii;

    /// <summary>Whether the text has a character outside ASCII (looked for once, on first use).</summary>
    public bool HasNonAscii => _hasNonAscii ??= Text.AsSpan().IndexOfAnyExceptInRange('\0', '\u007f') >= 0;

    private bool? _isLowerCaseChat;

    private static readonly System.Buffers.SearchValues<string> LowerCasePronouns = System.Buffers.SearchValues.Create([" i ", " im ", " u "], StringComparison.Ordinal);

    /// <summary>
    /// Text typed in lower case: it opens with a lower-case letter, or writes "i", "im" or "u" as words in lower case. Looked
    /// for once, on first use: the name and location recognizers both ask.
    /// </summary>
    public bool IsLowerCaseChat => _isLowerCaseChat ??= LooksLowerCaseChat(Text);

    /// <summary>What <see cref="IsLowerCaseChat"/> says of <paramref name="text"/>, for the passes that read a text without a scan.</summary>
    internal static bool LooksLowerCaseChat(string text) => text.AsSpan().IndexOfAnyExcept(" \t\r\n\"'([") is var first
        && ((first >= 0 && char.IsLower(text[first])) || text.AsSpan().IndexOfAny(LowerCasePronouns) >= 0);

    /// <summary>
    /// The next run of ASCII lower-case letters at or after <paramref name="position"/>, found by two vectorised searches (its
    /// start, then its end), and <paramref name="position"/> moved past it; false when none is left. The passes that read the
    /// lower-case words of every text use it, so that a word costs two searches, not a read of each character's class.
    /// </summary>
    internal static bool NextLowerCaseRun(ReadOnlySpan<char> span, ref int position, out int start, out int end)
    {
        var at = position < span.Length ? span[position..].IndexOfAnyInRange('a', 'z') : -1;
        if (at < 0)
        {
            start = end = span.Length;
            return false;
        }

        start = position + at;
        var run = span[(start + 1)..].IndexOfAnyExceptInRange('a', 'z');
        end = run < 0 ? span.Length : start + 1 + run;
        position = end;
        return true;
    }

    /// <summary>
    /// Whether the text speaks of someone in the first, second or third person before <paramref name="position"/> ("my", "I",
    /// "we", "your", "he"): a day and month after it is that person's. Searched once per text, vectorised (ASCII words).
    /// </summary>
    public bool SpeaksOfSomeoneBefore(int position)
    {
        if (_firstPersonalWord == -2)
        {
            _firstPersonalWord = Text.StartsWith("my ", StringComparison.OrdinalIgnoreCase) || Text.StartsWith("i ", StringComparison.OrdinalIgnoreCase)
                || Text.StartsWith("i'm ", StringComparison.OrdinalIgnoreCase) || Text.StartsWith("we ", StringComparison.OrdinalIgnoreCase)
                ? 0 : Text.AsSpan().IndexOfAny(PersonalWords);
        }

        return _firstPersonalWord >= 0 && _firstPersonalWord < position;
    }

    private int _firstPersonalWord = -2;

    /// <summary>The pronouns by which a text speaks of someone; the date recognizer's cue for a person's day builds on them.</summary>
    internal static readonly string[] PersonalPronouns = ["my", "i", "i'm", "im", "me", "we", "our", "us", "your", "you", "he", "she", "his", "her", "him"];

    private static readonly System.Buffers.SearchValues<string> PersonalWords = System.Buffers.SearchValues.Create(
        [.. PersonalPronouns.Append("they").Select(p => " " + p + " "), "\nmy ", "\ni ", "\nwe "], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a candidate of <paramref name="type"/> was added that starts at <paramref name="start"/> or, when that is -1,
    /// ends at <paramref name="end"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool HasCandidate(PiiEntityType type, int start, int end = -1)
    {
        foreach (var candidate in Candidates)
        {
            if (candidate.Type == type && (start >= 0 ? candidate.Start == start : candidate.Start + candidate.Length == end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type of a place already found (a town, street or postcode) that ends at <paramref name="end"/>; null when none does.</summary>
    public PiiEntityType? PlaceEndingAt(int end)
    {
        foreach (var candidate in Candidates)
        {
            if (candidate.Start + candidate.Length == end && candidate.Type is PiiEntityType.City or PiiEntityType.StreetAddress or PiiEntityType.ZipCode)
            {
                return candidate.Type;
            }
        }

        return null;
    }

    public List<PiiMatch> Candidates { get; } = [];

    // Returned when a search finds nothing, instead of a new empty list per call; callers only read the lists.
    private static readonly List<(int Index, int Length)> NoMatches = [];

    private List<(int Start, int End)>? _digitRuns;
    private Dictionary<(int, int), List<(int Start, int Length)>>? _windows;

    /// <summary>Maximal runs of ASCII digits, found once per text.</summary>
    public List<(int Start, int End)> DigitRuns => _digitRuns ??= FindDigitRuns(Text);

    /// <summary>
    /// Matches of a regex whose matches contain a digit and reach at most <paramref name="before"/> characters before
    /// their first digit and <paramref name="after"/> after their last. The regex runs only on windows around digit
    /// runs, cut at whitespace so that look-arounds at a window's edge behave as they would on the whole text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<(int Index, int Length)> MatchesNearDigits(System.Text.RegularExpressions.Regex regex, int before, int after)
    {
        List<(int, int)>? results = null;
        foreach (var (start, length) in Windows(before, after))
        {
            foreach (var m in regex.EnumerateMatches(Text.AsSpan(start, length)))
            {
                (results ??= []).Add((start + m.Index, m.Length));
            }
        }

        return results ?? NoMatches;
    }

    private List<(int Start, int End, int Digits)>? _clusters;

    /// <summary>
    /// Digit runs joined by at most two separator characters (space - . / ( ) ,): the numbers people write
    /// ("(555) 201-3344", "4111 1111 1111 1111", "14, 1962"), with their digit counts. Recognizers pick clusters by
    /// digit count before running any pattern, which keeps them off the rest of the text.
    /// </summary>
    public List<(int Start, int End, int Digits)> DigitClusters => _clusters ??= FindClusters();

    /// <summary>Regex matches inside windows around the clusters with at least <paramref name="minDigits"/> digits.</summary>
    /// <remarks>
    /// There is no upper bound: a cluster can hold many identifiers in a row ("03/14/2021 04/11/2021 …",
    /// "555-201-3344 555-201-3345 …" join into one cluster), so a long one is searched like any other.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<(int Index, int Length)> MatchesNearClusters(System.Text.RegularExpressions.Regex regex, int minDigits, int before, int after)
    {
        List<(int, int)>? results = null;
        var windowStart = -1;
        var windowEnd = -1;
        foreach (var (clusterStart, clusterEnd, digits) in DigitClusters)
        {
            if (digits < minDigits)
            {
                continue;
            }

            // Walk out to whitespace, but not over the window already open: inside one long token every cluster would
            // walk the whole token again (quadratic in the token's length); the windows merge either way.
            var start = Math.Max(0, clusterStart - before);
            while (start > 0 && start > windowEnd && !char.IsWhiteSpace(Text[start - 1]))
            {
                start--;
            }

            var end = Math.Max(Math.Min(Text.Length, clusterEnd + after), windowEnd);
            while (end < Text.Length && !char.IsWhiteSpace(Text[end]))
            {
                end++;
            }

            // Overlapping windows merge, so a match spanning both (or starting in the first) is seen once and whole.
            if (start <= windowEnd)
            {
                windowEnd = Math.Max(windowEnd, end);
                continue;
            }

            Run(regex, windowStart, windowEnd, ref results);
            (windowStart, windowEnd) = (start, end);
        }

        Run(regex, windowStart, windowEnd, ref results);
        return results ?? NoMatches;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Run(System.Text.RegularExpressions.Regex regex, int start, int end, ref List<(int, int)>? results)
    {
        if (start < 0 || end <= start)
        {
            return;
        }

        foreach (var m in regex.EnumerateMatches(Text.AsSpan(start, end - start)))
        {
            (results ??= []).Add((start + m.Index, m.Length));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<(int Start, int End, int Digits)> FindClusters()
    {
        var clusters = new List<(int, int, int)>();
        var runs = DigitRuns;
        var i = 0;
        while (i < runs.Count)
        {
            var (start, end) = runs[i];
            var digits = end - start;
            var j = i + 1;
            while (j < runs.Count && runs[j].Start - end <= 2 && IsClusterGap(Text.AsSpan(end, runs[j].Start - end)))
            {
                digits += runs[j].End - runs[j].Start;
                end = runs[j].End;
                j++;
            }

            if (start > 0 && Text[start - 1] is '+' or '(')
            {
                start--;
            }

            clusters.Add((start, end, digits));
            i = j;
        }

        return clusters;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsClusterGap(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c is not (' ' or '-' or '.' or '/' or '(' or ')' or ','))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<(int Start, int Length)> Windows(int before, int after)
    {
        _windows ??= [];
        if (_windows.TryGetValue((before, after), out var cached))
        {
            return cached;
        }

        var windows = new List<(int Start, int Length)>();
        var currentStart = -1;
        var currentEnd = -1;
        foreach (var (runStart, runEnd) in DigitRuns)
        {
            // As above: never walk over the window already open.
            var start = Math.Max(0, runStart - before);
            while (start > 0 && start > currentEnd && !char.IsWhiteSpace(Text[start - 1]))
            {
                start--;
            }

            var end = Math.Max(Math.Min(Text.Length, runEnd + after), currentEnd);
            while (end < Text.Length && !char.IsWhiteSpace(Text[end]))
            {
                end++;
            }

            if (currentEnd >= start)
            {
                currentEnd = Math.Max(currentEnd, end);
                continue;
            }

            if (currentStart >= 0)
            {
                windows.Add((currentStart, currentEnd - currentStart));
            }

            (currentStart, currentEnd) = (start, end);
        }

        if (currentStart >= 0)
        {
            windows.Add((currentStart, currentEnd - currentStart));
        }

        _windows[(before, after)] = windows;
        return windows;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int Start, int End)> FindDigitRuns(string text)
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                break;
            }

            var start = i + next;
            var end = start + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            runs.Add((start, end));
            i = end;
        }

        return runs;
    }

    /// <summary>Every match of <paramref name="pattern"/> in the text, where the pattern alone is the evidence.</summary>
    public void AddMatches(System.Text.RegularExpressions.Regex pattern, PiiEntityType type, double score)
    {
        foreach (var m in pattern.EnumerateMatches(Text))
        {
            Add(type, m.Index, m.Length, score);
        }
    }

    /// <summary>
    /// <see cref="AddMatches"/> only where a character of the script the pattern needs (<paramref name="first"/> to
    /// <paramref name="last"/>) stands in the text: nearly every text skips the pattern at the cost of one vectorised search.
    /// </summary>
    public void AddMatchesInScript(char first, char last, System.Text.RegularExpressions.Regex pattern, PiiEntityType type, double score)
    {
        if (Text.AsSpan().IndexOfAnyInRange(first, last) >= 0)
        {
            AddMatches(pattern, type, score);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(PiiEntityType type, int start, int length, double score)
    {
        // "2024-10-06 14:22", "1403/11/05 14:32", "3/9 8:02 AM": a number pattern read the date with the hour after it. The
        // date is masked as one; the time of day stays.
        if (type is PiiEntityType.Phone or PiiEntityType.OtherIdentifier or PiiEntityType.AccountNumber && length > 0 && EndsAtAnHour(Text, start + length))
        {
            // Only an hour of one or two digits after a space or a "T" is cut; what is left must read as a date, or the number is
            // kept whole ("acct 12345678:00" stays an account).
            var end = start + length;
            var hour = end;
            while (hour > start && end - hour < 2 && char.IsAsciiDigit(Text[hour - 1]))
            {
                hour--;
            }

            var dateEnd = hour;
            while (dateEnd > start && Text[dateEnd - 1] is ' ' or 'T' or '~')
            {
                dateEnd--;
            }

            if (dateEnd < hour && dateEnd - start >= 3 && Text.AsSpan(start, dateEnd - start).IndexOfAny('/', '-', '.') >= 0 && char.IsAsciiDigit(Text[dateEnd - 1]))
            {
                type = PiiEntityType.Date;
                length = dateEnd - start;
            }
        }

        if (length > 0 && score > 0 && Admits(Text, type, start, length))
        {
            // "8/41 Grey St, South Brisbane QLD 4101": an Australian state is larger than Safe Harbor's subdivisions and stays;
            // the street and suburb before it and the postcode after it are masked apart.
            if (type == PiiEntityType.StreetAddress && AustralianStateBeforePostcode(Text, start + length) is var state and > 0)
            {
                Candidates.Add(new PiiMatch(type, start, Text.AsSpan(start, state - start).TrimEnd(", ").Length, Math.Min(score, 1.0)));
                Candidates.Add(new PiiMatch(PiiEntityType.ZipCode, start + length - 4, 4, Math.Min(score, 1.0)));
                return;
            }

            Candidates.Add(new PiiMatch(type, start, length, Math.Min(score, 1.0)));
        }
    }

    /// <summary>Where an Australian state's code starts when a span ends in it and a postcode ("… QLD 4101"); -1 when not.</summary>
    private static int AustralianStateBeforePostcode(string text, int end)
    {
        if (end < 12 || !char.IsAsciiDigit(text[end - 1]) || text[end - 5] != ' ' || text.AsSpan(end - 4, 4).ContainsAnyExceptInRange('0', '9'))
        {
            return -1;
        }

        var stateEnd = end - 5;
        var stateStart = stateEnd;
        while (stateStart > 0 && char.IsAsciiLetterUpper(text[stateStart - 1]) && stateEnd - stateStart < 4)
        {
            stateStart--;
        }

        return stateStart > 0 && text[stateStart - 1] == ' ' && IsAustralianState(text.AsSpan(stateStart, stateEnd - stateStart)) ? stateStart : -1;
    }

    /// <summary>
    /// An organisation's number or a service's line by its prefix or the words around it, unless words just before it give it
    /// as someone's own ("my number is 0300 555 6192", "Callback: 0813-3120-4478 (Mon–Fri)"): asked only once a service rule fired.
    /// </summary>
    private static bool IsServiceNumber(string text, PiiEntityType type, int start, int length) =>
        // A claims line read after "claims" is the insurer's all the same ("Santam claims 0860 505 911").
        ((type is PiiEntityType.Phone or PiiEntityType.OtherIdentifier && IsOrganisationNumber(text, start, length))
            || (type is PiiEntityType.PolicyNumber && WordBefore(text, start, 8) is "claims" or "Claims" && IsOrganisationNumber(text, start, length))
            || IsHotline(text, start, length) || AfterTollFreePrefix(text, start))
        && !OwnNumberBefore(text, start);

    /// <summary>
    /// The rest of a North American toll-free number whose prefix was written apart ("Info: 1 844 838-0808"): the span starts
    /// after "1 8XX " with the code's two digits alike.
    /// </summary>
    private static bool AfterTollFreePrefix(string text, int start) =>
        start >= 6 && text[start - 1] is ' ' or '-' && text[start - 2] == text[start - 3] && text[start - 2] is '0' or '3' or '4' or '5' or '6' or '7' or '8'
        && text[start - 4] == '8' && text[start - 5] is ' ' or '-' && text[start - 6] == '1' && (start == 6 || !char.IsLetterOrDigit(text[start - 7]));

    /// <summary>Whether ":" and two digits follow a number that ends at <paramref name="end"/>, which is then an hour.</summary>
    private static bool EndsAtAnHour(string text, int end) =>
        end >= 1 && end + 2 < text.Length && text[end] == ':' && char.IsAsciiDigit(text[end - 1]) && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2])
        && (end + 3 == text.Length || !char.IsAsciiDigit(text[end + 3]));

    /// <summary>Whether the span opens with the minutes of a time ("08:20" read from "20").</summary>
    private static bool StartsAtMinutes(string text, int start) =>
        start >= 2 && text[start - 1] == ':' && char.IsAsciiDigit(text[start - 2]) && start + 1 < text.Length && char.IsAsciiDigit(text[start])
        && char.IsAsciiDigit(text[start + 1]) && (start + 2 == text.Length || !char.IsAsciiDigit(text[start + 2]));

    // Weekdays and months in German and Dutch, the languages that capitalise their nouns.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GermanAndDutchCalendar = new HashSet<string>(
        ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "jänner", "februar", "märz", "april",
         "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "maandag", "dinsdag", "woensdag", "donderdag",
         "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart", "mei", "augustus"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a word is a weekday or a month in German or Dutch, where the capitalised word after "Juli 3" is a counted noun
    /// ("im Juli 3 Besuche"); after an English month it may be a name ("On March 3 Sarah called").
    /// </summary>
    public static bool IsGermanOrDutchWeekdayOrMonth(ReadOnlySpan<char> word) => GermanAndDutchCalendar.Contains(word);

    /// <summary>An Australian state's or territory's code, as an address writes it before the postcode.</summary>
    public static bool IsAustralianState(ReadOnlySpan<char> code) => code is "QLD" or "NSW" or "VIC" or "TAS" or "SA" or "WA" or "NT" or "ACT";

    /// <summary>
    /// Whether a value of <paramref name="type"/> may stand at <paramref name="start"/>: not an organisation's number, a
    /// region, a name inside an organisation's or institution's name, a domain, a grading system or a disease.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Admits(string text, PiiEntityType type, int start, int length) =>
        !(type is PiiEntityType.Phone or PiiEntityType.OtherIdentifier or PiiEntityType.NhsNumber or PiiEntityType.PolicyNumber or PiiEntityType.AccountNumber
                or PiiEntityType.Ssn // "cust advised to call 600 52 5500": a line offered to call has an SSN's shape in the UAE
            && IsServiceNumber(text, type, start, length))
        // A time's minutes are no house number ("approx 08:20, Sheikh Zayed Road"); a number that ends at an hour is turned
        // into the date before it by Add.
        && !(type is PiiEntityType.StreetAddress && StartsAtMinutes(text, start))
        && !(type is PiiEntityType.OtherIdentifier or PiiEntityType.AccountNumber && IsServiceOrBankCode(text.AsSpan(start, length)))
        && !(type is PiiEntityType.OtherIdentifier or PiiEntityType.AccountNumber or PiiEntityType.MedicalRecordNumber
             && WordBefore(text, start, 8) is "CUPS" or "TUSS" or "CBHPM" or "SIGTAP" or "CPT" or "HCPCS") // a procedure's code
        && !(type == PiiEntityType.City && Lexicon.Regions.Contains(text.AsSpan(start, length)))
        && !(type is PiiEntityType.Person or PiiEntityType.City && (ListedPhrases.Organisations.Covers(text, start, length)
            || ListedPhrases.Organisations.OpensOrPrecedes(text, start, length) || ListedPhrases.CalendarNames.Covers(text, start, length) || IsDomainPart(text, start, length)
            || InstitutionNames.Around(text, start, length, type == PiiEntityType.Person)))
        && !(type == PiiEntityType.City && NamesAGradingSystem(text, start + length))
        && !(type is PiiEntityType.City && Makers.Contains(text.AsSpan(start, length)) && ModelCodeAt(text, start + length))
        && !(type is PiiEntityType.ZipCode && start >= 3 && text[start - 1] == ' ' && Makers.Contains(WordBefore(text, start, 12)))
        && !(type is PiiEntityType.Person or PiiEntityType.City && (NamesADisease(text, start) || BeforeADiseaseWord(text, start + length)
            || NamesAHolidayWithSuffix(text, start, length)))
        && !(type == PiiEntityType.Person && (NamesAStation(text, start, start + length) || NamesAProduct(text, start, start + length)))
        // A word of a number spelt in letters ("0700-LUTH-HELP"): joined to the digits by a hyphen.
        && !(type is PiiEntityType.Person or PiiEntityType.City && start >= 2 && text[start - 1] == '-' && char.IsAsciiDigit(text[start - 2]))
        && !(type is PiiEntityType.Person or PiiEntityType.City && (NamesALaw(text, start, start + length) || StandsBeforeAnAmount(text, start + length)))
        && !(type is PiiEntityType.OtherIdentifier or PiiEntityType.AccountNumber or PiiEntityType.Date && NumbersALaw(text, start)
             && !(type == PiiEntityType.Date && IsWholeIsoDay(text.AsSpan(start, length))))
        && !(type is PiiEntityType.MedicalRecordNumber or PiiEntityType.OtherIdentifier or PiiEntityType.AccountNumber && IsIcd10Code(text.AsSpan(start, length)));

    /// <summary>A model's code after a maker's name: capitals and digits together ("Yamaha Y15ZR", "Honda XR150L").</summary>
    private static bool ModelCodeAt(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var codeEnd = end + 1;
        while (codeEnd < text.Length && (char.IsAsciiLetterUpper(text[codeEnd]) || char.IsAsciiDigit(text[codeEnd]) || text[codeEnd] == '-'))
        {
            codeEnd++;
        }

        var code = text.AsSpan(end + 1, codeEnd - end - 1);
        return code.Length >= 2 && code.IndexOfAnyInRange('0', '9') >= 0 && code.IndexOfAnyInRange('A', 'Z') >= 0
            && (codeEnd == text.Length || !char.IsLetter(text[codeEnd]));
    }

    /// <summary>"J18.9", "I21.4", "S82.2": a diagnosis's ICD-10 code, whatever keyword stands before it ("CAP-MR (J18.9)").</summary>
    private static bool IsIcd10Code(ReadOnlySpan<char> value) =>
        value.Length is 5 or 6 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]) && value[3] == '.'
        && !value[4..].ContainsAnyExceptInRange('0', '9');

    // The words that make a brand a medicine's or a product's variant ("Calcigran Forte", "Napa Extra", "Voltaren Emulgel",
    // "Trelegy Ellipta", "Panadol Osteo"): the capitalised words before them are the product's name.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProductVariants = new[]
    {
        "Forte", "Extra", "Osteo", "Emulgel", "Ellipta", "Retard", "Duo", "Mite", "Rapid", "Respimat", "Turbuhaler",
        "Diskus", "Evohaler", "Accuhaler", "Inhaler", "Flexpen", "Penfill", "Kwikpen", "Solostar", "Syrup", "Sirop", "Jarabe", "Acid",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word makes a brand a product's variant ("Emulgel", "Forte", "Ellipta").</summary>
    internal static bool IsProductVariant(ReadOnlySpan<char> word) => ProductVariants.Contains(word);

    /// <summary>Whether the run ends in a product variant's word or one follows it ("Napa Extra", "Trelegy Ellipta 1 puff").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NamesAProduct(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var last = span[(span.LastIndexOf(' ') + 1)..];
        return (last.Length >= 3 && char.IsUpper(last[0]) && ProductVariants.Contains(last))
            || (WordAfter(text, end) is { Length: >= 3 } word && char.IsUpper(word[0]) && ProductVariants.Contains(word));
    }

    // Codes and laws whose sections are numbered like identifiers or dates ("Utah Code 41-6a-502", "NMSA 30-16-3", "O.C.G.A.
    // 16-5-21", "Ley No. 151/2022", "artikel 326"), compared in lower case without a final full stop.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LawNumberWords = new[]
    {
        "nmsa", "o.c.g.a", "ocga", "u.s.c", "usc", "cfr", "rcw", "ors", "mcl", "ilcs", "stat", "statute", "statutes", "act",
        // US states' codes by their letters ("T.C.A. 39-14-103", "KRS 304.17A-617", "A.R.S. 13-1802"; Hawaii's "HRS" in capitals
        // only, as "hrs" are hours); not "TCA", a clinic's "to come again" before the next visit's date.
        "t.c.a", "krs", "ars", "a.r.s", "nrs", "n.r.s", "ncgs", "n.c.g.s", "mgl", "m.g.l", "rsa", "cgs", "c.g.s", "mca", "w.s",
        "ley", "lei", "loi", "decreto", "décret", "decree", "artikel", "article", "art", "section", "sec", "regulation",
        "gesetz", "ustawa", "zákon", "zakon", "kanun", "kanunu", "sanhita", "ipc", "bns", "crpc", "ordinance", "rule", "rules",
        // Greek laws ("Ν. 4537/2018"), Italian legislative decrees ("D.Lgs. 231/2007") and Spanish ministerial orders.
        "ν", "νόμου", "νόμος", "d.lgs", "dlgs", "orden",
        // Vietnamese circulars, decrees and laws ("Thông tư 18/2024/TT-NHNN", "Nghị định 13/2023").
        "tư", "định", "luật",
        // Romanian laws and emergency ordinances ("Legii nr. 132/2017", "OUG 195/2002"), Portugal's decree-laws ("Decreto-Lei
        // 72/2008"; not "DL", a driving licence), the Philippines' republic acts ("R.A. 10883"). Not "OG", "HG", "lege", "RA":
        // Danish and Norwegian "og" (and) and "lege" (doctor), "mm Hg", "RA" a rheumatoid arthritis.
        "legii", "legea", "oug", "decreto-lei", "r.a",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeFields = new[]
    {
        "Penal", "Civil", "Criminal", "Tax", "Vehicle", "Traffic", "Labor", "Labour", "Family", "Commercial", "Administrative", "Revised",
        "Municipal", "Insurance", "Health", "Building", "Fire", "Welfare", "Probate", "Education", "Election", "Government",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a code's or law's word stands right before <paramref name="start"/>, "No." or "Nr." allowed between.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>"2025-04-17": a whole ISO day, which no law's section is written as ("LPT 6b § 2025-04-17 kl 19.40").</summary>
    private static bool IsWholeIsoDay(ReadOnlySpan<char> value) =>
        value.Length == 10 && value[4] == '-' && value[7] == '-' && value[..2] is "19" or "20" && !value[..4].ContainsAnyExceptInRange('0', '9')
        && !value[5..7].ContainsAnyExceptInRange('0', '9') && !value[8..].ContainsAnyExceptInRange('0', '9');

    private static bool NumbersALaw(string text, int start)
    {
        // "(§ 16.1-253.1)": a section of a code.
        if ((start >= 1 && text[start - 1] == '§') || (start >= 2 && text[start - 1] == ' ' && text[start - 2] == '§'))
        {
            return true;
        }

        var word = WordBefore(text, start, 10, dots: true);
        if (word.IsEmpty)
        {
            return false;
        }

        if (word is "HRS")
        {
            return true; // "HRS 712-1243"
        }

        // A penal code's section ("Burglary of Vehicle (PC 30.04)", "PL 155.25 Petit Larceny"), not a constable's number, and the
        // Philippines' republic acts in capitals ("RA 10173 data privacy consent").
        if ((word is "PC" or "PL" && start + 3 < text.Length && text.AsSpan(start).IndexOfAnyExceptInRange('0', '9') is var dot and > 0 && text[start + dot] == '.'
                && start + dot + 1 < text.Length && char.IsAsciiDigit(text[start + dot + 1]))
            || (word is "RA" && start + 4 <= text.Length && !text.AsSpan(start, 4).ContainsAnyExceptInRange('0', '9')))
        {
            return true;
        }

        Span<char> lower = stackalloc char[10];
        var length = word.TrimEnd('.').ToLowerInvariant(lower);
        if (length > 0 && lower[..length] is "no" or "nr" or "núm" or "num" or "número")
        {
            word = WordBefore(text, start - 1 - word.Length, 10, dots: true);
            length = word.TrimEnd('.').ToLowerInvariant(lower);
        }

        // "Utah Code 41-6a-502", "Penal Code 211": a code named by its state or field; not "sort code 20-45-77" nor
        // "transaction code SJK4H7XQ2L".
        if (length == 4 && lower[..4] is "code")
        {
            var named = WordBefore(text, start - 1 - word.Length, 16);
            return !named.IsEmpty && char.IsUpper(named[0]) && (Lexicon.Regions.Contains(named) || CodeFields.Contains(named));
        }

        return length > 0 && LawNumberWords.Contains(lower[..length]);
    }

    // The words that close a law's or a rule's name ("Data Protection Act 2018", "Mental Health Act", "Road Traffic
    // Regulations"): the capitalised words before them are the law's name, not a person or a town.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LawWords = new[]
    {
        "Act", "Acts", "Regulations", "Regulation", "Ordinance", "Directive", "Statute", "Stat", "Amendment", "Gesetz", "Verordnung",
        // Turkish, Hindi (Bharatiya Nyaya Sanhita), Polish, Czech and Serbo-Croatian words for a law or a code.
        "Kanunu", "Kanun", "Sanhita", "Ustawa", "Zákon", "Zakon", "Zakonik",
        // Dutch codes ("Wetboek van Strafrecht") and the word for a code in the Romance languages.
        "Wetboek", "Strafrecht", "Código", "Codice", "Kodeks",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the words name a station, a place everyone passes through ("Leeds railway station", "station Groningen", "gare
    /// de Namur", "Oslo S"), or a police department ("Phoenix PD"). Not an airport: "luggage lost at Atlanta airport" tells
    /// where someone travelled.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool NamesAStation(string text, int start, int end)
    {
        // Every phrase below starts with a space and one of these letters after the words, or ends with a space after one of
        // those before them: most candidates stop here.
        var mayFollow = end + 2 < text.Length && text[end] == ' ' && text[end + 1] is 'r' or 't' or 's' or 'P' or 'S';
        var mayPrecede = start >= 2 && text[start - 1] is ' ' or '\'' && text[start - 2] is 'n' or 'e' or 'i' or 'f' or 'N' or 'd';
        if (!mayFollow && !mayPrecede)
        {
            return false;
        }

        // "B-7 Shivam Apartments, near Maninagar station": a landmark of someone's address names its area.
        if (WordBefore(text, start, 6) is "near")
        {
            return false;
        }

        var after = text.AsSpan(end);
        if (after.StartsWith(" railway station", StringComparison.Ordinal) || after.StartsWith(" train station", StringComparison.Ordinal)
            || after.StartsWith(" station", StringComparison.Ordinal)
            || after.StartsWith(" PD", StringComparison.Ordinal) && (after.Length == 3 || !char.IsLetter(after[3]))
            || after.StartsWith(" S ", StringComparison.Ordinal) || after.StartsWith(" S.", StringComparison.Ordinal) || after.StartsWith(" S,", StringComparison.Ordinal))
        {
            return true;
        }

        var before = text.AsSpan(0, start);
        return before.EndsWith("station ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("gare de ", StringComparison.Ordinal)
            || before.EndsWith("gare d'", StringComparison.Ordinal) || before.EndsWith("estación de ", StringComparison.Ordinal)
            || before.EndsWith("estação de ", StringComparison.Ordinal) || before.EndsWith("stazione di ", StringComparison.Ordinal)
            || before.EndsWith("Bahnhof ", StringComparison.Ordinal) || before.EndsWith("Hauptbahnhof ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether a law's word follows the run ("Data Protection Act", "… Personal Violence) Act 2007") or ends it ("İcra ve
    /// İflas Kanunu", "Bharatiya Nyaya Sanhita").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NamesALaw(string text, int start, int end)
    {
        // "Minn. Stat. 169A.20": a state's abbreviation with its full stop before the law's word.
        var after = end < text.Length && text[end] is ')' or '.' ? end + 1 : end;
        if (WordAfter(text, after) is { Length: >= 3 } word && char.IsAsciiLetterUpper(word[0]) && LawWords.Contains(word))
        {
            return true;
        }

        var lastSpace = text.AsSpan(start, end - start).LastIndexOf(' ');
        return lastSpace > 0 && LawWords.Contains(text.AsSpan(start + lastSpace + 1, end - start - lastSpace - 1));
    }

    /// <summary>The letters of the word after one space at <paramref name="end"/>; empty when no letter follows that space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> WordAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return [];
        }

        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return text.AsSpan(end + 1, wordEnd - end - 1);
    }

    /// <summary>
    /// "HK$850", "TT$ 38,900": letters joined to a currency sign and its amount are the currency's code; so are Sierra
    /// Leone's and a few other currencies' short names before an amount ("NLe 2,500", "Le 4,500").
    /// </summary>
    private static bool StandsBeforeAnAmount(string text, int end) =>
        (end + 1 < text.Length && text[end] is '$' or '€' or '£' or '₵' or '₦' && (char.IsAsciiDigit(text[end + 1]) || (text[end + 1] == ' ' && end + 2 < text.Length && char.IsAsciiDigit(text[end + 2]))))
        || (end + 2 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]) && end >= 2 && IsShortCurrency(text, end));

    private static bool IsShortCurrency(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < 4 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        return (start == 0 || !char.IsLetter(text[start - 1])) && text.AsSpan(start, end - start) is "Le" or "NLe" or "Ar" or "Tsh" or "Nu" or "Br" or "Afs";
    }

    // Words after a place's or a person's name that make it a disease's ("Ross River virus", "Lassa fever", "Dengue
    // Haemorrhagic Fever", "Rift Valley fever").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DiseaseWordsAfter = new[]
    {
        "virus", "fever", "disease", "syndrome", "encephalitis", "Virus", "Fever", "Disease", "Syndrome", "Encephalitis",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool BeforeADiseaseWord(string text, int end) =>
        end + 5 < text.Length && text[end] == ' ' && text[end + 1] is 'v' or 'f' or 'd' or 's' or 'e' or 'V' or 'F' or 'D' or 'S' or 'E'
        && DiseaseWordsAfter.Contains(WordAfter(text, end));

    /// <summary>A holiday's name with a suffix after an apostrophe, as Turkish writes it ("Cumhuriyet Bayramı'nın").</summary>
    private static bool NamesAHolidayWithSuffix(string text, int start, int length)
    {
        var apostrophe = text.AsSpan(start, length).IndexOfAny('\'', '’');
        return apostrophe > 0 && ListedPhrases.CalendarNames.Covers(text, start, apostrophe);
    }

    private static readonly System.Buffers.SearchValues<string> GradingNouns = System.Buffers.SearchValues.Create(
        [" grade", " score", " criteria", " classification", " scale", " staging", " system"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A town before "grade", "score" or "criteria" names a grading system ("Nottingham grade 2", "Vienna classification").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NamesAGradingSystem(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(16, text.Length - end));
        return after.IndexOfAny(GradingNouns) == 0;
    }

    /// <summary>
    /// The word right before <paramref name="start"/>, one space between ("Dr. " before a name, "in " before a town): letters,
    /// and full stops when <paramref name="dots"/> is set; empty when there is none or it is longer than <paramref name="maxLength"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> WordBefore(string text, int start, int maxLength, bool dots = false)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return [];
        }

        var wordStart = start - 1;
        while (wordStart > 0 && start - 1 - wordStart < maxLength && (char.IsLetter(text[wordStart - 1]) || (dots && text[wordStart - 1] == '.')))
        {
            wordStart--;
        }

        return wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1]) ? [] : text.AsSpan(wordStart, start - 1 - wordStart);
    }

    private static readonly string[] DiseaseNouns =
        ["sindrome di ", "síndrome de ", "syndrome de ", "maladie de ", "morbus ", "factor V ", "malattia di ", "doença de ", "choroba ",
            // Italian and Spanish clinical shorthand ("Morbo di Parkinson", "enf. de Parkinson", "enfermedad de Crohn").
            "morbo di ", "enf. de ", "enfermedad de ", "enfermedade de "];

    /// <summary>A name right after "sindrome di", "morbus" or "factor V" names a disease or a mutation ("factor V Leiden", "sindrome di Gilbert").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NamesADisease(string text, int start)
    {
        // Every phrase ends in "di ", "de ", "s ", "V " or "a ": most candidates stop at this check.
        if (start < 8 || text[start - 1] != ' ' || text[start - 2] is not ('i' or 'e' or 's' or 'V' or 'a'))
        {
            return false;
        }

        var before = text.AsSpan(0, start);
        foreach (var phrase in DiseaseNouns)
        {
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (before.Length == phrase.Length || !char.IsLetter(before[before.Length - phrase.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains = new[]
    {
        // Country domains that are English words ("in", "my", "no", "it", "at", "be") are left out: "…Maria.In the" is a
        // missing space more often than a domain.
        "com", "net", "org", "co", "io", "gov", "edu", "info", "biz", "uk", "de", "fr", "es", "nl", "ch", "au", "ca", "ng", "za",
        "ie", "nz", "sg", "ph", "pk", "ke", "br", "mx", "pl", "cz", "se", "dk", "fi", "pt", "gr", "tr", "ru", "ua", "ro", "hu",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A word of a bare domain on a card statement or in a chat ("NETFLIX.COM", "amazon.co.uk"): a name before a dot and a
    /// top-level domain, or the domain itself after a dot. No person, no town.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsDomainPart(string text, int start, int length)
    {
        var end = start + length;
        if (end + 2 < text.Length && text[end] == '.' && char.IsAsciiLetter(text[end + 1]))
        {
            var tldEnd = end + 1;
            while (tldEnd < text.Length && char.IsAsciiLetter(text[tldEnd]))
            {
                tldEnd++;
            }

            var tld = text.AsSpan(end + 1, tldEnd - end - 1);
            if ((tldEnd == text.Length || !char.IsLetterOrDigit(text[tldEnd])) && !(tld.ContainsAnyInRange('a', 'z') && tld.ContainsAnyInRange('A', 'Z'))
                && TopLevelDomains.Contains(tld))
            {
                return true;
            }
        }

        return start >= 2 && text[start - 1] == '.' && char.IsAsciiLetterOrDigit(text[start - 2]) && TopLevelDomains.Contains(text.AsSpan(start, length));
    }

    /// <summary>
    /// Numbers no person owns, whichever recognizer read them as a phone or an unnamed number: toll-free and UK non-geographic lines
    /// (helplines, agencies: "0808 2000 247", "1-800-959-8281", "1800 123 456", "0300 123 2040") and drug codes
    /// ("NDC 0088-2219-05").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsOrganisationNumber(string text, int start, int length)
    {
        if (start >= 4 && text.AsSpan(start - 4, 4).Equals("NDC ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        Span<char> digits = stackalloc char[16];
        var count = 0;
        foreach (var c in text.AsSpan(start, length))
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return false;
                }

                digits[count++] = c;
            }
        }

        ReadOnlySpan<char> number = digits[..count];
        if (number.StartsWith("1") && count == 11 && number[1] == '8' && number[2] == number[3] && number[2] is '0' or '3' or '4' or '5' or '6' or '7' or '8')
        {
            return true; // North American 1-8xx
        }

        if (count == 10 && number[0] == '8' && number[1] == number[2] && number[1] is '0' or '3' or '4' or '5' or '6' or '7' or '8'
            && start > 0 && text.AsSpan(Math.Max(0, start - 3), start - Math.Max(0, start - 3)).Contains("1", StringComparison.Ordinal))
        {
            return true;
        }

        // North American toll-free codes written 3-3-4 without the leading 1 ("800-811-7276", "(888) 555 0100"): these codes
        // are no area's; an Indian mobile that starts the same is not written in three groups.
        if (count == 10 && number[0] == '8' && number[1] == number[2] && number[1] is '0' or '3' or '4' or '5' or '6' or '7' or '8'
            && IsGroupedThreeThreeFour(text, start, length))
        {
            return true;
        }

        // Turkey's corporate numbers ("Bilgi: 0850 399 99 99"), and Argentina's free and shared-cost lines, written with the
        // prefix apart ("0810-444-6500", "0800 999 2727").
        if (count == 11 && (number.StartsWith("0850")
            || ((number.StartsWith("0810") || number.StartsWith("0800")) && text[start + 4] is '-' or ' ' && text[start + 8] is '-' or ' ')))
        {
            return true;
        }

        // Japan's free dial, ten digits with 0120 apart ("0120-860-777"; not 0570, a Dutch area's code too), and Colombia's
        // national free lines ("Línea de Atención 01 8000 912 345"; a pattern may have read only their start).
        if ((count == 10 && number.StartsWith("0120") && text[start + 4] is '-' or ' ')
            || (count >= 6 && number.StartsWith("018000") && count + DigitsRunningOn(text, start + length) == 12))
        {
            return true;
        }

        // Russia's and Kazakhstan's free numbers ("8 800 555-55-50"), and Saudi Arabia's ("8001241222").
        if (count == 11 && number.StartsWith("8800"))
        {
            return true;
        }

        if (count == 10 && number.StartsWith("800") && text.AsSpan(start, length).IndexOfAny(' ', '-') < 0 && start > 0 && text[start - 1] == ' '
            && text.AsSpan(0, start).ContainsAnyInRange('\u0600', '\u06FF'))
        {
            return true;
        }

        // Pakistan's universal access numbers: an area code, then 111 ("021-111-111-425").
        if (count == 12 && number[0] == '0' && number[3..6].SequenceEqual("111")
            && (text.AsSpan(start, length).Contains("-111-", StringComparison.Ordinal) || text.AsSpan(start, length).Contains(" 111 ", StringComparison.Ordinal)))
        {
            return true;
        }

        // South African share-call numbers ("Crime Stop 08600 10111", "0861 …") belong to organisations; an Irish mobile that
        // starts the same is written with "086" apart ("mobile 086 144 0921").
        if (count == 10 && (number.StartsWith("0860") || number.StartsWith("0861")) && char.IsAsciiDigit(text[start + 3]))
        {
            return true;
        }

        // Nigeria's 0700 lines are firms' and banks', written with 0700 apart ("0700 482 666 328"; a pattern may have read only
        // the start of one), and so are Bulgaria's, four, two and three digits ("0700 10 375"); in Uganda and Kyrgyzstan 0700
        // opens a mobile of ten digits. Belgium's 078 numbers are national-rate service lines ("Card Stop 078 170 170"), nine
        // digits in threes.
        if ((number.StartsWith("0700") && text[start + 4] is ' ' or '-' && (count + DigitsRunningOn(text, start + length) is >= 11 and <= 13
                || (count == 9 && length == 11 && text[start + 7] == ' ')))
            || (count == 9 && number.StartsWith("078") && length == 11 && text[start + 3] == ' ' && text[start + 7] == ' '))
        {
            return true;
        }

        // Korea's nationwide lines, four and four digits ("삼성화재 1588-5114").
        if (count == 8 && length == 9 && text[start + 4] == '-' && number[0] == '1' && number[1] is '5' or '6' or '8')
        {
            return true;
        }

        // Australian "13" numbers are six digits and belong to organisations ("Lifeline 13 11 14").
        if (count == 6 && number.StartsWith("13") && length == 8 && text[start + 2] == ' ' && text[start + 5] == ' ')
        {
            return true;
        }

        // UK "03" numbers are non-geographic lines of public bodies and firms ("0300 123 2040"), written 4-3-4; Tokyo's 03
        // numbers have ten digits.
        // A UK 03 line is never a mobile: a Pakistani mobile written the same way is called one ("Is 0333 555 7120 your
        // registered mobile?", "Cell: 0300 555 6192").
        if (count == 11 && number.StartsWith("03") && length == 13 && ((text[start + 4] == ' ' && text[start + 8] == ' ')
            || (text[start + 5] == ' ' && text[start + 9] == ' ')) // "03457 404 404"
            && !MobileWordNear(text, start, length))
        {
            return true;
        }

        // India's 1860 service lines ("1860-500-1066"; not a Chinese mobile, "186 0213 7745" or "18602137745"), Chile's 600 lines
        // written with spaces ("llame al 600 960 9000"; not Canada's 600-605-8749) and Saudi Arabia's unified 9200 numbers
        // ("للتواصل 920003344").
        // The UAE's 600 numbers are organisations' too, nine digits written 3-2-4 ("call 600 52 5500").
        if ((count == 11 && number.StartsWith("1860") && length > 11 && text[start + 4] is ' ' or '-') || (count == 10 && number.StartsWith("600") && length == 12 && text[start + 3] == ' ' && text[start + 7] == ' ')
            || (count == 9 && number.StartsWith("600") && length == 11 && text[start + 3] == ' ' && text[start + 6] == ' ')
            || (count == 9 && number.StartsWith("9200") && length == 9))
        {
            return true;
        }

        // Sweden's national-rate lines ("ring alltid oss på 0771-22 11 22", "0771-567 567", "0771 22 11 22"), written with
        // 0771 apart and a hyphen or pairs after it; not a Sri Lankan mobile ("0771 234 567", "077 123 4567", "0771234567").
        if (count == 10 && number.StartsWith("0771") && length > 4 && text[start + 3] is not (' ' or '-')
            && (text[start + 4] == '-' || (length == 13 && text[start + 4] == ' ' && text[start + 7] == ' ' && text[start + 10] == ' ')))
        {
            return true;
        }

        // Pakistan's universal access numbers without the area code ("111-111-425"), and Turkey's nationwide lines ("444 0 333").
        if ((count == 9 && number.StartsWith("111") && text[start + 3] is '-' or ' ') || (count == 7 && number.StartsWith("444") && text[start + 3] == ' '))
        {
            return true;
        }

        // Switzerland's shared-cost 0848, 0842 and 0844 lines ("UBS Service Line 0848 848 062"), Slovakia's and Czechia's 0850
        // lines written with the prefix apart ("volajte 0850 111 100"), France's free 0800–0805 written "0 805 …", Malta's
        // 800x freephones ("tel. 8007 2366"), Zimbabwe's 08080 toll-free and Denmark's nationwide 70 numbers ("telefon 70 123 456").
        if ((count == 10 && (number.StartsWith("0848") || number.StartsWith("0842") || number.StartsWith("0844")) && text[start + 4] == ' ')
            || (count == 10 && number.StartsWith("0850") && text[start + 4] == ' ')
            || (count == 10 && number.StartsWith("080") && number[3] is >= '0' and <= '5' && length > 2 && text[start + 1] == ' ')
            || (count == 8 && number.StartsWith("800") && length == 9 && text[start + 4] == ' ')
            || (count == 8 && number.StartsWith("08080"))
            || (count == 8 && number.StartsWith("70") && length == 10 && text[start + 2] == ' ' && text[start + 6] == ' '))
        {
            return true;
        }

        // Freephone and service lines: UK and Irish 0800/0808, New Zealand 0800/0508 (nine or ten digits; a pattern may have
        // read only their start: "0800 555" of "0800 555 111"; not an Israeli mobile, whose 050 stands apart: "050-8834102"),
        // Dutch 0800/0900 (eight digits: "0900-8844").
        return (count + DigitsRunningOn(text, start + length) is 9 or 10 or 11 && (number.StartsWith("0800") || number.StartsWith("0808")
                || (number.StartsWith("0508") && text[start + 3] is not (' ' or '-' or '.'))))
            || (count == 8 && (number.StartsWith("0800") || number.StartsWith("0900")))
            // Spanish, Italian and Portuguese freephone: nine digits after 800 or 900 ("900 100 200", "800 303 303"); Spain's
            // 901/902 and Poland's 801 shared-cost lines ("mBank 801 300 800").
            || (count == 9 && (number.StartsWith("800") || number.StartsWith("900") || number.StartsWith("808") || number.StartsWith("801")
                || number.StartsWith("901") || number.StartsWith("902")
                // Portugal's national-rate service lines, written in pairs after 707 or 708 ("Millennium bcp, 707 50 24 24"); a
                // mobile of another country that starts so is written in threes.
                || ((number.StartsWith("707") || number.StartsWith("708")) && length == 12 && text[start + 3] == ' ' && text[start + 6] == ' ' && text[start + 9] == ' ')))
            // Australian, Irish and Vietnamese service lines ("1800 …", "1300 …", "1850 …", "1900 545413").
            || (count == 10 && (number.StartsWith("1800") || number.StartsWith("1300") || number.StartsWith("1850") || number.StartsWith("1900")));
    }

    /// <summary>The digits of groups that go on from <paramref name="end"/>, each after one space or hyphen (" 328" after "0700 482 666").</summary>
    private static int DigitsRunningOn(string text, int end)
    {
        var digits = 0;
        while (end + 1 < text.Length && text[end] is ' ' or '-' && char.IsAsciiDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
                digits++;
            }
        }

        return end < text.Length && char.IsLetter(text[end]) ? 0 : digits;
    }

    // Words that name a service's line right before its number ("call our 24hr hotline 2233 3000", "خدمة العملاء 8001234"): those
    // in ASCII searched without case, the others as written (Arabic has no case), so that the search stays vectorised.
    private static readonly string[] HotlineWordsBefore =
        ["hotline", "helpline", "help line", "customer service", "customer care", "call centre", "call center", "contact centre",
         "contact center", "fraud line", "toll-free", "toll free", "freephone", "24hr", "24-hour", "24 hour", "servicio al cliente",
         "service client", "kundenservice", "infolinia", "crime stoppers", "crimestoppers",
         // A claims line's name, German's "around the clock" ("ICBC Dial-A-Claim is 604-520-8222", "rund um die Uhr unter +43 …").
         "dial-a-claim", "rund um die uhr",
         // A police force's non-emergency line, a public agency's action centre, a bank's telephone banking and Indonesia's "Halo"
         // lines ("VPD non-emergency at 604-717-3321", "PhilHealth Action Center 8441-7442", "Banca por Teléfono (01) 311-9898",
         // "Halo BCA 1500888").
         "non-emergency", "non emergency", "action center", "action centre", "banca por telefono", "halo ",
         // "Queries call 5151" at a statement's end.
         "queries call", "enquiries call", "inquiries call",
         // A helpdesk by its own name ("de Fraudehelpdesk (088 786 8372)", "IT Helpdesk").
         "helpdesk",
         // An organisation's message offering its line ("For urgent help call 0709 949 000", "Not you? Call 1-300-88-6688",
         // "Questions? Call Danske Bank on 70 123 456", "Enquiries: 0800 101 996", "Reply Y to confirm or call …").
         "help call", "help please call", "help, call", "emergencies call", "fraud call", "disputes call", "questions? call", "questions:",
         "not you? call", "confirm or call", "call us on", "call us at", "enquiries:", "inquiries:", "queries:", "switchboard",
         // An offer for urgent matters, and contact centres and info lines in Czech, Slovak and the South Slavic languages
         // ("For urgent concerns, call (02) …", "volej na jejich linku 956 777 956"). "24/7" alone is none: "Emergency contact
         // 24/7: 07700 900123" is someone's.
         "urgent concerns, call", "urgent matters, call", "kontakt centar", "kontakt centrum", "infolinka", "infolinku", "jejich linku",
         // An organisation offering itself round the clock ("you can reach us 24/7 on 800 4440").
         "us 24/7 on", "us 24/7 at",
         // An organisation's support line, a customer told to call one, an info line, and Portuguese and Spanish "questions"
         // and "support line" ("Moniepoint support 0201 888 8888", "cust advised to call 600 52 5500", "Duvidas: 218 458 888").
         "support", "advised to call", "advised cust to call", "info:", "linha de apoio", "duvidas:", "dudas:", "dudas",
         // A service's line by its name, a reader told to call in Portuguese, Slovak and Latvian, "questions" in Polish, a fraud
         // line in Dutch, Belgium's card-blocking line ("Service Line 0848 …", "Linha Caixa 217 900 790",
         // "ligue 218 839 777", "volajte 0850 …", "zvaniet +371 …", "Pytania: 1 9999", "fraudelijn ING 020 …", "Card Stop 078 …").
         "service line", "linha ", "infos 24/24", "infolinia 24h", "ligue", "volajte", "zvaniet", "pytania:", "fraudelijn", "card stop",
         // A bank's desk by its name, a follow-up line, and "call" as a service tells its reader in Serbian and Croatian, Romanian
         // and Swahili ("Butterfield client services: +1 441 …", "pozovite 011 3202 100", "sunati la 021 9268", "Tafadhali piga 0709 …").
         "client services", "follow-ups call", "pozovite", "sunati la", "tafadhali piga",
         // A switchboard's "Central:", an urgent line without its comma, Indonesia's "service 24 hours" and Spanish "free line"
         // ("Central: (01) 411-1111", "For urgent concerns call (02) 8631-8000"). Not "out of hours": "call me out of hours on …".
         "central:", "urgent concerns call", "layanan 24 jam", "linea gratuita"];

    private static readonly System.Buffers.SearchValues<string> HotlineSearch = System.Buffers.SearchValues.Create(HotlineWordsBefore, StringComparison.OrdinalIgnoreCase);

    // A bank's line in Spanish ("llamar a Línea BBVA 55 5226 2663") and Arabic's "for enquiries" ("للاستفسار 920003344").
    private static readonly string[] OtherHotlineWordsBefore = ["atención al cliente", "горячая линия", "خدمة العملاء", "الخط الساخن", "Línea", "línea", "للاستفسار",
        // Thai's "hotline" and Telugu's "help" ("สายด่วน 1441", "సహాయం: 1800 2122"), and telephone banking with its accent
        // (kept out of the search without case above, which a non-ASCII word would slow).
        "สายด่วน", "సహాయం", "Banca por Teléfono", "banca por teléfono",
        // Arabic's "for emergencies" and Russian's "information at the number" ("للطوارئ 8001241222", "справки по номеру …").
        "للطوارئ", "справки по номеру",
        // Serbian's contact centre in Cyrillic and Slovene's "call us at" ("Контакт центар: 011 …", "pokličite nas na 01 …").
        "Контакт центар", "контакт центар", "Контакт центр", "pokličite nas na", "Pokličite nas na",
        // Romanian's "call at" with its comma below, Bulgarian's "line" heading a call note, Chinese "please call" ("如有疑問可致電 2233 3000").
        "sunați la", "Sunați la", "Линия", "致電", "致电",
        // Spanish "free line", Swedish "card-blocking service", Chinese "report line" and "service line" ("la línea gratuita
        // 800-10-7272", "vår spärrservice på 08-411 10 11", "报案电话：95518").
        "línea gratuita", "Dúvidas:", "dúvidas:", "ügyfélszolgálat", "Ügyfélszolgálat", "დარეკეთ", "spärrservice", "报案电话", "客服电话", "客服热线"];

    // Words that give a number as someone's own ("my phone number 0771 234 567", "Callback: 0813-3120-4478 (Mon–Fri)",
    // "میرا نمبر 0300 555 6192"): then no service's prefix, hours or word around it makes it a service's line.
    private static readonly string[] OwnNumberWords =
        ["my number", "my phone", "my mobile", "my cell", "my new number", "my no", "my contact", "call me", "text me", "reach me",
         "callback", "call back", "his number", "her number", "his mobile", "her mobile", "his phone", "her phone",
         "mi número", "mi celular", "meu número", "meu celular", "mon numéro", "meine nummer", "میرا نمبر", "میرا موبائل", "رقمي"];

    private static readonly System.Buffers.SearchValues<string> OwnNumberSearch = System.Buffers.SearchValues.Create(OwnNumberWords, StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> MobileWords =
        System.Buffers.SearchValues.Create(["mobile", "cell", "whatsapp", "موبائل", "موبائیل"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a mobile's word stands within a few words before or after the number (a label, "your registered mobile").</summary>
    private static bool MobileWordNear(string text, int start, int length)
    {
        var from = Math.Max(0, start - 16);
        var end = start + length;
        if (text.AsSpan(from, start - from).IndexOfAny(MobileWords) >= 0)
        {
            return true;
        }

        // "your registered mobile", not "free from a mobile": a service's line may say where it can be called from.
        var after = text.AsSpan(end, Math.Min(28, text.Length - end));
        var at = after.IndexOfAny(MobileWords);
        return at >= 0 && !after[..at].Contains("from", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether one of <see cref="OwnNumberWords"/> ends at most a few characters (": ", " is ", " on ") before the number.</summary>
    private static bool OwnNumberBefore(string text, int start)
    {
        var from = Math.Max(0, start - 28);
        var before = text.AsSpan(from, start - from);
        var at = before.IndexOfAny(OwnNumberSearch);
        while (at >= 0)
        {
            foreach (var word in OwnNumberWords)
            {
                if (before[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    var gap = before[(at + word.Length)..].Trim(" :-–");
                    if (gap.IsEmpty || gap is "is" or "is:" or "on" or "at" or "es" or "é" or "est" or "ist" or "ہے")
                    {
                        return true;
                    }
                }
            }

            var next = before[(at + 1)..].IndexOfAny(OwnNumberSearch);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="after"/> opens with a weekday's abbreviation, the start of opening hours ("(Mon–Fri", "(Mo-Fr",
    /// "(lunes a viernes"): the abbreviation ends there or runs on into the day's name. A word that only starts so is someone's
    /// ("0772 284 567 (Mobile)", "(Mother)", "(Montse)", "(monetary account)") and says nothing of a service.
    /// </summary>
    private static bool OpensWithADay(ReadOnlySpan<char> after, string abbreviation, params ReadOnlySpan<string> dayEndings)
    {
        if (!after.StartsWith(abbreviation, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = after[abbreviation.Length..];
        if (rest.IsEmpty || !char.IsLetter(rest[0]))
        {
            return true;
        }

        foreach (var ending in dayEndings)
        {
            if (rest.StartsWith(ending, StringComparison.OrdinalIgnoreCase) && (rest.Length == ending.Length || !char.IsLetter(rest[ending.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A service's line by the words around it: a hotline's word just before the number (its line, "on", "at" or "number"
    /// between at most), or "24/7", "(24h" or "toll-free" just after it ("call 787-724-3650 24/7", "καλέστε 210 48 48 484
    /// (24ωρο)"). Someone's own number is not written so.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsHotline(string text, int start, int length)
    {
        var end = start + length;
        var after = text.AsSpan(end, Math.Min(14, text.Length - end)).TrimStart(' ');
        // Opening hours right after the number are a service's too ("0191 233 6161 Mon-Fri 8am-5pm", "04 341 63 11 (lun-ven").
        if (!after.IsEmpty && after[0] is '2' or '(' or 'M' or 'm' or 'L' or 'l' or 'T' or 't' or 'F' or 'f' or 'م'
            && (after.StartsWith("24/7", StringComparison.Ordinal) || after.StartsWith("(24", StringComparison.Ordinal)
            || after.StartsWith("Mon-Fri", StringComparison.OrdinalIgnoreCase) || OpensWithADay(after, "(Mon", "day", "tag")
            || OpensWithADay(after, "(lun", "es", "di", "edì") || after.StartsWith("lun-ven", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("Mo-Fr", StringComparison.Ordinal) || OpensWithADay(after, "(Mo")
            || after.StartsWith("(toll", StringComparison.OrdinalIgnoreCase) || after.StartsWith("toll-free", StringComparison.OrdinalIgnoreCase)
            // "Call 0709 949 000 for help": someone's own number is not offered for help or queries.
            || after.StartsWith("for help", StringComparison.OrdinalIgnoreCase) || after.StartsWith("for assistance", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("for queries", StringComparison.OrdinalIgnoreCase) || after.StartsWith("for enquiries", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("for inquiries", StringComparison.OrdinalIgnoreCase) || after.StartsWith("línea 24", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("مجاناً", StringComparison.Ordinal) || after.StartsWith("مجانا", StringComparison.Ordinal)))
        {
            return true;
        }

        // A part of the number read alone ("2663" of "Línea BBVA 55 5226 2663") is the line's too: its words stand before
        // the whole number.
        while (start >= 2 && text[start - 1] is ' ' or '-' && char.IsAsciiDigit(text[start - 2]))
        {
            start -= 2;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }
        }

        var from = Math.Max(0, start - 30);
        var before = text.AsSpan(from, start - from);
        for (var at = before.IndexOfAny(HotlineSearch); at >= 0;)
        {
            foreach (var word in HotlineWordsBefore)
            {
                if (before[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase) && OnlyTheLinesWords(before[(at + word.Length)..]))
                {
                    return true;
                }
            }

            var next = before[(at + 1)..].IndexOfAny(HotlineSearch);
            at = next < 0 ? -1 : at + 1 + next;
        }

        if (before.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            foreach (var word in OtherHotlineWordsBefore)
            {
                var at = before.LastIndexOf(word, StringComparison.Ordinal);
                if (at >= 0 && OnlyTheLinesWords(before[(at + word.Length)..]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Opening hours written with "h" ("8h30-16h30") and a SEPA creditor identifier ("IE46ZZZ306791": ZZZ where a bank's code
    /// would stand), which belong to a service or a company; and branch "0001", the only branch of Brazil's digital banks
    /// ("agência 0001"), which names the bank, not its customer.
    /// </summary>
    private static bool IsServiceOrBankCode(ReadOnlySpan<char> value)
    {
        if (value is "0001")
        {
            return true;
        }

        if (value.Length >= 10 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1]) && char.IsAsciiDigit(value[2])
            && char.IsAsciiDigit(value[3]) && value[4..7] is "ZZZ")
        {
            return true;
        }

        var h = value.IndexOf('h');
        return h is 1 or 2 && value.Length <= 11 && !value.ContainsAnyExcept("0123456789h-–") && value[..h].IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>Only the line's own words between a hotline's word and its number: "hotline 2233 3000", "helpline on 0800…".</summary>
    private static bool OnlyTheLinesWords(ReadOnlySpan<char> between)
    {
        // "+" when the span starts after the plus of an international number ("client services: +1 441 295 1111").
        // "=" and quotes of a log's field ("hotline=\"809-544-5000\"", "helpline=3330100"), and the full-width colon of Chinese
        // and Japanese forms ("报案电话：95518").
        between = between.Trim(" :.-–(+=\"：");
        // The area code read apart from the rest of the number ("BDO hotline (02) 8631-8000").
        if (between.Length is >= 3 and <= 5 && between[^1] == ')' && !between[..^1].ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        // A brand's capitals between the line's word and the number ("Línea BBVA", "Halo BCA"), and "at" in German.
        // "Fraud line given: …", "Helpline given to customer: …": a call note records the line it read out.
        // "på", "al" and "au": Swedish, Spanish and French "at", "to the" ("vår spärrservice på 08-411 10 11").
        return between.IsEmpty || between is "on" or "at" or "number" or "no" or "no." or "number is" or "is" or "line" or "ni" or "ya" or "unter"
            or "på" or "al" or "au"
            or "given" or "given to customer" or "given to caller" or "given to the customer" or "given to the caller"
            || (between.Length is >= 2 and <= 6 && !between.ContainsAnyExceptInRange('A', 'Z'));
    }

    /// <summary>Whether the number is written in groups of three, three and four digits ("800-811-7276", "(800) 811 7276").</summary>
    private static bool IsGroupedThreeThreeFour(string text, int start, int length)
    {
        var span = text.AsSpan(start, length);
        return (span.Length == 12 && span[3] is '-' or '.' or ' ' && span[7] == span[3])
            || (span.Length == 14 && span[0] == '(' && span[4] == ')' && span[5] == ' ' && span[9] is '-' or '.' or ' ');
    }

    /// <summary>
    /// The next cue word from <paramref name="offset"/> on (a phrase of <paramref name="cues"/> at a word start, read to
    /// the end of its word: "registration" for "reg"), and <paramref name="offset"/> moved past it; (-1, -1) when none is left.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int Start, int End) NextCueWord(string text, ref int offset, System.Buffers.SearchValues<string> cues)
    {
        while (offset < text.Length)
        {
            var next = text.AsSpan(offset).IndexOfAny(cues);
            if (next < 0)
            {
                break;
            }

            var cue = offset + next;
            var cueEnd = cue;
            // The vowel signs of Thai and the Indic scripts belong to the word ("ทะเบียน").
            while (cueEnd < text.Length && (char.IsLetter(text[cueEnd]) || (text[cueEnd] >= '\u0900' && char.GetUnicodeCategory(text[cueEnd])
                       is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)))
            {
                cueEnd++;
            }

            // Always past the cue's start, so that a cue that opens with a quote or a sign ("\"user\":") cannot be found again
            // at the same place forever.
            offset = Math.Max(cueEnd, cue + 1);
            if (cue == 0 || !char.IsLetterOrDigit(text[cue - 1]))
            {
                return (cue, cueEnd);
            }

            // Romanian "înmatriculare": the cue lists its ASCII tail, because one non-ASCII phrase makes a case-blind
            // multi-phrase search about three times slower.
            if (text[cue - 1] is 'î' or 'Î' && (cue == 1 || !char.IsLetterOrDigit(text[cue - 2])))
            {
                return (cue - 1, cueEnd);
            }
        }

        offset = text.Length;
        return (-1, -1);
    }

    /// <summary>Where a chat line's text starts after a speaker label ("Caller: ", "[09:14] Aroha: "), or <paramref name="lineStart"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int AfterSpeakerLabel(string text, int lineStart)
    {
        var limit = Math.Min(text.Length, lineStart + 33);
        var colon = text.AsSpan(lineStart, limit - lineStart).IndexOfAny(':', '\n');
        if (colon <= 0 || text[lineStart + colon] != ':' || text.AsSpan(lineStart, colon).Count(' ') > 3)
        {
            return lineStart;
        }

        var start = lineStart + colon + 1;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        return start;
    }

    /// <summary>
    /// Whether a capitalised run ends in the word for a state, region or province, or one follows it ("Lagos State", "Ashanti
    /// Region", "Western Province"): a first-level division, no smaller than a state, which Safe Harbor leaves.
    /// </summary>
    public static bool NamesADivision(string text, int lastWordStart, int lastWordEnd, int runEnd)
    {
        var last = text.AsSpan(lastWordStart, lastWordEnd - lastWordStart);
        if (last is "State" or "Region" or "Province" && lastWordStart > 0)
        {
            return true;
        }

        return runEnd + 6 < text.Length && text[runEnd] == ' '
            && (text.AsSpan(runEnd + 1).StartsWith("State", StringComparison.Ordinal) || text.AsSpan(runEnd + 1).StartsWith("Region", StringComparison.Ordinal)
                || text.AsSpan(runEnd + 1).StartsWith("Province", StringComparison.Ordinal))
            && TextScan.WordEndsAt(text, runEnd + 1);
    }

    private static bool WordEndsAt(string text, int wordStart)
    {
        var end = wordStart;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end == text.Length || !char.IsLetterOrDigit(text[end]);
    }

    /// <summary>
    /// Where the question ends ('?') that the value at <paramref name="start"/> answers: the value opens the next line after
    /// its speaker's label, or follows a word or two of assent there when <paramref name="afterAssent"/> is set ("yes,
    /// SHA-2024-0731849"). -1 when the line before asks nothing.
    /// </summary>
    public static int QuestionAnswered(string text, int start, bool afterAssent)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var answerStart = AfterSpeakerLabel(text, lineStart);
        if (lineStart < 2 || answerStart > start || (answerStart < start && !afterAssent) || start - answerStart > 12
            || text.AsSpan(answerStart, start - answerStart).Count(' ') > 2 || text.AsSpan(answerStart, start - answerStart).ContainsAnyInRange('0', '9'))
        {
            return -1;
        }

        var question = text.AsSpan(0, lineStart - 1).TrimEnd(" \r");
        return question.Length > 0 && question[^1] == '?' ? question.Length - 1 : -1;
    }

    /// <summary>
    /// Whether the value at <paramref name="start"/> opens the answer to a question on the line before that holds one of
    /// <paramref name="cues"/> ("Staff: Best contact number?\nPatient: 8765 0192", "And the billing ZIP on file?\nCustomer: 60614").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AnswersQuestion(string text, int start, System.Buffers.SearchValues<string> cues)
    {
        // Searches stay within a few lines' reach, so that a long text without line breaks costs no more per value.
        var from = Math.Max(0, start - 49);
        var newline = text.AsSpan(from, start - from).LastIndexOf('\n');
        var lineStart = from + newline + 1;
        if (newline < 0 || lineStart < 2 || text[lineStart - 2] is not ('?' or '.'))
        {
            return false;
        }

        var questionFrom = Math.Max(0, lineStart - 1 - 240);
        var question = text.AsSpan(questionFrom, lineStart - 1 - questionFrom);
        question = question[(question.LastIndexOf('\n') + 1)..];

        // A request ends in a full stop ("Please give your registered number and full name.").
        return (text[lineStart - 2] == '?' || question.IndexOfAny(Requests) >= 0) && question.IndexOfAny(cues) >= 0;
    }

    private static readonly System.Buffers.SearchValues<string> Requests = System.Buffers.SearchValues.Create(
        ["please give", "please provide", "please confirm", "please send", "please share", "kindly provide", "kindly give", "kindly confirm",
         "kindly send", "kindly share"], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a cue phrase is among the words within <paramref name="window"/> characters before <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool CueBefore(int start, CueSet cues, int window = 48) => cues.Before(Text, start, window);

    /// <summary>True when a cue phrase is among the words within <paramref name="window"/> characters after <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool CueAfter(int end, CueSet cues, int window = 32) => cues.After(Text, end, window);

    /// <summary>Plain substring search for symbol cues ("$", "€") in a short window before <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool SymbolBefore(int start, ReadOnlySpan<string> symbols, int window)
    {
        var from = Math.Max(0, start - window);
        var before = Text.AsSpan(from, start - from);
        foreach (var symbol in symbols)
        {
            if (ContainsWord(before, symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Case-insensitive phrase search that respects word boundaries at both ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool ContainsWord(ReadOnlySpan<char> haystack, string cue)
    {
        var offset = 0;
        while (offset < haystack.Length)
        {
            var index = haystack[offset..].IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return false;
            }

            var at = offset + index;
            var end = at + cue.Length;
            var startOk = at == 0 || !char.IsLetterOrDigit(haystack[at - 1]) || !char.IsLetterOrDigit(cue[0]);
            var endOk = end >= haystack.Length || !char.IsLetterOrDigit(haystack[end]) || !char.IsLetterOrDigit(cue[^1]);
            if (startOk && endOk)
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }
}

/// <summary>Finds one family of personal data and adds scored candidates to a <see cref="TextScan"/>.</summary>
internal interface IRecognizer
{
    void Recognize(TextScan scan);
}
