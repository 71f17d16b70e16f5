namespace Masking.Tests.Corpus;

/// <summary>The business area a record is written for; each has its own templates and vocabulary.</summary>
public enum CorpusDomain
{
    Health,
    Banking,
    Insurance,
    PublicSecurity,
}

/// <summary>
/// Kinds of ordinary content that look like identifiers (digits, capitalised words, codes) but must survive masking,
/// because a fine-tuned model that never sees them learns nothing useful.
/// </summary>
public enum DecoyKind
{
    DrugDose,
    Icd10Code,
    CptCode,
    MoneyAmount,
    LabValue,
    DiseaseEponym,
    Weekday,
    Quarter,
    Year,
    Percentage,
    CapitalisedWord,
    GenericBrand,
}

/// <summary>One message of a chat record, exactly as serialised into the JSONL line.</summary>
public sealed record ChatMessage(string Role, string Content);

/// <summary>
/// A planted value: either an identifier (<see cref="Entity"/> set) that must disappear, or a decoy
/// (<see cref="Decoy"/> set) that must stay verbatim. <see cref="Start"/> is the UTF-16 offset inside the content of
/// message <see cref="MessageIndex"/>, so span-level precision can be computed against the analyzer.
/// </summary>
public sealed record CorpusLabel(PiiEntityType? Entity, DecoyKind? Decoy, string Value, int MessageIndex, int Start)
{
    public bool IsDecoy => Decoy is not null;

    /// <summary>
    /// True when an earlier identifier of the same type in the record already contained this exact string (the
    /// assistant quoting the user's MRN, "Mrs. Okafor" after "Ngozi Okafor"). Such mentions often carry no context
    /// word of their own; a masker that reuses what it found earlier in the record catches them, one that looks at
    /// each sentence alone does not, so recall is reported for both groups.
    /// </summary>
    public bool IsRepeat { get; init; }

    public string TypeName => Entity?.ToString() ?? Decoy?.ToString() ?? "?";

    public int End => Start + Value.Length;

    /// <summary>
    /// The substrings whose survival counts as a leak. For names and street addresses a partial leak ("Gonzalez"
    /// left behind after "Maria" was masked) is still a leak, so the identifying words are checked on their own;
    /// initials and lower-case particles ("van", "de") identify nobody and are skipped.
    /// </summary>
    public IReadOnlyList<string> LeakParts
    {
        get
        {
            if (Entity == PiiEntityType.Person)
            {
                var parts = Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
                    .Where(p => p.Length >= 2 && char.IsUpper(p[0]) && !(p.Length == 2 && p[1] == '.'))
                    .ToList();
                parts.Add(Value);
                return parts.Distinct(StringComparer.Ordinal).ToList();
            }

            if (Entity == PiiEntityType.StreetAddress)
            {
                var parts = Value.Split(", ", StringSplitOptions.RemoveEmptyEntries).ToList();
                parts.Add(Value);
                return parts.Distinct(StringComparer.Ordinal).ToList();
            }

            return [Value];
        }
    }
}

/// <summary>One generated chat record: its JSONL line (what the masker reads), its messages and its labels.</summary>
public sealed record LabelledRecord(
    int Index,
    CorpusDomain Domain,
    string JsonLine,
    IReadOnlyList<ChatMessage> Messages,
    IReadOnlyList<CorpusLabel> Labels);
