using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Staff log-ins that carry their role as a prefix, the way contact centres, claims desks and police systems issue them:
/// "agent_jdoucette", "staff.aatim", "op_kwatanabe", "ofc_lmartinez4", "kaspi_op_dias.k", "cs_lestari". The role word
/// is the evidence; the rest is a person's initials and name, which no list need hold. A field's name with the same
/// opening is made of English words or field words ("agent_id", "staff_count", "op_code") and stays.
/// </summary>
internal sealed partial class ContextIdRecognizer
{
    private const double StaffHandleScore = 0.8;

    // Roles that prefix a staff member's log-in.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StaffRoles = new HashSet<string>(
        ["agent", "agt", "staff", "op", "opr", "oper", "operator", "ofc", "officer", "adj", "adjuster", "cs", "csr", "emp", "usr", "tl",
         "sup", "clerk", "teller", "analyst", "nurse", "dr", "doc", "rn", "pc", "sgt", "insp",
         // Claims staff in the field and at the desk ("surveyor_dnugroho", "handler.mrebane", "assessor_kt").
         "surveyor", "handler", "assessor", "examiner", "investigator", "inv", "det", "cm"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words of fields and systems that follow a role's prefix in a field's name ("agent_id", "op_type", "staff_no").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FieldWords = new HashSet<string>(
        ["id", "no", "nr", "num", "uid", "ref", "code", "type", "name", "names", "count", "status", "level", "role", "team", "group",
         "queue", "notes", "note", "msg", "ts", "dt", "tz", "ext", "tel", "mob", "email", "mail", "login", "user", "username", "desk",
         "unit", "dept", "org", "info", "data", "log", "logs", "list", "flag", "score", "time", "date", "key", "val", "value", "amt",
         "pct", "avg", "min", "max", "sum", "total", "cnt", "idx", "seq", "src", "dst", "cfg", "env", "api", "svc", "sys", "app",
         "kyc", "aml", "otp", "pin", "sms", "ivr", "crm", "sla", "qa", "fraud", "claims", "review", "override", "approval",
         "assigned", "escalated", "closed", "open", "pending", "notes", "comment", "remarks", "shift", "station", "badge",
         "txn", "trx", "acct", "iban", "bic", "ccy", "eur", "usd", "msisdn", "imei", "dob", "ssn", "nid", "mrn", "cust", "qty", "desc",
         // Titles and words abbreviated with a full stop in the product's languages ("sig.ra", "dott.ssa", "reg.nr").
         "sig", "sigra", "ssa", "dott", "prof", "avv", "ing", "geom", "rag", "reg", "art", "sez", "ecc", "pag", "vol", "cap", "cod", "sra",
         "srta", "lic", "arq", "dra", "mme", "mlle", "hr", "fr", "frau", "herr", "str", "nro", "núm", "num", "tlf", "tfno"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A log-in named in brackets after a person's name, in its own words ("Agnes Kasayulie (login akasayuli)", "Karla V. (usr
    // kvillacis)", "Α. Τσολάκη (user: atsolaki)", "Ким Е.В. (логин kim_ev)", "Sandra Imhof (user zkb\simhof)").
    private static readonly string[] BracketedLoginCues =
        ["(login ", "(login: ", "(log-in ", "(user ", "(user: ", "(usr ", "(agent ", "(userid ", "(user id ", "(staff id ", "(staff: ", "(staff login ",
         "(käyttäjä ", "(notandi: ", "(notandi ", "(brukernavn ", "(usuario ", "(utilisateur "];

    private static readonly string[] OtherScriptLoginCues = ["(логин ", "(логін ", "(користувач "];

    // A desk's shared line is no one's: "helpdesk ext. 4400", "the switchboard, ext 0".
    private static readonly string[] SharedDeskWords = ["helpdesk", "help desk", "service desk", "switchboard", "hotline", "helpline", "reception"];

    /// <summary>
    /// A staff member's telephone extension ("Case officer: Joyce Tam, ext 2288", "Agent (Thandeka, ext 4471)", "(Ext. 2214)",
    /// "受付者: 佐々木(内線 3318)"): two to five digits after the extension's word, which reach that person directly. A shared
    /// desk's extension stays.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeStaffExtensions(TextScan scan)
    {
        var text = scan.Text;
        for (var at = text.IndexOf("xt", StringComparison.OrdinalIgnoreCase); at >= 1; at = text.IndexOf("xt", at + 2, StringComparison.OrdinalIgnoreCase))
        {
            var start = at - 1;
            if (text[start] is not ('e' or 'E') || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            var value = at + 2;
            if (value + 1 < text.Length && text[value] is 'n' or 'N')
            {
                value++;
            }

            if (value < text.Length && text[value] == '.')
            {
                value++;
            }

            while (value < text.Length && text[value] is ' ' or ':' or '#')
            {
                value++;
            }

            AddExtension(scan, start, value);
        }

        if (scan.HasNonAscii)
        {
            for (var at = text.IndexOf("内線", StringComparison.Ordinal); at >= 0; at = text.IndexOf("内線", at + 2, StringComparison.Ordinal))
            {
                var value = at + 2;
                while (value < text.Length && text[value] is ' ' or ':' or '：' or '\u3000')
                {
                    value++;
                }

                AddExtension(scan, at, value);
            }
        }
    }

    private static void AddExtension(TextScan scan, int wordStart, int value)
    {
        var text = scan.Text;
        var end = value;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end - value is < 2 or > 5 || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '/' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            return;
        }

        var before = text.AsSpan(Math.Max(0, wordStart - 30), wordStart - Math.Max(0, wordStart - 30));
        foreach (var desk in SharedDeskWords)
        {
            if (before.Contains(desk, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        scan.Add(PiiEntityType.Phone, value, end - value, 0.7);
    }

    /// <summary>
    /// A bare word in small letters after a log-in's own word in brackets: even without a digit or a sign in it, it is a log-in
    /// ("akasayuli"); an English word there is not ("(user guide)").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeBracketedLogins(TextScan scan)
    {
        var text = scan.Text;
        if (text.IndexOf('(') < 0)
        {
            return;
        }

        AddAfterCues(scan, BracketedLoginCues);
        if (scan.HasNonAscii)
        {
            AddAfterCues(scan, OtherScriptLoginCues);
        }
    }

    /// <summary>
    /// The log-ins after each of <paramref name="cues"/>, cue by cue in the list's order as the spans' order settles ties. Only
    /// the brackets are searched for: a search for every cue through the whole text cost more than the rest of this reader.
    /// </summary>
    private static void AddAfterCues(TextScan scan, string[] cues)
    {
        var text = scan.Text;
        List<(int Cue, int End)>? found = null;
        for (var at = text.IndexOf('('); at >= 0; at = text.IndexOf('(', at + 1))
        {
            var rest = text.AsSpan(at);
            for (var cue = 0; cue < cues.Length; cue++)
            {
                if (rest.StartsWith(cues[cue], StringComparison.OrdinalIgnoreCase))
                {
                    (found ??= []).Add((cue, at + cues[cue].Length));
                }
            }
        }

        if (found is null)
        {
            return;
        }

        found.Sort();
        foreach (var (_, end) in found)
        {
            AddBracketedLogin(scan, end);
        }
    }

    private static void AddBracketedLogin(TextScan scan, int start)
    {
        var text = scan.Text;
        var end = start;
        while (end < text.Length && (IsHandleChar(text[end]) || text[end] == '\\'))
        {
            end++;
        }

        while (end > start && text[end - 1] is '.' or '-' or '_')
        {
            end--;
        }

        if (end - start is < 3 or > 32 || !char.IsAsciiLetterLower(text[start]) || end >= text.Length || text[end] is not (')' or ',' or ';'))
        {
            return;
        }

        var token = text.AsSpan(start, end - start);
        if (!OrdinaryWords.Contains(token) && !Lexicon.NotNames.Contains(token) && !FieldWords.Contains(token))
        {
            scan.Add(PiiEntityType.AccountNumber, start, end - start, StaffHandleScore);
        }
    }

    // A record's fields that hold the staff member who acted, in JSON or key=value logs ("\"reviewer\":\"ops.t.adeyemi\"",
    // "triage_nurse=fmcgregor2", "\"rph\":\"rph_kbrar\"", "\"nurse\":\"rath.sokunthea\"").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StaffFields = new HashSet<string>(
        ["reviewer", "nurse", "triage_nurse", "agent", "officer", "assignee", "handler", "adjuster", "rph", "pharmacist",
         "clerk", "teller", "staff", "analyst", "investigator", "surveyor", "dispatcher", "recorder", "entered_by", "logged_by",
         "verified_by", "checked_by", "approved_by", "approver", "owner", "case_owner", "kezelo", "betjent", "handl", "operador",
         "operatore", "sachbearbeiter", "medewerker", "agente", "disp", "by", "responsable", "entry_by", "opened_by", "call_taker", "created_by",
         "updated_by", "closed_by", "handled_by", "assigned_to", "banker", "banker_id", "staff_id", "user_id", "userid", "login"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A staff field's value shaped like a log-in: small letters with a digit or a sign.
    /// The field's key is read back from the ":" or "=" that ends it, so no phrase search runs over the text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeStaffFields(TextScan scan)
    {
        var text = scan.Text;
        for (var sign = NextSign(text, 0); sign > 0; sign = NextSign(text, sign))
        {
            // The key: letters and "_" right before the sign, perhaps inside quotes ("\"reviewer\":").
            var keyEnd = sign;
            if (keyEnd > 0 && text[keyEnd - 1] == '"')
            {
                keyEnd--;
            }

            var keyStart = keyEnd;
            while (keyStart > 0 && (char.IsAsciiLetter(text[keyStart - 1]) || text[keyStart - 1] == '_'))
            {
                keyStart--;
            }

            if (keyEnd - keyStart < 2 || !StaffFields.Contains(text.AsSpan(keyStart, keyEnd - keyStart)))
            {
                continue;
            }

            // "\"nurse\":\"x\"", "\"nurse\": \"x\"" (JSON written with a space), "nurse=x".
            var start = sign + 1;
            while (start < text.Length && start - sign <= 2 && text[start] == ' ')
            {
                start++;
            }

            if (start < text.Length && text[start] == '"')
            {
                start++;
            }

            var end = start;
            while (end < text.Length && IsHandleChar(text[end]))
            {
                end++;
            }

            while (end > start && text[end - 1] is '.' or '-' or '_')
            {
                end--;
            }

            if (end - start is < 3 or > 32 || !char.IsAsciiLetterLower(text[start]) || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '@' or '/')))
            {
                continue;
            }

            // A bare word there is a log-in too when no dictionary explains it ("\"analyst\":\"wlchua\"", "Owner: nferrary"); a given
            // name alone ("agent: farah") is left to the name rules, a word ("status: pending") stays.
            var token = text.AsSpan(start, end - start);
            if (token.IndexOfAny("._-0123456789") >= 0 ? !HasFileEnding(token) : IsBareLogIn(token))
            {
                scan.Add(PiiEntityType.AccountNumber, start, end - start, StaffHandleScore);
            }
        }
    }

    /// <summary>A bare word of five letters or more in small letters that is no English word, no listed non-name and no given name alone.</summary>
    private static bool IsBareLogIn(ReadOnlySpan<char> token)
    {
        if (token.Length is < 5 or > 20 || OrdinaryWords.Contains(token) || Lexicon.NotNames.Contains(token))
        {
            return false;
        }

        Span<char> capitalised = stackalloc char[token.Length];
        token.CopyTo(capitalised);
        capitalised[0] = char.ToUpperInvariant(capitalised[0]);
        return (NameWords.Of(capitalised) & WordKinds.FirstName) == 0;
    }

    // Species after a genus's initial ("e.coli", "h.pylori", "s.aureus", "c.diff"): a clinical record's organisms, not log-ins.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Species = new HashSet<string>(
        ["coli", "pylori", "aureus", "diff", "difficile", "pneumoniae", "aeruginosa", "faecalis", "faecium", "epidermidis", "pyogenes",
         "agalactiae", "influenzae", "albicans", "typhi", "paratyphi", "falciparum", "vivax", "malariae", "ovale", "tuberculosis",
         "gonorrhoeae", "meningitidis", "trachomatis", "pallidum", "cholerae", "jejuni", "enteritidis", "monocytogenes", "vaginalis",
         "lamblia", "histolytica", "marcescens", "cloacae", "mirabilis", "baumannii", "maltophilia", "catarrhalis", "pertussis",
         "burgdorferi", "gondii", "carinii", "jirovecii", "neoformans", "fumigatus", "sapiens"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Log-ins joined by "_" or ".": with a staff role's part ("agent_jdoucette", "staff.aatim") or by their shape alone, with
    /// no cue and no name known: small letters with a part that no dictionary, field or list explains ("ritu.meena_hb",
    /// "nagy.adrienn", "k.mensah-ward", "ekaterina.v_sb"). Words joined the same way in code and records ("user.name",
    /// "max_length", "e.coli", "config.json") stay: every part of them is an English word, a field's word, a species or a file's
    /// ending, or a call or a key follows. One pass over the joints serves both.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeJoinedHandles(TextScan scan)
    {
        var text = scan.Text;
        // A joint needs a letter before it: the search starts at the second character, so one at the first does not end it.
        for (var joint = NextJoint(text, 0); joint > 0; joint = NextJoint(text, joint))
        {
            if (joint + 1 >= text.Length || !char.IsAsciiLetterLower(text[joint - 1]) || !char.IsAsciiLetterLower(text[joint + 1]))
            {
                continue;
            }

            var start = joint - 1;
            while (start > 0 && IsHandleChar(text[start - 1]))
            {
                start--;
            }

            var end = joint + 1;
            while (end < text.Length && IsHandleChar(text[end]) && !(text[end] is '.' or '_' or '-' && (end + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[end + 1]))))
            {
                end++;
            }

            joint = end;
            if (end - start is < 5 or > 40 || !char.IsAsciiLetterLower(text[start])
                || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '@' or '/' or '\\' or '$' or '{' or '.' or '#'))
                || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '@' or '/' or '(' or '\\')))
            {
                continue;
            }

            var token = text.AsSpan(start, end - start);
            if (IsStaffHandle(token) || (IsHandleShape(token) && !IsCodedValueOrKey(text, start, end)
                && (start == 0 || text[start - 1] is not ('=' or '[' or '<') || OpensAList(text, start)) && (end == text.Length || text[end] is not ('=' or '[' or '{'))))
            {
                scan.Add(PiiEntityType.AccountNumber, start, end - start, StaffHandleScore);
            }
        }
    }

    /// <summary>The first value of a log field's list ("officers=[wm.stucki,gfr.jaggi]"), not an index or a key in brackets.</summary>
    private static bool OpensAList(string text, int start) => start >= 2 && text[start - 1] == '[' && text[start - 2] == '=';

    /// <summary>
    /// A name cut and joined ("ritu.meena_hb"): a part no list explains and no English or field word among them, which would
    /// make it a code or a field ("mada_card_issued", "watchlist_hit", "pix.out"). Joined by "_" alone, a field's name in
    /// another language looks the same ("nama_lengkap", "tgl_lahir"): a log-in then shows a digit or an initial ("fs_anbe3").
    /// </summary>
    private static bool IsHandleShape(ReadOnlySpan<char> token)
    {
        if (token.Length > 32 || HasFileEnding(token))
        {
            return false;
        }

        var unexplained = false;
        var english = false;
        var parts = 0;
        var shortPart = false;
        foreach (var range in token.SplitAny('_', '.', '-'))
        {
            var letters = token[range].TrimEnd("0123456789");
            parts++;
            shortPart |= letters.Length is 1 or 2;
            if (letters.Length < 3 || letters.ContainsAnyExceptInRange('a', 'z'))
            {
                // "no_rekening", "id_pelanggan": a field's short word opens it.
                english |= letters.Length == 2 && FieldWords.Contains(letters);
                continue;
            }

            if (OrdinaryWords.Contains(letters) || FieldWords.Contains(letters))
            {
                english = true;
            }
            else if (!Lexicon.NotNames.Contains(letters) && !Species.Contains(letters) && !StaffRoles.Contains(letters))
            {
                unexplained = true;
            }
        }

        return unexplained && !english && parts >= 2 && (token.Contains('.') || shortPart || token.ContainsAnyInRange('0', '9'));
    }

    // The two-letter country domains (ISO 3166), which end a public site's address ("sundhed.dk", "polisen.se", "go.th").
    private const string CountryDomains =
        "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck "
        + "cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq "
        + "gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls "
        + "lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg "
        + "ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk "
        + "tl tm tn to tr tt tv tw tz ua ug uk um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw";

    // The dotted handles' endings (DomainAndFileEndingWords), the country domains, and more sites' and files' endings.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Endings = new HashSet<string>(
        CountryDomains.Split(' ').Concat(DomainAndFileEndingWords).Concat(
        ["ai", "shop", "online", "site", "bank", "js", "ts", "py", "cs", "java", "dll", "mp4", "mp3", "wav", "heic", "apk"]),
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// What ends a file's name or a site's address rather than a log-in ("report.docx", "sundhed.dk"). Without
    /// <paramref name="countries"/> a country's two letters do not count: after a name found in the text, "ahmad.sh" is a log-in.
    /// </summary>
    internal static bool HasFileEnding(ReadOnlySpan<char> token, bool countries = true)
    {
        var dot = token.LastIndexOf('.');
        var ending = dot > 0 ? token[(dot + 1)..] : default;
        return !ending.IsEmpty && Endings.Contains(ending) && (countries || ending.Length != 2 || ending is "uk" or "io" or "ai" or "co");
    }

    // The keys of a log's or a record's coded values ("\"event\":\"mada_card_issued\"", "status=pix.out.blocked"): codes, not log-ins.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeKeys = new HashSet<string>(
        ["event", "evt", "type", "status", "action", "code", "channel", "product", "reason", "rule", "rules", "flag", "flags", "result",
         "decision", "category", "source", "step", "stage", "state", "method", "outcome", "tag", "tags", "kind", "svc", "service", "app",
         "module", "topic", "queue", "template", "workflow", "signal", "signals", "alert", "trigger", "scenario", "model", "segment"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the token is the value of a coded field ("\"event\":\"…\"", "status=…") or a field's own key ("txn_id,").</summary>
    private static bool IsCodedValueOrKey(string text, int start, int end)
    {
        if (end < text.Length && (text[end] == '=' || (text[end] == '"' && end + 1 < text.Length && text[end + 1] == ':')))
        {
            return true;
        }

        var i = start;
        if (i > 0 && text[i - 1] == '"')
        {
            i--;
        }

        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        if (i == 0 || text[i - 1] is not (':' or '='))
        {
            return false;
        }

        var keyEnd = i - 1;
        if (keyEnd > 0 && text[keyEnd - 1] == '"')
        {
            keyEnd--;
        }

        var keyStart = keyEnd;
        while (keyStart > 0 && (char.IsAsciiLetter(text[keyStart - 1]) || text[keyStart - 1] == '_'))
        {
            keyStart--;
        }

        return keyEnd > keyStart && CodeKeys.Contains(text.AsSpan(keyStart, keyEnd - keyStart));
    }

    // A staff member's initials after the word for them ("Triage: DGKP Stefan Obermayr (Kürzel OBS)", "Kundenberater: Reto
    // Ammann (Kürzel RAMM)", "Sagsbehandler (initialer MHL)"): as identifying as the name beside them.
    private static readonly string[] InitialsCues = ["Kürzel ", "Kürzel: ", "Handzeichen ", "initialer ", "initialer: ", "Initialen ", "initials "];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeStaffInitials(TextScan scan)
    {
        var text = scan.Text;
        foreach (var cue in InitialsCues)
        {
            for (var at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(cue, at + cue.Length, StringComparison.OrdinalIgnoreCase))
            {
                var start = at + cue.Length;
                var end = start;
                while (end < text.Length && char.IsAsciiLetterUpper(text[end]))
                {
                    end++;
                }

                if (end - start is >= 2 and <= 6 && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    scan.Add(PiiEntityType.AccountNumber, start, end - start, StaffHandleScore);
                }
            }
        }
    }

    private static int NextSign(string text, int from) =>
        from + 1 < text.Length && text.AsSpan(from + 1).IndexOfAny(':', '=') is var next and >= 0 ? from + 1 + next : -1;

    private static int NextJoint(string text, int from) =>
        from + 1 < text.Length && text.AsSpan(from + 1).IndexOfAny('_', '.') is var next and >= 0 ? from + 1 + next : -1;

    internal static bool IsHandleChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '.' or '-';

    /// <summary>A role part, then at least one part of three letters or more that is no English word, field word or non-name.</summary>
    private static bool IsStaffHandle(ReadOnlySpan<char> token)
    {
        // A file's name or a domain is no one's log-in ("op_manual.pdf", "staff.nhs.uk").
        var lastDot = token.LastIndexOf('.');
        if (lastDot > 0 && token.Length - lastDot - 1 is 2 or 3 or 4 && !token[(lastDot + 1)..].ContainsAnyExceptInRange('a', 'z')
            && token[(lastDot + 1)..] is "pdf" or "jpg" or "png" or "txt" or "csv" or "doc" or "docx" or "xlsx" or "zip" or "json" or "log" or "html"
                or "com" or "org" or "net" or "gov" or "edu" or "uk" or "nhs" or "int" or "io")
        {
            return false;
        }

        var role = false;
        var person = false;
        foreach (var range in token.SplitAny('_', '.', '-'))
        {
            var part = token[range];
            if (StaffRoles.Contains(part))
            {
                role = true;
                continue;
            }

            var letters = part.TrimEnd("0123456789");
            if (letters.Length >= 3 && !letters.ContainsAnyExceptInRange('a', 'z') && !FieldWords.Contains(letters)
                && !OrdinaryWords.Contains(letters) && !Lexicon.NotNames.Contains(letters))
            {
                person = true;
            }
            else if (letters.Length >= 3 && (FieldWords.Contains(letters) || OrdinaryWords.Contains(letters)))
            {
                // "agent_queue_jdoe" is unusual; "agent_queue_size" is a field: an English part after the role reads as a field.
                return false;
            }
        }

        return role && person;
    }
}
