using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// The neighbourhood a Korean address adds in brackets after the street ("주소: 서울 마포구 월드컵북로 396 (상암동)"): a word
/// ending in 동, 읍, 면, 리 or 가 right after the address is a part of it, read once the address is known.
/// </summary>
internal static class DistrictsAfterAddresses
{
    private const double Score = 0.75;

    /// <summary>City spans for the bracketed neighbourhoods after the addresses of <paramref name="matches"/>; null when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch>? Find(string text, IReadOnlyList<PiiMatch> matches)
    {
        List<PiiMatch>? found = null;
        foreach (var address in matches)
        {
            var open = address.End + 1;
            if (address.Type != PiiEntityType.StreetAddress || open + 3 >= text.Length || text[address.End] != ' ' || text[open] is not ('(' or '（'))
            {
                continue;
            }

            var end = open + 1;
            while (end < text.Length && text[end] is >= '\uAC00' and <= '\uD7A3')
            {
                end++;
            }

            if (end - open - 1 is >= 2 and <= 6 && end < text.Length && text[end] is ')' or '）' && text[end - 1] is '동' or '읍' or '면' or '리' or '가')
            {
                (found ??= []).Add(new PiiMatch(PiiEntityType.City, open + 1, end - open - 1, Score));
            }
        }

        return found;
    }
}
