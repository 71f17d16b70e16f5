using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Masking.Recognizers;

/// <summary>
/// Identifiers with a recognisable shape and, where one exists, a check digit: e-mail, URL, IP, SSN, card,
/// IBAN, routing, NHS, VIN, phone. Shapes give a base score; check digits and context words raise it.
/// </summary>
internal sealed partial class StructuredRecognizer : IRecognizer
{
    private static readonly CueSet PhoneCues = new("phone", "tel", "telephone", "call", "called", "fax", "mobile", "cell", "contact", "reach", "number", "text", "whatsapp", "landline");
    private static readonly CueSet SsnCues = new("ssn", "social security", "social-security", "ss#", "ss #", "tax id", "tin", "itin", "social");
    private static readonly CueSet CardCues = new("card", "credit", "debit", "visa", "mastercard", "amex", "cc", "pan", "charged");
    private static readonly CueSet RoutingCues = new("routing", "aba", "rtn", "transit", "bank code", "wire", "ach");
    private static readonly CueSet NhsCues = new("nhs", "nhs number", "nhs no", "health service");
    private static readonly CueSet IbanCues = new("iban", "account", "bank account", "pay to", "transfer to");
    private static readonly CueSet VinCues = new("vin", "vehicle", "chassis", "car", "truck");
    private static readonly System.Buffers.SearchValues<string> UrlMarkers = System.Buffers.SearchValues.Create(["://", "www."], StringComparison.OrdinalIgnoreCase);
    private static readonly System.Buffers.SearchValues<string> SocialMarkers = System.Buffers.SearchValues.Create([".com/", ".in/"], StringComparison.OrdinalIgnoreCase);


    private static readonly System.Buffers.SearchValues<string> ObfuscatedEmailMarkers = System.Buffers.SearchValues.Create(
        ["(at)", "[at]", "{at}", "(@)", "[@]", "( at )", "[ at ]", " dot "], StringComparison.OrdinalIgnoreCase);
    private static readonly string[] NotPhoneCues = ["$", "€", "£", "usd", "eur", "gbp", "invoice", "order", "ref", "isbn"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognize(TextScan scan)
    {
        var text = scan.Text;
        if (scan.HasDigit)
        {
            RecognizeHongKongIdentityCards(scan);

            // A card number with all but its last digits starred out, as a bank's chat or statement prints it ("Kaspi Gold
            // (**** 4471)", "9860 **** **** 3318"): what is left still points at one card.
            if (text.Contains("****", StringComparison.Ordinal))
            {
                scan.AddMatches(StarredCardRegex(), PiiEntityType.CreditCard, 0.8);
            }

            // "SSN xxx-xx-6637", "***-**-4471": the last four digits an SSN's masked form still shows, which with a name and
            // a birth date narrow the number down.
            // (Searched as written: a search without case runs character by character.)
            if (text.Contains("-xx-", StringComparison.Ordinal) || text.Contains("-XX-", StringComparison.Ordinal) || text.Contains("-**-", StringComparison.Ordinal))
            {
                scan.AddMatches(MaskedSsnRegex(), PiiEntityType.Ssn, 0.8);
            }

            // Sri Lanka's national identity card before 2016: nine digits and a V or X ("NIC 902345678V").
            foreach (var (start, end) in scan.DigitRuns)
            {
                if (end - start == 9 && end + 1 <= text.Length && text[end] is 'V' or 'X' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1]))
                    && (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-')))
                {
                    scan.Add(PiiEntityType.PassportNumber, start, 10, 0.85);
                }
            }

            RecognizeEmiratesIds(scan);
            if (text.Contains('*'))
            {
                RecognizeStarredLastFour(scan);
            }

            if (text.Contains("xx", StringComparison.OrdinalIgnoreCase))
            {
                RecognizeNumbersWithHiddenGroups(scan);
            }
        }

        // E-mail: anchor on each '@' and validate just the address-shaped span around it.
        var at = text.IndexOf('@');
        while (at >= 0)
        {
            var start = at;
            while (start > 0 && IsLocalPartChar(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-'))
            {
                end++;
            }

            foreach (var m in EmailRegex().EnumerateMatches(text.AsSpan(start, end - start)))
            {
                if (!IsRoleAddress(text.AsSpan(start + m.Index, m.Length)))
                {
                    scan.Add(PiiEntityType.Email, start + m.Index, m.Length, 0.95);
                }
            }

            at = text.IndexOf('@', end);
        }

        // "maria.lopez(at)gmail.com", "maria [at] gmail [dot] com", "maria at gmail dot com": written that way to dodge
        // scrapers, and just as identifying.
        if (text.AsSpan().IndexOfAny(ObfuscatedEmailMarkers) >= 0)
        {
            foreach (var m in EnumerateMatches(ObfuscatedEmail, text))
            {
                scan.Add(PiiEntityType.Email, m.Index, m.Length, 0.9);
            }
        }

        // SearchValues: a case-insensitive Contains runs char by char under invariant globalization (a fifth of all analysis time).
        // Social profiles are also written without a scheme: "facebook.com/maria.lopez85".
        foreach (var (markers, regex) in (ReadOnlySpan<(System.Buffers.SearchValues<string>?, Regex)>)[(UrlMarkers, UrlRegex()), (SocialMarkers, SocialProfileRegex()), (null, BareLinkRegex())])
        {
            if (markers is null ? !MayHoldBareLink(text) : text.AsSpan().IndexOfAny(markers) < 0)
            {
                continue;
            }

            foreach (var m in EnumerateMatches(regex, text))
            {
                // Punctuation after a link ends the sentence, not the link.
                var length = m.Length;
                while (length > 0 && ".,;:!?)]}'\"".Contains(text[m.Index + length - 1], StringComparison.Ordinal))
                {
                    length--;
                }

                if ((regex != BareLinkRegex() || !EndsWithOrdinaryWord(text.AsSpan(m.Index, length))) && !IsPublicServiceLink(text.AsSpan(m.Index, length)))
                {
                    scan.Add(PiiEntityType.Url, m.Index, length, 0.85);
                }
            }
        }

        if (MayContainIpv6(text))
        {
            foreach (var m in EnumerateMatches(Ipv6Regex(), text))
            {
                var value = text.AsSpan(m.Index, m.Length);
                if (value.Count(':') >= 2 && IPAddress.TryParse(value, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
                {
                    scan.Add(PiiEntityType.IpAddress, m.Index, m.Length, 0.9);
                }
                else if (IsMacAddress(value))
                {
                    // "00:1A:2B:3C:4D:5E": six hex pairs are a network card's hardware address, a device identifier.
                    scan.Add(PiiEntityType.DeviceSerial, m.Index, m.Length, 0.85);
                }
            }
        }

        RecognizeSpelledNumbers(scan);
        RecognizeSpelledNumbersOfOtherLanguages(scan);
        if (!scan.HasDigit)
        {
            return;
        }

        foreach (var m in scan.MatchesNearClusters(Ipv4Regex(), 4, 1, 1))
        {
            if (IPAddress.TryParse(text.AsSpan(m.Index, m.Length), out _) && AllOctetsValid(text.AsSpan(m.Index, m.Length)))
            {
                scan.Add(PiiEntityType.IpAddress, m.Index, m.Length, 0.85);
            }
        }

        RecognizeSsn(scan);
        RecognizeCards(scan);
        RecognizeIbans(scan);
        RecognizeNineAndTenDigitNumbers(scan);
        RecognizeVins(scan);
        RecognizePhones(scan);

        // A passport's machine-readable zone: "P<GBRHARGREAVES<<EMMA<…" and its second line of 44 characters.
        if (text.Contains("<<", StringComparison.Ordinal))
        {
            foreach (var m in MrzRegex().EnumerateMatches(text))
            {
                scan.Add(PiiEntityType.PassportNumber, m.Index, m.Length, 0.9);
            }
        }

        // A Mexican CURP: four letters, the birth date, H or M, five letters, a character and a check digit ("PAQL931108MJCRNC06").
        // A Mexican CLABE: eighteen digits with their check digit ("CLABE para reembolso | 072180000987654320").
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start == 18 && (start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end]))
                && Checksums.Clabe(text.AsSpan(start, 18)))
            {
                scan.Add(PiiEntityType.AccountNumber, start, 18, 0.9);
            }

            if (end - start == 6 && start >= 4 && end + 8 <= text.Length && CurpRegex().IsMatch(text.AsSpan(start - 4, 18))
                && (start == 4 || !char.IsAsciiLetterOrDigit(text[start - 5])) && (end + 8 == text.Length || !char.IsAsciiLetterOrDigit(text[end + 8]))
                && Checksums.Curp(text.AsSpan(start - 4, 18)))
            {
                scan.Add(PiiEntityType.PassportNumber, start - 4, 18, 0.9);
            }
        }

        // A National Insurance number has a shape nothing else has: two letters, three pairs of digits, a letter A–D.
        if (MayHoldNationalInsuranceNumber(scan))
        {
            foreach (var m in scan.MatchesNearClusters(NationalInsuranceRegex(), 2, 3, 2))
            {
                scan.Add(PiiEntityType.PassportNumber, m.Index, m.Length, 0.85);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeSsn(TextScan scan)
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var m in scan.MatchesNearClusters(SsnRegex(), 9, 1, 1))
        {
            var digits = DigitsOf(scan.Text.AsSpan(m.Index, m.Length), buffer);
            if (!Checksums.SsnStructure(digits))
            {
                continue;
            }

            var separated = m.Length == 11;
            var dashed = separated && scan.Text[m.Index + 3] == '-' && scan.Text[m.Index + 6] == '-';
            // "123.45.6789" reads as an SSN only with its keyword: dotted groups are also versions and references.
            var dotted = separated && scan.Text[m.Index + 3] == '.';
            var score = dashed ? 0.8 : dotted ? 0.3 : separated ? 0.55 : 0.3;
            if (scan.CueBefore(m.Index, SsnCues))
            {
                score += 0.4;
            }

            scan.Add(PiiEntityType.Ssn, m.Index, m.Length, score);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeCards(TextScan scan)
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var m in scan.MatchesNearClusters(CardRegex(), 13, 1, 1))
        {
            var value = scan.Text.AsSpan(m.Index, m.Length);
            var digits = DigitsOf(value, buffer);
            if (digits.Length is < 13 or > 19 || !Checksums.Luhn(digits) || !KnownCardPrefix(digits))
            {
                continue;
            }

            var score = 0.85 + (scan.CueBefore(m.Index, CardCues) ? 0.15 : 0);
            scan.Add(PiiEntityType.CreditCard, m.Index, m.Length, score);
        }

        // Sixteen digits in groups of four after a card cue, or with an expiry after them, are a card number even when the
        // check digit fails: a mistyped card number is still one ("full card number is 4532 7719 0084 4417 exp 09/27").
        foreach (var m in scan.MatchesNearClusters(GroupedSixteenDigitsRegex(), 16, 1, 12))
        {
            var after = scan.Text.AsSpan(m.Index + m.Length, Math.Min(12, scan.Text.Length - m.Index - m.Length));
            if (scan.CueBefore(m.Index, CardCues) || after.TrimStart().StartsWith("exp", StringComparison.OrdinalIgnoreCase))
            {
                scan.Add(PiiEntityType.CreditCard, m.Index, m.Length, 0.8);
            }
        }

        // "4111.1111.1111.1111": groups of four joined by full stops (the pattern above takes spaces and hyphens only).
        foreach (var m in scan.MatchesNearClusters(DottedCardRegex(), 16, 1, 1))
        {
            var digits = DigitsOf(scan.Text.AsSpan(m.Index, m.Length), buffer);
            if (Checksums.Luhn(digits) && KnownCardPrefix(digits))
            {
                scan.Add(PiiEntityType.CreditCard, m.Index, m.Length, 0.85 + (scan.CueBefore(m.Index, CardCues) ? 0.15 : 0));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeIbans(TextScan scan)
    {
        foreach (var m in IbanCandidates(scan))
        {
            // The pattern is greedy over 4-character groups; try shorter spans until one checks out. In lower case the
            // country must be one with a fixed length, so that only one span can pass by chance.
            var value = scan.Text.AsSpan(m.Index, m.Length);
            var lowerCase = char.IsAsciiLetterLower(value[0]);
            for (var length = value.Length; length >= 15; length--)
            {
                if (char.IsAsciiLetterOrDigit(value[length - 1]) && Checksums.Iban(value[..length], requireKnownCountry: lowerCase))
                {
                    // "creditor ID IE46ZZZ306791": a SEPA creditor identifier (ZZZ where a bank's code would stand) is a
                    // company's, checked like an IBAN.
                    if (!(length >= 7 && value[4..7].Equals("ZZZ", StringComparison.OrdinalIgnoreCase)))
                    {
                        scan.Add(PiiEntityType.Iban, m.Index, length, 0.95);
                    }

                    break;
                }
            }
        }
    }

    private static readonly System.Buffers.SearchValues<string> CardWords = System.Buffers.SearchValues.Create(
        ["card", "kartic", "karta", "karte", "kaart", "carte", "tarjeta", "cartao", "visa", "mastercard", "amex", "maestro"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A card's last four digits after one star, as banks' messages print them ("karticom Mastercard *6621", "Visa card *4471"):
    /// a card's word must stand just before, as "*2407" alone is a short dialling code.
    /// </summary>
    private static void RecognizeStarredLastFour(TextScan scan)
    {
        var text = scan.Text;
        for (var star = text.IndexOf('*'); star >= 0; star = text.IndexOf('*', star + 1))
        {
            var end = star + 5;
            if (end > text.Length || (star > 0 && text[star - 1] == '*') || text.AsSpan(star + 1, 4).ContainsAnyExceptInRange('0', '9')
                || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }

            var from = Math.Max(0, star - 24);
            if (text.AsSpan(from, star - from).IndexOfAny(CardWords) >= 0)
            {
                scan.Add(PiiEntityType.CreditCard, star + 1, 4, 0.8);
            }
        }
    }

    /// <summary>
    /// A number with some groups hidden by x's and the rest shown ("Aadhaar xxxx xxxx 7719", "PromptPay 089-xxx-1123",
    /// "4980-12XX-XXXX-6631"): the digits left are the part that points at the person, with the rest of the context. Groups of
    /// digits and of two x's or more, joined by single spaces or hyphens, three groups at least, ending in digits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeNumbersWithHiddenGroups(TextScan scan)
    {
        var text = scan.Text;
        var from = 0;
        for (var at = text.IndexOf("xx", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("xx", from, StringComparison.OrdinalIgnoreCase))
        {
            // Back to the token's start: groups of digits and x's over single spaces and hyphens.
            var start = at;
            while (start > 0 && (IsHiddenGroupChar(text[start - 1]) || (text[start - 1] is ' ' or '-' && start >= 2 && IsHiddenGroupChar(text[start - 2]))))
            {
                start--;
            }

            var end = at;
            var (groups, digitGroups, lastIsDigits) = (0, 0, false);
            var i = start;
            while (i < text.Length)
            {
                var groupStart = i;
                while (i < text.Length && IsHiddenGroupChar(text[i]))
                {
                    i++;
                }

                var group = text.AsSpan(groupStart, i - groupStart);
                var digits = !group.IsEmpty && !group.ContainsAnyExceptInRange('0', '9');
                var hidden = group.Length >= 2 && !group.ContainsAnyExcept("xX0123456789") && group.ContainsAny('x', 'X');
                if (!(digits || hidden) || group.Length > 6)
                {
                    i = groupStart;
                    break;
                }

                (groups, end, lastIsDigits) = (groups + 1, i, digits);
                digitGroups += digits ? 1 : 0;
                if (i + 1 < text.Length && text[i] is ' ' or '-' && IsHiddenGroupChar(text[i + 1]) && !(text[i] == ' ' && DateOrTimeAhead(text, i + 1)))
                {
                    i++;
                    continue;
                }

                break;
            }

            from = Math.Max(at + 2, end);
            if (groups >= 3 && digitGroups >= 1 && lastIsDigits && (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
                && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                scan.Add(PiiEntityType.AccountNumber, start, end - start, 0.75);
            }
        }
    }

    private static bool IsHiddenGroupChar(char c) => char.IsAsciiDigit(c) || c is 'x' or 'X';

    /// <summary>Whether the digits at <paramref name="start"/> open a date or a time ("03/03/67", "14:52"), not a group.</summary>
    private static bool DateOrTimeAhead(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > start && i + 1 < text.Length && text[i] is '/' or '.' or ':' && char.IsAsciiDigit(text[i + 1]);
    }

    /// <summary>
    /// The UAE's identity number: 784, the holder's birth year, seven digits and a Luhn check digit, grouped 3-4-7-1 or
    /// written together ("784-2001-8933057-2"). The country code and the check digit make it safe to read with no cue.
    /// </summary>
    private static void RecognizeEmiratesIds(TextScan scan)
    {
        var text = scan.Text;
        Span<char> digits = stackalloc char[15];
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start is not (3 or 15) || !text.AsSpan(start).StartsWith("784", StringComparison.Ordinal)
                || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '/')))
            {
                continue;
            }

            var valueEnd = end;
            if (end - start == 3)
            {
                // 784-YYYY-NNNNNNN-C, with hyphens or spaces between the groups.
                valueEnd = start + 18;
                if (valueEnd > text.Length || text[start + 3] is not ('-' or ' ') || text[start + 8] != text[start + 3] || text[start + 16] != text[start + 3]
                    || !IsDigits(text.AsSpan(start + 4, 4)) || !IsDigits(text.AsSpan(start + 9, 7)) || !char.IsAsciiDigit(text[start + 17]))
                {
                    continue;
                }
            }

            if (valueEnd < text.Length && (char.IsLetterOrDigit(text[valueEnd]) || (text[valueEnd] is '-' or '/' && valueEnd + 1 < text.Length && char.IsAsciiDigit(text[valueEnd + 1]))))
            {
                continue;
            }

            var length = 0;
            foreach (var c in text.AsSpan(start, valueEnd - start))
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[length++] = c;
                }
            }

            if (length == 15 && Checksums.Luhn(digits))
            {
                scan.Add(PiiEntityType.PassportNumber, start, valueEnd - start, 0.9);
            }
        }

        static bool IsDigits(ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeNineAndTenDigitNumbers(TextScan scan)
    {
        Span<char> buffer = stackalloc char[64];
        foreach (var m in scan.MatchesNearClusters(NineOrTenDigitsRegex(), 9, 1, 1))
        {
            var digits = DigitsOf(scan.Text.AsSpan(m.Index, m.Length), buffer);
            if (digits.Length == 9 && scan.CueBefore(m.Index, SsnCues) && Checksums.SsnStructure(digits))
            {
                // An SSN may pass the routing checksum by chance; its own keyword decides.
                scan.Add(PiiEntityType.Ssn, m.Index, m.Length, 0.9);
            }
            else if (digits.Length == 9 && Checksums.AbaRouting(digits))
            {
                var score = scan.CueBefore(m.Index, RoutingCues) ? 0.9 : 0.35;
                scan.Add(PiiEntityType.AbaRoutingNumber, m.Index, m.Length, score);
            }
            else if (digits.Length == 9 && scan.CueBefore(m.Index, SsnCues) && Checksums.SsnStructure(digits))
            {
                scan.Add(PiiEntityType.Ssn, m.Index, m.Length, 0.85);
            }
            else if (digits.Length == 10 && Checksums.NhsNumber(digits))
            {
                var grouped = m.Length == 12;
                // A valid check digit in a text that speaks of NHS numbers at all ("I've been typing 8191666286") is one too.
                var score = (grouped ? 0.6 : 0.4) + (scan.CueBefore(m.Index, NhsCues) ? 0.35
                    : scan.Text.Contains("NHS", StringComparison.OrdinalIgnoreCase) ? 0.2 : 0);
                scan.Add(PiiEntityType.NhsNumber, m.Index, m.Length, score);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeVins(TextScan scan)
    {
        foreach (var m in VinCandidates(scan))
        {
            var value = scan.Text.AsSpan(m.Index, m.Length);
            if (value.IndexOfAnyInRange('0', '9') < 0 || (value.IndexOfAnyInRange('A', 'Z') < 0 && value.IndexOfAnyInRange('a', 'z') < 0))
            {
                continue;
            }

            var cue = scan.CueBefore(m.Index, VinCues);
            var score = Checksums.Vin(value) ? (cue ? 0.95 : 0.8) : (cue ? 0.8 : 0.3);
            scan.Add(PiiEntityType.Vin, m.Index, m.Length, score);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizePhones(TextScan scan)
    {
        RecognizeUnseparatedPhones(scan);
        RecognizeLocalPhones(scan);
        RecognizeGluedPhones(scan);
        foreach (var regex in (ReadOnlySpan<Regex>)[InternationalPhoneRegex(), NationalPhoneRegex()])
        {
            foreach (var m in scan.MatchesNearClusters(regex, 7, 6, 1))
            {
                var value = scan.Text.AsSpan(m.Index, m.Length);
                var digitCount = Math.Min(CountDigits(value), 64);
                if (digitCount is < 7 or > 15)
                {
                    continue;
                }

                var international = value[0] == '+' || value.StartsWith("00");
                var score = international ? 0.8 : 0.65;
                if (scan.CueBefore(m.Index, PhoneCues, 32))
                {
                    score += 0.25;
                }

                if (scan.SymbolBefore(m.Index, NotPhoneCues, 8) || LooksLikeDate(value))
                {
                    score -= 0.5;
                }

                scan.Add(PiiEntityType.Phone, m.Index, m.Length, score);
            }
        }
    }

    // Hosts of governments, health services and standards bodies ("eservices.police.gov.sg", "www.nhs.uk", "hl7.org").
    private static readonly string[] PublicHostEndings =
        [".gov", ".mil", ".int", ".nhs.uk", ".police.uk", ".gc.ca", ".europa.eu", "hl7.org", ".who.int"];

    // A public second-level domain under a country's ("police.gov.sg", "ecitizen.go.ke"), not anywhere in a host ("abc.go.com").
    private static readonly string[] PublicSecondLevels = ["gov", "gob", "gouv", "govt", "go", "gv"];

    /// <summary>
    /// A link to a public body's page with nothing of a person in it: a government's, a health service's or a standard's host,
    /// and a path with no digits and no query ("https://eservices.police.gov.sg", "http://hl7.org/fhir/sid/us-ssn"). A case's
    /// or a citizen's link on such a host carries a number or a query and stays masked.
    /// </summary>
    private static bool IsPublicServiceLink(ReadOnlySpan<char> link)
    {
        var scheme = link.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? link[(scheme + 3)..] : link;
        var slash = rest.IndexOf('/');
        var host = slash < 0 ? rest : rest[..slash];
        var path = slash < 0 ? [] : rest[slash..];
        if (path.ContainsAny('?', '=', '@') || path.IndexOfAnyInRange('0', '9') >= 0 || host.Contains('@'))
        {
            return false;
        }

        foreach (var ending in PublicHostEndings)
        {
            if (host.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // The label before a two-letter country code.
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || host.Length - lastDot - 1 != 2)
        {
            return false;
        }

        var secondLevel = host[..lastDot];
        secondLevel = secondLevel[(secondLevel.LastIndexOf('.') + 1)..];
        foreach (var label in PublicSecondLevels)
        {
            if (secondLevel.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Hong Kong identity card numbers ("R205884(6)", "AB 123456 (9)"): one or two letters, six digits and the check digit in
    /// brackets, which must agree with the rest (mod 11). Each "(" after a digit is tried.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeHongKongIdentityCards(TextScan scan)
    {
        var text = scan.Text;
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var digitsEnd = open > 0 && text[open - 1] == ' ' ? open - 1 : open;
            if (open + 2 >= text.Length || text[open + 2] != ')' || digitsEnd < 7 || !(char.IsAsciiDigit(text[open + 1]) || text[open + 1] == 'A'))
            {
                continue;
            }

            var digitsStart = digitsEnd - 6;
            if (text.AsSpan(digitsStart, 6).ContainsAnyExceptInRange('0', '9'))
            {
                continue;
            }

            var lettersEnd = digitsStart > 0 && text[digitsStart - 1] == ' ' ? digitsStart - 1 : digitsStart;
            var lettersStart = lettersEnd;
            while (lettersStart > 0 && lettersEnd - lettersStart < 2 && char.IsAsciiLetterUpper(text[lettersStart - 1]))
            {
                lettersStart--;
            }

            if (lettersStart == lettersEnd || (lettersStart > 0 && char.IsLetterOrDigit(text[lettersStart - 1])) || (open + 3 < text.Length && char.IsLetterOrDigit(text[open + 3])))
            {
                continue;
            }

            // Weights 9 to 2 over two letters (a space counting 36 when there is one) and six digits.
            var sum = lettersEnd - lettersStart == 1 ? 36 * 9 + (text[lettersStart] - 'A' + 10) * 8 : (text[lettersStart] - 'A' + 10) * 9 + (text[lettersStart + 1] - 'A' + 10) * 8;
            for (var i = 0; i < 6; i++)
            {
                sum += (text[digitsStart + i] - '0') * (7 - i);
            }

            var check = (11 - (sum % 11)) % 11;
            if ((check == 10 ? 'A' : (char)('0' + check)) == text[open + 1])
            {
                scan.Add(PiiEntityType.PassportNumber, lettersStart, open + 3 - lettersStart, 0.9);
            }
        }
    }

    /// <summary>
    /// A number written straight after its cue with no space ("Mobile(555)201-3344", "Tel.555.201.3344"): the patterns
    /// refuse a number glued to a word, so these are matched from the number's own start once the cue names a phone.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeGluedPhones(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end, digits) in scan.DigitClusters)
        {
            var glued = start > 0 && (char.IsLetter(text[start - 1]) || (start > 1 && text[start - 1] is '.' or ':' && char.IsLetter(text[start - 2])));
            if (digits is < 10 or > 15 || !glued || !scan.CueBefore(start, StrictPhoneCues, 16))
            {
                continue;
            }

            // The slice runs past the number so that the pattern's look-ahead sees the real next character.
            var sliceEnd = Math.Min(text.Length, end + 16);
            foreach (var m in NationalPhoneRegex().EnumerateMatches(text.AsSpan(start, sliceEnd - start)))
            {
                if (m.Index == 0 && (start + m.Length < sliceEnd || sliceEnd == text.Length))
                {
                    scan.Add(PiiEntityType.Phone, start, m.Length, 0.75);
                }

                break;
            }
        }
    }

    /// <summary>
    /// A seven-digit local number ("reached at 201-3344"), or nine digits in threes ("tel. 555 123 987", as Poland and others
    /// write them), after a cue that names a phone.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeLocalPhones(TextScan scan)
    {
        var text = scan.Text;
        var runs = scan.DigitRuns;
        for (var r = 0; r + 2 < runs.Count; r++)
        {
            var (first, firstEnd) = runs[r];
            var (second, secondEnd) = runs[r + 1];
            var (third, thirdEnd) = runs[r + 2];
            if (firstEnd - first == 3 && secondEnd - second == 3 && thirdEnd - third == 3 && second == firstEnd + 1 && third == secondEnd + 1
                && text[firstEnd] == ' ' && text[secondEnd] == ' ' && (first == 0 || !(char.IsLetterOrDigit(text[first - 1]) || text[first - 1] is '-' or '.' or '/'))
                && !(first >= 2 && text[first - 1] == ' ' && char.IsAsciiDigit(text[first - 2])) // the tail of a longer number ("0700 482 666 328")
                && (thirdEnd == text.Length || !(char.IsLetterOrDigit(text[thirdEnd]) || text[thirdEnd] is ' ' or '-' or '/'))
                && scan.CueBefore(first, StrictPhoneCues, 24))
            {
                scan.Add(PiiEntityType.Phone, first, thirdEnd - first, 0.75);
            }
        }

        // Any grouping of 9 to 13 digits right after a phone cue ("mobile 0470 55 21 98", "chiamarmi al 02 8847 3310"):
        // national formats group digits every which way, and the cue says what they are. Eight digits in groups too
        // (Denmark, Norway, Singapore: "tlf. 28 41 93 67", "HP: 9123 4587"); eight solid digits are as often a reference.
        // A two- or three-digit area code in brackets opens some ("celular (11) 98432-5571").
        foreach (var (clusterStart, clusterEnd, clusterDigits) in scan.DigitClusters)
        {
            // A list of numbers after one cue ("Утас: 9911 4471, 8804 2218") joins into one cluster: each is read apart.
            if (clusterDigits >= 14 && text.AsSpan(clusterStart, clusterEnd - clusterStart).Contains(", ", StringComparison.Ordinal))
            {
                for (var partStart = clusterStart; partStart < clusterEnd;)
                {
                    var comma = text.AsSpan(partStart, clusterEnd - partStart).IndexOf(", ", StringComparison.Ordinal);
                    var partEnd = comma < 0 ? clusterEnd : partStart + comma;
                    AddGroupedPhone(scan, partStart, partEnd, CountDigits(text.AsSpan(partStart, partEnd - partStart)));
                    partStart = partEnd + 2;
                }

                continue;
            }

            AddGroupedPhone(scan, clusterStart, clusterEnd, clusterDigits);
        }

        // "my sister Losa 772 4410", "daughter Doris, 2155 6712": seven or eight grouped digits right after a relative's name
        // are the relative's phone, as contact lists write them.
        foreach (var (start, end, digits) in scan.DigitClusters)
        {
            if (digits is 7 or 8 && text[start] != '(' && text.AsSpan(start, end - start).Contains(' ') && !text.AsSpan(start, end - start).ContainsAny("/,()")
                && (end == text.Length || !char.IsLetterOrDigit(text[end])) && !IsTwoYears(text.AsSpan(start, end - start))
                && AfterRelativesName(text, start) && !scan.HasCandidate(PiiEntityType.Phone, start))
            {
                scan.Add(PiiEntityType.Phone, start, end - start, 0.75);
            }
        }

        for (var r = 0; r + 1 < runs.Count; r++)
        {
            var (start, end) = runs[r];
            var (nextStart, nextEnd) = runs[r + 1];
            if (end - start != 3 || nextEnd - nextStart != 4 || nextStart != end + 1 || text[end] is not ('-' or '.')
                || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '.' or '/' or '(' or '+'))
                || (nextEnd < text.Length && (char.IsLetterOrDigit(text[nextEnd]) || text[nextEnd] is '-' or '/' || (text[nextEnd] == '.' && nextEnd + 1 < text.Length && char.IsAsciiDigit(text[nextEnd + 1])))))
            {
                continue;
            }

            if (scan.CueBefore(start, StrictPhoneCues, 24))
            {
                scan.Add(PiiEntityType.Phone, start, nextEnd - start, 0.75);
            }
        }
    }

    /// <summary>Nine to thirteen digits in any grouping after a phone cue, and eight or seven grouped ones (see above).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddGroupedPhone(TextScan scan, int start, int end, int digits)
    {
        var text = scan.Text;
        var areaCode = text[start] == '(' && end - start > 5 && (text.AsSpan(start + 1, 4) is [_, _, ')', ' '] || text.AsSpan(start + 1, 5) is [_, _, _, ')', ' ']);
        // Seven in two groups after a word that can only mean a phone ("sími 699 5512", "tel 555 0182").
        // Seven in four and three after "contact" too ("Contact: 9371 448 / 7012 335", as Fiji writes them).
        if ((digits is >= 9 and <= 13 || (digits == 8 && text.AsSpan(start, end - start).Contains(' '))
                || (digits == 7 && end - start == 8 && text[start + 3] == ' ' && scan.CueBefore(start, StrictPhoneCues, 24))
                || (digits == 7 && end - start == 8 && text[start + 4] == ' ' && scan.CueBefore(start, GroupedPhoneCues, 24)))
            && (text[start] != '(' || areaCode) && (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '.' or '/'))
            && (end == text.Length || !char.IsLetterOrDigit(text[end])) && !text.AsSpan(areaCode ? start + 4 : start, end - start - (areaCode ? 4 : 0)).ContainsAny("/,()")
            && (scan.CueBefore(start, areaCode ? StrictPhoneCues : GroupedPhoneCues, 24) || TextScan.AnswersQuestion(text, start, PhoneQuestionCues)))
        {
            scan.Add(PiiEntityType.Phone, start, end - start, 0.75);
        }
    }

    // "2019 2020": two years, not a phone.
    internal static bool IsTwoYears(ReadOnlySpan<char> value) =>
        value.Length == 9 && value[4] == ' ' && value[..2] is "19" or "20" && value[5..7] is "19" or "20";

    /// <summary>Whether one to three capitalised words stand before <paramref name="start"/> (a comma allowed), after a relative's word.</summary>
    private static bool AfterRelativesName(string text, int start)
    {
        var i = start;
        if (i >= 3 && text[i - 1] == ' ' && text[i - 2] == ',')
        {
            // "Doris, 2155 6712": read the comma as the space that ends the name.
            var nameEnd = i - 2;
            var nameStart = nameEnd;
            while (nameStart > 0 && char.IsLetter(text[nameStart - 1]))
            {
                nameStart--;
            }

            if (nameStart == nameEnd || nameStart < 2 || text[nameStart - 1] != ' ' || !char.IsUpper(text[nameStart]))
            {
                return false;
            }

            if (NameRecognizer.KinWords.Contains(TextScan.WordBefore(text, nameStart, 16)))
            {
                return true;
            }

            i = nameStart;
        }

        for (var words = 0; words < 3; words++)
        {
            var word = TextScan.WordBefore(text, i, 16);
            if (word.IsEmpty)
            {
                return false;
            }

            if (words > 0 && NameRecognizer.KinWords.Contains(word))
            {
                return true;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            i -= word.Length + 1;
        }

        return NameRecognizer.KinWords.Contains(TextScan.WordBefore(text, i, 16));
    }

    /// <summary>
    /// Ten or eleven digits written without separators ("call me on 5552013344", "mobile: 07700900123") are a phone
    /// number only after a phone cue: the same digits are as often an account or reference number.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeUnseparatedPhones(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start is < 10 or > 11 || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '+' or '-' or '/' or '.'))
                || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '/' || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
                || (end - start == 11 && text[start] != '0' && text[start] != '1'))
            {
                continue;
            }

            if (scan.CueBefore(start, StrictPhoneCues, 24))
            {
                scan.Add(PiiEntityType.Phone, start, end - start, 0.75);
            }
        }
    }

    // Without separators the digits need a cue that names a phone, not just "number" or "contact".
    private static readonly string[] StrictPhoneCueWords = ["phone", "tel", "telephone", "call", "called", "fax", "mobile", "cell", "ring", "text", "whatsapp", "landline", "call back", "reached at", "reach", "phone number", "mobile number",
        // The same in the product's other languages, and the network's name for a subscriber number.
        "chiamarmi", "chiamare", "cellulare", "telefono", "handy", "telefon", "telefonnummer", "portable", "téléphone", "tél",
        "móvil", "movil", "celular", "telefone", "telemóvel", "mobiel", "telefoonnummer", "komórka", "msisdn",
        // Nordic, Finnish, Hungarian, Turkish, Greek; "HP" is Singapore's handphone, "mob" India's mobile.
        "tlf", "mobil", "mobilnummer", "mobiltelefon", "puh", "puhelin", "telefonszám", "cep", "gsm", "τηλ", "τηλέφωνο", "κινητό",
        "hp", "handphone", "hand phone", "h/p", "mob", "mob no", "teléfono", "ringe", "pod numerem", "numer telefonu", "iletişim", "sími", "volejte", "zavolejte", "tlm", "zap", "whats",
        // A text message's number, and Latvian and Lithuanian words for the phone.
        "sms", "sms til", "sms to", "tālr", "tālrunis", "tel. nr", "mob. tel",
        // "ph 7447 1188", and the sender of messages or calls ("threatening messages from 9911 8447").
        "ph", "messages from", "message from", "texts from", "texted from", "txt from", "calls from", "sms from", "whatsapps from",
        // A number to ring back, and a number calls come from or someone is reached on ("Callback: 0813-3120-4478", "Calls come
        // from 4419 7782", "reached on 9735 410"), Norwegian and Danish "the mobile" ("mobilen min er 482 17 336").
        "callback", "call-back", "calls come from", "calls came from", "reached on", "mobilen",
        // Payments addressed by a phone number ("Payout by PayNow to 8418 2276", "GCash 0917 555 0142").
        "paynow", "paynow to", "gcash", "mpesa", "m-pesa", "momo", "mobilnummeret", "telefonnummeret", "síma", "síminn", "síminn er", "símanúmer", "símanúmerið", "ra2me", "ra2mi", "raqmi",
        // Mobile money sent to a number in Africa ("300 by Orange Money to 078 117 442", "sent via eWallet to 76 900 112"), and
        // Icelandic's phone number ("símanúmer 771 2290").
        "orange money", "orange money to", "airtel money", "airtel money to", "ewallet", "ewallet to", "e-wallet to", "wave to",
        "símanúmer", "símanúmerið", "símanúmerinu", "símanúmerið mitt",
        // The words for number, mobile and phone in Urdu, Persian, Arabic, Hindi, Bengali, Thai, Hebrew, Chinese, Japanese and Korean.
        "نمبر", "شماره", "رقم", "موبايل", "موبایل", "جوال", "هاتف", "تلفن", "تماس", "नंबर", "मोबाइल", "फ़ोन", "फोन", "ফোন", "নম্বর", "মোবাইল",
        "โทร", "เบอร์", "טלפון", "נייד", "电话", "手机", "電話", "携帯", "전화", "연락처", "휴대폰", "手機", "手提", "電話番号", "ტელ", "ტელეფონი",
        "հեռ", "հեռախոս", "тел", "телефон", "моб", "ফোন নম্বর", "ദൂരവാണി", "දුරකථන", "ስልክ",
        // With the article or "my" joined (Arabic "الهاتف", "جوالي", Sudan's "تلفون"), Mongolian "утас", Tigrinya "ቴሌፎን".
        "الهاتف", "هاتفي", "الجوال", "جوالي", "الموبايل", "موبايلي", "تلفون", "تلفوني", "التلفون", "утас", "утасны", "ቴሌፎን", "ስልኪ",
        // Urdu's spellings of mobile and phone ("موبائل 6548 2193").
        "موبائل", "فون"];

    // Grouped digits look like a phone by themselves; "contact" is enough of a cue for them (not for solid digits).
    private static readonly CueSet GroupedPhoneCues = new([.. StrictPhoneCueWords, "contact", "contacto", "kontakt", "kontaktes på", "kontaktes", "contact number", "bereiken op", "nå mig på", "reach me on", "reach me at",
        "my no", "number", "nummer", "numero", "número", "numéro", "nimero",
        // "her no is 8733 0192", "his no", "mob no": a person's number by the short word for it.
        "her no", "his no", "mob no", "ph no", "cell no"]);

    // A question on the line before that asks for a number: the digits on the next line answer it.
    private static readonly System.Buffers.SearchValues<string> PhoneQuestionCues = System.Buffers.SearchValues.Create(
        ["number", "phone", "contact", "mobile", "nummer", "numero", "número", "numéro", "telefon", "tel", "cell", "whatsapp", "reach you"],
        StringComparison.OrdinalIgnoreCase);

    // Declared after the word list: static fields initialise in text order.
    private static readonly CueSet StrictPhoneCues = new(StrictPhoneCueWords);

    // The mailboxes of a function, not of a person ("claims@aviva.ie", "disputes@northbridgebank.co.uk", "noreply@…").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleMailboxes = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["claims", "complaints", "disputes", "support", "help", "helpdesk", "info", "contact", "enquiries", "enquiry", "inquiries", "service",
         "services", "customerservice", "customer.service", "customercare", "customer.care", "noreply", "no-reply", "donotreply", "admin",
         "billing", "accounts", "sales", "hello", "office", "reception", "appointments", "bookings", "cashless", "fraud", "security", "privacy",
         "dpo", "gdpr", "legal", "careers", "jobs", "press", "media", "feedback", "webmaster", "postmaster", "abuse", "referrals", "records",
         "pharmacy", "prescriptions", "claims.team", "kundenservice", "kundeservice", "servicio", "atencion", "atendimento", "contato",
         "contacto", "service.client", "serviceclient", "ufficio", "info.it",
         // The same mailboxes in the product's other languages ("leistungen@css.ch", "reclamaciones@…", "sinistres@…").
         "leistungen", "kundendienst", "schaden", "versicherung", "reclamaciones", "reclamos", "quejas", "ayuda", "soporte", "suporte",
         "sac", "ouvidoria", "assistenza", "reclami", "sinistri", "sinistres", "klantenservice", "schade", "klachten", "reklamacje",
         "obsluga", "podpora", "ugyfelszolgalat", "musteri", "destek",
         // Claims' mailboxes in Romanian, Turkish, Polish, Czech and the Nordic languages ("daune@allianztiriac.ro", "hasar@allianz.com.tr").
         "daune", "hasar", "szkody", "skody", "skade", "skador", "vahingot",
         // Indemnities in Spanish and Portuguese, support in Serbian and Croatian, damages in Slovene ("skode@triglav.si").
         "indemnizaciones", "indemnizacoes", "podrska", "podrska.korisnika", "skode", "steta", "stete"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether an e-mail address is a function's mailbox, which names no one.</summary>
    private static bool IsRoleAddress(ReadOnlySpan<char> email)
    {
        if (email.IndexOf('@') is not (var at and > 0))
        {
            return false;
        }

        var local = email[..at];
        if (RoleMailboxes.Contains(local) || IsGluedRoleWords(local))
        {
            return true;
        }

        // "no.reply.alerts", "fraud-team", "cybercrime": every part a function's word. After a mailbox's own word, an
        // office's code or its city may follow ("claims.mumbai.do2@…"): a branch of the function, still no one's address.
        var first = true;
        var branch = false;
        foreach (var range in local.SplitAny('.', '-', '_'))
        {
            var part = local[range];
            if (first)
            {
                branch = RoleMailboxes.Contains(part);
                first = false;
            }

            if (!RoleMailboxes.Contains(part) && !RoleMailboxParts.Contains(part) && !(branch && IsBranchOfMailbox(part)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two of a mailbox's words written together, the last a function's own ("motorclaims", "privateclient", "cardservices").</summary>
    private static bool IsGluedRoleWords(ReadOnlySpan<char> local)
    {
        if (local.Length is < 7 or > 32 || local.ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }

        for (var split = 3; split <= local.Length - 4; split++)
        {
            var left = local[..split];
            var right = local[split..];
            if ((RoleMailboxes.Contains(left) || RoleMailboxParts.Contains(left)) && (RoleMailboxes.Contains(right) || right is "client" or "clients"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An office's code ("do2", "bo14") or a listed city ("mumbai") after a mailbox's own word.</summary>
    private static bool IsBranchOfMailbox(ReadOnlySpan<char> part)
    {
        if (part.Length is > 0 and <= 4 && part.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        if (part.Length is < 4 or > 32 || part.IndexOfAnyInRange('0', '9') >= 0)
        {
            return false;
        }

        // The city lexicon is written with capitals: "mumbai" is looked up as "Mumbai". A city that is a given name too is a
        // person's ("support.charlotte@…", "claims.madison@…").
        Span<char> city = stackalloc char[part.Length];
        part.CopyTo(city);
        city[0] = char.ToUpperInvariant(city[0]);
        return Lexicon.Cities.Contains(city) && (NameWords.Of(city) & WordKinds.FirstName) == 0;
    }

    // Words that make up a function's mailbox with others ("no.reply.alerts", "fraud-team", "asb" for anti-social behaviour).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleMailboxParts = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["no", "do", "not", "reply", "alerts", "alert", "notifications", "notification", "team", "desk", "unit", "centre", "center", "cybercrime",
         "asb", "customer", "care", "online", "mobile", "card", "cards", "bank", "banking", "health", "patient", "patients", "member", "members",
         // A fraud team's and a police force's non-emergency mailboxes ("fraud.ops@…", "101@south-wales.police.uk").
         "ops", "operations", "101",
         // Claims', refunds' and service desks' mailboxes in Portuguese, Spanish, French and Italian ("sinistros@fidelidade.pt",
         // "reembolsos@medis.pt", "atencion.clientes@…", "sinistres@…").
         "sinistros", "sinistro", "reembolsos", "reembolso", "atendimento", "apoio", "cliente", "clientes", "reclamacoes", "ouvidoria", "sac",
         "siniestros", "reclamaciones", "atencion", "soporte", "sinistres", "remboursements", "reclamations", "sinistri", "rimborsi",
         "assistenza", "schaden", "leistung", "kundenservice", "claims", "refunds", "medical", "motor", "travel", "life", "home",
         // Anti-money-laundering reviews, property and motor claims ("aml.review@…", "property.claims@…", "sinistros.auto@…").
         "aml", "kyc", "review", "reviews", "compliance", "property", "auto",
         // A private bank's client desk ("privateclient@…").
         "private", "premier", "corporate"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"(?<![\w*])(?:\d{4}[ -])?(?:\*{4}[ -]?){1,3}\d{4}(?!\d)")]
    private static partial Regex StarredCardRegex();

    [GeneratedRegex(@"(?<![\w*])(?:[xX]{3}-[xX]{2}|\*{3}-\*{2})-\d{4}(?!\d)")]
    private static partial Regex MaskedSsnRegex();

    [GeneratedRegex(@"\b(?:P[A-Z<][A-Z]{3}[A-Z<]{39}|[A-Z0-9<]{9}[0-9][A-Z]{3}[0-9]{6}[0-9][MF<][0-9]{6}[0-9][A-Z0-9<]{14}[0-9<][0-9])(?![A-Z0-9<])")]
    private static partial System.Text.RegularExpressions.Regex MrzRegex();

    /// <summary>IPv6 addresses have "::" or at least two colons with hex digits on both sides ("fe80:0:…").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool MayContainIpv6(string text)
    {
        if (text.Contains("::", StringComparison.Ordinal))
        {
            return true;
        }

        var hexColons = 0;
        var colon = text.IndexOf(':');
        while (colon > 0 && colon < text.Length - 1)
        {
            hexColons = char.IsAsciiHexDigit(text[colon - 1]) && char.IsAsciiHexDigit(text[colon + 1]) ? hexColons + 1 : 0;
            if (hexColons >= 2)
            {
                return true;
            }

            colon = text.IndexOf(':', colon + 1);
        }

        return false;
    }

    /// <summary>Whether two capitals stand right before a digit run (with or without a space): where the pattern can start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool MayHoldNationalInsuranceNumber(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            var i = start > 0 && text[start - 1] == ' ' ? start - 1 : start;
            if (end - start is 2 or 6 && i >= 2 && char.IsAsciiLetterUpper(text[i - 1]) && char.IsAsciiLetterUpper(text[i - 2]))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsMacAddress(ReadOnlySpan<char> value)
    {
        if (value.Length != 17)
        {
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if (i % 3 == 2 ? value[i] != ':' : !char.IsAsciiHexDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsLocalPartChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    /// <summary>IBANs start with two capital letters right before their check digits ("GB82 …").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int Index, int Length)> IbanCandidates(TextScan scan)
    {
        var text = scan.Text;
        List<(int, int)>? results = null;
        foreach (var (runStart, runEnd) in scan.DigitRuns)
        {
            if (runEnd - runStart < 2 || runStart < 2 || !char.IsAsciiLetter(text[runStart - 1]) || !char.IsAsciiLetter(text[runStart - 2]))
            {
                continue;
            }

            // Written in lower case ("iban gb82 west 1234 …"), and only then, the candidate must start a word and follow an
            // IBAN cue: lower-case letters and digits run through ordinary text ("number658347047") and usernames.
            var upper = char.IsAsciiLetterUpper(text[runStart - 1]) && char.IsAsciiLetterUpper(text[runStart - 2]);
            if (!upper && !(char.IsAsciiLetterLower(text[runStart - 1]) && char.IsAsciiLetterLower(text[runStart - 2])
                            && (runStart == 2 || !char.IsLetterOrDigit(text[runStart - 3])) && scan.CueBefore(runStart - 2, IbanCues, 24)))
            {
                continue;
            }

            var windowStart = runStart - 2;
            var windowEnd = Math.Min(text.Length, windowStart + 48);
            foreach (var m in (upper ? IbanRegex() : LowerCaseIbanRegex()).EnumerateMatches(text.AsSpan(windowStart, windowEnd - windowStart)))
            {
                (results ??= []).Add((windowStart + m.Index, m.Length));
            }
        }

        return results ?? [];
    }

    /// <summary>VINs are 17-character letter-and-digit tokens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int Index, int Length)> VinCandidates(TextScan scan)
    {
        var text = scan.Text;
        List<(int, int)>? results = null;
        var lastTokenEnd = -1;
        foreach (var (runStart, _) in scan.DigitRuns)
        {
            if (runStart < lastTokenEnd)
            {
                continue;
            }

            var start = runStart;
            while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
            {
                start--;
            }

            var end = runStart;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            lastTokenEnd = end;
            // Typed in lower case too ("1hgcm82633a004352"): the check digit does not depend on case.
            if (end - start == 17 && (VinRegex().IsMatch(text.AsSpan(start, 17)) || LowerCaseVinRegex().IsMatch(text.AsSpan(start, 17))))
            {
                (results ??= []).Add((start, 17));
            }
        }

        return results ?? [];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksLikeDate(ReadOnlySpan<char> value) =>
        DateShapeRegex().IsMatch(value);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool KnownCardPrefix(ReadOnlySpan<char> d) =>
        d[0] == '4'
        || (d[0] == '5' && d[1] is >= '1' and <= '5')
        || (d[0] == '2' && d[1] is >= '2' and <= '7')
        || (d[0] == '3' && d[1] is '4' or '7' or '5' or '6' or '8' or '0')
        || d[0] == '6';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AllOctetsValid(ReadOnlySpan<char> value)
    {
        foreach (var range in value.Split('.'))
        {
            var part = value[range];
            if (part.Length == 0 || part.Length > 3 || int.Parse(part, provider: null) > 255 || (part.Length > 1 && part[0] == '0'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The ASCII digits of <paramref name="value"/> (at most 64) copied into <paramref name="buffer"/>, without allocating.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> DigitsOf(ReadOnlySpan<char> value, Span<char> buffer)
    {
        buffer = buffer[..Math.Min(Math.Min(value.Length, 64), buffer.Length)];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int CountDigits(ReadOnlySpan<char> value)
    {
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                n++;
            }
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static string Digits(ReadOnlySpan<char> value)
    {
        Span<char> buffer = stackalloc char[Math.Min(value.Length, 64)];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<(int Index, int Length)> EnumerateMatches(Regex regex, string text)
    {
        List<(int, int)>? results = null;
        foreach (var m in regex.EnumerateMatches(text))
        {
            (results ??= []).Add((m.Index, m.Length));
        }

        return results ?? Empty;
    }

    /// <summary>Matches inside <c>text[start..start+length]</c> only, reported with positions in <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static List<(int Index, int Length)> EnumerateMatches(Regex regex, string text, int start, int length)
    {
        List<(int, int)>? results = null;
        foreach (var m in regex.EnumerateMatches(text.AsSpan(start, length)))
        {
            (results ??= []).Add((start + m.Index, m.Length));
        }

        return results ?? Empty;
    }

    private static readonly List<(int, int)> Empty = [];

    private static readonly System.Buffers.SearchValues<string> DigitWords = System.Buffers.SearchValues.Create(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Numbers read out digit by digit ("oh two oh, seven nine four six, oh three two one"): voicemail and call
    /// transcripts write phone, routing and account numbers in words. Six digit words or more in a row are a number;
    /// its type comes from a keyword just before it (routing, account, card), else a phone number.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeSpelledNumbers(TextScan scan)
    {
        var text = scan.Text;
        var offset = 0;
        while (offset < text.Length)
        {
            var next = text.AsSpan(offset).IndexOfAny(DigitWords);
            if (next < 0)
            {
                return;
            }

            var start = offset + next;
            offset = start + 3;
            if (start > 0 && char.IsLetter(text[start - 1]))
            {
                continue;
            }

            var (end, count, _) = WalkDigitWords(text, start, otherLanguages: false);
            if (count < 6)
            {
                offset = Math.Max(offset, end);
                continue;
            }

            // "oh two oh …": a leading "oh" is a zero too.
            while (start >= 3 && text[start - 1] == ' ' && IsDigitWord(text.AsSpan(start - 3, 2)) && (start == 3 || !char.IsLetter(text[start - 4])))
            {
                start -= 3;
            }

            var before = text.AsSpan(Math.Max(0, start - 40), start - Math.Max(0, start - 40));
            var type = before.Contains("routing", StringComparison.OrdinalIgnoreCase) ? PiiEntityType.AbaRoutingNumber
                : before.Contains("account", StringComparison.OrdinalIgnoreCase) || before.Contains("card", StringComparison.OrdinalIgnoreCase)
                    || before.Contains("member", StringComparison.OrdinalIgnoreCase) || before.Contains("policy", StringComparison.OrdinalIgnoreCase)
                    ? PiiEntityType.AccountNumber : PiiEntityType.Phone;
            scan.Add(type, start, end - start, 0.8);
            offset = end;
        }
    }

    // The digits' words in the product's other languages, to find where a dictated number may be: only the words of three
    // letters or more, so that the search stops rarely ("en", "to", "un" and "ni" are words of every sentence). Swedish,
    // Norwegian and Danish, German, Dutch, Spanish, Portuguese, Italian, French, Hungarian, Polish, Russian, Turkish.
    private static readonly string[] OtherDigitWordList =
    [
        "noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "null", "fire", "seks", "syv", "åtte", "otte",
        "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "nul", "een", "twee", "drie", "vijf", "zes",
        "zeven", "negen", "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "dois", "três", "quatro",
        "sete", "oito", "nove", "due", "quattro", "cinque", "sei", "sette", "otto", "zéro", "deux", "trois", "cinq", "huit", "neuf",
        "nulla", "egy", "kettő", "két", "három", "négy", "hat", "hét", "nyolc", "kilenc", "jeden", "dwa", "trzy", "cztery", "pięć",
        "sześć", "siedem", "osiem", "dziewięć", "ноль", "нуль", "один", "одна", "два", "две", "три", "четыре", "пять", "шесть", "семь",
        "восемь", "девять", "sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz",
    ];

    private static readonly System.Buffers.SearchValues<string> OtherDigitWordSearch =
        System.Buffers.SearchValues.Create(OtherDigitWordList, StringComparison.OrdinalIgnoreCase);

    // Every digit word of those languages, the short ones too, for walking a run.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherDigitWords =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(OtherDigitWordList.Concat(["en", "to", "ni", "um", "un", "öt"]), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A number dictated digit by digit in another language ("tel noll sju tre sex fem fem två ett åtta åtta noll", "ügyfélszám
    /// három nulla öt öt nyolc egy nulla kettő"): seven digit words or more in a row, with three different ones at least.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeSpelledNumbersOfOtherLanguages(TextScan scan)
    {
        var text = scan.Text;
        var offset = 0;
        while (offset < text.Length)
        {
            var next = text.AsSpan(offset).IndexOfAny(OtherDigitWordSearch);
            if (next < 0)
            {
                return;
            }

            var found = offset + next;
            offset = found + 3;
            if (found > 0 && char.IsLetter(text[found - 1]))
            {
                continue;
            }

            // Back over the run's earlier words, then forward over all of it.
            var start = found;
            while (start >= 3 && text[start - 1] == ' ')
            {
                var wordStart = start - 1;
                while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
                {
                    wordStart--;
                }

                if (wordStart == start - 1 || !OtherDigitWords.Contains(text.AsSpan(wordStart, start - 1 - wordStart)))
                {
                    break;
                }

                start = wordStart;
            }

            var (end, count, distinct) = WalkDigitWords(text, start, otherLanguages: true);
            if (count >= 7 && distinct >= 3)
            {
                scan.Add(PiiEntityType.Phone, start, end - start, 0.75);
            }

            offset = Math.Max(offset, end);
        }
    }

    /// <summary>
    /// The run of digit words from <paramref name="start"/>, separated by spaces, commas and hyphens: where it ends, how many
    /// words it holds and how many different ones (counted up to three, enough to tell a number from a repeated word).
    /// English words in ASCII letters, or those of the product's other languages.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int End, int Count, int Distinct) WalkDigitWords(string text, int start, bool otherLanguages)
    {
        var (end, count, i) = (start, 0, start);
        var (kindA, kindB, distinct) = (0, 0, 0);
        while (i < text.Length)
        {
            var wordEnd = i;
            while (wordEnd < text.Length && (otherLanguages ? char.IsLetter(text[wordEnd]) : char.IsAsciiLetter(text[wordEnd])))
            {
                wordEnd++;
            }

            var word = text.AsSpan(i, wordEnd - i);
            if (wordEnd == i || !(otherLanguages ? OtherDigitWords.Contains(word) : IsDigitWord(word)))
            {
                break;
            }

            var kind = string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);
            if (distinct == 0 || (distinct == 1 && kind != kindA) || (distinct == 2 && kind != kindA && kind != kindB))
            {
                (kindA, kindB, distinct) = distinct == 0 ? (kind, 0, 1) : distinct == 1 ? (kindA, kind, 2) : (kindA, kindB, 3);
            }

            (end, count) = (wordEnd, count + 1);
            i = wordEnd;
            while (i < text.Length && text[i] is ' ' or ',' or '-' && i - wordEnd < 3)
            {
                i++;
            }
        }

        return (end, count, distinct);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsDigitWord(ReadOnlySpan<char> word) =>
        word.Equals("oh", StringComparison.OrdinalIgnoreCase) || word.Equals("zero", StringComparison.OrdinalIgnoreCase)
        || word.Equals("one", StringComparison.OrdinalIgnoreCase) || word.Equals("two", StringComparison.OrdinalIgnoreCase)
        || word.Equals("three", StringComparison.OrdinalIgnoreCase) || word.Equals("four", StringComparison.OrdinalIgnoreCase)
        || word.Equals("five", StringComparison.OrdinalIgnoreCase) || word.Equals("six", StringComparison.OrdinalIgnoreCase)
        || word.Equals("seven", StringComparison.OrdinalIgnoreCase) || word.Equals("eight", StringComparison.OrdinalIgnoreCase)
        || word.Equals("nine", StringComparison.OrdinalIgnoreCase) || word.Equals("double", StringComparison.OrdinalIgnoreCase)
        || word.Equals("triple", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b")]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""'`]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"(?<![\w./])(?:facebook|fb|instagram|twitter|x|linkedin|tiktok|youtube|github|threads|snapchat|pinterest|strava|reddit|medium|twitch|vk|onlyfans|patreon)\.(?:com|in)/(?:in/)?[\w.\-]{2,}[^\s<>""'`]*", RegexOptions.IgnoreCase)]
    private static partial Regex SocialProfileRegex();

    /// <summary>
    /// Whether a slash follows a letter with a dot shortly before it ("monzo.me/…"): the cheap test before the search for a
    /// link without a scheme. Most slashes in records stand between digits ("03/14/1988", "128/82").
    /// </summary>
    private static bool MayHoldBareLink(string text)
    {
        for (var slash = text.IndexOf('/'); slash >= 0; slash = text.IndexOf('/', slash + 1))
        {
            if (slash >= 3 && char.IsAsciiLetter(text[slash - 1]) && text.AsSpan(Math.Max(0, slash - 8), Math.Min(slash, 8)).Contains('.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"example.com/about", "nhs.uk/conditions": a link without a scheme whose last part is an English word is a site's page, no one's.</summary>
    private static bool EndsWithOrdinaryWord(ReadOnlySpan<char> link)
    {
        var last = link.TrimEnd('/');
        last = last[(last.LastIndexOf('/') + 1)..];
        Span<char> lower = stackalloc char[32];
        return last.Length <= lower.Length && last.ToLowerInvariant(lower) == last.Length && OrdinaryWords.Contains(lower[..last.Length]);
    }

    // A domain and a path without a scheme ("monzo.me/natashabh", "caixadirecta-seguranca.pt/u/mgtlopes"): the path names
    // someone's page or a link sent to them. A bare domain ("monzo.com") names an organisation and stays.
    [GeneratedRegex(@"(?<![\w.@/\-])[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.(?:com|net|org|io|me|co|uk|au|nz|in|pt|br|es|fr|de|it|nl|be|ch|at|pl|ru|ua|info|app|link|ly|gl|page|site|online|xyz|shop|store|pk|ng|ke|za|ph|my|sg|id|mx|ar|cl)/[\w\-.~%/?=&#+]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex BareLinkRegex();

    [GeneratedRegex(@"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.]*\d)")]
    private static partial Regex Ipv4Regex();

    [GeneratedRegex(@"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])")]
    private static partial Regex Ipv6Regex();

    [GeneratedRegex(@"(?<![\w-])\d{3}[- .]\d{2}[- .]\d{4}(?![\w-]|\.\d)")]
    private static partial Regex SsnRegex();

    [GeneratedRegex(@"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")]
    private static partial Regex CardRegex();

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")]
    private static partial Regex IbanRegex();

    [GeneratedRegex(@"(?<![\w\-])\d{4}([ \-])\d{4}\1\d{4}\1\d{4}(?![\w\-])")]
    private static partial Regex GroupedSixteenDigitsRegex();

    // UK National Insurance number: "QQ 12 34 56 C", "JG103762A".
    [GeneratedRegex(@"(?<![\w])[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\w])")]
    private static partial Regex NationalInsuranceRegex();

    [GeneratedRegex(@"^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$")]
    private static partial Regex CurpRegex();

    [GeneratedRegex(@"\b[a-z]{2}\d{2}(?: ?[a-z0-9]){11,30}\b")]
    private static partial Regex LowerCaseIbanRegex();

    [GeneratedRegex(@"(?<![\w.\-])\d{4}\.\d{4}\.\d{4}\.\d{4}(?![\w\-]|\.\d)")]
    private static partial Regex DottedCardRegex();

    [GeneratedRegex(@"(?<![\w-])(?:\d{9}|\d{10}|\d{3}[ -]\d{3}[ -]\d{4})(?![\w-])")]
    private static partial Regex NineOrTenDigitsRegex();

    [GeneratedRegex(@"\b[A-HJ-NPR-Z0-9]{17}\b")]
    private static partial Regex VinRegex();

    [GeneratedRegex(@"\b[a-hj-npr-z0-9]{17}\b")]
    private static partial Regex LowerCaseVinRegex();

    // Bracketed "(at)"/"[dot]" in any case, or spelled-out " at … dot com" ending in a common top-level domain. Run over
    // the whole text, so the non-backtracking engine: linear in the text's length whatever it holds ("a.a.a.a…").
    private static readonly Regex ObfuscatedEmail = new(
        @"\b[a-z0-9][a-z0-9._%+\-]*\s?[\(\[\{]\s?(?:at|@)\s?[\)\]\}]\s?[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:(?:\.|\s?[\(\[\{]\s?dot\s?[\)\]\}]\s?)[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*(?:\.|\s?[\(\[\{]\s?dot\s?[\)\]\}]\s?)[a-z]{2,24}\b|\b[a-z0-9][a-z0-9._%+\-]*\sat\s[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\s(?:dot|\.)\s[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\sdot\s(?:com|org|net|edu|gov|io|co|uk|de|fr|nl|es|it|ca|au|in|info|biz|us|me)\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    // +CC then groups: +1 (555) 201-3344, +44 20 7946 0958, +49 30 12345678, 0044 20 7946 0958.
    [GeneratedRegex(@"(?<![\w+])(?:\+|00)[1-9]\d{0,2}[ .\-]?(?:\(\d{1,4}\)[ .\-]?)?\d{1,5}(?:[ .\-]?\d{2,5}){1,4}(?![\w-])")]
    private static partial Regex InternationalPhoneRegex();

    // National: (555) 201-3344, 555-201-3344, 555.201.3344, 020 7946 0958, 030 12345678; with the North American trunk
    // prefix (1-800-555-0199), a UK or Australian area code in brackets ((020) 7946 0958, (08) 5550 4127), a German one before a slash (030/12345678),
    // Spanish numbers in pairs (612 34 56 78), Dutch mobiles (06-12345678), Brazil's two-digit area code in brackets before a
    // mobile ((21) 97731-0842; a landline so written is most often a clinic's or a shop's), Turkish numbers with the area or
    // operator code in brackets and pairs after it, its trunk 0 before or inside them ("0 (542) 318 66 09", "(0212) 555 44 33";
    // not Colombia's "(604) 510 90 00", a city's code) and an extension (555-201-3344 x204).
    [GeneratedRegex(@"(?<![\w+\-/.])(?:(?:1[ .\-])?(?:\(\d{3}\)[ .\-]?\d{3}[ .\-]\d{4}|\d{3}[.\-]\d{3}[.\-]\d{4}|\d{3} \d{3} \d{4})|(?:0 \(\d{3}\)|\(0\d{3}\)) ?\d{3} \d{2} \d{2}|0\d{2,4}[ \-]\d{3,4}[ \-]?\d{3,4}|\(0\d{1,4}\) ?\d{3,4}[ \-]?\d{3,4}|\([1-9]\d\) ?9\d{4}[ \-]?\d{4}|0\d(?:[ .]\d{2}){4}|0\d{2,4}/\d{5,8}|[6-9]\d{2} \d{2} \d{2} \d{2}|06-\d{8})(?: ?(?:x|ext\.?) ?\d{1,5})?(?![\w\-/])")]
    private static partial Regex NationalPhoneRegex();

    [GeneratedRegex(@"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$")]
    private static partial Regex DateShapeRegex();
}
