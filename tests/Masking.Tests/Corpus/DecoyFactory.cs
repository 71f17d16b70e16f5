using System.Globalization;

namespace Masking.Tests.Corpus;

/// <summary>
/// Draws content that must survive masking: doses, codes, amounts, lab values, eponyms and other look-alikes.
/// Most of them contain digits or capitalised words, which is precisely what careless recognizers eat.
/// </summary>
internal sealed class DecoyFactory(IdentifierFactory ids)
{
    private static readonly (string Name, string[] Doses, string Unit)[] Drugs =
    [
        ("metformin", ["500", "850", "1000"], "mg"), ("Lisinopril", ["5", "10", "20", "40"], "mg"),
        ("atorvastatin", ["10", "20", "40", "80"], "mg"), ("Amoxicillin", ["250", "500", "875"], "mg"),
        ("insulin glargine", ["10", "20", "24", "32"], "units"), ("Warfarin", ["2", "2.5", "5"], "mg"),
        ("levothyroxine", ["25", "50", "75", "100"], "mcg"), ("Sertraline", ["25", "50", "100"], "mg"),
        ("Eliquis", ["2.5", "5"], "mg"), ("ibuprofen", ["200", "400", "600"], "mg"),
        ("amlodipine", ["2.5", "5", "10"], "mg"), ("Omeprazole", ["20", "40"], "mg"),
        ("prednisone", ["5", "10", "20", "40"], "mg"), ("Ozempic", ["0.25", "0.5", "1"], "mg"),
        ("furosemide", ["20", "40", "80"], "mg"), ("Gabapentin", ["100", "300", "600"], "mg"),
        ("losartan", ["25", "50", "100"], "mg"), ("Humira", ["40"], "mg"),
        ("salbutamol", ["100"], "mcg"), ("Paracetamol", ["500", "1000"], "mg"),
        ("clopidogrel", ["75"], "mg"), ("Xarelto", ["10", "15", "20"], "mg"),
        ("citalopram", ["10", "20", "40"], "mg"), ("Keppra", ["250", "500", "750"], "mg"),
        ("methotrexate", ["7.5", "10", "15"], "mg"), ("Jardiance", ["10", "25"], "mg"),
    ];

    private static readonly string[] Frequencies =
        ["", "", " once daily", " twice daily", " at bedtime", " BID", " TID", " PRN", " q8h", " every morning", " weekly"];

    private static readonly string[] Icd10Codes =
    [
        "E11.9", "I10", "J45.909", "M54.5", "F32.A", "Z79.4", "N18.3", "C81.90", "G20", "K50.90",
        "I48.91", "S72.001A", "E78.5", "J44.1", "F41.1", "R07.9", "I21.4", "N39.0", "G30.9", "Q90.9",
        "E05.00", "M17.11", "J18.9", "K21.9", "E66.01",
    ];

    private static readonly string[] CptCodes =
    [
        "99213", "93000", "99214", "80053", "71046", "36415", "99285", "45378", "85025", "99203",
        "90837", "97110", "70450", "93306", "99232", "81001",
    ];

    private static readonly string[] Eponyms =
    [
        "Parkinson's disease", "Alzheimer's disease", "Alzheimer's", "Hodgkin lymphoma", "Crohn's disease", "Down syndrome",
        "Graves' disease", "Hashimoto's thyroiditis", "Cushing's syndrome", "Bell's palsy", "Tourette syndrome",
        "Addison's disease", "Huntington's disease", "Guillain-Barré syndrome", "Kaposi sarcoma", "Asperger syndrome",
        "Raynaud's phenomenon", "Sjögren's syndrome", "Ménière's disease", "Wilson's disease",
    ];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] QuarterWords = ["first quarter", "second quarter", "third quarter", "fourth quarter"];

    /// <summary>Whole sentences whose first word is a capitalised ordinary word, several of which are also given names.</summary>
    private static readonly string[] CapitalisedSentences =
    [
        "Grace period for this plan is 30 days.", "Will follow up after the review.", "Mark this case as priority.",
        "Bill the remaining balance to the secondary payer.", "Chase the outstanding documents with the branch.",
        "Hope this clarifies the next steps.", "Note that the file was updated.", "Summary follows below.",
        "Frank discussion held about the options.", "Please confirm receipt.", "Reviewed and approved.",
        "Pending further information.", "Urgent: respond within two working days.", "Sterling transfers settle same day.",
        "Rush processing was requested.", "Faith-based accommodation was requested.", "Thanks for your patience.",
    ];

    private static readonly Dictionary<CorpusDomain, string[]> Brands = new()
    {
        [CorpusDomain.Health] = ["Medicare", "Medicaid", "Tricare", "Blue Cross", "Aetna", "Cigna"],
        [CorpusDomain.Banking] = ["Visa", "Mastercard", "American Express", "SWIFT", "Zelle", "PayPal", "Western Union", "Apple Pay"],
        [CorpusDomain.Insurance] = ["Medicare", "Medigap", "Allianz", "AXA", "Visa", "Lloyd's"],
        [CorpusDomain.PublicSecurity] = ["Interpol", "Europol", "Frontex", "Homeland Security"],
    };

    /// <summary>Vehicle makes and models; several makes (Ford, Nissan) are also surnames elsewhere in the world.</summary>
    private static readonly string[] Vehicles =
        ["Ford Transit", "Toyota Hilux", "Honda Civic", "Toyota Corolla", "Volkswagen Golf", "Tesla Model 3", "Nissan Qashqai", "Ford Focus"];

    private readonly IdentifierFactory _ids = ids;

    public (DecoyKind Kind, string Value) Draw(string key, CorpusDomain domain) => key switch
    {
        "Drug" => (DecoyKind.DrugDose, DrugDose()),
        "Icd" => (DecoyKind.Icd10Code, _ids.Pick(Icd10Codes)),
        "Cpt" => (DecoyKind.CptCode, _ids.Pick(CptCodes)),
        "Money" => (DecoyKind.MoneyAmount, Money()),
        "Lab" => (DecoyKind.LabValue, LabValue()),
        "Eponym" => (DecoyKind.DiseaseEponym, _ids.Pick(Eponyms)),
        "Weekday" => (DecoyKind.Weekday, _ids.Pick(Weekdays)),
        "Quarter" => (DecoyKind.Quarter, Quarter()),
        "Year" => (DecoyKind.Year, _ids.Next(2008, 2026).ToString(CultureInfo.InvariantCulture)),
        "Percent" => (DecoyKind.Percentage, Percent()),
        "Brand" => (DecoyKind.GenericBrand, _ids.Pick(Brands[domain])),
        "Vehicle" => (DecoyKind.GenericBrand, _ids.Pick(Vehicles)),
        "Medicare" => (DecoyKind.GenericBrand, "Medicare"),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Unknown decoy slot."),
    };

    /// <summary>A sentence for the {CapWord} slot; only its first word is the labelled decoy.</summary>
    public string CapitalisedSentence() => _ids.Pick(CapitalisedSentences);

    private string DrugDose()
    {
        var (name, doses, unit) = _ids.PickOf(Drugs);
        var spacer = unit == "units" || _ids.Chance(0.7) ? " " : string.Empty;
        return $"{name} {_ids.Pick(doses)}{spacer}{unit}{_ids.Pick(Frequencies)}";
    }

    private string Money()
    {
        var whole = _ids.Next(5, 60000);
        var cents = _ids.Next(0, 100);
        var us = whole.ToString("N0", CultureInfo.InvariantCulture);
        var eu = us.Replace(',', '.');
        return _ids.Next(0, 9) switch
        {
            0 => $"${us}.{cents:D2}",
            1 => $"EUR {eu},{cents:D2}",
            2 => $"{us} GBP",
            3 => $"€{us}",
            4 => $"£{us}.{cents:D2}",
            5 => $"USD {us}",
            6 => $"{eu},{cents:D2} €",
            7 => $"${us}",
            _ => $"CHF {us}.{cents:D2}",
        };
    }

    private string LabValue()
    {
        var r = _ids;
        return r.Next(0, 14) switch
        {
            0 => $"HbA1c {r.Next(55, 110) / 10.0:0.0}%",
            1 => $"LDL {r.Next(60, 200)} mg/dL",
            2 => $"BP {r.Next(100, 170)}/{r.Next(60, 105)}",
            3 => $"eGFR {r.Next(20, 95)} mL/min",
            4 => $"creatinine {r.Next(6, 25) / 10.0:0.0} mg/dL",
            5 => $"potassium {r.Next(32, 56) / 10.0:0.0} mmol/L",
            6 => $"TSH {r.Next(3, 90) / 10.0:0.0} mIU/L",
            7 => $"heart rate {r.Next(50, 120)} bpm",
            8 => $"SpO2 {r.Next(88, 100)}%",
            9 => $"INR {r.Next(9, 40) / 10.0:0.0}",
            10 => $"temperature {r.Next(360, 400) / 10.0:0.0} °C",
            11 => $"glucose {r.Next(65, 320)} mg/dL",
            12 => $"hemoglobin {r.Next(80, 170) / 10.0:0.0} g/dL",
            _ => $"WBC {r.Next(30, 180) / 10.0:0.0} x10^9/L",
        };
    }

    private string Quarter() => _ids.Next(0, 5) switch
    {
        0 => $"Q{_ids.Next(1, 5)} {_ids.Next(2019, 2027)}",
        1 => _ids.Pick(QuarterWords),
        2 => $"Q{_ids.Next(1, 5)}",
        3 => $"{_ids.Pick(QuarterWords)} of {_ids.Next(2019, 2027)}",
        _ => $"Q{_ids.Next(1, 5)} FY{_ids.Next(2020, 2027)}",
    };

    private string Percent() => _ids.Next(0, 4) switch
    {
        0 => $"{_ids.Next(1, 100)}%",
        1 => $"{_ids.Next(1, 30)}.{_ids.Next(0, 100):D2}%",
        2 => $"{_ids.Next(1, 20)}.{_ids.Next(1, 10)}%",
        _ => $"{_ids.Next(5, 100)} percent",
    };
}
