using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Numbers whose meaning only shows once the values around them are known, read after the recognizers have agreed on
/// their spans: the postcode that ends an address whose street or town was found ("<c>Jal. 44160</c>" after a colonia
/// and a town), or that opens an address part before its town ("<c>…, 53100 Kuala Lumpur</c>"), and
/// the phone written right after a relative's name ("my brother Tomasz 9123 4567"), and an officer's or a professional's
/// number after their name ("PC Mwangi No. 98231", "Dr. Pérez, MPPS 63190"). No recognizer can tell these from
/// an amount or a count on its own; the spans next to them can.
/// </summary>
internal static class NumbersAfterValues
{
    /// <summary>The score of a number read from its neighbours: enough to mask, below a value found by its own shape.</summary>
    private const double Score = 0.7;

    /// <summary>New spans for <paramref name="text"/>, whose resolved spans are <paramref name="matches"/>; null when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch>? Find(TextScan scan, IReadOnlyList<PiiMatch> matches)
    {
        if (matches.Count == 0)
        {
            return null;
        }

        var text = scan.Text;
        var runs = scan.DigitRuns;
        List<PiiMatch>? found = null;
        var next = 0; // the first span that ends after the current number's start
        for (var r = 0; r < runs.Count;)
        {
            var (start, end, digits, groups) = Cluster(text, runs, ref r);
            if (!StandsAlone(text, start, end))
            {
                continue;
            }

            while (next < matches.Count && matches[next].End <= start)
            {
                next++;
            }

            if (next < matches.Count && matches[next].Start < end)
            {
                continue; // already part of a value
            }

            var before = next > 0 ? matches[next - 1] : null;
            var after = next < matches.Count ? matches[next] : null;
            var type = Classify(text, start, end, digits, groups, before, after);
            if (type is { } t)
            {
                (found ??= []).Add(new PiiMatch(t, start, end - start, Score));
            }
            else if (digits is >= 4 and <= 6 && groups == 1 && before is { Type: PiiEntityType.StreetAddress } street && EndsAddress(text, end)
                && TownBetween(text, street.End, start) is (var townStart, var townEnd))
            {
                // "unit 4/12 Sherwood Rd toowong 4066": the town written in lower case or without its comma between the
                // street and the postcode.
                found ??= [];
                found.Add(new PiiMatch(PiiEntityType.City, townStart, townEnd - townStart, Score));
                found.Add(new PiiMatch(PiiEntityType.ZipCode, start, end - start, Score));
            }
        }

        AddDottedBadgeNumbers(scan, matches, ref found);
        return found;
    }

    /// <summary>
    /// A badge's or a clinical record's number written with full stops between its thousands, as Spanish, Catalan and Latin
    /// American forms write every number ("placa 12.554", "TIP 14.582", "Ficha 1.284.339"): after the badge's word only, as
    /// amounts are written the same way.
    /// </summary>
    private static void AddDottedBadgeNumbers(TextScan scan, IReadOnlyList<PiiMatch> matches, ref List<PiiMatch>? found)
    {
        var text = scan.Text;
        var runs = scan.DigitRuns;
        for (var r = 0; r + 1 < runs.Count; r++)
        {
            var (start, end) = runs[r];
            if (end - start > 3)
            {
                continue;
            }

            var last = r;
            while (last + 1 < runs.Count && text[runs[last].End] == '.' && runs[last + 1].Start == runs[last].End + 1
                && runs[last + 1].End - runs[last + 1].Start == 3)
            {
                last++;
            }

            var valueEnd = runs[last].End;
            if (last == r || !StandsAlone(text, start, valueEnd) || PiiAnalyzer.Overlaps(matches, start, valueEnd))
            {
                continue;
            }

            var word = TextScan.WordBefore(text, start, 10, dots: true);
            // Also a Spanish police agent's and detective's card ("agente 97.552", "credencial 38.774", "carné profesional 118.204").
            if (BadgeWords.Contains(word) || word is "TIP" or "agente" or "credencial" or "profesional")
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.OtherIdentifier, start, valueEnd - start, Score));
            }
            else if (word is "Ficha" or "ficha")
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.MedicalRecordNumber, start, valueEnd - start, Score));
            }

            r = last;
        }
    }

    private static PiiEntityType? Classify(string text, int start, int end, int digits, int groups, PiiMatch? before, PiiMatch? after)
    {
        var yearLike = digits == 4 && groups == 1 && text.AsSpan(start, 2) is "19" or "20";
        var numbered = start > 0 && text[start - 1] == '#'; // "#17842": a badge's or a flat's number, no postcode or phone
        if (digits is >= 4 and <= 6 && groups <= 2 && !yearLike && !numbered)
        {
            // After the street, town or postcode of an address, on the same line, where the address ends.
            if (before is { } place && place.Type is PiiEntityType.StreetAddress or PiiEntityType.City or PiiEntityType.ZipCode
                && IsAddressGap(text, place.End, start) && EndsAddress(text, end))
            {
                return PiiEntityType.ZipCode;
            }

            // Before the town, after a label, a comma or the line's start ("lakcím 4025 Debrecen", ", 46006 Valencia").
            if (after is { } town && town.Type == PiiEntityType.City && town.Start == end + 1 && text[end] == ' ' && groups == 1
                && OpensAddressPart(text, start))
            {
                return PiiEntityType.ZipCode;
            }
        }

        // A service or badge number right after an officer's or a clerk's name ("Recorded by: PC Mwangi No. 98231", "Sgt Ali
        // #17842"), and a registration number after a professional's name and the register's letters ("Dr. Pérez, MPPS 63190").
        if (digits is >= 3 and <= 8 && groups == 1 && !yearLike && before is { Type: PiiEntityType.Person } named && named.Score >= 0.6)
        {
            var gap = text.AsSpan(named.End, start - named.End);
            if (gap is " No. " or " No " or " no. " or " no " or " #" or ", #" or " (#" or " Nr. " or " nr. " or " No.")
            {
                return PiiEntityType.OtherIdentifier;
            }

            // "Dr Harris (MCNZ 48213)": the register's letters in brackets too.
            // "Dr. Souza (CRM-MG 48213)", "Dr. Quispe - CMP 58214": a council's letters with its region's, and after a dash.
            if (digits >= 4 && gap.Length is >= 4 and <= 11 && (gap.StartsWith(", ") || gap.StartsWith(" - ") || (gap.StartsWith(" (") && end < text.Length && text[end] == ')'))
                && gap[^1] == ' ' && RegisterLetters(gap[(gap.StartsWith(" - ") ? 3 : 2)..^1].TrimEnd('.')))
            {
                return PiiEntityType.LicenseNumber;
            }

            // "Dr Aroha Ngata, GP (MCNZ 34912)": the profession between the name and the bracketed register.
            if (digits >= 4 && gap.Length <= 32 && gap.StartsWith(", ") && end < text.Length && text[end] == ')' && gap.LastIndexOf(" (") is var open and > 2
                && gap[^1] == ' ' && RegisterLetters(gap[(open + 2)..^1]) && !gap[2..open].ContainsAnyExcept(ProfessionLetters))
            {
                return PiiEntityType.LicenseNumber;
            }
        }

        // A rank right before the number ("I stayed with him until PC 23981 arrived"), and a badge's word in the product's
        // languages ("agente Cifuentes, chapa 45120", "Agte. Luis Vázquez placa #31875", "shield 28814").
        if (digits is >= 3 and <= 8 && groups == 1 && !yearLike
            && TextScan.WordBefore(text, numbered ? start - 1 : start, 10, dots: true) is var word
            && ((digits >= 4 && Ranks.Contains(word) && word is not ("DC" or "DS" or "PS" or "SI" or "HC" or "TIP" or "Agent")) || BadgeWords.Contains(word)))
        {
            return PiiEntityType.OtherIdentifier;
        }

        // A rank, the officer's number, then the name ("Taken by: Cpl 21877 Baptiste").
        if (digits is >= 3 and <= 8 && groups == 1 && !yearLike && after is { Type: PiiEntityType.Person } officer && officer.Start == end + 1
            && text[end] == ' ' && Ranks.Contains(TextScan.WordBefore(text, numbered ? start - 1 : start, 10, dots: true)))
        {
            return PiiEntityType.OtherIdentifier;
        }

        // The officer's number closing a statement's line or before the next officer, after the rank or after the rank and
        // name ("recorded by PC 31877,", "Agent instructor: TIP 17342", "penerima: Kpl Azlan 127745").
        if (digits is >= 4 and <= 8 && groups == 1 && !yearLike
            && (end == text.Length || text[end] is ',' or '.' or ';' or ')' or '\n' or '\r' || Ranks.Contains(TextScan.WordAfter(text, end)))
            && (Ranks.Contains(TextScan.WordBefore(text, numbered ? start - 1 : start, 10, dots: true))
                || (before is { Type: PiiEntityType.Person } officerName && officerName.End == start - 1 && text[officerName.End] == ' '
                    && (Ranks.Contains(TextScan.WordBefore(text, officerName.Start, 10, dots: true))
                        || Ranks.Contains(text.AsSpan(officerName.Start, officerName.Length) is var name && name.IndexOf(' ') is var space and > 0 ? name[..space] : [])))))
        {
            return PiiEntityType.OtherIdentifier;
        }

        // A phone of seven to eleven digits in groups, right after a person's name ("my brother Tomasz 9123 4567").
        if (digits is >= 7 and <= 11 && groups >= 2 && !numbered && before is { } person && person.Type == PiiEntityType.Person && person.Score >= 0.6
            && text.AsSpan(person.End, start - person.End) is " " or ", " or " on " or ", on " or " - " or " (" or ": "
            && !StructuredRecognizer.IsTwoYears(text.AsSpan(start, end - start)))
        {
            return PiiEntityType.Phone;
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> ProfessionLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .&-");

    /// <summary>A register's letters: two or more capitals, a hyphen and a region's capitals allowed ("MPPS", "CRM-MG").</summary>
    private static bool RegisterLetters(ReadOnlySpan<char> letters) =>
        letters.Length >= 2 && char.IsAsciiLetterUpper(letters[0]) && char.IsAsciiLetterUpper(letters[^1]) && !letters.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BadgeWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["badge", "Badge", "shield", "Shield", "chapa", "placa", "collar", "matricule", "Matricule", "Dienstnummer", "PF", "P.F."],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Police and military ranks that a service number follows.
    internal static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ranks = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["PC", "WPC", "PCSO", "DC", "DS", "Cpl", "Cpl.", "Sgt", "Sgt.", "Const", "Const.", "Constable", "Cst", "Cst.", "Insp", "Insp.", "Det",
         "Det.", "Officer", "Pte", "Pte.", "SI", "ASI", "HC", "PSI", "Agent", "Agt", "Agt.",
         // Malaysia's corporal and sergeant, Catalonia's police identity number.
         "Kpl", "Kpl.", "Sjn", "Sjn.", "TIP",
         // A police sergeant in Malta and the UK ("Case assigned to PS 1123 Camilleri").
         "PS"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that may stand between a street and a number without naming a town ("… Rd until 2024", "… St and 4066 more").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotTownWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "or", "at", "on", "in", "to", "for", "from", "since", "until", "till", "by", "ref", "no", "the", "was", "is", "are", "were", "tel",
         "ph", "mob", "phone", "call", "code", "postcode", "zip", "pin", "box", "unit", "apt", "flat", "suite", "floor", "room", "lot", "plot",
         "block", "house", "number", "nr", "ext", "fax", "cell", "mobile", "ward", "bed", "year", "years", "about", "around", "approx", "paid",
         "owes", "owe", "rent", "of", "with", "y", "e", "et", "und", "en"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One or two words of letters (a state's abbreviation may follow) between a street's end and a number; null otherwise.</summary>
    private static (int Start, int End)? TownBetween(string text, int streetEnd, int number)
    {
        var gap = text.AsSpan(streetEnd, number - streetEnd);
        if (gap.Length < 4 || gap.Length > 28 || gap[^1] != ' ' || gap[0] is not (' ' or ','))
        {
            return null;
        }

        var inner = gap.Trim(" ,");
        var offset = streetEnd + gap.IndexOf(inner);
        var words = 0;
        foreach (var range in inner.Split(' '))
        {
            var word = inner[range];
            if (word.Length < 2 || word.ContainsAnyExcept(Letters) || NotTownWords.Contains(word))
            {
                return null;
            }

            words++;
        }

        return words is >= 1 and <= 3 ? (offset, offset + inner.Length) : null;
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ-'.");

    /// <summary>
    /// Digit runs from <paramref name="r"/> joined by single spaces ("551 33", "9123 4567", at most four groups): where they start
    /// and end, the digits and the groups; <paramref name="r"/> moves past them.
    /// </summary>
    private static (int Start, int End, int Digits, int Groups) Cluster(string text, List<(int Start, int End)> runs, ref int r)
    {
        var (start, end) = runs[r];
        var digits = end - start;
        var groups = 1;
        for (r++; r < runs.Count && groups < 4 && runs[r].Start == end + 1 && text[end] == ' '; r++)
        {
            digits += runs[r].End - runs[r].Start;
            end = runs[r].End;
            groups++;
        }

        return (start, end, digits, groups);
    }

    /// <summary>Nothing joined to the number: no letter, digit, sign or decimal mark before it, no letter or unit after it.</summary>
    private static bool StandsAlone(string text, int start, int end) =>
        (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '.' or '/' or '+' or '$' or '€' or '£' or ':' or ','))
        && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '-' or '/' or '%' or '°' || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))));

    /// <summary>", ", " ", " - ", "، " or a state's abbreviation between an address part and the number.</summary>
    private static bool IsAddressGap(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        if (gap is ", " or " " or " - " or " – " or "، " or " (" or ", (")
        {
            return true;
        }

        // "…, Col. Centro, Jal. 44160", "Bayamón PR 00961": an abbreviation of two or three capitals, with or without a full stop.
        var trimmed = gap.Trim(" ,");
        return gap.Length <= 8 && trimmed.Length is >= 2 and <= 4 && char.IsUpper(trimmed[0]) && gap[^1] == ' '
            && trimmed.TrimEnd('.').Length >= 2 && !trimmed.TrimEnd('.').ContainsAnyExcept(UpperOrLower);
    }

    private static readonly System.Buffers.SearchValues<char> UpperOrLower = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The line, sentence or bracket ends after the number, or the next field starts.</summary>
    private static bool EndsAddress(string text, int end)
    {
        if (end == text.Length)
        {
            return true;
        }

        var c = text[end];
        return c is '\n' or '\r' or ')' or ';' or '|' || (c is '.' or ',' or '،' && (end + 1 == text.Length || text[end + 1] is ' ' or '\n' or '\r'));
    }

    /// <summary>A postcode that opens an address part: after ": ", ", ", a line's start, or a one-word label ("lakcím 4025 …").</summary>
    private static bool OpensAddressPart(string text, int start)
    {
        if (start == 0 || text[start - 1] == '\n')
        {
            return true;
        }

        if (start < 2 || text[start - 1] != ' ')
        {
            return false;
        }

        return text[start - 2] is ',' or ':' or '،';
    }
}
