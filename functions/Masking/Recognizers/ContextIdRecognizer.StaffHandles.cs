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
         "sup", "clerk", "teller", "analyst", "nurse", "dr", "doc", "rn", "pc", "sgt", "insp"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words of fields and systems that follow a role's prefix in a field's name ("agent_id", "op_type", "staff_no").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FieldWords = new HashSet<string>(
        ["id", "no", "nr", "num", "uid", "ref", "code", "type", "name", "names", "count", "status", "level", "role", "team", "group",
         "queue", "notes", "note", "msg", "ts", "dt", "tz", "ext", "tel", "mob", "email", "mail", "login", "user", "username", "desk",
         "unit", "dept", "org", "info", "data", "log", "logs", "list", "flag", "score", "time", "date", "key", "val", "value", "amt",
         "pct", "avg", "min", "max", "sum", "total", "cnt", "idx", "seq", "src", "dst", "cfg", "env", "api", "svc", "sys", "app",
         "kyc", "aml", "otp", "pin", "sms", "ivr", "crm", "sla", "qa", "fraud", "claims", "review", "override", "approval",
         "assigned", "escalated", "closed", "open", "pending", "notes", "comment", "remarks", "shift", "station", "badge"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Tokens joined by "_" or "." with a staff role's part and a part that no dictionary or field explains.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeStaffHandles(TextScan scan)
    {
        var text = scan.Text;
        for (var joint = text.AsSpan().IndexOfAny('_', '.'); joint > 0; joint = NextJoint(text, joint))
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
            while (end < text.Length && (IsHandleChar(text[end]) && !(text[end] is '.' or '_' or '-' && (end + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[end + 1])))))
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

            if (IsStaffHandle(text.AsSpan(start, end - start)))
            {
                scan.Add(PiiEntityType.AccountNumber, start, end - start, StaffHandleScore);
            }
        }
    }

    // A log-in named in brackets after a person's name, in its own words ("Agnes Kasayulie (login akasayuli)", "Karla V. (usr
    // kvillacis)", "Α. Τσολάκη (user: atsolaki)", "Ким Е.В. (логин kim_ev)", "Sandra Imhof (user zkb\simhof)").
    private static readonly string[] BracketedLoginCues =
        ["(login ", "(login: ", "(log-in ", "(user ", "(user: ", "(usr ", "(userid ", "(user id ", "(staff id ", "(staff: ", "(staff login ",
         "(käyttäjä ", "(notandi: ", "(notandi ", "(brukernavn ", "(usuario ", "(utilisateur "];

    private static readonly string[] OtherScriptLoginCues = ["(логин ", "(логін ", "(користувач "];

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

        foreach (var cue in BracketedLoginCues)
        {
            for (var at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(cue, at + cue.Length, StringComparison.OrdinalIgnoreCase))
            {
                AddBracketedLogin(scan, at + cue.Length);
            }
        }

        if (scan.HasNonAscii)
        {
            foreach (var cue in OtherScriptLoginCues)
            {
                for (var at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(cue, at + cue.Length, StringComparison.OrdinalIgnoreCase))
                {
                    AddBracketedLogin(scan, at + cue.Length);
                }
            }
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
         "operatore", "sachbearbeiter", "medewerker", "agente", "responsable"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A staff field's value shaped like a log-in: small letters with a digit or a sign, or a bare word no dictionary holds.
    /// The field's key is read back from the ":" or "=" that ends it, so no phrase search runs over the text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeStaffFields(TextScan scan)
    {
        var text = scan.Text;
        for (var sign = text.AsSpan().IndexOfAny(':', '='); sign > 0; sign = sign + 1 < text.Length && text.AsSpan(sign + 1).IndexOfAny(':', '=') is var next and >= 0 ? sign + 1 + next : -1)
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

            if (keyEnd - keyStart < 3 || !StaffFields.Contains(text.AsSpan(keyStart, keyEnd - keyStart)))
            {
                continue;
            }

            var start = sign + 1;
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

            var token = text.AsSpan(start, end - start);
            var signed = token.IndexOfAny("._-0123456789") >= 0;
            if (signed ? !IsFileOrDomainName(token) : !OrdinaryWords.Contains(token) && !Lexicon.NotNames.Contains(token) && !FieldWords.Contains(token))
            {
                scan.Add(PiiEntityType.AccountNumber, start, end - start, StaffHandleScore);
            }
        }
    }

    private static bool IsFileOrDomainName(ReadOnlySpan<char> token)
    {
        var dot = token.LastIndexOf('.');
        return dot > 0 && token[(dot + 1)..] is "com" or "org" or "net" or "pdf" or "jpg" or "png" or "txt" or "csv" or "json" or "log" or "html";
    }

    private static int NextJoint(string text, int from) =>
        from + 1 < text.Length && text.AsSpan(from + 1).IndexOfAny('_', '.') is var next and >= 0 ? from + 1 + next : -1;

    private static bool IsHandleChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '.' or '-';

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
