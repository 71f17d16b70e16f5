using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// States and provinces stay, whichever reader marked them: Safe Harbor keeps geographic units as large as a state, and
/// the rules' own check (<see cref="TextScan.Admits"/>) does not see what the readers after them and the word model add
/// ("…, Ghaziabad, Uttar Pradesh 201014", "Chicoutimi (Québec) G7H 4N7"). Read last: a town's or a name's span that is a
/// listed region, or lies inside one ("Pradesh" of "Uttar Pradesh"), is dropped; so is the state read with its postcode as
/// one address ("Punjab 39350" keeps "Punjab" and masks the postcode).
/// </summary>
/// <remarks>
/// Left to the readers that marked them: the Caribbean's parishes ("Christ Church", "St. James"), which are small and which
/// the reviews mask as part of a person's address, regions that are also listed given names ("Georgia", "Victoria"), a
/// nickname in quotes, and a town of a region's name before its state or postcode ("Jamaica, NY 11435").
/// </remarks>
internal static class RegionsKept
{
    /// <summary><paramref name="matches"/> without the regions marked as towns or names; the same list when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch> Apply(string text, List<PiiMatch> matches)
    {
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i];
            if (m.Type is PiiEntityType.Person or PiiEntityType.City && m.Length <= 40 && !Quoted(text, m) && !TownBeforeItsState(text, m.End)
                && (InsideRegion(text, m.Start, m.End) || BracketedRegionWithoutAccents(text, m)))
            {
                matches.RemoveAt(i);
            }
            else if (m.Type == PiiEntityType.StreetAddress && PostcodeAfterRegion(text, m) is var postcode and > 0)
            {
                // "Uttar Pradesh 201014" read as one address: the postcode is masked, the state is not.
                matches[i] = new PiiMatch(PiiEntityType.ZipCode, postcode, m.End - postcode, m.Score);
            }
        }

        return matches;
    }

    /// <summary>Whether [start, end) is, or lies inside, a listed region's name of up to two more words around it.</summary>
    private static bool InsideRegion(string text, int start, int end)
    {
        for (var before = 0; before <= 2; before++)
        {
            var from = WordsBefore(text, start, before);
            if (from < 0)
            {
                break;
            }

            for (var after = 0; after <= 2; after++)
            {
                var to = WordsAfter(text, end, after);
                if (to < 0)
                {
                    break;
                }

                var region = text.AsSpan(from, to - from);
                if (region.Length <= 40 && Lexicon.Regions.Contains(region) && !IsParishOrGivenName(region))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where the postcode starts in a span that is a listed region and a postcode of digits ("Punjab 39350"); -1 otherwise.</summary>
    private static int PostcodeAfterRegion(string text, PiiMatch m)
    {
        var space = text.LastIndexOf(' ', m.End - 1, m.Length);
        if (space <= m.Start || m.End - space - 1 is < 4 or > 7 || text.AsSpan(space + 1, m.End - space - 1).ContainsAnyExceptInRange('0', '9'))
        {
            return -1;
        }

        var region = text.AsSpan(m.Start, space - m.Start).TrimEnd(',');
        return Lexicon.Regions.Contains(region) && !IsParishOrGivenName(region) ? space + 1 : -1;
    }

    /// <summary>
    /// A region in brackets after a town, listed without its accents ("Chicoutimi (Québec)": the list leaves "Québec" out, as
    /// it is also a city, and holds "Quebec").
    /// </summary>
    private static bool BracketedRegionWithoutAccents(string text, PiiMatch m)
    {
        if (m.Start < 3 || text[m.Start - 1] != '(' || m.End >= text.Length || text[m.End] != ')' || m.Length > 40
            || !text.AsSpan(m.Start, m.Length).ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return false;
        }

        Span<char> folded = stackalloc char[m.Length];
        for (var i = 0; i < m.Length; i++)
        {
            folded[i] = NameWords.WithoutAccent(text[m.Start + i]);
        }

        return Lexicon.Regions.Contains(folded);
    }

    /// <summary>A nickname in quotes ("my friend "Chuy"") is a person's, whatever place has the same name.</summary>
    private static bool Quoted(string text, PiiMatch m) => m.Start > 0 && text[m.Start - 1] is '"' or '“' or '\'' or '«' or '„';

    /// <summary>
    /// Whether a comma and a state's code or a postcode follow: a town that shares its name with a region ("Jamaica, NY
    /// 11435", "Kilkenny, R95 F6X2"). A state itself is followed by its postcode without a comma ("Uttar Pradesh 201014").
    /// </summary>
    private static bool TownBeforeItsState(string text, int end)
    {
        if (end + 3 >= text.Length || text[end] != ',' || text[end + 1] != ' ')
        {
            return false;
        }

        var next = end + 2;
        var wordEnd = next;
        while (wordEnd < text.Length && char.IsAsciiLetterOrDigit(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text.AsSpan(next, wordEnd - next);
        return (word.Length == 2 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterUpper(word[1])) || word.ContainsAnyInRange('0', '9');
    }

    private static bool IsParishOrGivenName(ReadOnlySpan<char> region) =>
        region.StartsWith("St. ", StringComparison.Ordinal) || region.StartsWith("St ", StringComparison.Ordinal)
        || region.StartsWith("Saint ", StringComparison.Ordinal) || region is "Christ Church"
        || Lexicon.FirstNames.Contains(region);

    /// <summary>The start of <paramref name="count"/> words joined by single spaces before <paramref name="start"/>; -1 when there are fewer.</summary>
    private static int WordsBefore(string text, int start, int count)
    {
        var from = start;
        for (var n = 0; n < count; n++)
        {
            if (from < 2 || text[from - 1] != ' ' || !IsWordChar(text[from - 2]))
            {
                return -1;
            }

            from--;
            while (from > 0 && IsWordChar(text[from - 1]))
            {
                from--;
            }
        }

        return from;
    }

    /// <summary>The end of <paramref name="count"/> words joined by single spaces after <paramref name="end"/>; -1 when there are fewer.</summary>
    private static int WordsAfter(string text, int end, int count)
    {
        var to = end;
        for (var n = 0; n < count; n++)
        {
            if (to + 1 >= text.Length || text[to] != ' ' || !IsWordChar(text[to + 1]))
            {
                return -1;
            }

            to++;
            while (to < text.Length && IsWordChar(text[to]))
            {
                to++;
            }
        }

        return to;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '.' or '-' or '\'';
}
