using System.Buffers;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Attachments named after a person: photos, scans, screenshots and exported chats that claims, complaints and police
/// reports list by file name ("mbetancourt_rav4_rear_01.jpg", "DAAA_JoaquimPinto_16jan.pdf", "bozhidar_kolev_obriv.jpg",
/// "WhatsApp Chat with Josh Whaanga.txt"). The whole file name is the person's span: the name inside it is glued to other
/// words, so no name rule sees it. Read last, once the names of the text are known.
/// </summary>
/// <remarks>
/// A part of the file's name counts as a name when it is a word of a person span found in the same text, or a listed given
/// or family name that is no ordinary English word (also after one initial: "mbetancourt"). "claim_form_2024.pdf",
/// "ECG_trace.png" and "policy_schedule.pdf" name no one and stay.
/// </remarks>
internal static class FileNamesWithNames
{
    private const double Score = 0.8;

    // Extensions of the files people attach to a claim, a complaint or a report.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Extensions = new HashSet<string>(
        ["jpg", "jpeg", "png", "gif", "heic", "webp", "bmp", "tif", "tiff", "pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "csv", "txt",
         "mp4", "mov", "avi", "3gp", "mp3", "m4a", "wav", "ogg", "opus", "amr", "zip", "rar", "7z", "eml", "msg"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Exported chats are named "WhatsApp Chat with <name>.txt": the name there is spaced like running text.
    private static readonly string[] ChatExports = ["WhatsApp Chat with ", "WhatsApp Chat - ", "Chat WhatsApp con ", "Conversa do WhatsApp com "];

    private static readonly SearchValues<char> StemSeparators = SearchValues.Create("_-.0123456789");

    /// <summary>Person spans for the file names in <paramref name="text"/> that hold a name; null when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch>? Find(string text, IReadOnlyList<PiiMatch> matches)
    {
        List<PiiMatch>? found = null;
        // A file's name needs a character before its dot: the search starts at the second, so a dot at the first does not end it.
        var dot = text.Length > 1 ? text.IndexOf('.', 1) : -1;
        while (dot > 0)
        {
            var extensionEnd = dot + 1;
            while (extensionEnd < text.Length && char.IsAsciiLetterOrDigit(text[extensionEnd]))
            {
                extensionEnd++;
            }

            var extension = text.AsSpan(dot + 1, extensionEnd - dot - 1);
            if (extension.Length is >= 2 and <= 4 && Extensions.Contains(extension)
                && (extensionEnd == text.Length || !char.IsLetterOrDigit(text[extensionEnd])))
            {
                var (start, export) = StemStart(text, dot);
                if (start < dot && !PiiAnalyzer.Covered(matches, start, extensionEnd) && (export || HoldsName(text, start, dot, matches)))
                {
                    (found ??= []).Add(new PiiMatch(PiiEntityType.Person, start, extensionEnd - start, Score));
                }
            }

            dot = extensionEnd < text.Length ? text.IndexOf('.', extensionEnd) : -1;
        }

        return found;
    }

    /// <summary>
    /// Where the file's name begins: letters, digits, "_", "-" and "." back from the extension's dot; and whether it is an
    /// exported chat, whose name is the other person's by construction.
    /// </summary>
    private static (int Start, bool Export) StemStart(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '-' or '.'
            || char.GetUnicodeCategory(text[start - 1]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
        {
            start--;
        }

        while (start < dot && text[start] is '.' or '-' or '_')
        {
            start++;
        }

        // "WhatsApp Chat with Josh Whaanga.txt": back over the spaced name to the export's own words.
        foreach (var export in ChatExports)
        {
            var from = text.LastIndexOf(export, start, Math.Min(start + 1, 80), StringComparison.OrdinalIgnoreCase);
            if (from >= 0 && OnlyCapitalisedWords(text.AsSpan(from + export.Length, start - from - export.Length)))
            {
                return (from, true);
            }
        }

        return (start, false);
    }

    /// <summary>
    /// Whether the words between an export's own words and the file's stem are a name's: none in small letters (a script
    /// without capitals counts), so "WhatsApp Chat with my adjuster and the invoice.pdf" is no export's name.
    /// </summary>
    private static bool OnlyCapitalisedWords(ReadOnlySpan<char> between)
    {
        foreach (var range in between.Split(' '))
        {
            var word = between[range];
            if (!word.IsEmpty && char.IsLower(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a part of the file's name is a person's name (see the remarks).</summary>
    private static bool HoldsName(string text, int start, int end, IReadOnlyList<PiiMatch> matches)
    {
        var stem = text.AsSpan(start, end - start);
        var i = 0;
        while (i < stem.Length)
        {
            // Parts are split at separators, digits, spaces and where a capital follows a small letter ("JoaquimPinto").
            if (StemSeparators.Contains(stem[i]) || stem[i] == ' ')
            {
                i++;
                continue;
            }

            var partEnd = i + 1;
            while (partEnd < stem.Length && !StemSeparators.Contains(stem[partEnd]) && stem[partEnd] != ' '
                && !(char.IsUpper(stem[partEnd]) && char.IsLower(stem[partEnd - 1])))
            {
                partEnd++;
            }

            // "TWillemsen": an initial glued to the name before it.
            var part = stem[i..partEnd];
            // "lgall" for Lénaïg Gall: a small initial before a name the text gives a person.
            if (IsNamePart(part, text, matches)
                || (part.Length >= 5 && char.IsUpper(part[0]) && char.IsUpper(part[1]) && char.IsLower(part[2]) && IsNamePart(part[1..], text, matches))
                || (part.Length >= 5 && char.IsAsciiLetterLower(part[0]) && char.IsAsciiLetterLower(part[1]) && IsNamePart(part[1..], text, matches, spansOnly: true)))
            {
                return true;
            }

            i = partEnd;
        }

        return false;
    }

    private static bool IsNamePart(ReadOnlySpan<char> part, string text, IReadOnlyList<PiiMatch> matches, bool spansOnly = false)
    {
        if (part.Length < 3)
        {
            return false;
        }

        Span<char> folded = stackalloc char[64];
        foreach (var m in matches)
        {
            // A word of a person's name found in the text, or of the local part of an e-mail address, which spells the name
            // too ("ID_Mona_Elsherbiny.pdf" beside "mona.elsherbiny92@yahoo.com"); accents aside ("castaneda" for "Castañeda").
            var source = m.Type switch
            {
                PiiEntityType.Person => text.AsSpan(m.Start, m.Length),
                PiiEntityType.Email when text.AsSpan(m.Start, m.Length).IndexOf('@') is var at and > 0 => text.AsSpan(m.Start, at),
                _ => default,
            };

            if (!source.IsEmpty && source.Length <= 64 && ContainsWord(WithoutAccents(source, folded), part) && !IsOrdinaryWord(part))
            {
                return true;
            }
        }

        return !spansOnly && (IsListedName(part) || (part.Length >= 6 && char.IsAsciiLetterLower(part[0]) && IsListedName(part[1..], familyOnly: true)));
    }

    private static ReadOnlySpan<char> WithoutAccents(ReadOnlySpan<char> span, Span<char> buffer)
    {
        for (var i = 0; i < span.Length; i++)
        {
            buffer[i] = NameWords.WithoutAccent(span[i]);
        }

        return buffer[..span.Length];
    }

    /// <summary>Whether <paramref name="span"/> has <paramref name="word"/> as a whole word, in any case.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> span, ReadOnlySpan<char> word)
    {
        var at = span.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(span[at - 1])) && (end == span.Length || !char.IsLetter(span[end])))
            {
                return true;
            }

            var next = span[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>Whether a part, in small letters, is an ordinary English word ("young" of "Grace Young" names no file).</summary>
    private static bool IsOrdinaryWord(ReadOnlySpan<char> part)
    {
        Span<char> lower = stackalloc char[Math.Min(part.Length, 64)];
        return part.Length <= lower.Length && part.ToLowerInvariant(lower) == part.Length && OrdinaryWords.Contains(lower);
    }

    /// <summary>A listed given or family name, looked up with a capital, that is no ordinary English word.</summary>
    private static bool IsListedName(ReadOnlySpan<char> part, bool familyOnly = false)
    {
        if (part.Length is < 3 or > 40 || !char.IsLetter(part[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[part.Length];
        part.ToLowerInvariant(lower);
        if (OrdinaryWords.Contains(lower))
        {
            return false;
        }

        Span<char> capitalised = stackalloc char[part.Length];
        lower.CopyTo(capitalised);
        capitalised[0] = char.ToUpperInvariant(capitalised[0]);
        var kinds = NameWords.Of(capitalised);
        return (kinds & WordKinds.NotName) == 0 && (kinds & (familyOnly ? WordKinds.LastName : WordKinds.FirstName | WordKinds.LastName)) != 0;
    }
}
