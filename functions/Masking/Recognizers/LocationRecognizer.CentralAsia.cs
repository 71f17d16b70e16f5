using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Masking.Recognizers;

/// <summary>
/// Addresses as Kazakh and Mongolian records write them, smallest part last and each part marked by a word after its number or
/// name: Kazakh "Алматы қ., Әуезов ауданы, Мамыр-4 ш/а, 112 үй, 37 пәтер" (town, district, microdistrict, house, flat),
/// "Шаляпин к-сі 24" (street), Mongolian "Баянзүрх дүүрэг, 26-р хороо, 52-р байр, 34 тоот" (district, subdistrict,
/// building, flat). The marks are what tell these apart from other words, so the reader starts from them. Their scores stay
/// under a labelled address line's ("Хаяг: Улаанбаатар хот, …"), which covers the town as well and so wins where both are read.
/// </summary>
internal sealed partial class LocationRecognizer
{
    private static readonly System.Buffers.SearchValues<string> CentralAsianAddressMarks = System.Buffers.SearchValues.Create(
        [" қ.", " қаласы", "к-сі", "көшесі", "ш/а", "пәтер", " үй", "хороо", "тоот", " байр", "дүүрэг"], StringComparison.Ordinal);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeCentralAsianAddresses(TextScan scan)
    {
        if (!scan.HasNonAscii || scan.Text.AsSpan().IndexOfAny(CentralAsianAddressMarks) < 0)
        {
            return;
        }

        scan.AddMatches(KazakhTownRegex(), PiiEntityType.City, 0.78);
        scan.AddMatches(MongolianDistrictRegex(), PiiEntityType.City, 0.72);
        if (scan.HasDigit)
        {
            scan.AddMatches(KazakhStreetRegex(), PiiEntityType.StreetAddress, 0.78);
            scan.AddMatches(MongolianUnitRegex(), PiiEntityType.StreetAddress, 0.78);
        }
    }

    // "Алматы қ.", "Қарағанды қаласы": a town with the word for town after it.
    [GeneratedRegex(@"(?<!\p{L})[А-ЯӘҒҚҢӨҰҮҺІЁ][\p{Ll}]+(?:-[\p{L}]+)? (?:қ\.|қаласы)")]
    private static partial Regex KazakhTownRegex();

    // "Баянзүрх дүүрэг", "Хан-Уул дүүрэг": a district of Ulaanbaatar or of an aimag's centre.
    [GeneratedRegex(@"(?<!\p{L})[А-ЯӨҮЁ][\p{Ll}]+(?:-[А-ЯӨҮЁ][\p{Ll}]+)? дүүрэг")]
    private static partial Regex MongolianDistrictRegex();

    // "Шаляпин к-сі 24, 58 пәтер", "Мамыр-4 ш/а, 112 үй, 37 пәтер", "Абай даңғылы 150": a street or microdistrict, the house and
    // the flat.
    [GeneratedRegex(@"(?<!\p{L})[А-ЯӘҒҚҢӨҰҮҺІЁ][\p{Ll}]*(?:-\d{1,2})? (?:к-сі|көшесі|даңғылы|ш/а|шағын ауданы)\.?,?\s*\d{1,4}[а-я]?(?:\s*үй)?(?:,\s*\d{1,4}\s*(?:пәтер|п\.))?")]
    private static partial Regex KazakhStreetRegex();

    // "26-р хороо, 52-р байр, 34 тоот", "42-р байр, 17 тоот": the subdistrict, the building and the flat.
    [GeneratedRegex(@"\b\d{1,3}(?:-р|-ийн)? (?:хороо(?:,?\s*\d{1,3}(?:-р)? байр)?|байр)(?:,?\s*\d{1,4}(?:-р)? тоот)?")]
    private static partial Regex MongolianUnitRegex();
}
