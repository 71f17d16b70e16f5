using System.Collections.Frozen;

namespace Masking.Recognizers;

/// <summary>
/// What a JSON field's name says about its value: <c>"patient": "Olusegun Bankole"</c>, <c>"ssn": "123456789"</c>,
/// <c>"mrn": "48291375"</c>. Records may carry such fields beside their messages; the name is the value's keyword.
/// </summary>
internal static class FieldKeywords
{
    private static readonly FrozenDictionary<string, PiiEntityType>.AlternateLookup<ReadOnlySpan<char>> Structured = new Dictionary<string, PiiEntityType>
    {
        ["ssn"] = PiiEntityType.Ssn, ["social security number"] = PiiEntityType.Ssn, ["email"] = PiiEntityType.Email,
        ["e mail"] = PiiEntityType.Email, ["email address"] = PiiEntityType.Email, ["phone"] = PiiEntityType.Phone,
        ["phone number"] = PiiEntityType.Phone, ["telephone"] = PiiEntityType.Phone, ["mobile"] = PiiEntityType.Phone,
        ["fax"] = PiiEntityType.Phone, ["ip"] = PiiEntityType.IpAddress, ["ip address"] = PiiEntityType.IpAddress,
        ["card number"] = PiiEntityType.CreditCard, ["credit card"] = PiiEntityType.CreditCard, ["vin"] = PiiEntityType.Vin,
        ["routing number"] = PiiEntityType.AbaRoutingNumber, ["nhs number"] = PiiEntityType.NhsNumber, ["url"] = PiiEntityType.Url,
        ["website"] = PiiEntityType.Url, ["profile url"] = PiiEntityType.Url,
    }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The type a field name names ("patient_name", "memberId", "SSN"), or null for any other field.</summary>
    public static PiiEntityType? TypeOf(string name)
    {
        // "ssn_last4", "cardLast4": the last digits of a value are its type's too.
        foreach (var suffix in (ReadOnlySpan<string>)["_last4", "_last_4", "Last4", "-last4", "_last4digits"])
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return TypeOf(name[..^suffix.Length]);
            }
        }

        // A field's value before or after a change ("new_payee", "old_address"): the same kind of value.
        foreach (var prefix in (ReadOnlySpan<string>)["new_", "old_", "prev_", "previous_", "current_"])
        {
            if (name.Length > prefix.Length + 2 && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return TypeOf(name[prefix.Length..]);
            }
        }

        // A field written in two scripts or languages ("name_en", "name_zh", "address_local"): the field is the same one.
        foreach (var suffix in (ReadOnlySpan<string>)["_en", "_zh", "_ar", "_th", "_vi", "_local", "_native", "_latin"])
        {
            if (name.Length > suffix.Length + 2 && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return TypeOf(name[..^suffix.Length]);
            }
        }

        // camelCase to words: "memberId" → "member Id", "dateOfBirth" → "date Of Birth".
        Span<char> spaced = stackalloc char[64];
        var length = 0;
        foreach (var c in name)
        {
            if (length + 2 > spaced.Length)
            {
                return null;
            }

            if (char.IsUpper(c) && length > 0 && char.IsLower(spaced[length - 1]))
            {
                spaced[length++] = ' ';
            }

            spaced[length++] = c;
        }

        var phrase = spaced[..length];
        if (TableColumnRecognizer.ColumnType(phrase) is { } column)
        {
            return column;
        }

        if (ContextIdRecognizer.KeywordOf(phrase) is { } keyword)
        {
            return keyword;
        }

        Span<char> buffer = stackalloc char[64];
        var normalized = TableText.NormalizePhrase(phrase, buffer);
        if (normalized > 0 && Structured.TryGetValue(buffer[..normalized], out var type))
        {
            return type;
        }

        // "payee_name", "cust_name", "nok_name", "beneficiaryName": a person's name unless what it names is a thing's.
        var words = buffer[..normalized];
        return words.EndsWith(" name") && words.LastIndexOf(' ') is var space and > 0 && words[..space] is var owner && !ThingsWithNames.Contains(owner[(owner.LastIndexOf(' ') + 1)..])
            ? PiiEntityType.Person : null;
    }

    // What a field named "… name" may name that is no person ("drug_name", "bank_name", "file_name").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThingsWithNames = new[]
    {
        "drug", "product", "file", "bank", "hospital", "company", "plan", "merchant", "branch", "brand", "device", "app", "host", "item",
        "facility", "clinic", "employer", "insurer", "pharmacy", "service", "test", "street", "city", "town", "place", "store", "shop",
        "business", "vendor", "scheme", "policy", "medication", "med", "procedure", "diagnosis", "dept", "department", "ward", "unit",
        "channel", "field", "table", "column", "display", "domain", "server", "network", "ssid", "event", "campaign", "course", "school",
        "org", "organisation", "organization", "institution", "agency", "account", "card", "village", "district", "state", "country",
        "region", "county", "province", "lab", "laboratory", "payer", "carrier", "network", "model", "make", "vehicle", "package", "class",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="value"/> looks like something of <paramref name="type"/> at all.</summary>
    public static bool Plausible(PiiEntityType type, ReadOnlySpan<char> value) => type switch
    {
        PiiEntityType.Person or PiiEntityType.City => value.Length <= 96 && value.IndexOfAnyInRange('0', '9') < 0 && TableText.HasLetter(value),
        PiiEntityType.StreetAddress or PiiEntityType.Email or PiiEntityType.Url => value.Length is >= 4 and <= 256,
        // Safe Harbor removes ages over 89 only ("| Age | 94 |", "age=91"); "67" stays.
        PiiEntityType.Age => value.Length is 2 or 3 && !value.ContainsAnyExceptInRange('0', '9')
            && int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) is >= 90 and <= 130,
        // An identifier has no words of prose in it: "rx=\"Azithromycin 500mg OD x3d; Cetirizine 10mg HS\"" is a prescription's
        // drugs, not its number.
        _ => value.Length is >= 2 and <= 64 && value.IndexOfAnyInRange('0', '9') >= 0 && !(value.Contains(' ') && HasLowerCaseRun(value, 4)),
    };

    /// <summary>Whether <paramref name="value"/> holds <paramref name="run"/> lower-case letters in a row.</summary>
    private static bool HasLowerCaseRun(ReadOnlySpan<char> value, int run)
    {
        var length = 0;
        foreach (var c in value)
        {
            length = char.IsLower(c) ? length + 1 : 0;
            if (length >= run)
            {
                return true;
            }
        }

        return false;
    }
}
