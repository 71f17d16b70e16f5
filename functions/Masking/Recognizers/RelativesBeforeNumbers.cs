using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// A relative's name in a contact line, read once the number after it is known: "மகன் கஜன் 077 123 4567" (son Kajan),
/// "أخوه تركي 0551234567", "жубайы Нурлан 0555 123 456", "Umzukulu wami uSipho (082 …)", "보호자(남편) 박준호 010-…",
/// "son Kwadwo, 024 …". The relative's word, one or two words, then the phone or reference found by the rules: that shape
/// is a contact list's, and the words in it are the relative's name whatever script or list they are in.
/// </summary>
internal static class RelativesBeforeNumbers
{
    private const double Score = 0.7;

    // Relatives written before a contact's name, lower case, in the product's languages and scripts.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives = new[]
    {
        "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "mum", "mom", "dad", "grandson",
        "granddaughter", "nephew", "niece", "uncle", "aunt", "aunty", "auntie", "cousin", "spouse", "guardian",
        "hijo", "hija", "esposa", "esposo", "marido", "hermano", "hermana", "madre", "padre", "filho", "filha", "irmão", "irmã", "mãe",
        "fils", "fille", "épouse", "mari", "frère", "sœur", "mère", "père", "sohn", "tochter", "ehefrau", "ehemann", "bruder",
        "schwester", "figlio", "figlia", "moglie", "marito", "fratello", "sorella", "zoon", "dochter", "broer", "zus", "syn", "córka",
        "żona", "mąż", "brat", "siostra", "сын", "дочь", "жена", "муж", "брат", "сестра", "мать", "отец", "жубайы", "күйөөсү",
        "аялы", "уулу", "кызы", "әйелі", "күйеуі", "ұлы", "қызы", "нөхөр", "эхнэр", "хүү", "охин", "anak", "suami", "isteri", "istri",
        "kakak", "adik", "asawa", "kapatid", "mke", "mume", "kaka", "dada", "mwana", "umzukulu", "indodana", "indodakazi", "umyeni",
        "ابنه", "ابنها", "ابني", "ابنتي", "ابنته", "ابنتها", "أخوه", "أخته", "أخي", "أختي", "اخوه", "اخته", "زوجها", "زوجته", "زوجي",
        "زوجتي", "والده", "والدته", "بیٹا", "بیٹی", "شوہر", "بیوی", "بھائی", "بہن", "پسر", "دختر", "همسر", "شوهر", "برادر", "خواهر",
        "बेटा", "बेटी", "पति", "पत्नी", "भाई", "बहन", "ছেলে", "মেয়ে", "স্বামী", "স্ত্রী", "ভাই", "বোন", "மகன்", "மகள்", "கணவர்",
        "மனைவி", "ಮಗ", "ಮಗಳು", "ಪತಿ", "ಪತ್ನಿ", "മകൻ", "മകൾ", "ഭർത്താവ്", "ഭാര്യ", "కొడుకు", "కూతురు", "భర్త", "భార్య", "පුතා",
        "දුව", "남편", "아내", "아들", "딸", "배우자", "어머니", "아버지",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Person spans for names between a relative's word and a number in <paramref name="matches"/>; null when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch>? Find(string text, IReadOnlyList<PiiMatch> matches)
    {
        List<PiiMatch>? found = null;
        for (var m = 0; m < matches.Count; m++)
        {
            var number = matches[m];
            if (number.Type is not (PiiEntityType.Phone or PiiEntityType.OtherIdentifier or PiiEntityType.AccountNumber))
            {
                continue;
            }

            var nameEnd = NameEndBefore(text, number.Start);
            if (nameEnd <= 0)
            {
                continue;
            }

            // The span before the name, past any inside the bracket between name and number ("ഷൈനി (Kochi) 98…").
            var previous = m - 1;
            while (previous >= 0 && matches[previous].Start >= nameEnd)
            {
                previous--;
            }

            if (previous >= 0 && matches[previous].End >= nameEnd)
            {
                continue; // the name is a value already
            }

            if (NameBefore(text, nameEnd, previous >= 0 ? matches[previous].End : 0) is (var nameStart, > 0) && nameStart < nameEnd)
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.Person, nameStart, nameEnd - nameStart, Score));
            }
        }

        return found;
    }

    /// <summary>
    /// Where a name would end before a number: past the spaces, an opening bracket around the number, a comma, and a bracket
    /// after the name ("മകൾ ഷൈനി (Kochi) 98…", "uSipho (082…)", "ಮಗ ಪ್ರಶಾಂತ್, 98…"); -1 when something else stands there.
    /// </summary>
    private static int NameEndBefore(string text, int numberStart)
    {
        var i = SkipSpacesBack(text, numberStart);
        if (i > 0 && text[i - 1] == '(')
        {
            i = SkipSpacesBack(text, i - 1);
        }

        if (i > 0 && text[i - 1] == ',')
        {
            i = SkipSpacesBack(text, i - 1);
        }

        if (i > 0 && text[i - 1] == ')')
        {
            var open = text.AsSpan(Math.Max(0, i - 40), i - Math.Max(0, i - 40)).LastIndexOfAny('(', '\n');
            if (open < 0 || text[Math.Max(0, i - 40) + open] != '(')
            {
                return -1;
            }

            i = SkipSpacesBack(text, Math.Max(0, i - 40) + open);
        }

        return i > 0 && IsNameLetter(text[i - 1]) ? i : -1;
    }

    /// <summary>
    /// The start of one or two name words ending at <paramref name="end"/>, not before <paramref name="floor"/>, when a
    /// relative's word stands right before them ("son Kwadwo", "보호자(남편) 박준호"); the Zulu and Xhosa prefix of a
    /// name is left out ("uSipho").
    /// </summary>
    private static (int Start, int Words) NameBefore(string text, int end, int floor)
    {
        var wordEnd = end;
        for (var words = 1; words <= 2; words++)
        {
            var wordStart = wordEnd;
            while (wordStart > floor && IsNameLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (word.IsEmpty || !MayBeName(word))
            {
                return (-1, 0);
            }

            var nameStart = word.Length > 2 && char.IsLower(word[0]) && char.IsUpper(word[1]) ? wordStart + 1 : wordStart;
            if (RelativeBefore(text, wordStart, floor))
            {
                return (nameStart, words);
            }

            // The second word back: only past one space, and only a name's word again.
            if (wordStart - 1 <= floor || text[wordStart - 1] != ' ')
            {
                return (-1, 0);
            }

            wordEnd = wordStart - 1;
        }

        return (-1, 0);
    }

    private static bool RelativeBefore(string text, int wordStart, int floor)
    {
        // "보호자(남편) 박준호": the relation in brackets right before the name.
        var i = SkipSpacesBack(text, wordStart);
        if (i > floor && text[i - 1] == ')')
        {
            var open = text.AsSpan(Math.Max(floor, i - 12), i - Math.Max(floor, i - 12)).LastIndexOf('(');
            return open >= 0 && Relatives.Contains(text.AsSpan(Math.Max(floor, i - 12) + open + 1, i - 1 - (Math.Max(floor, i - 12) + open + 1)));
        }

        if (i == wordStart || i <= floor)
        {
            return false; // the relative's word stands apart from the name
        }

        var start = i;
        while (start > floor && IsNameLetter(text[start - 1]))
        {
            start--;
        }

        var relative = text.AsSpan(start, i - start);
        if (Relatives.Contains(relative))
        {
            return true;
        }

        // "Umzukulu wami uSipho", "my son", "su hijo": a possessive between the relative and the name.
        var before = SkipSpacesBack(text, start);
        if (before == start || before <= floor || relative.Length > 4)
        {
            return false;
        }

        var relativeStart = before;
        while (relativeStart > floor && IsNameLetter(text[relativeStart - 1]))
        {
            relativeStart--;
        }

        return Relatives.Contains(text.AsSpan(relativeStart, before - relativeStart));
    }

    /// <summary>
    /// A word that may be a name: any word of a script without capitals, or a capitalised word (after a Zulu or Xhosa
    /// prefix) that no list calls an ordinary or not-a-name word.
    /// </summary>
    private static bool MayBeName(ReadOnlySpan<char> word)
    {
        if (CaselessScriptRecognizer.IsCaselessLetter(word[0]))
        {
            return word.Length >= 2;
        }

        if (word.Length > 2 && char.IsLower(word[0]) && char.IsUpper(word[1]))
        {
            word = word[1..];
        }

        if (word.Length < 2 || !char.IsUpper(word[0]) || Lexicon.NotNames.Contains(word) || Lexicon.Organisations.Contains(word)
            || Lexicon.Regions.Contains(word))
        {
            return false;
        }

        Span<char> lower = stackalloc char[32];
        return word.Length > lower.Length || !OrdinaryWords.Contains(lower[..word.ToLowerInvariant(lower)]);
    }

    private static bool IsNameLetter(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static int SkipSpacesBack(string text, int i)
    {
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        return i;
    }
}
