using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Hospitals, clinics, police forces and courts are named after places and people: "Royal Infirmary of Edinburgh",
/// "Fakultní nemocnice Brno", "Ankara Şehir Hastanesi", "Meander Medisch Centrum", "Kantonspolizei Graubünden". A person or
/// town candidate that stands in such a name, in one capitalised phrase with the institution's word before or after it,
/// is the institution, not someone's name or home. Asked per candidate, so the cost does not grow with the text.
/// </summary>
internal static class InstitutionNames
{
    // The institution's word, as written in the product's languages (compared in lower case).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = new[]
    {
        "hospital", "hospitals", "infirmary", "clinic", "clinics", "polyclinic", "hospice", "medical", "health", "dentistry",
        "dental", "surgery", "practice", "nemocnice", "nemocnica", "szpital", "kórház", "spital", "spitalul", "ospedale", "policlinico",
        "hôpital", "hopital", "hospitalar", "hospitalario", "hospitalaria", "clínica", "clinica", "clínico", "clinico", "sanatorio",
        "sanatório", "krankenhaus", "klinikum", "klinik", "ziekenhuis", "medisch", "centrum", "sjukhus", "sykehus", "sygehus",
        "haigla", "keskhaigla", "sairaala", "hastanesi", "hastane", "ysbyty", "aou", "asl", "chu", "rsup", "rsud", "puskesmas",
        "vårdcentral", "vårdcentralen", "kantonspolizei", "polizei", "polizeipräsidium", "politie", "commissariat", "comisaría",
        "gendarmerie", "carabinieri", "questura", "police", "court", "tribunal", "viện", "νοσοκομείο", "больница", "лікарня",
        "poliklinika", "bolnica", "bolnišnica", "ligoninė", "slimnīca", "universitetssjukhuset", "universitetssykehus",
        // Insurers, banks and health funds ("Seguros Sierra Madre", "Anadolu Sigorta", "Techniker Krankenkasse").
        "seguros", "seguradora", "sigorta", "sigortası", "krankenkasse", "versicherung", "assurances", "assurance", "mutuelle", "insurance",
        "bank", "banco", "banque", "τράπεζα", "банк",
        // University hospitals by their acronyms ("Amsterdam UMC", "UKC Ljubljana", "UZ Leuven", "CHUV Lausanne").
        "umc", "uz", "ukc", "kbc", "chuv", "hug", "usz", "aiims", "uke", "lmu", "azm",
        // Polish police headquarters ("KMP w Lublinie": Komenda Miejska Policji) and commands.
        "kmp", "kwp", "kpp", "komenda", "komendy", "policji",
        // Police forces and divisions in more languages ("Nordsjællands Politi", "Ikeja Division", "Τμήμα Ασφαλείας Πειραιά"), and
        // savings banks named after their town ("Sparkasse Nürnberg").
        "politi", "polisen", "poliisi", "policía", "policia", "polícia", "polizia", "division", "brigade", "τμήμα", "ασφαλείας",
        "αστυνομίας", "αστυνομικό", "sparkasse", "volksbank", "raiffeisenbank",
        // Indian police stations ("P.S. Koramangala").
        "p.s.",
        // Romanian police in its cases ("din cadrul Poliției Române"), Hungarian and Czech hospitals, German municipal utilities
        // ("Stadtwerke Gießen").
        "poliția", "poliției", "politia", "politiei", "kórháza", "oktatókórház", "nemocnici", "stadtwerke",
        // Companies by their legal form ("Haustechnik Pölzl GmbH", "Hangang BBQ LLC", "Fincas Atlántico S.L.", "Seng Huat Sdn
        // Bhd"); the short forms that are words too ("AG", "AS", "AB", "SA") are left out.
        "gmbh", "llc", "ltd", "llp", "plc", "inc", "srl", "s.l.", "s.a.", "s.r.l.", "s.r.o.", "sdn", "bhd", "tbk", "pvt", "pty", "ltda",
        "fze", "kft", "zrt", "sarl", "s.p.a.", "d.o.o.",
        // Police stations, clinics, courts and offices in more of the product's languages ("Kituo cha Polisi Kilimani", "Balai
        // Polis Seksyen 15", "Çorlu İlçe Emniyet Müdürlüğü", "Κέντρο Υγείας Καλαμπάκας", "Przychodnia Zdrowie w Wieliczce",
        // "Policijska postaja Kaštela", "Obvodné oddelenie PZ Prešov", "centro de salud Los Cármenes", "Juzgado de Garantía de
        // Santiago", "Exekutorský úřad Brno-město", "LKH Wolfsberg", "RS Panti Rapih", "Poli Penyakit Dalam").
        "kituo", "polisi", "balai", "polis", "emniyet", "müdürlüğü", "κέντρο", "υγείας", "przychodnia", "policijska", "postaja",
        "oddelenie", "salud", "saúde", "juzgado", "oficina", "úřad", "lkh", "rs", "poli", "cesfam", "hospitali", "rufaa", "heilsugæslan",
        "heilsugæslunni", "omvd", "одмвр", "омвд", "ру", "гу", "мвд", "поліклініка", "поликлиника", "custody", "station",
        // Places of worship and shopping centres named after a place or a person ("Mrutyunjay Temple", "Masjid Sultan
        // Salahuddin", "Manchester Shopping Centre"). Not "park" nor "church": "Hye-jin Park" is a name, "Christ Church" a parish.
        "temple", "masjid", "mosque", "cathedral", "shopping", "mall",
        // Afrikaans and Hausa hospitals, Québec's Hôtel-Dieu, and emergency medical services ("Worcester Hospitaal", "Asibitin
        // Murtala Muhammad", "Hôtel-Dieu de Lévis", "Holmes County EMS").
        "hospitaal", "asibitin", "asibiti", "hôtel", "ems",
        // Catalan police stations, Kurdish hospitals and Bulgarian centres and hospitals ("Comissaria de Girona", "Nexweşxaneya
        // Zanîngeha Dicle", "Интербалкан Медикал Център").
        "comissaria", "nexweşxaneya", "nexweşxane", "център", "медикал", "болница",
        // Cyprus' and Greece's traffic police ("Τροχαία Λεμεσού"); Bavarian and Slovenian police offices, India's police
        // commissionerates, Polish hospitals in the genitive, Nordic municipalities ("Polizeiinspektion Regensburg Süd",
        // "Policijska uprava Maribor", "Warangal Commissionerate", "Szpitala Uniwersyteckiego", "Aarhus Kommune").
        "τροχαία", "τροχαίας", "polizeiinspektion", "uprava", "commissionerate", "szpitala", "szpitalu", "kommune", "kommun",
        // Belgian police zones and Greek clinics ("Politiezone Antwerpen", "Παθολογική Κλινική").
        "politiezone", "κλινική",
        // Turkmen and Uzbek hospitals ("Mary welaýat köpugurly hassahanasy", "shahar shifoxonasi").
        "hassahanasy", "hassahana", "shifoxonasi", "shifoxona",
        // Physiotherapists, pharmacies, out-of-hours and university clinics, universities and schools named after a place or
        // a person ("Pakuranga Physio", "Apotheek Ootmarsum", "Oslo legevakt", "Semmelweis Egyetem", "Tartu Ülikooli Kliinikum",
        // "Szent-Györgyi Albert Klinikai Központ", "UC Davis", "Fraser Valley Physio").
        "physio", "fysio", "physiotherapy", "fisioterapia", "pharmacy", "pharmacie", "apotheek", "apotheke", "farmacia", "farmácia", "chemists", "chemist",
        "apteka", "lékárna", "eczane", "eczanesi", "legevakt", "legevakten", "legesenter", "egyetem", "központ", "kliinikum",
        "klinikums", "klinikai", "university", "universität", "universidad", "università", "universidade", "université",
        "uniwersytet", "univerzita", "universitet", "universitetet", "ülikool", "ülikooli", "yliopisto", "college", "school", "academy",
        // Services, offices, trusts and foundations ("Royal Flying Doctor Service", "HM Passport Office", "Cochise County Sheriff's
        // Office", "NHS Foundation Trust", "Stichting Voedselbank Nederland"), sheriffs, constabularies and fire services.
        "service", "services", "office", "trust", "foundation", "stichting", "fundación", "fundação", "fondation", "stiftung",
        "sheriff", "constabulary", "fire", "rescue", "ambulance", "refuge",
        // Credit unions and credits, pension funds, takaful operators and banks in more languages ("City of Bridgetown Co-operative Credit
        // Union", "Stanbic IBTC Pensions", "Etiqa Takaful", "Banca Padana Popolare", "Банка Интеза").
        "credit", "pensions", "takaful", "banca", "banka", "банка", "bankası", "banki", "caja", "caixa",
        // Public roads with no house to them ("Stuart Highway", "Hume Hwy", "Faizpur Interchange"); a house on one is a street
        // address, which the address rules read with its number.
        "highway", "hwy", "expressway", "motorway", "freeway", "interchange", "tollway", "turnpike",
        // Tunnels and airports ("Pearson Airport Terminal 3"; not bridges: "Hebden Bridge" is a town); festivals and Sri Lanka's
        // full-moon days ("Chung Yeung Festival", "Heilala Festival", "Vesak Poya").
        "tunnel", "airport", "terminal", "festival", "poya",
        // The NHS's and Ireland's health boards ("NHS Greater Glasgow and Clyde", "NHS Lothian", "HSE South"), South Africa's
        // police stations ("Orlando SAPS"), South Asia's police stations and boards ("Mirpur Model Thana", "Beema Samiti"),
        // German physiotherapy practices, Hausa police offices ("Ofishin 'Yan Sanda na Nassarawa") and Serbian police
        // administrations ("Полицијска управа Нови Сад").
        "nhs", "hse", "saps", "thana", "samiti", "physiotherapie", "ofishin", "управа", "uprava",
        // An organisation's branches and sites named after their district ("Laboratorio Clínico Roe, Sede San Isidro", "unidade
        // Paraíso", "Home Health (Bayamón branch 04)", "SYNLAB Chapinero", "CDT Caguas"), laboratories, and a town's police
        // department ("aurora pd").
        "sede", "unidade", "sucursal", "filial", "branch", "agência", "laboratorio", "laboratório", "laboratoire", "laboratory",
        "labor", "synlab", "cdt", "pd",
        // Hospitals abbreviated, polyclinic groups, midwives' practices, pharmacies, police stations and zones, hospital networks,
        // stations and libraries, and branches and departments in more languages ("Hosp. Calixto García", "Manipal Teaching Hosp",
        // "SingHealth Polyclinics-Bedok", "Aroha Midwifery Collective", "Benu Apteek", "Asker og Bærum politistasjon", "PZ
        // Antwerpen", "ZNA Stuivenberg", "Bahnhof Eupen", "Vasa stadsbibliotek", "poslovnica Riva", "pobočka Žilina", "TTYT Q.Binh
        // Thanh", "Jabatan Ortopedik").
        "hosp", "hosp.", "polyclinics", "midwifery", "apteek", "politistasjon", "politistasjonen", "pz", "zna", "bahnhof", "stadsbibliotek",
        "bibliotek", "library", "poslovnica", "pobočka", "skyrius", "filiale", "ttyt", "jabatan",
        // Public bodies, programmes and firms by their generic nouns in the product's European languages ("Centro Comercial La
        // Cañada", "Mecanismo Especial de Devolução", "Zentrale Notaufnahme", "Oddział Chorób Wewnętrznych", "Servicio de
        // Atención al Cliente", "Cyber Crime Portal", "Victim Support", "Jamaica Constabulary Force"). Not "wing" ("Chan Tai
        // Wing") nor "branch", which are names too, nor "council": Pakistan's union councils are where people live.
        "department", "ministry", "institute", "programme", "program", "agency", "authority", "commission", "bureau",
        "registry", "directorate", "headquarters", "command", "squad", "force", "society", "association", "federation", "board",
        "portal", "scheme", "support", "centre", "center",
        "centro", "comercial", "servicio", "servicios", "departamento", "oficina", "dirección", "ministerio", "secretaría",
        "instituto", "programa", "fondo", "sistema", "registro", "agencia", "autoridad", "comisión", "consejo", "mecanismo",
        "superintendencia", "procuraduría", "fiscalía", "defensoría", "alcaldía", "ayuntamiento", "municipalidad", "tesorería",
        "cooperativa", "asociación", "sociedad", "compañía", "corporación",
        "serviço", "serviços", "secretaria", "ministério", "fundo", "agência", "autoridade", "comissão", "conselho",
        "superintendência", "procuradoria", "defensoria", "prefeitura", "associação", "sociedade", "companhia",
        "département", "direction", "ministère", "institut", "fonds", "système", "registre", "agence",
        "autorité", "conseil", "mécanisme", "préfecture", "mairie", "coopérative", "société", "compagnie", "caisse", "mutualité",
        "servizio", "servizi", "dipartimento", "direzione", "ministero", "istituto", "programma", "agenzia", "autorità",
        "commissione", "consiglio", "prefettura", "società", "azienda", "ufficio",
        "zentrum", "zentrale", "dienst", "abteilung", "ministerium", "programm", "agentur", "behörde", "kommission",
        "verwaltung", "genossenschaft", "verband", "gesellschaft", "notaufnahme", "direktion", "bundesamt", "landesamt",
        "afdeling", "ministerie", "instituut", "agentschap", "autoriteit", "commissie", "gemeente", "coöperatie", "vereniging",
        "maatschappij", "zorginstituut",
        "ośrodek", "oddział", "poradnia", "poradni", "wydział", "urząd", "ministerstwo", "instytut", "fundusz", "agencja", "komisja",
        "spółdzielnia", "stowarzyszenie", "fundacja", "spółka",
        // Jails and prisons, mines, towing firms and supermarkets named after a town or a family ("Utah County Jail", "Mount Isa
        // Mines", "Murphy's Towing"), Slovenian insurers ("Zavarovalnica Sava").
        "jail", "prison", "gaol", "mines", "towing", "supermarket", "hypermarket", "zavarovalnica", "zavarovalnici",
        // Police units in more forces ("Richmond RCMP", "Secția 3 Poliție", "Inspectoratul de Poliție Județean Cluj", "Polrestabes
        // Surabaya", "IPD Cheras", "Basisteam Waterweg", "Commissariaat Zuid") and Vienna's and
        // Portugal's hospitals by their acronyms ("AKH Wien", "ULS São João").
        "rcmp", "secția", "sectia", "secţia", "inspectoratul", "inspectorate", "polres", "polresta", "polrestabes", "polrestro", "polsek", "polda",
        // Insurers in Spanish ("Aseguradora del Plata S.A.").
        "aseguradora",
        "ipd", "basisteam", "commissariaat", "akh", "uls",
        // Ukraine's parliament and supreme court in their cases ("Верховної Ради", "Верховний Суд").
        "верховна", "верховної", "верховній", "верховною", "верховний", "верховного",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A hospital's or clinic's own word, before the comma that precedes its town.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HospitalWords = new[]
    {
        "Hospital", "Clinic", "Infirmary", "Hospice", "Polyclinic", "Hôpital", "Clínica", "Clinica", "Klinik", "Klinikum", "Krankenhaus",
        "Ziekenhuis", "Szpital", "Nemocnice", "Hastanesi", "Sairaala",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Pharmacies and an organisation's sites, named after a saint or a person as often as after a place ("la farmacia Cruz
    // Verde", "Sede San Isidro").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShopWordsBefore = new[]
    {
        "farmacia", "farmácia", "pharmacy", "drogaria", "droguería", "apotheke", "apotheek", "sede", "unidade", "unidad", "sucursal",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A hospital's or clinic's own word, capitalised ("Hospital", "Clínica", "Klinikum").</summary>
    internal static bool IsHospitalWord(ReadOnlySpan<char> word) => HospitalWords.Contains(word);

    // Compounds that end in an institution's word ("Universitetssjukhuset", "Kantonspolizei", "Keskhaigla").
    private static readonly string[] Endings = ["sjukhuset", "sjukhus", "sykehus", "sygehus", "haigla", "sairaala", "polizei", "klinikum", "krankenhaus", "ziekenhuis",
        "kórház", "kórháza", "spital", "klinik", "apotheke", "apotheek"];

    // Words that join the parts of an institution's name ("Royal Infirmary of Edinburgh", "Hospital Clínico Universitario de Valencia").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Joiners = new[]
    {
        "of", "de", "del", "di", "do", "da", "des", "du", "la", "le", "and", "&", "und", "en", "i", "y", "e", "st", "st.",
        // "Klinikum rechts der Isar", "Szpital Uniwersytecki w Krakowie", "Nemocnice na Homolce", "Szpital im. Jana Pawła II".
        "der", "am", "an", "im", "zu", "zum", "zur", "rechts", "links", "w", "we", "v", "ve", "na", "im.",
        // Adjectives written in lower case after the institution's word ("Commissariat central de Lille", "Hôpital général de
        // Montréal", "Policlinico universitario di Roma").
        "central", "centrale", "général", "générale", "general", "municipal", "municipale", "régional", "régionale", "regional",
        "universitaire", "universitario", "universitaria", "provincial", "provinciale", "nacional", "national", "nazionale",
        // Swahili and Slovene ("Kituo cha Polisi Kilimani", "Hospitali ya Rufaa ya Mkoa", "Center za socialno delo").
        "cha", "ya", "wa", "za",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Institution words written in lower case inside a name ("Fakultní nemocnice Brno", "Bệnh viện Bạch Mai").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseWords = new[]
    {
        "nemocnice", "nemocnica", "viện", "sairaala", "bolnica", "bolnišnica", "ligoninė", "slimnīca", "hôpital", "hopital", "clinique",
        "gendarmerie", "police", "politi", "uprava",
        // Pharmacies, an organisation's branches and sites, a town's police department ("la farmacia Cruz Verde", "na unidade
        // Paraíso", "Bayamón branch 04", "aurora pd").
        "farmacia", "farmácia", "pharmacy", "drogaria", "droguería", "branch", "unidade", "unidad", "sede", "sucursal", "pd",
        "poslovnica", "pobočka", "filiale", "politistasjon", "stadsbibliotek", "hosp",
        // Scripts without capitals: hospitals, police stations, health centres and banks in Arabic, Persian, Urdu and Hebrew
        // ("مستشفى راشد", "مركز شرطة الكرادة", "مدينة الشيخ خليفة الطبية", "بیمارستان امام خمینی", "تھانہ گلبرگ").
        "مستشفى", "المستشفى", "مشفى", "مستوصف", "عيادة", "شرطة", "الشرطة", "الطبية", "الطبي", "مؤسسة", "مصرف", "بنك",
        "بیمارستان", "درمانگاه", "کلانتری", "ہسپتال", "تھانہ", "מכבי", "כללית", "מאוחדת",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A role or title between the institution and the span makes the span a person of that institution ("Police Officer
    // Dana Reyes", "Hospital Consultant Dr Amir Khan").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = new[]
    {
        "officer", "constable", "sergeant", "sgt", "sgt.", "detective", "det", "det.", "inspector", "insp", "insp.", "pc", "nurse",
        "doctor", "dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "consultant", "surgeon", "physician",
        "patient", "judge", "sister", "matron", "midwife", "chief", "superintendent", "staff", "manager", "director",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxWords = 5;

    /// <summary>
    /// Whether the span stands in an institution's name: its own words, or the phrase's words on either side.
    /// <paramref name="person"/>: the span was read as a person (a listed full name keeps its reading).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Around(string text, int start, int length, bool person)
    {
        var end = start + length;
        if (RoleBefore(text, start))
        {
            // "RS Dr. Soetomo", "RSUP Dr. Sardjito", "CESFAM Dr. Steeger": a hospital named after a doctor, when the
            // institution's word stands right before the title.
            return InstitutionBeforeRole(text, start);
        }

        // The span's own words ("Ysbyty Glan Clwyd" read as one run).
        for (var i = start; i < end;)
        {
            var wordEnd = WordEnd(text, i, end);
            // "we're out in Branch, St. Mary's Bay": a town of that name; a branch's word names one only after its place.
            if (IsInstitutionWord(text.AsSpan(i, wordEnd - i)) && !text.AsSpan(i, wordEnd - i).Equals("Branch", StringComparison.Ordinal))
            {
                return true;
            }

            i = wordEnd;
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }
        }

        // A full name with a listed given name before the institution's word stays a person, to be safe ("Maria Chen
        // Hospital rounds"): the words after it are not asked.
        var space = text.AsSpan(start, length).IndexOf(' ');
        // A hospital's own word right after the name, capitalised, names the hospital all the same ("drive him to Henry Ford
        // Hospital ED", "John Muir Medical Center").
        // An institution's word right before it names the institution too ("la farmacia Cruz Verde").
        if (person && space > 0 && Lexicon.CuratedFirstNames.Contains(text.AsSpan(start, space)))
        {
            return (end + 2 < text.Length && text[end] == ' ' && HospitalWords.Contains(text.AsSpan(end + 1, WordEnd(text, end + 1, text.Length) - end - 1)))
                || (start >= 2 && text[start - 1] == ' ' && ShopWordsBefore.Contains(TextScan.WordBefore(text, start, 24)));
        }

        // "Mediheal Hospital, Eldoret", "Ruby Hall Clinic, Pune": a town after a hospital's name and a comma is where the
        // hospital stands, no one's home. Only a hospital's or clinic's own word: "Hilltown Court, Lochee" and "Pembina Hwy,
        // Winnipeg" are streets, and the reviewed records mask a police station's town in a letter's address.
        if (!person && start >= 4 && text[start - 1] == ' ' && text[start - 2] == ',')
        {
            var wordStart = start - 2;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart > 0 && text[wordStart - 1] == ' ' && char.IsUpper(text[wordStart])
                && HospitalWords.Contains(text.AsSpan(wordStart, start - 2 - wordStart)))
            {
                return true;
            }
        }

        // Words after it: capitalised words on the same line ("Ankara Şehir Hastanesi", "Baylor Scott & White Medical Center"),
        // not over a joiner ("Jane Doe of Leeds General Infirmary" is a person of the hospital).
        var position = end;
        for (var words = 0; words < MaxWords && position + 1 < text.Length && text[position] == ' '; words++)
        {
            var wordStart = position + 1;
            var wordEnd = WordEnd(text, wordStart, text.Length);
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (word.IsEmpty)
            {
                break;
            }

            if (IsInstitutionWord(word))
            {
                return true;
            }

            // "Avon and Somerset Police", "Asker og Bærum politistasjon": a joined pair of places names one force.
            if (!char.IsUpper(word[0]) && word is not ("&" or "and" or "og" or "och" or "und" or "et" or "y" or "e"))
            {
                break;
            }

            position = wordEnd;
        }

        // Words before it ("Fakultní nemocnice Brno", "Royal Infirmary of Edinburgh", "Kantonspolizei Graubünden"), over an
        // elided article joined to the name ("Hospital Universitari Vall d'Hebron", "Ospedale dell'Angelo").
        position = start;
        if (position >= 3 && text[position - 1] is '\'' or '’')
        {
            var article = position - 1;
            while (article > 0 && char.IsLetter(text[article - 1]) && position - article <= 5)
            {
                article--;
            }

            if (article < position - 1 && text.AsSpan(article, position - 1 - article) is "d" or "l" or "dell" or "dall" or "nell" or "D" or "L")
            {
                position = article;
            }
        }

        for (var words = 0; words < MaxWords && position >= 2 && text[position - 1] == ' '; words++)
        {
            var wordEnd = position - 1;
            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '.' or '&' or '\'' or '’'))
            {
                wordStart--;
            }

            // A word ending a sentence ("Kilimani Police Station. Reportee …") ends the phrase too.
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (word.IsEmpty || Roles.Contains(word))
            {
                break;
            }

            // An abbreviated institution's word keeps its full stop ("P.S. Koramangala").
            if (IsInstitutionWord(word))
            {
                return true;
            }

            if (word.Length > 3 && word[^1] == '.')
            {
                break;
            }

            if (!char.IsUpper(word[0]) && !IsJoiner(word))
            {
                break;
            }

            position = wordStart;
        }

        return false;
    }

    /// <summary>Whether an institution's word stands right before the title that precedes <paramref name="start"/> ("RS Dr. ").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool InstitutionBeforeRole(string text, int start)
    {
        // Only a doctor's title: "Police Officer Dana Reyes" is an officer of the police.
        var title = TextScan.WordBefore(text, start, 15, dots: true);
        return title is "Dr." or "Dr" or "dr." or "Prof." or "Prof"
            && IsInstitutionWord(TextScan.WordBefore(text, start - 1 - title.Length, 40));
    }

    /// <summary>Whether a title or role stands right before <paramref name="start"/> ("Dr. ", "Officer ").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool RoleBefore(string text, int start) =>
        TextScan.WordBefore(text, start, 15, dots: true) is { IsEmpty: false } word && Roles.Contains(word);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WordEnd(string text, int start, int limit)
    {
        var end = start;
        while (end < limit && (char.IsLetter(text[end]) || (text[end] is '.' or '&' && end == start)))
        {
            end++;
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsJoiner(ReadOnlySpan<char> word) => word.Length <= 6 && Joiners.Contains(word);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsInstitutionWord(ReadOnlySpan<char> word)
    {
        // Two letters only as an acronym in capitals ("RS Panti Rapih", "UZ Leuven", "РУ Казанлък").
        if (word.Length is < 2 or > 40 || (word.Length == 2 && !(char.IsUpper(word[0]) && char.IsUpper(word[1]))))
        {
            return false;
        }

        // Written with a capital, as part of a name ("Medical Center", not "medical history"), but for the few languages
        // that write the word in lower case inside the name.
        // "l'hôpital Ibn Sina": the article's elision is no part of the word.
        if (word.Length > 4 && word[1] is '\'' or '’' && word[0] is 'l' or 'L' or 'd' or 'D')
        {
            word = word[2..];
        }

        if (!char.IsUpper(word[0]))
        {
            return LowerCaseWords.Contains(word);
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (Words.Contains(lower))
        {
            return true;
        }

        // Only a long word can be a compound with an institution's word at its end.
        if (lower.Length < 8 || lower[^1] is not ('t' or 's' or 'a' or 'i' or 'm' or 'z' or 'l' or 'k' or 'e'))
        {
            return false;
        }

        foreach (var ending in Endings)
        {
            if (lower.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
