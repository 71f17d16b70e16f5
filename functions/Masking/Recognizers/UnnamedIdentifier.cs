using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// HIPAA's catch-all, "any other unique identifying number": a long number that no keyword names and nothing explains.
/// People paste contract, claim, file and member numbers in every language, often after a word the keyword tables do
/// not know ("smlouva č. 8801223419", "συμβόλαιό σας αρ. 55012874", "stelnummer WBK8841273") or with no word at all (a CSV
/// cell, a log field). Seven digits or more, or six with letters, are far more often such a number than anything else
/// in chat and documents; what else they can be — an amount, a date, a measurement, a public registry id — is ruled
/// out here. Called only for tokens no other rule of <see cref="ContextIdRecognizer"/> has claimed.
/// </summary>
internal static class UnnamedIdentifier
{
    /// <summary>Below every keyword-backed score, above the default threshold: a policy can raise its threshold past it.</summary>
    public const double Score = 0.6;

    // Prefixes written onto public registry ids: trials, papers, vulnerabilities ("NCT04368728", "CVE-2023-4966").
    private static readonly string[] PublicPrefixes = ["NCT", "CVE-", "GHSA-", "ISRCTN", "PMC", "PMID"];

    // A word right before the number that names a public registry, or says the number counts or measures something.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PublicWordsBefore = new[]
    {
        "isbn", "issn", "pmid", "pmcid", "arxiv", "nct", "cve", "rfc", "iso", "version", "ver", "build", "firmware",
        "population", "approximately", "approx", "nearly", "almost", "total",
        "ifsc", "swift", "bic", "sort", "routing", "aba", "rtn", "bsb", "transit", "ndc",
        // Procedure code systems: Colombia's CUPS, Brazil's TUSS, CBHPM and SIGTAP, as CPT elsewhere ("CUPS 881431").
        "cups", "tuss", "cbhpm", "sigtap", "cpt", "hcpcs", "loinc", "snomed",
        // Numbers of products, batches and builds, not of people.
        "batch", "lot", "item", "sku", "model", "part", "article", "product", "ean", "upc", "gtin", "invoice", "hash", "sha",
        "commit", "checksum", "revision", "rev", "room", "page", "pages",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Currency codes and words on either side of a number make it an amount.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyWords = new[]
    {
        "usd", "eur", "gbp", "chf", "aud", "cad", "nzd", "sgd", "hkd", "jpy", "cny", "rmb", "inr", "pkr", "lkr", "bdt", "npr",
        "ngn", "ghs", "kes", "ksh", "ugx", "tzs", "zar", "egp", "mad", "aed", "sar", "qar", "php", "idr", "myr", "thb", "vnd",
        "krw", "brl", "mxn", "cop", "ars", "clp", "pen", "sek", "nok", "dkk", "isk", "pln", "czk", "huf", "ron", "bgn", "rsd",
        "hrk", "try", "uah", "rub", "rs", "rp", "rm", "kr", "ft", "zł", "zl", "kč", "kc", "lei", "tl", "r",
        "dollars", "dollar", "pounds", "euros", "euro", "rupees", "rupee", "naira", "shillings", "rand", "pesos", "reais", "real",
        "lira", "yen", "won", "dong", "đồng", "baht", "ringgit", "rupiah", "forint", "złotych", "zlotys", "korun", "kronor",
        "kroner", "dinars", "dirhams", "cedis", "francs", "cents", "pence", "million", "billion", "thousand", "lakh", "crore",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Units and counted things after a number make it a measurement or a count.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitWords = new[]
    {
        "mg", "g", "kg", "mcg", "µg", "ml", "l", "km", "m", "mm", "cm", "ms", "s", "kb", "mb", "gb", "tb", "bytes", "kwh", "mw",
        "steps", "people", "users", "patients", "cases", "deaths", "residents", "inhabitants", "visitors", "units", "doses",
        "items", "records", "rows", "lines", "calls", "transactions", "customers", "members", "claims", "views", "downloads",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Column headers whose numbers are quantities, in the product's languages: "Qty", "Amount", "Balance", "Betrag".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuantityHeaderWords = new[]
    {
        "qty", "quantity", "amount", "amt", "total", "subtotal", "price", "balance", "count", "sum", "value", "units", "cost",
        "fee", "fees", "billed", "allowed", "paid", "debit", "credit", "charge", "charges", "premium", "limit", "population",
        "score", "betrag", "summe", "saldo", "montant", "solde", "importe", "importo", "bedrag", "kwota", "suma", "valor",
        "belopp", "beløb", "beløp", "summa", "összeg", "tutar", "ποσό", "sumă", "částka",
        // Claims exports' money columns ("benefit_usd", "estimate", "pricuva_eur": Croatian's reserve, "iznos": amount).
        "benefit", "benefits", "estimate", "reserve", "payout", "settlement", "claimed", "pricuva", "iznos",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a table's column header names a quantity: any of its words does ("Total amount", "billed_usd").</summary>
    public static bool IsQuantityHeader(ReadOnlySpan<char> header)
    {
        Span<char> buffer = stackalloc char[64];
        var length = TableText.NormalizePhrase(header, buffer);
        foreach (var range in buffer[..length].Split(' '))
        {
            if (QuantityHeaderWords.Contains(buffer[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the identifier nothing else explains starts in the token [<paramref name="start"/>, <paramref name="end"/>),
    /// or -1 when the token is none. A short word in capitals before the digits ("NISS 12039485761") stays: it names the number.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Start(string text, int start, int end)
    {
        var space = text.AsSpan(start, end - start).IndexOf(' ');
        if (space > 0 && !text.AsSpan(start, space).ContainsAnyExceptInRange('A', 'Z'))
        {
            start += space + 1;
        }

        return Matches(text, start, end) ? start : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Matches(string text, int start, int end)
    {
        var token = text.AsSpan(start, end - start);
        var digits = 0;
        var letters = 0;
        var groups = 1;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else if (c == ' ')
            {
                groups++;
            }
        }

        // Words with a number in them ("COVID19", "Windows11Pro") are not identifiers; a prefix of letters is ("WBK8841273").
        // After the numero sign four digits are enough: "ЄО № 14827", "Заява № 2231" name a register entry.
        var numero = text.AsSpan(0, start).TrimEnd(' ') is [.., '№'];
        if (((digits < 7 && !(digits >= 6 && letters >= 1) && !(numero && digits >= 4)) || letters > digits) && !IsSerialShaped(token, letters, digits))
        {
            return false;
        }

        // Digits in groups with spaces are read as one number only when long and nothing but digits and hyphens:
        // "0532 418 27 63", "070-412 88 31", "737 412 559" — not a date and a time ("2024-03-11 02:13").
        if (groups > 1 && (digits < 9 || token.ContainsAnyExcept("0123456789 -") || IsDateOrRange(token[..token.IndexOf(' ')])))
        {
            return false;
        }

        // A dose or a measure with its unit joined ("Augmentin Duo Forte 875/125mg", "1000000mcg").
        var unit = token.Length;
        while (unit > 0 && char.IsAsciiLetter(token[unit - 1]))
        {
            unit--;
        }

        if (unit > 0 && unit < token.Length && char.IsAsciiDigit(token[unit - 1]) && UnitWords.Contains(token[unit..]))
        {
            return false;
        }

        // An ISO timestamp's date ("2024-03-11T09:30:00": the token stops at the colon).
        var date = token.Length > 10 && token[10] == 'T' ? token[..10] : token;
        return !IsDateOrRange(date) && !HasPublicPrefix(token) && !InsideLink(text, start) && !NextToMoneyOrUnit(text, start, end);
    }

    /// <summary>
    /// Whether a number the word model reads is plainly something else: a currency's code or word after it ("12500000 VND
    /// refunded", "2 400 000 Ft"), or an order's number ("Order 19620314 shipped"; the model reads a day's shape there, and
    /// masks days the rules missed elsewhere). Asked after the model, so its features, and the weights trained on them, stay.
    /// </summary>
    internal static bool IsAmountOrOrder(string text, int start, int end)
    {
        if (WordBefore(text.AsSpan(0, start).TrimEnd(' ')) is "Order" or "order" or "Bestellung" or "pedido" or "commande")
        {
            return true;
        }

        // Not a plate's last letters after its digits ("MC 718 CZK"): an amount read so has four digits or more.
        var after = WordAfter(text.AsSpan(end).TrimStart(' '));
        return after.Length is > 1 and <= 12 && end - start >= 4 && Known(CurrencyWords, after);
    }

    /// <summary>
    /// A device's or a document's serial: ten to sixteen capitals and digits that change places at least four times
    /// ("RZ8T40BQW2M", "F2LXQ9K7N1PM", "C02XK4H9JG5M"). Words with a number in them change once or twice ("COVID19",
    /// "SBIN0001234", a bank branch's code); on the review sets this shape was a value to mask 299 times and one to keep twice.
    /// </summary>
    private static bool IsSerialShaped(ReadOnlySpan<char> token, int letters, int digits)
    {
        if (token.Length is < 10 or > 16 || letters < 3 || digits < 3 || letters + digits != token.Length || token.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        var changes = 0;
        for (var i = 1; i < token.Length; i++)
        {
            changes += char.IsAsciiDigit(token[i]) != char.IsAsciiDigit(token[i - 1]) ? 1 : 0;
        }

        return changes >= 4;
    }

    /// <summary>"2024-06-28", "28.06.2024", "3/11/2024", "2023-2024", "20240628": dates and year ranges, which the date rules judge.</summary>
    private static bool IsDateOrRange(ReadOnlySpan<char> token)
    {
        Span<Range> parts = stackalloc Range[4];
        var separator = token.IndexOfAny('-', '/', '.') is var at and >= 0 ? token[at] : '\0';
        if (separator == '\0')
        {
            // A compact date: yyyymmdd with a plausible month and day.
            return token.Length == 8 && !token.ContainsAnyExceptInRange('0', '9') && IsYear(token[..4]) && IsMonthDay(token[4..6], token[6..]);
        }

        var n = token.Split(parts, separator);
        if (n == 2)
        {
            return IsYear(token[parts[0]]) && (IsYear(token[parts[1]]) || token[parts[1]].Length == 2);
        }

        if (n != 3)
        {
            return false;
        }

        var a = token[parts[0]];
        var b = token[parts[1]];
        var c = token[parts[2]];
        return (IsYear(a) && IsNumber(b, 2) && IsNumber(c, 2)) || (IsNumber(a, 2) && IsNumber(b, 2) && (IsYear(c) || c.Length == 2));
    }

    private static bool IsYear(ReadOnlySpan<char> s) => s.Length == 4 && !s.ContainsAnyExceptInRange('0', '9') && s[0] is '1' or '2' && s[1] is '9' or '0';

    private static bool IsNumber(ReadOnlySpan<char> s, int maxLength) => s.Length >= 1 && s.Length <= maxLength && !s.ContainsAnyExceptInRange('0', '9');

    private static bool IsMonthDay(ReadOnlySpan<char> month, ReadOnlySpan<char> day) =>
        int.Parse(month, CultureInfo.InvariantCulture) is >= 1 and <= 12 && int.Parse(day, CultureInfo.InvariantCulture) is >= 1 and <= 31;

    private static bool HasPublicPrefix(ReadOnlySpan<char> token)
    {
        foreach (var prefix in PublicPrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.Ordinal) && token.Length > prefix.Length && char.IsAsciiDigit(token[prefix.Length]))
            {
                return true;
            }
        }

        // A DOI names a paper: "10.1056/NEJMoa2034577".
        if (token.StartsWith("10.") && token.IndexOf('/') is var slash and >= 7 and <= 12 && !token[3..slash].ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        // A number named by a word written onto it: "BATCH-2024-0311", "LOT-44718203".
        var letters = token.IndexOfAnyExcept(Letters) is var firstOther and > 0 ? token[..firstOther] : [];
        if (letters.Length is > 1 and <= 12 && Known(PublicWordsBefore, letters))
        {
            return true;
        }

        // An Indian IFSC names a bank branch, not a person: four letters, a zero, six characters ("SBIN0001234").
        return token.Length == 11 && !token[..4].ContainsAnyExceptInRange('A', 'Z') && token[4] == '0';
    }

    /// <summary>A number inside a link ("https://…/article/48213377") is the link's business, not an identifier of its own.</summary>
    private static bool InsideLink(string text, int start)
    {
        var from = Math.Max(0, start - 200);
        var wordStart = text.AsSpan(from, start - from).LastIndexOfAny(' ', '\n', '\t');
        var word = text.AsSpan(wordStart < 0 ? from : from + wordStart + 1, start - (wordStart < 0 ? from : from + wordStart + 1));
        return word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A currency, a unit or a counting word right before or after the number: "Rp 15000000", "2 400 000 Ft", "1250000 users".</summary>
    private static bool NextToMoneyOrUnit(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        if (before.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(before[^1]) == UnicodeCategory.CurrencySymbol)
        {
            return true;
        }

        if (WordBefore(before.TrimEnd(" \":'=#_-.()")) is { Length: > 0 and <= 12 } previous && (Known(CurrencyWords, previous) || Known(PublicWordsBefore, previous)))
        {
            return true;
        }

        var after = text.AsSpan(end).TrimStart(' ');
        if (after.Length > 0 && (CharUnicodeInfo.GetUnicodeCategory(after[0]) == UnicodeCategory.CurrencySymbol || after[0] == '%'))
        {
            return true;
        }

        var word = WordAfter(after);
        return word.Length is > 0 and <= 12 && (Known(CurrencyWords, word) || Known(UnitWords, word));
    }

    /// <summary>The letters that open <paramref name="after"/>.</summary>
    private static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> after)
    {
        var n = 0;
        while (n < after.Length && char.IsLetter(after[n]))
        {
            n++;
        }

        return after[..n];
    }

    private static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZłŁčČđĐµ");

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> before)
    {
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        // Only a whole word: the "s" of "it's" is no unit.
        return start > 0 && before[start - 1] is '\'' or '’' ? [] : before[start..];
    }

    private static bool Known(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[12];
        var n = word.ToLowerInvariant(lower);
        return n > 0 && words.Contains(lower[..n]);
    }
}
