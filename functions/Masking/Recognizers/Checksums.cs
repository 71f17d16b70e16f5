using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>Check-digit algorithms that separate real identifiers from look-alike numbers.</summary>
public static class Checksums
{
    /// <summary>Luhn (mod 10) over the digits of <paramref name="value"/>, ignoring separators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Luhn(ReadOnlySpan<char> value)
    {
        var sum = 0;
        var count = 0;
        var doubleIt = false;
        for (var i = value.Length - 1; i >= 0; i--)
        {
            var c = value[i];
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            var d = c - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
            count++;
        }

        return count >= 2 && sum % 10 == 0;
    }

    /// <summary>ISO 13616 IBAN check (mod 97 == 1) with the per-country length where known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Iban(ReadOnlySpan<char> value, bool requireKnownCountry = false)
    {
        Span<char> compact = stackalloc char[40];
        var n = 0;
        foreach (var c in value)
        {
            if (c == ' ')
            {
                continue;
            }

            if (n == compact.Length || !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            compact[n++] = char.ToUpperInvariant(c);
        }

        if (n < 15 || n > 34 || !char.IsAsciiLetterUpper(compact[0]) || !char.IsAsciiLetterUpper(compact[1])
            || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        var known = IbanLengths.TryGetValue(string.Concat(compact[0], compact[1]), out var expected);
        if ((known && expected != n) || (requireKnownCountry && !known))
        {
            return false;
        }

        var remainder = 0;
        for (var i = 0; i < n; i++)
        {
            var c = compact[(i + 4) % n];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
        }

        return remainder == 1;
    }

    /// <summary>US ABA routing transit number: 3-7-1 weighted sum divisible by 10, valid Federal Reserve prefix.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool AbaRouting(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9)
        {
            return false;
        }

        ReadOnlySpan<int> weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            sum += (digits[i] - '0') * weights[i];
        }

        var prefix = ((digits[0] - '0') * 10) + (digits[1] - '0');
        var validPrefix = prefix is (>= 0 and <= 12) or (>= 21 and <= 32) or (>= 61 and <= 72) or 80;
        return sum % 10 == 0 && sum > 0 && validPrefix;
    }

    /// <summary>
    /// Mexican CLABE (a bank account's standard number): eighteen digits, the first seventeen weighted 3, 7, 1 in turn, each
    /// product taken mod 10; the check digit is (10 - sum mod 10) mod 10.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Clabe(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 18 || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (digits[i] - '0') * (i % 3 == 0 ? 3 : i % 3 == 1 ? 7 : 1) % 10;
        }

        return (10 - (sum % 10)) % 10 == digits[17] - '0';
    }

    /// <summary>UK NHS number: ten digits, weights 10..2, check digit 11 - (sum mod 11), 10 invalid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool NhsNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 10)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && char.IsAsciiDigit(digits[9]) && digits[9] - '0' == check;
    }

    /// <summary>North American VIN check digit (position 9, weights 8..2,10,0,9..2, X for 10).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Vin(ReadOnlySpan<char> vin)
    {
        if (vin.Length != 17)
        {
            return false;
        }

        ReadOnlySpan<int> weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = VinValue(char.ToUpperInvariant(vin[i]));
            if (value < 0)
            {
                return false;
            }

            sum += value * weights[i];
        }

        var check = sum % 11;
        var expected = check == 10 ? 'X' : (char)('0' + check);
        return char.ToUpperInvariant(vin[8]) == expected;
    }

    /// <summary>US SSN structure: area not 000, 666 or 9xx; group not 00; serial not 0000.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool SsnStructure(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 9)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        var area = int.Parse(digits[..3], provider: null);
        var group = int.Parse(digits[3..5], provider: null);
        var serial = int.Parse(digits[5..], provider: null);
        return area is not (0 or 666) && area < 900 && group != 0 && serial != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        _ => -1,
    };

    private static readonly Dictionary<string, int> IbanLengths = new(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22,
        ["DK"] = 18, ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27, ["GB"] = 22, ["GR"] = 27, ["HR"] = 21,
        ["HU"] = 28, ["IE"] = 22, ["IS"] = 26, ["IT"] = 27, ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21,
        ["MC"] = 27, ["MT"] = 31, ["NL"] = 18, ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24, ["SE"] = 24,
        ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["TR"] = 26, ["AE"] = 23, ["SA"] = 24, ["IL"] = 23, ["QA"] = 29,
    };

    /// <summary>
    /// A Mexican CURP's check digit: each of the first 17 characters valued by its place in "0–9, A–N, Ñ, O–Z" and weighted
    /// 18 down to 2; the sum's complement to a multiple of ten is the last digit.
    /// </summary>
    public static bool Curp(ReadOnlySpan<char> curp)
    {
        if (curp.Length != 18 || !char.IsAsciiDigit(curp[17]))
        {
            return false;
        }

        const string Alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(curp[i]);
            if (value < 0)
            {
                return false;
            }

            sum += value * (18 - i);
        }

        return (10 - (sum % 10)) % 10 == curp[17] - '0';
    }
}
