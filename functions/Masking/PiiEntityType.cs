namespace Masking;

/// <summary>The kinds of personal data the recognizers find (HIPAA Safe Harbor identifiers plus financial ones).</summary>
public enum PiiEntityType
{
    Person,
    StreetAddress,
    City,
    ZipCode,
    Date,
    Phone,
    Email,
    Url,
    IpAddress,
    Ssn,
    MedicalRecordNumber,
    HealthPlanNumber,
    AccountNumber,
    PolicyNumber,
    LicenseNumber,
    PassportNumber,
    CreditCard,
    Iban,
    AbaRoutingNumber,
    NhsNumber,
    Vin,
    DeviceSerial,

    /// <summary>An age over 89 (Safe Harbor); younger ages are kept.</summary>
    Age,

    /// <summary>
    /// Any other unique identifying number (Safe Harbor's catch-all): a long number no keyword names and nothing else
    /// explains, such as a contract or file number after a word in a language the keyword tables do not cover.
    /// </summary>
    OtherIdentifier,
}

/// <summary>Stable upper-snake names used in placeholders, policies and reports.</summary>
public static class PiiEntityTypeNames
{
    private static readonly Dictionary<PiiEntityType, string> Names = Enum.GetValues<PiiEntityType>()
        .ToDictionary(t => t, ToSnake);

    private static readonly Dictionary<string, PiiEntityType> ByName =
        Names.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>PERSON, STREET_ADDRESS, ABA_ROUTING_NUMBER, ...</summary>
    public static string ToName(this PiiEntityType type) => Names[type];

    /// <summary>Parses a name written either as PERSON / STREET_ADDRESS or as the enum member name.</summary>
    public static bool TryParse(string name, out PiiEntityType type) =>
        ByName.TryGetValue(name, out type) || Enum.TryParse(name, ignoreCase: true, out type);

    private static string ToSnake(PiiEntityType type)
    {
        var name = type.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(name[i]));
        }

        return builder.ToString();
    }
}

/// <summary>One recognised span of personal data in a text.</summary>
public sealed record PiiMatch(PiiEntityType Type, int Start, int Length, double Score)
{
    /// <summary>Index one past the last character.</summary>
    public int End => Start + Length;
}
