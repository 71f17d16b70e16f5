using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Masking.Recognizers;

/// <summary>
/// Dates precise to the day. Safe Harbor removes every date element but the year when it relates to a person;
/// in a record about a person a full date almost always does, so full dates are masked and person cues
/// (birth, admission, death) only raise confidence. Years alone, months, weekdays and quarters are kept.
/// </summary>
internal sealed partial class DateRecognizer : IRecognizer
{
    private static readonly CueSet PersonCues = new(
        "born", "birth", "dob", "d.o.b", "birthday", "admitted", "admission", "discharged", "discharge", "died",
        "death", "deceased", "passed away", "passed", "date of service", "seen on", "visit", "surgery", "procedure", "arrested",
        "incident", "accident", "loss", "diagnosed", "married", "hired", "expires", "expiry", "appointment", "appt", "doa",
        "date of admission", "confirmed for", "booked for", "booked on", "due on",
        // Where a person was and what happened to them ("waited 9 hours in the Emergency Department on 2 June").
        "emergency department", "a&e", "department on", "attended", "attended on", "waited", "ward on", "clinic on", "seen",
        "treated", "injured", "assaulted", "stolen", "reported",
        // A stay or an operation ("warded at … from 3 March", "confined … from Aug 5"), and a card's or an account's movement.
        "warded", "confined", "hospitalised", "hospitalized", "operation", "operation date", "date is", "transaction", "debited",
        "charged", "withdrawn", "happened", "occurred",
        // "stolen … yesterday 19th June": the day before the one written about, in other languages too ("Gisteren, 11 juni").
        "yesterday", "last night", "gisteren", "gestern", "ayer", "hier", "ieri", "ontem", "wczoraj", "včera", "igår", "i går", "eilen",
        "tegnap", "dün", "kemarin", "jana",
        // Hungarian's "born" ("szül. Budapest, 1990. 07. 11.").
        "szül", "született"
    );

    // Case-insensitive: records and police reports write "14 MAR 1962" and "DATE OF BIRTH: MARCH 14, 1962".
    private static readonly System.Buffers.SearchValues<string> MonthNames = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognize(TextScan scan)
    {
        if (!scan.HasDigit)
        {
            RecognizeDatesInWords(scan, MonthWordsIn(scan.Text)); // "the third of June nineteen seventy-eight" has no digit
            RecognizeLocalCalendarDates(scan); // nor "י״ב באדר תשמ״ח"
            return;
        }

        // Numeric dates need a separator between digit groups; named-month dates need a month name in the text.
        var numeric = false;
        foreach (var (start, end, digits) in scan.DigitClusters)
        {
            if (end - start > digits && scan.Text.AsSpan(start, end - start).IndexOfAny('/', '-', '.') >= 0)
            {
                numeric = true;
                break;
            }
        }

        var monthWords = MonthWordsIn(scan.Text);
        var named = monthWords is not null;
        foreach (var (regex, before) in (ReadOnlySpan<(Regex, int)>)[(NumericDateRegex(), 12), (IsoDateRegex(), 12), (MonthNameDateRegex(), 16), (DayMonthNameDateRegex(), 24)])
        {
            if ((regex == NumericDateRegex() || regex == IsoDateRegex()) ? !numeric : !named)
            {
                continue;
            }

            // Month names ("September 14") stand up to 16 characters before the year's digits; a day before its month
            // ("1st of September 2021") up to 24.
            foreach (var (index, length) in scan.MatchesNearClusters(regex, 3, before, 3))
            {
                // "O.C.G.A. § 16-8-41", "§ 3.2.11": a law's section, not a date.
                // A whole ISO day after it is a date all the same ("Intagning enl LPT 6b § 2025-04-17 kl 19.40").
                if (((index >= 2 && scan.Text[index - 1] == ' ' && scan.Text[index - 2] == '§') || (index >= 1 && scan.Text[index - 1] == '§'))
                    && !(regex == IsoDateRegex() && length == 10))
                {
                    continue;
                }

                if (regex == NumericDateRegex() && !OneSeparator(scan.Text.AsSpan(index, length)))
                {
                    continue;
                }

                var score = scan.CueBefore(index, PersonCues, 40) ? 0.95 : 0.7;
                scan.Add(PiiEntityType.Date, index, length, score);
            }
        }

        RecognizeCuedDatesWithoutSeparators(scan, monthWords);
        RecognizeGluedMonthDates(scan);
        if (named && scan.Text.Contains(" of ", StringComparison.Ordinal))
        {
            // "14th of August 84": a birthday said aloud, with the year's last two digits.
            foreach (var m in OrdinalDayShortYearRegex().EnumerateMatches(scan.Text))
            {
                scan.Add(PiiEntityType.Date, m.Index, m.Length, 0.75);
            }
        }
        if (scan.HasDigit)
        {
            // A scanned form's date with spaces around its separators ("17 /08/ 2024", "07 - 02 - 2025", "17 / 06 / 1988").
            foreach (var (index, length) in scan.MatchesNearClusters(SpacedSeparatorDateRegex(), 4, 14, 0))
            {
                if (scan.Text.AsSpan(index, length).Contains(' '))
                {
                    scan.Add(PiiEntityType.Date, index, length, scan.CueBefore(index, PersonCues, 40) ? 0.95 : 0.75);
                }
            }
        }
        if (scan.HasNonAscii)
        {
            // "október 3-án": Hungarian writes the month first, and the day's ending says "on" it.
            foreach (var m in HungarianDayRegex().EnumerateMatches(scan.Text))
            {
                scan.Add(PiiEntityType.Date, m.Index, m.Length, 0.75);
            }

            // "դեկտեմբերի 3-ին", "3 մարտի": Armenian months in the genitive, with the day before or after ("-ին": on it).
            if (scan.Text.AsSpan().IndexOfAnyInRange('\u0561', '\u0587') >= 0)
            {
                scan.AddMatches(ArmenianDayRegex(), PiiEntityType.Date, 0.75);
            }
        }

        RecognizeScheduledDaysOfOtherLanguages(scan);
        RecognizeDatesOfOtherShapes(scan);
        RecognizeDaysAfterWeekdays(scan);
        RecognizeDatesInWords(scan, monthWords);
        RecognizeMonthYearDates(scan, monthWords);
        RecognizeHijriAndPersianDates(scan);
        RecognizeLocalCalendarDates(scan);
        RecognizeOrdinalMonthDates(scan);

        // "17. 9. 1979": Czech and Slovak put a space after each full stop; Hungarian writes the year first ("1938. április 2.",
        // "1943. március 2-án", "1990. 07. 11.").
        if (HasFullStopBeforeDigitOrMonth(scan.Text))
        {
            foreach (var (index, length) in scan.MatchesNearClusters(SpacedDottedDateRegex(), 4, 10, 20))
            {
                scan.Add(PiiEntityType.Date, index, length, scan.CueBefore(index, PersonCues, 40) ? 0.95 : 0.7);
            }
        }

        // A statement's legal date in Spanish ("a los 14 días del mes de abril de 2024").
        if (scan.HasDigit && scan.Text.Contains("del mes de", StringComparison.Ordinal))
        {
            scan.AddMatches(LegalSpanishDateRegex(), PiiEntityType.Date, 0.85);
        }

        // The same formula in Portuguese and Italian reports ("Aos 14 dias do mês de fevereiro de 2025", "L'anno 2024, addì 19
        // del mese di settembre": the year stands before the day there).
        if (scan.HasDigit && (scan.Text.Contains("do mês de", StringComparison.Ordinal) || scan.Text.Contains("del mese di", StringComparison.Ordinal)))
        {
            scan.AddMatches(LegalPortugueseOrItalianDateRegex(), PiiEntityType.Date, 0.85);
        }

        // Taiwan's dates in years of the Republic ("住院期間：113/9/2～113/9/6"), only in a text written in Han.
        if (scan.HasNonAscii && scan.HasDigit && scan.Text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0)
        {
            scan.AddMatches(RepublicYearDateRegex(), PiiEntityType.Date, 0.8);
        }

        if (scan.Text.AsSpan().IndexOfAny(YearWords) >= 0 || (scan.HasNonAscii && scan.Text.AsSpan().IndexOfAny(NonAsciiYearWords) >= 0))
        {
            foreach (var (index, length) in scan.MatchesNearClusters(YearWordDateRegex(), 4, 0, 40))
            {
                scan.Add(PiiEntityType.Date, index, length, scan.CueBefore(index, PersonCues, 40) ? 0.95 : 0.75);
            }
        }

        // "14.VI.1953": Italian, Polish and Czech forms and registers write the month in Roman numerals.
        if (scan.Text.AsSpan().IndexOfAny(RomanMonthMarkers) >= 0)
        {
            foreach (var (index, length) in scan.MatchesNearClusters(RomanMonthDateRegex(), 4, 10, 0))
            {
                scan.Add(PiiEntityType.Date, index, length, scan.CueBefore(index, PersonCues, 40) ? 0.95 : 0.7);
            }
        }
    }

    /// <summary>
    /// A month and year with no day ("diagnosed in March 2019", "4 marzo 1961" in other languages) is still a date element
    /// Safe Harbor removes, and "02-JAN-23" is how many clinical systems print a date. The month word is looked up just
    /// before each year (or around each month word), so texts without one cost a walk over their digit runs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeMonthYearDates(TextScan scan, List<(int Start, int End)>? monthWords)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start != 4 || !(text[start] is '1' or '2') || start < 5 || text[start - 1] != ' '
                || (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '-' or '/' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))))
            {
                continue;
            }

            // The word before the year: after "de"/"del" ("3 de abril de 2023"), or a comma or full stop ("Sept. 2021").
            var wordEnd = start - 1;
            if (text[wordEnd - 1] is ',' or '.')
            {
                wordEnd--;
            }

            var wordStart = WordStartBefore(text, wordEnd);
            if (text.AsSpan(wordStart, wordEnd - wordStart) is "de" or "del" && wordStart >= 2 && text[wordStart - 1] == ' ')
            {
                wordEnd = wordStart - 1;
                wordStart = WordStartBefore(text, wordEnd);
            }

            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (word.IsEmpty && MonthDayBefore(text, wordEnd) is var monthStart and >= 0)
            {
                // "Agosto 15, 1987", "Septiembre 3 1990": a month of another language, the day, the year.
                scan.Add(PiiEntityType.Date, monthStart, end - monthStart, scan.CueBefore(monthStart, PersonCues, 40) ? 0.95 : 0.75);
                continue;
            }

            if ((word.Length < 3 && word is not "मई") || (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1]))) // Hindi's May has two letters
            {
                continue;
            }

            var score = scan.CueBefore(wordStart, PersonCues, 40) ? 0.95 : 0.7;
            if (MonthWords.Contains(word))
            {
                scan.Add(PiiEntityType.Date, wordStart, end - wordStart, score);
            }
            else if (OtherLanguageMonths.Contains(word))
            {
                var from = Math.Max(0, wordStart - 12);
                foreach (var m in OtherLanguageDateRegex().EnumerateMatches(text.AsSpan(from, end - from)))
                {
                    scan.Add(PiiEntityType.Date, from + m.Index, m.Length, score);
                }
            }
        }

        // "02-JAN-23": a three-letter month between hyphens, a day before and a two-digit year after; and the same run
        // together in capitals, as bank messages print it ("debited on 03MAR25").
        foreach (var (monthStart, monthEnd) in monthWords ?? [])
        {
            if (monthEnd - monthStart != 3 || monthStart < 1)
            {
                continue;
            }

            var hyphens = text[monthStart - 1] == '-' && monthEnd < text.Length && text[monthEnd] == '-';
            var joined = !hyphens && char.IsAsciiDigit(text[monthStart - 1]) && char.IsAsciiLetterUpper(text[monthStart])
                && char.IsAsciiLetterUpper(text[monthStart + 1]) && char.IsAsciiLetterUpper(text[monthStart + 2]);
            var dayEnd = hyphens ? monthStart - 1 : monthStart;
            var yearStart = hyphens ? monthEnd + 1 : monthEnd;
            if ((hyphens || joined) && dayEnd >= 1 && yearStart + 1 < text.Length && char.IsAsciiDigit(text[yearStart]) && char.IsAsciiDigit(text[yearStart + 1])
                && (yearStart + 2 == text.Length || !(char.IsLetterOrDigit(text[yearStart + 2]) || text[yearStart + 2] == '-')))
            {
                var dayStart = dayEnd;
                while (dayStart > 0 && dayEnd - dayStart < 2 && char.IsAsciiDigit(text[dayStart - 1]))
                {
                    dayStart--;
                }

                var dayDigits = dayEnd - dayStart;
                if (dayDigits is 1 or 2 && (dayStart == 0 || !(char.IsLetterOrDigit(text[dayStart - 1]) || text[dayStart - 1] == '-'))
                    && int.Parse(text.AsSpan(dayStart, dayDigits), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31)
                {
                    scan.Add(PiiEntityType.Date, dayStart, yearStart + 2 - dayStart, scan.CueBefore(dayStart, PersonCues, 40) ? 0.95 : 0.7);
                }
            }
        }
    }

    /// <summary>
    /// Where a month of another language starts when a day of one or two digits ends at <paramref name="dayEnd"/> and the
    /// month stands before it ("Agosto 15"); -1 otherwise. English months are read by their own patterns.
    /// </summary>
    private static int MonthDayBefore(string text, int dayEnd)
    {
        var dayStart = dayEnd;
        while (dayStart > 0 && dayEnd - dayStart < 3 && char.IsAsciiDigit(text[dayStart - 1]))
        {
            dayStart--;
        }

        if (dayEnd - dayStart is not (1 or 2) || dayStart < 4 || text[dayStart - 1] != ' ')
        {
            return -1;
        }

        var monthStart = WordStartBefore(text, dayStart - 1);
        return monthStart < dayStart - 1 && (monthStart == 0 || !char.IsLetterOrDigit(text[monthStart - 1]))
            && OtherLanguageMonths.Contains(text.AsSpan(monthStart, dayStart - 1 - monthStart)) ? monthStart : -1;
    }

    // Words that may follow a day written after its month: a time's or a place's connector ("Hunyo 8 ng gabi", "Juli 3 um 10").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayConnectors = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["ng", "sa", "at", "um", "à", "a", "en", "alle", "o", "na", "la", "de", "del", "às", "om", "kl", "klo"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word other than a connector follows the number: "im Juli 3 Besuche" counts visits.</summary>
    private static bool CountedWordAfter(string text, int end) => TextScan.WordAfter(text, end) is { Length: > 0 } word && !DayConnectors.Contains(word);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLanguageMonths = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        OtherLanguageMonthNames.Split('|'), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a numeric date uses one separator throughout ("14.03.1962", not "12.5/50").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool OneSeparator(ReadOnlySpan<char> date)
    {
        var first = date.IndexOfAny('/', '.', '-');
        var second = first < 0 ? -1 : date[(first + 1)..].IndexOfAny('/', '.', '-');
        // Danish writes the year after a hyphen ("lørdag d. 21/9-2024").
        return second < 0 || date[first] == date[first + 1 + second]
            || (date[first] == '/' && date[first + 1 + second] == '-' && date.Length - (first + 2 + second) == 4);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WordStartBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < 16 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// A day, an English month's abbreviation and a year written together, as banks' text messages print them ("debited by
    /// 19999.00 on date 04Mar24", "07JUN2024").
    /// </summary>
    private static void RecognizeGluedMonthDates(TextScan scan)
    {
        var text = scan.Text;
        var runs = scan.DigitRuns;
        foreach (var (start, end) in runs)
        {
            // "05-Mar 14:10 called", "PTP 15-Mar": a collections log's day and month with no year.
            if (end - start is 1 or 2 && end + 4 <= text.Length && text[end] == '-' && (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '/' or '.'))
                && char.IsAsciiLetterUpper(text[end + 1]) && MonthWords.Contains(text.AsSpan(end + 1, 3))
                && (end + 4 == text.Length || !(char.IsLetterOrDigit(text[end + 4]) || text[end + 4] is '-' or '/' or '.' && end + 5 < text.Length && char.IsAsciiDigit(text[end + 5])))
                && int.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31)
            {
                scan.Add(PiiEntityType.Date, start, end + 4 - start, 0.7);
            }
        }

        for (var r = 0; r + 1 < runs.Count; r++)
        {
            var (start, end) = runs[r];
            var (yearStart, yearEnd) = runs[r + 1];
            if (end - start is not (1 or 2) || yearStart != end + 3 || yearEnd - yearStart is not (2 or 4)
                || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || (yearEnd < text.Length && char.IsLetterOrDigit(text[yearEnd])))
            {
                continue;
            }

            // Three letters between the digits: the month words of that length are the twelve abbreviations.
            if (MonthWords.Contains(text.AsSpan(end, 3)))
            {
                scan.Add(PiiEntityType.Date, start, yearEnd - start, 0.8);
            }
        }
    }

    private const string OtherLanguageMonthNames =
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
        + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
        + "|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
        // French abbreviations, written with a full stop ("née 14 déc. 1985", "3 janv. 1990"), and the Spanish ones Tagalog and
        // Cebuano write too ("bday ni jerome 17 Ago 2001").
        + "|janv|févr|fevr|avr|juil|déc|ene|abr|ago|dic"
        + "|januar|jänner|jaenner|februar|feber|märz|maerz|juni|juli|oktober|dezember"
        + "|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro"
        + "|januari|februari|maart|mei|augustus"
        // Polish, Czech and Romanian (genitive forms, as dates write them), Swedish.
        + "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
        + "|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince"
        + "|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|augusti|oktober"
        // Turkish, and the Danish and Norwegian months not listed above.
        + "|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|marts|maj|mars|desember"
        // Ukrainian, Russian and Greek (genitive, as dates write them), Finnish (partitive).
        + "|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
        + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
        + "|ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου"
        + "|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta"
        // Tagalog and Swahili.
        + "|pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|machi|aprili|julai|agosti|septemba|oktoba|novemba|desemba"
        // Afrikaans (the months not listed above), and Latvian in the locative, as a day is written ("15. augustā").
        + "|januarie|junie|julie|janvārī|februārī|martā|aprīlī|maijā|jūnijā|jūlijā|augustā|septembrī|oktobrī|novembrī|decembrī"
        // Arabic (Egypt and the Gulf, then the Levant), Urdu, Hindi, Bengali and Thai.
        + "|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|أيلول|تشرين"
        + "|جنوری|فروری|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر"
        + "|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर"
        + "|জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর"
        + "|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
        // Serbian in Cyrillic and Croatian (genitive), Slovak (genitive), Catalan, and Hebrew with its "in" joined ("ביוני").
        + "|јануара|фебруара|марта|априла|маја|јуна|јула|августа|септембра|октобра|новембра|децембра"
        + "|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|prosinca"
        + "|januára|februára|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra"
        + "|gener|febrer|març|maig|juny|juliol|agost|setembre|desembre"
        + "|בינואר|בפברואר|במרץ|באפריל|במאי|ביוני|ביולי|באוגוסט|בספטמבר|באוקטובר|בנובמבר|בדצמבר"
        // Indonesian and Malay (the months not listed above), Welsh, Hausa, Hungarian, Lithuanian (genitive), Estonian,
        // Slovene, Croatian in the nominative, Persian (Gregorian months) and Tamil.
        + "|maret|pebruari|nopember|agustus|mac|ogos|disember"
        + "|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"
        + "|janairu|fabrairu|maris|afrilu|mayu|yuni|yuli|agusta|satumba|nuwamba|disamba"
        + "|január|február|március|április|május|június|július|augusztus|szeptember|október"
        + "|sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio"
        + "|jaanuar|veebruar|märts|aprill|juuni|juuli|oktoober|detsember|marec|junij|julij|avgust|decembar"
        // Estonian says "on" a day with the month's adessive ("2. oktoobril helistas"; not "mail", a word of English).
        + "|jaanuaril|veebruaril|märtsil|aprillil|juunil|juulil|augustil|septembril|oktoobril|novembril|detsembril"
        + "|ژانویه|فوریه|آوریل|ژوئن|ژوئیه|سپتامبر|اکتبر|نوامبر|دسامبر"
        + "|ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்"
        // Urdu and Malayalam ("12 مارچ کو", "2024 ജൂലൈ 14-ന്").
        + "|جنوری|فروری|مارچ|اپریل|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر"
        + "|ജനുവരി|ഫെബ്രുവരി|മാർച്ച്|ഏപ്രിൽ|ജൂൺ|ജൂലൈ|ഓഗസ്റ്റ്|സെപ്റ്റംബർ|ഒക്ടോബർ|നവംബർ|ഡിസംബർ"
        // Malagasy ("teraka tamin'ny 05 Jolay 1988"; not "Jona", a given name too).
        + "|janoary|febroary|martsa|aprily|jolay|aogositra|septambra|oktobra|novambra|desambra"
        // Haitian Creole ("Jou 14 janvye 2025 la"; "mas", "me", "jen" and "out", words of other languages too, only with a day
        // and a year: MonthsOnlyWithAYear).
        + "|janvye|fevriye|fevrye|jiyè|jiyet|dawout|septanm|oktòb|novanm|desanm"
        // Marathi and Nepali (the Gregorian months not listed above, then Nepal's Bikram Sambat months but the shortest, which
        // are words too), Telugu, Kannada, Gujarati, Punjabi, Sinhala and Amharic (the Ethiopian calendar's months). "May" in
        // these scripts is left out: two letters, and a common misspelling of Hindi's "in".
        + "|जानेवारी|फेब्रुवारी|एप्रिल|जुलै|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर"
        + "|फेब्रुअरी|अप्रिल|जुन|अगस्ट|सेप्टेम्बर|अक्टोबर|नोभेम्बर|डिसेम्बर"
        + "|बैशाख|वैशाख|जेष्ठ|असार|आषाढ|साउन|श्रावण|भदौ|भाद्र|असोज|आश्विन|कात्तिक|कार्तिक|मंसिर|मङ्सिर|पौष|फागुन|फाल्गुन|चैत्र"
        + "|జనవరి|ఫిబ్రవరి|మార్చి|ఏప్రిల్|జూన్|జూలై|ఆగస్టు|సెప్టెంబర్|సెప్టెంబరు|అక్టోబర్|అక్టోబరు|నవంబర్|నవంబరు|డిసెంబర్|డిసెంబరు"
        + "|ಜನವರಿ|ಫೆಬ್ರವರಿ|ಮಾರ್ಚ್|ಏಪ್ರಿಲ್|ಜೂನ್|ಜುಲೈ|ಆಗಸ್ಟ್|ಸೆಪ್ಟೆಂಬರ್|ಅಕ್ಟೋಬರ್|ನವೆಂಬರ್|ಡಿಸೆಂಬರ್"
        + "|જાન્યુઆરી|ફેબ્રુઆરી|માર્ચ|એપ્રિલ|જૂન|જુલાઈ|ઓગસ્ટ|સપ્ટેમ્બર|ઓક્ટોબર|નવેમ્બર|ડિસેમ્બર"
        + "|ਜਨਵਰੀ|ਫ਼ਰਵਰੀ|ਫਰਵਰੀ|ਮਾਰਚ|ਅਪ੍ਰੈਲ|ਜੂਨ|ਜੁਲਾਈ|ਅਗਸਤ|ਸਤੰਬਰ|ਅਕਤੂਬਰ|ਨਵੰਬਰ|ਦਸੰਬਰ"
        + "|ජනවාරි|පෙබරවාරි|මාර්තු|අප්\u200Dරේල්|මැයි|ජූනි|ජූලි|අගෝස්තු|සැප්තැම්බර්|ඔක්තෝබර්|නොවැම්බර්|දෙසැම්බර්"
        + "|መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ሃምሌ|ነሐሴ|ነሃሴ|ጳጉሜ"
        // The Ethiopian months in Latin letters, as English records in Ethiopia write them ("Megabit 12, 2016 E.C."; not "Tir"
        // or "Sene", words of other languages).
        + "|meskerem|meskeram|tikimt|tikemt|tekemt|hidar|hedar|tahsas|tahisas|yekatit|yakatit|megabit|miyazya|miazia|ginbot|genbot|hamle|hamlie|nehase|nehasse|pagume|pagumen"
        // Icelandic (the months not listed above: "Þann 8. janúar 2025").
        + "|janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember"
        // Bulgarian and Macedonian, which write a date's month in the nominative ("роден съм на 17 април 1976").
        + "|януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|јануари|јуни|јули";

    /// <summary>
    /// Two shapes without a year: eight digits read as year, month and day, a date only after a birth cue ("DOB: 19620314"),
    /// and a month word with a day ("March 14", "3 марта"), a date element Safe Harbor removes unless a notice to everyone
    /// or a log line holds it. The reviewed records wanted such days masked 156 times and kept 5 (notices and a deadline):
    /// in a chat with a patient or customer, a day and month is nearly always theirs, whatever cue words a language uses.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeCuedDatesWithoutSeparators(TextScan scan, List<(int Start, int End)>? monthWords)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start == 8 && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))
                && IsCompactDate(text.AsSpan(start, 8)) && scan.CueBefore(start, BirthCues, 24))
            {
                scan.Add(PiiEntityType.Date, start, 8, 0.85);
            }

            // "(born 1929)", "Year of birth: 1931", "تولد 1984": the year someone was born, a date element of its own.
            if (end - start == 4 && text[start] is '1' or '2' && text[start + 1] is '9' or '0' && (start == 0 || !char.IsLetterOrDigit(text[start - 1]) && text[start - 1] is not ('/' or '-' or '.'))
                && (end == text.Length || !char.IsLetterOrDigit(text[end]) && text[end] is not ('/' or '-' or '.'))
                && (scan.CueBefore(start, BirthYearCues, 16) || BirthYearMarkAfter(text, end)))
            {
                scan.Add(PiiEntityType.Date, start, 4, 0.8);
            }
        }

        // "admitted on 03/14", "DOB 3/14": a month and day written with a slash and no year, right after such a cue
        // (a slash between small numbers is otherwise a score or a ratio: "pain 3/10").
        var runs = scan.DigitRuns;
        for (var r = 0; r + 1 < runs.Count; r++)
        {
            var (start, end) = runs[r];
            var (dayStart, dayEnd) = runs[r + 1];
            // "since 18-07", "on 22-11": with a hyphen only after a preposition that names one day (after "from" or "between"
            // it is a range: "ages 18-25").
            var hyphen = text[end] == '-' && dayEnd - dayStart <= 2 && DayPrepositionBefore(text, start);
            // "Am 02.04. gegen 7:45": day and month with a full stop after each, as German, Nordic and Czech write them.
            // "19.06. plkst. 23:47", "платіж 17.01 о 21:14": with a time after it, with or without the last full stop.
            var dotted = (text[end] == '.' && end - start == 2 && dayEnd - dayStart == 2 && dayStart == end + 1 && dayEnd + 1 < text.Length
                && ((text[dayEnd] == '.' && text[dayEnd + 1] is ' ' or '\n' or ',' && (EventPrepositionBefore(text, start) || TimeAfter(text, dayEnd + 1)))
                    || (text[dayEnd] == ' ' && (TimeAfter(text, dayEnd) || text.AsSpan(dayEnd).StartsWith(" tarihinde", StringComparison.Ordinal)))))
                // Finnish and Nordic days and months of one digit too, with the full stop after each ("on 8.3. then he wanted",
                // "since 21.6."), after a preposition of a day or of a stay.
                || (text[end] == '.' && end - start is 1 or 2 && dayEnd - dayStart is 1 or 2 && dayStart == end + 1 && dayEnd < text.Length
                    && text[dayEnd] == '.' && (dayEnd + 1 == text.Length || text[dayEnd + 1] is ' ' or '\n' or ',' or ')')
                    // "v aplikaci 15.3. v 9:47", "prijava 22.4. u 15:10": with the time after it too.
                    && (EventPrepositionBefore(text, start) || SincePrepositionBefore(text, start) || ShortTimeAfter(text, dayEnd + 1)));
            // A log's entry that opens its line with the day and month ("11.03 - uplata 8.210,00 RSD", "21.02 — დავრეკე",
            // "20.02. příchozí platba", "пт 15.03 – SMS напомняне"): two digits each, then a dash or the entry's words.
            var logLine = (text[end] == '.' && end - start == 2 && dayEnd - dayStart == 2 && dayStart == end + 1 && OpensLogLine(text, start)
                    && LogEntryAfter(text, dayEnd))
                // "9/26 – insp. by adj. R. Maldonado", "5/7 - Moore OK - tornado": a field note's entry with a slash.
                || (text[end] == '/' && dayStart == end + 1 && dayEnd - dayStart is 1 or 2 && OpensLogLine(text, start) && dayEnd + 3 < text.Length
                    && text[dayEnd] == ' ' && text[dayEnd + 1] is '-' or '–' or '—' && text[dayEnd + 2] == ' ');
            dotted |= logLine;
            if (end - start is < 1 or > 2 || dayEnd - dayStart is < 1 or > 2 and not 4 || dayStart != end + 1 || (text[end] != '/' && !hyphen && !dotted)
                || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '/' or '.' or '-'))
                || (dayEnd < text.Length && (char.IsLetterOrDigit(text[dayEnd]) || text[dayEnd] is '/' or '-' || (text[dayEnd] == '.' && dayEnd + 1 < text.Length && char.IsAsciiDigit(text[dayEnd + 1])))))
            {
                continue;
            }

            var month = int.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture);
            if (dayEnd - dayStart == 4)
            {
                // "CABG 08/2016": a month and a year, a date element of its own.
                if (month is >= 1 and <= 12 && text[dayStart] is '1' or '2' && text[dayStart + 1] is '9' or '0')
                {
                    scan.Add(PiiEntityType.Date, start, dayEnd - start, scan.CueBefore(start, PersonCues, 40) ? 0.85 : 0.6);
                }

                continue;
            }

            var day = int.Parse(text.AsSpan(dayStart, dayEnd - dayStart), System.Globalization.CultureInfo.InvariantCulture);
            // Month first after a cue ("admitted on 03/14"); either order where the sentence says something happened to
            // someone on the day ("on 28/03 at 9:30am").
            // After a cue the day may come first when the order is plain ("discharged 22/08"). Two digits on each side after a
            // preposition of time are a day and month whoever the sentence speaks of ("le 06/05 j'ai envoyé", "su cita del
            // 22/05"): fractions and scores are not written with a leading zero or a day's number.
            var dayAndMonth = (month is >= 1 and <= 12 && day is >= 1 and <= 31) || (month is >= 1 and <= 31 && day is >= 1 and <= 12);
            // "27.03 tarihinde", "14/05 günü": Turkish writes "on the date" after the day.
            var timeAfter = TimeAfter(text, dotted && text[dayEnd] == '.' ? dayEnd + 1 : dayEnd)
                || text.AsSpan(dayEnd).StartsWith(" tarihinde", StringComparison.Ordinal) || text.AsSpan(dayEnd).StartsWith(" tarihli", StringComparison.Ordinal)
                || text.AsSpan(dayEnd).StartsWith(" günü", StringComparison.Ordinal);
            if (((month is >= 1 and <= 12 && day is >= 1 and <= 31) || (month is >= 13 and <= 31 && day is >= 1 and <= 12)) && scan.CueBefore(start, MonthDayCues, 16)
                || (logLine && dayAndMonth)
                || (dayAndMonth
                    && (EventPrepositionBefore(text, start) || timeAfter || WeekdayBefore(text, start))
                    // "9/12 2:30pm visita SN a paciente": a visit log's entry starts its line with the day and the time, or a field
                    // holds them ("Händelse: 19/3 kl 22:40").
                    && (scan.SpeaksOfSomeoneBefore(start) || DayPrepositionBefore(text, start)
                        || (timeAfter && (dotted || start == 0 || text[start - 1] == '\n' || (start >= 2 && text[start - 1] == ' ' && text[start - 2] == ':')))
                        || (end - start == 2 && dayEnd - dayStart == 2 && (text[end] == '/' || dotted) && (EventPrepositionBefore(text, start) || timeAfter)))
                    && !IsNotice(text, start) && !AgeRecognizer.FollowedByUnit(text.AsSpan(dayEnd)) // "on 10/20 mg": a dose
                    && !text.AsSpan(dayEnd).StartsWith(" of ", StringComparison.Ordinal))) // "on 3/4 of days": a fraction
            {
                scan.Add(PiiEntityType.Date, start, dayEnd - start, 0.75);
            }
            else if (end - start == 2 && dayEnd - dayStart == 2 && text[end] == '/' && dayAndMonth && month != day
                && !AgeRecognizer.FollowedByUnit(text.AsSpan(dayEnd)) && !(start > 0 && text[start - 1] is 'x' or '×')
                && !ScoreBefore(text, start) && !IsNotice(text, start))
            {
                // "hospitalized 12/28", "cath 11/03 showed", "Pick up by 04/09", "喺 20/09 有兩筆": two digits on each side of a
                // slash that make a day and month read as one with no cue at all. Scores and ratios are written otherwise
                // ("pain 3/10", "GCS 14/15", "12/12h", "x12/12"); the reviewed records kept one such pair in 8,600 texts
                // (a dose, "10/12.5 mg", which the digit after it rules out) and wanted 117 masked.
                scan.Add(PiiEntityType.Date, start, dayEnd - start, 0.6);
            }
        }

        if (monthWords is null)
        {
            return;
        }

        // Around each month word: a day at most 8 characters before it ("14th of ") or 6 after (" 14th,"), the window
        // widened to whitespace so that the pattern sees a year that follows.
        var searchedTo = 0;
        foreach (var (monthStart, monthEnd) in monthWords)
        {
            var start = Math.Min(Math.Max(searchedTo, monthStart - 8), monthStart); // the month itself even when the last window ran into it ("Aug 5 to Aug 12")
            while (start > searchedTo && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var end = Math.Min(text.Length, monthEnd + 6);
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            foreach (var m in MonthDayRegex().EnumerateMatches(text.AsSpan(start, end - start)))
            {
                // "branches are closed Monday July 21 for Liberation Day": everyone's day. Not with a month's abbreviation, which
                // the word model would then read alone as a name ("closed 15 Jan for John Chilembwe Day").
                if (monthEnd - monthStart > 3 && BeforeAHoliday(text, start + m.Index + m.Length))
                {
                    continue;
                }

                // A cue, a weekday or a question answered makes it the person's even in a notice's line; else any day that no
                // notice or log line holds ("kontrola … 25 listopada" has no cue this recognizer could list for every language).
                if (scan.CueBefore(start + m.Index, PersonCues, 48) || WeekdayBefore(text, start + m.Index) || EndsRange(scan, start + m.Index)
                    || AnswersAQuestion(text, start + m.Index)
                    || (!(text[monthStart] == 'm' && text.AsSpan(monthStart, monthEnd - monthStart) is "may")
                        && !IsNotice(text, start + m.Index) && !IsLogTimestamp(text, start + m.Index + m.Length)))
                {
                    scan.Add(PiiEntityType.Date, start + m.Index, m.Length, 0.75);
                }
            }

            searchedTo = end;
        }
    }

    /// <summary>
    /// A day after its weekday with no month word: "Saturday the 11th", "friday 8th", "thursday 3/21", "quinta 18/7", "Samstig
    /// 6.4.", "V pondělí 22. 4.". The weekday says the numbers are a day and a month, as a person's appointment or incident.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeDaysAfterWeekdays(TextScan scan)
    {
        var text = scan.Text;
        var runs = scan.DigitRuns;
        for (var r = 0; r < runs.Count; r++)
        {
            var (start, end) = runs[r];
            if (end - start > 2 || start < 4 || !(text[start - 1] == ' ' || text[start - 1] == ',') || end >= text.Length)
            {
                continue;
            }

            var dateEnd = -1;
            var ordinal = false;
            if (end + 2 <= text.Length && text.AsSpan(end, 2) is "st" or "nd" or "rd" or "th" && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2])))
            {
                dateEnd = end + 2;
                ordinal = int.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;
            }
            else if (r + 1 < runs.Count && text[end] is '/' or '.' or '-' && runs[r + 1].End - runs[r + 1].Start <= 2
                && (runs[r + 1].Start == end + 1 || (text[end] == '.' && runs[r + 1].Start == end + 2 && text[end + 1] == ' ')))
            {
                var (monthStart, monthEnd) = runs[r + 1];
                var first = int.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture);
                var second = int.Parse(text.AsSpan(monthStart, monthEnd - monthStart), System.Globalization.CultureInfo.InvariantCulture);
                var validDate = (first is >= 1 and <= 31 && second is >= 1 and <= 12) || (first is >= 1 and <= 12 && second is >= 1 and <= 31);
                // A year after it belongs to the numeric patterns; a time ("Friday 14.30") is no date.
                var yearOrMore = monthEnd < text.Length && (text[monthEnd] is '/' or '-' or ':' || char.IsLetterOrDigit(text[monthEnd])
                    || (text[monthEnd] == '.' && monthEnd + 1 < text.Length && char.IsAsciiDigit(text[monthEnd + 1])));
                if (validDate && !yearOrMore)
                {
                    dateEnd = monthEnd < text.Length && text[monthEnd] == '.' ? monthEnd + 1 : monthEnd;
                    // "Freitag 14.30": with a full stop and no closing stop, minutes look the same; take it only with the stop.
                    if (text[end] == '.' && dateEnd == monthEnd)
                    {
                        dateEnd = -1;
                    }
                }
            }

            if (dateEnd > 0 && (WeekdayBefore(text, start, scan.CueBefore(start, PersonalWords, 60)) || (ordinal && IsOrdinalDay(text, start, dateEnd) && !IsNotice(text, start))))
            {
                scan.Add(PiiEntityType.Date, start, dateEnd - start, 0.75);
            }
        }
    }

    // Weekdays in the product's languages (Swiss German, Portuguese "-feira" and Finnish "-na" forms too).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
         "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "segunda", "terça", "terca", "quarta",
         "quinta", "sexta", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "lundi", "mardi", "mercredi", "jeudi",
         "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "mäntig", "zischtig",
         "mittwuch", "dunschtig", "fritig", "samstig", "sunntig", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
         "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
         "söndag", "mandag", "tirsdag", "lørdag", "søndag", "poniedziałek", "wtorek", "środa", "środę", "czwartek", "piątek", "sobota", "sobotę",
         "niedziela", "niedzielę", "pondělí", "úterý", "středa", "středu", "čtvrtek", "pátek", "neděle", "neděli", "maanantai", "tiistai",
         "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai", "maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina",
         "lauantaina", "sunnuntaina", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "senin", "selasa", "rabu",
         "kamis", "jumat", "sabtu", "minggu", "miyerkules", "huwebes", "biyernes", "linggo", "hétfő", "kedd", "szerda", "csütörtök", "péntek",
         "szombat", "vasárnap"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // An article or preposition between the weekday and its day ("Saturday the 11th", "le mardi 12", "am Freitag, 15.").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayArticles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "le", "el", "den", "il", "am", "de", "dia", "ng", "o", "a"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a weekday ("Thursday", "thurs,", "dinsdag", "Saturday the") stands right before <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool WeekdayBefore(string text, int start, bool personal = false)
    {
        var before = text.AsSpan(0, start).TrimEnd(" ,.");
        var wordStart = before.Length;
        while (wordStart > 0 && char.IsLetter(before[wordStart - 1]))
        {
            wordStart--;
        }

        if (before.Length - wordStart is >= 1 and <= 3 && DayArticles.Contains(before[wordStart..]))
        {
            before = before[..wordStart].TrimEnd(" ,");
            wordStart = before.Length;
            while (wordStart > 0 && (char.IsLetter(before[wordStart - 1]) || before[wordStart - 1] == '-'))
            {
                wordStart--;
            }
        }

        if (before.Length - wordStart < 3 || (wordStart > 0 && char.IsLetterOrDigit(before[wordStart - 1])) || !WeekdayWords.Contains(before[wordStart..]))
        {
            return false;
        }

        // "from Monday 2 December all branches close": a schedule, not a person's day (unless the sentence is about someone:
        // "move my appt from thursday 3/21").
        var previous = before[..wordStart].TrimEnd(' ');
        return personal || !(previous.EndsWith("from", StringComparison.OrdinalIgnoreCase) || previous.EndsWith("until", StringComparison.OrdinalIgnoreCase)
            || previous.EndsWith("starting", StringComparison.OrdinalIgnoreCase) || previous.EndsWith("effective", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
         "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where month names stand as words (any case): what every named-date pattern needs. "Summary", "Maria" and
    /// "remarks" contain a month's letters but do not switch those patterns on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int Start, int End)>? MonthWordsIn(string text)
    {
        List<(int, int)>? words = null;
        var offset = 0;
        while (offset < text.Length)
        {
            var next = text.AsSpan(offset).IndexOfAny(MonthNames);
            if (next < 0)
            {
                break;
            }

            var start = offset + next;
            var end = start + 3;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if ((start == 0 || !char.IsLetter(text[start - 1])) && MonthWords.Contains(text.AsSpan(start, end - start)))
            {
                (words ??= []).Add((start, end));
            }

            offset = start + 1;
        }

        return words;
    }

    /// <summary>Eight digits that read as a date: 19xx or 20xx, month 01–12, day 01–31.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsCompactDate(ReadOnlySpan<char> d) =>
        ((d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0'))
        && ((d[4] == '0' && d[5] is >= '1' and <= '9') || (d[4] == '1' && d[5] is >= '0' and <= '2'))
        && ((d[6] == '0' && d[7] is >= '1' and <= '9') || (d[6] is '1' or '2') || (d[6] == '3' && d[7] is '0' or '1'));

    // Appointments, stays and admissions in the product's other languages: a day and month after one is a person's date
    // ("cita en el Gregorio Marañón el 3 de julio", "rdv à l'hôpital Ibn Sina le 7 mai", "internat la Spitalul Floreasca pe 11
    // martie", "dirawat sejak 2 Januari", "Hacettepe'de 12 Haziran'da randevusu").
    private static readonly CueSet ScheduleCues = new(
        "cita", "consulta", "rdv", "rendez-vous", "internat", "internată", "internado", "internada", "ricoverato", "ricoverata",
        "appuntamento", "visita", "termin", "afspraak", "wizyta", "randevu", "randevusu", "sejak", "dirawat", "desde", "depuis",
        "seit", "sinds", "opname", "aufnahme", "ingreso", "ingresado", "ingresada", "hospitalisé", "hospitalisée", "hospitalizado",
        "hospitalizada", "hospitalizován", "hospitalizována", "consultation", "opereras", "operation", "operasjon", "besök", "tid",
        "vastaanotto", "ραντεβού", "εισαγωγή", "приём", "прием", "запись", "госпитализирован", "госпитализирована", "консультация",
        "запис", "прийом", "cirurgia", "consulta marcada", "operacja", "zabieg", "přijat", "přijata", "felvétel", "vizsgálat",
        "appointment", "appt", "admitted", "booked", "scheduled", "surgery");

    /// <summary>
    /// A day and a month word of another language with no year ("el 3 de julio", "le 7 mai", "den 2 oktober", "12 Haziran'da",
    /// "14 Μαΐου", "3 марта", "14 ga Janairu"): the date of a person's visit or stay unless a notice to everyone holds it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeScheduledDaysOfOtherLanguages(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            // Tagalog's ordinal day ("ika-3 ng Pebrero 2024") is a day too.
            var ordinalDay = start >= 4 && text.AsSpan(start - 4, 4).Equals("ika-", StringComparison.OrdinalIgnoreCase);
            if (end - start > 2 || (start > 0 && !ordinalDay && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '/' or '.' or '-' or ',')))
            {
                continue;
            }

            // "noong Hunyo 8", "Oktubre 5, nawala": the month before the day, with no year after.
            if (!ordinalDay && MonthDayBefore(text, end) is var monthFirst and >= 0
                && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '/' or '-' or ':' || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
                && !text.AsSpan(end).TrimStart(" ,").StartsWith("19", StringComparison.Ordinal) && !text.AsSpan(end).TrimStart(" ,").StartsWith("20", StringComparison.Ordinal)
                && int.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31
                && !CountedWordAfter(text, end)
                && (scan.CueBefore(monthFirst, ScheduleCues, 60) || scan.CueBefore(monthFirst, PersonCues, 40) || !IsNotice(text, monthFirst)))
            {
                scan.Add(PiiEntityType.Date, monthFirst, end - monthFirst, 0.75);
                continue;
            }

            var i = end;
            if (i < text.Length && text[i] is '.' or 'º' or '°')
            {
                i++;
            }

            if (i + 4 >= text.Length || text[i] != ' ')
            {
                continue;
            }

            i++;
            if (text.AsSpan(i).StartsWith("de ", StringComparison.Ordinal) || text.AsSpan(i).StartsWith("of ", StringComparison.Ordinal)
                || text.AsSpan(i).StartsWith("ga ", StringComparison.Ordinal) || text.AsSpan(i).StartsWith("ng ", StringComparison.Ordinal))
            {
                i += 3;
            }
            else if (text.AsSpan(i).StartsWith("d'", StringComparison.Ordinal) || text.AsSpan(i).StartsWith("d’", StringComparison.Ordinal))
            {
                i += 2; // Catalan's "24 d'abril", "3 d'octubre"
            }

            // Letters and the vowel signs of Indic scripts, which are marks, not letters ("जून", "জুন").
            var wordEnd = i;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || char.GetUnicodeCategory(text[wordEnd]) is System.Globalization.UnicodeCategory.NonSpacingMark
                       or System.Globalization.UnicodeCategory.SpacingCombiningMark) && wordEnd - i <= 12)
            {
                wordEnd++;
            }

            var month = text.AsSpan(i, wordEnd - i);
            // English months have their own pattern above (MonthDayRegex).
            if (month.Length is < 3 or > 12 || !OtherLanguageMonths.Contains(month) || MonthWords.Contains(month))
            {
                continue;
            }

            var day = int.Parse(text.AsSpan(start, end - start), System.Globalization.CultureInfo.InvariantCulture);

            // "9 มิถุนายน 2568": a Thai date in the Buddhist era, which the numeric patterns do not read.
            if (wordEnd + 5 <= text.Length && text[wordEnd] == ' ' && text.AsSpan(wordEnd + 1).StartsWith("25", StringComparison.Ordinal)
                && !text.AsSpan(wordEnd + 1, 4).ContainsAnyExceptInRange('0', '9')
                && (wordEnd + 5 == text.Length || !char.IsAsciiDigit(text[wordEnd + 5])) && day is >= 1 and <= 31)
            {
                scan.Add(PiiEntityType.Date, start, wordEnd + 5 - start, 0.8);
                continue;
            }

            var after = text.AsSpan(wordEnd);
            var dayStart = ordinalDay ? start - 4 : start;

            // "14 जुलाई 2024", "৫ আগস্ট ২০২৪", "25 ng Pebrero 2025": the year too, where the other patterns do not read the month.
            var yearStart = wordEnd + (after.Length - after.TrimStart(" ,").Length);
            if (day is >= 1 and <= 31 && yearStart + 4 <= text.Length && yearStart > wordEnd && text.AsSpan(yearStart, 2) is "19" or "20"
                && !text.AsSpan(yearStart, 4).ContainsAnyExceptInRange('0', '9') && (yearStart + 4 == text.Length || !char.IsLetterOrDigit(text[yearStart + 4])))
            {
                scan.Add(PiiEntityType.Date, dayStart, yearStart + 4 - dayStart, scan.CueBefore(dayStart, PersonCues, 40) ? 0.95 : 0.75);
                continue;
            }

            // A year after the month belongs to the patterns with years; a time does not ("el martes 14 de mayo 10:30").
            var yearFollows = after.TrimStart(" ,.").StartsWith("de ", StringComparison.Ordinal)
                || (after.TrimStart(" ,.") is var rest && rest.Length > 0 && char.IsAsciiDigit(rest[0]) && !(rest.Length >= 3 && rest[1..].IndexOfAny(':', 'h') is 0 or 1));
            if (day is < 1 or > 31 || yearFollows || BeforeAHoliday(text, wordEnd)
                || !(scan.CueBefore(start, ScheduleCues, 60) || scan.CueBefore(start, PersonCues, 40) || scan.CueAfter(wordEnd, ScheduleCues, 24) || WeekdayBefore(text, start)
                    || AnswersAQuestion(text, start) || !IsNotice(text, start)))
            {
                continue;
            }

            scan.Add(PiiEntityType.Date, dayStart, wordEnd - dayStart, 0.75);
        }
    }

    /// <summary>
    /// Whether the date opens the answer to a question on the line before ("Nurse: And her EDD?\nCaller: 28 September"): in a
    /// dialogue, a day asked for is the person's.
    /// </summary>
    private static bool AnswersAQuestion(string text, int start) => TextScan.QuestionAnswered(text, start, afterAssent: false) >= 0;

    /// <summary>Whether a date already found ends right before " to ", " until ", " till " or a dash before <paramref name="start"/>.</summary>
    private static bool EndsRange(TextScan scan, int start)
    {
        var text = scan.Text;
        var word = TextScan.WordBefore(text, start, 5);
        var previousEnd = word.IsEmpty ? start - 1 : start - 1 - word.Length;
        if (previousEnd < 2 || !(word is "to" or "until" or "till" or "and" || (word.IsEmpty && text[start - 1] is '-' or '–')))
        {
            return false;
        }

        if (text[previousEnd - 1] == ' ')
        {
            previousEnd--;
        }

        return scan.HasCandidate(PiiEntityType.Date, -1, previousEnd);
    }

    // A day and month in a sentence about someone ("i need to move my appt to March 26", "your card was used on 2 Sept"), and
    // the words of a notice to everyone, where the same date is ordinary content ("from 1 April the rate rises for all").
    private static readonly CueSet PersonalWords = new([.. TextScan.PersonalPronouns, "ive", "i've", "mine", "mum", "dad", "son", "daughter", "wife", "husband"]);

    private static readonly CueSet OtherLanguagePersonalWords = new("mi", "mis", "me", "yo", "mon", "ma", "mes", "je", "j'ai", "mein", "meine",
        "negadījums", "mans", "mana",
        "meinen", "ich", "mir", "mich", "mijn", "ik", "min", "mitt", "mina", "jeg", "mig", "minun", "minä", "mój", "moja", "moje", "mam",
        "jsem", "můj", "moje", "mám", "eu", "meu", "minha", "io", "mio", "mia", "ho", "saya", "aku", "ako", "ko", "ben", "benim", "мой",
        "моя", "мне", "я", "мій", "мені", "μου", "είμαι", "votre", "vous", "usted", "su", "tu", "você", "ihr", "ihre", "uw", "din", "ditt",
        "tvůj", "váš", "twój", "pan", "pani", "anda", "kamu", "ваш", "ваша", "вы", "ви", "σας", "sizin", "ön", "az ön", "mama", "tata", "mamá",
        "papá", "mãe", "pai", "maman", "papa", "mutter", "vater", "moeder", "vader", "mor", "far", "äiti", "isä", "siya", "lola", "lolo");

    // Words of a notice to everyone (fees, rates, offers, opening hours), in ASCII so that their search stays vectorised: a
    // day and month in such a sentence is ordinary content ("from 1 April the rate rises for all", "el TAE … hasta el 31 de
    // diciembre").
    private static readonly System.Buffers.SearchValues<string> NoticeWords = System.Buffers.SearchValues.Create(
        ["all branches", "all customers", "all members", "effective", " rate", "deadline", "reminder", "holiday", "tax year",
         // "notice" as a noun, not "I noticed 3 charges on 22 Feb" (the customer's own day).
         "notice ", "notice:", "notice.", "notice,", "notices",
         // An office or a branch closed on the day, in the Nordic languages, German, Dutch, Spanish, Portuguese and Italian
         // ("kontoret er stengt 17. mai"); ASCII only, so that the search stays vectorised.
         "stengt", "lukket", "geschlossen", "gesloten", "cerrado", "cerrada", "fechado", "fechada", "chiuso", "chiusa",
         // Indonesian and Malay public holidays ("krn libur 17 Agustus", "cuti umum").
         "libur ", "cuti umum",
         // A regulator's circular and a law's date ("as per RBI circular dated 06 July 2017").
         "circular",
         "financial year", "offer", "promotion", "every year", "each year", "annual", "opening hours", "closed on", "netflix", "subscription",
         "interest", " tae ", " apr ", "comisi", "tarif", "frais", "taxa", "zinssatz", "commission", "tasso", "rentevoet", "oprocentowanie",
         "oferta", "offre", "angebot", "aanbieding", "promoci", "in force", "take effect", "takes effect", "em vigor", "en vigor",
         "en vigueur", "in kraft", "in vigore"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"APGAR 08/09", "power 04/05", "score 10/12": a score's name just before the pair.</summary>
    private static bool ScoreBefore(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 12), Math.Min(12, start)).TrimEnd(" :=");
        foreach (var word in (ReadOnlySpan<string>)["apgar", "gcs", "score", "pain", "vas", "nrs", "power", "mmse", "moca", "grade", "strength", "rated", "scored", "out of"])
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the line before <paramref name="start"/> (up to 160 characters) or the rest of its sentence (up to 100) is a
    /// notice to everyone ("From 1 April the standard variable rate rises", "entram em vigor a 1 de janeiro").
    /// </summary>
    private static bool IsNotice(string text, int start)
    {
        var from = Math.Max(0, start - 160);
        var before = text.AsSpan(from, start - from);
        before = before[(before.LastIndexOf('\n') + 1)..];
        if (HasNoticeWord(before))
        {
            return true;
        }

        var after = text.AsSpan(start, Math.Min(100, text.Length - start));
        var lineEnd = after.IndexOfAny(SentenceEnds);
        after = lineEnd < 0 ? after : after[..lineEnd];
        // A full stop inside a date ("12. März") ends no sentence; ". " after its first characters does.
        var stop = after.Length > 4 ? after[4..].IndexOf(". ") : -1;
        return HasNoticeWord(stop < 0 ? after : after[..(stop + 4)]);
    }

    /// <summary>A notice's word in <paramref name="span"/>, not counting "apr" after a day ("from 10 Apr to next week").</summary>
    private static bool HasNoticeWord(ReadOnlySpan<char> span)
    {
        for (var at = span.IndexOfAny(NoticeWords); at >= 0;)
        {
            if (!(span[at..].StartsWith(" apr ", StringComparison.OrdinalIgnoreCase) && at > 0 && char.IsAsciiDigit(span[at - 1])))
            {
                return true;
            }

            var next = span[(at + 1)..].IndexOfAny(NoticeWords);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("\n;!?");

    // What names a public holiday right after its date ("closed Monday July 21 for Liberation Day", "fermées le 26 juin (fête de
    // l'Indépendance)", "am 3. Oktober (Feiertag)").
    private static readonly string[] HolidayWords =
        [" Day", "holiday", "Holiday", "fête", "feriado", "festivo", "Feiertag", "jour férié", "bank holiday", "Independence", "Liberation"];

    /// <summary>Whether a public holiday is named within a few words after a day ending at <paramref name="end"/>.</summary>
    private static bool BeforeAHoliday(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(32, text.Length - end));
        var stop = after.IndexOfAny(SentenceEnds);
        after = stop < 0 ? after : after[..stop];
        if (!(after.StartsWith(" for ", StringComparison.Ordinal) || after.StartsWith(" (", StringComparison.Ordinal) || after.StartsWith(", ", StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var word in HolidayWords)
        {
            if (after.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The prepositions among those that put one particular day after them ("burst on 22/11", "no dia 25/04", "since 18-07"),
    // unlike "from", "between" or "until", which also open ranges of numbers. Declared before the sets that read it.
    private static readonly string[] DayPrepositionWords =
    [
        "on", "since", "dia", "día", "el", "am", "op", "dne", "noong", "seit", "desde", "depuis",
        // Vietnamese "day", "on the day", "evening", "morning", "afternoon", "from" and "to" ("ngày 17/10", "hôm 10/6", "từ 11/4
        // đến 16/4"), Greek "on" as chats romanise it ("stis 12/6"), Malay "admitted", "discharged" and "last night" ("keluar
        // 27/09"), Swedish "taken" ("taget 3/6") and a card's expiry ("exp 09/27").
        "ngày", "hôm", "tối", "sáng", "chiều", "từ", "đến", "stis", "masuk", "keluar", "semalam", "taget", "exp", "expiry", "expires",
        // The day named by when it was ("the ATM took my card yesterday 3/14").
        "yesterday", "today", "tomorrow",
    ];

    // The word before a day that says something happened or will happen on it ("fell … on 2 August", "el 3 de julio",
    // "am 14. März", "natten till 20 april", "noong Hunyo 8").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EventPrepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        [.. DayPrepositionWords, "il", "le", "den", "till", "på", "em", "mellem", "between", "du", "vom",
         // Spanish "of the" and "to the" before a day ("su cita del 22/05"), Bislama's "on" ("Long 08/01 long naet").
         "del", "al", "long",
         // Since, from and until in the product's languages ("лежит в Склифе с 3 марта", "νοσηλεύεται από τις 5 Μαρτίου",
         // "nung Aug 3"): the start or end of someone's stay, leave or treatment.
         "since", "from", "until", "nung", "с", "со", "до", "по", "от", "з", "із", "від", "τις", "στις", "από", "od", "do", "ze", "dal",
         "desde", "depuis", "seit", "bis", "até", "hasta",
         // The word for "day" or "date" before one in Arabic, Hindi, Bengali and Thai ("من يوم ٣ يونيو", "कल 10 जून", "วันที่ 18").
         "يوم", "بتاريخ", "कल", "तारीख", "তারিখ", "วันที่", "tgl", "tanggal", "pon"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A time right after, or after one short word in small letters ("15.3. v 9:47", "22.4. u 15:10", "19.3. kl 22:40"): not a
    /// sentence that goes on ("reason code 10.4. Call ended 14:31").
    /// </summary>
    private static bool ShortTimeAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var word = i;
        while (i < text.Length && char.IsLetter(text[i]) && char.IsLower(text[i]) && i - word < 3)
        {
            i++;
        }

        if (i > word)
        {
            if (i >= text.Length || text[i] is not (' ' or '.'))
            {
                return false;
            }

            i++;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
        }

        return i > end && i + 3 < text.Length && char.IsAsciiDigit(text[i]) && (text[i + 1] is ':' or '.' || (char.IsAsciiDigit(text[i + 1]) && text[i + 2] is ':' or '.'));
    }

    /// <summary>Whether <paramref name="start"/> opens its line, after a weekday's short name at most ("пт 15.03", "za 23-11").</summary>
    private static bool OpensLogLine(string text, int start)
    {
        if (start == 0 || text[start - 1] == '\n')
        {
            return true;
        }

        var word = start - 1;
        if (text[word] != ' ')
        {
            return false;
        }

        while (word > 0 && char.IsLetter(text[word - 1]) && start - word <= 5)
        {
            word--;
        }

        return word < start - 1 && (word == 0 || text[word - 1] == '\n') && start - 1 - word is 2 or 3;
    }

    /// <summary>What follows a log line's day and month: a dash and the entry, or a full stop and a word ("20.02. příchozí").</summary>
    private static bool LogEntryAfter(string text, int dayEnd)
    {
        var i = dayEnd < text.Length && text[dayEnd] == '.' ? dayEnd + 1 : dayEnd;
        if (i + 2 >= text.Length || text[i] != ' ')
        {
            return false;
        }

        // Not a heading's number ("10.01 - Introduction"): an entry goes on in small letters, digits or a script without case.
        return (text[i + 1] is '-' or '–' or '—' && text[i + 2] == ' ' && i + 3 < text.Length && !char.IsUpper(text[i + 3]))
            || (i > dayEnd && char.IsLetter(text[i + 1]) && char.IsLower(text[i + 1]));
    }

    private static bool EventPrepositionBefore(string text, int start)
    {
        var word = TextScan.WordBefore(text, start, 9);
        // "on the 3rd of March", "since the 24th of January": the article between.
        if (word is "the" && start >= 5)
        {
            word = TextScan.WordBefore(text, start - 4, 7);
        }

        return (!word.IsEmpty && EventPrepositions.Contains(word))
            || (start >= 5 && text.AsSpan(start - 5, 5).Equals("exp. ", StringComparison.OrdinalIgnoreCase)); // a card's "exp. 09/27"
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayPrepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        DayPrepositionWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"since 2 June", "seit 3. März": a stay or a state that began on the day, which is someone's.</summary>
    private static bool SincePrepositionBefore(string text, int start) =>
        TextScan.WordBefore(text, start, 7) is var word && (word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("seit", StringComparison.OrdinalIgnoreCase)
            || word.Equals("desde", StringComparison.OrdinalIgnoreCase) || word.Equals("depuis", StringComparison.OrdinalIgnoreCase));

    private static bool DayPrepositionBefore(string text, int start)
    {
        var word = TextScan.WordBefore(text, start, 9);
        return (!word.IsEmpty && DayPrepositions.Contains(word))
            || (start >= 5 && text.AsSpan(start - 5, 5).Equals("exp. ", StringComparison.OrdinalIgnoreCase)); // a card's "exp. 09/27"
    }

    /// <summary>"on the night of 14 Feb", "the morning of 3 March": a part of one particular day before it.</summary>
    private static bool PartOfDayBefore(string text, int start) =>
        TextScan.WordBefore(text, start, 2) is "of"
        && TextScan.WordBefore(text, start - 3, 9) is "night" or "morning" or "evening" or "afternoon" or "weekend";

    // What may follow "on the 14th" when it is a day: the sentence goes on or ends. Any other word makes the ordinal part of
    // a name or a count ("the 3rd floor", "on the 2nd attempt").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsAfterADay = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "at", "or", "but", "so", "then", "please", "pls", "in", "as", "because", "when", "with", "around", "about", "after", "before",
         "instead", "if", "is", "was", "will", "would", "could", "thanks", "thank", "too", "right", "ok", "okay", "yeah", "yes", "no"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "on the 14th", "since the 3rd", "see you on the 24th": an ordinal after "the" and a preposition of time, with nothing
    /// named after it, is a day of the month.
    /// </summary>
    private static bool IsOrdinalDay(string text, int start, int end)
    {
        if (TextScan.WordBefore(text, start, 3) is not "the" || TextScan.WordBefore(text, start - 4, 6) is not ("on" or "since" or "by" or "until" or "till" or "from" or "before" or "after"))
        {
            return false;
        }

        var i = end;
        if (i == text.Length || text[i] is not ' ')
        {
            return true; // punctuation or the text's end
        }

        var wordEnd = i + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd == i + 1 || WordsAfterADay.Contains(text.AsSpan(i + 1, wordEnd - i - 1));
    }

    /// <summary>Whether a time of day follows the date: an appointment ("3 settembre ore 8:30", "24 Haziran saat 10:30", "28/03 at 9:30am").</summary>
    private static bool TimeAfter(string text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        // The next cell of a table's row ("| 03/03 | 10:20 | call …").
        if (i + 1 < text.Length && text[i] == '|' && text[i + 1] == ' ')
        {
            i += 2;
        }

        // An optional word for "at" ("at", "ore", "saat", "um", "à", "às", "kl.", "klo", "alle", "a las", Tagalog "mga"), or
        // the sign notes use for it ("f/u 04/02 @ 9:40am").
        if (i + 1 < text.Length && text[i] == '@')
        {
            i += text[i + 1] == ' ' ? 2 : 1;
        }

        // Up to two short words ("a las 8am", "à 9h30").
        for (var words = 0; words < 2; words++)
        {
            var wordEnd = i;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '.') && wordEnd - i <= 5)
            {
                wordEnd++;
            }

            if (wordEnd > i && wordEnd < text.Length && text[wordEnd] == ' ')
            {
                i = wordEnd + 1;
            }
            else
            {
                break;
            }
        }

        var digits = i;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        // "14:30", "9h30", "9.30", "7h" ("remarcada p/ 18/06 às 7h"), and "3pm" / "3 pm" ("it was 12 June around 3pm").
        return digits - i is 1 or 2 && ((digits + 2 < text.Length && text[digits] is ':' or 'h' or '.' && char.IsAsciiDigit(text[digits + 1]) && char.IsAsciiDigit(text[digits + 2]))
            || (digits < text.Length && text[digits] == 'h' && (digits + 1 == text.Length || !char.IsLetterOrDigit(text[digits + 1])
                || text.AsSpan(digits).StartsWith("hrs", StringComparison.Ordinal) || text.AsSpan(digits).StartsWith("hs", StringComparison.Ordinal)))
            || AmPmAt(text, digits));
    }

    private static bool AmPmAt(string text, int i)
    {
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i + 2 <= text.Length && text.AsSpan(i, 2) is "am" or "pm" or "AM" or "PM" && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));
    }

    /// <summary>Whether a time with seconds follows the date: a log line's timestamp ("Jul 22 03:14:09 fw-edge-02 sshd").</summary>
    private static bool IsLogTimestamp(string text, int end) =>
        end + 9 <= text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2]) && text[end + 3] == ':'
        && text[end + 6] == ':';

    private static readonly CueSet MonthDayCues = new(
        "admitted on", "discharged on", "seen on", "born on", "died on", "admitted", "discharged", "dob", "d.o.b", "date of birth",
        // An appointment's day ("i missed my appt 9/12").
        "appt", "appointment",
        "birthday", "deceased on", "operated on", "arrested on", "bday", "b-day", "desde", "sejak", "depuis", "seit", "sinds", "since",
        "internada desde", "internado desde", "d.", "happened", "it happened", "occurred", "took place", "incident on",
        // A visit booked or moved, a referral sent, a card's expiry ("sent referral 3/18", "Retorno 06/05", "Exp : 08/27").
        "referral", "retorno", "return visit", "f/u", "follow up", "follow-up", "remarcada", "remarcada p/", "reagendada", "rescheduled to",
        "rec'd", "recd", "received",
        "exp", "exp.", "expiry", "expires", "valid thru", "vence", "vencimento", "cita", "turno", "rdv", "termin",
        // A field officer's visit, and Swahili's "date" ("visit 5/3 sokal 10.30", "tarehe 8/6").
        "visit", "tarehe",
        // Swedish "up to and including" ("finns att hämta t.o.m. 8/3", "Sjukledig t.o.m. 12.2.").
        "t.o.m.", "t.o.m");

    [GeneratedRegex(@"(?<!\p{L})(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)\s+(?:0?[1-9]|[12]\d|3[01])-(?:án|én|jén|ján|ig|től|tól|i)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex HungarianDayRegex();

    private const string ArmenianMonths = "(?:հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|նոյեմբերի|դեկտեմբերի)";

    [GeneratedRegex(@"(?<![\p{L}\d])(?:" + ArmenianMonths + @"\s(?:0?[1-9]|[12]\d|3[01])(?:-ին|-ը|-ից)?|(?:0?[1-9]|[12]\d|3[01])(?:-ին)?\s" + ArmenianMonths + @")(?![\p{L}\d])")]
    private static partial Regex ArmenianDayRegex();

    /// <summary>
    /// A day and a month both said as ordinals, and a year, as Irish and British callers give a birth date ("the 9th of the
    /// 4th 88", "the 23rd of the 11th, 1950").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeOrdinalMonthDates(TextScan scan)
    {
        if (!scan.HasDigit || !scan.Text.Contains(" of the ", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var m in OrdinalMonthDateRegex().EnumerateMatches(scan.Text))
        {
            scan.Add(PiiEntityType.Date, m.Index, m.Length, 0.8);
        }
    }

    [GeneratedRegex(@"(?<![\w])(?:the )?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th) of the (?:0?[1-9]|1[0-2])(?:st|nd|rd|th),? (?:'?\d{2}|(?:19|20)\d{2})(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalMonthDateRegex();

    /// <summary>
    /// A day, a month of the Islamic (Hijri) or the Persian solar calendar and a year of that calendar: Saudi and Gulf
    /// records write birth dates this way ("1 رجب 1365"), Iranian ones too ("۱۲ مهر ۱۳۳۰", its digits already read as ASCII).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeHijriAndPersianDates(TextScan scan)
    {
        if (!scan.HasDigit || !scan.HasNonAscii || scan.Text.AsSpan().IndexOfAnyInRange('\u0600', '\u06FF') < 0)
        {
            return;
        }

        foreach (var m in HijriOrPersianDateRegex().EnumerateMatches(scan.Text))
        {
            scan.Add(PiiEntityType.Date, m.Index, m.Length, scan.CueBefore(m.Index, PersonCues, 40) ? 0.95 : 0.8);
        }
    }

    // Longer month names first, so that "ربيع الأول" is not read as "ربيع" alone; years 1300–1499 of either calendar.
    [GeneratedRegex(@"(?<!\d)(?:0?[1-9]|[12]\d|3[01])\s+(?:ربيع الأول|ربيع الاول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الاولى|جمادى الآخرة|جمادى الثانية|ذو القعدة|ذو الحجة|ذي القعدة|ذي الحجة|محرم|صفر|رجب|شعبان|رمضان|شوال|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)\s+1[34]\d{2}(?!\d)(?:\s?(?:هـ|ه\.?ش|ش|ق))?")]
    private static partial Regex HijriOrPersianDateRegex();

    /// <summary>
    /// Dates of the calendars people still write birth and event dates in: Bengali ("১৫ বৈশাখ ১৩৮৫", "1 Falgun 1395"), Ethiopian
    /// ("ጥር 5 ቀን 1980 ዓ.ም"), Khmer ("ថ្ងៃទី១២ ខែមេសា ព.ស.២៥៣០"), Hebrew ("י״ב באדר תשמ״ח") and Mongolian ("1976 оны 8 сарын 23").
    /// Each needs its script, or a Bengali month's Latin name, before its pattern runs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeLocalCalendarDates(TextScan scan)
    {
        var text = scan.Text;
        if (!scan.HasDigit && !(scan.HasNonAscii && text.AsSpan().IndexOfAnyInRange('\u0590', '\u05FF') >= 0))
        {
            return;
        }

        if (scan.HasNonAscii && text.AsSpan().IndexOfAnyInRange('\u0980', '\u09FF') >= 0)
        {
            scan.AddMatches(BengaliCalendarDateRegex(), PiiEntityType.Date, 0.8);
        }
        else if (scan.HasDigit)
        {
            // In Latin letters ("1 Falgun 1395", "14 Ramzan 1445", "3 Rabi ul Awal"): only after a day's digits, so that no text is
            // searched for the month names.
            foreach (var (start, end) in scan.DigitRuns)
            {
                // Year first: Nepal's Bikram Sambat ("2081 Shrawan 3") and Basque ("2024ko urriaren 3an").
                if (end - start == 4 && end + 8 < text.Length && text[start] is '1' or '2' && (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
                    && (text[end] == ' ' || text.AsSpan(end).StartsWith("ko ", StringComparison.Ordinal)))
                {
                    foreach (var m in YearFirstDateRegex().EnumerateMatches(text.AsSpan(start, Math.Min(32, text.Length - start))))
                    {
                        scan.Add(PiiEntityType.Date, start, m.Length, 0.8);
                        break;
                    }

                    continue;
                }

                if (end - start > 2 || end + 4 >= text.Length || text[end] != ' ' || !char.IsAsciiLetter(text[end + 1]))
                {
                    continue;
                }

                var month = text.AsSpan(end + 1, text.AsSpan(end + 1).IndexOfAnyExcept(AsciiLetters) is var n and > 0 ? n : text.Length - end - 1);
                var pattern = BengaliLatinMonths.Contains(month) ? BengaliCalendarDateRegex() : HijriLatinMonths.Contains(month) ? HijriLatinDateRegex()
                    : PersianLatinMonths.Contains(month) ? PersianLatinDateRegex() : null;
                if (pattern is null)
                {
                    continue;
                }

                var window = text.AsSpan(start, Math.Min(40, text.Length - start));
                foreach (var m in pattern.EnumerateMatches(window))
                {
                    scan.Add(PiiEntityType.Date, start + m.Index, m.Length, 0.8);
                    break;
                }
            }
        }

        if (!scan.HasNonAscii)
        {
            return;
        }

        scan.AddMatchesInScript('\u1200', '\u137F', EthiopianDateRegex(), PiiEntityType.Date, 0.8);
        scan.AddMatchesInScript('\u1780', '\u17FF', KhmerDateRegex(), PiiEntityType.Date, 0.8);
        scan.AddMatchesInScript('\u05D0', '\u05EA', HebrewCalendarDateRegex(), PiiEntityType.Date, 0.8);

        if (text.Contains("сарын", StringComparison.Ordinal))
        {
            scan.AddMatches(MongolianDateRegex(), PiiEntityType.Date, 0.8);
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BengaliLatinMonths = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["boishakh", "baishakh", "boisakh", "jaistha", "joishtho", "jyoishtho", "asharh", "ashar", "asadh", "srabon", "shrabon",
         "shraban", "bhadro", "bhadra", "ashwin", "aswin", "kartik", "ogrohayon", "agrahayan", "agrahayon", "poush", "paush", "magh",
         "falgun", "phalgun", "choitro", "chaitra"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The months of the Persian solar calendar as Iranian records write them in Latin letters ("3 Esfand 1402", "3 Dey 1402").
    private const string PersianLatinMonthNames = "farvardin|ordibehesht|khordad|tir|amordad|mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand";

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersianLatinMonths = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        PersianLatinMonthNames.Split('|'), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A day, a Persian month and its year, which must be written: "Tir", "Dey" and "Mehr" alone are words or names.
    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,2}\s(?i:" + PersianLatinMonthNames + @"),?\s1[34]\d{2}(?!\d)")]
    private static partial Regex PersianLatinDateRegex();

    // The first word of a Hijri month as Pakistani, Indian, Malaysian and Gulf records spell it in Latin letters.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HijriLatinMonths = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["muharram", "muharam", "safar", "rabi", "rabiul", "rabiulawal", "rabius", "jumada", "jumadi", "jamadi", "jamada", "jamadil", "rajab",
         "sha", "shaban", "shabaan", "ramadan", "ramadhan", "ramadaan", "ramzan", "ramazan", "shawwal", "shawal", "syawal", "dhul",
         "dhu", "zul", "zil", "zulqadah", "zulhijjah", "zilhaj", "zilhajj"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A day, a Hijri month in Latin letters and its year if written ("14 Ramzan 1445", "3 Rabi ul Awal", "10 Zul Hijjah 1444 AH",
    // "02 Shawwal 1445 H", "2 Syawal 1445").
    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,2}\s(?i:muharr?am|safar|rabi(?:[-'’ ]?(?:ul|al|us|u))?[- ]?(?:aw+al|akhir|aakhir|thani|sani)|rabi[-'’ ]?(?:ul|al|us)?[-'’ ]?(?:aw+al|akhir|aakhir|thani|sani)|jum[aā]d[aiī](?:[- ]?(?:ul|al|il))?[- ]?(?:ula|oola|aw+al|akhirah?|thani|sani|ukhra)|jamad[ai](?:[- ]?(?:ul|al|il))?[- ]?(?:ula|oola|aw+al|akhirah?|thani|sani|ukhra)|rajab|sha['’]?ba+n|ramad?h?a+n|ramzan|ramazan|sh?y?aw+al|(?:dhu|dhul|zul|zil|dhi)[- ]?(?:al[- ])?(?:qa['’]?dah?|qadah|qi['’]?dah|hijjah?|hajj?)|zulqadah|zulhijjah|zilhajj?)(?![\p{L}])(?:,?\s1[34]\d{2}(?!\d)(?:\s?(?:AH|A\.H\.|H\b))?)?")]
    private static partial Regex HijriLatinDateRegex();

    private static readonly System.Buffers.SearchValues<char> AsciiLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // A Bikram Sambat year, its month in Latin letters and the day ("2081 Shrawan 3"); a year, "ko", a Basque month in the
    // genitive and the day with its case ending ("2024ko urriaren 3an").
    [GeneratedRegex(@"^(?:20\d{2} (?i:baisakh|baishakh|jestha|jeth|asar|asadh|ashadh|shrawan|saun|bhadra|bhadau|asoj|ashwin|kartik|mangsir|poush|push|magh|falgun|phalgun|chaitra|chait) \d{1,2}|(?:19|20)\d{2}ko (?:urtarrilaren|otsailaren|martxoaren|apirilaren|maiatzaren|ekainaren|uztailaren|abuztuaren|irailaren|urriaren|azaroaren|abenduaren) \d{1,2}(?:an|ean|a)?)(?![\p{L}\d])")]
    private static partial Regex YearFirstDateRegex();

    // A day, a Bengali month (in Bengali or Latin letters) and a Bengali year (13xx or 14xx) if written.
    [GeneratedRegex(@"(?<![\p{L}\d])\d{1,2}\s?(?:বৈশাখ|জ্যৈষ্ঠ|আষাঢ়|আষাঢ|শ্রাবণ|ভাদ্র|আশ্বিন|কার্তিক|অগ্রহায়ণ|পৌষ|মাঘ|ফাল্গুন|চৈত্র|(?i:boishakh|baishakh|boisakh|jaistha|joishtho|jyoishtho|asharh|ashar|asadh|srabon|shrabon|shraban|bhadro|bhadra|ashwin|aswin|kartik|ogrohayon|agrahayan|agrahayon|poush|paush|magh|falgun|phalgun|choitro|chaitra))(?![\p{L}\p{M}])(?:,?\s?1[34]\d{2}(?!\d))?")]
    private static partial Regex BengaliCalendarDateRegex();

    // An Ethiopian month, the day, "ቀን" (day) and the year with "ዓ.ም" (the Ethiopian era) if written.
    [GeneratedRegex(@"(?:መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ሀምሌ|ነሐሴ|ነሀሴ|ጳጉሜ)\s?\d{1,2}(?!\d)(?:\s?ቀን)?(?:\s?,?\s?\d{4}(?:\s?ዓ\.?\s?ም\.?)?)?")]
    private static partial Regex EthiopianDateRegex();

    // "ថ្ងៃទី១២ ខែមេសា ព.ស.២៥៣០": "day" and its number, "month" and its name, the year of the Buddhist or Christian era.
    [GeneratedRegex(@"ថ្ងៃទី\s?\d{1,2}\s?ខែ\s?[\u1780-\u17B3][\u1780-\u17DD]*(?:\s?(?:ឆ្នាំ\s?)?(?:ព\.ស\.|គ\.ស\.)?\s?\d{4})?")]
    private static partial Regex KhmerDateRegex();

    // A Hebrew day in letters (with geresh or gershayim), "in" and a month of the Hebrew calendar, and the year in letters;
    // not a holiday named by its date ("ט״ו בשבט", Tu BiShvat; "ט״ו באב").
    [GeneratedRegex(@"(?<![\u05D0-\u05EA])(?!ב?ט[״""]ו ב(?:שבט|אב)(?![\u05D0-\u05EA]))[\u05D0-\u05EA]{1,2}[׳״'""][\u05D0-\u05EA]?\s?ב(?:תשרי|חשוון|חשון|כסלו|טבת|שבט|אדר(?:\s?[אב][׳']?)?|ניסן|אייר|סיוון|סיון|תמוז|אב|אלול)(?![\u05D0-\u05EA])(?:\s?[\u05D0-\u05EA]{1,4}[״""][\u05D0-\u05EA])?")]
    private static partial Regex HebrewCalendarDateRegex();

    // Mongolian: "1976 оны 8 сарын 23" (year, month, day), or "8 сарын 23" without the year.
    [GeneratedRegex(@"(?:(?<!\d)\d{4}\s?оны\s?)?(?<!\d)\d{1,2}\s?(?:дугаар\s?)?сарын\s?\d{1,2}(?!\d)(?:-?(?:нд|ны|ний))?")]
    private static partial Regex MongolianDateRegex();

    // "4 marzo 1961", "3 de abril de 2023", "12. März 1954" (the month word is checked before this runs).
    [GeneratedRegex(@"\b(?:0?[1-9]|[12]\d|3[01])(?:\.|º|°|er|re)?\s+(?:de\s+|ga\s+)?(?:\p{L}{3,11}\.?|मई)\s+(?:del?\s+)?(?:19|20)\d{2}$")]
    private static partial Regex OtherLanguageDateRegex();

    private static readonly CueSet BirthCues = new("born", "birth", "dob", "d.o.b", "date of birth", "birthday", "birthdate");

    // The words right before a year of birth, in the product's languages ("born in 1929", "YOB 1931", Persian and Arabic
    // "تولد", Turkish "doğum yılı", "geboren", "né en", "nacido en", "nato nel").
    /// <summary>"1979 г.н.", "1985 г.р.", "1990 р.н.": the year of birth marked after it in Belarusian, Russian and Ukrainian.</summary>
    private static bool BirthYearMarkAfter(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(7, text.Length - end)).TrimStart(' ');
        return after.StartsWith("г.н.", StringComparison.Ordinal) || after.StartsWith("г.р.", StringComparison.Ordinal)
            || after.StartsWith("р.н.", StringComparison.Ordinal) || after.StartsWith("г. р.", StringComparison.Ordinal);
    }

    private static readonly CueSet BirthYearCues = new("born", "born in", "b.", "dob", "d.o.b", "year of birth", "birth year", "yob", "y.o.b",
        "تولد", "متولد", "مواليد", "doğum yılı", "doğumlu", "geboren", "geb.", "né en", "née en", "nacido en", "nacida en", "nascido em",
        "nascida em", "nato nel", "nata nel", "urodzony w", "urodzona w", "rođen", "rođena", "born:", "dob:", "year of birth:",
        // Born around a year, as West African police records give an undated birth ("née vers 1983").
        "né vers", "née vers", "born around", "born about", "born circa", "born c.",
        // Vietnamese "year of birth" on a chart ("Năm sinh: 1932"), Swedish, Norwegian and Danish "born" ("född 1994").
        "năm sinh", "năm sinh:", "född", "født");

    [GeneratedRegex(@"(?<![\d/.\-])(?:0?[1-9]|[12]\d|3[01]) ?([/.\-]) ?(?:0?[1-9]|1[0-2]) ?\1 ?(?:19|20)\d{2}(?![\d/.\-])")]
    private static partial Regex SpacedSeparatorDateRegex();

    // "March 14" / "14 March" with no year (a year after it is matched, whole, by the patterns above).
    [GeneratedRegex(@"\b(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:\s+of)?\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\b(?!\.?,?[\s\-/.]*(?:19|20)\d{2}\b|\s*\d(?!\d?(?:[:h.]\d|\s?[ap]\.?m\b))|[:.]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayRegex();

    /// <summary>
    /// Dates read out or written in words ("the twelfth of July nineteen twenty-nine", "March third nineteen eighty one",
    /// "the third of June"), as call transcripts and voice notes have them: looked for around each month word. Without a
    /// year, only after a cue that ties the date to a person ("born", "admitted on").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeDatesInWords(TextScan scan, List<(int Start, int End)>? monthWords)
    {
        var text = scan.Text;
        var searchedTo = 0;
        foreach (var (monthStart, monthEnd) in monthWords ?? [])
        {
            if (monthEnd - monthStart < 3 || monthStart < searchedTo || !(OrdinalBefore(text, monthStart) || OrdinalAfter(text, monthEnd)))
            {
                continue; // the pattern needs an ordinal next to the month ("twelfth of July", "March third")
            }

            var from = Math.Max(searchedTo, monthStart - 40);
            var to = Math.Min(text.Length, monthEnd + 70);
            foreach (var m in DateInWordsRegex().EnumerateMatches(text.AsSpan(from, to - from)))
            {
                var start = from + m.Index;
                if (start > monthStart || start + m.Length < monthEnd)
                {
                    continue;
                }

                var hasYear = DateInWordsYearRegex().IsMatch(text.AsSpan(start, m.Length));
                if (hasYear || scan.CueBefore(start, PersonCues, 40))
                {
                    scan.Add(PiiEntityType.Date, start, m.Length, hasYear ? 0.8 : 0.75);
                    searchedTo = start + m.Length;
                }
            }
        }
    }

    /// <summary>
    /// Whether the word before the month (over "of") is an ordinal written in letters: "twelfth", "third" ("14th" with a
    /// numeric year is the named-date patterns' business; "twenty-first" ends in "first").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool OrdinalBefore(string text, int monthStart)
    {
        var end = monthStart - 1;
        if (end < 3 || text[end] != ' ')
        {
            return false;
        }

        if (text.AsSpan(end - 2, 2).Equals("of", StringComparison.OrdinalIgnoreCase) && end >= 6 && text[end - 3] == ' ')
        {
            end -= 3;
        }

        var start = end;
        while (start > 0 && end - start < 12 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }

        return OrdinalWordSet.Contains(text.AsSpan(start, end - start)) || IsDigitOrdinal(text, start, end);
    }

    /// <summary>"21st", "3rd": digits, then the two letters of an ordinal.</summary>
    private static bool IsDigitOrdinal(string text, int lettersStart, int end) =>
        end - lettersStart == 2 && lettersStart > 0 && char.IsAsciiDigit(text[lettersStart - 1])
        && text.AsSpan(lettersStart, 2) is "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH";

    /// <summary>Whether the word after the month (over "the") is an ordinal written in letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool OrdinalAfter(string text, int monthEnd)
    {
        var start = monthEnd + 1;
        if (start + 4 > text.Length || text[monthEnd] != ' ')
        {
            return false;
        }

        if (text.AsSpan(start, 4).Equals("the ", StringComparison.OrdinalIgnoreCase))
        {
            start += 4;
        }

        var end = start;
        while (end < text.Length && (char.IsAsciiLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsAsciiLetter(text[end + 1]))))
        {
            end++;
        }

        // "twenty-first": the part before the hyphen is a tens word, the part after an ordinal.
        var hyphen = text.AsSpan(start, end - start).IndexOf('-');
        if (hyphen > 0 && end + 1 < text.Length)
        {
            start += hyphen + 1;
        }

        if (OrdinalWordSet.Contains(text.AsSpan(start, end - start)))
        {
            return true;
        }

        var digitsEnd = start;
        while (digitsEnd < text.Length && digitsEnd - start < 2 && char.IsAsciiDigit(text[digitsEnd]))
        {
            digitsEnd++;
        }

        return digitsEnd > start && digitsEnd + 2 <= text.Length && IsDigitOrdinal(text, digitsEnd, digitsEnd + 2)
            && (digitsEnd + 2 == text.Length || !char.IsLetterOrDigit(text[digitsEnd + 2]));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinalWordSet = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
         "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private const string OrdinalWords =
        @"(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth"
        + "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|[1-3]?[0-9](?:st|nd|rd|th)";

    private const string MonthFullNames = "january|february|march|april|may|june|july|august|september|october|november|december";

    private const string YearInWords =
        @"(?:nineteen|twenty)[- ](?:hundred[- ](?:and[- ])?)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|oh[- ](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
        + @"|two[- ]thousand(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?";

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:" + OrdinalWords + @")\s+(?:of\s+)?(?:" + MonthFullNames + @")|(?:" + MonthFullNames + @")\s+(?:the\s+)?(?:" + OrdinalWords
        + @"))(?:,?\s+(?:" + YearInWords + @"))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateInWordsRegex();

    [GeneratedRegex(@"(?:nineteen|twenty|thousand)[- ]", RegexOptions.IgnoreCase)]
    private static partial Regex DateInWordsYearRegex();

    /// <summary>Whether ". " stands before a digit or a lower-case letter somewhere: the gate for <see cref="SpacedDottedDateRegex"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasFullStopBeforeDigitOrMonth(string text)
    {
        for (var i = text.IndexOf(". ", StringComparison.Ordinal); i >= 1 && i + 2 < text.Length; i = text.IndexOf(". ", i + 2, StringComparison.Ordinal))
        {
            if (char.IsAsciiDigit(text[i - 1]) && (char.IsAsciiDigit(text[i + 2]) || char.IsLower(text[i + 2])))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\w/.\-])(?:(?:0?[1-9]|[12]\d|3[01])\.\s(?:0?[1-9]|1[0-2])\.\s(?:19|20)\d{2}\b|(?:19|20)\d{2}\.\s(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)\s(?:0?[1-9]|[12]\d|3[01])(?:\.|-(?:án|én|ei|i)\b)|(?:19|20)\d{2}\.\s(?:0?[1-9]|1[0-2])\.\s(?:0?[1-9]|[12]\d|3[01])(?:\.|-(?:án|én|jén|ján|ei|i|től|ig)\b|(?![\d.,])))")]
    private static partial Regex SpacedDottedDateRegex();

    // The year first, then the word for "year" and the day (with the month's number or word): Mongolian "2025 оны 1-р сарын
    // 18-нд", Kazakh "2025 жылғы 7 ақпанда", Kyrgyz "2025-жылы 7-февралда", Uzbek "1989-yil 14-martda", Azerbaijani "2025-ci il
    // 9 mart", Georgian "2025 წლის 9 მარტს".
    // ASCII and other scripts apart: a case-blind search for phrases with non-ASCII letters runs character by character.
    private static readonly System.Buffers.SearchValues<string> YearWords = System.Buffers.SearchValues.Create(["yil", " il "], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> NonAsciiYearWords = System.Buffers.SearchValues.Create(
        ["оны", "жыл", "йил", "წლის"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![\w/.\-])(?:19|20)\d{2}(?:-| )(?:оны|жылғы|жылы|жылдын|жылдың|yil|yilda|йил|йилда|ci il|cü il|cu il|cı il|წლის)(?: \d{1,2}-р сарын)?[ -](?:0?[1-9]|[12]\d|3[01])(?![\d.:/])(?:-\p{L}+| \p{L}+)?", RegexOptions.IgnoreCase)]
    private static partial Regex YearWordDateRegex();

    private static readonly System.Buffers.SearchValues<string> RomanMonthMarkers = System.Buffers.SearchValues.Create([".I", ".V", ".X", ". I", ". V", ". X"], StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:0?[1-9]|[12]\d|3[01])\.\s?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s?(?:19|20)\d{2}\b")]
    private static partial Regex RomanMonthDateRegex();

    // 03/14/1962, 14.03.1962, 3-14-62 (one separator throughout is checked after the match: "12.5/50 mg" is a dose; a
    // back-reference in the pattern made every date search slower).
    // Hebrew joins "on" to a date with a hyphen ("ב-14.01.2025"); Arabic marks the calendar after the year ("5/6/1446هـ",
    // "7/12/2024م"), and a Hijri year starts with 14. A case ending joined by a hyphen stays outside the date
    // ("03.03.2024-ში", "07.07.2024-ին").
    [GeneratedRegex(@"(?<![\w/.]|(?<!\p{IsHebrew})-)(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|[12]\d|3[01])[/.\-](?:19|20|14)?\d{2}(?!(?!هـ|م(?!\p{L})|-\p{L})[\w/\-]|\.\d)")]
    private static partial Regex NumericDateRegex();

    // 1962-03-14, 1962/03/14
    // A timestamp's "T08:15" may follow ("2023-03-14T08:15:00Z").
    [GeneratedRegex(@"(?<![\w/.\-])(?:19|20)\d{2}[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:0?[1-9]|[12]\d|3[01])(?!(?!T\d{2}:)[\w/\-]|\.\d)")]
    private static partial Regex IsoDateRegex();

    // March 14, 1962 / Mar 14 1962 / March 14th, 1962 / Mar-14-1962 / MARCH 14, 1962
    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+|[\-/.])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:,?\s+|[\-/.])(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNameDateRegex();

    // 14th of August 84 / 3rd of June '79: an ordinal day, "of", the month and a short year.
    [GeneratedRegex(@"\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+of\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?),?\s+['’]?\d{2}\b(?![\d:.,/])", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalDayShortYearRegex();

    // 14 March 1962 / 14 Mar 1962 / 14th of March, 1962 / 14-Mar-1962 / 14/Mar/1962 / 14MAR1962
    [GeneratedRegex(@"\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:(?:\s+of)?\s+|[\-/.]|(?=[A-Za-z]))(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:,?\s+|[\-/.]|(?=\d))(?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthNameDateRegex();

    [GeneratedRegex(@"\b(?:0?[1-9]|[12]\d|3[01]) (?:dias? do mês de (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?: de (?:19|20)\d{2})?|del mese di (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)(?: (?:del|dell'anno) (?:19|20)\d{2})?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LegalPortugueseOrItalianDateRegex();

    [GeneratedRegex(@"\b(?:0?[1-9]|[12]\d|3[01]) d[ií]as? del mes de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre) (?:de|del año|del ano) (?:19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex LegalSpanishDateRegex();

    [GeneratedRegex(@"(?<![\d/.])1[01]\d/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])")]
    private static partial Regex RepublicYearDateRegex();
}
