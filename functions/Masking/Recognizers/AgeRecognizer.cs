using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Ages over 89. Safe Harbor removes "all ages over 89 and all elements of dates indicative of such age" (they are
/// rare enough to identify someone); younger ages are not identifiers and carry clinical meaning, so they are kept.
/// An age is a number 90–130 written as one ("92-year-old", "95 years old", "93 y/o", "aged 91", "Age: 104") or a
/// decade of life ("in her late 90s"); other numbers in that range (doses, readings, rooms) are left alone.
/// </summary>
internal sealed class AgeRecognizer : IRecognizer
{
    // What may follow the number, case-insensitively, each ending at a word boundary.
    private static readonly string[] AgeSuffixes =
    [
        "-year-old", "-years-old", " year old", " years old", "-year old", " years of age", " year-old", " years-old",
        "-yr-old", " yr old", " yrs old", " y/o", " y.o.", " y.o", " yo", "yo", "-yo", " yoa", " yrs", " yr", " years",
        // Other languages: "92 J.", "92 Jahre", "94 anni", "91 ans", "93 años", "90 jaar", "95 lat", "92 anos".
        " J.", " J", " Jahre", " jaar", " ans", " años", " anni", " lat", " lata", " anos", " na po siya",
        // Turkish, Nordic, Finnish, Greek, Ukrainian and Russian: "93 yaşında", "(93 yaş)", "92 år", "94-vuotias", "91 ετών", "95 років".
        " yaşında", " yaşındaki", " yaş", " år", "-vuotias", " vuotias", " ετών", " ετων", " χρονών", " χρονων", " χρόνων", " років", " роки", " лет", " года",
        // "her 101st birthday".
        "st birthday", "nd birthday", "rd birthday", "th birthday",
        // Indonesian and Malay "umur 90 thn", Russian "91 год", Tagalog "95 na siya".
        " thn", " tahun", " год", " na siya",
        // Hindi, Persian and Urdu, Arabic, Bengali, Thai, Hebrew; Korean, Japanese and Chinese with no space ("92 साल", "93세").
        " साल", " سال", " سنة", " عام", " বছর", " ปี", " שנים", "세", "歳", "岁", "歲",
        // The same written after a space ("94 歳", "92 세"), and Telugu's "years" in speech ("92 ఏళ్లు").
        " 歳", " 岁", " 歲", " 세", " ఏళ్లు",
        // Hungarian, Tagalog, Vietnamese, Czech and Slovenian, Slovak, Croatian and Serbian, Bulgarian and Macedonian, Romanian,
        // Albanian, Lithuanian, Latvian, Finnish, Dutch, Kazakh, Mongolian, Uzbek, Georgian, Armenian, Swahili, Indic and
        // Ethiopic scripts ("93 éves", "91 taong gulang", "92 tuổi", "94 let", "91 godina", "92 godine", "93 години", "92 ani", "95 metų").
        " éves", " évesen", " taong gulang", " tuổi", " let", " rokov", " godina", " godine", " години", " ani", " vjeç", " metų", " gadi",
        " gadus", " vuotta", " jaar oud", " жаста", " жас", " настай", " yosh", " yoshda", " წლის", " տարեկան", " वर्ष", " வயது",
        " ವರ್ಷ", " വയസ്", " సంవత్సరాలు", " ਸਾਲ", " વર્ષ", " ବର୍ଷ", " ዓመት", " ዓመቱ",
        // Kurdish and Javanese ("91 salî", "yuswa 92 taun").
        " salî", " sali", " taun",
        // Nordic, German, Dutch, Czech and Polish adjectives on the number ("92-årig enke", "93-jährige", "91-jarige", "94-letá").
        "-årig", "-årige", "-åring", "-jährig", "-jährige", "-jähriger", "-jarige", "-letý", "-letá", "-letni", "-letnia",
        // Czech and Slovak write the adjective onto the number too ("91letá pacientka", "93letý muž").
        "letá", "letý", "letého", "leté", "letou",
        // Clinical shorthand: "92/F", "93 y", "(93y)", "M/93Y"; Catalan's years ("la mare té 94 anys").
        "/F", "/M", " y", "y", "Y", " anys",
        // Years run onto the number ("F 91yrs"), and Cebuano's and Tagalog's Spanish "años" as chat writes it ("94 anyos na").
        "yrs", "yr", " anyos", " anyos na",
        // Hungarian's "years" without its adjective ending ("92 év, egyedül él"), Romanian's "of years" ("(91 de ani)").
        " év", " de ani",
        // Ukrainian's singular year ("(91 рік)"), Icelandic ("hann er 90 ára"), Quechua ("93 watayuq"), Tagalog ("94 na po si lola").
        " рік", " ára", " watayuq", " na po si",
        // The same years abbreviated, in Croatian, Serbian and Bosnian, and in Bulgarian in brackets, as "г." is also a year and a town ("(91 god.)", "(92 г.)").
        " god.", " г.)",
        // Spanish and Portuguese clinical notes shorten "años"/"anos" to "a." ("F. nac.: 12/01/1934 (90 a.)", "Teodora Choque, 92 a.,").
        " a.",
    ];

    // What may stand right before the number (after optional spaces), case-insensitively, at a word start.
    private static readonly string[] AgePrefixes =
    [
        "aged", "age", "age:", "age=", "aged:", "age of", "ages", "age at death", "age at death:", "died at", "age\":",
        // A person's age said in a sentence ("my dad is 90 and", "he's 91").
        "he's", "she's", "he’s", "she’s", "he is", "she is", "who is", "who's", "i'm", "i’m", "i am", "dad is", "mum is", "mom is", "father is", "mother is",
        "nan is", "gran is", "grandma is", "grandad is", "grandpa is", "grandfather is", "grandmother is",
        // A birthday coming ("turning 90 this year"), and the words for age in other languages ("umur 90", "мне 91", "tiene 93").
        "turning", "turned", "turns", "umur", "usia", "мне", "ему", "ей", "tiene", "tem", "hat", "ha", "edad", "età", "eta", "idade",
        "you're", "you’re", "you are", "youre", "hy's", "sy's", "hy is", "sy is",
        // The word for age before the number in Italian, German, Dutch, Polish, Czech, Finnish, Nordic, Turkish, Russian and
        // Ukrainian, Greek, Catalan, Romanian, Croatian, Swahili and Mongolian ("anni 92", "Нас: 91", "Alter: 91", "wiek 93", "ikä 95", "yaş 90").
        "anni", "alter", "alter:", "leeftijd", "leeftijd:", "ouderdom", "ouderdom:", "wiek", "wiek:", "věk", "věk:", "ikä", "ikä:", "ålder", "alder", "yaş", "yaşı",
        "возраст", "возраст:", "вік", "вік:", "ηλικία", "ηλικία:", "edat", "vârsta", "vârstă", "starost", "starost:", "umri", "miaka", "нас", "нас:",
        // Vietnamese on a chart ("Tuổi: 91"; a label's colon is read as a space), and "years" before the number as Greek and Polish
        // forms write it ("ετών 91", "(lat 91)").
        "tuổi", "ετών", "lat",
        // A birthday to come ("I'll be 90 in May").
        "i'll be", "i’ll be", "she'll be", "she’ll be", "he'll be", "he’ll be",
        // Javanese, Malayalam and Tamil ("yuswa 92", "വയസ്സ് 91", "வயது 93").
        "yuswa", "വയസ്സ്", "വയസ്", "வயது",
        // Hebrew "aged" for a man and a woman ("משה אברהמי, בן 91").
        "בן", "בת", "גיל",
        // A patient's age in a call log ("pt is 94, lives alone").
        "pt is", "patient is", "pt was", "patient was",
        // The parties of a call note and relatives as chats name them ("Customer is 91 and lives alone", "Mak is 90 this year"),
        // Dutch "she is", "he is" ("ze is 93 en kan zelf niet meer bellen").
        "customer is", "client is", "caller is", "member is", "insured is", "resident is", "claimant is", "mak is", "ammi is",
        "lola is", "lolo is", "granny is", "nana is", "husband is", "wife is", "ze is", "zij is", "hij is",
        // Grandparents as bilingual chat names them ("my abuela is 96 and", "my nonna is 93", "my oma is 91").
        "abuela is", "abuelo is", "abuelita is", "abuelito is", "nonna is", "nonno is", "oma is", "opa is", "avó is", "avô is", "vovó is",
        "nanay is", "tatay is", "bubbe is", "ouma is", "oupa is", "gogo is", "grandmom is", "grandmum is",
        // Indian English chat's mother, father and grandparents ("amma is 92 this year").
        "amma is", "appa is", "ammamma is", "paati is", "thatha is", "dadi is", "nani is",
        // Hausa and Yoruba on a hospital's form ("Shekaru: 93", "Ọjọ́ orí 91").
        "shekaru", "shekaru:", "shekara", "orí", "ori",
        // A chart's combined label ("Age/Sex: 94 / F").
        "age/sex", "age / sex", "age/gender",
        // Haitian Creole "has" ("manman m gen 91 an"), Sinhala "years" and "age" before the number ("වයස: අවුරුදු 91"), Amharic "age"
        // on a clinic's card ("ዕድሜ: 94").
        "gen", "අවුරුදු", "වයස", "ዕድሜ",
        // Burmese "age" on a chart ("အသက်: ၉၂ နှစ်").
        "အသက်", "အသက်:",
        // The word for age in Hindi, Marathi ("वय 91"), Arabic, Persian and Urdu, Bengali, Thai, Korean, Chinese and Japanese ("उम्र 92", "عمره 93").
        "उम्र", "आयु", "वय", "عمر", "عمره", "عمرها", "العمر", "سن", "বয়স", "อายุ", "나이", "年龄", "年齢",
        // As chat and calls say it ("shes 92", "she's like 90", "Her age? - She says 92", "ya correct. she 92").
        "shes", "hes", "she's like", "he's like", "shes like", "hes like", "she says", "he says", "she", "he",
        // An age at death or reckoned from a birth date ("she passed last week, she was 97", "which would make you 92").
        "she was", "he was", "who was", "make you", "makes you", "makes her", "makes him", "making her", "making him",
        // Bajan speech ("I is 91 now"), Yoruba's "years" ("ọmọ ọdún 91 ni"), Telugu's "age" ("వయసు 91").
        "i is", "odun", "ọdún", "ọdun", "వయసు",
    ];

    // Before a decade ("90s"): whose decade it is.
    private static readonly string[] DecadePrefixes = ["his", "her", "their", "early", "mid", "mid-", "late"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognize(TextScan scan)
    {
        RecognizeAgesInWords(scan);
        if (!scan.HasDigit)
        {
            return;
        }

        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            // "Sex/Age: M/94", "F/93", "M/93Y": the sex, a slash and the age, as a chart's header gives them.
            if (end - start is 2 or 3 && start >= 2 && text[start - 1] == '/' && text[start - 2] is 'M' or 'F' && (start == 2 || !char.IsLetterOrDigit(text[start - 3]))
                && EndsAgeHere(text, end) && int.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture) is >= 90 and <= 130)
            {
                scan.Add(PiiEntityType.Age, start, end - start, 0.8);
                continue;
            }

            // A CJK or Hangul letter may stand right before the number ("母は93歳"); a Latin one may not ("A92"). A slash may when the
            // CJK or Korean word for years follows ("여/93세": sex and age), not before a bare number ("12/93").
            var cjkYears = end < text.Length && text[end] is '세' or '歳' or '岁' or '歲';
            if (end - start is < 2 or > 3 || (start > 0 && ((char.IsLetterOrDigit(text[start - 1]) && text[start - 1] < '\u3040')
                || text[start - 1] is '.' or ',' or '$' or '#' or '-' or '+' || (text[start - 1] == '/' && !cjkYears))))
            {
                continue;
            }

            var value = int.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture);
            if (value is < 90 or > 130)
            {
                continue;
            }

            // "02/06/1932 (92)", "29/07/1932 (92a)": the age in brackets right after a birth date with its year, as a census or a
            // table gives it (Portuguese and Spanish tables add "a" for "anos", "años").
            if (start >= 7 && text[start - 1] == '(' && text[start - 2] == ' ' && end < text.Length
                && (text[end] == ')' || (text[end] is 'a' or 'y' or 'Y' && end + 1 < text.Length && text[end + 1] == ')'))
                && char.IsAsciiDigit(text[start - 3]) && char.IsAsciiDigit(text[start - 6]) && text[start - 7] is '/' or '.' or '-'
                && text.AsSpan(start - 6, 2) is "19" or "18")
            {
                scan.Add(PiiEntityType.Age, start, end - start, 0.85);
                continue;
            }

            if (end < text.Length && text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
            {
                // A decade: "in her late 90s" (not "the 1990s", which has four digits, nor "90s" without a person).
                if (value % 10 == 0 && EndsWithWord(text.AsSpan(0, start).TrimEnd(), DecadePrefixes))
                {
                    scan.Add(PiiEntityType.Age, start, end + 1 - start, 0.85);
                }

                continue;
            }

            // A label's colon between the word and the number counts as a space ("Tuổi: 91", "גיל: 92").
            var before = text.AsSpan(0, start).TrimEnd();
            before = before.EndsWith(':') || before.EndsWith('：') ? before[..^1].TrimEnd() : before;
            if (StartsWithSuffix(text.AsSpan(end)) || (EndsWithWord(before, AgePrefixes) && !FollowedByUnit(text.AsSpan(end)))
                || IsAsideAfterName(text, start, end) || IsNamedPersonsAge(text, start, end)
                // "born 22.07.1931 (now 92)": the age reckoned in brackets.
                || (start >= 5 && text.AsSpan(start - 5, 5) is "(now " && end < text.Length && text[end] == ')'))
            {
                scan.Add(PiiEntityType.Age, start, end - start, 0.9);
            }
        }
    }

    /// <summary>Whether the age's number ends at <paramref name="end"/>: the text ends, or no letter or digit follows but a year's
    /// letter ("M/93Y", "F/91y").</summary>
    private static bool EndsAgeHere(string text, int end)
    {
        if (end < text.Length && text[end] is 'Y' or 'y')
        {
            end++;
        }

        return end == text.Length || !char.IsLetterOrDigit(text[end]);
    }

    // Cheap gate for ages in words: the ASCII stems of 90 and 100 in the product's languages ("ninety", "neunzig",
    // "quatre-vingt-", "noventa", "novanta", "negentig", "dziewięćdziesiąt", "nittio", "devadesát", "hundred", "cento"…).
    private static readonly System.Buffers.SearchValues<string> NumberWordStems = System.Buffers.SearchValues.Create(
        ["ninet", "hundred", "neunzig", "hundert", "vingt-", "noventa", "cien", "novant", "cento", "negentig", "honderd", "dziewi",
         "nittio", "hundra", "devades", " sto ", " cent ", " cem "], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] NonAsciiStems = ["ενενήντα", "εκατό", "nouăzeci", "sută"];

    // What may follow an age in words: "years", "Jahre", "ans", "años", "anni", "jaar", "anos", "lat", "år", "let", "ani"…
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["years", "year", "yrs", "yr", "jahre", "jahren", "jährig", "jährige", "ans", "años", "anni", "anno", "jaar", "anos", "lat", "lata", "år",
         "let", "roků", "ani", "ετών", "χρονών", "χρόνων", "bent", "old", "tausaga"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // What may stand before it: "aged ninety-five", "she is ninety-five", "ηλικίας ενενήντα", "ve věku devadesát".
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AgeWordsBefore = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["aged", "age", "is", "he's", "she's", "he’s", "she’s", "turned", "turns", "turning", "ηλικίας", "věku", "i'm", "i’m", "im", "was"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Units after a tens word that has no connector: "dziewięćdziesiąt dwa", "devadesát jedna", "ninety five", "ενενήντα δύο".
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem",
         "osiem", "dziewięć", "jedna", "dva", "dvě", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět", "ένα", "δύο", "τρία", "τέσσερα",
         "πέντε", "έξι", "επτά", "εφτά", "οκτώ", "οχτώ", "εννέα", "εννιά", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
         "nueve", "um", "dois", "três", "quatro", "sete", "oito", "nove", "unu", "doi", "două", "trei", "patru", "cinci", "șase", "șapte",
         "opt", "nouă"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Ages over 89 written in words, in the product's languages: "einundneunzig Jahre", "quatre-vingt-quatorze ans",
    /// "noventa y dos años", "novantaseienne", "dziewięćdziesiąt dwa lata", "she is ninety-five", "aged one hundred". The
    /// number must be followed by a word for years, be an adjective of age, or follow an age word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeAgesInWords(TextScan scan)
    {
        var text = scan.Text;
        if (text.AsSpan().IndexOfAny(NumberWordStems) < 0 && (System.Text.Ascii.IsValid(text) || !ContainsAny(text, NonAsciiStems)))
        {
            return;
        }

        var i = 0;
        while (i < text.Length)
        {
            var (start, end) = NextWord(text, i);
            if (start < 0)
            {
                return;
            }

            i = end;
            if (!IsBigNumberWord(text.AsSpan(start, end - start), out var needsMultiplier))
            {
                continue;
            }

            // "one hundred", "a hundred", "o sută": the multiplier before belongs to the number.
            var (previousStart, previousEnd) = PreviousWord(text, start);
            if (needsMultiplier && previousStart >= 0 && text.AsSpan(previousStart, previousEnd - previousStart) is var multiplier
                && (multiplier.Equals("one", StringComparison.OrdinalIgnoreCase) || multiplier.Equals("a", StringComparison.OrdinalIgnoreCase) || multiplier.Equals("o", StringComparison.Ordinal)))
            {
                start = previousStart;
                (previousStart, previousEnd) = PreviousWord(text, start);
            }

            // "noventa y dos", "noventa e sete", "nouăzeci și unu", "hundred and one", or a unit straight after a tens word.
            var (nextStart, nextEnd) = NextWord(text, end);
            if (nextStart >= 0 && nextStart - end <= 2 && text.AsSpan(nextStart, nextEnd - nextStart) is "y" or "e" or "și" or "and")
            {
                var (unitStart, unitEnd) = NextWord(text, nextEnd);
                if (unitStart >= 0 && unitStart - nextEnd <= 2 && UnitWords.Contains(text.AsSpan(unitStart, unitEnd - unitStart)))
                {
                    end = unitEnd;
                    (nextStart, nextEnd) = NextWord(text, end);
                }
            }
            else if (nextStart >= 0 && nextStart - end <= 2 && UnitWords.Contains(text.AsSpan(nextStart, nextEnd - nextStart)))
            {
                end = nextEnd;
                (nextStart, nextEnd) = NextWord(text, end);
            }

            var word = text.AsSpan(start, end - start);
            var yearsAfter = nextStart >= 0 && nextStart - end <= 2 && (YearWords.Contains(text.AsSpan(nextStart, nextEnd - nextStart))
                || (text.AsSpan(nextStart, nextEnd - nextStart) is "de" && NextWord(text, nextEnd) is var (aniStart, aniEnd) && aniStart >= 0
                    && text.AsSpan(aniStart, aniEnd - aniStart) is "ani"));
            var adjective = word.EndsWith("enne", StringComparison.OrdinalIgnoreCase) || word.EndsWith("jährig", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("jährige", StringComparison.OrdinalIgnoreCase) || word.EndsWith("årig", StringComparison.OrdinalIgnoreCase);
            var ageBefore = previousStart >= 0 && AgeWordsBefore.Contains(text.AsSpan(previousStart, previousEnd - previousStart));
            if (yearsAfter || adjective || ageBefore)
            {
                scan.Add(PiiEntityType.Age, start, end - start, 0.85);
                i = end;
            }
        }
    }

    /// <summary>Whether a word is a number from 90 up (or a hundred that needs "one"/"a" before it to be one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsBigNumberWord(ReadOnlySpan<char> word, out bool needsMultiplier)
    {
        needsMultiplier = word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("sută", StringComparison.OrdinalIgnoreCase);
        if (needsMultiplier)
        {
            return true;
        }

        if (word.StartsWith("quatre-vingt-", StringComparison.OrdinalIgnoreCase))
        {
            var rest = word["quatre-vingt-".Length..];
            return rest.StartsWith("dix", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("onze", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("douze", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("treize", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("quatorze", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("quinze", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("seize", StringComparison.OrdinalIgnoreCase);
        }

        return word.StartsWith("ninety", StringComparison.OrdinalIgnoreCase) || word.EndsWith("neunzig", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("hundert", StringComparison.OrdinalIgnoreCase) || word.StartsWith("einhundert", StringComparison.OrdinalIgnoreCase)
            || word.Equals("noventa", StringComparison.OrdinalIgnoreCase) || word.StartsWith("novant", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("negentig", StringComparison.OrdinalIgnoreCase) || word.StartsWith("honderd", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("dziewięćdziesi", StringComparison.OrdinalIgnoreCase) || word.StartsWith("nittio", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("hundra", StringComparison.OrdinalIgnoreCase) || word.Equals("devadesát", StringComparison.OrdinalIgnoreCase)
            || word.Equals("nouăzeci", StringComparison.OrdinalIgnoreCase) || word.Equals("ενενήντα", StringComparison.OrdinalIgnoreCase)
            || word.Equals("εκατό", StringComparison.OrdinalIgnoreCase) || word.Equals("cent", StringComparison.OrdinalIgnoreCase)
            || word.Equals("cien", StringComparison.OrdinalIgnoreCase) || word.Equals("cento", StringComparison.OrdinalIgnoreCase)
            || word.Equals("cem", StringComparison.OrdinalIgnoreCase) || word.Equals("sto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The next word (letters, with inner hyphens and apostrophes) at or after <paramref name="from"/>; (-1, -1) when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Start, int End) NextWord(string text, int from)
    {
        var start = from;
        while (start < text.Length && !char.IsLetter(text[start]))
        {
            start++;
        }

        if (start >= text.Length)
        {
            return (-1, -1);
        }

        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || (text[end] is '-' or '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>The word just before <paramref name="start"/> (separated by spaces and commas only); (-1, -1) when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Start, int End) PreviousWord(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] is ' ' or ',')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] is '\'' or '’'))
        {
            begin--;
        }

        return begin == end || start - end > 3 ? (-1, -1) : (begin, end);
    }

    private static bool ContainsAny(string text, string[] values)
    {
        foreach (var value in values)
        {
            if (text.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Mrs Okafor, 93, was found…": the number alone between commas right after a capitalised name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAsideAfterName(string text, int start, int end)
    {
        // "Reginald Ashworth-Pym (91), pedestrian": the number alone in brackets right after the name, too, or first in them
        // ("Gwendolyn Alleyne (93, NID 310514-0087)").
        var bracketed = start >= 4 && text[start - 1] == '(' && text[start - 2] == ' ' && end + 1 < text.Length && (text[end] == ')' || (text[end] == ',' && text[end + 1] == ' '));
        // "My father Abdul Rahman bin Yusof, 92 this year, fever since morning": the birthday this year inside the aside.
        if (text.AsSpan(end).StartsWith(" this year", StringComparison.Ordinal))
        {
            end += " this year".Length;
        }

        // The aside may end the line or a table's cell ("Harbhajan Singh Grewal, 96 | …").
        var asideEnds = end == text.Length || text[end] is ',' or ')' or ';' or '\n' || text.AsSpan(end).StartsWith(" |", StringComparison.Ordinal);
        if (!bracketed && (start < 4 || text[start - 1] != ' ' || text[start - 2] != ',' || !asideEnds))
        {
            return false;
        }

        var wordStart = start - 2;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return start - 2 - wordStart >= 2 && char.IsUpper(text[wordStart]) && !Lexicon.NotNames.Contains(text.AsSpan(wordStart, start - 2 - wordStart));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartsWithSuffix(ReadOnlySpan<char> after)
    {
        foreach (var suffix in AgeSuffixes)
        {
            // Korean, Japanese and Chinese run the next word on ("93歳です", "92세입니다"): no boundary after their suffix.
            if (after.StartsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && (after.Length == suffix.Length || !char.IsLetterOrDigit(after[suffix.Length]) || suffix[0] >= '\u3040'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A number with a unit after it ("age 90 days", "aged 95%") is a measurement, not an age in years.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool FollowedByUnit(ReadOnlySpan<char> after)
    {
        after = after.TrimStart(' ');
        // "94 / F": a slash before the sex ends an age, as a chart writes "Age/Sex"; before anything else it is a fraction or a score.
        var slashBeforeSex = after.Length > 1 && after[0] == '/' && after[1..].TrimStart(' ') is [('F' or 'M'), ..] sex && (sex.Length == 1 || !char.IsLetter(sex[1]));
        // A full stop is a decimal point only before a digit ("93.5"); before a line break it ends the sentence ("He's 93.\n").
        if (after.Length > 0 && ((after[0] is '%' or '°' || (after[0] == '/' && !slashBeforeSex)) || (after[0] == '.' && after.Length > 1 && char.IsAsciiDigit(after[1]))))
        {
            return true;
        }

        var wordEnd = after.IndexOfAnyExcept(LetterValues);
        var word = wordEnd >= 0 ? after[..wordEnd] : after;
        // Portuguese and Spanish notes shorten "with" and "without" to a letter and a slash ("cirurgia a 13/04 c/ placa", "s/
        // alterações"): no "c" or "s" unit is written so.
        if (word.Length == 1 && wordEnd >= 0 && after[wordEnd] == '/' && (wordEnd + 1 == after.Length || after[wordEnd + 1] is ' ' or '\n'))
        {
            return false;
        }

        return word.Length > 0 && Units.Contains(word);
    }

    private static readonly System.Buffers.SearchValues<char> LetterValues =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZµ");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["mg", "mcg", "µg", "g", "kg", "lb", "lbs", "ml", "l", "mmhg", "bpm", "cm", "mm", "m", "km", "min", "mins", "minutes", "s", "sec",
         "seconds", "mmol", "units", "iu", "degrees", "f", "c", "beats", "breaths", "kcal", "mph", "days", "day", "weeks", "week", "months",
         "month", "hours", "hrs", "h", "percent"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "My great grandpa Ezekiel is 94 and lives…", "Miss Ivy is 101 an she…": a name, "is", the number, and the sentence
    /// goes on with "and" or ends. Not "Rate is 92." (an ordinary word before "is") nor "Ward is 95 mg".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsNamedPersonsAge(string text, int start, int end)
    {
        if (start < 5 || text.AsSpan(start - 4, 4) is not " is " || FollowedByUnit(text.AsSpan(end)))
        {
            return false;
        }

        var after = text.AsSpan(end);
        if (!(after.IsEmpty || after[0] is '.' or ',' or ';' or '!' or '?' or '\n' || after.StartsWith(" and ", StringComparison.Ordinal)
            || after.StartsWith(" an ", StringComparison.Ordinal) || after.StartsWith(" now", StringComparison.Ordinal)
            // "my grandma dorothy kessler is 94 (born march 3 1930)".
            || after.StartsWith(" (born", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith(" this year", StringComparison.Ordinal)))
        {
            return false;
        }

        var nameEnd = start - 4;
        // An aside between the name and "is": an identifier in brackets, or the name set off by commas ("my nan Aroha Te
        // Whata (NHI ZKM4829) is 91 and", "My mother, Odile Thibodeaux, is 90 and").
        if (text[nameEnd - 1] == ')' && text.LastIndexOf('(', nameEnd - 1, Math.Min(40, nameEnd)) is var open and > 1 && text[open - 1] == ' ')
        {
            nameEnd = open - 1;
        }
        else if (text[nameEnd - 1] == ',')
        {
            nameEnd--;
        }

        var nameStart = nameEnd;
        // A hyphen inside the name belongs to it ("my father Park Jong-su is 91 and").
        while (nameStart > 0 && (char.IsLetter(text[nameStart - 1]) || (text[nameStart - 1] == '-' && nameStart > 1 && char.IsLetter(text[nameStart - 2]))))
        {
            nameStart--;
        }

        var name = text.AsSpan(nameStart, nameEnd - nameStart);
        var before = text.AsSpan(0, nameStart).TrimEnd(' ');
        // Chat in lower case names the relative after the word for them ("my grandma fatima is 94 and", "my mam nora is 91").
        if (name.Length >= 2 && char.IsLower(name[0]) && EndsWithWord(before, KinBeforeNames))
        {
            return true;
        }

        // ... and the given name before the family name, or two words before it ("my koro hemi walker is 91 and", "my nan
        // aroha te whata is 94 and").
        var rest = before;
        for (var words = 0; words < 2 && name.Length >= 2 && char.IsLower(name[0]) && rest.LastIndexOf(' ') is var space and > 0
            && rest[(space + 1)..] is { Length: >= 2 } given && char.IsLower(given[0]); words++)
        {
            rest = rest[..space].TrimEnd(' ');
            if (EndsWithWord(rest, KinBeforeNames))
            {
                return true;
            }
        }

        if (name.Length < 2 || !char.IsUpper(name[0]))
        {
            return false;
        }

        // A full name, given and family, whatever its words ("my mum Beryl Haddock is 91 and").
        var previousEnd = before.Length;
        var previousStart = previousEnd;
        while (previousStart > 0 && char.IsLetter(before[previousStart - 1]))
        {
            previousStart--;
        }

        if (previousEnd - previousStart >= 2 && nameStart - previousEnd == 1 && char.IsUpper(before[previousStart]) && before[(previousStart + 1)..previousEnd].IndexOfAnyInRange('A', 'Z') < 0
            && !Lexicon.NotNames.Contains(before[previousStart..previousEnd])
            && ((NameWords.Of(before[previousStart..previousEnd]) & WordKinds.FirstName) != 0 || MidSentence(before[..previousStart])))
        {
            return true;
        }

        // A listed given name, a word that is no English word, or any word after a title ("Miss Ivy").
        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        return (NameWords.Of(name) & WordKinds.FirstName) != 0 || !OrdinaryWords.Contains(lower)
            || before.EndsWith("Miss", StringComparison.Ordinal) || before.EndsWith("Mrs", StringComparison.Ordinal)
            || before.EndsWith("Mr", StringComparison.Ordinal) || before.EndsWith("Ms", StringComparison.Ordinal);
    }

    /// <summary>Whether a word after <paramref name="before"/> stands inside a sentence: a lower-case word ends what comes before it.</summary>
    private static bool MidSentence(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd(' ');
        return trimmed.Length > 0 && char.IsLower(trimmed[^1]);
    }

    private static readonly string[] KinBeforeNames =
    [
        "mam", "mum", "mom", "mother", "dad", "father", "nan", "nana", "gran", "granny", "grandma", "grandmother", "grandad", "grandpa",
        "grandfather", "wife", "husband", "aunt", "auntie", "uncle", "koro", "kuia", "lola", "lolo", "ammi", "abba",
        "abuela", "abuelo", "abuelita", "abuelito", "nonna", "nonno", "oma", "opa", "avó", "avô", "vovó", "nanay", "tatay", "bubbe", "ouma", "oupa", "gogo",
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsWithWord(ReadOnlySpan<char> before, string[] words)
    {
        foreach (var word in words)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && (before.Length == word.Length || !char.IsLetterOrDigit(before[before.Length - word.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
