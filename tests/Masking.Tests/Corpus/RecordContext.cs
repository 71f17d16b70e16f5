using System.Text;

namespace Masking.Tests.Corpus;

/// <summary>Accumulates one message's text and the labels of what was planted in it, with exact offsets.</summary>
internal sealed class MessageBuilder(int messageIndex)
{
    private readonly StringBuilder _text = new();
    private readonly List<CorpusLabel> _labels = [];

    public string Content => _text.ToString();

    public IReadOnlyList<CorpusLabel> Labels => _labels;

    public void Text(string text) => _text.Append(text);

    public void Pii(PiiEntityType type, string value)
    {
        _labels.Add(new CorpusLabel(type, null, value, messageIndex, _text.Length));
        _text.Append(value);
    }

    public void Decoy(DecoyKind kind, string value)
    {
        _labels.Add(new CorpusLabel(null, kind, value, messageIndex, _text.Length));
        _text.Append(value);
    }
}

/// <summary>A person drawn once per record, so later mentions ("Mrs. Okafor", "Hi Ngozi") refer to the same individual.</summary>
internal sealed record Persona(string First, string Last, char MiddleInitial, string Title, string Handle);

/// <summary>
/// Everything a record's templates refer to: its people, its address, its dates and its identifiers. Values are
/// drawn lazily and cached under the slot name, so a slot used in the user turn and again in the assistant turn
/// plants the same value (as a real reply would quote it); "_2" suffixes ask for a second, different value.
/// </summary>
internal sealed class RecordContext
{
    private static readonly Dictionary<string, string[]> ContextPrefixes = new()
    {
        ["Ssn"] = ["SSN ", "SSN: ", "Social Security number ", "social security no. ", "SSN#", "SS# "],
        ["Mrn"] = ["MRN: ", "MRN ", "MRN#", "MR# ", "medical record number ", "Medical Record No. ", "hospital number ", "chart no. "],
        ["Plan"] = ["member ID ", "Member ID: ", "member ID# ", "subscriber ID ", "health plan ID ", "insurance member number ", "Medicare ID ", "plan member no. "],
        ["Account"] = ["account no. ", "account number ", "acct # ", "Acct: ", "checking account ", "savings account no. ", "A/C "],
        ["Policy"] = ["policy number ", "Policy #: ", "policy no. ", "policy ", "Policy No: ", "under policy "],
        ["License"] = ["driver's license ", "driver's licence no. ", "DL# ", "driving licence number ", "license number ", "licence "],
        ["Passport"] = ["passport number ", "passport no. ", "Passport: ", "passport # ", "travel document number "],
        ["Card"] = ["card number ", "card ", "credit card ", "card no. ", "debit card ", "Visa card "],
        ["Iban"] = ["IBAN ", "IBAN: ", "iban ", "account IBAN "],
        ["Aba"] = ["routing number ", "ABA ", "ABA routing no. ", "RTN ", "routing # ", "routing/transit number "],
        ["Nhs"] = ["NHS number ", "NHS No: ", "NHS no. ", "NHS # "],
        ["Vin"] = ["VIN ", "VIN: ", "vehicle identification number ", "chassis number "],
        ["Serial"] = ["serial number ", "S/N: ", "S/N ", "serial no. ", "device serial ", "SN: "],
        // Words the keyword tables do not hold: the number stands unnamed, as in a language the recognizers do not know.
        ["Other"] = ["transaction ", "confirmation number ", "order no. ", "tracking number ", "voucher ", "contract no. ", "dossier ", "file "],
        ["Phone"] = ["phone ", "tel. ", "Tel: ", "cell ", "mobile ", "call back at ", "home phone ", "ph: "],
        ["Fax"] = ["fax ", "Fax: ", "fax no. ", "by fax to "],
        ["Email"] = ["email ", "e-mail: ", "Email: ", "at "],
        ["Ip"] = ["IP ", "IP address ", "from IP ", "source IP: "],
        ["Ipv6"] = ["IPv6 ", "IPv6 address ", "from ", "source address "],
    };

    private static readonly Dictionary<CorpusDomain, string[]> AnyIdKinds = new()
    {
        [CorpusDomain.Health] = ["Mrn", "Plan", "Ssn", "Nhs", "Serial", "Phone", "Email", "Passport", "License", "Account"],
        [CorpusDomain.Banking] = ["Account", "Iban", "Aba", "Card", "Ssn", "Passport", "License", "Phone", "Serial"],
        [CorpusDomain.Insurance] = ["Policy", "Vin", "License", "Plan", "Ssn", "Card", "Account", "Passport", "Serial"],
        [CorpusDomain.PublicSecurity] = ["License", "Passport", "Vin", "Serial", "Ssn", "Phone", "Card", "Iban", "Nhs"],
    };

    private readonly CorpusDomain _domain;
    private readonly IdentifierFactory _ids;
    private readonly DecoyFactory _decoys;
    private readonly Persona[] _people;
    private readonly bool _uk;
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DecoyKind Kind, string Value)> _decoyCache = new(StringComparer.Ordinal);
    private readonly (string City, string State, string[] Areas) _place;

    public RecordContext(CorpusDomain domain, IdentifierFactory ids, DecoyFactory decoys)
    {
        _domain = domain;
        _ids = ids;
        _decoys = decoys;
        _uk = ids.Chance(0.35);
        _people = [NewPersona(), NewPersona(), NewPersona()];
        if (_uk)
        {
            var (city, areas) = ids.PickOf(PlaceLists.UkCities);
            _place = (city, string.Empty, areas);
        }
        else
        {
            var (city, state) = ids.PickOf(PlaceLists.UsCities);
            _place = (city, state, []);
        }
    }

    /// <summary>Writes <paramref name="template"/> into <paramref name="builder"/>, replacing each {Slot}.</summary>
    public void Expand(string template, MessageBuilder builder)
    {
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            if (open < 0)
            {
                builder.Text(template[at..]);
                return;
            }

            builder.Text(template[at..open]);
            var close = template.IndexOf('}', open);
            Slot(template[(open + 1)..close], builder);
            at = close + 1;
        }
    }

    private void Slot(string slot, MessageBuilder b)
    {
        var withContext = slot.EndsWith('+');
        var key = withContext ? slot[..^1] : slot;
        var kind = key.Split('_')[0];
        switch (kind)
        {
            case "Name" or "FullName" or "TName" or "Mr" or "First" or "LastFirst" or "CapsName":
                PersonSlot(kind, _people[0], b);
                return;
            case "Name2":
                PersonSlot("Name", _people[1], b);
                return;
            case "Mr2":
                PersonSlot("Mr", _people[1], b);
                return;
            case "Dr2":
                b.Text("Dr. ");
                PersonSlot(_ids.Chance(0.6) ? "FullName" : "Last", _people[1], b);
                return;
            case "Name3":
                PersonSlot("Name", _people[2], b);
                return;
            case "Mr3":
                PersonSlot("Mr", _people[2], b);
                return;
            case "Street":
                b.Pii(PiiEntityType.StreetAddress, Cached("Street", StreetLine));
                return;
            case "City":
                b.Pii(PiiEntityType.City, _place.City);
                return;
            case "Zip":
                b.Pii(PiiEntityType.ZipCode, Cached("Zip", Postcode));
                return;
            case "FullAddress":
                FullAddress(b);
                return;
            case "CityZip":
                CityAndPostcode(b);
                return;
            case "Dob" or "AdmitDate" or "DischargeDate" or "DeathDate" or "EventDate" or "ApptDate":
                b.Pii(PiiEntityType.Date, Cached(key, () => _ids.Date(DateFor(kind))));
                return;
            case "CapWord":
                var sentence = _decoyCache.TryGetValue(key, out var cachedSentence) ? cachedSentence.Value : _decoys.CapitalisedSentence();
                _decoyCache[key] = (DecoyKind.CapitalisedWord, sentence);
                var firstWordEnd = sentence.IndexOfAny([' ', ':', '-']);
                b.Decoy(DecoyKind.CapitalisedWord, sentence[..firstWordEnd]);
                b.Text(sentence[firstWordEnd..]);
                return;
            case "Drug" or "Icd" or "Cpt" or "Money" or "Lab" or "Eponym" or "Weekday" or "Quarter" or "Year" or "Percent" or "Brand" or "Vehicle" or "Medicare":
                if (!_decoyCache.TryGetValue(key, out var decoy))
                {
                    decoy = _decoys.Draw(kind, _domain);
                    _decoyCache[key] = decoy;
                }

                b.Decoy(decoy.Kind, decoy.Value);
                return;
            case "OldAge":
                OldAge(b);
                return;
            case "AnyId":
                Identifier(_ids.Pick(AnyIdKinds[_domain]), "AnyId:" + _cache.Count, withContext: true, b);
                return;
            default:
                Identifier(kind, key, withContext, b);
                return;
        }
    }

    private void Identifier(string kind, string cacheKey, bool withContext, MessageBuilder b)
    {
        if (withContext)
        {
            // Email2/Email3 share the prefixes of Email: the digit only selects whose address it is.
            b.Text(_ids.Pick(ContextPrefixes[kind.TrimEnd('2', '3')]));
        }

        var (type, factory) = IdentifierKind(kind);
        b.Pii(type, Cached(cacheKey, factory));
    }

    private (PiiEntityType Type, Func<string> Factory) IdentifierKind(string kind) => kind switch
    {
        "Phone" or "Fax" => (PiiEntityType.Phone, () => _uk || _ids.Chance(0.25) ? _ids.InternationalPhone() : _ids.UsPhone()),
        "Email" => (PiiEntityType.Email, () => Email(_people[0])),
        "Email2" => (PiiEntityType.Email, () => Email(_people[1])),
        "Email3" => (PiiEntityType.Email, () => Email(_people[2])),
        "Url" => (PiiEntityType.Url, () => PersonalUrl(_people[0])),
        "Url2" => (PiiEntityType.Url, () => PersonalUrl(_people[1])),
        "Ip" => (PiiEntityType.IpAddress, _ids.IpV4),
        "Ipv6" => (PiiEntityType.IpAddress, _ids.IpV6),
        "Ssn" => (PiiEntityType.Ssn, _ids.Ssn),
        "Mrn" => (PiiEntityType.MedicalRecordNumber, _ids.MedicalRecordNumber),
        "Plan" => (PiiEntityType.HealthPlanNumber, _ids.HealthPlanNumber),
        "Account" => (PiiEntityType.AccountNumber, _ids.AccountNumber),
        "Policy" => (PiiEntityType.PolicyNumber, _ids.PolicyNumber),
        "License" => (PiiEntityType.LicenseNumber, () => _ids.DriversLicence(_people[0].Last)),
        "Passport" => (PiiEntityType.PassportNumber, _ids.PassportNumber),
        "Card" => (PiiEntityType.CreditCard, _ids.CreditCard),
        "Iban" => (PiiEntityType.Iban, _ids.Iban),
        "Aba" => (PiiEntityType.AbaRoutingNumber, _ids.AbaRoutingNumber),
        "Nhs" => (PiiEntityType.NhsNumber, _ids.NhsNumber),
        "Vin" => (PiiEntityType.Vin, _ids.Vin),
        "Serial" => (PiiEntityType.DeviceSerial, _ids.DeviceSerial),
        "Other" => (PiiEntityType.OtherIdentifier, _ids.OtherIdentifier),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown template slot."),
    };

    /// <summary>An age over 89 (a Safe Harbor identifier) in one of the ways notes write ages.</summary>
    private void OldAge(MessageBuilder b)
    {
        var age = _ids.Next(90, 107).ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (_ids.Next(0, 6))
        {
            case 0:
                b.Pii(PiiEntityType.Age, age);
                b.Text("-year-old");
                break;
            case 1:
                b.Pii(PiiEntityType.Age, age);
                b.Text(" years old");
                break;
            case 2:
                b.Text("aged ");
                b.Pii(PiiEntityType.Age, age);
                break;
            case 3:
                b.Text("age: ");
                b.Pii(PiiEntityType.Age, age);
                break;
            case 4:
                b.Pii(PiiEntityType.Age, age);
                b.Text(" y/o");
                break;
            default:
                b.Text("in their late ");
                b.Pii(PiiEntityType.Age, "90s");
                break;
        }
    }

    private void PersonSlot(string form, Persona p, MessageBuilder b)
    {
        if (form == "Name")
        {
            form = _ids.Next(0, 20) switch
            {
                < 11 => "FullName",
                < 14 => "Middle",
                < 17 => "TName",
                _ => "LastFirst",
            };
        }

        switch (form)
        {
            case "FullName":
                b.Pii(PiiEntityType.Person, $"{p.First} {p.Last}");
                break;
            case "Middle":
                b.Pii(PiiEntityType.Person, $"{p.First} {p.MiddleInitial}. {p.Last}");
                break;
            case "TName":
                b.Text(p.Title + " ");
                b.Pii(PiiEntityType.Person, $"{p.First} {p.Last}");
                break;
            case "Mr":
                b.Text(p.Title + " ");
                b.Pii(PiiEntityType.Person, p.Last);
                break;
            case "Last":
                b.Pii(PiiEntityType.Person, p.Last);
                break;
            case "First":
                b.Pii(PiiEntityType.Person, p.First);
                break;
            case "LastFirst":
                b.Pii(PiiEntityType.Person, $"{p.Last}, {p.First}");
                break;
            case "CapsName":
                b.Pii(PiiEntityType.Person, $"{p.Last.ToUpperInvariant()}, {p.First}");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(form), form, "Unknown person form.");
        }
    }

    private void FullAddress(MessageBuilder b)
    {
        b.Pii(PiiEntityType.StreetAddress, Cached("Street", StreetLine));
        b.Text(", ");
        CityAndPostcode(b);
    }

    /// <summary>"Leeds LS1 4DY" or "Columbus, OH 43215": a US ZIP is written after the state, as on an envelope.</summary>
    private void CityAndPostcode(MessageBuilder b)
    {
        b.Pii(PiiEntityType.City, _place.City);
        b.Text(_uk ? (_ids.Chance(0.3) ? ", " : " ") : $", {_place.State} ");
        b.Pii(PiiEntityType.ZipCode, Cached("Zip", Postcode));
    }

    private string StreetLine()
    {
        if (_uk)
        {
            var flat = _ids.Chance(0.25) ? $"Flat {_ids.Next(1, 30)}, " : string.Empty;
            var number = _ids.Chance(0.1) ? $"{_ids.Next(1, 300)}{_ids.Letters(1, "ABC")}" : _ids.Next(1, 300).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return $"{flat}{number} {_ids.Pick(PlaceLists.StreetNames)} {_ids.Pick(PlaceLists.UkStreetSuffixes)}";
        }

        var direction = _ids.Chance(0.15) ? _ids.Pick(PlaceLists.UsDirections) + " " : string.Empty;
        var line = $"{_ids.Next(1, 20000)} {direction}{_ids.Pick(PlaceLists.StreetNames)} {_ids.Pick(PlaceLists.UsStreetSuffixes)}";
        return _ids.Next(0, 10) switch
        {
            0 => $"{line}, Apt {_ids.Next(1, 40)}{_ids.Letters(1, "ABCDEF")}",
            1 => $"{line}, Suite {_ids.Next(100, 900)}",
            2 => $"{line} Apt. {_ids.Next(1, 300)}",
            3 => $"{line}, Unit {_ids.Next(1, 60)}",
            4 => $"{line} #{_ids.Next(1, 40)}",
            _ => line,
        };
    }

    private string Postcode() => _uk ? _ids.UkPostcode(_place.Areas) : _ids.UsZip();

    private DateOnly DateFor(string kind)
    {
        var dob = new DateOnly(1930, 1, 1).AddDays(_ids.Next(0, 365 * 76));
        var admit = new DateOnly(2019, 1, 1).AddDays(_ids.Next(0, 365 * 7));
        return kind switch
        {
            "Dob" => dob,
            "AdmitDate" => admit,
            "DischargeDate" => new DateOnly(2019, 1, 15).AddDays(_ids.Next(0, 365 * 7)),
            "DeathDate" => new DateOnly(2018, 1, 1).AddDays(_ids.Next(0, 365 * 8)),
            "ApptDate" => new DateOnly(2024, 1, 1).AddDays(_ids.Next(0, 365 * 3)),
            _ => new DateOnly(2017, 1, 1).AddDays(_ids.Next(0, 365 * 9)),
        };
    }

    private string Cached(string key, Func<string> factory)
    {
        if (!_cache.TryGetValue(key, out var value))
        {
            value = factory();
            _cache[key] = value;
        }

        return value;
    }

    private Persona NewPersona()
    {
        var female = _ids.Chance(0.5);
        var first = _ids.Pick(female ? NameLists.FemaleFirstNames : NameLists.MaleFirstNames);
        var last = _ids.Pick(NameLists.LastNames);
        var title = _ids.Pick(female ? NameLists.FemaleTitles : NameLists.MaleTitles);
        var handle = _ids.Next(0, 4) switch
        {
            0 => $"{Ascii(first)}.{Ascii(last)}",
            1 => $"{Ascii(first)[0]}{Ascii(last)}{_ids.Next(1, 99)}",
            2 => $"{Ascii(first)}_{Ascii(last)}",
            _ => $"{Ascii(last)}{Ascii(first)[0]}{_ids.Next(60, 100)}",
        };
        return new Persona(first, last, (char)('A' + _ids.Next(0, 26)), title, handle);
    }

    private string Email(Persona p)
    {
        var domain = _ids.Pick(["gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "web.de", "icloud.com", "hotmail.fr", "example.org", "mail.com", "gmx.net"]);
        return $"{p.Handle}@{domain}";
    }

    private string PersonalUrl(Persona p)
    {
        var slug = p.Handle.Replace('.', '-').Replace('_', '-');
        return _ids.Next(0, 7) switch
        {
            0 => $"https://www.{p.Handle.Replace(".", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)}.com",
            1 => $"https://github.com/{slug}",
            2 => $"https://www.linkedin.com/in/{slug}-{_ids.Letters(4, "abcdef0123456789")}",
            3 => $"http://{slug}.blogspot.com/about",
            4 => $"https://x.com/{p.Handle.Replace(".", "_", StringComparison.Ordinal)}",
            5 => $"https://facebook.com/{p.Handle}.{_ids.Next(10, 99)}",
            _ => $"www.{slug}.net/~{Ascii(p.Last)}",
        };
    }

    /// <summary>Lower-case ASCII handle material: handles in emails and URLs are rarely written with diacritics.</summary>
    private static string Ascii(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            var mapped = c switch
            {
                'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ą' => 'a',
                'é' or 'è' or 'ê' or 'ë' or 'ę' or 'ė' or 'ē' => 'e',
                'í' or 'ì' or 'î' or 'ï' or 'ı' or 'ī' => 'i',
                'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' or 'ő' => 'o',
                'ú' or 'ù' or 'û' or 'ü' or 'ū' or 'ų' => 'u',
                'ñ' or 'ń' => 'n',
                'ç' or 'ć' or 'č' => 'c',
                'ł' => 'l',
                'ś' or 'š' or 'ş' => 's',
                'ž' or 'ź' or 'ż' => 'z',
                'ř' => 'r',
                'ğ' => 'g',
                'ý' => 'y',
                'đ' => 'd',
                'ễ' => 'e',
                _ => c,
            };
            if (mapped is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(mapped);
            }
        }

        return sb.ToString();
    }
}
