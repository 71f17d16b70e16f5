using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// The staff member who speaks in a chat export or a transcript, named in the speaker label: "GCB Bank Agent Efua:",
/// "Berater Reto:", "Rådgiver Sindre:", "Garda Tierney:", "CS Aldi:", "الموظفة نورة:", "상담사 김민준:", "客服小美：",
/// and "Hafiz (Etiqa):" (a name and the organisation it speaks for). A label is the start of a line, after a bracketed
/// time or channel ("[19:44] ", "[WA 10:15] "), up to a colon; the name is the one to three words after the label's last
/// role word, or before its bracket. Each later "Reto:" or "نورة:" is the same value found again in the record.
/// </summary>
internal sealed class SpeakerLabelRecognizer : IRecognizer
{
    private const double Score = 0.9;

    private const int MaxLabel = 48;

    // Staff roles that stand before a name in a speaker label, in the product's languages and scripts (lower case,
    // without a final full stop). A role word alone ("Agent:", "Claims officer:") names no one.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleWords = new[]
    {
        "agent", "operator", "officer", "adviser", "advisor", "advisers", "consultant", "rep", "representative", "cs", "csr", "support",
        "staff", "nurse", "pharmacist", "doctor", "dr", "sister", "receptionist", "dispatcher", "call-taker", "calltaker", "handler",
        "garda", "constable", "const", "pc", "sgt", "sergeant", "det", "detective", "insp", "inspector", "cst", "cpl", "corporal",
        "specialist", "associate", "executive", "assistant", "banker", "underwriter", "assessor", "adjuster", "counsellor", "counselor",
        "berater", "beraterin", "sachbearbeiter", "sachbearbeiterin", "mitarbeiter", "mitarbeiterin", "rådgiver", "rådgivare", "handläggare",
        "kundeservice", "kundtjänst", "asesor", "asesora", "ejecutivo", "ejecutiva", "atendente", "atendiente", "consultor", "consultora",
        "operador", "operadora", "agente", "conseiller", "conseillère", "opérateur", "opératrice", "medewerker", "medewerkster",
        "adviseur", "consulente", "operatore", "operatrice", "afisa", "konstapel", "virkailija", "hoitaja", "sjuksköterska",
        "sykepleier", "verpleegkundige", "enfermera", "enfermero", "infirmière", "infirmier", "pfleger", "pflegerin", "doradca",
        "konsultant", "konsultants", "konsultante", "þjónustufulltrúi", "konsultantka", "operátor", "operátorka", "poradce", "poradkyně", "savjetnica", "savjetnik", "referent", "referentka",
        "temsilci", "danışman", "petugas", "pegawai", "ajen", "ahente", "kinatawan", "polisi", "askari",
        // Scripts without capitals: Arabic, Urdu, Persian, Hindi, Bengali, Hebrew, Korean, Thai, Cyrillic and Greek.
        "الموظف", "الموظفة", "موظف", "موظفة", "الممرضة", "الممرض", "الصيدلي", "الصيدلانية", "المندوب", "المندوبة", "ممثل", "ممثلة",
        "الضابط", "الملازم", "النقيب", "الرقيب", "نمائندہ", "نمائندے", "ایجنٹ", "افسر", "نرس", "پذیرش", "کارشناس", "اپراتور", "پرستار",
        "एजेंट", "अधिकारी", "प्रतिनिधि", "नर्स", "এজেন্ট", "কর্মকর্তা", "প্রতিনিধি", "নার্স", "נציג", "נציגה", "שוטר", "שוטרת", "אחות",
        "רוקח", "רוקחת", "פקיד", "פקידה", "상담사", "상담원", "간호사", "경찰관", "직원", "เจ้าหน้าที่", "พนักงาน",
        "оператор", "специалист", "сотрудник", "инспектор", "агент", "медсестра", "консультант", "υπάλληλος",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Chinese and Japanese roles are written without a space before the name ("客服小美：", "担当佐藤：").
    private static readonly string[] CjkRoles = ["客服", "客服专员", "客服專員", "专员", "專員", "接警员", "接警員", "护士", "護士", "警员", "警員", "担当", "係", "看護師"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognize(TextScan scan)
    {
        var text = scan.Text;
        if (text.AsSpan().IndexOfAny(':', '：') < 0)
        {
            return;
        }

        List<(int Start, int Length)>? lowerCaseLabels = null;
        List<(int Start, int Length, bool Timed)>? speakerLabels = null;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var labelStart = SkipPrefix(text, lineStart);
            ReadLabel(scan, text, labelStart);
            if (LowerCaseLabelLength(text, labelStart) is var labelLength and > 0)
            {
                (lowerCaseLabels ??= []).Add((labelStart, labelLength));
            }

            // A chat export's speaker after the line's time ("09/03/24 8:10 PM Rhea:", "10:42 - Omkar Deshmukh:",
            // "[10/03/25 07.12] bu ratna:") or alone ("Yadiel: mami me salió …").
            var timedStart = SkipTime(text, labelStart, out var timed);
            timed |= labelStart > lineStart && text[labelStart - 1] == ' ' && text[lineStart] == '[' && text.AsSpan(lineStart, labelStart - lineStart).ContainsAnyInRange('0', '9');
            if (SpeakerLength(text, timedStart, lowerCaseAllowed: timed) is var speakerLength and > 0)
            {
                (speakerLabels ??= []).Add((timedStart, speakerLength, timed));
            }

            var next = text.IndexOf('\n', lineStart);
            if (next < 0)
            {
                break;
            }

            lineStart = next + 1;
        }

        if (lowerCaseLabels is { Count: >= 4 })
        {
            AddChatNicknames(scan, text, lowerCaseLabels);
        }

        if (speakerLabels is { Count: >= 2 })
        {
            AddChatSpeakers(scan, text, speakerLabels);
        }
    }

    /// <summary>
    /// The people who speak in a chat export: the labels of lines that start with their time, two lines or more; or, without
    /// times, three labelled lines or more between two speakers or more, one of whom speaks twice ("Yadiel: …", "Nilda: …",
    /// "Yadiel: …"), as a form's fields seldom repeat. A label is one to three words that no dictionary, role, record field,
    /// organisation, region or the review sets' common words know ("Motivo:", "Summary:", "Agent:" stay).
    /// </summary>
    private static void AddChatSpeakers(TextScan scan, string text, List<(int Start, int Length, bool Timed)> labels)
    {
        // Without two timed lines the labels must read as a dialog; then every label counts, timed or not.
        var dialog = labels.Count(l => l.Timed) < 2;
        if (dialog)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (start, length, _) in labels)
            {
                var label = text.Substring(start, length);
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }

            if (labels.Count < 3 || counts.Count < 2 || !counts.Values.Any(c => c >= 2))
            {
                return;
            }
        }

        foreach (var (start, length, isTimed) in labels)
        {
            var label = text.AsSpan(start, length);
            if ((isTimed || dialog) && IsSpeakerName(label))
            {
                scan.Candidates.Add(new PiiMatch(PiiEntityType.Person, start, length, 0.8));
            }
        }
    }

    private static bool IsSpeakerName(ReadOnlySpan<char> label)
    {
        if (ContextIdRecognizer.KeywordOf(label) is not null || FieldLabels.Contains(label) || RoleWords.Contains(label))
        {
            return false;
        }

        Span<char> lower = stackalloc char[32];
        foreach (var range in label.Split(' '))
        {
            var word = label[range];
            if (word.Length < 2 || word.Length > lower.Length || RoleWords.Contains(word) || Lexicon.NotNames.Contains(word) || Lexicon.Organisations.Contains(word)
                || Lexicon.Regions.Contains(word) || Lexicon.CalendarNames.Contains(word) || FieldLabels.Contains(word))
            {
                return false;
            }

            var n = word.ToLowerInvariant(lower);
            var listedName = (NameWords.Of(word) & (WordKinds.FirstName | WordKinds.LastName)) != 0;
            if (!listedName && (OrdinaryWords.Contains(lower[..n]) || Learned.ReviewCommonWords.Shipped.Contains(lower[..n])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Past a chat line's time written without brackets ("09/03/24 8:10 PM ", "12/05/24, 10:42 - ", "10:42 - "): digits with
    /// a time's colon, an optional AM/PM and dash; <paramref name="timed"/> tells whether one stood there.
    /// </summary>
    private static int SkipTime(string text, int position, out bool timed)
    {
        var i = position;
        var digits = 0;
        var colon = false;
        while (i < text.Length && i - position < 24 && (char.IsAsciiDigit(text[i]) || text[i] is '/' or '.' or ',' or ':' or ' '))
        {
            digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
            colon |= text[i] == ':' && i > position && char.IsAsciiDigit(text[i - 1]);
            i++;
        }

        if (i > position && i + 2 < text.Length && text[i - 1] == ' ' && (text.AsSpan(i, 2) is "AM" or "PM" or "am" or "pm") && text[i + 2] == ' ')
        {
            i += 3;
        }

        var dashed = false;
        if (i + 1 < text.Length && text[i] == '-' && text[i + 1] == ' ')
        {
            i += 2;
            dashed = true;
        }

        // Phones set to Indonesian, Finnish or Danish export their chats with a full stop in the time ("14/05/24 19.03 - Adit:
        // hah??"): with the export's dash after it, that is a time too.
        var dottedTime = dashed && !colon && text.AsSpan(position, i - position).IndexOf('.') is var dot and > 0
            && char.IsAsciiDigit(text[position + dot - 1]) && position + dot + 1 < i && char.IsAsciiDigit(text[position + dot + 1]);
        timed = (colon || dottedTime) && digits >= 3 && i > position && text[i - 1] == ' ';
        return timed ? i : position;
    }

    /// <summary>
    /// The length of a speaker's label at <paramref name="start"/>, right before ": ": one to three capitalised words of
    /// letters (or, after a time, lower-case ones too: "bu ratna"); 0 when none.
    /// </summary>
    private static int SpeakerLength(string text, int start, bool lowerCaseAllowed)
    {
        var end = start;
        var words = 0;
        while (end < text.Length && words < 3)
        {
            if (!(char.IsUpper(text[end]) || (lowerCaseAllowed && char.IsLower(text[end]))))
            {
                return 0;
            }

            end++;
            while (end < text.Length && (char.IsLower(text[end]) || (text[end] is '-' or '\'' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
            {
                end++;
            }

            words++;
            if (end + 1 < text.Length && text[end] == ' ' && char.IsLetter(text[end + 1]) && words < 3)
            {
                end++;
                continue;
            }

            break;
        }

        return end - start is >= 3 and <= 32 && end + 1 < text.Length && text[end] == ':' && text[end + 1] == ' ' ? end - start : 0;
    }

    /// <summary>
    /// A chat between friends exported in lower case ("juanpa: parce me robaron la plata", "caro: queeee?? cuánto"): two
    /// speakers or more, each with two lines or more, whose labels are single lower-case words that no dictionary, role or
    /// record field knows, are people's names or nicknames. A note's fields ("dx:", "plan:") seldom repeat, and when they do
    /// they are words or keywords.
    /// </summary>
    private static void AddChatNicknames(TextScan scan, string text, List<(int Start, int Length)> labels)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, length) in labels)
        {
            var label = text.AsSpan(start, length);
            lookup[label] = lookup.TryGetValue(label, out var count) ? count + 1 : 1;
        }

        // Speakers are the labels of two lines or more that name no one's role.
        var speakers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, count) in counts)
        {
            if (count >= 2 && IsNicknameLabel(label))
            {
                speakers.Add(label);
            }
        }

        if (speakers.Count < 2)
        {
            return;
        }

        var speaker = speakers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, length) in labels)
        {
            if (speaker.Contains(text.AsSpan(start, length)))
            {
                scan.Candidates.Add(new PiiMatch(PiiEntityType.Person, start, length, 0.85));
            }
        }
    }

    private static bool IsNicknameLabel(ReadOnlySpan<char> label) =>
        label.Length >= 3 && label.IndexOfAny("aeiouy") >= 0 && !OrdinaryWords.Contains(label) && !Lexicon.NotNames.Contains(label)
        && !RoleWords.Contains(label) && !FieldLabels.Contains(label) && ContextIdRecognizer.KeywordOf(label) is null;

    // Short labels of notes and forms that are no dictionary word, and a chat's roles in the product's languages ("usuario:",
    // "asistente:", "kunde:", "pelanggan:").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FieldLabels = new[]
    {
        "dob", "pmh", "hpi", "ros", "addr", "tel", "mob", "obs", "meds", "subj", "obj", "imp", "nok", "eta", "fyi", "todo", "cust", "pt",
        "usr", "sys", "bot", "ai", "gpt", "llm", "asst", "info", "msg", "resp", "req", "ans", "ques",
        "usuario", "usuaria", "asistente", "cliente", "clienta", "paciente", "atendente", "utilisateur", "utilisatrice", "assistante",
        "benutzer", "benutzerin", "nutzer", "nutzerin", "kunde", "kundin", "assistent", "assistentin", "pengguna", "pelanggan", "nasabah",
        "gebruiker", "klant", "utente", "assistente", "operatore", "kullanıcı", "müşteri", "asistan", "użytkownik", "klient", "klientka",
        "asystent", "bruker", "kunde", "användare", "kund", "käyttäjä", "asiakas", "utilizador", "mteja", "mtumiaji", "khách", "mod",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The length of a label of lower-case ASCII letters only at <paramref name="start"/>, right before ": "; 0 when none.</summary>
    private static int LowerCaseLabelLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= 20 && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        return end > start && end + 1 < text.Length && text[end] == ':' && text[end + 1] == ' ' ? end - start : 0;
    }

    // Spans go straight to the candidates, not through TextScan.Add: the label's role word outweighs its checks for a name
    // inside an organisation's name ("CS Aldi:" is an agent called Aldi, not the supermarket).
    private static void ReadLabel(TextScan scan, string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxLabel);
        var end = text.AsSpan(start, limit - start).IndexOfAny(":：\n.?!");
        if (end <= 0 || text[start + end] is not (':' or '：'))
        {
            return;
        }

        var label = text.AsSpan(start, end).TrimEnd(' ');

        // "Hafiz (Etiqa):", "Insp. Adeyemi (Lagos State Police Command):": a name and the organisation it speaks for.
        var bracketed = label.Length > 0 && label[^1] == ')' && label.LastIndexOf('(') > 0;
        var bracket = bracketed ? label[(label.LastIndexOf('(') + 1)..^1] : default;
        var bracketStart = start + label.Length - 1 - bracket.Length;
        if (bracketed)
        {
            label = label[..label.LastIndexOf('(')].TrimEnd(' ');
        }

        // "HSBC UK - Maria:": the label's last part after a dash.
        var dash = label.LastIndexOf(" - ", StringComparison.Ordinal);
        var from = dash >= 0 ? dash + 3 : 0;
        var nameStart = from;
        var afterRole = false;
        for (var i = from; i < label.Length;)
        {
            var wordEnd = label[i..].IndexOf(' ');
            wordEnd = wordEnd < 0 ? label.Length : i + wordEnd;
            if (RoleWords.Contains(label[i..wordEnd].TrimEnd('.')))
            {
                nameStart = wordEnd + 1;
                afterRole = true;
            }

            i = wordEnd + 1;
        }

        if (nameStart < label.Length && (afterRole || bracketed) && IsName(label[nameStart..], afterRole))
        {
            scan.Candidates.Add(new PiiMatch(PiiEntityType.Person, start + nameStart, label.Length - nameStart, Score));
            return;
        }

        // "الموظف (إيلي):", "נציג (עומר):", "konsultants (Edgars):": the role alone, and one word in its bracket. After a
        // role word that word is a name unless a list says otherwise (not "assistant (Bancolombia):", nor "(Police-on-web)");
        // after one lower-case word no list knows, only a listed given name.
        if (bracketed && nameStart >= label.Length && bracket.Length >= 2 && !bracket.ContainsAny(' ', '-')
            && (afterRole ? IsName(bracket, afterRole: false)
                : label.Length >= 4 && !label.Contains(' ') && IsLowerCaseWord(label) && IsListedGivenName(bracket)))
        {
            scan.Candidates.Add(new PiiMatch(PiiEntityType.Person, bracketStart, bracket.Length, Score));
            return;
        }

        // "CommBank Jess:", "HSBC UK - Maria:": an organisation's name, then a listed given name.
        var lastSpace = label.LastIndexOf(' ');
        if (!afterRole && lastSpace > 0 && label[(lastSpace + 1)..] is var last && last.Length >= 3 && char.IsUpper(last[0])
            && (NameWords.Of(last) & WordKinds.FirstName) != 0 && !Lexicon.NotNames.Contains(last)
            && !InstitutionNames.Around(text, start + lastSpace + 1, last.Length, person: false))
        {
            // Not a hospital's or a branch's own name ("Bệnh viện Bạch Mai:").
            scan.Candidates.Add(new PiiMatch(PiiEntityType.Person, start + lastSpace + 1, last.Length, Score));
            return;
        }

        foreach (var role in CjkRoles)
        {
            if (label.StartsWith(role, StringComparison.Ordinal) && label.Length - role.Length is >= 2 and <= 4
                && IsCjkName(label[role.Length..]))
            {
                scan.Candidates.Add(new PiiMatch(PiiEntityType.Person, start + role.Length, label.Length - role.Length, Score));
                return;
            }
        }
    }

    /// <summary>Past a line's bracketed time or channel ("[19:44] ", "[WA 10:15] ", "[WhatsApp] ") and its spaces.</summary>
    private static int SkipPrefix(string text, int position)
    {
        for (var round = 0; round < 2; round++)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }

            if (position < text.Length && text[position] == '[')
            {
                var close = text.AsSpan(position, Math.Min(24, text.Length - position)).IndexOfAny(']', '\n');
                if (close > 0 && text[position + close] == ']')
                {
                    position += close + 1;
                    continue;
                }
            }

            break;
        }

        return position;
    }

    /// <summary>
    /// One to three words of a name: capitalised words that no list calls something else (after a role word an
    /// organisation's name is still a person's: "CS Aldi"), or words of a script without capitals.
    /// </summary>
    private static bool IsName(ReadOnlySpan<char> name, bool afterRole)
    {
        if (name.IsEmpty || name.Count(' ') > 2)
        {
            return false;
        }

        var listedOrUnknown = false;
        Span<char> lower = stackalloc char[32];
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty || word.ContainsAnyInRange('0', '9') || RoleWords.Contains(word.TrimEnd('.')))
            {
                return false;
            }

            if (!char.IsUpper(word[0]))
            {
                if (char.IsLower(word[0]) || !char.IsLetter(word[0]))
                {
                    return false; // a lower-case word or a symbol: a phrase, not a name
                }

                listedOrUnknown = true; // a script without capitals: no lists to ask
                continue;
            }

            if (Lexicon.NotNames.Contains(word) || Lexicon.Regions.Contains(word) || (!afterRole && Lexicon.Organisations.Contains(word)))
            {
                return false;
            }

            if ((NameWords.Of(word) & (WordKinds.FirstName | WordKinds.LastName)) != 0 || word.Length > 32)
            {
                listedOrUnknown = true;
                continue;
            }

            word.ToLowerInvariant(lower);
            listedOrUnknown |= !OrdinaryWords.Contains(lower[..word.Length]); // "Efua", "Tierney"; not "Claims Team"
        }

        return listedOrUnknown;
    }

    private static bool IsLowerCaseWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One capitalised word that the name lists hold as a given name and no list calls something else.</summary>
    private static bool IsListedGivenName(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsUpper(word[0]) && !word.Contains(' ') && (NameWords.Of(word) & WordKinds.FirstName) != 0
        && !Lexicon.NotNames.Contains(word) && !Lexicon.Regions.Contains(word) && !Lexicon.Organisations.Contains(word);

    private static bool IsCjkName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c is not ((>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF')))
            {
                return false;
            }
        }

        return true;
    }
}
