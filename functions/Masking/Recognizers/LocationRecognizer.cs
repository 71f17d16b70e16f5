using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Masking.Recognizers;

/// <summary>
/// Street addresses, cities and postal codes. Addresses have a shape (number, name, street type); cities and
/// ZIP codes need context — a state abbreviation, an address before them, a "lives in"-style cue or the city
/// lexicon — because a bare five-digit number is as likely a CPT code as a ZIP code.
/// </summary>
internal sealed partial class LocationRecognizer : IRecognizer
{
    // Phrases the rarer paths start from; declared first, because static fields are initialised in the order written.
    private static readonly string[] LowerCaseAddressPhrases =
        ["live at", "lives at", "living at", "lived at", "address", "Address", "reside at", "resides at", "residing at", "moved to",
         "staying at", "stay at", "send it to", "deliver to", "located at"];

    private static readonly string[] ResidencePhrases = ["lives in ", "living in ", "lived in ", "resides in ", "residing in ", "moved to ", "relocated to ", "born in "];

    // The street types a European address writes after its number ("8 rue des Lilas"), in any case.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberFirstStreetTypeWords = System.Collections.Frozen.FrozenSet
        .ToFrozenSet(["rue", "avenue", "boulevard", "bd", "boul", "chemin", "allée", "impasse", "quai", "calle", "avenida", "rua",
            // Irish street words, which come before the name too ("4 Bóthar na Trá", "33 Cnoc na Gréine").
            "bóthar", "sráid", "ascaill", "cnoc", "plás", "céide", "lána", "cearnóg", "bóithrín", "garrán", "radharc", "páirc", "cúirt"],
            StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly CueSet ZipCues = new("zip", "zip code", "zipcode", "postal code", "postcode", "post code", "cp", "c.p", "cep", "plz",
        "pincode", "pin code", "postnummer", "postinumero", "irányítószám", "kod pocztowy", "psč", "kode pos", "poskod", "eircode",
        "código postal", "code postal", "postleitzahl", "postal");

    private static readonly CueSet OtherZipCues = new("postal code", "postcode", "post code", "cp", "c.p", "cep", "plz", "pincode", "pin code",
        "postnummer", "postinumero", "irányítószám", "kod pocztowy", "psč", "kode pos", "poskod", "código postal", "code postal",
        "postleitzahl", "postal");

    // A question for a postcode on the line before: the digits on the next line answer it.
    private static readonly System.Buffers.SearchValues<string> ZipQuestionCues = System.Buffers.SearchValues.Create(
        ["zip", "postcode", "postal code", "post code", "código postal", "code postal", "postleitzahl", "plz", "cap "], StringComparison.OrdinalIgnoreCase);
    private static readonly CueSet CityCues = new(
        "lives in", "living in", "lived in", "resides in", "residing in", "resident of", "moved to", "relocated to",
        "from", "born in", "based in", "located in", "city of", "town of", "near", "city:", "city", "hometown", "in"
    );

    private static readonly System.Buffers.SearchValues<string> ContinentalMarkers = System.Buffers.SearchValues.Create(
        ["strasse", "Strasse ", "weg ", "platz", "allee", "gasse", "ring ", "damm", "gracht ", "straat ", "laan ", "plein ", "kade ", "singel ", "Rue ", "Avenue ", "Calle ", "Via ", "Viale ", "Rua ", "Avenida ", "Plaza ", "Carrer ", "Av. ", "Chemin ", "Impasse "],
        StringComparison.Ordinal);

    // Street words of the Nordic countries, Finland, Hungary, Poland and Romania, searched only where the others are
    // absent: added to the set above they made its search dearer on every text.
    private static readonly System.Buffers.SearchValues<string> MoreContinentalMarkers = System.Buffers.SearchValues.Create(
        ["gade ", "gate ", "vej ", "vejen ", "gaden ", "gata ", "gatan ", "veien ", "katu ", "tie ", "utca ", "ul. ", "Str. ", "str. ", " mnt ", "Avda. ", "Bd. ", "rue d", "avenue d", "kuja ",
         "calle ", "carrer ", "trada ", "via ", "iale ", "iazza", "orso ", "icolo "],
        StringComparison.Ordinal);

    // Street words of Slovenia, Croatia, Latvia, Lithuania and Turkey: searched only in texts with a letter outside ASCII,
    // as those languages' texts nearly always have one (" g. " and " pr. " alone would be searched in every English text).
    private static readonly System.Buffers.SearchValues<string> NonAsciiTextContinentalMarkers = System.Buffers.SearchValues.Create(
        [" cesta ", " ulica ", " iela ", "Jirón ", " g. ", " pr. ", " Cad. ", " Cd. ", " Sk. ", " Sok. ", " Caddesi ", " Sokak ", " Bulvarı ", "οδός ", "Οδός ",
         // Finnish, Spanish, Quebec and German street words ("Pajapolku 3", "c/ Zabalbide 42", "boul. Saint-Joseph", "Am Rosenhügel
         // 7"): their texts nearly always have a letter outside ASCII too, and in the search above they cost every text.
         "polku ", "c/ ", "C/ ", "boul. ", "Am ", "Im ", "An der ",
         // Latvian, Estonian and Lithuanian street words, and the leading words of Poland, the Balkans and Romania ("Brīvības ielā
         // 156-12", "Kaunase pst 41-18", "ulica Słowackiego 12 m. 4", "Bulevar Kralja Petra 88", "Calea Victoriei 12").
         " ielā ", " pst ", " tänav ", " puiestee ", " gatvė ", " prospekts ", "ulica ", "Ulica ", "ulicy ", "ulice ", "ulici ", "bulevar", "Bulevar",
         "aleea ", "Aleea ", "calea ", "Calea "],
        StringComparison.Ordinal);

    /// <summary>"480 bd x3/7", "500 BD": a dose taken twice a day, whose "bd" only looks like "boulevard".</summary>
    private static bool IsDoseTwiceDaily(ReadOnlySpan<char> match)
    {
        var space = match.IndexOf(' ');
        if (space < 0 || !match[(space + 1)..].StartsWith("bd", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = match[(space + 3)..].TrimStart(' ');
        return rest.IsEmpty || char.IsAsciiDigit(rest[0]) || (rest.Length > 1 && rest[0] is 'x' or 'X' && char.IsAsciiDigit(rest[1]));
    }

    /// <summary>
    /// Whether a street word of continental Europe stands in the text. "vägen" and "út" are checked apart: a non-ASCII
    /// phrase among the others made their search about six nanoseconds per character dearer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasContinentalMarker(TextScan scan) =>
        scan.Text.AsSpan().IndexOfAny(ContinentalMarkers) >= 0
        // "ß" apart: with it the phrases are not all ASCII and their search would run character by character.
        || (scan.Text.AsSpan().IndexOf('ß') >= 0 && (scan.Text.Contains("straße", StringComparison.Ordinal) || scan.Text.Contains("Straße ", StringComparison.Ordinal)))
        || scan.Text.AsSpan().IndexOfAny(MoreContinentalMarkers) >= 0
        || (scan.HasNonAscii && scan.Text.AsSpan().IndexOfAny(NonAsciiTextContinentalMarkers) >= 0)
        || (scan.Text.Contains('ú') && (scan.Text.Contains("út ", StringComparison.Ordinal) || scan.Text.Contains("Rúa ", StringComparison.Ordinal)))
        || (scan.Text.Contains('ä') && scan.Text.Contains("vägen ", StringComparison.Ordinal))
        // Peru's "jirón" and the passage ("Jr. Huaraz 1162, Breña", "Psje. Los Olivos 148"): searched alone, as three more phrases
        // in the set above made its search about a twentieth of the analysis dearer.
        || scan.Text.Contains("Jr. ", StringComparison.Ordinal) || scan.Text.Contains("je. ", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> StreetTypeWords = System.Buffers.SearchValues.Create(
        StreetTypes.Split('|').Select(t => " " + t).ToArray(), StringComparison.Ordinal);

    // SearchValues: a case-insensitive Contains runs char by char under invariant globalization.
    private static readonly System.Buffers.SearchValues<string> BoxMarker = System.Buffers.SearchValues.Create(["box"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CityFirstWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        Lexicon.Cities.Words.Concat(Lexicon.LargeTowns.Words).Select(c => c.IndexOfAny([' ', '-']) is var at and >= 0 ? c[..at] : c), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly CueSet ResidenceCues = new("lives in", "living in", "resides in", "residing in", "resident of", "moved to", "relocated to", "born in", "city of", "town of", "hometown",
        // Place of birth in other languages ("nata a Caserta", "nacido en Lugo", "geboren in Kassel").
        "nato a", "nata a", "nacido en", "nacida en", "nascido em", "nascida em", "geboren in", "urodzony w", "urodzona w",
        // Where someone is at home ("lives alone in Ballymena", "from her home in …", "Residence: Kibera"), in several languages.
        "home in", "house in", "alone in", "residence", "place of residence", "wohnhaft in", "domicilié à", "domiciliée à",
        "domiciliado en", "domiciliada en", "residente en", "residente a", "woonachtig in", "woonachtig te", "bosatt i", "bor i",
        "mieszkający w", "mieszkająca w", "zam.", "zamieszkały w", "zamieszkała w", "bydliště", "bydlí v", "live in", "i live in", "we live in", "stay in", "staying in",
        "still in", "still out in", "i stay", "we stay", "stays in", "staying at", "i stay at",
        // Swahili "resident of" and "lives (at)" ("mkazi wa Mtaa wa Makumbusho, Kijitonyama, Kinondoni"), Haitian Creole "lives
        // (in)" ("li rete Jalousie", "m rete Delmas 33").
        "mkazi wa", "wakazi wa", "anaishi", "anayeishi", "li rete", "m rete", "mwen rete", "nou rete",
        // Places of birth and homes in more languages ("né à Namur", "née le 02/11/1987 à Villefranche-sur-Saône", "geboren te
        // Zeist", "nascut a Olot", "Tempat/tgl lahir: Surabaya", "domiciliat în București", "κάτοικος Θεσσαλονίκης").
        "né à", "née à", "né le", "née le", "geboren te", "nascut a", "nascuda a", "lahir", "lahir di", "domiciliat în",
        "domiciliată în", "κάτοικος", "житель", "жителька", "проживает в", "проживаю в", "проживає в", "мешкає в", "живу в",
        // A town's district or neighbourhood by its word ("barrio Prado", "Brgy. Pinagkawitan", "Kelurahan Cipaganti").
        "bairro", "barrio", "colonia", "col.", "brgy", "barangay", "kelurahan", "kel.", "kecamatan", "kec.", "desa", "kampung",
        // India's taluka, tehsil and district ("Tal. Sinnar, Dist. Nashik"), a Romanian county ("jud. Brașov").
        "tal.", "taluka", "tehsil", "dist.", "district", "jud.", "județul", "judetul",
        // India's village in an address ("Vill. Kharua, PO Bahera, Dist. Darbhanga"; not "PO", which is also "by mouth").
        "vill.", "vill",
        // Latvian "lives", "I live" ("dzīvoju Siguldā", "dzīvo Daugavpilī").
        "dzīvo", "dzīvoju", "dzīvojam",
        // Vietnamese districts and wards ("quận Đống Đa", "phường Láng Hạ", "huyện Gia Lâm").
        "quận", "phường", "huyện", "xã", "thị xã",
        "quartier", "stadtteil", "ortsteil", "suburb of",
        // "reside en", "vivo en", Dutch "wonende te", Romanian "domiciliat" and its municipality ("mun. Chișinău").
        "reside en", "vive en", "vivo en", "vivimos en", "wonende te", "wonende in", "domiciliat", "domiciliată", "mun.",
        // French "I live" and "domiciled" without "à" ("J'habite Cocody Angré", "domiciliée Quartier Hamdallaye").
        "j'habite", "j’habite", "habite", "domicilié", "domiciliée", "résidant à", "résidant au",
        // Swahili's district and ward and Hausa's neighbourhood ("wilaya ya Ubungo", "kata ya Sinza", "unguwar Gyadi-Gyadi"); not
        // Swahili's street ("Mtaa wa Sokoine 12", read with its number) nor Malay's "kg." (kampung), also a weight before a drug.
        "wilaya ya", "kata ya", "unguwar",
        // Swahili "at our home" and "there, in" ("karibu na nyumbani kwetu Ndenderu", "ilichomwa moto huko Kiambu").
        "kwetu", "huko");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognize(TextScan scan)
    {
        var text = scan.Text;
        if (text.AsSpan().IndexOfAny(VillageMarkers) >= 0)
        {
            RecognizeVillages(scan);
        }

        if (scan.HasDigit)
        {
            RecognizeTownsBeforeStatesAndPostcodes(scan);
        }

        RecognizeCentralAsianAddresses(scan);
        if (scan.HasDigit)
        {
            RecognizeWardsBeforeTowns(scan);

            // An Ethiopian kebele (the ward of a town) by its number ("i live in Bahir Dar, kebele 14"), and a Hong Kong flat
            // written in Chinese: block, floor and flat ("沙田第一城 38座 21樓 F室").
            if (text.Contains("ebele ", StringComparison.Ordinal))
            {
                scan.AddMatches(KebeleRegex(), PiiEntityType.StreetAddress, 0.8);
            }

            if (text.Contains('樓') || text.Contains('楼'))
            {
                scan.AddMatches(ChineseFlatRegex(), PiiEntityType.StreetAddress, 0.8);
            }

            // A Singapore flat's floor and unit ("#12-03", "Blk 412 Bedok North Ave 2 #08-117"), asked only in Singapore's records.
            if (text.Contains('#') && (text.Contains("Singapore", StringComparison.Ordinal) || text.Contains("Blk", StringComparison.Ordinal)
                    || text.Contains("NRIC", StringComparison.Ordinal) || text.Contains("Condominium", StringComparison.Ordinal)))
            {
                scan.AddMatches(SingaporeUnitRegex(), PiiEntityType.StreetAddress, 0.8);
            }

            // A Spanish flat's floor and door on their own, in brackets, between commas after its owner or after "del" ("(5º 1ª)",
            // "Mrs. Pilar Domínguez, 4º izq.)", "el vecino del 3ºB, su tlf"); after a street's number the address rules read it with the postcode); not a
            // temperature ("(38ºC)": no door is lettered C or F here).
            if (text.AsSpan().IndexOfAny('º', 'ª') >= 0)
            {
                scan.AddMatches(SpanishFloorAndDoorRegex(), PiiEntityType.StreetAddress, 0.75);
            }

            // A Latin American corner: two streets joined by "y" or "con" ("Lugar: Av. 7 y calle 50", "la Calle 45 con Carrera 7",
            // "sobre la Av. Caracas con calle 53"), the way Colombian and Argentine reports give where something happened.
            if ((text.Contains(" con ", StringComparison.Ordinal) || text.Contains(" y ", StringComparison.Ordinal) || text.Contains(" esq", StringComparison.Ordinal))
                && text.AsSpan().IndexOfAny(CornerStreetWords) >= 0)
            {
                scan.AddMatches(StreetCornerRegex(), PiiEntityType.StreetAddress, 0.8);
            }

            // A neighbour's flat by its number in brackets after the neighbour's (capitalised) name ("M. Kévin Rousseau
            // (appartement 5B)", "Fatima Hassan (lgh 1104)", "Mrs Renate Pichler, Top 12)"; not "the survey (flat 3)").
            if (text.Contains('(') && text.AsSpan().IndexOfAny(FlatWordsInBrackets) >= 0)
            {
                scan.AddMatches(FlatInBracketsRegex(), PiiEntityType.StreetAddress, 0.75);
            }
        }

        // Rarer address shapes, each behind one search for all their words, so that most texts pay a single vectorised scan.
        if (text.AsSpan().IndexOfAny(RareAddressMarkers) >= 0)
        {
            RecognizeRareAddressShapes(scan);
        }

        if (scan.HasDigit)
        {
            // Windows: street addresses run up to ~100 characters after their number, continental ones and PO boxes
            // put up to ~60 characters of words before it.
            foreach (var (regex, before, after) in (ReadOnlySpan<(Regex, int, int)>)[(StreetAddressRegex(), 24, 110), (ContinentalAddressRegex(), 64, 4), (PoBoxRegex(), 24, 1), (NumberFirstContinentalAddressRegex(), 2, 60), (GridAddressRegex(), 16, 12), (MalayStreetRegex(), 60, 40), (NumberedPartsAddressRegex(), 12, 60), (CrossAndMainAddressRegex(), 12, 60), (HongKongFlatRegex(), 6, 90)])
            {
                if ((regex == ContinentalAddressRegex() && !HasContinentalMarker(scan))
                    || (regex == NumberFirstContinentalAddressRegex() && !NumberBeforeWord(scan, NumberFirstStreetTypeWords, allowLowerCaseOnly: false))
                    || (regex == PoBoxRegex() && text.AsSpan().IndexOfAny(BoxMarker) < 0)
                    || (regex == GridAddressRegex() && !HasGridAddressMarkers(text))
                    || (regex == MalayStreetRegex() && text.AsSpan().IndexOfAny(MalayStreetMarkers) < 0)
                    || (regex == NumberedPartsAddressRegex() && text.AsSpan().IndexOfAny(NumberedPartsMarkers) < 0)
                    || (regex == CrossAndMainAddressRegex() && text.AsSpan().IndexOfAny(CrossAndMainMarkers) < 0)
                    || (regex == HongKongFlatRegex() && text.AsSpan().IndexOfAny(HongKongFlatMarkers) < 0))
                {
                    continue;
                }

                var candidates = regex == StreetAddressRegex() ? StreetNumberWindows(scan) : scan.MatchesNearClusters(regex, 1, before, after);
                foreach (var (index, length) in candidates)
                {
                    if (regex == MalayStreetRegex() && !text.AsSpan(index, length).ContainsAnyInRange('0', '9'))
                    {
                        continue;
                    }

                    // "Coartem 80/480 bd x3/7": "bd" twice a day after a dose, not a boulevard.
                    if (regex == NumberFirstContinentalAddressRegex() && IsDoseTwiceDaily(text.AsSpan(index, length)))
                    {
                        continue;
                    }

                    // One numbered road alone may be anything ("the 2nd cross check"); with a house number, a second road or
                    // block, or a layout it is an address.
                    if (regex == CrossAndMainAddressRegex() && IsLoneNumberedRoad(text.AsSpan(index, length)))
                    {
                        continue;
                    }

                    scan.Add(PiiEntityType.StreetAddress, index, length, 0.85);
                    AddTownsAfterAddress(scan, index + length);
                }
            }

            if (text.AsSpan().IndexOfAny(HouseNumberMarkers) >= 0)
            {
                foreach (var (index, length) in scan.MatchesNearClusters(HouseNumberRegex(), 1, 12, 10))
                {
                    scan.Add(PiiEntityType.StreetAddress, index, length, 0.8);
                }
            }

            RecognizeNumberFirstCompoundStreets(scan);
            RecognizeInformalAddresses(scan);
            RecognizeDutchPostcodeTowns(scan);
            RecognizeFullStateZips(scan);
            if (scan.HasNonAscii)
            {
                RecognizeAdjectivalStreets(scan);
            }

            foreach (var m in StateZipCandidates(scan))
            {
                var city = m.Groups["city"];
                if (city.Success && !Lexicon.NotNames.Contains(city.ValueSpan))
                {
                    scan.Add(PiiEntityType.City, city.Index, city.Length, 0.8);
                }

                var zip = m.Groups["zip"];
                if (zip.Success)
                {
                    scan.Add(PiiEntityType.ZipCode, zip.Index, zip.Length, 0.9);
                }
            }

            foreach (var m in UkPostcodeCandidates(scan))
            {
                scan.Add(PiiEntityType.ZipCode, m.Index, m.Length, 0.85);
                // Only the words just before the postcode: the pattern is anchored at its end, and run over all the text
                // before each postcode it retried every earlier capital (a long capitalised run took minutes per line).
                var from = Math.Max(0, m.Index - CityBeforeReach);
                var city = CityBeforeRegex().Match(text, from, m.Index - from);
                if (city.Success && !Lexicon.NotNames.Contains(city.Groups["city"].ValueSpan))
                {
                    scan.Add(PiiEntityType.City, city.Groups["city"].Index, city.Groups["city"].Length, 0.75);
                }
            }

            // A bare ZIP is five digits (optionally -four) standing alone, and only counts after a ZIP keyword; four to six
            // digits after another country's word for a postcode ("cp 44160", "PLZ 8004", "pincode 560034").
            foreach (var (runStart, runEnd) in scan.DigitRuns)
            {
                if (runEnd - runStart is < 4 or > 6 || (runStart > 0 && (char.IsLetterOrDigit(text[runStart - 1]) || text[runStart - 1] is '-' or '.' or '$')))
                {
                    continue;
                }

                if (runEnd - runStart != 5)
                {
                    if ((runEnd == text.Length || !(char.IsLetterOrDigit(text[runEnd]) || text[runEnd] is '-' or '/' || (text[runEnd] is '.' or ',' && runEnd + 1 < text.Length && char.IsAsciiDigit(text[runEnd + 1]))))
                        && scan.CueBefore(runStart, OtherZipCues, 16))
                    {
                        scan.Add(PiiEntityType.ZipCode, runStart, runEnd - runStart, 0.85);
                    }

                    continue;
                }

                var end = runEnd;
                if (end + 5 <= text.Length && text[end] == '-' && !text.AsSpan(end + 1, 4).ContainsAnyExceptInRange('0', '9'))
                {
                    end += 5;
                }

                if ((end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-' || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
                    || !(scan.CueBefore(runStart, ZipCues, 24) || TextScan.AnswersQuestion(text, runStart, ZipQuestionCues)))
                {
                    continue;
                }

                scan.Add(PiiEntityType.ZipCode, runStart, end - runStart, 0.85);
            }

            // Only where a number is followed by a lower-case word: a phrase search over every text cost more.
            if (NumberBeforeWord(scan, null, allowLowerCaseOnly: true))
            {
                RecognizeLowerCaseAddresses(scan);
            }

            RecognizeOtherPostcodes(scan);
        }

        RecognizeStreetsAfterPrepositions(scan);
        RecognizeCities(scan);
        RecognizeLowerCaseTowns(scan);
        AddPlacesAfterResidence(scan);
        if (HasLowerCaseBeforeCapital(text))
        {
            RecognizePrefixedTowns(scan);
        }

        if (scan.HasDigit)
        {
            RecognizeStreetsAndPostcodesAfterPlaces(scan);
            RecognizeTownsBeforePostcodes(scan);
            RecognizeAddressLines(scan); // last: what the other rules read in the line keeps its type
            RecognizeNumberedQuarters(scan); // after: a labelled line's address takes its quarters whole
            RecognizeDwellings(scan); // after too: inside a labelled line the line's span covers the dwelling
            if (text.Contains("@ ", StringComparison.Ordinal))
            {
                RecognizeDispatchAddresses(scan);
            }
        }

        // A vectorised look for Cyrillic first: a search for non-ASCII phrases runs character by character.
        var cyrillic = text.AsSpan().IndexOfAnyInRange('\u0400', '\u04FF') >= 0;
        if (cyrillic && text.AsSpan().IndexOfAny(CyrillicAddressMarkers) >= 0)
        {
            RecognizeCyrillicAddresses(scan);
        }

        if (cyrillic || text.AsSpan().IndexOfAnyInRange('\u0386', '\u03CE') >= 0)
        {
            NonLatinTowns.Recognize(scan);
        }
    }

    /// <summary>
    /// "…Maple Avenue, Cambridge." — the capitalised words after an address are its town; a district and a town may follow
    /// one another ("4 Bóthar na Trá, Salthill, Galway", "15 Zik Avenue, Uwani, Enugu").
    /// </summary>
    private static void AddTownsAfterAddress(TextScan scan, int townFrom)
    {
        var text = scan.Text;
        for (var towns = 0; towns < 3; towns++)
        {
            var town = TownAfterAddressRegex().Match(text, townFrom);
            if (!town.Success || town.Index != townFrom || Lexicon.NotNames.Contains(town.Groups["city"].ValueSpan))
            {
                break;
            }

            scan.Add(PiiEntityType.City, town.Groups["city"].Index, town.Groups["city"].Length, 0.75);
            townFrom = town.Index + town.Length;
        }
    }

    /// <summary>
    /// "resident of Gbarnga, Rehab Community, Paynesville.", "reside en Colonia El Mezquital, Villa Nueva, …": after a town
    /// someone lives in, the capitalised parts that follow it up to the sentence's end are the rest of the address.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddPlacesAfterResidence(TextScan scan)
    {
        var count = scan.Candidates.Count;
        for (var c = 0; c < count; c++)
        {
            var place = scan.Candidates[c];
            if (place.Type == PiiEntityType.City && place.Score >= 0.5 && place.End < scan.Text.Length && scan.Text[place.End] == ','
                && scan.CueBefore(place.Start, ResidenceCues, 24))
            {
                AddTownsAfterAddress(scan, place.End);
            }
        }
    }

    // The endings of one-word street names in Dutch, Afrikaans, German, Nordic and Finnish ("Kerkstraat", "Lindenweg", "Storgatan").
    private static readonly string[] CompoundStreetEndings =
        ["straat", "strasse", "straße", "weg", "laan", "gracht", "kade", "singel", "steeg", "dreef", "gasse", "gade", "gatan", "vej", "veien", "vägen", "gate", "katu", "tie",
         // Danish and Norwegian streets with their article ("Skovvejen 12, st. tv.", "Storgaden 4", "Kirkegata 7").
         "vejen", "gaden", "gata"];

    /// <summary>
    /// Zulu and Xhosa join "in", "at" and "from" to the town as a prefix ("eMadadeni", "eNewcastle", "kwaMashu", "e-Section 4"):
    /// the town after the prefix, when the gazetteer knows it.
    /// </summary>
    private static void RecognizePrefixedTowns(TextScan scan)
    {
        foreach (var m in PrefixedTownRegex().EnumerateMatches(scan.Text))
        {
            var prefix = scan.Text.AsSpan(m.Index, m.Length).IndexOfAnyInRange('A', 'Z');
            var town = scan.Text.AsSpan(m.Index + prefix, m.Length - prefix);
            if (Towns.Contains(town) || Lexicon.Cities.Contains(town) || Lexicon.LargeTowns.Contains(town))
            {
                scan.Add(PiiEntityType.City, m.Index + prefix, m.Length - prefix, 0.7);
            }
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\-])(?:e|kwa|ku|se)-?[A-Z][a-z]{3,}(?![\p{L}])")]
    private static partial Regex PrefixedTownRegex();

    /// <summary>Whether a capital follows a short lower-case prefix inside a word ("eMadadeni", "kwaMashu", "e-Section"): rare in other languages.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasLowerCaseBeforeCapital(string text)
    {
        for (var i = text.AsSpan().IndexOfAnyInRange('A', 'Z'); i >= 0;)
        {
            var prefixEnd = i >= 2 && text[i - 1] == '-' ? i - 1 : i;
            var prefixStart = prefixEnd;
            while (prefixStart > 0 && char.IsAsciiLetterLower(text[prefixStart - 1]) && prefixEnd - prefixStart < 4)
            {
                prefixStart--;
            }

            if (prefixEnd - prefixStart is >= 1 and <= 3 && (prefixStart == 0 || !char.IsLetter(text[prefixStart - 1])))
            {
                return true;
            }

            var next = text.AsSpan(i + 1).IndexOfAnyInRange('A', 'Z');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    // The US states written out: a ZIP code after one ("Leeds, Alabama 35057", "Millersburg, Ohio 44654").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StateNames = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho",
         "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
         "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Hampshire", "Jersey", "Mexico", "York", "Carolina", "Dakota", "Ohio",
         "Oklahoma", "Oregon", "Pennsylvania", "Island", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A five-digit ZIP code after a US state written out, with an optional comma ("Alabama 35057", "Ohio, 44654-1234").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeFullStateZips(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start != 5 || start < 5 || text[start - 1] != ' ')
            {
                continue;
            }

            var plusFour = end + 5 <= text.Length && text[end] == '-' && !text.AsSpan(end + 1, 4).ContainsAnyExceptInRange('0', '9');
            var zipEnd = plusFour ? end + 5 : end;
            if (zipEnd < text.Length && (char.IsLetterOrDigit(text[zipEnd]) || text[zipEnd] == '-'))
            {
                continue;
            }

            // The word before the space, or before a comma and the space.
            var stateEnd = text[start - 2] == ',' ? start - 2 : start - 1;
            var stateStart = stateEnd;
            while (stateStart > 0 && char.IsLetter(text[stateStart - 1]) && stateEnd - stateStart < 14)
            {
                stateStart--;
            }

            if (stateEnd > stateStart && StateNames.Contains(text.AsSpan(stateStart, stateEnd - stateStart)))
            {
                scan.Add(PiiEntityType.ZipCode, start, zipEnd - start, 0.85);
            }
        }
    }

    /// <summary>
    /// A Dutch postcode before its town ("3817 KG Amersfoort", "8011 AB Zwolle"), as a letter's signature or an address
    /// without a label writes it: four digits, two capitals, then a town the gazetteer knows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeDutchPostcodeTowns(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            var i = end + (end < text.Length && text[end] == ' ' ? 1 : 0);
            if (end - start != 4 || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || i + 4 > text.Length
                || !char.IsAsciiLetterUpper(text[i]) || !char.IsAsciiLetterUpper(text[i + 1]) || text[i + 2] != ' ' || !char.IsUpper(text[i + 3]))
            {
                continue;
            }

            var townStart = i + 3;
            var townEnd = townStart + 1;
            while (townEnd < text.Length && (char.IsLetter(text[townEnd]) || text[townEnd] is '-' or '\''))
            {
                townEnd++;
            }

            var town = text.AsSpan(townStart, townEnd - townStart);
            if (Towns.Contains(town) || Lexicon.Cities.Contains(town) || Lexicon.LargeTowns.Contains(town))
            {
                scan.Add(PiiEntityType.ZipCode, start, i + 2 - start, 0.85);
                scan.Add(PiiEntityType.City, townStart, townEnd - townStart, 0.8);
            }
        }
    }

    // The endings of street names that Czech, Slovak, Polish and the South Slavic languages form as adjectives ("Kounicova",
    // "Vinohradská", "Vukovarska"), or decline after "na" and "przy" ("na Hlavnej", "przy Słowackiego").
    private static readonly string[] AdjectivalStreetEndings = ["ova", "ová", "ové", "eva", "ská", "ské", "ska", "ej", "ego"];

    /// <summary>
    /// A street named as an adjective with its house number and no street word, as Central and Eastern Europe write it:
    /// "Kounicova 12, 602 00 Brno", "na Hlavnej 45 v Prešove", "przy Słowackiego 12 m. 4". Only in text with letters outside
    /// ASCII (these languages' text nearly always has one), and only where the number ends the clause or a flat or town follows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeAdjectivalStreets(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start > 3 || start < 5 || text[start - 1] != ' ')
            {
                continue;
            }

            var word = TextScan.WordBefore(text, start, 24);
            if (word.Length < 4 || !char.IsUpper(word[0]) || !EndsWithAny(word, AdjectivalStreetEndings))
            {
                continue;
            }

            // "684/12", "12a", "12 m. 4": the house's and the flat's numbers.
            var i = end;
            if (i + 1 < text.Length && text[i] == '/' && char.IsAsciiDigit(text[i + 1]))
            {
                i += 2;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else if (i < text.Length && char.IsAsciiLetterLower(text[i]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
            {
                i++;
            }

            if (text.AsSpan(i).StartsWith(" m. ", StringComparison.Ordinal) && i + 4 < text.Length && char.IsAsciiDigit(text[i + 4]))
            {
                i += 4;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }

            var rest = text.AsSpan(i);
            if (!(rest.IsEmpty || rest[0] is ',' or ';' or '\n' or '?' or '!' or ')' || (rest[0] == '.' && (rest.Length == 1 || !char.IsAsciiDigit(rest[1])))
                || rest.StartsWith(" v ", StringComparison.Ordinal) || rest.StartsWith(" w ", StringComparison.Ordinal) || rest.StartsWith(" ve ", StringComparison.Ordinal)
                || rest.StartsWith(" we ", StringComparison.Ordinal) || rest.StartsWith(" u ", StringComparison.Ordinal)))
            {
                continue;
            }

            var wordStart = start - 1 - word.Length;
            if (!scan.HasCandidate(PiiEntityType.StreetAddress, wordStart))
            {
                scan.Add(PiiEntityType.StreetAddress, wordStart, i - wordStart, 0.8);
            }
        }
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Quarters, houses and flats numbered before their word, as Uzbek and Azerbaijani addresses write them ("9-kvartal, 14-uy,
    /// 27-xonadon", "9-cu mikrorayon, ev 31, mənzil 48", "5-мавзе, 12-уй"): only after a number joined by a hyphen to one of
    /// these words, so no text is searched for them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeNumberedQuarters(TextScan scan)
    {
        var text = scan.Text;
        var covered = 0;
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (start < covered || end - start > 3 || end + 3 >= text.Length || text[end] != '-' || !char.IsLetter(text[end + 1])
                || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-')))
            {
                continue;
            }

            var length = MatchLengthAt(NumberedQuarterRegex(), text, start);
            if (length > 0)
            {
                scan.Add(PiiEntityType.StreetAddress, start, length, 0.8);
                covered = start + length;
            }
        }
    }

    [GeneratedRegex(@"\G\d{1,3}-(?:kvartal|mavzesi|mavze|uy|xonadon|mikrorayon|(?:cu|ci|cü|cı|ncu|nci|ncü|ncı) mikrorayon|квартал|мавзе|уй|хонадон)(?![\p{L}])(?:,? (?:\d{1,3}-(?:uy|xonadon|уй|хонадон)|ev \d{1,4}|mənzil \d{1,4}|xonadon \d{1,4}))*")]
    private static partial Regex NumberedQuarterRegex();

    /// <summary>
    /// A house number before a one-word street ("Are you still at 7 Kerkstraat, Riebeek-Kasteel?", as South Africa writes
    /// Afrikaans streets; "12 Lindenweg"): the street's ending says what it is, and the town may follow.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeNumberFirstCompoundStreets(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            var wordStart = end + 1;
            if (end - start > 4 || wordStart + 5 > text.Length || text[end] != ' ' || !char.IsUpper(text[wordStart])
                || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or ',' or '/' or '-')))
            {
                continue;
            }

            var wordEnd = wordStart + 1;
            while (wordEnd < text.Length && char.IsLower(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (word.Length < 6 || (wordEnd < text.Length && char.IsLetterOrDigit(text[wordEnd])) || scan.HasCandidate(PiiEntityType.StreetAddress, start))
            {
                continue;
            }

            foreach (var ending in CompoundStreetEndings)
            {
                if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length > ending.Length + 2)
                {
                    scan.Add(PiiEntityType.StreetAddress, start, wordEnd - start, 0.8);
                    AddTownsAfterAddress(scan, wordEnd);
                    break;
                }
            }
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotStreetWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Room", "Terminal", "Gate", "Ward", "Bed", "Level", "Platform", "Page", "Chapter", "Section", "Article", "Table", "Figure", "Version",
         "Step", "Day", "Week", "Year", "Grade", "Class", "Type", "Stage", "Phase", "Bay", "Box", "Line", "Route", "Bus", "Tram", "Train", "Flight",
         "Seat", "Row", "Zone", "Sector", "Wave", "Dose", "Cycle", "Lot", "Batch", "Item", "Part", "Ticket", "Case", "Claim", "Order"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The street after a town that was named first ("ze woont in Sexbierum, Buorren 14, 8855 HD", "Elva, Kesk 12-4, 61507"),
    /// and a postcode with no town after any street ("ul. Zdrojowa 8/3, 34-460."): each is read only right after what
    /// was found before it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeStreetsAndPostcodesAfterPlaces(TextScan scan)
    {
        var text = scan.Text;
        var count = scan.Candidates.Count;
        for (var i = 0; i < count; i++)
        {
            var candidate = scan.Candidates[i];
            var end = candidate.Start + candidate.Length;
            if (candidate.Type == PiiEntityType.City && end + 5 <= text.Length && text[end] == ' ' && CodeAfterTownLength(scan, candidate.Start, end) is var codeLength and > 0)
            {
                scan.Add(PiiEntityType.ZipCode, end + 1, codeLength, 0.75);
                continue;
            }

            if (candidate.Type is not (PiiEntityType.City or PiiEntityType.StreetAddress) || end + 4 > text.Length || text[end] != ',' || text[end + 1] != ' ')
            {
                continue;
            }

            if (candidate.Type == PiiEntityType.City && char.IsUpper(text[end + 2]))
            {
                // Each pattern starts with the ", " it is read after (\G): the value is the rest of the match.
                var streetLength = MatchLengthAt(StreetAfterTownRegex(), text, end);
                if (streetLength <= 2 || NotStreetWords.Contains(text.AsSpan(end + 2, text.AsSpan(end + 2).IndexOf(' '))))
                {
                    continue;
                }

                scan.Add(PiiEntityType.StreetAddress, end + 2, streetLength - 2, 0.75);
                end += streetLength;
            }

            var postcodeLength = MatchLengthAt(PostcodeAfterStreetRegex(), text, end);
            if (postcodeLength > 2 && !scan.HasCandidate(PiiEntityType.ZipCode, end + 2))
            {
                scan.Add(PiiEntityType.ZipCode, end + 2, postcodeLength - 2, 0.75);
            }
        }
    }

    /// <summary>
    /// Four to six digits after a town that ends an address ("Petaling Jaya 47300.", "…Apt 4 Eugene 97402", "Mount Gravatt East
    /// 4122, 19 Wecker Rd"): the line or sentence ends after them, or the town followed a comma. Not a year.
    /// </summary>
    private static int CodeAfterTownLength(TextScan scan, int townStart, int townEnd)
    {
        var text = scan.Text;
        var i = townEnd + 1;
        var digitsEnd = i;
        while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]))
        {
            digitsEnd++;
        }

        var length = digitsEnd - i;
        if (length is < 4 or > 6 || (length == 4 && text.AsSpan(i, 2) is "19" or "20") || scan.HasCandidate(PiiEntityType.ZipCode, i))
        {
            return 0;
        }

        var endsLine = digitsEnd == text.Length || text[digitsEnd] is '\n' or '\r' or ';' or ')' || (text[digitsEnd] is '.' or ',' or '!' or '?'
            && (digitsEnd + 1 == text.Length || !char.IsAsciiDigit(text[digitsEnd + 1])));
        var afterComma = townStart >= 2 && text[townStart - 1] == ' ' && text[townStart - 2] == ',';
        return endsLine || (afterComma && (text[digitsEnd] == ' ' || endsLine)) ? length : 0;
    }

    /// <summary>
    /// The town before a postcode found by any rule ("Cois Abhann, Ennis, V95 KX31", "Dungarvan, Co. Waterford X35 HW96"): a
    /// capitalised name right before it that the gazetteer knows, or that follows a comma as the last part of an address.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeTownsBeforePostcodes(TextScan scan)
    {
        var text = scan.Text;
        var count = scan.Candidates.Count;
        for (var i = 0; i < count; i++)
        {
            var candidate = scan.Candidates[i];
            if (candidate.Type != PiiEntityType.ZipCode || candidate.Start < 4)
            {
                continue;
            }

            var end = candidate.Start - 1;
            if (text[end] != ' ')
            {
                continue;
            }

            if (text[end - 1] == ',')
            {
                end--;
            }

            // Back over one to three capitalised words, one space between.
            var start = end;
            var words = 0;
            while (words < 3)
            {
                var wordStart = start;
                while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '\''))
                {
                    wordStart--;
                }

                // A state's or region's code ("Montpelier VT 05602") is no part of the town.
                if (wordStart == start || !char.IsUpper(text[wordStart]) || start - wordStart < 2 || !char.IsLower(text[start - 1]))
                {
                    break;
                }

                start = wordStart;
                words++;
                var previous = start - 1;
                if (previous < 1 || text[previous] != ' ' || !char.IsLetter(text[previous - 1]))
                {
                    break;
                }

                while (previous > 0 && char.IsLetter(text[previous - 1]))
                {
                    previous--;
                }

                if (!char.IsUpper(text[previous]))
                {
                    break;
                }

                start--; // onto the space: the next round reads the word before it
            }

            if (text[start] == ' ')
            {
                start++;
            }

            if (words == 0 || start == end || scan.HasCandidate(PiiEntityType.City, -1, end) || scan.HasCandidate(PiiEntityType.StreetAddress, -1, end))
            {
                continue;
            }

            var town = text.AsSpan(start, end - start);
            var afterComma = start >= 2 && text[start - 1] == ' ' && text[start - 2] == ',';
            if (town.Length >= 3 && !Lexicon.NotNames.Contains(town) && (Towns.Contains(town) || Lexicon.Cities.Contains(town) || afterComma))
            {
                scan.Add(PiiEntityType.City, start, town.Length, 0.7);
            }
        }
    }

    /// <summary>The length of a match of <paramref name="regex"/> (anchored with \G) at <paramref name="at"/>; 0 when none. Allocates nothing.</summary>
    private static int MatchLengthAt(Regex regex, string text, int at)
    {
        foreach (var m in regex.EnumerateMatches(text, at))
        {
            return m.Index == at ? m.Length : 0;
        }

        return 0;
    }

    // The number ends the street: not the thousands of an amount ("Reliance Smart, Rs 4,218.00").
    [GeneratedRegex(@"\G, (?<street>\p{Lu}\p{Ll}+(?: \p{L}\p{Ll}+){0,2} \d{1,4}[a-zA-Z]?(?:[/\-]\d{1,4})?)(?=[,.](?!\d)|[;\n?!)]|$)")]
    private static partial Regex StreetAfterTownRegex();

    // Polish 34-460, Czech, Slovak, Swedish and Greek 059 40, Dutch 8855 HD, four or five digits; the text or the sentence ends after it.
    [GeneratedRegex(@"\G, (?<zip>\d{2}-\d{3}|\d{3} \d{2}|\d{4} ?[A-Z]{2}|(?!19\d\d\b|20\d\d\b)\d{4,5})(?=[,;:\n?!)]|$|\.(?!\s?\d))")]
    private static partial Regex PostcodeAfterStreetRegex();

    // Labels of an address line in forms and letters, in ASCII so that their search stays vectorised.
    private static readonly System.Buffers.SearchValues<string> AddressLabels = System.Buffers.SearchValues.Create(
        ["address:", "addr:", "adres:", "adresse:", "adresse :", "direccion:", "indirizzo:", "adresa:", "osoite:", "anschrift:",
         "domicilio:", "domiciliu:", "wohnhaft:", "adress:", "home address:", "residential address:", "add:", "alamat:", "tirahan:", "anwani:",
         "adresas:", "adrese:", "wohnort:", "endereco:", "residence:", " r/o ",
         // The Estonian label, and the French "domicile" of police and hospital forms. (Not Uzbek "manzil:", Icelandic
         // "heimilisfang:" or Turkish "adresi:": the search looks for each label's first letters first, and "man" and "hei" open
         // too many English words; with them all analysis measured about a tenth slower.)
         "aadress:", "domicile:", "domicile :",
         // Zulu and Xhosa "ikheli" (address).
         "ikheli:"], StringComparison.OrdinalIgnoreCase);

    // The same labels with letters outside ASCII, searched only in texts that have such letters ("Bydliště:", "Διεύθυνση:").
    private static readonly System.Buffers.SearchValues<string> NonAsciiAddressLabels = System.Buffers.SearchValues.Create(
        ["bydliště:", "διεύθυνση:", "адрес:", "адреса:", "lakcím:", "endereço:", "dirección:", "địa chỉ:", "adresă:",
         // Address in Kyrgyz, Kazakh, Mongolian, Belarusian, Uzbek and Azerbaijani Cyrillic and Latin.
         "дареги:", "дарек:", "мекенжай:", "мекенжайы:", "хаяг:", "адрас:", "манзил:", "ünvan:",
         // Uzbek "address of residence", Tajik "address" and "my address", Azerbaijani "their address".
         "манзили:", "суроға:", "суроғаи:", "суроғаи ман:", "ünvanı:",
         // Turkmen "salgysy" (address), searched here as its texts nearly always have a letter outside ASCII.
         "salgysy:", "salgy:"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A form's address line ("Address: H.No. 118, Sector 15, Rohini 110089", "Address: #17, 3rd Cross, Ejipura, Bengaluru
    /// 560047", "Address: House B-214, Block 13-D, Gulshan-e-Iqbal, Karachi"): whatever the country's way of writing it, the
    /// rest of the line after the label is the address when it holds a number. It ends at the line's end or at the next
    /// field (" | ", "; ").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeAddressLines(TextScan scan)
    {
        var text = scan.Text;
        ReadLabelledAddressLines(scan, AddressLabels);
        if (scan.HasNonAscii)
        {
            ReadLabelledAddressLines(scan, NonAsciiAddressLabels);
        }

        RecognizeAddressAnswers(scan);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadLabelledAddressLines(TextScan scan, System.Buffers.SearchValues<string> labels)
    {
        var text = scan.Text;
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text.AsSpan(offset).IndexOfAny(labels);
            if (at < 0)
            {
                break;
            }

            var labelStart = offset + at;
            // "R/o Flat 7, Lane 5, Aundh, 411007": India's "resident of" has no colon.
            var start = text.AsSpan(labelStart).StartsWith(" r/o ", StringComparison.OrdinalIgnoreCase) ? labelStart + 5 : text.IndexOf(':', labelStart) + 1;
            offset = start;
            // "emailaddress:", and an IP, e-mail, MAC, web or wallet address is no one's home.
            var before = TextScan.WordBefore(text, labelStart, 8);
            if ((labelStart > 0 && char.IsLetter(text[labelStart - 1])) || before.Equals("ip", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("mail", StringComparison.OrdinalIgnoreCase) || before.Equals("mac", StringComparison.OrdinalIgnoreCase)
                || before.Equals("web", StringComparison.OrdinalIgnoreCase) || before.Equals("wallet", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            // A clinician's "r/o dengue" (rule out) before a lower-case word: "resident of" opens an address, a number or a name.
            if (text[labelStart + 1] is 'r' && start < text.Length && char.IsLower(text[start]))
            {
                continue;
            }

            ReadAddressLine(scan, start);
        }
    }

    // Questions for an address or a home area on a dialogue's line ("Address?", "Current address?", "Which area do you live?").
    private static readonly System.Buffers.SearchValues<string> AddressQuestionCues = System.Buffers.SearchValues.Create(
        ["address", "adres", "direcci", "endere", "indirizzo", "anschrift", "where do you live", "where do you stay", "which area",
         "what area", "where are you based", "where are you located", "where do you reside", "where does she live", "where does he live", "elukoht", "wohnort", "woonplaats", "bosted", "bostad", "bopæl",
         "lakcím", "adresa", "adrese", "adreça", "morada", "domicilio", "domicile", "residencia", "адрес", "адреса", "διεύθυνση",
         // Where do you live in Swahili, Tagalog, Portuguese, Spanish, French, German, Polish, Czech, Turkish and Indonesian.
         "wapi", "nakatira", "tirahan", "onde mora", "dónde vive", "donde vive", "où habite", "wo wohn", "gdzie mieszka", "kde bydl",
         "nerede otur", "tinggal di mana", "alamat",
         // Where what is reported is going on, at someone's home as often as not ("Where is this?\nCaller: Plot 2231, Chelstone"),
         // and the village or estate someone is from. Not "where did it happen": a theft's street or shop names no one.
         "where is this", "which village", "what village", "which estate"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The answer to a question for the address in a dialogue ("Nurse: Address?\nRelative: H/No. C 245/4, Mamprobi, Accra."):
    /// the answer's line is read as a form's address line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeAddressAnswers(TextScan scan)
    {
        var text = scan.Text;
        var offset = 0;
        while (true)
        {
            var at = text.IndexOf("?\n", offset, StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            offset = at + 2;
            var questionStart = text.LastIndexOf('\n', at) + 1;
            if (at - questionStart > 160 || text.AsSpan(questionStart, at - questionStart).IndexOfAny(AddressQuestionCues) < 0)
            {
                continue;
            }

            // "Yes, still there", "tak. i jeszcze przelew 1 200 zł": an answer that confirms the address holds none.
            var answer = TextScan.AfterSpeakerLabel(text, offset);
            var firstWordEnd = answer;
            while (firstWordEnd < text.Length && char.IsLetter(text[firstWordEnd]))
            {
                firstWordEnd++;
            }

            if (!NoAddress.Contains(text.AsSpan(answer, firstWordEnd - answer)))
            {
                ReadAddressLine(scan, answer);
            }
        }
    }

    /// <summary>Reads an address line from <paramref name="start"/> to its end (see <see cref="RecognizeAddressLines"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadAddressLine(TextScan scan, int start)
    {
        var text = scan.Text;

        // The line's end, the next field, or a sentence's end ("…, 67000 Strasbourg. Le devis …", "…, хонаи 12. шиносномаам …";
        // not "St. Mary's", "H.No. 118").
        var end = start;
        while (end < text.Length && end - start < 120 && text[end] is not ('\n' or '\r' or '|' or ';' or '?' or '!')
            && !(text[end] == '.' && end + 2 < text.Length && text[end + 1] == ' '
                 && ((char.IsUpper(text[end + 2]) && EndsSentence(text, end)) || (char.IsAsciiDigit(text[end - 1]) && char.IsLower(text[end + 2])))))
        {
            end++;
        }

        // What the other rules read in the line keeps its type; the stretches between (house numbers, sectors, blocks,
        // flats and postcodes no rule knows) are the address ("H.No. 118, Sector 15" before "Rohini 110089"; "3º 1ª, 08001"
        // after "C/ de Sant Pau 88"). A phone number or e-mail after its word ends the line ("…, 0452 Oslo, tlf. 28 41 93 67").
        var contact = text.AsSpan(start, end - start).IndexOfAny(ContactWords);
        end = contact >= 0 ? start + contact : end;
        var position = start;
        while (position < end)
        {
            var covered = CoveredUntil(scan, position);
            if (covered > position)
            {
                position = covered;
                continue;
            }

            var gapEnd = end;
            foreach (var candidate in scan.Candidates)
            {
                if (candidate.Start > position && candidate.Start < gapEnd)
                {
                    gapEnd = candidate.Start;
                }
            }

            AddAddressStretch(scan, position, gapEnd);
            position = gapEnd;
        }
    }

    /// <summary>The end of the candidates that cover <paramref name="position"/>; <paramref name="position"/> itself when none does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CoveredUntil(TextScan scan, int position)
    {
        var until = position;
        foreach (var candidate in scan.Candidates)
        {
            if (candidate.Start <= position && candidate.Start + candidate.Length > position)
            {
                until = Math.Max(until, candidate.Start + candidate.Length);
            }
        }

        return until;
    }

    /// <summary>
    /// Adds a stretch of an address line: as a street address when, trimmed of separators, it holds a number; otherwise
    /// each comma-separated part written as a name is a district or town ("off Itire Road, Ijeshatedo", "Al-Noor
    /// Residency, Tolichowki"). A country or a region is kept, and so is a line's "Unknown" or "Same as above".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddAddressStretch(TextScan scan, int start, int end)
    {
        var text = scan.Text;
        while (start < end && text[start] is ' ' or ',' or '-' or '(')
        {
            start++;
        }

        var value = text.AsSpan(start, end - start).TrimEnd(" .,-(");
        // The parts up to the last one with a number are the street ("H/No. C 245/4"); the named parts after it, districts.
        var lastNumber = value.LastIndexOfAnyInRange('0', '9');
        if (lastNumber >= 0)
        {
            var comma = value[lastNumber..].IndexOf(',');
            var streetEnd = comma >= 0 ? lastNumber + comma : value.Length;
            if (streetEnd >= 3 && (char.IsLetterOrDigit(value[0]) || value[0] == '#'))
            {
                scan.Add(PiiEntityType.StreetAddress, start, value[..streetEnd].TrimEnd(" .,-(").Length, 0.8);
            }

            start += streetEnd;
            value = value[streetEnd..];
        }

        foreach (var range in value.SplitAny(',', '/'))
        {
            var part = value[range];
            var partStart = start + range.Start.Value + (part.Length - part.TrimStart().Length);
            part = part.Trim();
            if (IsPlaceNamePart(part))
            {
                var type = part.IndexOfAny(StreetTypeWords) >= 0 || part.StartsWith("off ", StringComparison.Ordinal) ? PiiEntityType.StreetAddress : PiiEntityType.City;
                scan.Add(type, partStart, part.Length, 0.7);
            }
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AddressLineJoiners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["off", "of", "de", "del", "la", "da", "do", "dos", "das", "di", "van", "der", "den", "von", "am", "an", "upon", "on", "the", "e", "y",
         // "Světlá nad Sázavou", "Frankfurt an der Oder", "Châlons-sur-Marne" written apart, "Ústí nad Labem".
         "nad", "pod", "na", "pri", "sur", "sous", "lès", "im", "ob", "bei",
         // Mongolian and Kazakh write the kind of place after its name ("Улаанбаатар хот", "Алматы қ.", "Әуезов ауданы").
         "хот", "дүүрэг", "аймаг", "сум", "қ.", "қаласы", "ауданы", "облысы",
         // Swahili "of" inside a place's name, and Arabic's article in a Latin spelling ("Mtaa wa Makumbusho", "Dar es Salaam").
         "wa", "es"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoAddress = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Unknown", "None", "Same", "Withheld", "Homeless", "Redacted", "Confidential", "Yes", "No", "Ja", "Nee", "Oui", "Non", "Sí", "Si", "Sim", "Nein", "Tak", "Nie",
         "Yep", "Yeah", "Yup",
         // Chat's assents ("ya same. she still taking Metformin 500mg BD", "correct, same address", "ok", "right").
         "Ya", "Yah", "Yea", "Correct", "Ok", "Okay", "Right", "Sure", "Confirmed", "Still", "Exactly", "Betul", "Opo", "Oo", "Haan", "Ji"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a part of an address line is a place's name: one to four words, each capitalised or a joiner ("off", "de"), not a region or country.</summary>
    private static bool IsPlaceNamePart(ReadOnlySpan<char> part)
    {
        if (part.Length < 3 || part.Length > 40 || Lexicon.Regions.Contains(part))
        {
            return false;
        }

        var words = 0;
        var capitalised = 0;
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 4 || (words == 1 && NoAddress.Contains(word.TrimEnd('.'))))
            {
                return false;
            }

            if (char.IsUpper(word[0]))
            {
                // "Col. Americana" opens with an abbreviation; "C.P." or "Jal." alone is none of a place's name.
                if (word.Contains('.') && (words > 1 || word.Length == part.Length || word.IndexOf('.') < word.Length - 1))
                {
                    return false;
                }

                capitalised++;
            }
            else if (!AddressLineJoiners.Contains(word))
            {
                return false;
            }
        }

        return capitalised > 0;
    }

    // Where an address line goes on with a phone number or e-mail ("…, 0452 Oslo, tlf. 28 41 93 67").
    private static readonly System.Buffers.SearchValues<string> ContactWords = System.Buffers.SearchValues.Create(
        [" tel", " tlf", " phone", " mob", " ph:", " email", " e-mail", " fax", " cell"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the full stop at <paramref name="dot"/> ends a sentence: after a word of four letters or more, or after digits ("…, 08001. Solicitud").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsSentence(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        return word.Length >= 4 || (word.Length > 0 && !word.ContainsAnyExceptInRange('0', '9'));
    }

    private static readonly System.Buffers.SearchValues<string> CyrillicAddressMarkers = System.Buffers.SearchValues.Create(
        ["ул.", "вул.", "г. ", "м. ", "пр.", "просп.", "пер.", "бул."], StringComparison.Ordinal);

    /// <summary>
    /// Russian and Ukrainian addresses: "г. Москва, ул. Маршала Бирюзова, д. 12, кв. 48", "вул. Соборна 17, кв. 4", "м. Бровари".
    /// The abbreviations for town, street, house and flat say what each part is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeCyrillicAddresses(TextScan scan)
    {
        var text = scan.Text;
        foreach (var m in CyrillicTownRegex().EnumerateMatches(text))
        {
            var prefix = text.AsSpan(m.Index, m.Length).IndexOf(' ') is var space and >= 0 ? space + 1 : 2;
            scan.Add(PiiEntityType.City, m.Index + prefix, m.Length - prefix, 0.8);
        }

        foreach (var m in CyrillicStreetRegex().EnumerateMatches(text))
        {
            scan.Add(PiiEntityType.StreetAddress, m.Index, m.Length, 0.85);
        }
    }

    // "г. Москва", "м. Київ", "с. Петрівка", "г.Химки": a town after its abbreviation (not inside a word).
    [GeneratedRegex(@"(?<![\p{L}\d])(?:г|гр|м|с|смт)\.\s?\p{Lu}[\p{Ll}\-]+(?:\s\p{Lu}[\p{Ll}\-]+)?")]
    private static partial Regex CyrillicTownRegex();

    // "ул. Маршала Бирюзова, д. 12, кв. 48", "вул. Соборна 17, кв. 4", "просп. Миру, 5": street, house and flat.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:ул|вул|пр|просп|пер|бул|пл)\.\s?(?:[„""«]?\p{L}+[“""»]?[\s\-]?){1,4}?,?\s*(?:(?:д|буд)\.\s*)?\d{1,4}[а-яА-ЯіІ]?(?:/\d{1,3})?(?:,?\s*(?:кв|корп|стр|к)\.\s*\d{1,4})*")]
    private static partial Regex CyrillicStreetRegex();

    private static readonly System.Buffers.SearchValues<string> LowerCaseAddressMarkers = System.Buffers.SearchValues.Create(LowerCaseAddressPhrases, StringComparison.Ordinal);

    private static readonly CueSet LowerCaseAddressCues = new([.. LowerCaseAddressPhrases, "address is"]);

    /// <summary>
    /// "i live at 14 maple street, leeds": chat users type addresses in lower case. Only after a cue that introduces an
    /// address, and the town after it only when the city lexicon knows it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeLowerCaseAddresses(TextScan scan)
    {
        var text = scan.Text;
        var cued = text.AsSpan().IndexOfAny(LowerCaseAddressMarkers) >= 0;
        if (!cued && text.AsSpan().IndexOfAny(LowerCaseStreetTypes) < 0)
        {
            return;
        }

        foreach (var m in LowerCaseStreetAddressRegex().EnumerateMatches(text))
        {
            // Without a cue such as "i live at", the address must read as one by itself: a unit ("apt 4R"), a postcode,
            // ZIP or known town after it, or a word such as "at" or "is" right before it ("still at 22b cranbrook rd").
            if (!(cued && scan.CueBefore(m.Index, LowerCaseAddressCues, 24)) && !AddressByItself(scan, m.Index, m.Length))
            {
                continue;
            }

            scan.Add(PiiEntityType.StreetAddress, m.Index, m.Length, 0.8);

            // The town after it: "…, leeds" or "… in springfield".
            var after = text.AsSpan(m.Index + m.Length);
            var gap = after.StartsWith(", ") ? 2 : after.StartsWith(" in ") ? 4 : after.StartsWith(' ') ? 1 : 0;
            if (gap > 0)
            {
                AddLowerCaseTown(scan, m.Index + m.Length + gap, 0.75);
            }

            // "… chicago il 60610": a state code and a ZIP after the town.
            foreach (var zip in LowerCaseStateZipRegex().EnumerateMatches(text.AsSpan(m.Index + m.Length, Math.Min(40, text.Length - m.Index - m.Length))))
            {
                scan.Add(PiiEntityType.ZipCode, m.Index + m.Length + zip.Index + zip.Length - 5, 5, 0.8);
                break;
            }

            // And a UK postcode typed in lower case within the next few words ("…, bradford, bd7 1aj").
            var from = m.Index + m.Length;
            var to = Math.Min(text.Length, from + 40);
            foreach (var postcode in LowerCaseUkPostcodeRegex().EnumerateMatches(text.AsSpan(from, to - from)))
            {
                if (from + postcode.Index + postcode.Length < to || to == text.Length)
                {
                    scan.Add(PiiEntityType.ZipCode, from + postcode.Index, postcode.Length, 0.8);
                }
            }
        }
    }

    // Street types as typed in lower case, searched before the pattern runs on a text with no address cue.
    private static readonly System.Buffers.SearchValues<string> LowerCaseStreetTypes = System.Buffers.SearchValues.Create(
        // Short needles make the search verify many false starts: only the common street words beyond the first list.
        [" street", " st ", " st,", " road", " rd ", " rd,", " avenue", " ave ", " ave,", " lane", " drive", " grove", " crescent", " terrace",
         " dr ", " dr,", " close", " court", " place"],
        StringComparison.Ordinal);

    private static readonly CueSet AddressByItselfCues = new("at", "is", "to", "on", "from", "address", "addr", "home", "house", "mine is", "its", "it's", "live", "lives");

    /// <summary>Whether a lower-case street address with no cue phrase before it still reads as someone's address.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AddressByItself(TextScan scan, int start, int length)
    {
        var text = scan.Text;
        var match = text.AsSpan(start, length);
        if (match.Contains(" apt", StringComparison.Ordinal) || match.Contains(" apartment", StringComparison.Ordinal)
            || match.Contains(" flat", StringComparison.Ordinal) || match.Contains(" unit", StringComparison.Ordinal) || match.Contains('#'))
        {
            return true;
        }

        var end = start + length;
        var after = text.AsSpan(end, Math.Min(40, text.Length - end));
        return LowerCaseStateZipRegex().IsMatch(after) || LowerCaseUkPostcodeRegex().IsMatch(after)
            || (after.StartsWith(", ") && LowerCaseTownAt(text, end + 2)) || (after.StartsWith(" ") && LowerCaseTownAt(text, end + 1))
            || scan.CueBefore(start, AddressByItselfCues, 10);
    }

    /// <summary>
    /// Postcodes of other countries: five digits or "NNNN-NNN" before the town at the end of a European address
    /// ("…, 80331 München", "…, 4050-262 Porto"), and Canadian "H2Y 1Z8" (letter, digit, letter — a shape nothing else has).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeOtherPostcodes(TextScan scan)
    {
        var text = scan.Text;
        var runs = scan.DigitRuns;
        for (var r = 0; r < runs.Count; r++)
        {
            var (start, end) = runs[r];
            if (end - start == 1)
            {
                if (start >= 1 && end + 5 <= text.Length && char.IsAsciiLetterUpper(text[start - 1]) && char.IsAsciiLetterUpper(text[end])
                    && (start < 2 || !char.IsLetterOrDigit(text[start - 2])))
                {
                    var window = text.AsSpan(start - 1, Math.Min(8, text.Length - start + 1));
                    foreach (var m in CanadianPostcodeRegex().EnumerateMatches(window))
                    {
                        scan.Add(PiiEntityType.ZipCode, start - 1, m.Length, 0.8);
                    }
                }

                continue;
            }

            // Argentina's CPA, a province's letter, four digits and three letters ("Caballito (C1424CEV)"), and Barbados's
            // "BB" and five digits ("St. James BB23026"): shapes nothing else has.
            if (end - start == 4 && start >= 1 && end + 3 <= text.Length && char.IsAsciiLetterUpper(text[start - 1]) && text[start - 1] is not ('I' or 'O')
                && (start < 2 || !char.IsLetterOrDigit(text[start - 2])) && char.IsAsciiLetterUpper(text[end]) && char.IsAsciiLetterUpper(text[end + 1])
                && char.IsAsciiLetterUpper(text[end + 2]) && (end + 3 == text.Length || !char.IsLetterOrDigit(text[end + 3])))
            {
                scan.Add(PiiEntityType.ZipCode, start - 1, 8, 0.8);
                continue;
            }

            // The CPA's older form, the province's letter and four digits, after the street and before a listed town ("Bv. San
            // Juan 1240, X5000 Córdoba").
            if (end - start == 4 && start >= 3 && char.IsAsciiLetterUpper(text[start - 1]) && text[start - 1] is not ('I' or 'O')
                && text[start - 2] == ' ' && text[start - 3] == ',' && end + 2 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])
                && CityFirstWords.Contains(LettersAt(text, end + 1)))
            {
                scan.Add(PiiEntityType.ZipCode, start - 1, 5, 0.8);
                continue;
            }

            if (end - start == 5 && start >= 2 && text[start - 1] == 'B' && text[start - 2] == 'B' && (start < 3 || !char.IsLetterOrDigit(text[start - 3]))
                && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                scan.Add(PiiEntityType.ZipCode, start - 2, 7, 0.8);
                continue;
            }

            // Australia: a state and four digits ("Toowong QLD 4066"). The Netherlands: four digits and two capitals before
            // the town ("1016 GV Amsterdam").
            if (end - start == 4 && start >= 4 && text[start - 1] == ' ' && AustralianState(text.AsSpan(0, start - 1))
                && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                scan.Add(PiiEntityType.ZipCode, start, 4, 0.8);
                continue;
            }

            if (end - start == 4 && text[start] != '0' && end + 4 < text.Length && text[end] == ' ' && char.IsAsciiLetterUpper(text[end + 1])
                && char.IsAsciiLetterUpper(text[end + 2]) && text[end + 3] == ' ' && char.IsUpper(text[end + 4])
                && start >= 2 && text[start - 1] == ' ' && text[start - 2] == ',' && !Units.Contains(text.AsSpan(end + 1, 2)))
            {
                scan.Add(PiiEntityType.ZipCode, start, 7, 0.8);
                continue;
            }

            // "Johannesburg 2193", "Mumbai 400069", "Singapore 560412": four or six digits after a known town, not a year
            // (six after any town that follows a comma: an Indian PIN, "Varthur Road, Bengaluru 560087").
            // An Indian PIN after a dash too ("HSR Layout, Bengaluru - 560102").
            var gap = end - start == 6 && start >= 6 && text[start - 1] == ' ' && text[start - 2] == '-' && text[start - 3] == ' ' ? 2 : 0;
            if (end - start is 4 or 6 && start >= 4 && text[start - 1] == ' ' && char.IsLetter(text[start - 2 - gap])
                && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || (text[end] is '-' or '/' or '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))))
            {
                var knownTownStart = start - 2 - gap;
                while (knownTownStart > 0 && char.IsLetter(text[knownTownStart - 1]))
                {
                    knownTownStart--;
                }

                // Or any town that ends an address: after a comma, with a house number earlier on the line ("56 Tui Street,
                // Ōtaki 5512", "1183 Vilakazi Street, Orlando West, Soweto 1804").
                // Four digits that read as a year count only after an address ("Hillbrow, Johannesburg 2001, cell …"), not
                // after a town alone ("Johannesburg 2019").
                var knownTown = text.AsSpan(knownTownStart, start - 1 - gap - knownTownStart);
                var yearLike = end - start == 4 && text.AsSpan(start, 2) is "19" or "20";
                if (knownTown.Length >= 3 && char.IsUpper(text[knownTownStart])
                    && (yearLike ? AddressBefore(text, knownTownStart) && knownTownStart >= 2 && text[knownTownStart - 2] == ','
                        : CitiesAnyCase.Contains(knownTown) || (knownTown.Length >= 4 && !Lexicon.NotNames.Contains(knownTown)
                        && (AddressBefore(text, knownTownStart) || (end - start == 6 && knownTownStart >= 2 && text[knownTownStart - 2] == ','
                            && (end == text.Length || text[end] is '\n' or '.' or ',' or ')' or ';'))))))
                {
                    scan.Add(PiiEntityType.ZipCode, start, end - start, 0.8);
                    continue;
                }
            }

            // Lithuania and Latvia write the country before the code ("LT-09124 Vilnius", "LV-1010 Rīga").
            if (end - start is 4 or 5 && start >= 3 && text[start - 1] == '-' && text.AsSpan(start - 3, 2) is "LT" or "LV"
                && (start == 3 || !char.IsLetterOrDigit(text[start - 4])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                scan.Add(PiiEntityType.ZipCode, start - 3, end - start + 3, 0.8);
                continue;
            }

            // Hungary writes the postcode and town first, then the street ("Lakcím: 2030 Érd, Fácán utca 17.").
            if (end - start == 4 && (start == 0 || text[start - 1] == '\n' || (start >= 2 && text[start - 1] == ' ' && text[start - 2] == ':'))
                && TownBeforeStreet(scan, end) is var hungarianTownEnd and > 0)
            {
                scan.Add(PiiEntityType.ZipCode, start, 4, 0.8);
                scan.Add(PiiEntityType.City, end + 1, hungarianTownEnd - end - 1, 0.75);
                continue;
            }

            // After a comma or at a line's start; or after "in", "à", "w" when the gazetteer knows the town ("wohne in 56588
            // Waldbreitbach", "habite à 7190 Écaussinnes").
            var afterCommaOrLineStart = start >= 2 && ((text[start - 1] == ' ' && text[start - 2] == ',') || text[start - 1] == '\n');
            var afterPreposition = !afterCommaOrLineStart && end - start is 4 or 5 && start >= 2 && text[start - 1] == ' ' && TownPrepositionBefore(text, start) != TownPreposition.None;
            if (!afterCommaOrLineStart && !afterPreposition)
            {
                continue;
            }

            var codeEnd = end;
            var nextLength = r + 1 < runs.Count && runs[r + 1].Start == end + 1 ? runs[r + 1].End - runs[r + 1].Start : 0;
            if (end - start == 4 && nextLength == 3 && text[end] == '-')
            {
                codeEnd = runs[r + 1].End; // Portugal: 4050-262
            }
            else if (end - start == 3 && nextLength == 0 && HouseNumberBefore(text, start))
            {
                // Iceland: three digits after a house number ("Laugavegur 56, 101 Reykjavík").
            }
            else if ((end - start == 3 && nextLength == 2 && text[end] == ' ') || (end - start == 2 && nextLength == 3 && text[end] == '-'))
            {
                codeEnd = runs[r + 1].End; // Czechia, Slovakia, Sweden, Greece: 301 00; Poland: 90-006
            }
            else if (end - start is not (5 or 6) && !(end - start == 4 && (afterPreposition || HouseNumberBefore(text, start) || FloorBefore(text, start))))
            {
                continue; // four digits only after a house number or a Danish floor ("Kalfarveien 31, 5018 Bergen", "2. tv., 2200 …")
            }

            // The town: one capitalised word (any script) after a single space, not an ordinary word.
            var townStart = codeEnd + 1;
            if (townStart + 1 >= text.Length || text[codeEnd] != ' ' || !char.IsUpper(text[townStart]))
            {
                continue;
            }

            // "Villeneuve-d'Ascq": hyphens and an apostrophe inside the name.
            var townEnd = townStart + 1;
            while (townEnd < text.Length && (char.IsLetter(text[townEnd])
                || (text[townEnd] is '-' or '\'' or '’' && townEnd + 1 < text.Length && char.IsLetter(text[townEnd + 1]))))
            {
                townEnd++;
            }

            // A known town, or any capitalised word after a house number ("Lindenstraße 14, 80331 …"): not "3 units, 12345 Items".
            var town = text.AsSpan(townStart, townEnd - townStart);
            var streetFound = afterCommaOrLineStart && text[start - 1] == ' ' && scan.HasCandidate(PiiEntityType.StreetAddress, -1, start - 2);
            var afterHouseNumber = afterCommaOrLineStart && (streetFound || HouseNumberBefore(text, start) || FloorBefore(text, start) || NumberFirstStreetBefore(text, start));
            if (town.Length < 3 || Lexicon.NotNames.Contains(town) || (townEnd < text.Length && char.IsDigit(text[townEnd]))
                || !(afterHouseNumber || CitiesAnyCase.Contains(town) || (!(end - start == 4 && text.AsSpan(start, 2) is "19" or "20") && Towns.Contains(town))))
            {
                continue;
            }

            scan.Add(PiiEntityType.ZipCode, start, codeEnd - start, 0.8);
            scan.Add(PiiEntityType.City, townStart, town.Length, 0.75);
            if (afterHouseNumber && !streetFound && StreetBefore(text, start - 2) is (var streetStart, var streetEnd))
            {
                scan.Add(PiiEntityType.StreetAddress, streetStart, streetEnd - streetStart, 0.8);
            }
        }
    }

    /// <summary>
    /// The street before the comma of "Klatovská 88, 301 00 Plzeň", "Storgatan 12 B, …", "ul. Piotrkowska 112/5, …",
    /// "Οδός Ερμού 58, …": one to four words, then a house number (a letter, "/5" or " B" after it), back to the previous
    /// comma, colon, semicolon, bracket or line start. Street words differ in every language; the postcode and town
    /// after the comma are what say this is an address.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Start, int End)? StreetBefore(string text, int comma)
    {
        var end = comma;
        var i = end - 1;
        if (i >= 2 && char.IsAsciiLetterUpper(text[i]) && text[i - 1] == ' ' && char.IsAsciiDigit(text[i - 2]))
        {
            i -= 2; // "12 B"
        }
        else if (i >= 0 && char.IsAsciiLetter(text[i]))
        {
            i--; // "14a"
        }

        var digitsEnd = i + 1;
        while (i >= 0 && (char.IsAsciiDigit(text[i]) || (text[i] == '/' && i > 0 && char.IsAsciiDigit(text[i - 1]))))
        {
            i--;
        }

        if (digitsEnd - (i + 1) is < 1 or > 7 || i < 1 || text[i] != ' ')
        {
            return null;
        }

        var start = i;
        var words = 0;
        var letters = 0;
        while (start > 0 && text[start - 1] is not (',' or ':' or ';' or '(' or '\n') && end - start < 60)
        {
            start--;
            if (char.IsLetter(text[start]))
            {
                letters++;
                if (start == 0 || !char.IsLetter(text[start - 1]))
                {
                    words++;
                }
            }
            else if (!(text[start] is ' ' or '.' or '-' or '\''))
            {
                return null; // digits or symbols: not a street name
            }
        }

        while (start < i && text[start] == ' ')
        {
            start++;
        }

        return words is >= 1 and <= 4 && letters >= 4 && end - start < 60 ? (start, end) : null;
    }

    /// <summary>A house number ends the segment before the ", " at <paramref name="start"/> ("… 14, ", "… 12 B, ").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HouseNumberBefore(string text, int start) =>
        start >= 3 && (char.IsAsciiDigit(text[start - 3])
            || (start >= 5 && char.IsAsciiLetterUpper(text[start - 3]) && text[start - 4] == ' ' && char.IsAsciiDigit(text[start - 5]))
            || (start >= 4 && char.IsAsciiLetter(text[start - 3]) && char.IsAsciiDigit(text[start - 4]))); // "Lindenstraße 23a", "Vasagatan 7B"

    /// <summary>The segment before the ", " at <paramref name="start"/> opens with a house number ("18 rue des Acacias, 92130 …").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NumberFirstStreetBefore(string text, int start)
    {
        var i = start - 3;
        var limit = Math.Max(0, start - 50);
        while (i > limit && text[i] is not (',' or '\n' or ':'))
        {
            i--;
        }

        var segment = text.AsSpan(i + 1, start - 2 - i - 1).TrimStart();
        var digits = segment.IndexOfAnyExceptInRange('0', '9');
        return digits is >= 1 and <= 4 && segment.Length > digits + 3 && segment[digits] == ' ' && char.IsLetter(segment[digits + 1]);
    }

    [GeneratedRegex(@"\b[Kk]ebele \d{1,3}\b")]
    private static partial Regex KebeleRegex();

    [GeneratedRegex(@"(?:\d{1,3} ?座 ?)?\d{1,3} ?[樓楼] ?[A-Z0-9]{1,3} ?室")]
    private static partial Regex ChineseFlatRegex();

    private static readonly System.Buffers.SearchValues<string> FlatWordsInBrackets = System.Buffers.SearchValues.Create(
        ["appartement ", "apartment ", "apt ", "apt. ", "lgh ", "leilighet ", "Wohnung ", "Top ", "flat "], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<=\b\p{Lu}\p{L}*\.? \(|\b\p{Lu}\p{L}*, )(?:[Aa]ppartement|[Aa]partment|[Aa]pt\.?|lgh|[Ll]eilighet|Wohnung|Top|[Ff]lat) \d{1,4}[A-Z]?(?=\))")]
    private static partial Regex FlatInBracketsRegex();

    [GeneratedRegex(@"(?<=\( ?|\p{L}\.?, ?|(?<!\p{L})del )\d{1,2} ?[ºª]\.? ?(?:\d{1,2} ?[ºª]|[ABDEGH]|izq(?:da|uierda)?\.?|dcha\.?|drcha\.?|der(?:echa)?\.?|centro)(?= ?[),;])")]
    private static partial Regex SpanishFloorAndDoorRegex();

    private static readonly System.Buffers.SearchValues<string> CornerStreetWords =
        System.Buffers.SearchValues.Create(["calle ", "carrera ", "av. ", "avenida ", "cra. ", "diagonal ", "transversal "], StringComparison.OrdinalIgnoreCase);

    private const string CornerStreet = @"(?i:av\.|avda\.|avenida|calle|cl\.|carrera|cra\.|kr\.|diagonal|transversal|tv\.|dg\.) (?:\d{1,3}(?: ?[A-Za-z](?!\p{L}))?(?: ?bis)?|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)";

    [GeneratedRegex(@"(?<!\p{L})" + CornerStreet + @" (?:y|con|esq\.|esquina(?: con)?) (?:la )?" + CornerStreet + @"(?!\p{L})")]
    private static partial Regex StreetCornerRegex();

    /// <summary>The run of letters at <paramref name="start"/>.</summary>
    private static ReadOnlySpan<char> LettersAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>A Danish floor and side end the segment before the ", " at <paramref name="start"/> ("2. tv., ", "3. th., ").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool FloorBefore(string text, int start)
    {
        // The side may be written without its full stop ("1. tv, 8000 Aarhus", "2º izda, 20800 Zarautz").
        var end = start >= 3 && text[start - 2] == ',' ? (text[start - 3] == '.' ? start - 3 : start - 2) : -1;
        return end >= 5 && ((text.AsSpan(end - 2, 2) is "tv" or "th" or "mf" && text[end - 3] == ' ' && text[end - 4] == '.' && char.IsAsciiDigit(text[end - 5]))
            || text.AsSpan(end - 4, 4) is "izda" or "dcha" or " izq" or "entr"); // "2.º izda., 31001", "1º centro, …"
    }

    /// <summary>
    /// The end of a town after the postcode ending at <paramref name="codeEnd"/> when a street address the recognizers
    /// found follows it after a comma ("2030 Érd, Fácán utca 17."); 0 when none does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TownBeforeStreet(TextScan scan, int codeEnd)
    {
        var text = scan.Text;
        if (codeEnd + 2 >= text.Length || text[codeEnd] != ' ' || !char.IsUpper(text[codeEnd + 1]))
        {
            return 0;
        }

        var townEnd = codeEnd + 2;
        while (townEnd < text.Length && (char.IsLetter(text[townEnd]) || (text[townEnd] is ' ' or '-' && townEnd + 1 < text.Length && char.IsUpper(text[townEnd + 1]))))
        {
            townEnd++;
        }

        if (townEnd + 2 >= text.Length || text[townEnd] != ',' || text[townEnd + 1] != ' ' || townEnd - codeEnd > 30)
        {
            return 0;
        }

        return scan.HasCandidate(PiiEntityType.StreetAddress, townEnd + 2) ? townEnd : 0;
    }

    /// <summary>
    /// Whether the town at <paramref name="townStart"/> follows ", " and the line before it holds a house number and a
    /// capitalised street word within 80 characters ("1183 Vilakazi Street, Orlando West, Soweto").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AddressBefore(string text, int townStart)
    {
        if (townStart < 4 || text[townStart - 1] != ' ' || text[townStart - 2] != ',')
        {
            return false;
        }

        var from = Math.Max(0, townStart - 80);
        var line = text.AsSpan(from, townStart - 2 - from);
        var newline = line.LastIndexOf('\n');
        line = newline >= 0 ? line[(newline + 1)..] : line;
        for (var i = line.IndexOfAnyInRange('0', '9'); i >= 0 && i + 2 < line.Length; i = line[(i + 1)..].IndexOfAnyInRange('0', '9') is var next and >= 0 ? i + 1 + next : -1)
        {
            var j = i;
            while (j < line.Length && char.IsAsciiDigit(line[j]))
            {
                j++;
            }

            if (j + 1 < line.Length && line[j] == ' ' && char.IsUpper(line[j + 1]) && (i == 0 || !char.IsLetterOrDigit(line[i - 1])))
            {
                return true;
            }

            i = j - 1;
        }

        return false;
    }

    // "…, 1500 MG Tablets": units in capitals are not Dutch postcode letters.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["MG", "ML", "KG", "IU", "MM", "CM", "GB", "MB", "KB", "TB", "PM", "AM", "BC", "AD", "HZ", "KW", "MW", "LB", "OZ", "SA", "SD", "SS"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AustralianState(ReadOnlySpan<char> before)
    {
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word is "NSW" or "VIC" or "QLD" or "TAS" or "ACT" or "NT" or "SA" or "WA" && (space >= 0 || word.Length == before.Length);
    }

    /// <summary>
    /// Whether a number of at most six digits (an optional letter and comma after it) is followed by a word: one in
    /// <paramref name="words"/>, or with <paramref name="allowLowerCaseOnly"/> any word starting in lower case.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NumberBeforeWord(TextScan scan, System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? words, bool allowLowerCaseOnly)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            var i = end;
            if (end - start > 6 || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            if (i < text.Length && char.IsAsciiLetterLower(text[i]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
            {
                i++; // "12b"
            }

            // "12 bis rue …"
            var afterSpace = i < text.Length && char.IsWhiteSpace(text[i]) ? i + 1 : i;
            if (afterSpace + 3 <= text.Length && (text.AsSpan(afterSpace, 3).Equals("bis", StringComparison.OrdinalIgnoreCase) || text.AsSpan(afterSpace, 3).Equals("ter", StringComparison.OrdinalIgnoreCase))
                && (afterSpace + 3 == text.Length || !char.IsLetter(text[afterSpace + 3])))
            {
                i = afterSpace + 3;
            }

            if (i < text.Length && text[i] == ',')
            {
                i++;
            }

            // The patterns allow any run of white space here.
            if (i + 1 >= text.Length || !char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                continue;
            }

            var wordStart = i;
            if (allowLowerCaseOnly)
            {
                if (char.IsAsciiLetterLower(text[wordStart]))
                {
                    return true;
                }

                continue;
            }

            var wordEnd = wordStart;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (words is { } set && set.Contains(text.AsSpan(wordStart, wordEnd - wordStart)))
            {
                return true;
            }
        }

        return false;
    }

    // Street words that name a street someone lives on or was on; roads between towns are not among them.
    private static readonly System.Buffers.SearchValues<string> NamedStreetWords = System.Buffers.SearchValues.Create(
        [" Street", " Avenue", " Road", " Lane", " Drive", " Boulevard", " Crescent", " Terrace", " Close", " Place", " Parade", " St.", " Ave.", " Rd.",
         // The short forms without their full stop ("mini roundabout on the Upper Newtownards Rd").
         " Rd", " Ave"],
        StringComparison.Ordinal);

    // The words before a street that say someone was or lives on it ("on Shop Street", "along Simcoe Street North", "sa may
    // Commonwealth Avenue").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetPrepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["on", "along", "off", "onto", "down", "up", "into", "opposite", "may", "sa", "na", "en", "la", "di", "op",
         // Where something happened by a street ("at the bus halt near High Level Road").
         "near"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A street named without a house number where someone lives or was ("I lost my wallet on Shop Street", "the break-in at your
    /// home on Simcoe Street North"): one to three capitalised words and a street word after "on", "along" or "off". A street
    /// in an organisation's name or before its branch is not someone's ("Allen Avenue branch").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeStreetsAfterPrepositions(TextScan scan)
    {
        var text = scan.Text;
        for (var at = text.AsSpan().IndexOfAny(NamedStreetWords); at >= 0;)
        {
            var typeEnd = at + 1;
            while (typeEnd < text.Length && (char.IsLetter(text[typeEnd]) || text[typeEnd] == '.'))
            {
                typeEnd++;
            }

            var next = text.AsSpan(typeEnd).IndexOfAny(NamedStreetWords);
            var nextAt = next < 0 ? -1 : typeEnd + next;
            if (typeEnd < text.Length && char.IsLetterOrDigit(text[typeEnd]))
            {
                at = nextAt;
                continue;
            }

            // Back over one to three capitalised words.
            var start = at;
            var words = 0;
            while (words < 3 && start >= 2 && text[start - 1] != '\n')
            {
                var wordEnd = start - (text[start - 1] == ' ' ? 1 : 0);
                var wordStart = wordEnd;
                while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '\'' or '-'))
                {
                    wordStart--;
                }

                if (wordStart == wordEnd || !char.IsUpper(text[wordStart]) || wordStart == 0 || text[wordStart - 1] != ' ')
                {
                    break;
                }

                var preposition = TextScan.WordBefore(text, wordStart, 8);
                start = wordStart;
                words++;
                if (!preposition.IsEmpty && StreetPrepositions.Contains(preposition))
                {
                    // "Simcoe Street North": a compass point after the street word is part of its name.
                    var end = typeEnd;
                    if (text.AsSpan(end).StartsWith(" North") || text.AsSpan(end).StartsWith(" South") || text.AsSpan(end).StartsWith(" East")
                        || text.AsSpan(end).StartsWith(" West"))
                    {
                        end = text.IndexOfAny([' ', ',', '.', '\n'], end + 1) is var compassEnd and > 0 ? compassEnd : text.Length;
                    }

                    // "Thika Road", "London Road": a road named after a town is the road to it, a landmark more than an address.
                    var roadToTown = words == 1 && text.AsSpan(at).StartsWith(" Road", StringComparison.Ordinal)
                        && (Lexicon.LargeTowns.Contains(text.AsSpan(start, at - start)) || Lexicon.Cities.Contains(text.AsSpan(start, at - start)));
                    if (!roadToTown && !NextWordIsBranch(text, end))
                    {
                        scan.Add(PiiEntityType.StreetAddress, start, end - start, 0.6);
                    }

                    break;
                }
            }

            at = nextAt;
        }
    }

    /// <summary>Whether the word after a street names an organisation's place on it ("Allen Avenue branch", "… roundabout").</summary>
    private static bool NextWordIsBranch(string text, int end)
    {
        var word = text.AsSpan(end).TrimStart(' ');
        var wordEnd = word.IndexOfAny(' ', ',', '.');
        word = wordEnd < 0 ? word : word[..wordEnd];
        return word is "branch" or "Branch" or "roundabout" or "junction" or "station" or "Station" or "market" or "Market" or "Mall" or "mall";
    }

    /// <summary>"she lives in leeds now": a known town typed in lower case after a residence cue.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeLowerCaseTowns(TextScan scan)
    {
        var text = scan.Text;
        var searched = 0;
        while (searched < text.Length)
        {
            var next = text.AsSpan(searched).IndexOfAny(ResidenceMarkers);
            if (next < 0)
            {
                break;
            }

            var cue = searched + next;
            var end = text.IndexOf(' ', text.IndexOf(' ', cue + 1) + 1);
            searched = cue + 1;
            if (end > 0 && (cue == 0 || !char.IsLetter(text[cue - 1])))
            {
                AddLowerCaseTown(scan, end + 1, 0.7);
            }
        }

        // In chat typed in lower case, a town after "in", "from" or "near" ("im from jaipur", "near las vegas").
        if (scan.IsLowerCaseChat)
        {
            for (var at = text.AsSpan().IndexOfAny(LowerCasePlacePrepositions); at >= 0;)
            {
                var townStart = text.IndexOf(' ', at + 1) + 1;
                if (townStart > 0 && townStart < text.Length && char.IsLower(text[townStart]) && !scan.HasCandidate(PiiEntityType.City, townStart))
                {
                    AddLowerCaseTown(scan, townStart, 0.6);

                    // "v olomouci", "w gliwicach": a declined town after a Slavic preposition, typed in lower case.
                    if (townStart >= 3 && text[townStart - 3] == ' ' && text[townStart - 2] is 'v' or 'w' or 'z' && !scan.HasCandidate(PiiEntityType.City, townStart))
                    {
                        var wordEnd = townStart;
                        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
                        {
                            wordEnd++;
                        }

                        if (wordEnd - townStart >= 4 && DeclinedTownLength(text.AsSpan(townStart, wordEnd - townStart), afterPreposition: true) > 0)
                        {
                            scan.Add(PiiEntityType.City, townStart, wordEnd - townStart, 0.6);
                        }
                    }
                }

                var next = townStart > 0 && townStart < text.Length ? text.AsSpan(townStart - 1).IndexOfAny(LowerCasePlacePrepositions) : -1;
                at = next < 0 ? -1 : townStart - 1 + next;
            }
        }
    }

    private static readonly System.Buffers.SearchValues<string> LowerCasePlacePrepositions = System.Buffers.SearchValues.Create(
        [" in ", " from ", " near ", " en ", " aus ", " w ", " v ", " z ", " i ", " em ", " at ", " between ", " mellan ", " entre ", " tra ",
         " zwischen ", " och ", " and ", " dey ", " dari ", " kutoka ", " kat ", "(near ", " y "], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> ResidenceMarkers = System.Buffers.SearchValues.Create(ResidencePhrases, StringComparison.Ordinal);

    // Town names as typed in lower case ("leeds", "new york").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CitiesAnyCase = System.Collections.Frozen.FrozenSet
        .ToFrozenSet(Lexicon.Cities.Words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest known town of up to three lower-case words starting at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddLowerCaseTown(TextScan scan, int start, double score)
    {
        if (LowerCaseTownLength(scan.Text, start) is var length and > 0)
        {
            scan.Add(PiiEntityType.City, start, length, score);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LowerCaseTownAt(string text, int start) => LowerCaseTownLength(text, start) > 0;

    /// <summary>The length of the longest known town of up to three lower-case words starting at <paramref name="start"/>; 0 when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LowerCaseTownLength(string text, int start)
    {
        Span<int> ends = stackalloc int[3];
        var count = 0;
        var i = start;
        while (count < ends.Length && i < text.Length && char.IsLower(text[i]))
        {
            while (i < text.Length && char.IsLower(text[i]))
            {
                i++;
            }

            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                break; // "leeds2", "leedsé": not a word of its own
            }

            ends[count++] = i;
            if (i + 1 >= text.Length || text[i] is not (' ' or '-'))
            {
                break;
            }

            i++;
        }

        for (var n = count; n >= 1; n--)
        {
            var length = ends[n - 1] - start;
            if (length >= 3 && (CitiesAnyCase.Contains(text.AsSpan(start, length)) || Towns.Contains(text.AsSpan(start, length)))
                && !Lexicon.NotNames.Contains(text.AsSpan(start, length)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Street addresses begin with a house number followed by a capitalised or numbered street name ("1420 Maple",
    /// "221B Baker", "12 5th"); the pattern runs only from such numbers (or a "Flat 9, " just before them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int Index, int Length)> StreetNumberWindows(TextScan scan)
    {
        var text = scan.Text;
        List<(int, int)>? results = null;
        var searchedTo = -1;
        foreach (var (runStart, runEnd) in scan.DigitRuns)
        {
            if (runEnd - runStart > 6 || (runStart > 0 && char.IsLetterOrDigit(text[runStart - 1])) || runStart < searchedTo)
            {
                continue;
            }

            var i = runEnd;
            if (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] == ',')
            {
                i++;
            }

            if (i + 1 >= text.Length || text[i] != ' ' || !(char.IsUpper(text[i + 1]) || char.IsAsciiDigit(text[i + 1])))
            {
                continue;
            }

            // Pre-check: a street type word must follow within reach, or the pattern cannot match.
            if (text.AsSpan(runEnd, Math.Min(110, text.Length - runEnd)).IndexOfAny(StreetTypeWords) < 0)
            {
                continue;
            }

            var start = Math.Max(0, runStart - 16);
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var end = Math.Min(text.Length, runEnd + 110);
            foreach (var m in StreetAddressRegex().EnumerateMatches(text.AsSpan(start, end - start)))
            {
                (results ??= []).Add((start + m.Index, m.Length));
                searchedTo = start + m.Index + m.Length;
            }
        }

        return results ?? [];
    }

    /// <summary>UK postcodes have one or two digits right after their area letters ("SW1A 1AA", "M1 1AE", "LS1 4AP").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Match> UkPostcodeCandidates(TextScan scan)
    {
        var text = scan.Text;
        var results = new List<Match>();
        foreach (var (runStart, runEnd) in scan.DigitRuns)
        {
            if (runEnd - runStart > 2 || runStart == 0 || !char.IsAsciiLetterUpper(text[runStart - 1]))
            {
                continue;
            }

            var start = Math.Max(0, runStart - 2);
            var end = Math.Min(text.Length, runEnd + 7); // a scanned form may set the two halves two spaces apart ("CF37  4LB")
            var m = UkPostcodeRegex().Match(text, start, end - start);
            if (m.Success && m.Index <= runStart)
            {
                results.Add(m);
            }
        }

        return results;
    }

    /// <summary>"…, IL 62704": five-digit numbers right after a two-letter state code, with the city before it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Match> StateZipCandidates(TextScan scan)
    {
        var text = scan.Text;
        var results = new List<Match>();
        foreach (var (runStart, runEnd) in scan.DigitRuns)
        {
            if (runEnd - runStart != 5)
            {
                continue;
            }

            var i = runStart - 1;
            while (i >= 0 && text[i] == ' ')
            {
                i--;
            }

            if (i >= 0 && text[i] == ',')
            {
                i--;
            }

            if (i < 1 || !char.IsAsciiLetterUpper(text[i]) || !char.IsAsciiLetterUpper(text[i - 1]))
            {
                continue;
            }

            var start = Math.Max(0, runStart - 60);
            var end = Math.Min(text.Length, runEnd + 5);
            var m = CityStateZipRegex().Match(text, start, end - start);
            while (m.Success)
            {
                if (m.Index + m.Length >= runEnd)
                {
                    results.Add(m);
                    break;
                }

                m = m.NextMatch();
            }
        }

        return results;
    }

    /// <summary>Capitalised runs that are known cities, or that follow a residence cue.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeCities(TextScan scan)
    {
        var text = scan.Text;
        Span<int> ends = stackalloc int[4];
        foreach (var m in CapitalisedRunRegex().EnumerateMatches(text))
        {
            // Word ends of the first four words; the run's text is looked up as it stands ("New York"). A full
            // stop ending the run ends the sentence ("…near Milwaukee."), not the name.
            var runEnd = m.Index + m.Length;
            var wordStart = m.Index;
            for (var j = m.Index; j < runEnd; j++)
            {
                if (text[j] is ' ' or '-')
                {
                    // "Milwaukee. Vehicle": a word ending in a full stop (other than "St.") ends the sentence.
                    if (text[j - 1] == '.' && j - wordStart > 4)
                    {
                        runEnd = j;
                        break;
                    }

                    wordStart = j + 1;
                }
            }

            if (text[runEnd - 1] == '.')
            {
                runEnd--;
            }

            var runLength = runEnd - m.Index;
            var wordCount = 1;
            var known = 0;
            for (var j = m.Index; j < runEnd; j++)
            {
                if (text[j] is ' ' or '-')
                {
                    if (known < ends.Length)
                    {
                        ends[known++] = j;
                    }

                    wordCount++;
                }
            }

            if (known < ends.Length)
            {
                ends[known++] = runEnd;
            }

            // "Glasgow Coma Scale", "Boston Naming Test": a run that ends in a clinical scale's noun names the scale. "Lagos State",
            // "Ashanti Region": a first-level division, kept.
            if (wordCount > 1 && (EndsWithScaleNoun(text, m.Index, runEnd)
                || TextScan.NamesADivision(text, text.AsSpan(m.Index, runEnd - m.Index).LastIndexOfAny(' ', '-') + m.Index + 1, runEnd, runEnd)))
            {
                continue;
            }

            // "Singapore General Hospital", "Cleveland Clinic", "Calgary Police Service", "Forum Mall": a town in an
            // institution's name is no one's address; nor after a university hospital's acronym ("CHU de Bordeaux",
            // "UMC Utrecht", "AIIMS New Delhi").
            if ((wordCount > 1 && HasInstitutionWord(text, m.Index, runEnd)) || HospitalAcronymBefore(text, m.Index))
            {
                continue;
            }

            // Try the longest known city inside the run ("New York" in "New York City Hall").
            // Every candidate below starts with the run's first word: when no city starts with it, none can match.
            var mayBeCity = CityFirstWords.Contains(text.AsSpan(m.Index, ends[0] - m.Index));
            var candidatesBefore = scan.Candidates.Count;
            for (var count = known; count >= 1; count--)
            {
                var candidate = text.AsSpan(m.Index, ends[count - 1] - m.Index);
                if (mayBeCity && (Lexicon.Cities.Contains(candidate)
                    || (Lexicon.LargeTowns.Contains(candidate) && !NamesSomethingElse(text, m.Index, m.Index + candidate.Length, runEnd))))
                {
                    // Asked only for a known town, not for every capitalised run.
                    if (TextScan.NamesAStation(text, m.Index, runEnd))
                    {
                        break;
                    }

                    var cue = scan.CueBefore(m.Index, CityCues, 16);
                    if (!cue && wordCount == 1 && IsGerundOpeningSentence(text, m.Index, candidate.Length))
                    {
                        break; // "Reading the chart, …": a verb opening the sentence, not the town
                    }

                    if (!cue && Lexicon.NotNames.Contains(candidate))
                    {
                        break; // "Mobile cheque deposit": a city name that is also an ordinary word needs a cue
                    }

                    var length = candidate.Length;
                    if (m.Index + length < runEnd && text[m.Index + length] == '-' && !Lexicon.Cities.Contains(candidate))
                    {
                        // "Gelsenkirchen-Buer", "Bochum-Wattenscheid": a large town's district joined to it is the place.
                        var district = text.AsSpan(m.Index + length + 1, runEnd - m.Index - length - 1).IndexOfAny(' ', '-');
                        length = district < 0 ? runEnd - m.Index : length + 1 + district;
                    }

                    var followedByComma = m.Index + length < text.Length && text[m.Index + length] == ',';
                    var score = 0.55 + (cue ? 0.25 : 0) + (followedByComma ? 0.1 : 0);
                    scan.Add(PiiEntityType.City, m.Index, length, score);
                    break;
                }

                if (count == 1 && wordCount <= 2 && IsPlaceAfterPreposition(scan, m.Index, runLength))
                {
                    scan.Add(PiiEntityType.City, m.Index, runLength, 0.55);
                    break;
                }

                // Not a lone initial or abbreviation ("C.P." after "Domicilio: …").
                // Not a speaker's label on the next line ("wilaya ya Ubungo\nWakala: Sawa" names no place "Wakala").
                if (count == 1 && wordCount <= 3 && runLength >= 2 && !Lexicon.NotNames.Contains(text.AsSpan(m.Index, ends[0] - m.Index))
                    && scan.CueBefore(m.Index, ResidenceCues, 20) && !(m.Index + runLength < text.Length && text[m.Index + runLength] == ':'))
                {
                    scan.Add(PiiEntityType.City, m.Index, runLength, 0.7);
                }
            }

            if (scan.Candidates.Count == candidatesBefore)
            {
                // "Lipa City", "Quezon City", "Cebu City": a town named with its word, as the Philippines and others write them.
                if (wordCount is 2 or 3 && text.AsSpan(m.Index, runLength).EndsWith(" City", StringComparison.Ordinal)
                    && !Lexicon.NotNames.Contains(text.AsSpan(m.Index, ends[0] - m.Index)))
                {
                    scan.Add(PiiEntityType.City, m.Index, runLength, 0.7);
                    continue;
                }

                // "İstanbul'daki", "Keçiören'de", "Ankara'dan": Turkish writes a town's case ending after an apostrophe.
                if (wordCount == 1 && scan.HasNonAscii && TurkishSuffixedTownLength(text.AsSpan(m.Index, runLength)) is var stem and > 0
                    && text.AsSpan().IndexOfAny(TurkishFirstPersonMarkers) >= 0)
                {
                    scan.Add(PiiEntityType.City, m.Index, stem, 0.7);
                    continue;
                }

                AddGazetteerTown(scan, m.Index, ends[..known]);
            }
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TurkishSuffixes = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["da", "de", "ta", "te", "dan", "den", "tan", "ten", "daki", "deki", "taki", "teki", "a", "e", "ya", "ye", "ı", "i", "u", "ü", "yı", "yi",
         "nın", "nin", "nun", "nün", "ın", "in", "la", "le", "yla", "yle", "lı", "li", "lu", "lü",
         // "I am / we are / while in" and "I am from" ("Akşehir'deyim", "İzmir'deyken", "Konyalıyım").
         "dayım", "deyim", "tayım", "teyim", "dayız", "deyiz", "dayken", "deyken", "tayken", "teyken", "lıyım", "liyim", "luyum", "lüyüm"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A Turkish text about the writer or a relative ("oturuyorum", "adresim", "annem"): there a town is someone's.
    private static readonly System.Buffers.SearchValues<string> TurkishFirstPersonMarkers = System.Buffers.SearchValues.Create(
        ["yorum", "adresim", "annem", "babam", "benim", "evim", "eşim", "kızım", "oğlum", "dım", "dim", "tım", "tim", "kartım"], StringComparison.Ordinal);

    /// <summary>The length of the town before a Turkish case ending after an apostrophe ("İstanbul'daki" → 8) when the gazetteer knows it; 0 otherwise.</summary>
    private static int TurkishSuffixedTownLength(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe < 3 || !TurkishSuffixes.Contains(word[(apostrophe + 1)..]))
        {
            return 0;
        }

        var town = word[..apostrophe];
        return Towns.Contains(town) || Lexicon.Cities.Contains(town) ? apostrophe : 0;
    }

    // Words right before a town in the product's languages: "in", "from", "near"; "aus", "nach"; "en", "à", "em"; Polish,
    // Czech and Slovak "w", "z", "v", "u"; the Nordic "i", "från", "fra"; Dutch "uit".
    private static readonly string[] TownPrepositions =
    [
        "in", "from", "near", "outside", "around", "aus", "nach", "bei", "en", "à", "em", "i", "från", "fra", "frá", "uit", "desde",
        "vers", "nel", "nella", "în", "te", "din", "di",
        // Indonesian and Malay "from" and "at", Swahili "from", German "from", Tagalog "in", and Nigerian Pidgin "i dey Nsukka".
        "dari", "kat", "kutoka", "von", "sa", "dey", "entre",
        // Afrikaans and Dutch "op", Swahili "hapa", Hausa "daga", Scots "fae" ("op Wolmaransstad", "hapa Kibaha", "ina kira daga
        // Gwale", "flitted fae Kintore").
        "op", "hapa", "daga", "fae",
    ];

    /// <summary>
    /// A town of the gazetteer (<see cref="Towns"/>) where the text reads as a place: after "in", "from" or "near" (also
    /// declined: "w Gdańsku", "Debrecenben"), after a residence cue, or before a state, region or postcode ("Tupelo, MS",
    /// "Hallein 5400"). The evidence is checked first: the look-up is the dearer part.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddGazetteerTown(TextScan scan, int start, ReadOnlySpan<int> ends)
    {
        // The cheap evidence first: the word right before, then what follows; the cue phrases and the look-up last. (A
        // residence cue before the run was read above already: any capitalised word after it is a town.)
        var text = scan.Text;
        var preposition = TownPrepositionBefore(text, start);
        var cued = preposition is TownPreposition.Other or TownPreposition.Slavic
            || (preposition == TownPreposition.PhraseEnd && scan.CueBefore(start, OtherLanguageCityCues, 20))
            || PlaceBeforeComma(scan, start, ends[^1]);
        for (var count = ends.Length; count >= 1; count--)
        {
            var end = ends[count - 1];
            // After a preposition the town must end the phrase ("near Tupelo.", "in Getxo and", not "from Chase acct"); a
            // state, region or postcode may follow only the whole run (inside it the next word is the run's own).
            if (((cued && EndsPlacePhrase(text, end)) || (count == ends.Length && RegionOrPostcodeAfter(text, end)))
                && Towns.Contains(text.AsSpan(start, end - start)))
            {
                scan.Add(PiiEntityType.City, start, end - start, 0.65);
                return;
            }
        }

        // A declined town: the locative after a Slavic preposition ("w Gdańsku", "v Kolíně"; "у Вінниці" is not in the
        // gazetteer's script), or a Hungarian or Finnish case ending that says "in" by itself ("Debrecenben", "Rovaniemellä").
        // Hungarian and Finnish texts nearly always have a letter outside ASCII: the endings are tried only there.
        if (ends.Length == 1 && ends[0] - start >= (preposition == TownPreposition.Slavic ? 4 : 5) && (preposition == TownPreposition.Slavic || scan.HasNonAscii)
            && DeclinedTownLength(text.AsSpan(start, ends[0] - start), preposition == TownPreposition.Slavic) > 0)
        {
            scan.Add(PiiEntityType.City, start, ends[0] - start, 0.65);
        }
    }

    /// <summary>
    /// Whether a district, town, street or postcode already found ends right before ", " at <paramref name="start"/>: the
    /// next town of an address ("Asokwa, Kumasi", "barrio Prado, Medellín"). A town after another town only ends an
    /// address, not a list of places ("branches in Des Moines, Ames, Ankeny, Urbandale").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool PlaceBeforeComma(TextScan scan, int start, int runEnd)
    {
        var text = scan.Text;
        if (start < 3 || text[start - 1] != ' ' || text[start - 2] != ',')
        {
            return false;
        }

        return scan.PlaceEndingAt(start - 2) switch
        {
            PiiEntityType.StreetAddress or PiiEntityType.ZipCode => true,
            PiiEntityType.City => !(runEnd + 2 < text.Length && ((text[runEnd] == ',' && char.IsUpper(text[runEnd + 2]) && !RegionOrPostcodeAfter(text, runEnd))
                || text.AsSpan(runEnd).StartsWith(" and ", StringComparison.Ordinal))),
            _ => false,
        };
    }

    private enum TownPreposition
    {
        None,
        Other,
        Slavic,
        PhraseEnd, // the last word of a longer cue ("soy de", "vivo a"): the cue phrase decides
    }

    private static readonly string[] CuePhraseEnds = ["de", "a", "di", "på", "em", "en", "in", "aus", "i", "uit", "à", "w", "v", "z"];

    private static readonly CueSet OtherLanguageCityCues = new(
        "soy de", "vengo de", "vivo en", "sou de", "moro em", "je suis de", "j'habite à", "habite à", "ich komme aus", "wohne in",
        "vivo a", "abito a", "sono di", "mieszkam w", "jestem z", "bydlím v", "jsem z", "bor i", "bor på", "woon in", "kom uit",
        "abitiamo a", "abita a", "vive a", "viviamo a", "resto a", "reste à", "habitons à", "habitent à", "vit à", "woont in", "wohnt in",
        "viven en", "vive en", "mora em", "moramos em");

    /// <summary>Whether a place ending at <paramref name="end"/> ends its phrase: punctuation, the text's end, or a word such as "on", "and", "now".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsPlacePhrase(string text, int end) =>
        end == text.Length || text[end] is '.' or ',' or ';' or ':' or ')' or '!' or '?' or '\n' or '\r'
        // "in Athlone (€312.40)", "i Steinkjer 😳": an aside or an emoji after the town.
        || (text[end] == ' ' && end + 1 < text.Length && (text[end + 1] == '(' || char.IsSurrogate(text[end + 1])))
        || PlaceFollowerRegex().IsMatch(text.AsSpan(end)) || TownFollowerRegex().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"^ (?:now|since|where|with|but|to|from|until|till|od|do|és|ja|och|og|y|e|et|und|en|i|a|para|por|pour|seit|mit|aber|mais|pero|ma|men|maar|ale|normalement|jetzt|still|normally|nu|ahora|agora|adesso|teraz|that|this|all|las)\b")]
    private static partial Regex TownFollowerRegex();

    private static readonly string[] SlavicPrepositions = ["w", "we", "z", "ze", "v", "ve", "u", "к", "в", "из", "у", "з"];

    private static readonly FrozenDictionary<string, TownPreposition>.AlternateLookup<ReadOnlySpan<char>> PrepositionKinds =
        CuePhraseEnds.Select(w => (Word: w, Kind: TownPreposition.PhraseEnd))
            .Concat(TownPrepositions.Select(w => (Word: w, Kind: TownPreposition.Other)))
            .Concat(SlavicPrepositions.Select(w => (Word: w, Kind: TownPreposition.Slavic)))
            .GroupBy(e => e.Word, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Last().Kind, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Which preposition before a town, if any, stands right before <paramref name="start"/> (one space between).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TownPreposition TownPrepositionBefore(string text, int start)
    {
        var word = TextScan.WordBefore(text, start, 7);
        return !word.IsEmpty && PrepositionKinds.TryGetValue(word, out var kind) ? kind : TownPreposition.None;
    }

    /// <summary>Whether a state code, region or postcode follows a town ending at <paramref name="end"/> ("Tupelo, MS", "McAllen, TX 78501", "Hallein 5400").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool RegionOrPostcodeAfter(string text, int end)
    {
        if (end + 3 > text.Length)
        {
            return false;
        }

        var i = text[end] == ',' && text[end + 1] == ' ' ? end + 2 : text[end] == ' ' ? end + 1 : -1;
        if (i < 0 || i >= text.Length)
        {
            return false;
        }

        if (char.IsAsciiDigit(text[i]))
        {
            var digits = i;
            while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }

            return digits - i is >= 4 and <= 6 && (digits == text.Length || !char.IsLetterOrDigit(text[digits]));
        }

        // A Canadian postcode ("Laval H7T 2K4"): letter, digit, letter.
        if (i + 3 <= text.Length && char.IsAsciiLetterUpper(text[i]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiLetterUpper(text[i + 2]))
        {
            return true;
        }

        if (i + 2 <= text.Length && char.IsAsciiLetterUpper(text[i]) && char.IsAsciiLetterUpper(text[i + 1])
            && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
        {
            return true; // "MS"; the three-letter Australian states below
        }

        // The three-letter Australian states, with or without a comma ("Toowong QLD 4066").
        if (i + 3 <= text.Length && text.AsSpan(i, 3) is "QLD" or "NSW" or "VIC" or "TAS" or "ACT" && (i + 3 == text.Length || !char.IsLetterOrDigit(text[i + 3])))
        {
            return true;
        }

        // A region's name only after a comma ("Tupelo, Mississippi").
        if (!char.IsUpper(text[i]) || text[end] != ',')
        {
            return false;
        }

        var wordEnd = i;
        while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || (text[wordEnd] == ' ' && wordEnd + 1 < text.Length && char.IsUpper(text[wordEnd + 1]))) && wordEnd - i < 30)
        {
            wordEnd++;
        }

        return wordEnd > i + 1 && Lexicon.Regions.Contains(text.AsSpan(i, wordEnd - i));
    }

    // Locative and other case endings of towns, and what the gazetteer's form ends in instead: Polish "Gdańsku" (Gdańsk),
    // "Wieliczce" (Wieliczka), "Warszawie" (Warszawa), "Krakowie" (Kraków); Czech "Kolíně" (Kolín), "Brně" (Brno); Hungarian
    // "Debrecenben", "Szegeden"; Finnish "Rovaniemellä" (Rovaniemi), "Tampereella" (Tampere).
    private static readonly (string Ending, string Listed, bool NeedsPreposition)[] TownEndings =
    [
        ("u", "", true), ("ach", "e", true), ("ích", "e", true), ("li", "el", true), ("ce", "ka", true), ("dze", "ga", true), ("wie", "wa", true), ("owie", "ów", true), ("ie", "", true), ("ě", "", true),
        ("ě", "o", true), ("e", "", true), ("y", "", true), ("y", "a", true), ("i", "ia", true), ("i", "", true), ("ben", "", false), ("ban", "", false), ("ről", "", false), ("ról", "", false), ("ből", "", false), ("ból", "", false), ("llä", "", false),
        ("lla", "", false), ("ssä", "", false), ("ssa", "", false), ("stä", "", false), ("sta", "", false), ("ltä", "", false),
        ("lta", "", false), ("ella", "i", false), ("ellä", "i", false), ("essa", "i", false), ("essä", "i", false), ("ella", "e", false), ("ellä", "e", false),
    ];

    private static readonly FrozenDictionary<char, (string Ending, string Listed, bool NeedsPreposition)[]> TownEndingsByLastLetter =
        TownEndings.GroupBy(e => e.Ending[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The length of a declined town's word when its listed form is in the gazetteer; 0 when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int DeclinedTownLength(ReadOnlySpan<char> word, bool afterPreposition)
    {
        if (word.Length > 36)
        {
            return 0;
        }

        if (!TownEndingsByLastLetter.TryGetValue(word[^1], out var endings))
        {
            return 0; // most words stop here
        }

        Span<char> listed = stackalloc char[40];
        foreach (var (ending, replacement, needsPreposition) in endings)
        {
            if ((needsPreposition && !afterPreposition) || !word.EndsWith(ending, StringComparison.Ordinal) || word.Length - ending.Length < 3)
            {
                continue;
            }

            var stem = word[..^ending.Length];
            stem.CopyTo(listed);
            replacement.CopyTo(listed[stem.Length..]);
            var length = stem.Length + replacement.Length;
            if (Towns.Contains(listed[..length]) || Lexicon.Cities.Contains(listed[..length]))
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScaleNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Scale", "Score", "Test", "Criteria", "Classification", "Index", "Questionnaire", "Inventory", "Protocol"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Hospital", "Hospitals", "Clinic", "Clinics", "General", "Infirmary", "Surgery", "Medical", "Hospice", "Memorial", "University",
         "College", "Mall", "Station", "Police", "Court", "Airport", "Garda", "Bank", "Council", "Library", "Museum", "Stadium", "Regional", "Detachment", "Klinikum", "Kliinikum",
         "Motors", "Makelaars", "Plaza", "Arcade", "House", "Branch", "Energy", "Electronics", "Holdings", "Limited", "Ltd", "LTD",
         "Constabulary", "HSCP", "Paramedic", "Paramedics", "SAPS", "Triage", "Elementary", "Cathedral", "Physio", "Logistics", "Market",
         "Direct", "Express", "Shops", "Stores"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HospitalAcronyms = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["CHU", "CHRU", "CHUV", "HUG", "UMC", "AIIMS", "KBC", "UZ", "AZ", "UKE", "LMU", "AP-HP"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a university hospital's acronym stands before the town (over "de"/"du"): "CHU de Bordeaux".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HospitalAcronymBefore(string text, int start)
    {
        var end = start - 1;
        if (end < 2 || text[end] != ' ')
        {
            return false;
        }

        if (end >= 4 && text.AsSpan(end - 2, 2) is "de" or "du" && text[end - 3] == ' ')
        {
            end -= 3;
        }

        var wordStart = end;
        while (wordStart > 0 && end - wordStart < 6 && (char.IsAsciiLetterUpper(text[wordStart - 1]) || text[wordStart - 1] == '-'))
        {
            wordStart--;
        }

        return end - wordStart >= 2 && (wordStart == 0 || !char.IsLetterOrDigit(text[wordStart - 1])) && HospitalAcronyms.Contains(text.AsSpan(wordStart, end - wordStart));
    }

    /// <summary>
    /// Whether a large town's name here names something other than the town: a road or landmark named after it ("Thika Road",
    /// "Lekki-Epe expressway", "Brent Cross"), an organisation's branch after the organisation's capitals ("FNB Stellenbosch",
    /// "IKEA Tempelhof"), or a standard's edition ("Basel III"). The curated cities are not asked: their names have been
    /// read as towns all along.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NamesSomethingElse(string text, int start, int end, int runEnd)
    {
        // The word after the town, or after the compound that holds it ("Lekki-Epe expressway").
        var next = end < runEnd && text[end] == ' ' ? end + 1 : runEnd + 1;
        if (next < text.Length && text[next - 1] == ' ')
        {
            var word = text.AsSpan(next);
            var wordEnd = word.IndexOfAny(WordEnds);
            word = wordEnd < 0 ? word : word[..wordEnd];
            if (TownNamedThingWords.Contains(word) || word is "I" or "II" or "III" or "IV")
            {
                return true;
            }
        }

        // "4 branches (Des Moines, Ames, Ankeny)": the towns of an organisation's branches or offices, listed after them.
        var clause = text.AsSpan(Math.Max(0, start - 60), start - Math.Max(0, start - 60));
        clause = clause[(clause.LastIndexOfAny(ClauseEnds) + 1)..];
        if (clause.IndexOfAny(BranchWords) >= 0)
        {
            return true;
        }

        var acronymEnd = start - 1;
        var acronymStart = acronymEnd;
        while (acronymStart > 0 && char.IsAsciiLetterUpper(text[acronymStart - 1]))
        {
            acronymStart--;
        }

        return acronymEnd > 0 && text[acronymEnd] == ' ' && acronymEnd - acronymStart >= 2
            && (acronymStart == 0 || !char.IsLetterOrDigit(text[acronymStart - 1]));
    }

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(".;:!?\n");

    private static readonly System.Buffers.SearchValues<string> BranchWords = System.Buffers.SearchValues.Create(
        ["branches", "offices", "stores", "outlets", "locations", "Filialen", "agences", "sucursales", "agências"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> WordEnds = System.Buffers.SearchValues.Create(" \n\r\t.,;:!?)");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TownNamedThingWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Road", "Rd", "Street", "Avenue", "Highway", "Expressway", "Motorway", "Bypass", "Cross", "Junction", "Interchange", "Boulevard",
         "road", "street", "avenue", "highway", "expressway", "motorway", "bypass", "junction", "interchange", "boulevard"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word of the run after its first is an institution's noun ("General", "Hospital", "Mall").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasInstitutionWord(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        for (var space = span.IndexOfAny(' ', '-'); space >= 0; space = span.IndexOfAny(' ', '-'))
        {
            span = span[(space + 1)..];
            var wordEnd = span.IndexOfAny(' ', '-');
            if (InstitutionWords.Contains(wordEnd < 0 ? span : span[..wordEnd]))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsWithScaleNoun(string text, int start, int end)
    {
        var lastSpace = text.AsSpan(start, end - start).LastIndexOfAny(' ', '-');
        return lastSpace >= 0 && ScaleNouns.Contains(text.AsSpan(start + lastSpace + 1, end - start - lastSpace - 1));
    }

    /// <summary>A town whose name is also an "-ing" verb ("Reading") opening a sentence and followed by a lower-case word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsGerundOpeningSentence(string text, int start, int length)
    {
        var end = start + length;
        var opening = start == 0 || (start >= 2 && text[start - 1] == ' ' && text[start - 2] is '.' or '!' or '?' or ':' or ';') || text[start - 1] == '\n';
        return opening && text.AsSpan(start, length).EndsWith("ing", StringComparison.Ordinal)
            && end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1]);
    }

    /// <summary>"seen in Inverness on…", "at Derby airport": an unknown capitalised word right after in/at/near that is not a person.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPlaceAfterPreposition(TextScan scan, int index, int length)
    {
        var text = scan.Text;
        if (index < 3 || text[index - 1] != ' ')
        {
            return false;
        }

        // The preposition must be the word right before the place.
        var before = text.AsSpan(0, index - 1);
        var preposition = before[(before.LastIndexOf(' ') + 1)..];
        if (!(preposition.Equals("in", StringComparison.OrdinalIgnoreCase) || preposition.Equals("near", StringComparison.OrdinalIgnoreCase)
              || preposition.Equals("at", StringComparison.OrdinalIgnoreCase) || preposition.Equals("outside", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        foreach (var range in text.AsSpan(index, length).SplitAny(' ', '-'))
        {
            var word = text.AsSpan(index, length)[range];
            if (word.Length < 3 || word.Contains('.') || Lexicon.NotNames.Contains(word) || Lexicon.FirstNames.Contains(word) || Lexicon.LastNames.Contains(word))
            {
                return false;
            }
        }

        var end = index + length;
        return end == text.Length || text[end] is '.' or ',' or ';' or ':' or ')' or '\n' or '\r' || PlaceFollowerRegex().IsMatch(text.AsSpan(end));
    }

    [GeneratedRegex(@"^ (?:on|at|in|for|last|yesterday|today|and|airport|station|city|town|area|district|county|centre|center|hospital|police|branch|office)\b")]
    private static partial Regex PlaceFollowerRegex();

    // A flat, block or staircase may stand between the street and the town ("Str. Observatorului nr. 34, ap. 12, Cluj-Napoca").
    [GeneratedRegex(@"\G(?:,\s*(?:(?:ap|apt|app|appt|apartment|flat|unit|bl|sc|et|piso|depto|dpto|kv|lgh)\.?\s*[\w\-/°º]{1,6}|\d{1,2}\.?\s?[º°ª](?:\s?[A-Za-z]{1,4}\.?)?))*,\s+(?<city>\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+){0,2})(?=[.,;:)\n?!]|\s*$|\s+(?:[A-Z]{2}\b|\d|[A-Z]\d|\|))")]
    private static partial Regex TownAfterAddressRegex();

    private const string StreetTypes =
        "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Close|Crescent|Cres|Gardens|Grove|Row|Walk|Trail|Trl|Loop|Alley|Path|Pike|Plaza|Mews|Hill|Rise|View|Green|Park|Crossing|Run|Point|Ridge|Lawn|Vale|Heights|Parade|Pde|Bend|Esplanade|Promenade|Quay|Causeway|Wynd|Brae";

    [GeneratedRegex(@"(?:\b(?:Flat|Apartment|Apt|Unit|Suite|Room)\.?\s*[A-Za-z0-9\-]{1,5},?\s+)?(?<!\d{1,2}[/.]\d{1,2}[/.])\b\d{1,6}[A-Za-z]?(?:-\d{1,4})?,?\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?(?:(?:(?:\d{1,3}(?:st|nd|rd|th)|\p{Lu}[\p{L}'\-]*\.?)\s+){1,4}|\d{1,3}\s+)(?:" + StreetTypes + @")\b\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|Building|#)\.?\s*#?[A-Za-z0-9\-]+)?")]
    private static partial Regex StreetAddressRegex();

    // Hauptstraße 12, Rue de la Paix 5 style (number after the street name).
    // Also the Nordic "-gade"/"-gate"/"-vej"/"-gatan"/"-vägen"/"-veien", Finnish "-katu"/"-tie", Hungarian "… út"/"… utca",
    // Slovenian and Croatian "… cesta"/"… ulica", Lithuanian "… g."/"… pr.", Estonian "… mnt", Turkish "… Cad. No:", Polish
    // "ul. …" and Romanian "Str. … nr." ("Nørrebrogade 88", "Mannerheimintie 112 B", "Üllői út 54", "Celovška cesta 150").
    [GeneratedRegex(@"\b(?:\p{Lu}\p{Ll}+(?:straße|strasse|weg|platz|allee|gasse|ring|damm|gracht|straat|laan|plein|kade|singel|gade|gate|vej|gatan|vägen|veien|katu|tie|kuja|polku|kaari|rinne|tori)|\p{Lu}\p{Ll}+ (?:út|utca|sugárút|körút|tér|köz|fasor|rakpart|sétány|cesta|ulica|iela|ielā|pst\.?|prospekts|tänav|puiestee|gatvė|gate|gata|vei|vej|gade|g\.|pr\.|mnt|valtatie|tie|katu|kuja|Straße|Strasse|Gasse|Weg|Platz|Allee|Cad\.|Cd\.|Sk\.|Sok\.|Caddesi|Sokak|Bulvarı)(?:\s+No:\s?)?|(?:Rue|Avenue|Chemin|Impasse|Calle|calle|Via|Viale|Rua|Rúa|Avenida|Avda\.|Av\.|Jr\.|Jirón|Psje\.|Pje\.|Plaza|Carrer|carrer|ul\.|Str\.|str\.|Bd\.|Οδός|οδός|[Ss]trada|[Uu]lica|[Uu]lic[ey]|[Bb]ulevar(?:dul)?|[Aa]leea|[Cc]alea|via(?= (?:d|\p{Lu}))|[Vv]iale|[Pp]iazza(?:le)?|[Cc]orso|[Vv]icolo|rue(?= d)|avenue(?= d)|[cC]/|boul\.|(?:Am|Im)(?!\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Wochenende|Anfang|Ende|Abend|Morgen)\b)|An der)(?:\s+(?:de|del|de la|des|du|da|do|dos|della|delle|degli|dei|di|cel|lui)?\s*(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|[IVXLC]{1,5}(?=\s\p{Lu}))){1,3}(?:,?\s+nr\.)?)(?:\s+|(?<=No:))\d{1,4}[a-zA-Z]?\b(?:[/\-]\d{1,3}(?:/\d{1,3})?\b)?(?:\s(?:bte|bus|boîte)\s?\d{1,4}\b)?(?:\s[A-Z]\s\d{1,3}\b|,?\s(?:m\.|kv\.)\s?\d{1,4}\b)?(?!\s(?:days?|weeks?|months?|years?|times|hours?|minutes?|mins|km|miles|euros?|dollars?)\b)")]
    private static partial Regex ContinentalAddressRegex();

    [GeneratedRegex(@"(?:\b(?:flat|apt|unit)\s+\d{1,4}[a-z]?,?\s+)?(?<!\d{1,2}[/.]\d{1,2}[/.])\b\d{1,6}[a-z]?,?\s+(?:(?:n|s|e|w|north|south|east|west)\.?\s+)?(?:[a-z][a-z'\-]*\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|crescent|cres|court|ct|place|pl|terrace|boulevard|blvd|grove|gardens|square|row|walk|mews)\b\.?(?:,?\s+(?:apt|apartment|unit|suite|flat|#)\.?\s*#?[a-zA-Z0-9\-]+)?")]
    private static partial Regex LowerCaseStreetAddressRegex();

    // "8 rue des Lilas", "12 avenue Victor Hugo", "45 calle Mayor": the number first, the street type in any case, the name up
    // to the next comma or line end.
    [GeneratedRegex(@"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|boul\.|chemin|allée|impasse|quai|calle|avenida|rua|bóthar|sráid|ascaill|cnoc|plás|céide|lána|cearnóg|bóithrín|garrán|radharc|páirc|cúirt)\s+[^,;\n.]{2,40}", RegexOptions.IgnoreCase)]
    private static partial Regex NumberFirstContinentalAddressRegex();

    // Colombian and other Latin American grid addresses: the street, its number, "#" or "No.", the crossing street and the
    // house's distance from it ("Cra 45 # 52-31", "Calle 63 # 24-51", "Av. 68 No. 12B-40 Sur").
    private static readonly System.Buffers.SearchValues<string> GridAddressMarkers = System.Buffers.SearchValues.Create(
        ["Calle", "Cl", "Carrera", "Cra", "Kr", "Av", "Diagonal", "Dg", "Transversal", "Tv"], StringComparison.Ordinal);

    // The number sign or "No." between the street's and the crossing street's numbers first: the street words are common.
    private static bool HasGridAddressMarkers(string text) =>
        (text.AsSpan().IndexOfAny('#', '°', 'º') >= 0 || text.Contains("No", StringComparison.Ordinal))
        && text.AsSpan().IndexOf('-') >= 0 && text.AsSpan().IndexOfAny(GridAddressMarkers) >= 0;

    [GeneratedRegex(@"\b(?:Calle|Cll?|Carrera|Cra|Kra?|Avenida|Av|Ak|Ac|Diagonal|Dg|Transversal|Tv)\.?\s?\d{1,3}\s?[A-Z]?(?:\s?Bis)?\s?(?:#|No\.?|N[°º])\s?\d{1,3}\s?[A-Z]?\s?-\s?\d{1,3}(?:\s(?:Sur|Este)\b)?")]
    private static partial Regex GridAddressRegex();

    // Addresses of numbered parts, as South Asia and the Gulf write them: a house, villa, flat or plot, then a street, block,
    // sector or phase by number ("House 48, Street 6, Sabzazar", "Villa 14, Street 23, Al Barsha 2", "H.No. 517, Ward 9").
    /// <summary>
    /// A plot, lot, stand or house by its number where streets have no names or numbers ("we stay at plot 2231, Kireka", "of
    /// Lot 27, Nadawa Housing", "Lot 47, Sea Breeze Estates", "house 18, Kicukiro", "Section 118 Lot 47"): the word and its
    /// number, and the words up to the next comma when capitalised. It needs a place's name after a comma, or a word of
    /// living or staying before it; "batch lot 47" or "house 18 of the series" are not addresses.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeInformalAddresses(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (runStart, runEnd) in scan.DigitRuns)
        {
            if (runStart < 4 || runEnd - runStart > 5 || text[runStart - 1] != ' ' || scan.HasCandidate(PiiEntityType.StreetAddress, runStart))
            {
                continue;
            }

            var word = TextScan.WordBefore(text, runStart, 7);
            var wordStart = runStart - 1 - word.Length;
            // Kigali's coded streets ("KK 447 St", "KG 11 Ave"): the district's capitals, the street's number, its type.
            if (word.Length is 2 or 3 && !word.ContainsAnyExceptInRange('A', 'Z') && runEnd + 3 < text.Length && text[runEnd] == ' '
                && text.AsSpan(runEnd + 1) is var rest && (rest.StartsWith("St") || rest.StartsWith("Ave") || rest.StartsWith("Rd"))
                && rest.IndexOfAny(' ', ',', '.') is var typeEnd and > 0 and <= 3 && rest[..typeEnd] is "St" or "Ave" or "Rd")
            {
                scan.Add(PiiEntityType.StreetAddress, wordStart, runEnd + 1 + typeEnd - wordStart, 0.8);
                continue;
            }

            if (word.IsEmpty || !InformalPlotWords.Contains(word))
            {
                continue;
            }

            var end = runEnd;
            if (end < text.Length && char.IsAsciiLetter(text[end]) && (end + 1 == text.Length || !char.IsLetter(text[end + 1])))
            {
                end++; // "Plot 12B"
            }

            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
            {
                continue;
            }

            // ", Nadawa Housing" / ", Sea Breeze Estates": the next part, if capitalised, up to its comma.
            var placeEnd = end;
            if (end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' ' && char.IsUpper(text[end + 2]))
            {
                var i = end + 2;
                var words = 0;
                while (i < text.Length && words < 4 && char.IsUpper(text[i]))
                {
                    while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\''))
                    {
                        i++;
                    }

                    placeEnd = i;
                    words++;
                    if (i + 1 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }
            }

            var living = scan.CueBefore(wordStart, LivingCues, 24);
            var previous = TextScan.WordBefore(text, wordStart, 10);
            // A law's section ("Section 212, Act 51 of 1977", "section 1 of the Theft Act") is one only where someone lives.
            var section = word[0] is 's' or 'S';
            if ((placeEnd == end && !living) || (!previous.IsEmpty && NotPlotWordsBefore.Contains(previous))
                || (section && (!living || previous is "of" || text.AsSpan(end).StartsWith("(") || text.AsSpan(end).StartsWith(" of ")
                    || text.AsSpan(end).StartsWith(", Act"))))
            {
                continue;
            }

            scan.Add(PiiEntityType.StreetAddress, wordStart, (placeEnd > end ? placeEnd : end) - wordStart, 0.8);
        }
    }

    // " village" after a name; Malay and Indonesian words for a village before one.
    private static readonly System.Buffers.SearchValues<string> VillageMarkers = System.Buffers.SearchValues.Create(
        [" village", "Kampung ", "Kampong ", "Kg. ", "Desa ", "Dusun "], StringComparison.Ordinal);

    /// <summary>
    /// A village by its name, where no gazetteer lists it ("she live Annai village Region 9", "of Kolovai village, Hihifo",
    /// "Kampong Rimba", "Desa Sukamaju"): the capitalised name before a lower-case "village", or after the local word
    /// for one. A village is smaller than the towns Safe Harbor allows to stay.
    /// </summary>
    private static void RecognizeVillages(TextScan scan)
    {
        foreach (var m in VillageRegex().EnumerateMatches(scan.Text))
        {
            var value = scan.Text.AsSpan(m.Index, m.Length);
            var name = value.EndsWith(" village", StringComparison.Ordinal) ? value[..^8]
                : value[(value.IndexOf(' ') + 1)..];
            var start = m.Index + (value.Length - name.Length) * (value.EndsWith(" village", StringComparison.Ordinal) ? 0 : 1);
            if (!Lexicon.NotNames.Contains(name) && !HasOrdinaryWord(name))
            {
                scan.Add(PiiEntityType.City, start, name.Length, 0.75);
            }
        }
    }

    /// <summary>Whether a word of the name is an ordinary English word in lower case ("the Olympic village", "Global village").</summary>
    private static bool HasOrdinaryWord(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[32];
        foreach (var range in name.SplitAny(' ', '-'))
        {
            var word = name[range];
            if (word.Length > lower.Length)
            {
                continue;
            }

            var length = word.ToLowerInvariant(lower);
            if (OrdinaryWords.Contains(lower[..length]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:[A-Z][\p{Ll}'’]+(?:[- ][A-Z][\p{Ll}'’]+)? village(?![\p{L}])|(?:Kampung|Kampong|Kg\.|Desa|Dusun) [A-Z][\p{Ll}]+(?: [A-Z][\p{Ll}]+)?)")]
    private static partial Regex VillageRegex();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InformalPlotWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["plot", "Plot", "PLOT", "lot", "Lot", "LOT", "stand", "Stand", "erf", "Erf", "house", "House", "hse", "Hse", "section", "Section"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words before "lot" or "house" that make its number a product's, a parking space's or a count's.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPlotWordsBefore = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["batch", "product", "item", "parking", "car", "vaccine", "drug", "the", "a", "auction", "in", "per", "every"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly CueSet LivingCues = new("live", "lives", "living", "stay", "stays", "staying", "reside", "resides", "residing",
        "resident", "of", "at", "address", "addr", "located", "from", "home");

    private static readonly System.Buffers.SearchValues<string> NumberedPartsMarkers = System.Buffers.SearchValues.Create(
        ["House ", "H.No", "H No", "H. No", "Villa ", "Flat ", "Plot ", "Shop "], StringComparison.Ordinal);

    // A house's number on its own, as addresses in Africa and South Asia give it ("House No. 1147", "house no B17", "H/No. 12",
    // "villa n°118", "Plot 12 Block C"): the words say it is a home, whatever else the address holds. "Plot" only with its
    // capital: "plot 3 shows the trend" is a chart.
    private static readonly System.Buffers.SearchValues<string> HouseNumberMarkers = System.Buffers.SearchValues.Create(
        ["house no", "h/no", "villa n°", "plot ", "nyumba n"], StringComparison.OrdinalIgnoreCase);

    // Swahili's "house number" too ("mkazi wa Sinza, nyumba namba 48", "nyumba no. 47", "nyumba Na. C14").
    [GeneratedRegex(@"(?<![\p{L}\d])(?:[Hh]ouse\s?[Nn]o\.?|HOUSE\s?NO\.?|[Hh]/[Nn]o\.?|[Vv]illa\s?n°|Plot|[Nn]yumba\s(?:[Nn]amba|[Nn]ambari|[Nn]o\.?|Na\.?))\s?[A-Za-z]?-?\d{1,5}[A-Za-z]?(?:,?\s?[Bb]lock\s?[A-Za-z0-9]{1,3})?(?![\p{L}\d])")]
    private static partial Regex HouseNumberRegex();

    [GeneratedRegex(@"\b(?:House|H\.?\s?No\.?|Villa|Flat|Plot|Shop)\s?#?\s?[A-Z]?-?\d{1,4}[A-Z]?(?:,\s*(?:Street|St\.?|Road|Rd\.?|Block|Sector|Phase|Ward|Lane|Gali|Mohalla)\s?[A-Z]?-?\d{1,3}[A-Z]?(?:-[A-Z])?)+")]
    private static partial Regex NumberedPartsAddressRegex();

    // Malay, Indonesian and Singaporean streets: "Jl. Cihampelas Gg. Sukaasih No. 14 RT 03/RW 07", "Jalan Meranti 3", "7 Lorong 3
    // Geylang #03-11", "Blk 512 Ang Mo Kio Ave 8". At least one number: a street's name alone ("Jalan Ampang") is a place.
    private static readonly System.Buffers.SearchValues<string> MalayStreetMarkers = System.Buffers.SearchValues.Create(
        ["Jl.", "Jl ", "Jln", "Jalan ", "Lorong ", "Lrg ", "Gg. ", "Blk "], StringComparison.Ordinal);

    [GeneratedRegex(@"(?:\b\d{1,4}[A-Z]?,?\s)?\b(?:Jl|Jln|Jalan|Lorong|Lrg|Gg|Blk)\.?\s(?:(?:(?!No\b|RT\b)\p{Lu}[\p{L}'\-]*\.?|\d{1,4}[A-Z]?(?:/\d{1,3})?)\s?){1,6}(?:No\.?\s?\d{1,4}[A-Z]?\b)?(?:,?\s?RT\.?\s?\d{1,3}\s?/\s?RW\.?\s?\d{1,3})?(?:\s?#\d{1,3}-\d{1,4})?")]
    private static partial Regex MalayStreetRegex();

    /// <summary>
    /// An Australian suburb before its state and postcode without a comma, as forms and scans write it ("14 / 3 Harris St
    /// Parramatta  NSW  2150", "Kings wood NSW 27 47"), and a town typed in lower case before a Canadian postal code.
    /// </summary>
    private static void RecognizeTownsBeforeStatesAndPostcodes(TextScan scan)
    {
        var text = scan.Text;
        // The state stays: it is larger than Safe Harbor's subdivisions.
        if (text.AsSpan().IndexOfAny(AustralianStates) >= 0)
        {
            foreach (Match m in SuburbStatePostcodeRegex().Matches(text))
            {
                // The street's type before the suburb is the street's ("9 Wattlebird Crt Mount Barker SA 5251").
                var suburb = m.Groups[1];
                var start = suburb.Index;
                var end = suburb.Index + suburb.Length;
                while (text.AsSpan(start, end - start).IndexOf(' ') is var space and > 0 && AustralianStreetTypes.Contains(text.AsSpan(start, space)))
                {
                    start += space + 1;
                }

                if (!AustralianStreetTypes.Contains(text.AsSpan(start, end - start)) && !Lexicon.NotNames.Contains(text.AsSpan(start, end - start)))
                {
                    scan.Add(PiiEntityType.City, start, end - start, 0.7);
                }

                scan.Add(PiiEntityType.ZipCode, m.Groups[2].Index, m.Groups[2].Length, 0.85);
            }
        }

        // A town typed in lower case right before a Canadian postal code ("… #207 vancouver V5R 5K6", "toronto ON M5B 1G7"),
        // asked only where a postal code's first half stands (a capital, a digit, a capital): the pattern itself would try
        // every lower-case word.
        if (HasCanadianForwardSortation(scan))
        {
            foreach (Match m in LowerCaseTownBeforeCanadianPostcodeRegex().Matches(text))
            {
                if (!OrdinaryWords.Contains(m.Groups[1].ValueSpan))
                {
                    scan.Add(PiiEntityType.City, m.Groups[1].Index, m.Groups[1].Length, 0.7);
                }
            }
        }
    }

    /// <summary>Whether a single digit stands between two capitals somewhere ("V5R"), as a Canadian postal code opens.</summary>
    private static bool HasCanadianForwardSortation(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start == 1 && start > 0 && end < text.Length && char.IsAsciiLetterUpper(text[start - 1]) && char.IsAsciiLetterUpper(text[end]))
            {
                return true;
            }
        }

        return false;
    }

    // Bengaluru and other Indian towns number their cross and main roads, blocks and stages ("#14, 3rd Cross, 6th Block",
    // "3rd cross 5th main HSR layout", "14/2 3rd Cross, Jayanagar 4th Block").
    /// <summary>
    /// A Nepali or Bangladeshi locality with its ward or section number before the town ("Kumaripati-5, Lalitpur",
    /// "Budhanilkantha-9, Kathmandu", "Mirpur-10, Dhaka"): only before a listed town, as a word and a number joined by a hyphen
    /// are also models and codes ("Boeing-737", "Covid-19").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeWardsBeforeTowns(TextScan scan)
    {
        var text = scan.Text;
        for (var comma = text.IndexOf(", ", StringComparison.Ordinal); comma >= 0; comma = text.IndexOf(", ", comma + 2, StringComparison.Ordinal))
        {
            var digits = comma;
            while (digits > 0 && comma - digits < 3 && char.IsAsciiDigit(text[digits - 1]))
            {
                digits--;
            }

            if (digits == comma || comma - digits > 2 || digits < 5 || text[digits - 1] != '-')
            {
                continue;
            }

            var start = digits - 1;
            while (start > 0 && char.IsLower(text[start - 1]))
            {
                start--;
            }

            if (start == 0 || digits - 1 - start < 3 || !char.IsUpper(text[start - 1]) || (start >= 2 && char.IsLetterOrDigit(text[start - 2])))
            {
                continue;
            }

            start--;
            var townEnd = comma + 2;
            while (townEnd < text.Length && char.IsLetter(text[townEnd]))
            {
                townEnd++;
            }

            var town = text.AsSpan(comma + 2, townEnd - comma - 2);
            if ((Lexicon.Cities.Contains(town) || Lexicon.LargeTowns.Contains(town)) && !Lexicon.NotNames.Contains(text.AsSpan(start, digits - 1 - start)))
            {
                scan.Candidates.Add(new PiiMatch(PiiEntityType.StreetAddress, start, comma - start, 0.8));
            }
        }
    }

    private static readonly System.Buffers.SearchValues<string> RareAddressMarkers = System.Buffers.SearchValues.Create(
        [" sh.", "Allot", "Road", "Block", " P.O.,", " RT ", "Kel. ", "Kec. ", "Kelurahan ", "Kecamatan ", "Kab. ", "avenida ", "calle ", "Triq", "triq", "Malta",
         "KY", "Mz", "Ward ", "/F,", "villa ", "Villa ", " jalan ", "taying at", " Moo ", ", Unit "], StringComparison.Ordinal);

    /// <summary>
    /// Uzbekistan's "city" after its name ("Manzil: Toshkent sh., Chilonzor tumani": the city, though a region of the same name
    /// is kept), Hyderabad's numbered roads and Lahore's blocks ("Road no 4, KPHB Colony", "45-B, Block J, Gulberg III"), Papua
    /// New Guinea's section and allotment ("Sect 84 Allot 12, Gordons") and India's post-office localities ("Kadavanthra P.O.,
    /// Ernakulam - 682020").
    /// </summary>
    private static void RecognizeRareAddressShapes(TextScan scan)
    {
        var text = scan.Text;
        if (text.Contains(" sh.", StringComparison.Ordinal))
        {
            foreach (var m in UzbekCityRegex().EnumerateMatches(text))
            {
                scan.Candidates.Add(new PiiMatch(PiiEntityType.City, m.Index, m.Length, 0.75));
            }
        }

        if (scan.HasDigit && (text.Contains("Road", StringComparison.Ordinal) || text.Contains("Block", StringComparison.Ordinal)))
        {
            scan.AddMatches(NumberedRoadOrBlockRegex(), PiiEntityType.StreetAddress, 0.8);
        }

        if (text.Contains("Allot", StringComparison.Ordinal))
        {
            scan.AddMatches(SectionAllotmentRegex(), PiiEntityType.StreetAddress, 0.8);
        }

        if (text.Contains(" P.O.,", StringComparison.Ordinal))
        {
            scan.AddMatches(PostOfficeLocalityRegex(), PiiEntityType.City, 0.75);
        }

        // Hong Kong's flat and floor without a building's name after them ("Flat D, 23/F, Block 3, Laguna City", "Room 2305, 23/F,
        // Tower 2, The Belcher's"), and the estate and district a scanned form runs on after them ("Block 3 Laguna City Kwun Tong"):
        // the floor's "/F" is written for nothing else.
        if (text.Contains("/F,", StringComparison.Ordinal))
        {
            scan.AddMatches(FlatAndFloorRegex(), PiiEntityType.StreetAddress, 0.8);
        }

        // A villa and its street, as the Gulf's addresses are written and typed ("villa 17, street 24, al barsha 2").
        if (scan.HasDigit && (text.Contains("villa ", StringComparison.Ordinal) || text.Contains("Villa ", StringComparison.Ordinal)))
        {
            scan.AddMatches(VillaAndStreetRegex(), PiiEntityType.StreetAddress, 0.8);
        }

        // Malaysia's and Indonesia's streets typed in lower case, with the house's number before and the postcode after ("no 8 jalan
        // kenari 3/2", "no 27 jalan ss 2/64 47300"); the capitalised form is the Malay street pattern's.
        if (scan.HasDigit && text.Contains(" jalan ", StringComparison.Ordinal))
        {
            scan.AddMatches(LowerCaseJalanRegex(), PiiEntityType.StreetAddress, 0.8);
        }

        // A guest's room where they are staying ("Staying at: Kathmandu Guest House, Thamel, Room 304"): the room on the same line
        // after the cue is their address for the stay; a ward's or a clinic's room without it is not.
        if (scan.HasDigit && text.Contains("taying at", StringComparison.Ordinal))
        {
            for (var at = text.IndexOf("taying at", StringComparison.Ordinal); at >= 0; at = text.IndexOf("taying at", at + 9, StringComparison.Ordinal))
            {
                var lineEnd = text.IndexOf('\n', at) is var newline and >= 0 ? newline : text.Length;
                if (RoomNumberRegex().Match(text, at, lineEnd - at) is { Success: true } room)
                {
                    scan.Add(PiiEntityType.StreetAddress, room.Index, room.Length, 0.8);
                }
            }
        }

        // Vietnam's ward and numbered district as English writes them ("125/7 Nguyen Dinh Chieu Street, Ward 6, District 3, Ho Chi
        // Minh City", "Ward Da Kao, District 1"); a hospital's ward has no district after it, and a district's institution stays
        // ("District 1 Police Station").
        if (scan.HasDigit && text.Contains("Ward ", StringComparison.Ordinal) && text.Contains(", District ", StringComparison.Ordinal))
        {
            scan.AddMatches(WardAndDistrictRegex(), PiiEntityType.StreetAddress, 0.8);
        }

        // Guatemala's numbered avenues and streets with the house's two numbers and the zone ("6a. avenida 4-17 zona 1").
        if (scan.HasDigit && (text.Contains("avenida ", StringComparison.Ordinal) || text.Contains("calle ", StringComparison.Ordinal)))
        {
            scan.AddMatches(GuatemalanAddressRegex(), PiiEntityType.StreetAddress, 0.85);
        }

        // Indonesia's neighbourhood and hamlet numbers, village, district and regency ("No. 14 RT 03 RW 07 Kel. Cipaganti
        // Kec. Coblong Kota Bandung").
        if (text.Contains(" RT ", StringComparison.Ordinal) || text.Contains("Ke", StringComparison.Ordinal) || text.Contains("Kab. ", StringComparison.Ordinal))
        {
            scan.AddMatches(IndonesianUnitRegex(), PiiEntityType.StreetAddress, 0.8);
            foreach (System.Text.RegularExpressions.Match m in IndonesianDivisionRegex().Matches(text))
            {
                scan.Candidates.Add(new PiiMatch(PiiEntityType.City, m.Groups[1].Index, m.Groups[1].Length, 0.75));
            }
        }

        // A flat in a Chinese estate written in English ("Room 1702, Unit 2, Building 6, Haiyue Garden").
        if (scan.HasDigit && text.Contains(", Unit ", StringComparison.Ordinal))
        {
            scan.AddMatches(RoomUnitBuildingRegex(), PiiEntityType.StreetAddress, 0.85);
        }

        // A Thai house number in its village ("34/7 Moo 3, Tambon Suthep"), written in Latin letters.
        if (scan.HasDigit && text.Contains(" Moo ", StringComparison.Ordinal))
        {
            scan.AddMatches(ThaiHouseInVillageRegex(), PiiEntityType.StreetAddress, 0.85);
        }

        // Malta's postcodes after the locality ("27, Triq il-Kbira, Birkirkara BKR 9031", "Ħaż-Żebbuġ ZBG 1041"), asked only
        // in a Maltese address: three capitals and four digits are too common a shape elsewhere.
        if (scan.HasDigit && (text.Contains("Triq", StringComparison.Ordinal) || text.Contains("triq", StringComparison.Ordinal) || text.Contains("Malta", StringComparison.Ordinal)))
        {
            scan.AddMatches(MaltesePostcodeRegex(), PiiEntityType.ZipCode, 0.8);
        }

        // Peru's block and lot, which stand for a street and number in its newer districts ("Mz. F Lt. 12", "Mz B2 Lote 7").
        if (text.Contains("Mz", StringComparison.Ordinal))
        {
            scan.AddMatches(BlockAndLotRegex(), PiiEntityType.StreetAddress, 0.85);
        }

        // The Cayman Islands' postcodes ("West Bay KY1-1204"): a shape of their own.
        if (text.Contains("KY", StringComparison.Ordinal))
        {
            scan.AddMatches(CaymanPostcodeRegex(), PiiEntityType.ZipCode, 0.85);
        }
    }

    [GeneratedRegex(@"(?<=\p{L},? )[A-Z]{3} ?\d{4}(?![\p{L}\d])")]
    private static partial Regex MaltesePostcodeRegex();

    [GeneratedRegex(@"\bMz\.? ?[A-Z0-9]{1,3},? (?:Lt|Lote)\.? ?\d{1,3}\b")]
    private static partial Regex BlockAndLotRegex();

    // Street types an Australian address writes before the suburb.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AustralianStreetTypes = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["St", "Rd", "Ave", "Av", "Dr", "Crt", "Ct", "Cres", "Pl", "Pde", "Tce", "Hwy", "Cl", "Way", "Lane", "Ln", "Blvd", "Cct", "Gr", "Street",
         "Road", "Avenue", "Drive", "Court", "Crescent", "Place", "Parade", "Terrace", "Highway", "Close", "Grove", "Circuit"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<string> AustralianStates = System.Buffers.SearchValues.Create(
        [" NSW ", " VIC ", " QLD ", " SA ", " WA ", " TAS ", " NT ", " ACT "], StringComparison.Ordinal);

    [GeneratedRegex(@"(?<=[\p{L}.,]\s{1,2}|\n)([A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2})\s{1,2}(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s{1,2}(\d{4}|\d{2} \d{2})(?![\d\p{L}])")]
    private static partial Regex SuburbStatePostcodeRegex();

    [GeneratedRegex(@"(?<![\p{L}])([a-z]{4,}) (?:(?:on|bc|ab|qc|mb|sk|ns|nb|nl|pe|ON|BC|AB|QC|MB|SK|NS|NB|NL|PE) )?[A-Z]\d[A-Z] ?\d[A-Z]\d(?![\p{L}\d])")]
    private static partial Regex LowerCaseTownBeforeCanadianPostcodeRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])KY[1-3]-\d{4}(?!\d)")]
    private static partial Regex CaymanPostcodeRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,2}[aª]\.? (?:avenida|calle) \d{1,3}-\d{1,3}(?:,? zona \d{1,2})?(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex GuatemalanAddressRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])Ward (?:\d{1,2}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}), District \d{1,2}(?!\d| \p{Lu})")]
    private static partial Regex WardAndDistrictRegex();

    [GeneratedRegex(@"\b(?:Room|Rm\.?) ?\d{1,5}[A-Z]?\b")]
    private static partial Regex RoomNumberRegex();

    [GeneratedRegex(@"\b(?:Flat|FLAT|Rm|RM|Room|Unit)\s?(?:[A-Z]?\d{1,4}[A-Z]?|[A-Z]),\s(?:\d{1,2}|G)/F(?:,\s(?:Block|Blk|Tower)\s[A-Z0-9]{1,3}\b)?(?:\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3})?")]
    private static partial Regex FlatAndFloorRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])[Vv]illa\s?(?:[Nn]o\.?\s?)?\d{1,4}[A-Za-z]?,\s?(?:[Ss]treet|St\.?)\s?(?:[Nn]o\.?\s?)?\d{1,3}[A-Za-z]?(?![\p{L}\d])")]
    private static partial Regex VillaAndStreetRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:no\.?\s?)?\d{1,4}[a-z]?,?\sjalan(?:\s(?:[a-z]{2,}|\d{1,3}(?:/\d{1,3}[a-z]?)?)(?![\p{L}\d/])){1,3}(?:,?\s\d{5}(?!\d))?")]
    private static partial Regex LowerCaseJalanRegex();

    [GeneratedRegex(@"(?<![\w#])#\d{2}-\d{2,4}(?![\d\-])")]
    private static partial Regex SingaporeUnitRegex();

    [GeneratedRegex(@"\bRoom \d{1,5}[A-Z]?, Unit \d{1,3}(?:, (?:Building|Bldg\.?|Block) \d{1,3}[A-Z]?)?(?![\p{L}\d])")]
    private static partial Regex RoomUnitBuildingRegex();

    [GeneratedRegex(@"(?<![\p{L}\d/])\d{1,4}(?:/\d{1,3})? Moo \d{1,2}(?!\d)")]
    private static partial Regex ThaiHouseInVillageRegex();

    [GeneratedRegex(@"\bRT\.? ?\d{1,3} ?/? ?RW\.? ?\d{1,3}\b")]
    private static partial Regex IndonesianUnitRegex();

    // Not inside an institution's or a place's name ("Puskesmas Kecamatan Tebet", "Mal Kota Kasablanka").
    [GeneratedRegex(@"(?<!(?:Puskesmas|Polsek|Polres|Kantor|Mal|Mall|Bank|RSUD|RS|Pasar|Dinas|Pengadilan|Sekolah|SMP|SMA|SD|Koramil) )\b(?:Kel\.|Kec\.|Kelurahan|Kecamatan|Kab\.|Kabupaten|Desa|Kota)\s(\p{Lu}\p{Ll}+(?: (?!Kel\b|Kec\b|Kab\b|Kota\b|Desa\b)\p{Lu}\p{Ll}+)?)")]
    private static partial Regex IndonesianDivisionRegex();

    [GeneratedRegex(@"(?<![\p{L}'])\p{Lu}[\p{Ll}']+ sh\.(?=[,\s])")]
    private static partial Regex UzbekCityRegex();

    [GeneratedRegex(@"\bRoad\s?[Nn]o\.?\s?\d{1,3}\b|\b\d{1,4}-?[A-Z]?,\s?Block\s[A-Z0-9]{1,2}\b")]
    private static partial Regex NumberedRoadOrBlockRegex();

    [GeneratedRegex(@"\bSect(?:ion|\.)?\s?\d{1,4},?\s(?:Allot(?:ment|\.)?|Lot)\s?\d{1,4}\b")]
    private static partial Regex SectionAllotmentRegex();

    [GeneratedRegex(@"(?<![\p{L}.])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? P\.O\.(?=,)")]
    private static partial Regex PostOfficeLocalityRegex();

    private static readonly System.Buffers.SearchValues<string> HongKongFlatMarkers = System.Buffers.SearchValues.Create(
        ["Flat ", "FLAT ", "Rm ", "RM ", "Room ", "Unit "], StringComparison.Ordinal);

    // A Hong Kong flat: its number, the floor, the building and the estate, with no street number ("Rm 1708, 17/F, Wah Fung
    // Building", "Flat 1204, Shin Wo House, Fu Shin Estate"). The building's word makes it an address.
    [GeneratedRegex(@"\b(?:Flat|FLAT|Rm|RM|Room|Unit)\s?[A-Z]?\d{1,4}[A-Z]?,\s(?:(?:\d{1,2}|G)/F,?\s)?(?:Block\s[A-Z0-9]{1,2},\s)?(?:\p{Lu}\p{Ll}+\s){1,3}(?:Building|Bldg|House|Mansion|Court|Tower|Centre|Center|Gardens?|Plaza|Estate|Views?|Heights|Towers)\b(?:,\s(?:\p{Lu}\p{Ll}+\s){1,3}(?:Estate|Court|Gardens?|Village))?")]
    private static partial Regex HongKongFlatRegex();

    private static readonly System.Buffers.SearchValues<string> CrossAndMainMarkers = System.Buffers.SearchValues.Create(
        ["th cross", "rd cross", "nd cross", "st cross", "th main", "rd main", "nd main", "st main"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A match that is one numbered road and nothing else: no house number before it, no second road or block, no layout.</summary>
    private static bool IsLoneNumberedRoad(ReadOnlySpan<char> match)
    {
        var ordinals = 0;
        var first = true;
        var startsWithOrdinal = false;
        foreach (var range in match.SplitAny(' ', ','))
        {
            var token = match[range];
            if (token.IsEmpty)
            {
                continue;
            }

            // "3rd", "19th": digits, then the ordinal's two letters.
            var ordinal = token.Length >= 3 && !token[..^2].ContainsAnyExceptInRange('0', '9')
                && (token[^2..].Equals("st", StringComparison.OrdinalIgnoreCase) || token[^2..].Equals("nd", StringComparison.OrdinalIgnoreCase)
                    || token[^2..].Equals("rd", StringComparison.OrdinalIgnoreCase) || token[^2..].Equals("th", StringComparison.OrdinalIgnoreCase));
            ordinals += ordinal ? 1 : 0;
            startsWithOrdinal |= first && ordinal;
            first = false;
        }

        return startsWithOrdinal && ordinals < 2 && !match.EndsWith("layout", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?:#?\b\d{1,4}[A-Z]?(?:/\d{1,3})?,?\s)?\b\d{1,2}(?:st|nd|rd|th)\s(?:cross|main)(?:\s(?:road|rd))?\b(?:,?\s(?:\p{Lu}\p{Ll}+\s)?\d{1,2}(?:st|nd|rd|th)\s(?:cross|main|block|stage|phase|sector)(?:\s(?:road|rd))?\b){0,3}(?:,?\s(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}+)\slayout\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex CrossAndMainAddressRegex();

    // "P.O. Box N-4417" (the Bahamas' island letter), "box 1183-80100" (Kenya's box, then the post office's code).
    [GeneratedRegex(@"\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box)\s+(?:[A-Z]{1,2}-?)?\d{1,7}(?:-\d{5})?\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoBoxRegex();

    // ", Springfield, IL 62704" / "Austin TX 78701-1234" / "Portland, OR"; the territories too ("Bayamón PR 00961", "Dededo GU 96929")
    [GeneratedRegex(@"(?:(?<city>[A-Z][a-z]+(?:[ \-](?:[A-Z][a-z]+|de|la))*\.?),?\s+)?\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|MP)\b,?\s+(?<zip>\d{5}(?:-\d{4})?)\b")]
    private static partial Regex CityStateZipRegex();

    [GeneratedRegex(@"\b(?:al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|pr|gu),?\s+\d{5}(?=$|[^\w\-])")]
    private static partial Regex LowerCaseStateZipRegex();

    [GeneratedRegex(@"\b[a-pr-uwyz][a-hk-y]?\d[a-z\d]? ?\d[abd-hjlnp-uw-z]{2}\b")]
    private static partial Regex LowerCaseUkPostcodeRegex();

    [GeneratedRegex(@"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d(?![\w])")]
    private static partial Regex CanadianPostcodeRegex();

    [GeneratedRegex(@"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s{0,2}\d[ABD-HJLNP-UW-Z]{2}\b")]
    private static partial Regex UkPostcodeRegex();

    /// <summary>How far before a postcode its town is looked for: a few words ("Milton Keynes", "Newcastle upon Tyne").</summary>
    private const int CityBeforeReach = 48;

    [GeneratedRegex(@"(?<city>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)*),?\s*$")]
    private static partial Regex CityBeforeRegex();

    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}'\.]+(?:[ \-](?:\p{Lu}[\p{Ll}'\.]+))*")]
    private static partial Regex CapitalisedRunRegex();
}
