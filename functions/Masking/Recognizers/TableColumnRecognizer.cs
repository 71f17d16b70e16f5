using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Cells of a table pasted into a message (markdown or pipe table, tab- or comma-separated rows under a header line)
/// take their type from the column's header: "Olusegun Bankole" under "name" is a person even without any other
/// evidence, "Leeds" under "city" a city. Identifier columns are the context-id recognizer's (it anchors on digits).
/// </summary>
internal sealed class TableColumnRecognizer : IRecognizer
{
    private const int MaxCellChars = 96;

    private static readonly FrozenDictionary<string, PiiEntityType>.AlternateLookup<ReadOnlySpan<char>> Columns = new Dictionary<string, PiiEntityType>
    {
        ["name"] = PiiEntityType.Person, ["full name"] = PiiEntityType.Person, ["patient"] = PiiEntityType.Person,
        ["patient name"] = PiiEntityType.Person, ["customer"] = PiiEntityType.Person, ["customer name"] = PiiEntityType.Person,
        ["client"] = PiiEntityType.Person, ["client name"] = PiiEntityType.Person, ["insured"] = PiiEntityType.Person,
        ["policyholder"] = PiiEntityType.Person, ["claimant"] = PiiEntityType.Person, ["member"] = PiiEntityType.Person,
        ["member name"] = PiiEntityType.Person, ["account holder"] = PiiEntityType.Person, ["cardholder"] = PiiEntityType.Person,
        ["first name"] = PiiEntityType.Person, ["firstname"] = PiiEntityType.Person, ["given name"] = PiiEntityType.Person,
        ["forename"] = PiiEntityType.Person, ["last name"] = PiiEntityType.Person, ["lastname"] = PiiEntityType.Person,
        ["surname"] = PiiEntityType.Person, ["family name"] = PiiEntityType.Person, ["suspect"] = PiiEntityType.Person,
        ["given"] = PiiEntityType.Person, ["family"] = PiiEntityType.Person, // HL7 FHIR's HumanName
        ["first"] = PiiEntityType.Person, ["last"] = PiiEntityType.Person, ["fname"] = PiiEntityType.Person, ["lname"] = PiiEntityType.Person,
        ["middle"] = PiiEntityType.Person, ["middle name"] = PiiEntityType.Person, ["nickname"] = PiiEntityType.Person,
        // An audit log's or export's user column holds people's log-ins ("jkowalczyk"), typed as accounts like other log-ins.
        ["user"] = PiiEntityType.AccountNumber, ["username"] = PiiEntityType.AccountNumber, ["user name"] = PiiEntityType.AccountNumber,
        ["online banking user"] = PiiEntityType.AccountNumber, ["internet banking user"] = PiiEntityType.AccountNumber, ["userid"] = PiiEntityType.AccountNumber, ["user id"] = PiiEntityType.AccountNumber, ["login"] = PiiEntityType.AccountNumber,
        // A claims export's staff column holds the handler's log-in ("examiner … jmcgrath", "likvidator … d.matic").
        ["examiner"] = PiiEntityType.AccountNumber, ["handler"] = PiiEntityType.AccountNumber, ["adjuster"] = PiiEntityType.AccountNumber,
        ["assignee"] = PiiEntityType.AccountNumber, ["surveyor"] = PiiEntityType.AccountNumber, ["likvidator"] = PiiEntityType.AccountNumber,
        ["assigned to"] = PiiEntityType.AccountNumber, ["case owner"] = PiiEntityType.AccountNumber, ["owner"] = PiiEntityType.AccountNumber,
        ["analyst"] = PiiEntityType.AccountNumber, ["analista"] = PiiEntityType.AccountNumber,
        ["agente"] = PiiEntityType.AccountNumber, ["operator"] = PiiEntityType.AccountNumber, ["operador"] = PiiEntityType.AccountNumber,

        ["witness"] = PiiEntityType.Person, ["victim"] = PiiEntityType.Person, ["next of kin"] = PiiEntityType.Person,
        ["beneficiary"] = PiiEntityType.Person, ["payee"] = PiiEntityType.Person, ["employee"] = PiiEntityType.Person,
        ["address"] = PiiEntityType.StreetAddress, ["street"] = PiiEntityType.StreetAddress, ["street address"] = PiiEntityType.StreetAddress,
        ["address line 1"] = PiiEntityType.StreetAddress, ["line1"] = PiiEntityType.StreetAddress, ["line 1"] = PiiEntityType.StreetAddress,
        ["address1"] = PiiEntityType.StreetAddress, ["address line1"] = PiiEntityType.StreetAddress, ["home address"] = PiiEntityType.StreetAddress,
        ["city"] = PiiEntityType.City, ["town"] = PiiEntityType.City, ["place of birth"] = PiiEntityType.City,
        ["dob"] = PiiEntityType.Date, ["date of birth"] = PiiEntityType.Date, ["birth date"] = PiiEntityType.Date,
        ["birthdate"] = PiiEntityType.Date, ["date of death"] = PiiEntityType.Date, ["admission date"] = PiiEntityType.Date,
        ["admitted"] = PiiEntityType.Date, ["discharge date"] = PiiEntityType.Date,
        ["zip"] = PiiEntityType.ZipCode, ["zip code"] = PiiEntityType.ZipCode, ["postcode"] = PiiEntityType.ZipCode,
        ["postal code"] = PiiEntityType.ZipCode,
        ["phone"] = PiiEntityType.Phone, ["telephone"] = PiiEntityType.Phone, ["phone number"] = PiiEntityType.Phone,
        ["mobile"] = PiiEntityType.Phone, ["tel"] = PiiEntityType.Phone, ["contact number"] = PiiEntityType.Phone,
        ["email"] = PiiEntityType.Email, ["e-mail"] = PiiEntityType.Email,

        // The same headers and keys in the product's other languages, and the usual short forms of exports and logs
        // ({"cognome":"Ferraresi"}, "suburb":"Toowong", "pc":"4066", titular.nombre="hector muñoz", agent=m.schnyder).
        ["nome"] = PiiEntityType.Person, ["cognome"] = PiiEntityType.Person, ["nombre"] = PiiEntityType.Person,
        ["nombres"] = PiiEntityType.Person, ["apellido"] = PiiEntityType.Person, ["apellidos"] = PiiEntityType.Person,
        ["nombre completo"] = PiiEntityType.Person, ["nome completo"] = PiiEntityType.Person, ["prénom"] = PiiEntityType.Person,
        ["prenom"] = PiiEntityType.Person, ["nom de famille"] = PiiEntityType.Person, ["vorname"] = PiiEntityType.Person,
        ["nachname"] = PiiEntityType.Person, ["voornaam"] = PiiEntityType.Person, ["achternaam"] = PiiEntityType.Person,
        ["imię"] = PiiEntityType.Person, ["nazwisko"] = PiiEntityType.Person, ["příjmení"] = PiiEntityType.Person,
        ["fornavn"] = PiiEntityType.Person, ["efternavn"] = PiiEntityType.Person, ["etternavn"] = PiiEntityType.Person,
        ["förnamn"] = PiiEntityType.Person, ["efternamn"] = PiiEntityType.Person, ["etunimi"] = PiiEntityType.Person,
        ["sukunimi"] = PiiEntityType.Person, ["soyad"] = PiiEntityType.Person, ["soyadı"] = PiiEntityType.Person,
        ["paziente"] = PiiEntityType.Person, ["paciente"] = PiiEntityType.Person, ["titular"] = PiiEntityType.Person,
        ["beneficiario"] = PiiEntityType.Person, ["asegurado"] = PiiEntityType.Person, ["assicurato"] = PiiEntityType.Person,
        ["segurado"] = PiiEntityType.Person, ["agent"] = PiiEntityType.Person, ["agent name"] = PiiEntityType.Person,
        // A police export's people, each with a role in the next column ("person,role … Tanner Cardinal,Suspect").
        ["person"] = PiiEntityType.Person, ["persona"] = PiiEntityType.Person, ["pessoa"] = PiiEntityType.Person, ["personne"] = PiiEntityType.Person,
        // Staff and the nominee in a log's or a claim's fields ("officer=\"a.perera\"", "staff=\"SN Rosnah\"", "\"nominee\":").
        ["officer"] = PiiEntityType.Person, ["staff"] = PiiEntityType.Person, ["nominee"] = PiiEntityType.Person,
        ["suburb"] = PiiEntityType.City, ["locality"] = PiiEntityType.City, ["ciudad"] = PiiEntityType.City,
        ["cidade"] = PiiEntityType.City, ["città"] = PiiEntityType.City, ["citta"] = PiiEntityType.City, ["ville"] = PiiEntityType.City,
        ["ort"] = PiiEntityType.City, ["wohnort"] = PiiEntityType.City, ["woonplaats"] = PiiEntityType.City,
        ["miejscowość"] = PiiEntityType.City, ["comuna"] = PiiEntityType.City, ["municipio"] = PiiEntityType.City,
        ["colonia"] = PiiEntityType.City, ["barrio"] = PiiEntityType.City, ["bairro"] = PiiEntityType.City,
        ["pc"] = PiiEntityType.ZipCode, ["plz"] = PiiEntityType.ZipCode, ["cep"] = PiiEntityType.ZipCode,
        ["código postal"] = PiiEntityType.ZipCode, ["codigo postal"] = PiiEntityType.ZipCode,
        ["code postal"] = PiiEntityType.ZipCode, ["postleitzahl"] = PiiEntityType.ZipCode, ["pincode"] = PiiEntityType.ZipCode,
        ["post code"] = PiiEntityType.ZipCode, ["eircode"] = PiiEntityType.ZipCode,
        // Italian records' fields ("cap":"80078","comune":"Pozzuoli","residenza":"Via Solfatara 31"), and more localities.
        ["cap"] = PiiEntityType.ZipCode, ["comune"] = PiiEntityType.City, ["residenza"] = PiiEntityType.StreetAddress,
        ["localidad"] = PiiEntityType.City, ["localidade"] = PiiEntityType.City, ["kota"] = PiiEntityType.City,
        ["addr"] = PiiEntityType.StreetAddress, ["adresse"] = PiiEntityType.StreetAddress, ["anschrift"] = PiiEntityType.StreetAddress,
        ["direccion"] = PiiEntityType.StreetAddress, ["dirección"] = PiiEntityType.StreetAddress, ["domicilio"] = PiiEntityType.StreetAddress,
        ["indirizzo"] = PiiEntityType.StreetAddress, ["endereço"] = PiiEntityType.StreetAddress, ["endereco"] = PiiEntityType.StreetAddress,
        ["morada"] = PiiEntityType.StreetAddress, ["adres"] = PiiEntityType.StreetAddress, ["adresa"] = PiiEntityType.StreetAddress,
        ["fecha nac"] = PiiEntityType.Date, ["fecha de nacimiento"] = PiiEntityType.Date, ["fecha nacimiento"] = PiiEntityType.Date,
        ["data de nascimento"] = PiiEntityType.Date, ["data nascimento"] = PiiEntityType.Date, ["data di nascita"] = PiiEntityType.Date,
        ["geburtsdatum"] = PiiEntityType.Date, ["date de naissance"] = PiiEntityType.Date, ["geboortedatum"] = PiiEntityType.Date,
        ["dob patient"] = PiiEntityType.Date, ["patient dob"] = PiiEntityType.Date,
        ["telefono"] = PiiEntityType.Phone, ["teléfono"] = PiiEntityType.Phone, ["celular"] = PiiEntityType.Phone,
        ["telefon"] = PiiEntityType.Phone, ["téléphone"] = PiiEntityType.Phone, ["handy"] = PiiEntityType.Phone,
        ["cell"] = PiiEntityType.Phone, ["cellphone"] = PiiEntityType.Phone, ["mobile no"] = PiiEntityType.Phone,
        ["mobile number"] = PiiEntityType.Phone, ["whatsapp"] = PiiEntityType.Phone,
        ["correo"] = PiiEntityType.Email, ["courriel"] = PiiEntityType.Email,

        // Forms and tables in scripts of their own: name, address and phone in Korean, Japanese, Chinese, Thai, Vietnamese,
        // Malay and Indonesian, Russian, Arabic and Hindi ("| 주소 | 서울특별시 마포구 … |", "| ชื่อ | … |").
        ["이름"] = PiiEntityType.Person, ["성명"] = PiiEntityType.Person, ["氏名"] = PiiEntityType.Person, ["名前"] = PiiEntityType.Person,
        ["姓名"] = PiiEntityType.Person, ["ชื่อ"] = PiiEntityType.Person, ["ชื่อ สกุล"] = PiiEntityType.Person, ["họ tên"] = PiiEntityType.Person,
        ["họ và tên"] = PiiEntityType.Person, ["nama"] = PiiEntityType.Person, ["имя"] = PiiEntityType.Person, ["фио"] = PiiEntityType.Person,
        ["ф.и.о."] = PiiEntityType.Person, ["фамилия"] = PiiEntityType.Person, ["الاسم"] = PiiEntityType.Person, ["नाम"] = PiiEntityType.Person,
        ["주소"] = PiiEntityType.StreetAddress, ["住所"] = PiiEntityType.StreetAddress, ["地址"] = PiiEntityType.StreetAddress,
        ["住址"] = PiiEntityType.StreetAddress, ["ที่อยู่"] = PiiEntityType.StreetAddress, ["địa chỉ"] = PiiEntityType.StreetAddress,
        ["alamat"] = PiiEntityType.StreetAddress, ["адрес"] = PiiEntityType.StreetAddress, ["адреса"] = PiiEntityType.StreetAddress,
        ["العنوان"] = PiiEntityType.StreetAddress, ["عنوان"] = PiiEntityType.StreetAddress, ["पता"] = PiiEntityType.StreetAddress,
        ["연락처"] = PiiEntityType.Phone, ["전화번호"] = PiiEntityType.Phone, ["電話"] = PiiEntityType.Phone, ["电话"] = PiiEntityType.Phone,
        ["手机"] = PiiEntityType.Phone, ["聯絡電話"] = PiiEntityType.Phone, ["联系电话"] = PiiEntityType.Phone, ["เบอร์โทร"] = PiiEntityType.Phone,
        ["điện thoại"] = PiiEntityType.Phone, ["sđt"] = PiiEntityType.Phone, ["телефон"] = PiiEntityType.Phone, ["الهاتف"] = PiiEntityType.Phone,
        ["الجوال"] = PiiEntityType.Phone, ["मोबाइल"] = PiiEntityType.Phone, ["생년월일"] = PiiEntityType.Date, ["生年月日"] = PiiEntityType.Date,
        ["出生日期"] = PiiEntityType.Date, ["ngày sinh"] = PiiEntityType.Date, ["дата рождения"] = PiiEntityType.Date,

        // A vehicle's plate as forms and exports name its field ("kennzeichen=W-48213K", "| Rego | DKL 49P |").
        ["kennzeichen"] = PiiEntityType.LicenseNumber, ["kfz kennzeichen"] = PiiEntityType.LicenseNumber, ["rego"] = PiiEntityType.LicenseNumber,
        ["plate"] = PiiEntityType.LicenseNumber, ["plate no"] = PiiEntityType.LicenseNumber, ["registration no"] = PiiEntityType.LicenseNumber,
        ["placa"] = PiiEntityType.LicenseNumber, ["patente"] = PiiEntityType.LicenseNumber, ["targa"] = PiiEntityType.LicenseNumber,
        ["matrícula"] = PiiEntityType.LicenseNumber, ["matricula"] = PiiEntityType.LicenseNumber, ["gegner kz"] = PiiEntityType.LicenseNumber,

        // An age column: only an age over 89 is masked (see Plausible), as Safe Harbor asks.
        ["age"] = PiiEntityType.Age, ["edad"] = PiiEntityType.Age, ["idade"] = PiiEntityType.Age, ["età"] = PiiEntityType.Age,
        ["alter"] = PiiEntityType.Age, ["âge"] = PiiEntityType.Age, ["leeftijd"] = PiiEntityType.Age,
        ["age yrs"] = PiiEntityType.Age, ["age years"] = PiiEntityType.Age, ["age y"] = PiiEntityType.Age,
        ["age at death"] = PiiEntityType.Age, ["age at admission"] = PiiEntityType.Age, ["age at claim"] = PiiEntityType.Age,
    }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognize(TextScan scan)
    {
        var text = scan.Text;
        if (!text.Contains('\n'))
        {
            return;
        }

        // Lines in order; a block is a run of lines with the same delimiter count, its first (non-rule) line the header.
        var headerStart = -1;
        var headerEnd = -1;
        var delimiter = '\0';
        var delimiters = -1;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
            var lineDelimiter = line.Contains('|') ? '|' : line.Contains('\t') ? '\t' : line.Contains(',') ? ',' : '\0';
            var count = lineDelimiter == '\0' ? 0 : TableText.CellBreaks(line, lineDelimiter);
            if (lineDelimiter == '|')
            {
                MaskLabelledCell(scan, lineStart, line);
            }

            if (lineDelimiter == '\0' || lineDelimiter != delimiter || count != delimiters)
            {
                (headerStart, headerEnd, delimiter, delimiters) = lineDelimiter == '\0' ? (-1, -1, '\0', -1) : (lineStart, lineStart + line.Length, lineDelimiter, count);
            }
            else if (!TableText.IsRuleLine(line))
            {
                MaskRow(scan, text.AsSpan(headerStart, headerEnd - headerStart), lineStart, line, delimiter);
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>
    /// A row of a table of labels and values ("| Address | 23 Jacaranda Ave Lynnwood Pretoria 0081 |", "| Medical aid no |
    /// 301 447 892 |"): two cells, the first a label that names a type as a column's header or a field's key would; the
    /// second is a value of that type. A lone ordinary word is another header ("| Name | Dose |"), not a value.
    /// </summary>
    private static void MaskLabelledCell(TextScan scan, int lineStart, ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(' ');
        if (trimmed.Length < 5 || trimmed[0] != '|' || trimmed[^1] != '|' || trimmed.Count('|') != 3)
        {
            return;
        }

        var offset = lineStart + (line.Length - line.TrimStart(' ').Length) + 1;
        var inner = trimmed[1..^1];
        var bar = inner.IndexOf('|');
        var label = inner[..bar].Trim(' ');
        var value = inner[(bar + 1)..];
        var valueOffset = offset + bar + 1 + (value.Length - value.TrimStart(' ').Length);
        value = value.Trim(' ');
        if (label.IsEmpty || label.Length > 32 || value.IsEmpty || value.Length > MaxCellChars
            || FieldKeywords.TypeOf(label.ToString()) is not { } type || !FieldKeywords.Plausible(type, value))
        {
            return;
        }

        if (type is PiiEntityType.Person or PiiEntityType.City && value.IndexOf(' ') < 0 && value.Length < 24)
        {
            Span<char> lower = stackalloc char[24];
            value.ToLowerInvariant(lower);
            if (OrdinaryWords.Contains(lower[..value.Length]))
            {
                return;
            }
        }

        scan.Add(type, valueOffset, value.Length, 0.8);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MaskRow(TextScan scan, ReadOnlySpan<char> header, int rowStart, ReadOnlySpan<char> row, char delimiter)
    {
        if (!IsHeader(header, delimiter))
        {
            return; // "| Address | Room 3, 9/F, … |" over "| Date | 2024-04-16 |": a table of labels and values, no header row
        }

        var (headerPosition, rowPosition) = (0, 0);
        while (TableText.NextCell(row, delimiter, ref rowPosition, out var offset, out var cellEnd))
        {
            if (!TableText.NextCell(header, delimiter, ref headerPosition, out var headerStart, out var headerEnd))
            {
                return;
            }

            if (ColumnType(header[headerStart..headerEnd]) is not { } type)
            {
                continue;
            }

            // The cell without the spaces and quotes around it.
            var cell = row[offset..cellEnd];
            var leading = cell.Length - cell.TrimStart(" \"'").Length;
            cell = cell.Trim(" \"'");
            if (cell.IsEmpty || cell.Length > MaxCellChars || !Plausible(type, cell))
            {
                continue;
            }

            if (cell.Length <= 32 && (ColumnType(cell) is not null || ContextIdRecognizer.KeywordOf(cell) is not null))
            {
                continue; // "| Member | Mr Sipho Mthembu |\n| Address | …": a label under a label, in a table of labels and values
            }

            scan.Add(type, rowStart + offset + leading, cell.Length, 0.8);
        }
    }

    /// <summary>
    /// Whether a line can be a header: no cell holds a value, that is digits opening it or among several words outside a known
    /// column's name, or more than a header's length ("Address line 1" and "dx_icd10" can head a column; "Room 3, 9/F, Hing
    /// Wah Mansion" and "2024-04-16" cannot).
    /// </summary>
    private static bool IsHeader(ReadOnlySpan<char> header, char delimiter)
    {
        foreach (var range in header.Split(delimiter))
        {
            var cell = header[range].Trim(" \"'");
            if (cell.Length > 40 || (cell.IndexOfAnyInRange('0', '9') >= 0 && ColumnType(cell) is null
                && (char.IsAsciiDigit(cell[0]) || cell.ContainsAny(' ', ',', '/')))) // not "dx_icd10", a column's name with a digit
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A cell worth masking under its column: letters for names and places, a digit for dates and codes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Plausible(PiiEntityType type, ReadOnlySpan<char> cell) => type switch
    {
        PiiEntityType.Person or PiiEntityType.City => cell.IndexOfAnyInRange('0', '9') < 0 && TableText.HasLetter(cell) && !IsPlaceholder(cell),
        PiiEntityType.Date or PiiEntityType.ZipCode => cell.IndexOfAnyInRange('0', '9') >= 0,
        PiiEntityType.Age => FieldKeywords.Plausible(PiiEntityType.Age, cell),
        _ => TableText.HasLetter(cell) || cell.IndexOfAnyInRange('0', '9') >= 0,
    };

    /// <summary>"n/a", "unknown", "-": nothing to mask.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPlaceholder(ReadOnlySpan<char> cell) =>
        cell.Equals("n/a", StringComparison.OrdinalIgnoreCase) || cell.Equals("na", StringComparison.OrdinalIgnoreCase)
        || cell.Equals("none", StringComparison.OrdinalIgnoreCase) || cell.Equals("unknown", StringComparison.OrdinalIgnoreCase)
        || cell.Equals("null", StringComparison.OrdinalIgnoreCase);

    /// <summary>The type a header cell names ("Patient Name", "DOB", "post_code").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static PiiEntityType? ColumnType(ReadOnlySpan<char> header)
    {
        Span<char> buffer = stackalloc char[32];
        var length = TableText.NormalizePhrase(header, buffer);
        return length > 0 && Columns.TryGetValue(buffer[..length], out var type) ? type : null;
    }
}
