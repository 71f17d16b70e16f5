using System.Buffers;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// An Arabic police report's or claim's "residing at" and the address after it: "ومقيم 15 شارع مصطفى كامل، عمارة 4، شقة 12،
/// حدائق حلوان"، "المقيم بعزبة فهمي", "ومقيم 12 ش الكرنك متفرع من ش السودان - العجوزة - الجيزة", and Tunisia's streets with
/// their number ("نهج الحبيب بورقيبة عدد 41"). These addresses name their parts with no word a rule could anchor on; the verb
/// before them says what they are.
/// </summary>
internal sealed partial class CaselessScriptRecognizer
{
    // "Residing (at)", "who resides", "living (in)", as reports write it; the last two take "in" joined to the place ("بعزبة").
    private static readonly SearchValues<string> ResidenceCues = SearchValues.Create(
        ["ومقيم ", "مقيم ", "المقيم ", "والمقيم ", "ومقيمة ", "مقيمة ", "المقيمة ", "يقيم ", "تقيم ", "ويقيم ", "يسكن ", "تسكن ", "ويسكن ", "الساكن "],
        StringComparison.Ordinal);

    // At most this many comma-separated parts after the cue, and this many words in each ("12 ش الكرنك متفرع من ش السودان"):
    // an address, not the rest of a report.
    private const int MaxResidenceParts = 4;
    private const int MaxResidencePartWords = 8;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeResidences(TextScan scan)
    {
        var text = scan.Text;
        if (text.AsSpan().IndexOfAnyInRange('\u0600', '\u06FF') < 0)
        {
            return;
        }

        for (var at = text.AsSpan().IndexOfAny(ResidenceCues); at >= 0;)
        {
            if (at == 0 || !IsArabicLetter(text[at - 1]))
            {
                var start = text.IndexOf(' ', at) + 1;
                // "المقيم بعزبة فهمي": the preposition joined to the place is not part of it.
                if (start + 2 < text.Length && text[start] == 'ب' && IsArabicLetter(text[start + 1]) && text[start + 1] != 'ن')
                {
                    start++;
                }

                var end = ResidenceEnd(text, start);
                if (end - start >= 4)
                {
                    scan.Add(PiiEntityType.StreetAddress, start, end - start, 0.8);
                }
            }

            var next = at + 1 < text.Length ? text.AsSpan(at + 1).IndexOfAny(ResidenceCues) : -1;
            at = next < 0 ? -1 : at + 1 + next;
        }

        // Tunisia's "street … number N" ("نهج الحبيب بورقيبة عدد 41").
        if (text.Contains("نهج ", StringComparison.Ordinal) && text.Contains("عدد", StringComparison.Ordinal))
        {
            scan.AddMatches(TunisianStreetRegex(), PiiEntityType.StreetAddress, 0.85);
        }
    }

    /// <summary>
    /// Where the address after a residence cue ends: up to <see cref="MaxResidenceParts"/> parts set off by the Arabic comma,
    /// a dash or "and", each of at most <see cref="MaxResidencePartWords"/> words, stopping at a full stop, a line's end, a
    /// label (a colon) or a part that opens a new clause ("ويحمل بطاقة", "رقم قومي").
    /// </summary>
    private static int ResidenceEnd(string text, int start)
    {
        var end = start;
        var position = start;
        for (var part = 0; part < MaxResidenceParts && position < text.Length; part++)
        {
            var partEnd = position;
            var words = 0;
            while (partEnd < text.Length && text[partEnd] is not ('،' or ',' or '.' or '\n' or ':' or '؛' or '(' or ')' or '"' or '-' or '–'))
            {
                if (text[partEnd] == ' ' && partEnd > position && text[partEnd - 1] != ' ')
                {
                    words++;

                    // "ومقيم بالقاهرة ويعمل …": a verb joined to "and" opens the next clause inside the part.
                    if (partEnd + 2 < text.Length && text[partEnd + 1] == 'و' && text[partEnd + 2] is 'ي' or 'ت' or 'ق' or 'أ')
                    {
                        break;
                    }
                }

                partEnd++;
            }

            var partText = text.AsSpan(position, partEnd - position).Trim(' ');
            if (partText.IsEmpty || words >= MaxResidencePartWords || (partEnd < text.Length && text[partEnd] == ':') || OpensAClause(partText))
            {
                break;
            }

            end = position + text.AsSpan(position, partEnd - position).TrimEnd(' ').Length;
            if (partEnd >= text.Length || text[partEnd] is '.' or '\n' or '(' or ')' or '"' or '؛')
            {
                break;
            }

            position = partEnd + 1;
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }
        }

        return end;
    }

    // Words that open the report's next clause rather than an address's next part: "and he carries", "and he stated", "number",
    // "phone", "aged", "working at", "he drives".
    private static bool OpensAClause(ReadOnlySpan<char> part) =>
        part.StartsWith("ويحمل") || part.StartsWith("وقرر") || part.StartsWith("وأفاد") || part.StartsWith("وافاد") || part.StartsWith("رقم")
        || part.StartsWith("ت ") || part is "ت" || part.StartsWith("هاتف") || part.StartsWith("تليفون") || part.StartsWith("موبايل")
        || part.StartsWith("يعمل") || part.StartsWith("ويعمل") || part.StartsWith("موظف") || part.StartsWith("سن") || part.StartsWith("عمره")
        || part.StartsWith("بطاقة") || part.StartsWith("وبسؤال") || part.StartsWith("وذلك") || part.StartsWith("حيث")
        // "he drives", "he carries", "he is aged", "called" ("يسكن الحي الشرقي، يقود مركبة …").
        || part.StartsWith("يقود") || part.StartsWith("تقود") || part.StartsWith("يحمل") || part.StartsWith("تحمل") || part.StartsWith("تعمل")
        || part.StartsWith("يبلغ") || part.StartsWith("تبلغ") || part.StartsWith("يدعى") || part.StartsWith("تدعى");

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A';

    [System.Text.RegularExpressions.GeneratedRegex(@"نهج(?: [\u0620-\u064A]+){1,4} عدد \d{1,4}")]
    private static partial System.Text.RegularExpressions.Regex TunisianStreetRegex();
}
