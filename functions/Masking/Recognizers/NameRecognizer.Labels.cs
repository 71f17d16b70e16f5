using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Names written in capitals or in lower case after a form's label: "Nombre del afiliado: LUZ  MARINA  OSPINA  CARDONA",
/// "Paziente: BIANCHI GIULIA", "Patient: wanjiru njeri kamau   Sex: F". Capitalised names after such labels are read with
/// the other capitalised runs; these two forms have no capitals to tell a name by, so the label is the cue.
/// </summary>
internal sealed partial class NameRecognizer
{
    // Words that make a label a name's ("Pt Name", "Nombre del afiliado", "Card member name", "Apellidos").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameLabelWords = new[]
    {
        "name", "names", "nombre", "nombres", "nome", "nom", "naam", "imię", "imie", "jméno", "navn", "namn", "nimi", "isim", "nama",
        "pangalan", "jina", "surname", "apellido", "apellidos", "cognome", "prénom", "vorname", "nachname", "nazwisko", "fullname",
        // Vietnamese "full name" ("Họ tên: nguyễn thị thu hà"), and a signature's line ("Signed : lim wei jie", "Sign : anita r.").
        "tên", "họ", "signed", "sign", "signature",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The person a label names ("Nombre del afiliado", "Name of patient"): after a name word, the label is a name's.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonRoleWords = new[]
    {
        "patient", "pt", "afiliado", "afiliada", "paciente", "paziente", "segurado", "segurada", "asegurado", "asegurada", "assicurato",
        "titular", "cliente", "client", "customer", "insured", "member", "applicant", "caller", "victim", "suspect", "deceased",
        "beneficiario", "beneficiary", "claimant", "complainant", "holder", "cardholder", "denunciante", "declarante", "usuario", "usuária",
        "usuário", "assuré", "assurée", "patiente", "versicherte", "versicherter", "patiënt",
        // A call's agent and customer in shorthand, a log's officer, Poland's driver ("agent: grace w.", "cust: wanjiru mary muthoni",
        // "Kierująca: agnieszka wiśniewska-jarosz").
        "agent", "cust", "officer", "operator", "driver", "kierująca", "kierujący", "nominee", "tercero", "witness",
        // A call centre's agent in Spanish and Portuguese ("Agente: Yaritza M.", "Atendente: Luana"), and Vietnamese "the patient"
        // ("Họ tên người bệnh: LÊ VĂN HÙNG").
        "agente", "operador", "operadora", "atendente", "asesor", "asesora", "bệnh", "nhân",
        // A claim's participant and a witness in Portuguese, Spanish and Italian ("Participant: LEE WEI JIE", "Testemunha: Hélder Pinto").
        "participant", "testemunha", "testigo", "testimone",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// After a label that ends a line's opening (at the line's start, after a table's bar or after a wide gap) and names a
    /// person, two to five words all in capitals or all in lower case, none an ordinary English word that no list holds as a
    /// name. After a role's label ("Patient:", "Paziente:") rather than a name's, one of the words must be a listed name
    /// and the words the whole field: "Paciente: REFIERE DOLOR" is a note, not a person.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeUncapitalisedLabelledNames(TextScan scan)
    {
        var text = scan.Text;
        Span<char> label = stackalloc char[32];
        Span<char> titleCase = stackalloc char[24];
        for (var colon = text.IndexOf(':'); colon > 0; colon = text.IndexOf(':', colon + 1))
        {
            // A label ends in a letter, or a letter and a space as forms print it ("Name : LIM  WEI  JIE"), and a name starts
            // with a letter ("10:30", "http://" and "user:" before a digit are none).
            var labelEnd = colon >= 2 && text[colon - 1] == ' ' ? colon - 1 : colon;
            if (!char.IsLetter(text[labelEnd - 1]) || colon + 2 >= text.Length || !(char.IsLetter(text[colon + 1]) || (text[colon + 1] == ' ' && char.IsLetter(text[colon + 2])) || text[colon + 1] == ' ' && text[colon + 2] == ' '))
            {
                continue;
            }

            // The label's last word names a name or a role ("Pt Name:", "Paziente:"), before any more of it is read.
            var lastWordStart = labelEnd;
            while (lastWordStart > 0 && char.IsLetter(text[lastWordStart - 1]) && labelEnd - lastWordStart <= 12)
            {
                lastWordStart--;
            }

            if (!NameLabelWords.Contains(text.AsSpan(lastWordStart, labelEnd - lastWordStart)) && !PersonRoleWords.Contains(text.AsSpan(lastWordStart, labelEnd - lastWordStart)))
            {
                continue;
            }

            var labelStart = labelEnd;
            while (labelStart > 0 && labelEnd - labelStart <= 32 && text[labelStart - 1] is not ('\n' or '|' or ':')
                && !(text[labelStart - 1] == ' ' && labelStart >= 2 && text[labelStart - 2] == ' '))
            {
                labelStart--;
            }

            if (labelEnd - labelStart > 32 || labelEnd == labelStart)
            {
                continue;
            }

            var length = TableText.NormalizePhrase(text.AsSpan(labelStart, labelEnd - labelStart), label);
            if (length == 0)
            {
                continue;
            }

            var phrase = label[..length];
            var lastSpace = phrase.LastIndexOf(' ');
            var firstSpace = phrase.IndexOf(' ');
            var lastWord = phrase[(lastSpace + 1)..];
            var firstWord = firstSpace < 0 ? phrase : phrase[..firstSpace];
            var names = NameLabelWords.Contains(lastWord) || (NameLabelWords.Contains(firstWord) && PersonRoleWords.Contains(lastWord));
            if (!names && !(firstSpace < 0 && PersonRoleWords.Contains(phrase)))
            {
                continue;
            }

            var start = colon + 1;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            // A title before the name is no part of it ("caller: mrs jan okafor (daughter)", "Caller: madam lim siew hua").
            start += LowerCaseTitleLength(text, start);

            var end = UncapitalisedNameEnd(text, start, requireListed: !names, titleCase);
            // After a role's label the name is the whole field, up to the line's end, a wide gap, a bar, a comma or a bracket:
            // "usuario: toma metformina 850 mg" is a chat's speaker and what they said.
            if (end > start && (names || EndsAField(text, end)))
            {
                scan.Add(PiiEntityType.Person, start, end - start, 0.8);
            }
            else if (firstSpace < 0 && StaffLabels.Contains(phrase) && ListedLowerCaseGivenNameEnd(text, start, titleCase) is var given && given > start)
            {
                scan.Add(PiiEntityType.Person, start, given - start, 0.8);
            }
            else if (firstSpace < 0 && StaffLabels.Contains(phrase) && CapitalisedStaffNameEnd(text, start) is var staff && staff > start)
            {
                scan.Add(PiiEntityType.Person, start, staff - start, 0.8);
            }
            else if (firstSpace < 0 && StaffLabels.Contains(phrase) && StaffLoginEnd(text, start) is var login && login > start)
            {
                scan.Add(PiiEntityType.AccountNumber, start, login - start, 0.8);
            }
        }
    }

    /// <summary>
    /// The end of a staff member's log-in after their label ("Agent: kwilliams | Ref", "agent: jcolon_cc |"): lower-case letters,
    /// digits, dots and underscores, no dictionary word, up to the field's end; <paramref name="start"/> otherwise.
    /// </summary>
    private static int StaffLoginEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= 32 && (char.IsAsciiLetterLower(text[end]) || char.IsAsciiDigit(text[end]) || text[end] is '_' or '.'))
        {
            end++;
        }

        while (end > start && text[end - 1] == '.')
        {
            end--; // a sentence's full stop
        }

        var login = text.AsSpan(start, end - start);
        var fieldEnds = EndsAField(text, end) || (end + 1 < text.Length && text[end] == ' ' && text[end + 1] == '|');
        return login.Length >= 4 && char.IsAsciiLetterLower(login[0]) && fieldEnds && !OrdinaryWords.Contains(login) && !Lexicon.NotNames.Contains(login)
            ? end : start;
    }

    /// <summary>
    /// The end of a capitalised given name that no list calls a word and an initial after it ("Agente: Yaritza M. | Canal"), when
    /// the field ends there; <paramref name="start"/> otherwise. A call centre's agent signs this way; a queue or a team would
    /// not carry an initial.
    /// </summary>
    private static int CapitalisedStaffNameEnd(string text, int start)
    {
        var end = start;
        if (end >= text.Length || !char.IsUpper(text[end]))
        {
            return start;
        }

        end++;
        while (end < text.Length && char.IsLower(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(start, end - start);
        if (word.Length < 3 || IsOrdinaryCapitalised(word) || Lexicon.NotNames.Contains(word) || Lexicon.Organisations.Contains(word)
            || end + 3 > text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]) || text[end + 2] != '.')
        {
            return start;
        }

        return EndsAField(text, end + 3) || (end + 3 < text.Length && text[end + 3] == ' ' && EndsAField(text, end + 4)) ? end + 3 : start;
    }

    private static bool EndsAField(string text, int end) =>
        end == text.Length || text[end] is '\n' or '|' or '\r' or ',' || text.AsSpan(end).StartsWith("  ") || text.AsSpan(end).StartsWith(" (");

    // Staff who sign a call's notes with their given name alone ("agent: farah | queue: …", "agent: wanjiru k. (ext 4412)").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StaffLabels = new[] { "agent", "officer", "operator", "agente", "operador", "operadora", "atendente", "asesor", "asesora" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The end of one listed given name in lower case at <paramref name="start"/>, with an initial after it ("wanjiru k."), when
    /// the field ends there (a bar, a bracket, a comma or the line's end); <paramref name="start"/> otherwise.
    /// </summary>
    private static int ListedLowerCaseGivenNameEnd(string text, int start, Span<char> titleCase)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        // A listed given name, ordinary word or not ("grace w."): after a staff label the field is the signature.
        if (end - start < 3 || end - start > titleCase.Length)
        {
            return start;
        }

        text.AsSpan(start, end - start).CopyTo(titleCase);
        titleCase[0] = char.ToUpperInvariant(titleCase[0]);
        if (!Lexicon.FirstNames.Contains(titleCase[..(end - start)]))
        {
            return start;
        }

        var nameEnd = end;
        if (end + 2 < text.Length && text[end] == ' ' && char.IsAsciiLetterLower(text[end + 1]) && text[end + 2] == '.')
        {
            nameEnd = end + 3; // "wanjiru k."
        }

        return EndsAField(text, nameEnd) || text.AsSpan(nameEnd).StartsWith(" |", StringComparison.Ordinal) ? nameEnd : start;
    }

    /// <summary>The length of a title in lower case at <paramref name="start"/>, with its space; 0 when none stands there.</summary>
    private static int LowerCaseTitleLength(string text, int start)
    {
        foreach (var title in LowerCaseTitles)
        {
            if (text.AsSpan(start).StartsWith(title, StringComparison.Ordinal) && start + title.Length < text.Length && text[start + title.Length] == ' ')
            {
                return title.Length + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// A name in capitals after Portuguese's and Spanish's title for either sex, "Sr(a)" ("UBS: Sr(a) JOSEFA APARECIDA DOS
    /// SANTOS, sua consulta …"), as appointment messages write it.
    /// </summary>
    private static void RecognizeNamesAfterEitherSexTitle(TextScan scan)
    {
        var text = scan.Text;
        Span<char> titleCase = stackalloc char[24];
        for (var title = text.IndexOf("(a)", StringComparison.Ordinal); title > 1; title = text.IndexOf("(a)", title + 3, StringComparison.Ordinal))
        {
            if (text[title - 1] is not ('r' or 'R') || text[title - 2] is not ('S' or 's'))
            {
                continue;
            }

            var start = title + 3;
            while (start < text.Length && text[start] is ' ' or '.')
            {
                start++;
            }

            var end = UncapitalisedNameEnd(text, start, requireListed: false, titleCase);
            if (end > start && char.IsUpper(text[start]))
            {
                scan.Add(PiiEntityType.Person, start, end - start, 0.8);
            }
        }
    }

    /// <summary>
    /// Where a name of two to five words, all in capitals or all in lower case, that starts at <paramref name="start"/>
    /// ends; <paramref name="start"/> when none does. Words may stand one or two spaces apart (forms read by OCR double
    /// them); a third space, a line's end, a bar, a comma, a bracket, a digit or the next label ends the name.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int UncapitalisedNameEnd(string text, int start, bool requireListed, Span<char> titleCase)
    {
        Span<char> lower = stackalloc char[24];
        var words = 0;
        var listed = false;
        var upper = start < text.Length && char.IsUpper(text[start]);
        var end = start;
        var i = start;
        while (i < text.Length && words < 6)
        {
            var wordEnd = i;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '\'' or '’' or '-' or '.'))
            {
                wordEnd++;
            }

            var word = text.AsSpan(i, wordEnd - i).TrimEnd('.');
            if (word.IsEmpty || word.Length > titleCase.Length || (wordEnd < text.Length && (char.IsAsciiDigit(text[wordEnd]) || text[wordEnd] == ':')))
            {
                break;
            }

            foreach (var c in word)
            {
                if (char.IsLetter(c) && char.IsUpper(c) != upper)
                {
                    // "LUZ Marina", "wanjiru Njeri": a mixed run is the capitalised reader's; after two words the next
                    // field's label ends the name ("luz dary cárdenas ospina  C.C. 1.020…").
                    return words >= 2 && i > start ? End(end) : start;
                }
            }

            word.CopyTo(titleCase);
            for (var c = 1; c < word.Length; c++)
            {
                titleCase[c] = char.ToLowerInvariant(titleCase[c]);
            }

            titleCase[0] = char.ToUpperInvariant(titleCase[0]);
            var capitalised = titleCase[..word.Length];
            word.ToLowerInvariant(lower);
            var lowered = lower[..word.Length];
            if (word.Length > 1 && !ParticleLookup.Contains(lowered))
            {
                var kinds = NameWords.Of(capitalised);
                var isName = (kinds & (WordKinds.FirstName | WordKinds.LastName)) != 0;
                if (kinds == WordKinds.NotName || (!isName && (OrdinaryWords.Contains(lowered) || Lexicon.NotNames.Contains(lowered))))
                {
                    return start; // "NOT KNOWN", "see below", "Sex"
                }

                listed |= isName;
            }

            words++;
            end = i + word.Length;
            var gap = wordEnd;
            while (gap < text.Length && text[gap] == ' ')
            {
                gap++;
            }

            if (gap - wordEnd is 0 or > 2 || gap == text.Length)
            {
                break;
            }

            i = gap;
        }

        return End(end);

        int End(int nameEnd) => words >= 2 && words <= 5 && (listed || !requireListed) ? nameEnd : start;
    }
}
