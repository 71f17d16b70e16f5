using System.Globalization;
using System.Text;

namespace Masking.Tests.Corpus;

/// <summary>
/// Draws structured identifiers in the formats people actually type. Every checksummed kind is valid (Luhn, mod-97,
/// ABA, NHS mod-11, VIN), because a recognizer that validates checksums must be exercised on values that pass; an
/// invalid value would be "missed" for the right reason and poison the recall figure.
/// </summary>
internal sealed class IdentifierFactory(Random random)
{
    private const string Digits = "0123456789";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string UpperAlnum = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    // Letters never used in the fixed-letter positions of a Medicare Beneficiary Identifier.
    private const string MbiLetters = "ACDEFGHJKMNPQRTUVWXY";

    // UK postcode inward letters exclude C, I, K, M, O and V.
    private const string UkInwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly Random _random = random;

    public string Pick(IReadOnlyList<string> items) => items[_random.Next(items.Count)];

    public T PickOf<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public string DigitString(int length, bool leadingNonZero = false)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(i == 0 && leadingNonZero ? (char)('1' + _random.Next(9)) : Digits[_random.Next(10)]);
        }

        return sb.ToString();
    }

    public string Letters(int length, string alphabet = Upper)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(alphabet[_random.Next(alphabet.Length)]);
        }

        return sb.ToString();
    }

    public string Date(DateOnly date)
    {
        var month = MonthNames[date.Month - 1];
        return _random.Next(10) switch
        {
            0 or 1 => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
            2 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            3 => $"{month} {date.Day}, {date.Year}",
            4 => $"{date.Day} {month[..3]} {date.Year}",
            5 => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            6 => $"{month[..3]} {date.Day}, {date.Year}",
            7 => $"{date.Day} {month} {date.Year}",
            8 => $"{date.Month}/{date.Day}/{date.Year}",
            _ => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        };
    }

    public string UsZip() =>
        Chance(0.3) ? $"{Next(1001, 99951):D5}-{Next(1, 10000):D4}" : $"{Next(1001, 99951):D5}";

    public string UkPostcode(IReadOnlyList<string> areas)
    {
        var area = Pick(areas);
        var district = area.Length == 1 ? Next(1, 30).ToString(CultureInfo.InvariantCulture) : Next(1, 20).ToString(CultureInfo.InvariantCulture);
        if (area is "SW" or "EC" or "WC" && Chance(0.3))
        {
            district = Next(1, 3) + Letters(1, "ABCHMNPRVWXY");
        }

        return $"{area}{district} {Next(0, 10)}{Letters(2, UkInwardLetters)}";
    }

    // Toll-free area codes (800, 833 … 888) belong to organisations, never to a person: shift them off that range.
    private static int PersonalAreaCode(int code) => code is 800 or 833 or 844 or 855 or 866 or 877 or 888 ? code - 100 : code;

    public string UsPhone()
    {
        var area = Chance(0.15) ? "555" : PersonalAreaCode(Next(201, 990)).ToString(CultureInfo.InvariantCulture);
        var exchange = Next(200, 1000);
        var line = Next(0, 10000).ToString("D4", CultureInfo.InvariantCulture);
        return _random.Next(6) switch
        {
            0 => $"+1 ({area}) {exchange}-{line}",
            1 => $"{area}-{exchange}-{line}",
            2 => $"({area}) {exchange}-{line}",
            3 => $"{area}.{exchange}.{line}",
            4 => $"+1 {area} {exchange} {line}",
            _ => $"+1-{area}-{exchange}-{line}",
        };
    }

    public string InternationalPhone() => _random.Next(8) switch
    {
        0 => $"+44 20 {Next(7000, 8000)} {DigitString(4)}",
        1 => $"020 {Next(7000, 8000)} {DigitString(4)}",
        2 => $"+44 7700 {DigitString(6)}",
        3 => $"07{Next(400, 1000)} {DigitString(6)}",
        4 => $"+49 30 {DigitString(8, true)}",
        5 => $"+49 151 {DigitString(8, true)}",
        6 => $"+33 1 {Next(10, 100)} {Next(10, 100)} {Next(10, 100)} {Next(10, 100)}",
        _ => Chance(0.5) ? $"+91 {Next(70000, 100000)} {DigitString(5)}" : $"+61 2 {Next(8000, 10000)} {DigitString(4)}",
    };

    public string Ssn()
    {
        int area;
        do
        {
            area = Next(1, 900);
        }
        while (area == 666);

        var value = $"{area:D3}-{Next(1, 100):D2}-{Next(1, 10000):D4}";
        return _random.Next(10) switch
        {
            < 7 => value,
            7 or 8 => value.Replace('-', ' '),
            _ => value.Replace("-", string.Empty, StringComparison.Ordinal),
        };
    }

    public string MedicalRecordNumber() => _random.Next(5) switch
    {
        0 => DigitString(8),
        1 => DigitString(Next(6, 11), true),
        2 => Letters(1) + DigitString(7),
        3 => $"{DigitString(4, true)}-{DigitString(4)}",
        _ => "00" + DigitString(6),
    };

    public string HealthPlanNumber() => _random.Next(5) switch
    {
        0 => Letters(3) + DigitString(9),
        1 => Letters(1) + DigitString(9, true),
        2 => MedicareBeneficiaryId(),
        3 => $"{DigitString(9, true)}-{DigitString(2)}",
        _ => $"{Letters(3)}-{DigitString(8)}",
    };

    public string AccountNumber() => _random.Next(4) switch
    {
        0 => DigitString(Next(8, 13)),
        1 => "000" + DigitString(9),
        2 => $"{DigitString(4, true)}-{DigitString(6)}",
        _ => $"{DigitString(2, true)}-{DigitString(7)}-{DigitString(2)}",
    };

    public string PolicyNumber() => _random.Next(6) switch
    {
        0 => $"PN-{Next(2015, 2026)}-{DigitString(6)}",
        1 => $"{Letters(2)}{Next(1, 10)}-{DigitString(7, true)}",
        2 => $"{Letters(3)}{DigitString(7)}-{Next(0, 10)}",
        3 => $"{DigitString(2, true)}-{DigitString(4)}-{DigitString(4)}",
        4 => $"{Letters(3)}{DigitString(8)}",
        _ => $"{Letters(3)} {DigitString(4)} {DigitString(4)}",
    };

    public string DriversLicence(string lastName) => _random.Next(6) switch
    {
        0 => Letters(1) + DigitString(7),
        1 => $"{DigitString(3, true)} {DigitString(3)} {DigitString(3)}",
        2 => $"{Letters(1)}{DigitString(3)}-{DigitString(3)}-{DigitString(2)}-{DigitString(3)}-{DigitString(1)}",
        3 => UkDrivingLicence(lastName),
        4 => DigitString(8, true),
        _ => $"{Letters(1)}{DigitString(3)}-{DigitString(4)}-{DigitString(4)}",
    };

    public string PassportNumber() => _random.Next(4) switch
    {
        0 => DigitString(9, true),
        1 => Letters(1) + DigitString(8),
        // German style, e.g. C01X00T47: a letter from a small set, then mostly digits with the odd letter.
        2 => Letters(1, "CFGHJK") + DigitString(2) + Letters(1, "CFGHJKLMNPRTVWXYZ0123456789") + DigitString(2) + Letters(1, "CFGHJKLMNPRTVWXYZ") + DigitString(2),
        _ => Letters(1) + DigitString(7),
    };

    /// <summary>A contract, order or file number of no fixed shape: what Safe Harbor calls "any other unique identifying number".</summary>
    public string OtherIdentifier() => _random.Next(5) switch
    {
        0 => DigitString(_random.Next(7, 13), true),
        1 => Letters(_random.Next(2, 4)) + DigitString(_random.Next(6, 10)),
        2 => $"{DigitString(4, true)}-{DigitString(_random.Next(5, 8))}",
        3 => $"{DigitString(2, true)}-{DigitString(7)}-{DigitString(1)}",
        _ => $"{Letters(3)}/{DigitString(4)}/{DigitString(5)}",
    };

    public string DeviceSerial() => _random.Next(5) switch
    {
        0 => DigitString(1, true) + Letters(2) + DigitString(4) + Letters(1) + DigitString(1) + Letters(1),
        1 => Letters(3) + DigitString(6) + Letters(1),
        2 => $"{Letters(4, UpperAlnum)}-{Letters(4, UpperAlnum)}-{DigitString(4)}",
        3 => "SN" + DigitString(6) + Letters(2),
        _ => Letters(2) + DigitString(8),
    };

    public string CreditCard()
    {
        var kind = _random.Next(3);
        string number;
        if (kind == 2)
        {
            number = WithLuhnDigit((Chance(0.5) ? "34" : "37") + DigitString(12));
            return _random.Next(3) switch
            {
                0 => $"{number[..4]} {number[4..10]} {number[10..]}",
                1 => $"{number[..4]}-{number[4..10]}-{number[10..]}",
                _ => number,
            };
        }

        var prefix = kind == 0 ? "4" : (Chance(0.7) ? "5" + Next(1, 6) : Next(2221, 2721).ToString(CultureInfo.InvariantCulture));
        number = WithLuhnDigit(prefix + DigitString(15 - prefix.Length));
        return _random.Next(3) switch
        {
            0 => Group(number, 4, ' '),
            1 => Group(number, 4, '-'),
            _ => number,
        };
    }

    public string Iban()
    {
        var (country, bban) = _random.Next(10) switch
        {
            0 => ("DE", DigitString(18)),
            1 => ("GB", Letters(4) + DigitString(14)),
            2 => ("FR", DigitString(23)),
            3 => ("ES", DigitString(20)),
            4 => ("IT", Letters(1) + DigitString(22)),
            5 => ("NL", Letters(4) + DigitString(10)),
            6 => ("CH", DigitString(17)),
            7 => ("BE", DigitString(12)),
            8 => ("PL", DigitString(24)),
            _ => ("IE", Letters(4) + DigitString(14)),
        };

        var check = 98 - Mod97(bban + country + "00");
        var iban = $"{country}{check:D2}{bban}";
        return Chance(0.6) ? Group(iban, 4, ' ') : iban;
    }

    public string AbaRoutingNumber()
    {
        // The first two digits are a Federal Reserve district (01-12), thrift (21-32) or electronic (61-72) prefix.
        var prefix = _random.Next(3) switch
        {
            0 => Next(1, 13),
            1 => Next(21, 33),
            _ => Next(61, 73),
        };

        var digits = (prefix.ToString("D2", CultureInfo.InvariantCulture) + DigitString(6)).Select(c => c - '0').ToArray();
        var sum = (3 * (digits[0] + digits[3] + digits[6])) + (7 * (digits[1] + digits[4] + digits[7])) + digits[2] + digits[5];
        var check = (10 - (sum % 10)) % 10;
        return string.Concat(digits) + check.ToString(CultureInfo.InvariantCulture);
    }

    public string NhsNumber()
    {
        while (true)
        {
            var body = Pick(["4", "6", "7", "9"]) + DigitString(8);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (body[i] - '0') * (10 - i);
            }

            var check = 11 - (sum % 11);
            if (check == 10)
            {
                continue; // No valid NHS number has this body; draw another.
            }

            var number = body + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
            return _random.Next(4) switch
            {
                0 or 1 => $"{number[..3]} {number[3..6]} {number[6..]}",
                2 => number,
                _ => $"{number[..3]}-{number[3..6]}-{number[6..]}",
            };
        }
    }

    public string Vin()
    {
        const string vinChars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        var wmi = Pick(["1HG", "JTD", "WVW", "5YJ", "1FT", "WBA", "2T1", "3VW", "KMH", "SAL", "VF1", "ZFA", "1G1", "4T1"]);
        var vds = Letters(5, vinChars);
        var year = Letters(1, "ABCDEFGHJKLMNPRSTVWXY123456789");
        var rest = Letters(1, vinChars) + DigitString(6);
        var draft = wmi + vds + "0" + year + rest;
        return draft[..8] + VinCheckDigit(draft) + draft[9..];
    }

    public string IpV4() => _random.Next(4) switch
    {
        0 => $"10.{Next(0, 256)}.{Next(0, 256)}.{Next(1, 255)}",
        1 => $"192.168.{Next(0, 256)}.{Next(1, 255)}",
        _ => $"{Pick(["23", "45", "62", "81", "89", "104", "142", "151", "176", "185", "203", "213"])}.{Next(0, 256)}.{Next(0, 256)}.{Next(1, 255)}",
    };

    public string IpV6()
    {
        string Hextet() => Next(0, 0x10000).ToString("x", CultureInfo.InvariantCulture);
        return _random.Next(4) switch
        {
            0 => $"2001:db8:{Hextet()}:{Hextet()}::{Hextet()}",
            1 => string.Join(':', Enumerable.Range(0, 8).Select(_ => Next(0, 0x10000).ToString("x4", CultureInfo.InvariantCulture))),
            2 => $"fe80::{Hextet()}:{Hextet()}:{Hextet()}:{Hextet()}",
            _ => $"2a02:{Hextet()}:{Hextet()}:{Hextet()}:{Hextet()}:{Hextet()}:{Hextet()}:{Hextet()}",
        };
    }

    private string MedicareBeneficiaryId()
    {
        // Position pattern of the MBI: C A AN N A AN N A A N N, written with dashes after the 4th and 7th characters.
        var sb = new StringBuilder();
        sb.Append(Next(1, 10));
        sb.Append(Letters(1, MbiLetters));
        sb.Append(Letters(1, MbiLetters + Digits));
        sb.Append(Next(0, 10));
        sb.Append('-');
        sb.Append(Letters(1, MbiLetters));
        sb.Append(Letters(1, MbiLetters + Digits));
        sb.Append(Next(0, 10));
        sb.Append('-');
        sb.Append(Letters(2, MbiLetters));
        sb.Append(DigitString(2));
        return sb.ToString();
    }

    private string UkDrivingLicence(string lastName)
    {
        var letters = new string(lastName.ToUpperInvariant().Where(c => c is >= 'A' and <= 'Z').Take(5).ToArray()).PadRight(5, '9');
        return letters + DigitString(6) + Letters(2) + Next(0, 10) + Letters(2);
    }

    private static string Group(string value, int size, char separator) =>
        string.Join(separator, value.Chunk(size).Select(c => new string(c)));

    private static string WithLuhnDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            // Doubling starts from the rightmost body digit, because the check digit will be appended to its right.
            var d = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    private static int Mod97(string text)
    {
        var remainder = 0;
        foreach (var c in text)
        {
            var value = char.IsDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value >= 10 ? ((remainder * 100) + value) % 97 : ((remainder * 10) + value) % 97;
        }

        return remainder;
    }

    private static char VinCheckDigit(string vin)
    {
        int[] weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += VinValue(vin[i]) * weights[i];
        }

        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    private static int VinValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        'A' or 'J' => 1,
        'B' or 'K' or 'S' => 2,
        'C' or 'L' or 'T' => 3,
        'D' or 'M' or 'U' => 4,
        'E' or 'N' or 'V' => 5,
        'F' or 'W' => 6,
        'G' or 'P' or 'X' => 7,
        'H' or 'Y' => 8,
        'R' or 'Z' => 9,
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "Not a VIN character."),
    };
}
