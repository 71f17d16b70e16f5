using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Towns written in Cyrillic or Greek script ("у Львові", "живёт в Мытищах", "στην Καλαμάτα", "Πάτρα 26221"): the gazetteer
/// (<see cref="Towns"/>) is in Latin script, so a capitalised word where the text reads as a place is transliterated the
/// ways GeoNames writes Russian, Ukrainian, Bulgarian, Serbian and Greek names, its case ending read back to the
/// nominative ("Львові" → Львів → Lviv, "Мытищах" → Мытищи → Mytishchi), and looked up. Only words after a preposition
/// of place, next to a postcode, or after a place already found are tried.
/// </summary>
internal static class NonLatinTowns
{
    // Prepositions of place before a town: Russian, Ukrainian, Bulgarian, Serbian; Greek "στην", "στο", "από".
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["в", "во", "у", "из", "з", "із", "к", "до", "от", "од", "со", "общ.", "στην", "στη", "στο", "στον", "σε", "από", "την", "το", "τον"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Recognize(TextScan scan)
    {
        var text = scan.Text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!(c is >= 'А' and <= 'Я' or 'І' or 'Ї' or 'Є' or 'Ђ' or 'Ј' or 'Љ' or 'Њ' or 'Ћ' or 'Џ' || (c is >= 'Ά' and <= 'Ω'))
                || (i > 0 && char.IsLetter(text[i - 1])))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsUpper(text[end + 1]))))
            {
                end++;
            }

            var start = i;
            i = end;
            if (end - start < 3 || !HasPlaceEvidence(scan, start, end) || scan.HasCandidate(PiiEntityType.City, start))
            {
                continue;
            }

            if (IsKnownTown(text.AsSpan(start, end - start)))
            {
                scan.Add(PiiEntityType.City, start, end - start, 0.7);
            }
        }
    }

    private static bool HasPlaceEvidence(TextScan scan, int start, int end)
    {
        var text = scan.Text;
        // The word before: a preposition of place ("у", "στην"); a postcode before or after ("24100 Καλαμάτα", "Πάτρα 26221").
        var before = start - 1;
        if (before > 0 && text[before] == ' ')
        {
            var wordStart = before;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            {
                wordStart--;
            }

            var word = text.AsSpan(wordStart, before - wordStart);
            if (Prepositions.Contains(word) || (word.IsEmpty && wordStart > 0 && char.IsAsciiDigit(text[wordStart - 1])))
            {
                return true;
            }
        }

        if (end + 5 <= text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 4]))
        {
            return true;
        }

        // A place already found before a comma ("с. Баня, общ. Карлово"; "Вінниця, вул. Келецька" answers an address question).
        return start >= 2 && text[start - 1] == ' ' && text[start - 2] == ',' && scan.PlaceEndingAt(start - 2) is not null;
    }

    // Case endings read back to the nominative: (ending, replacement). "Львові" → "Львів", "Мытищах" → "Мытищи", "Житомира" → "Житомир",
    // "Вінниці" → "Вінниця", "Тулі" → "Тула", "Καλαμάτας" → "Καλαμάτα".
    private static readonly (string Ending, string Nominative)[] Endings =
    [
        ("", ""), ("ові", "ів"), ("еві", "ів"), ("ах", "и"), ("ях", "і"), ("ах", "а"), ("ом", ""), ("ем", ""), ("і", "я"), ("і", "а"), ("е", "а"),
        ("и", "а"), ("ы", "а"), ("у", ""), ("а", ""), ("я", "ь"), ("ю", "я"), ("у", "а"), ("ς", ""),
    ];

    private static bool IsKnownTown(ReadOnlySpan<char> word)
    {
        Span<char> nominative = stackalloc char[48];
        Span<char> latin = stackalloc char[4 * 48];
        // The schemes differ only in Cyrillic letters: a Greek word is transliterated once.
        var schemes = word[0] is >= 'Ά' and <= 'ώ' ? Schemes.AsSpan(0, 1) : Schemes;
        foreach (var (ending, replacement) in Endings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal) || word.Length - ending.Length + replacement.Length is < 3 or > 40)
            {
                continue;
            }

            var stem = word[..^ending.Length];
            stem.CopyTo(nominative);
            replacement.CopyTo(nominative[stem.Length..]);
            var form = nominative[..(stem.Length + replacement.Length)];
            foreach (var scheme in schemes)
            {
                if (Towns.Contains(latin[..Transliterate(form, scheme, latin)]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private enum Scheme
    {
        Russian,
        Ukrainian,
        Bulgarian,
        Serbian,
    }

    private static readonly Scheme[] Schemes = [Scheme.Russian, Scheme.Ukrainian, Scheme.Bulgarian, Scheme.Serbian];

    /// <summary>
    /// Writes the word in Latin letters, as GeoNames writes towns of the scheme's country (Greek letters the one way), into
    /// <paramref name="latin"/> (four characters per letter at most) and returns its length. The gazetteer is looked up in any
    /// case, so the letters stay lower case.
    /// </summary>
    private static int Transliterate(ReadOnlySpan<char> word, Scheme scheme, Span<char> latin)
    {
        var length = 0;
        foreach (var upper in word)
        {
            var c = char.ToLowerInvariant(upper);
            var letters = c switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => scheme == Scheme.Ukrainian ? "h" : "g", 'ґ' => "g", 'д' => "d", 'е' => "e", 'ё' => "e",
                'є' => "ye", 'ж' => scheme == Scheme.Serbian ? "ž" : "zh", 'з' => "z", 'и' => scheme == Scheme.Ukrainian ? "y" : "i", 'і' => "i",
                'ї' => "yi", 'й' => "y", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s",
                'т' => "t", 'у' => "u", 'ф' => "f", 'х' => scheme is Scheme.Russian or Scheme.Ukrainian ? "kh" : "h",
                'ц' => scheme == Scheme.Serbian ? "c" : "ts", 'ч' => scheme == Scheme.Serbian ? "č" : "ch", 'ш' => scheme == Scheme.Serbian ? "š" : "sh",
                'щ' => scheme == Scheme.Bulgarian ? "sht" : "shch", 'ъ' => scheme == Scheme.Bulgarian ? "a" : "", 'ы' => "y", 'ь' => "", 'э' => "e",
                'ю' => "yu", 'я' => "ya", 'ђ' => "đ", 'ј' => "j", 'љ' => "lj", 'њ' => "nj", 'ћ' => "ć", 'џ' => "dž",
                'α' or 'ά' => "a", 'β' => "v", 'γ' => "g", 'δ' => "d", 'ε' or 'έ' => "e", 'ζ' => "z", 'η' or 'ή' => "i", 'θ' => "th",
                'ι' or 'ί' or 'ϊ' or 'ΐ' => "i", 'κ' => "k", 'λ' => "l", 'μ' => "m", 'ν' => "n", 'ξ' => "x", 'ο' or 'ό' => "o", 'π' => "p",
                'ρ' => "r", 'σ' or 'ς' => "s", 'τ' => "t", 'υ' or 'ύ' or 'ϋ' or 'ΰ' => "y", 'φ' => "f", 'χ' => "ch", 'ψ' => "ps", 'ω' or 'ώ' => "o",
                _ => null,
            };

            if (letters is null)
            {
                latin[length++] = c;
            }
            else
            {
                letters.CopyTo(latin[length..]);
                length += letters.Length;
            }
        }

        return length;
    }
}
