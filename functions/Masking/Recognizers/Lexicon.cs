using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>A case-sensitive word list read from an embedded resource, looked up by span without allocating.</summary>
internal sealed class Lexicon
{
    // Frozen: built once, looked up millions of times (misses are cheap — most words are not in any list).
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private Lexicon(IEnumerable<string> words, StringComparer comparer)
    {
        _words = words.ToFrozenSet(comparer);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // The curated lists plus the generated names of other markets (more-*-names.txt, see tests/NameLexiconBuilder).
    public static Lexicon FirstNames { get; } = Load(["first-names.txt", "more-first-names.txt"], ' ', StringComparer.Ordinal);

    public static Lexicon LastNames { get; } = Load(["last-names.txt", "more-last-names.txt"], ' ', StringComparer.Ordinal);

    /// <summary>
    /// Only the curated given and family names. Many of them are also ordinary words ("Bell", "Rose", "Grant"); the
    /// generated lists leave ordinary English and German words out, so a name of theirs can be searched for in lower case.
    /// </summary>
    public static Lexicon CuratedNames { get; } = Load(["first-names.txt", "last-names.txt"], ' ', StringComparer.Ordinal);

    /// <summary>Only the curated given names.</summary>
    public static Lexicon CuratedFirstNames { get; } = Load(["first-names.txt"], ' ', StringComparer.Ordinal);

    public static Lexicon NotNames { get; } = Load(["not-names.txt"], ' ', StringComparer.OrdinalIgnoreCase);

    public static Lexicon Cities { get; } = Load(["cities.txt"], '|', StringComparer.Ordinal);

    /// <summary>
    /// Towns of 50,000 people or more from the gazetteer (<c>large-towns.txt</c>, about 7,400): read as towns wherever they
    /// stand as a capitalised word, as the curated cities are, but not where the word names a road, an organisation's branch
    /// or a standard ("Thika Road", "FNB Stellenbosch", "Basel III").
    /// </summary>
    public static Lexicon LargeTowns { get; } = Load(["large-towns.txt"], '|', StringComparer.Ordinal);

    /// <summary>Banks, insurers, retailers, payment apps and agencies (one per line): organisations, never a person or a town.</summary>
    public static Lexicon Organisations { get; } = Load(["organisations.txt"], '|', StringComparer.Ordinal);

    /// <summary>Holidays, festivals, weekdays and months of the product's languages (one per line): never a person or a town.</summary>
    public static Lexicon CalendarNames { get; } = Load(["calendar-names.txt"], '|', StringComparer.Ordinal);

    /// <summary>Countries, states and large regions (one per line): larger than what Safe Harbor removes.</summary>
    public static Lexicon Regions { get; } = Load(["regions.txt"], '|', StringComparer.Ordinal);

    public int Count => _words.Count;

    /// <summary>The listed words.</summary>
    public IEnumerable<string> Words => _words;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    private static Lexicon Load(string[] names, char separator, StringComparer comparer) =>
        new(ReadWords(names, separator).Distinct(comparer), comparer);

    /// <summary>The words of embedded lexicon files, comment lines left out.</summary>
    internal static List<string> ReadWords(string[] names, char separator)
    {
        var words = new List<string>();
        foreach (var name in names)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Masking.Lexicons.{name}")
                ?? throw new InvalidOperationException($"Embedded lexicon {name} is missing from the build.");
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                if (line.StartsWith('#'))
                {
                    continue;
                }

                var separators = separator == ' ' ? new[] { ' ', '\t' } : new[] { separator };
                words.AddRange(line.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return words;
    }
}

/// <summary>
/// Listed names of several words found around a candidate: "a Wells Fargo debit card" and "Bank of America" make "Wells" and
/// "America" no person or town; "closed for Hari Raya Aidilfitri" makes "Hari Raya Aidilfitri" no person. Looked up by the
/// candidate's first word (each listed name is indexed under each of its words), so the cost is per candidate, not per
/// character of text.
/// </summary>
internal sealed class ListedPhrases
{
    /// <summary>The organisations of <c>organisations.txt</c>.</summary>
    public static ListedPhrases Organisations { get; } = new(Lexicon.Organisations);

    /// <summary>The holidays, festivals, weekdays and months of <c>calendar-names.txt</c>.</summary>
    public static ListedPhrases CalendarNames { get; } = new(Lexicon.CalendarNames);

    private readonly FrozenDictionary<string, (string Name, int Offset)[]>.AlternateLookup<ReadOnlySpan<char>> _byWord;

    private ListedPhrases(Lexicon names) =>
        _byWord = names.Words
            .SelectMany(name => name.Split(' ').Select((word, index) => (Word: word, Name: name, Offset: name.Split(' ').Take(index).Sum(w => w.Length + 1))))
            .GroupBy(e => e.Word, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => (e.Name, e.Offset)).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether a listed name opens the span or stands right before it: the span names the organisation's branch, region or
    /// division ("AOK Bayern", "Netcare Milpark", "Shoprite Ikeja", "Crédit Agricole de Tarbes"), not a person or a home.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool OpensOrPrecedes(string text, int start, int length)
    {
        var span = text.AsSpan(start, length);
        var space = span.IndexOf(' ');
        if (space > 0 && _byWord.TryGetValue(span[..space], out var opening))
        {
            foreach (var (name, offset) in opening)
            {
                if (offset == 0 && name.Length < length && text[start + name.Length] == ' '
                    && text.AsSpan(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                    && (start == 0 || !char.IsLetterOrDigit(text[start - 1])))
                {
                    return true;
                }
            }
        }

        var wordEnd = start - 1;
        if (wordEnd < 1 || text[wordEnd] != ' ')
        {
            return false;
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '-' or '&' or '\''))
        {
            wordStart--;
        }

        if (wordStart == wordEnd || !_byWord.TryGetValue(text.AsSpan(wordStart, wordEnd - wordStart), out var before))
        {
            return false;
        }

        foreach (var (name, offset) in before)
        {
            var nameStart = wordStart - offset;
            if (nameStart >= 0 && nameStart + name.Length == wordEnd && text.AsSpan(nameStart, name.Length).Equals(name, StringComparison.Ordinal)
                && (nameStart == 0 || !char.IsLetterOrDigit(text[nameStart - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a listed name, in any case, holds the span as whole words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Covers(string text, int start, int length)
    {
        var span = text.AsSpan(start, length);
        var space = span.IndexOf(' ');
        if (!_byWord.TryGetValue(space < 0 ? span : span[..space], out var entries))
        {
            return false;
        }

        foreach (var (name, offset) in entries)
        {
            var nameStart = start - offset;
            var nameEnd = nameStart + name.Length;
            if (nameStart >= 0 && nameEnd >= start + length && nameEnd <= text.Length
                && text.AsSpan(nameStart, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (nameStart == 0 || !char.IsLetterOrDigit(text[nameStart - 1])) && (nameEnd == text.Length || !char.IsLetterOrDigit(text[nameEnd])))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The towns of the world (GeoNames, <c>towns.txt</c>, about 141,000 names), less ordinary words and names: weak evidence,
/// asked only where the text already reads as a place ("vivo en Getxo", "near Mullumbimby", "…, Hallein 5400"). A class of
/// its own so that the list loads on first use, and a hash set for the same reason as <see cref="OrdinaryWords"/>. Looked
/// up in any case: chat users type "from jaipur".
/// </summary>
internal static class Towns
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        new HashSet<string>(Lexicon.ReadWords(["towns.txt"], '\n'), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Contains(ReadOnlySpan<char> name) => name.Length >= 4 && Lookup.Contains(name);
}

/// <summary>
/// Ordinary English words in lower case (from the SCOWL lists, see tests/NameLexiconBuilder) and words of chat: a
/// lower-case word after "it's" or "my father" that is none of these is likely a name. A class of its own so that the
/// 65,000 words load on first use, not with the name lists, and a hash set because look-ups are rare: a frozen set's
/// faster look-up would cost more to build than it saves.
/// </summary>
internal static class OrdinaryWords
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        new HashSet<string>(Lexicon.ReadWords(["ordinary-words.txt"], ' '), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}

/// <summary>
/// Makers whose products are named maker first, model after ("Ford Transit", "Holden Commodore", "Bajaj Boxer", "Xiaomi Redmi
/// Note 12"): the run is a vehicle or a device, not a person, and a plate may follow the model ("Skoda Fabia AB 4417 KM").
/// </summary>
internal static class Makers
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = new[]
    {
        "Ford", "Vauxhall", "Opel", "Fiat", "Volkswagen", "VW", "Toyota", "Honda", "Nissan", "BMW", "Audi", "Mercedes", "Peugeot", "Renault",
        "Citroen", "Citroën", "Kia", "Hyundai", "Skoda", "Škoda", "Seat", "SEAT", "Mazda", "Volvo", "Tesla", "Chevrolet", "Chevy", "Dodge", "Jeep",
        "Subaru", "Lexus", "Porsche", "Suzuki", "Mitsubishi", "Dacia", "Alfa", "Jaguar", "Land", "Range", "Mini", "Lancia", "Cadillac",
        "Buick", "Chrysler", "Lincoln", "Infiniti", "Acura", "Genesis", "Cupra", "Polestar", "Smart", "Yamaha", "Ducati", "Harley",
        // Makers of the markets the product serves: Australia, Russia, India, Malaysia, China, and motorbikes and three-wheelers.
        "Holden", "Isuzu", "Daihatsu", "Lada", "Tata", "Mahindra", "Maruti", "Proton", "Perodua", "Geely", "Chery", "BYD", "Haval",
        "Bajaj", "TVS", "Haojue", "Kawasaki", "Lifan", "Boxer", "Kenton", "Hero", "Dayun", "Senke", "Apsonic", "Лада", "ВАЗ", "УАЗ", "ГАЗ", "Тойота", "Шкода", "Киа", "Хендай", "Рено", "Форд",
        "Ниссан", "Фольксваген",
        // Phones and laptops, named with their model the same way ("Xiaomi Redmi Note 12", "Dell XPS 13", "HP EliteBook").
        "Xiaomi", "Huawei", "Dell", "Lenovo", "Oppo", "Realme", "Tecno", "Infinix", "Samsung", "Motorola", "Nokia", "Sony",
        "Asus", "Acer", "HP", "OnePlus", "Pixel",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}

/// <summary>Which of the name lexicons hold a word.</summary>
[Flags]
internal enum WordKinds : byte
{
    None = 0,
    FirstName = 1,
    LastName = 2,
    NotName = 4,
}

/// <summary>
/// The given-name, family-name and not-a-name lists behind one case-insensitive lookup, so that the name recognizer
/// hashes a word once instead of once per list. Given and family names still match case-sensitively, as in their
/// own lists: each key keeps the exact spellings that were listed under it.
/// </summary>
internal static class NameWords
{
    private static readonly FrozenDictionary<string, (string? Exact, WordKinds Kind)[]>.AlternateLookup<ReadOnlySpan<char>> Lookup = Build();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordKinds Of(ReadOnlySpan<char> word)
    {
        if (!Lookup.TryGetValue(word, out var entries))
        {
            var declined = word.Length >= 4 ? DeclinedOf(word) : WordKinds.None;
            if (declined != WordKinds.None || word.Length < 3)
            {
                return declined;
            }

            // "Kévin", "Mureșan": a name listed without its accents; "Nils-Erik", "Lefebvre-Dufresne": listed halves.
            var folded = word.ContainsAnyExceptInRange((char)0, (char)127) ? FoldedOf(word) : WordKinds.None;
            var unlisted = folded != WordKinds.None || word.IndexOf('-') < 0 ? folded : HyphenatedOf(word);
            return unlisted != WordKinds.None ? unlisted : SuffixKinds(word);
        }

        var kinds = WordKinds.None;
        foreach (var (exact, kind) in entries)
        {
            if (exact is null || word.SequenceEqual(exact))
            {
                kinds |= kind;
            }
        }

        return kinds;
    }

    // Case endings of names in the languages that decline them, and the ending of the form the lists hold: Polish
    // "Krzysztofowi Dąbrowskiemu" (dative), "Kowalskiego", "Anną"; Czech "Procházko" (vocative), "Novákovi"; Greek
    // "Σταυρόπουλε" (vocative), "Κωνσταντίνου" (genitive); Ukrainian and Russian "Дмитре", "Івана", "Іваном". Endings that
    // ordinary English words have too ("-a", "-o", "-em") are tried only on words with a letter outside ASCII.
    // A bare "-i" is tried on long stems only: "Juni" is a month, not a form of "Jun".
    private static readonly (string Ending, string Listed, bool NonAsciiOnly, int MinStem)[] Declensions =
    [
        ("owi", "", false, 3), ("iemu", "i", false, 3), ("iego", "i", false, 3), ("ovi", "", false, 3), ("ovi", "a", false, 3), ("ą", "a", false, 3), ("ę", "a", false, 3),
        ("o", "a", true, 3), ("ou", "á", true, 3), ("em", "", true, 3), ("a", "", true, 3), ("i", "", true, 3), ("u", "", true, 3), ("ar", "", true, 3),
        // Czech and Slovak women's names ("Dvořákové", "Horváthovú", "Horváthovej"), Polish ("Agnieszce", "Wiśniewskiej"),
        // Lithuanian ("Mindaugui Kazlauskui"), Estonian genitive ("Kristjani").
        ("ové", "ová", false, 3), ("ovou", "ová", false, 3), ("ovú", "ová", false, 3), ("ovej", "ová", false, 3), ("ce", "ka", false, 3),
        ("skiej", "ska", false, 3), ("ckiej", "cka", false, 3), ("ui", "as", false, 3), ("i", "", false, 5),
        // Finnish genitive and other cases of "-nen" names ("Korhosen", "Virtasen", "Nieminen" → "Niemisen").
        ("sen", "nen", false, 3), ("selle", "nen", false, 3), ("sesta", "nen", false, 3),
        ("ε", "ος", false, 3), ("ου", "ος", false, 3), ("ου", "", false, 3), ("η", "ης", false, 3), ("α", "ας", false, 3),
        ("е", "о", false, 3), ("а", "о", false, 3), ("у", "о", false, 3), ("ом", "о", false, 3), ("ові", "", false, 3), ("ом", "", false, 3),
        ("а", "", false, 3), ("у", "", false, 3), ("е", "", false, 3), ("ові", "о", false, 3),
        // Ukrainian and Russian names in "-ія"/"-ия" and "-ій"/"-ей" in their other cases ("доньки Софії", "Марии", "Сергія",
        // "Сергея"). Not the cases of "-а" names: "Ради" is the parliament's ("Верховної Ради") as often as a Рада's.
        ("ії", "ія", false, 3), ("ією", "ія", false, 3), ("ію", "ія", false, 3), ("ии", "ия", false, 3), ("ией", "ия", false, 3),
        ("ія", "ій", false, 3), ("ію", "ій", false, 3), ("ієм", "ій", false, 3), ("ея", "ей", false, 3), ("ею", "ей", false, 3),
        ("еем", "ей", false, 3),
    ];

    // The declensions by the last letter of their ending: a word is checked against the few that can match it.
    private static readonly FrozenDictionary<char, (string Ending, string Listed, bool NonAsciiOnly, int MinStem)[]> DeclensionsByLastLetter =
        Declensions.GroupBy(d => d.Ending[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The given- and family-name kinds of <paramref name="word"/> read as a declined form of a listed name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WordKinds DeclinedOf(ReadOnlySpan<char> word)
    {
        if (!DeclensionsByLastLetter.TryGetValue(word[^1], out var declensions))
        {
            return WordKinds.None; // most capitalised words stop here
        }

        Span<char> candidate = stackalloc char[40];
        var nonAscii = word.ContainsAnyExceptInRange((char)0, (char)127);
        var kinds = WordKinds.None;
        foreach (var (ending, listed, nonAsciiOnly, minStem) in declensions)
        {
            if ((nonAsciiOnly && !nonAscii) || !word.EndsWith(ending, StringComparison.Ordinal) || word.Length - ending.Length < minStem
                || word.Length - ending.Length + listed.Length > candidate.Length)
            {
                continue;
            }

            var stem = word[..^ending.Length];
            stem.CopyTo(candidate);
            listed.CopyTo(candidate[stem.Length..]);
            if (Lookup.TryGetValue(candidate[..(stem.Length + listed.Length)], out var entries))
            {
                foreach (var (exact, kind) in entries)
                {
                    if (kind != WordKinds.NotName && exact is not null && candidate[..(stem.Length + listed.Length)].SequenceEqual(exact))
                    {
                        kinds |= kind;
                    }
                }
            }
        }

        return kinds;
    }

    // Latin letters with diacritics and the ASCII letter each is written as without them.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžøØđĐłŁıșȘțȚ";
    private const string Unaccented = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzoOdDlLisStT";

    /// <summary>A Latin letter without its accent ("é" → "e", "ł" → "l"); any other character as it is.</summary>
    public static char WithoutAccent(char c)
    {
        var at = c < 128 ? -1 : Accented.IndexOf(c);
        return at >= 0 ? Unaccented[at] : c;
    }

    /// <summary>The name kinds of a word whose accents the lists do not have ("Kévin" → "Kevin").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WordKinds FoldedOf(ReadOnlySpan<char> word)
    {
        if (word.Length > 40)
        {
            return WordKinds.None;
        }

        Span<char> folded = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var at = word[i] < 128 ? -1 : Accented.IndexOf(word[i]);
            folded[i] = at >= 0 ? Unaccented[at] : word[i];
        }

        return folded.SequenceEqual(word) ? WordKinds.None : ListedKinds(folded);
    }

    /// <summary>
    /// A double-barrelled name whose halves are listed names: given names both ("Nils-Erik", "Ioana-Alexandra") make a given
    /// name, any other mix a family name ("Lefebvre-Dufresne", "Horváth-Lakatos"). A half no list holds leaves it unknown.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WordKinds HyphenatedOf(ReadOnlySpan<char> word)
    {
        var allGiven = true;
        var halves = 0;
        foreach (var range in word.Split('-'))
        {
            var half = word[range];
            var kinds = half.Length < 2 || half.IndexOf('-') >= 0 ? WordKinds.None : Of(half) & (WordKinds.FirstName | WordKinds.LastName);
            if (kinds == WordKinds.None || halves == 3)
            {
                return WordKinds.None;
            }

            allGiven &= (kinds & WordKinds.FirstName) != 0;
            halves++;
        }

        return halves < 2 ? WordKinds.None : allGiven ? WordKinds.FirstName : WordKinds.LastName;
    }

    // Endings that only family names and patronymics have: Icelandic "Halldórsdóttir", Russian and Ukrainian patronymics and
    // family names ("Ашотович", "Фёдоровна", "Шевченко"), Lithuanian married and maiden names ("Jankauskienė", "Kazlauskaitė"),
    // Greek ("Παπαδόπουλος", "Παπαδάκης", "Χατζηδάκη"). A word that is an ordinary English word is left alone.
    private static readonly string[] FamilyNameEndings =
    [
        "dóttir", "dottir", "ович", "евич", "овна", "евна", "ична", "івна", "енко", "ієнко", "ienė", "ienės", "aitė", "aitės", "ytė", "ytės",
        "auskas", "evičius", "ovičius", "όπουλος", "όπουλου", "όπουλο", "ίδης", "ίδη", "άκης", "άκη", "ούλης",
    ];

    private static readonly FrozenDictionary<char, string[]> FamilyNameEndingsByLastLetter =
        FamilyNameEndings.GroupBy(e => e[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>A family name known by its ending alone (see <see cref="FamilyNameEndings"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WordKinds SuffixKinds(ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || !FamilyNameEndingsByLastLetter.TryGetValue(word[^1], out var endings))
        {
            return WordKinds.None;
        }

        foreach (var ending in endings)
        {
            if (word.Length >= ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                Span<char> lower = stackalloc char[word.Length];
                word.ToLowerInvariant(lower);
                return OrdinaryWords.Contains(lower) ? WordKinds.None : WordKinds.LastName;
            }
        }

        return WordKinds.None;
    }

    /// <summary>The given- and family-name kinds of the exact spelling the lists hold.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static WordKinds ListedKinds(ReadOnlySpan<char> word)
    {
        var kinds = WordKinds.None;
        if (Lookup.TryGetValue(word, out var entries))
        {
            foreach (var (exact, kind) in entries)
            {
                if (kind != WordKinds.NotName && exact is not null && word.SequenceEqual(exact))
                {
                    kinds |= kind;
                }
            }
        }

        return kinds;
    }

    private static FrozenDictionary<string, (string? Exact, WordKinds Kind)[]>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var entries = new Dictionary<string, List<(string?, WordKinds)>>(StringComparer.OrdinalIgnoreCase);
        void Add(string key, string? exact, WordKinds kind)
        {
            if (!entries.TryGetValue(key, out var list))
            {
                entries[key] = list = [];
            }

            list.Add((exact, kind));
        }

        foreach (var word in Lexicon.NotNames.Words)
        {
            Add(word, null, WordKinds.NotName);
        }

        foreach (var word in Lexicon.FirstNames.Words)
        {
            Add(word, word, WordKinds.FirstName);
        }

        foreach (var word in Lexicon.LastNames.Words)
        {
            Add(word, word, WordKinds.LastName);
        }

        return entries.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
