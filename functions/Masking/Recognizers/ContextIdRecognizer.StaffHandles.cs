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
