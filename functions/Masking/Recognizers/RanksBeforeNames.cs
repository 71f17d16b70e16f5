using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// A police or military rank at the start of a person's span is left in the text ("Cabo Nuno Sequeira", "Brigadier-chef
/// Thomas Delcourt", "Komiser Yardımcısı Ahmet Koç", "Patrullero Andrés Felipe Mosquera"): a rank names no one, and a
/// statement or report loses its meaning without it. Labels, the word model and a name's neighbours may each take the rank
/// into a name's span; this runs last, over whatever found the name, and never empties a span.
/// </summary>
internal static class RanksBeforeNames
{
    /// <summary>
    /// The ranks of other markets' forces that also cue the name after them (<see cref="NameRecognizer"/>'s titles, which
    /// hold the English ones and "Cabo", "Sargento" already): "Polis Memuru Yusuf Koç", "Maresciallo Enzo Ruggeri".
    /// </summary>
    internal static readonly string[] NameCues =
    [
        "Memuru", "Komiser", "Başkomiser", "Brigadier", "Brigadier-chef", "Gardien", "Adjudant", "Adjudant-chef", "Gendarme",
        "Capitaine", "Commandant", "Commissaire", "Patrullero", "Patrullera", "Subintendente", "Intendente", "Comisario",
        "Subcomisario", "Subinspector", "Teniente", "Capitán", "Delegado", "Delegada", "Inspetor", "Inspetora", "Appuntato",
        "Brigadiere", "Maresciallo", "Ispettore", "Hoofdagent", "Wachtmeester", "Revierinspektor", "Gruppeninspektor",
        "Bezirksinspektor", "Polizeiobermeister", "Polizeihauptkommissar", "Kriminalkommissar", "Kriminalhauptkommissar",
        "Superintendent", "Supt",
        // German police ranks as reports shorten them, with the feminine ending as written ("POK'in S. Lüders", "KHKin Yilmaz").
        "POM", "POMin", "POM'in", "PHM", "PHMin", "PHM'in", "POK", "POKin", "POK'in", "PHK", "PHKin", "PHK'in", "EPHK",
        "KOK", "KOKin", "KOK'in", "KHK", "KHKin", "KHK'in",
    ];

    // Capitalised as reports write them; none is a common family name ("Major" is left out: John Major). Not cues of a name
    // themselves: "Polis" is Malay and Indonesian for an insurance policy.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ranks = NameCues.Concat(
    [
        // English-speaking forces.
        "Sergeant", "Sgt", "Constable", "PC", "WPC", "Cpl", "Corporal", "Detective", "Det", "Insp", "Inspector", "ASP", "DSP", "ACP",
        "Lieutenant", "Lt", "Captain", "Capt", "Officer",
        // French, Belgian and Swiss.
        "Gardienne", "Inspecteur", "Inspectrice",
        // Spanish, Latin American and Portuguese.
        "Cabo", "Sargento", "Comisaria", "Subinspectora", "Inspectora", "Subteniente", "Agente", "Escrivão", "Escrivã", "Investigador",
        "Investigadora", "Soldado",
        // Italian.
        "Carabiniere", "Sovrintendente", "Vicebrigadiere",
        // Turkish.
        "Yardımcısı", "Polis",
        // German, Austrian and Dutch.
        "Polizeimeister", "Polizeihauptmeister", "Polizeikommissar", "Polizeioberkommissar", "Kriminaloberkommissar",
        "Kontrollinspektor", "Hoofdinspecteur",
        // Indonesian police ranks ("AIPTU Dwi Santoso, NRP 79041122").
        "AIPTU", "AIPDA", "BRIPKA", "BRIGPOL", "BRIPTU", "BRIPDA", "IPDA", "IPTU", "AKP", "KOMPOL", "AKBP", "KOMBES",
    ]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Ranks of two words whose first word alone may be a name ("Trung úy Phan Thanh Sơn": Trung is a given name too), and a
    // Portuguese officer's grade ("Agente Principal Nuno Pinto").
    private static readonly string[] TwoWordRanks =
    [
        "Thượng úy ", "Đại úy ", "Trung úy ", "Thiếu úy ", "Thượng tá ", "Đại tá ", "Trung tá ", "Thiếu tá ", "Agente Principal ",
        "Polis Memuru ",
    ];

    /// <summary><paramref name="matches"/> with the ranks at the start of person spans left out; the same list when none has one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch> Trim(string text, List<PiiMatch> matches)
    {
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            if (match.Type != PiiEntityType.Person || !char.IsUpper(text[match.Start]))
            {
                continue;
            }

            var start = match.Start;
            var end = match.Start + match.Length;
            foreach (var rank in TwoWordRanks)
            {
                if (match.Length > rank.Length + 1 && text.AsSpan(start, end - start).StartsWith(rank, StringComparison.Ordinal) && char.IsLetter(text[start + rank.Length]))
                {
                    start += rank.Length;
                    break;
                }
            }

            while (true)
            {
                var space = text.AsSpan(start, end - start).IndexOf(' ');
                if (space <= 0)
                {
                    break;
                }

                var word = text.AsSpan(start, space).TrimEnd('.');
                var next = start + space + 1;
                if (!Ranks.Contains(word) || next >= end || !char.IsLetter(text[next]))
                {
                    break;
                }

                start = next;
            }

            if (start != match.Start)
            {
                matches[m] = match with { Start = start, Length = end - start };
            }
        }

        return matches;
    }
}
