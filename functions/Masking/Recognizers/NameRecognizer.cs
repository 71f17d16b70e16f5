using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Person names from evidence, not from capitalisation alone: runs of capitalised words score by lexicon hits
/// (given and family names), titles and cue words before them ("patient", "Dr.", "my name is"), and lose their
/// score when an eponym follows ("Parkinson's disease"). An unlisted name is still found after a cue.
/// </summary>
internal sealed partial class NameRecognizer : IRecognizer
{
    private static readonly CueSet StrongCues = new(
        "patient", "pt", "customer", "client", "claimant", "insured", "policyholder", "policy holder", "member", "subscriber",
        "beneficiary", "suspect", "witness", "victim", "complainant", "applicant", "account holder", "cardholder", "employee",
        "name", "named", "name is", "name:", "name's", "names", "this is", "i am", "i'm", "dear", "hi", "hello", "thanks", "thank you", "regards",
        "sincerely", "signed", "spouse", "wife", "husband", "partner", "son", "daughter", "mother", "father", "brother",
        "sister", "guardian", "next of kin", "physician", "doctor", "nurse", "provider", "referred by", "attn", "contact",
        "nok", "nok:", "attendant", "emergency contact", "naasbestaande", "seun", "dogter",
        // Malay's call-centre agent and caller ("Ejen: Syafiqah", "Pemanggil: En. Mohd Faizal").
        "ejen", "ejen:", "pemanggil", "pemanggil:", "penanggung jawab", "penanggung jawab:",
        // Dutch "in the name of" before an account's holder ("t.n.v. R. Smit").
        "t.n.v.", "ten name van",
        "attending", "caller", "driver", "rider", "passenger", "officer", "agent", "adjuster", "tenant", "landlord", "owner",
        "resident", "student", "defendant", "plaintiff", "offender", "person", "individual", "mr", "mrs", "ms", "miss", "mx",
        "dr", "prof", "sir", "madam", "detective", "det", "sgt", "sergeant", "constable", "inspector", "judge", "captain",
        "lt", "lieutenant", "rev", "cc", "from:", "to:", "payee", "payer", "sender", "recipient", "debtor", "creditor",
        "borrower", "co-signer", "guarantor", "assessor", "examiner", "clinician", "surgeon", "therapist", "pharmacist",
        "counselor", "counsellor", "caseworker", "case worker", "colleague", "friend", "neighbor", "neighbour", "mr.", "mrs.",
        "ms.", "dr.", "prof.", "by dr", "seen by", "treated by", "reported by", "filed by", "submitted by", "prepared by",
        "approved by", "witnessed by", "arrested", "interviewed", "contacted", "called", "visited", "met with", "spoke with",
        "spoke to", "talked to", "on behalf of", "aka", "a.k.a", "alias", "née", "nee", "solicitor", "lawyer", "attorney",
        "counsel", "advocate", "notary", "executor", "authorises", "authorizes", "authorised", "authorized", "involving",
        "regarding", "re:", "concerning", "child", "kid", "baby", "infant", "grandson", "granddaughter", "grandmother",
        "grandfather", "niece", "nephew", "uncle", "aunt", "cousin", "signatory", "holder", "complainant", "adjuster",
        "examined", "assessed", "treated", "informed", "notified", "emailed", "messaged", "paid", "refunded", "charged",
        "customer:", "patient:", "name -", "client:", "suspect:", "witness:", "victim:", "insured:", "claimant:",
        "party", "third party", "applicants", "sponsor", "cyclist", "pedestrian", "motorist", "referee", "surveyor",
        "informant", "deceased", "decedent", "parent", "carer", "caregiver", "relative", "employer", "manager", "supervisor",
        "coworker", "co-worker", "classmate", "roommate", "flatmate", "stepson", "stepdaughter", "fiancé", "fiancee", "fiance",
        "girlfriend", "boyfriend", "stepfather", "stepmother", "fiancée",
        "widow", "widower", "heir", "executrix", "trustee", "claimants", "suspects", "witnesses", "victims", "patients",
        "members", "customers", "clients", "between", "subject", "strike", "struck", "assault on", "assaulted", "reviewed",
        "seen today", "record check on", "check on", "visited by", "contact", "ask", "tell", "told", "met",
        "surname", "forename", "forenames", "first name", "last name", "given name", "family name", "full name", "maiden name",
        "middle name", "surname:", "forename:", "first name:", "last name:", "full name:",
        // Introductions and agents' greetings in Malay and Indonesian, Spanish, Hausa and Yoruba, and Tagalog's personal
        // article after "I"/"my" ("saya Hafiz", "le atiende Javiera", "sunana Hauwa", "anak ko si Jomar", "ako po si …").
        // India's police ranks and the investigating officer ("IO: PSI Manjunath H.R.", "SHO Rakesh Kumar").
        "psi", "asi", "sho", "io", "io:", "s.i.", "a.s.i.",
        // Yoruba's wife, husband and child ("ìyàwó rẹ̀ Fúnmiláyọ̀").
        "ìyàwó", "ìyàwó rẹ̀", "ìyàwó mi", "ọkọ mi", "ọkọ rẹ̀", "ọmọ mi",
        "saya", "nama saya", "le atiende", "te atiende", "sunana", "orúkọ mi ni", "ko si", "po si", "ako si", "cuz", "hubby",
        // Relatives and friends, and "I am" / an agent's "this is" in more languages ("zona Bożena", "syna Marka", "sūnus Mindaugas",
        // "germana Montse", "sorella Rosaria", "tytär Riikka", "внучката ми Деси", "Ja sam Nemanja", "dengan Rina", "fala Uxía",
        // "λέγομαι Δέσποινα", "my aunty Huia", "his mate Jacinta", "ma loon Gregor", "don Lucho").
        "żona", "zona", "syna", "córka", "córki", "sūnus", "dukra", "germana", "germà", "sorella", "fratello", "figlio", "figlia",
        "tytär", "poika", "vaimo", "vaimoni", "mieheni", "tyttäreni", "poikani", "äiti", "äitini", "isä", "isäni", "moglie", "marito",
        "hija", "hijo", "esposa", "esposo", "marido", "filha", "filho", "épouse", "fils", "fille", "sohn", "tochter", "ehefrau",
        "ehemann", "zoon", "dochter", "echtgenote", "syn", "mąż", "suami", "isteri", "istri", "dotter", "hustru", "sønn", "datter",
        "kone", "søn", "nanay", "tatay", "asawa", "mke", "mume", "внучката", "внук", "внучка", "ja sam", "ја сам", "dengan", "fala", "λέγομαι", "aunty", "koro",
        "mate", "loon", "quine", "don", "doña", "hermana", "hermano", "irmã", "irmão", "umzukulu",
        // Roles before a first name ("your broker Reshma", "the handler Tom"), and nicknames without quotes after the words that
        // give them ("everyone calls him Bubba", "me dicen Lupita", "akiitwa Chizi", "qu'on appelle Zidane", "weh dem call Bigga").
        "broker", "handler", "consultant", "representative", "coordinator", "midwife", "physiotherapist", "dentist",
        // Tamil and Telugu family words in Indian English chat ("amma Lakshmi", "appa Raghavan").
        "amma", "appa", "ammamma", "paati", "thatha",
        "calls him", "calls her", "call him", "call her", "called him", "known as", "known locally as", "me dicen", "le dicen",
        "le decían", "akiitwa", "anaitwa", "qu'on appelle", "on l'appelle", "chama de", "dem call", "they cry",
        // "Client: Tamati Walker (goes by Tam)", "everybody does call me Bunny", Croatian "zvani Mare", Spanish "apodado".
        "goes by", "go by", "call me", "calls me", "zvani", "zvana", "apodado", "apodada", "nicknamed", "saved as",
        // Relatives in Malagasy, Igbo, Kyrgyz, Ukrainian, Czech and Greek ("ny vadiko Voahangy", "Nwunye m Adaeze", "күйөөм
        // Азамат", "чоловіку Андрію", "s dcerou Natálií", "γιος Νίκος").
        "vadiko", "vadiny", "zanako", "nwunye m", "di m", "nwa m", "küyöөm", "күйөөм", "аялым", "уулум", "кызым", "чоловік", "чоловіку",
        "чоловіка", "дружина", "дружині", "сину", "донька", "доньці", "dcerou", "dcera", "synem", "manželkou", "manželem",
        // Czech's and Slovak's wife, husband, daughter and son as the object of "contact" ("kontakt na manželku Janu").
        "manželku", "manžela", "manželka", "manžel", "dceru", "syna", "manželke", "manželovi",
        "γιος", "κόρη", "σύζυγος", "σύζυγο",
        // Greek's possessive after the relative ("με τον σύζυγό μου Νίκο Αντωνίου", "η κόρη μου Ελένη").
        "σύζυγό μου", "σύζυγος μου", "συζύγου μου", "γιος μου", "γιο μου", "κόρη μου", "αδερφός μου", "αδερφή μου", "μητέρα μου", "πατέρας μου",
        // Relatives in Basque, Haitian Creole, Kurmanji and Azerbaijani, a household's helper, and Hausa's "we call him"
        // ("emaztea, Miren", "sè m Magalie", "kurê wê Berzan", "qardaşım Tural Hüseynov", "domestic helper Marites",
        // "muna ce masa Ameer").
        "emaztea", "senarra", "semea", "alaba", "sè m", "frè m", "manman m", "papa m", "pitit mwen", "mari m", "madanm mwen",
        "kurê wê", "kurê min", "keça wê", "keça min", "jina min", "mêrê min", "qardaşım", "bacım", "oğlum", "qızım",
        "həyat yoldaşım", "helper", "domestic helper", "maid", "nanny", "muna ce masa", "ana ce masa", "responsável",
        // Galician son, daughter, wife and husband ("O meu fillo Antón ía no asento de atrás"); Flemish and Swedish neighbours
        // and siblings, the Czech wife and husband, and Polish "alias" ("Mijn gebuur Wim", "min bror Oskar", "Manželka Lenka",
        // "ps. Lisek").
        "fillo", "filla", "muller", "home dela", "gebuur", "min bror", "min syster", "min fru", "min man", "manželka", "manžel", "ps.",
        // "is called" in the Nordic languages, German, Dutch, Romance and Slavic ones, a Norwegian or Danish partner and a Latvian
        // neighbour ("samboer heter Øystein", "er heißt Jonas", "se llama Lupe", "kaimiņu Edgaru").
        "heter", "hedder", "heißt", "heisst", "heet", "se llama", "si chiama", "s'appelle", "se chama", "chama-se", "jmenuje se",
        "nazywa się", "samboer", "samboeren min", "sambo", "kaimiņu", "kaimiņš", "kaimiņiene",
        // A bank's or a clinic's adviser and nurse in Spanish and Portuguese ("la asesora Milagros", "c/ enf. Cláudia"), Hindi's and
        // Urdu's brother, sister and child ("pt ka bhai Adnan"), and Cebuano's "that is" before a name ("amahan nga si Rolando").
        "la asesora", "el asesor", "mi asesora", "mi asesor", "enf.", "enfermeira", "bhai", "behen", "bhabhi", "nga si",
        // Parties to a statement and forms of address in the product's other languages.
        // Estonian's guilty party, victim and witness ("Süüdlane Andrus Pihlakas tunnistas süüd"); the parties of Indonesian and
        // Malaysian police reports, whose names are often in capitals ("Pelapor: DEWI KARTIKA SARI", "Nama Pengadu: NOR HASLINDA");
        // the account holder's name a Brazilian Pix shows ("apareceu o nome WELLINGTON S DE JESUS").
        "süüdlane", "kannatanu", "tunnistaja", "pelapor", "terlapor", "pengadu", "nama pengadu", "saksi", "korban", "o nome",
        "getuige", "aangever", "aangeefster", "verdachte", "slachtoffer", "zeuge", "zeugin", "anzeigeerstatter", "anzeigeerstatterin",
        "geschädigter", "geschädigte", "beschuldigter", "beschuldigte", "témoin", "victime", "plaignant", "plaignante", "testigo",
        "víctima", "denunciante", "testimone", "vittima", "świadek", "poszkodowany", "poszkodowana", "jestem", "nazywam się",
        "sono", "mi chiamo", "me llamo", "je m'appelle", "ich bin", "ik ben", "chamo-me", "meu nome é", "landlady", "details:",
        "ονομάζομαι", "με λένε", "naitwa", "jina langu ni", "меня зовут", "мене звати", "ich heiße", "mi nombre es", "nama saya",
        "dra", "dra.", "sra", "sra.", "sr.", "sig.", "sig.ra", "pani", "pan", "dhr.", "mevr.",
        // Form labels that allow several: "Forename(s): Olusegun" (the closing bracket is read as trailing punctuation).
        "forename(s)", "first name(s)", "given name(s)", "surname(s)", "name(s)",
        // Forms of address in other languages.
        "herr", "frau", "pacjent", "pacjentka", "paciente", "patientin", "señor", "señora", "sra", "srta", "mme", "mlle",
        "monsieur", "madame", "signor", "signora", "dott", "mevrouw", "meneer", "mevr", "dhr",
        // Account holders and name labels in other languages.
        "kontoinhaber", "kontoinhaberin", "inhaber", "inhaberin", "titular", "titulaire", "intestatario", "intestataria",
        "rekeninghouder", "patiënt", "nachname", "vorname", "nom", "prénom", "nombre", "apellidos", "cognome", "naam",
        // Letters end with a greeting before the signature; a list of children names them.
        "groet", "groeten", "grüße", "grüßen", "gruß", "cordialement", "saludos", "saluti", "atenciosamente", "pozdrawiam",
        "hälsningar", "hilsen", "mvh", "salutations", "children", "kids", "sons", "daughters",
        // Parties, patients and titles in Czech, Greek, Hungarian, Turkish and the Nordic languages.
        "mudr", "mudr.", "mvdr", "judr", "mgr", "mgr.", "pacient", "pacientka", "svědek", "poškozený", "poškozená",
        "μάρτυρας", "ασθενής", "κ.", "κα", "κος", "κυρία", "κύριος", "feljelentő", "szerződő", "sértett", "beteg", "tanú",
        "gyanúsított", "biztosított", "sigortalı", "tanık", "şüpheli", "pasient", "potilas", "fornærmede", "vitne", "mistenkte",
        "forsikringstaker", "vittne", "målsägande", "patient:", "reportee", "eşim", "assistito", "assistita", "pareiškėjas",
        "pareiškėja", "pacientė", "pacientas", "vidne", "nabo", "vinovat", "andmed", "helo", "klient", "tjónþoli", "known as",
        "know as", "aizturētais", "осумњичени", "клиент", "пациент", "свидетел", "заявител", "оштећени", "anzeigenerstatterin",
        "anzeigenerstatter", "cheers", "üdvözlettel", "conhecido por", "conocido como", "bekannt als", "δικαιούχος", "dott.ssa",
        "hasta", "dependants", "dependents", "nan", "nana", "gran", "granny", "grandma", "grandad",
        // Roles before a name in statements, claims and forms, as form labels too ("Versicherungsnehmer: Ole-Friedrich Hinrichsen").
        "shopkeeper", "cashier", "landlady", "guard", "teacher", "paramedic", "midwife", "firefighter", "receptionist",
        "versicherungsnehmer", "versicherungsnehmerin", "fahrer", "fahrerin", "halter", "halterin", "antragsteller",
        "antragstellerin", "kontoinhaber", "kontoinhaberin", "todistaja", "epäilty", "asianomistaja", "ilmoittaja", "potilas",
        "vakuutettu", "kuljettaja", "vittne", "målsägande", "misstänkt", "anmälare", "försäkringstagare", "förare", "vitne",
        "fornærmede", "mistenkt", "anmelder", "forsikringstaker", "sjåfør", "vidne", "forurettede", "verzekeringnemer",
        "bestuurder", "conducteur", "conductrice", "souscripteur", "conductor", "titular", "denunciado",
        "contraente", "conducente", "kierowca", "ubezpieczony", "zgłaszający", "sürücü", "sigortalı", "tanık", "şüpheli",
        "müşteri", "μάρτυρας", "ασφαλισμένος", "οδηγός", "ασθενής", "svědek", "pojištěný", "řidič",
        // Sons and daughters, a maiden name and nicknames in the product's other languages ("votre fille, Clémence", "mi hijo
        // Emiliano", "geb. Kuznezowa", "sous le surnom de Kader", "zis „Bebe”").
        "fille", "fils", "hijo", "hija", "figlio", "figlia", "sohn", "tochter", "zoon", "dochter", "syn", "córka", "filho", "filha",
        "geb", "surnom", "surnom de", "zis", "apodado", "apodada", "alias de", "genannt", "detto", "detta", "vulgo",
        // Thanks and labels of parties in the product's other languages ("Tack Nils-Erik", "Pacientă: …", "Ügyfél: …").
        "tack", "takk", "danke", "merci", "gracias", "grazie", "obrigado", "obrigada", "kiitos", "bedankt", "köszönöm", "dziękuję",
        "děkuji", "hvala", "mulțumesc", "teşekkürler", "ευχαριστώ", "pacientă", "petent", "petentă", "asigurat", "asigurată", "martor",
        "páciens", "povzročitelj", "oškodovanec", "zavarovanec", "priča", "pacijent", "osiguranik", "svjedok", "prijavitelj",
        "poistený", "svedok", "poškodený", "personne à prévenir", "conjoint", "conjointe",
        "époux", "épouse", "esposo", "esposa", "marido", "coniuge", "marito", "moglie",
        // Family and friends as chat names them, in the product's markets ("abuela Encarni", "mi mamá Lupita", "tia Rosângela",
        // "lola Conching", "Az unokám, Bence", "mon frère Hichem", "mi bredda Cutty", "dottoressa Bellandi", "ahoj Péťo").
        "abuela", "abuelo", "mamá", "papá", "tía", "tia", "tío", "tio", "lola", "lolo", "tita", "tito", "kuya", "unokám", "unokám,",
        "frère", "sœur", "soeur", "bredda", "sistren", "pastor", "dottoressa", "dottore", "ahoj", "roommate", "housemate",
        // Parents as chat names them, and relations in Portuguese, Spanish, French and the Nordic languages ("my mam Bríd",
        // "minha sobrinha Thaís", "moi c'est Sylvain", "sønnen min Sindre").
        "mam", "mammy", "mum", "mom", "mummy", "mommy", "mama", "dad", "daddy", "sobrinha", "sobrinho", "sobrina", "sobrino", "neta",
        "neto", "nieta", "nieto", "irmã", "irmão", "hermana", "hermano", "mãe", "nièce", "neveu", "mère", "père", "cunhada",
        "cunhado", "cuñada", "cuñado", "moi c'est", "c'est moi", "sønnen min", "datteren min", "dattera mi", "mannen min", "kona mi",
        "søsteren min", "broren min", "min søn", "min datter", "min kone", "min mand", "min son", "min dotter", "min fru", "min man",
        "sonen min", "dottern min"
    );

    private static readonly CueSet AfterCues = new(
        "born", "dob", "(dob", "d.o.b", "date of birth", "aged", "age", "was admitted", "was arrested", "was seen", "was discharged",
        "reported", "called", "states", "stated", "said", "as next of kin", "as guardian", "as beneficiary", "as emergency contact",
        "as her", "as his", "(patient)", "(suspect)", "(witness)", "(insured)", "(claimant)", "(customer)",
        "passed away", "died", "was born", "was injured", "was hospitalised", "was hospitalized",
        "was interviewed", "was treated", "signed", "testified", "complained", "alleged"
    );

    private static readonly CueSet WeakCues = new("by", "with", "for", "to", "from", "and", "or", "cc", "of");

    private static readonly HashSet<string> EponymNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "disease", "syndrome", "palsy", "sign", "test", "law", "lymphoma", "sarcoma", "ulcer", "fracture", "phenomenon",
        "criteria", "scale", "score", "maneuver", "manoeuvre", "reflex", "node", "anemia", "anaemia", "method", "index",
        "equation", "formula", "triad", "cyst", "tumor", "tumour", "ataxia", "dementia", "contracture", "procedure", "effect",
        "anomaly", "classification", "staging", "chorea", "position", "incision", "catheter", "tube",
        // The word for disease or syndrome after the eponym in other languages ("Behçet hastalığı", "Crohn-Krankheit" apart).
        "hastalığı", "hastaligi", "sendromu", "krankheit", "ziekte", "sjukdom", "sykdom", "sygdom", "tauti", "betegség", "nemoc",
        // A grading system's grade ("Wagner grade 2", Malay "Wagner gred 2").
        "grade", "gred",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EponymNounLookup = EponymNouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> EponymSurnames = new(StringComparer.Ordinal)
    {
        "Parkinson", "Alzheimer", "Hodgkin", "Crohn", "Down", "Huntington", "Addison", "Cushing", "Graves", "Hashimoto",
        "Tourette", "Asperger", "Bell", "Raynaud", "Sjogren", "Sjögren", "Kaposi", "Wilms", "Ewing", "Burkitt", "Paget",
        "Guillain", "Barre", "Barré", "Kawasaki", "Marfan", "Meniere", "Ménière", "Lyme", "Epstein", "Barr", "Apgar",
        "Glasgow", "Gleason", "Heimlich", "Whipple", "Foley", "Swan", "Ganz", "Babinski", "Korsakoff", "Wernicke", "Munchausen",
        "Stevens", "Johnson", "Tay", "Sachs", "Lou", "Gehrig", "Bright", "Hirschsprung", "Legionnaires", "Reye", "Turner",
        "Klinefelter", "Angelman", "Prader", "Willi", "Ehlers", "Danlos", "Fanconi", "Gaucher", "Niemann", "Pick", "Wilson",
        "Osgood", "Schlatter", "Dupuytren", "Baker", "Colles", "Achilles", "Fallot", "Tetralogy", "Westley", "Sever",
        "Wagner",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EponymSurnameLookup = EponymSurnames.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The ranks of other markets' forces come from RanksBeforeNames, which also leaves them out of the name's span.
    private static readonly HashSet<string> Titles = new(RanksBeforeNames.NameCues, StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Dra", "Sr", "Sig", "Pani", "Pan", "Dhr", "Mevr", "Sir", "Dame", "Rev", "Officer", "Detective", "Det", "Sgt",
        // Police ranks before an officer's name ("Recorded by Cpl. A. Grizzle #12877", "Agte. Luis Vázquez", "Cst. Boateng").
        "Cpl", "Corporal", "Cst", "Insp", "Agte", "Sargento", "Cabo",
        // Malay's Mr and Mrs ("En. Mohd Faizal", "Pn. Rosnah").
        "En", "Pn",
        "Sergeant", "Constable", "Agent", "Nurse", "Judge", "Captain", "Lt", "Lieutenant", "Inspector", "Patient", "Customer",
        "Client", "Claimant", "Suspect", "Witness", "Victim", "Member", "Dear", "Hi", "Hello", "Hey", "Thanks", "Attn", "Insured",
        "Helo", "Hej", "Hallo", "Hola", "Smt", "Shri", "Sri", "Pacientas", "Pacientė", "Pacient", "Pacjent", "Klient", "Pasient", "Hasta",
        "Beneficiary", "Subscriber", "Doctor", "Regards", "Sincerely", "Cc", "Policyholder", "Complainant", "Solicitor",
        "Applicant", "Defendant", "Plaintiff", "Adjuster", "Guardian", "Caller", "Driver", "Passenger", "Tenant", "Landlord",
        "Owner", "Resident", "Employee", "Cardholder", "Payee", "Sender", "Recipient", "Borrower", "Guarantor", "Lawyer",
        "Attorney", "Counsel", "Executor", "Signatory", "Holder", "Kin", "Mother", "Father", "Partner", "Spouse", "Wife",
        "Husband", "Son", "Daughter", "Brother", "Sister", "Grandmother", "Grandfather", "Uncle", "Aunt", "Cousin", "Niece",
        "Nephew", "Subject", "Carer", "Parent", "Child", "Friend", "Neighbour", "Neighbor", "Colleague", "Sponsor", "Informant",
        "Cyclist", "Pedestrian", "Motorist", "Rider", "Pillion", "Deceased", "Applicant", "Applicants", "Party", "Contact", "Mr.", "Mrs.",
        "Herr", "Frau", "Pacjent", "Pacjentka", "Paciente", "Patientin", "Señor", "Señora", "Sra", "Srta", "Mme", "Mlle",
        "Monsieur", "Madame", "Signor", "Signora", "Dott", "Mevrouw", "Meneer", "Mevr", "Dhr",
        // Parties and roles written before a name in statements and forms in other languages ("Der Zeuge Emre Yıldız").
        "Zeuge", "Zeugin", "Beschuldigter", "Beschuldigte", "Geschädigter", "Geschädigte", "Anzeigeerstatter", "Anzeigeerstatterin",
        "Versicherter", "Versicherte", "Mitarbeiter", "Mitarbeiterin", "Getuige", "Aangever", "Aangeefster", "Verdachte", "Slachtoffer",
        "Medewerker", "Werknemer", "Témoin", "Victime", "Plaignant", "Plaignante", "Testigo", "Víctima", "Denunciante", "Asegurado",
        "Asegurada", "Tomador", "Tomadora", "Testimone", "Vittima", "Assistito", "Assistita", "Świadek", "Poszkodowany", "Poszkodowana",
        "Vítima", "Segurado", "Segurada", "Pacienta", "Pacientka", "Žadatel", "Žadatelka", "Poškozený", "Poškozená",
        // Letter salutations ("Dear") of the languages that decline the name after them.
        "Szanowny", "Szanowna", "Szanowni", "Vážený", "Vážená", "Vážení", "Αγαπητέ", "Αγαπητή", "Αξιότιμε", "Αξιότιμη",
        "Шановний", "Шановна", "Шановні", "Уважаемый", "Уважаемая",
        // Roles before a name in statements, claims and forms ("Shopkeeper Tariq Mehmood", "Todistaja: Riikka Peltonen").
        "Shopkeeper", "Cashier", "Landlady", "Guard", "Teacher", "Paramedic", "Midwife", "Firefighter", "Receptionist",
        "Versicherungsnehmer", "Versicherungsnehmerin", "Fahrer", "Fahrerin", "Halter", "Halterin", "Antragsteller",
        "Antragstellerin", "Kontoinhaber", "Kontoinhaberin", "Todistaja", "Epäilty", "Asianomistaja", "Ilmoittaja", "Potilas",
        "Vakuutettu", "Kuljettaja", "Vittne", "Målsägande", "Misstänkt", "Anmälare", "Försäkringstagare", "Förare", "Vitne",
        "Fornærmede", "Mistenkt", "Anmelder", "Forsikringstaker", "Sjåfør", "Vidne", "Forurettede", "Verzekeringnemer",
        "Bestuurder", "Assuré", "Assurée", "Conducteur", "Conductrice", "Souscripteur", "Conductor", "Titular", "Denunciado",
        "Contraente", "Conducente", "Kierowca", "Ubezpieczony", "Zgłaszający", "Sürücü", "Sigortalı", "Tanık", "Şüpheli",
        "Müşteri", "Μάρτυρας", "Ασφαλισμένος", "Οδηγός", "Ασθενής", "Svědek", "Pojištěný", "Řidič",
        // Lawyers' titles ("RA Friedemann Zorn": Rechtsanwalt; "адв." in Bulgarian).
        "RA", "адв",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "van", "von", "der", "den", "da", "di", "del", "della", "dos", "das", "du", "la", "le", "bin", "bint", "ibn", "al", "el", "ter", "ten", "y",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognize(TextScan scan)
    {
        var text = scan.Text;
        var words = new List<(int Start, int End)>(8);
        var segment = new List<(int Start, int End)>(8);
        var i = 0;
        while (i < text.Length)
        {
            // Jump (vectorised) to the next character that could start a name: an ASCII capital or any non-ASCII letter.
            // An ASCII-only search (fully vectorised) stops at capitals and at any non-ASCII character; only the
            // latter need the full set.
            var next = text.AsSpan(i).IndexOfAnyExcept(NotAsciiCapitals);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (text[i] >= 128 && !PossibleCapitals.Contains(text[i]))
            {
                i++;
                continue;
            }

            if (!IsNameStart(text, i))
            {
                i++;
                continue;
            }

            var run = ReadRun(text, i, words);
            ScoreRun(scan, run, segment);
            i = run[^1].End;
        }

        RecognizeLowerCaseSelfIntroductions(scan, SelfIntroductions);
        RecognizeLowerCaseSelfIntroductions(scan, RelationsAndTitles);
        RecognizeLowerCaseChatNames(scan);
        RecognizeVietnameseKinNames(scan);
        RecognizeUpperCaseChineseNames(scan);
        if (scan.HasNonAscii && scan.Text.AsSpan().IndexOfAnyInRange('\u3041', '\u3096') >= 0)
        {
            RecognizeKanaNameReadings(scan);
        }
        if (scan.IsLowerCaseChat)
        {
            RecognizeLowerCaseSelfIntroductions(scan, LowerCaseChatIntroductions);
            RecognizeLowerCaseFullNames(scan);
        }

        if (scan.Text.Contains(':'))
        {
            RecognizeUncapitalisedLabelledNames(scan);
        }

        if (scan.Text.Contains("(a)", StringComparison.Ordinal))
        {
            RecognizeNamesAfterEitherSexTitle(scan);
        }

        RecognizeSpelledOutValues(scan);
        if (scan.HasNonAscii && scan.Text.Contains('.'))
        {
            RecognizeCyrillicInitialledNames(scan);
        }

        if (scan.Text.Contains("ngu", StringComparison.Ordinal))
        {
            RecognizeNguniCopulaNames(scan);
        }

        RecognizeNicknamesBeforeRealNames(scan);
        if (scan.HasDigit)
        {
            RecognizeNamesAfterServiceNumbers(scan);
        }
        if (scan.Text.AsSpan().IndexOfAny(OpeningQuotes) >= 0)
        {
            RecognizeQuotedNicknames(scan);
        }

        RecognizeUnquotedNicknames(scan);
        RecognizeCapitalisedPayees(scan);
        if (scan.HasDigit)
        {
            RecognizeHoldersAfterAccounts(scan);
        }

        RecognizeLowerCasePatronymicNames(scan);

        if (scan.Text.Contains(" speaking", StringComparison.Ordinal))
        {
            RecognizeSpeakingAgents(scan);
        }

        RecognizeLowerCaseSignOff(scan);
        RecognizeCapitalisedSignOff(scan);
        if (scan.Text.Contains('\n'))
        {
            if (scan.Text.Contains('?'))
            {
                RecognizeAnswersToNameQuestions(scan);
            }

            RecognizeAnswersToNameRequests(scan);
        }
    }

    /// <summary>
    /// A full name typed in lower case with no cue before it ("… prescription ready for collection tmrw, kavita sharma", "die
    /// tochter von hildegard schmitz"): a listed given name followed by a listed family name, neither of them an ordinary
    /// word ("will smith" and "mark brown" stay) nor a word that is never a name. Asked only in text typed in lower case,
    /// where capitals cannot tell a name apart; there a pair of listed names is rarely anything else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeLowerCaseFullNames(TextScan scan)
    {
        var text = scan.Text;
        Span<char> buffer = stackalloc char[24];
        var given = -1;
        var givenEnd = -1;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLower(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '\'' or '’' or '@' or '.' or '/' or '_')))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsLower(text[end]) || (text[end] is '\'' or '’' or '-' && end + 1 < text.Length && char.IsLower(text[end + 1]))))
            {
                end++;
            }

            var wordEnds = end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '@' or '_' or '/');
            if (wordEnds && given >= 0 && givenEnd == i - 1 && text[givenEnd] == ' ' && IsListedFamilyName(text.AsSpan(i, end - i), buffer))
            {
                scan.Add(PiiEntityType.Person, given, end - given, 0.7);
                given = -1;
            }
            else if (wordEnds && end - i >= 3 && IsListed(text.AsSpan(i, end - i), Lexicon.FirstNames, buffer) && !OrdinaryWords.Contains(text.AsSpan(i, end - i)))
            {
                given = i;
                givenEnd = end;
            }
            else
            {
                given = -1;
            }

            i = end;
        }
    }

    /// <summary>A lower-case family name as the list spells it, "mcnamara" and "o'donoghue" with their inner capital too.</summary>
    private static bool IsListedFamilyName(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length < 3 || word.Length > buffer.Length || OrdinaryWords.Contains(word))
        {
            return false;
        }

        if (IsListed(word, Lexicon.LastNames, buffer))
        {
            return true;
        }

        var inner = word.StartsWith("mc") ? 2 : word.StartsWith("mac") ? 3 : word.Length > 3 && word[1] is '\'' or '’' ? 2 : -1;
        if (inner < 0 || inner >= word.Length)
        {
            return false;
        }

        // After a listed given name, "mc…" and "o'…" of five letters or more are family names by their shape alone ("nora
        // mcnally", "kieran o'donoghue"): no English word is written so.
        return IsListedWithInnerCapital(word, inner, buffer) || (inner == 2 && word.Length >= 5);
    }

    /// <summary>
    /// Whether a lower-case word, with its first letter and the one at <paramref name="inner"/> capitalised in
    /// <paramref name="buffer"/>, is a listed family name ("mcnulty" as "McNulty", "o'donoghue" as "O'Donoghue").
    /// </summary>
    internal static bool IsListedWithInnerCapital(ReadOnlySpan<char> word, int inner, Span<char> buffer)
    {
        if (word.Length > buffer.Length || inner >= word.Length)
        {
            return false;
        }

        word.CopyTo(buffer);
        buffer[0] = char.ToUpperInvariant(buffer[0]);
        buffer[inner] = char.ToUpperInvariant(buffer[inner]);
        return Lexicon.LastNames.Contains(buffer[..word.Length]);
    }

    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KinWords = new[]
    {
        "son", "daughter", "wife", "husband", "partner", "girlfriend", "boyfriend", "brother", "sister", "mother", "father", "mum",
        "mom", "dad", "grandson", "granddaughter", "niece", "nephew", "cousin", "uncle", "aunt", "stepson", "stepdaughter", "fiancé",
        "fiancée",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// An agent's name as a call opens ("AXA Mansard, good afternoon, Tobi speaking.", "this is Ama speaking"): a capitalised
    /// word before "speaking" after a comma or "this is", that is no English word unless a list holds it as a given name.
    /// </summary>
    private static void RecognizeSpeakingAgents(TextScan scan)
    {
        var text = scan.Text;
        for (var at = text.IndexOf(" speaking", StringComparison.Ordinal); at > 0; at = text.IndexOf(" speaking", at + 1, StringComparison.Ordinal))
        {
            var start = at;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’' or '-'))
            {
                start--;
            }

            var word = text.AsSpan(start, at - start);
            if (word.Length < 2 || !char.IsUpper(word[0]) || word[1..].ContainsAnyInRange('A', 'Z')
                || (IsOrdinaryCapitalised(word) && !Lexicon.FirstNames.Contains(word)))
            {
                continue;
            }

            var before = text.AsSpan(0, start).TrimEnd(' ');
            if (before.EndsWith(",") || before.EndsWith("this is", StringComparison.OrdinalIgnoreCase) || before.EndsWith("it's", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("I'm", StringComparison.Ordinal))
            {
                scan.Add(PiiEntityType.Person, start, at - start, 0.8);
            }
        }
    }

    // ASCII's apostrophe opens a quote too ("(prefers 'Fi')", "được gọi là 'Tí Đen'"); a cue must still stand near it.
    // Ethiopic writing doubles the single angle quotes ("‹‹ጆኒ›› ተብሎ የሚጠራ").
    private static readonly System.Buffers.SearchValues<char> OpeningQuotes = System.Buffers.SearchValues.Create("\"“„«‘'‹");

    // Words before a nickname in quotes: "known only as", "call him", "goes by", and their kin in the product's languages
    // ("den seine Begleiterin „Flo“ nannte", "„Zoli”-nak szólította", "zvao \"Šime\"", "на прізвисько «Бобер»").
    private static readonly string[] NicknameCues =
    [
        "known as", "known only as", "know as", "know only as", "know him as", "know her as", "call him", "call her", "called him", "called her", "calls him", "calls her", "called", "goes by",
        "go by", "nickname", "nicknamed", "aka", "a.k.a", "alias", "named", "name is", "genannt", "nannte", "nennt", "spitzname",
        "szólította", "becenev", "zvao", "zvala", "zvali", "nadimak", "nadimkom", "надимак", "надимком", "прозвани", "прозван", "крикнул", "кричал", "звал", "звали", "кличк",
        "прозвищ", "прізвиськ", "кликал", "kalte", "kalla", "kaldt", "kallad", "kallade", "kaldte", "chamado", "chamava", "apelido",
        "vulgo", "llamado", "llamaba", "apodo", "apodado", "detto", "soprannom", "chiamava", "surnommé", "surnom", "appelait",
        "zwany", "ksyw", "pseudonim", "wołał", "přezdív", "říkal", "takma ad", "lakab", "diye", "noemde", "bijnaam", "genaamd",
        "poreclit", "strigat", "παρατσούκλι", "φώναζε", "tinawag", "palayaw",
        // Croatian, Serbian and Bosnian "zv." and Polish "zw." before a nickname ("Antu Grubišića (zv. 'Kiki')").
        "zv.", "zw.",
        // Norwegian and Swedish "used the name «Kristian»".
        "navnet", "namnet",
        // "(prefers 'Fi')", "un gars que je connais juste comme « Ti-Guy »", Vietnamese "được gọi là", Swahili "anayeitwa".
        "prefers", "likes to be called", "connais juste comme", "connais comme", "connu comme", "connue comme",
        "conocen como", "conocido como", "conocida como", "conhecido como", "conhecida como", "le digan", "gọi là", "anayeitwa",
        "aitwaye", "ajulikanaye",
        // Spanish "they called him" written without its accent ("a uno le decian \"el Mono\""), Hindi and Urdu "whose name is"
        // ("jis ka naam 'bilu' hai").
        "decian", "decían", "decia", "decía", "le dicen", "ka naam", "ki naam", "ka nam",
        // Malay and Indonesian "called" ("penyewa bilik dipanggil \"Along\"").
        "dipanggil", "dipanggilnya", "panggilan",
        // "known locally as \"Gizmo\"", "known to me as", "by the name of", a street name.
        "locally as", "known to me as", "to me as", "by the name of", "street name", "goes by the name",
        // "She recognised the pillion rider as \"El Chino\"", "identified only as 'Bongo'".
        "recognised", "recognized", "identified as",
        // "One of them kept calling the other \"Billa\"", Spanish "reconoce a uno de ellos como \"el Chino\"", Romanian "sub
        // porecla „Gigel”".
        // "conocido en el sector como", "conhecido no local por" (known), Dutch "roepnaam", the Nordic languages' "known as",
        // Ukrainian and Russian "they call", Spanish "se hacía llamar".
        "calling", "reconoc", "porecl", "conocido", "conocida", "conhecido", "conhecida", "roepnaam", "kjenner som", "känner som",
        "kjent som", "känd som", "kendt som", "називають", "називали", "называют", "называли", "hacía llamar", "hacia llamar", "hace llamar", "hacen llamar",
        // "whom my friends call \"Ah Boy\"", Haitian Creole "moun sou katye a rele l \"Ti Bout\"", and a relative named by a
        // nickname ("Brother-in-law \"Chuy\"").
        "friends call", "people call", "they call", "we call", "everyone call", "everybody call", "rele l", "rele li", "yo rele",
        "brother-in-law", "sister-in-law", "cousin", "identified only as", "identified him as", "identified her as",
        // "who everyone round here calls \"Bran\"", Norwegian "kalt «Mackan»", and the words for a nickname in Thai, Chinese,
        // Japanese and Korean ("ชื่อเล่น \"เอ็ม\"", "绰号「阿强」").
        "calls", "kalt", "kalles", "ชื่อเล่น", "绰号", "綽號", "外号", "外號", "花名", "あだ名", "별명",
        // Japanese and Chinese "commonly called" ("山口 翔太（通称「ショーン」）"), and Czech "whom everyone calls" ("kterému všichni
        // říkají „Pepa“").
        "通称", "通稱", "俗称", "俗稱", "říkají",
        // Spanish "the other called him \"el Mono\"" ("lo llamó", "le llaman") and Thai "called … as" ("เรียกผู้ป่วยว่า \"น้องพร\"").
        "llamó", "llaman", "เรียก",
    ];

    /// <summary>
    /// A nickname in quotes after words that say someone is called so ("a man I know only as \"Kevo\"", "I heard a woman call
    /// him \"Macca\"", "«Гоша, бежим!»" after "крикнул ему"): one or two capitalised words, or the first word of a shout
    /// that opens with the name. The words before the quote must say so: a quoted shop or product name stays.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeQuotedNicknames(TextScan scan)
    {
        var text = scan.Text;
        for (var quote = text.AsSpan().IndexOfAny(OpeningQuotes); quote >= 0 && quote + 2 < text.Length;)
        {
            var start = quote + 1;
            if (text[quote] == '‹' && text[start] == '‹')
            {
                start++;
            }

            // French sets its guillemets apart from the words by a space ("l'appelait « Nono »").
            var spaced = text[quote] == '«' && text[start] is ' ' or '\u00A0' or '\u202F';
            if (spaced)
            {
                start++;
            }

            // Spanish keeps the article inside the quotes ("le decía \"el Mono\""); the nickname is read with it.
            var end = text.AsSpan(start).StartsWith("el ", StringComparison.Ordinal) || text.AsSpan(start).StartsWith("la ", StringComparison.Ordinal) ? start + 3 : start;
            var words = 0;
            // A nickname in a script without capitals ("ชื่อเล่น \"แพร\"", "\"චූටි\" නමින් හඳුන්වන"): one word up to the quote.
            if (end < text.Length && CaselessScriptRecognizer.IsCaselessLetter(text[end]))
            {
                var caselessEnd = end;
                while (caselessEnd < text.Length && CaselessScriptRecognizer.IsCaselessLetter(text[caselessEnd]))
                {
                    caselessEnd++;
                }

                if (caselessEnd - end <= 12)
                {
                    end = caselessEnd;
                    words = 1;
                }
            }

            while (words < 2 && end < text.Length && char.IsUpper(text[end]))
            {
                end++;
                // A hyphen joins the parts of one nickname, capitalised or not ("Ti-Guy", "T-Money").
                while (end < text.Length && (char.IsLower(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
                {
                    end += text[end] == '-' ? 2 : 1;
                }

                words++;
                if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && words < 2)
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            // The name ends at the closing quote, or at a comma or "!" inside a shout ("«Гоша, бежим!»").
            var close = spaced && end + 1 < text.Length && text[end] is ' ' or '\u00A0' or '\u202F' && text[end + 1] == '»' ? end + 1 : end;
            if (words > 0 && end - start >= 2 && close < text.Length && text[close] is '"' or '”' or '“' or '»' or '’' or '\'' or ',' or '!' or '›'
                && NicknameCueNear(text, quote, close))
            {
                // A shop's or a brand's word in quotes after "called" is what someone is called ("called the other \"Billa\"",
                // "a.k.a. \"T-Money\""): the cue outweighs the list that keeps the brand elsewhere, and the word model, which
                // learnt the brand as no one's, does not judge it.
                if (words == 1 && Lexicon.Organisations.Contains(text.AsSpan(start, end - start)))
                {
                    scan.Candidates.Add(new PiiMatch(PiiEntityType.Person, start, end - start, 0.95));
                }
                else
                {
                    scan.Add(PiiEntityType.Person, start, end - start, 0.8);
                }
            }

            var next = text.AsSpan(quote + 1).IndexOfAny(OpeningQuotes);
            quote = next < 0 ? -1 : quote + 1 + next;
        }
    }

    /// <summary>
    /// Whether a cue stands near the quote within its line: one of <see cref="NicknameCues"/> in the 40 characters before it,
    /// or a verb that ends the clause in the 30 after it ("den seine Begleiterin „Flo“ nannte", "„Zoli”-nak szólította").
    /// </summary>
    private static bool NicknameCueNear(string text, int quote, int end)
    {
        var before = text.AsSpan(Math.Max(0, quote - 40), quote - Math.Max(0, quote - 40));
        before = before[(before.LastIndexOf('\n') + 1)..];
        var after = text.AsSpan(end, Math.Min(30, text.Length - end));
        after = after.IndexOf('\n') is var lineEnd and >= 0 ? after[..lineEnd] : after;
        return HasCue(before, NicknameCues) || HasCue(after, NicknameCuesAfter) || KnownAsWithWordsBetween(before);

        // "a man I know for about two years as \"Sketch\"", "introduced herself as \"La Mona\"": "as" right before the
        // quote, with knowing or introducing earlier in the clause and no thing named between ("know the product as").
        static bool KnownAsWithWordsBetween(ReadOnlySpan<char> window)
        {
            var trimmed = window.TrimEnd(' ');
            if (!trimmed.EndsWith(" as", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var verb = Math.Max(Math.Max(trimmed.LastIndexOf(" know", StringComparison.OrdinalIgnoreCase), trimmed.LastIndexOf(" knew", StringComparison.OrdinalIgnoreCase)),
                Math.Max(trimmed.LastIndexOf("introduced", StringComparison.OrdinalIgnoreCase), trimmed.LastIndexOf("presented", StringComparison.OrdinalIgnoreCase)));
            if (verb < 0)
            {
                return false;
            }

            var between = trimmed[verb..];
            foreach (var thing in (ReadOnlySpan<string>)[" the ", " a ", " an ", " this ", " that ", " it ", " its "])
            {
                if (between.Contains(thing, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        static bool HasCue(ReadOnlySpan<char> window, string[] cues)
        {
            foreach (var cue in cues)
            {
                // Thai and Chinese write no space before a word: their cues stand anywhere.
                var at = window.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (at == 0 || !char.IsLetter(window[at - 1]) || CaselessScriptRecognizer.IsCaselessLetter(cue[0])))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static readonly string[] NicknameCuesAfter = ["nannte", "nennt", "genannt", "gerufen", "szólít", "becéz", "hívt", "diye", "noemde", "නමින්", "ተብሎ", "ብሎ", "lakab"];

    /// <summary>
    /// "Recorded by: PC 1183 Holder", "Sgt 4471 Baptiste": an officer's rank and service number, then the family name, which
    /// may be an ordinary word too.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeNamesAfterServiceNumbers(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start is < 3 or > 6 || end + 3 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1])
                || !NumbersAfterValues.Ranks.Contains(TextScan.WordBefore(text, start, 10, dots: true)))
            {
                continue;
            }

            var nameEnd = end + 2;
            while (nameEnd < text.Length && (char.IsLetter(text[nameEnd]) || text[nameEnd] is '\'' or '-'))
            {
                nameEnd++;
            }

            var name = text.AsSpan(end + 1, nameEnd - end - 1);
            if (name.Length >= 2 && (!Lexicon.NotNames.Contains(name) || (NameWords.Of(name) & WordKinds.LastName) != 0) && !Lexicon.Regions.Contains(name))
            {
                scan.Add(PiiEntityType.Person, end + 1, name.Length, 0.75);
            }
        }
    }

    private static readonly System.Buffers.SearchValues<string> RealNameWords = System.Buffers.SearchValues.Create(
        ["real name", "believed to be", "true name", "nombre real", "vrai nom"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A nickname in quotes right before the person's real name is given ("the male as 'Smudge', real name …", "'Little P'
    /// (believed to be …)"): the quoted words are what the person is called.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeNicknamesBeforeRealNames(TextScan scan)
    {
        var text = scan.Text;
        for (var offset = 0; offset < text.Length;)
        {
            var at = text.AsSpan(offset).IndexOfAny(RealNameWords);
            if (at < 0)
            {
                return;
            }

            at += offset;
            offset = at + 1;
            var close = at - 1;
            while (close > 0 && text[close] is ' ' or ',' or '(' or '-' or '–')
            {
                close--;
            }

            if (close < 2 || text[close] is not ('\'' or '’' or '"' or '”'))
            {
                continue;
            }

            var open = text.AsSpan(Math.Max(0, close - 32), close - Math.Max(0, close - 32)).LastIndexOfAny("'‘\"“\n");
            if (open < 0)
            {
                continue;
            }

            open += Math.Max(0, close - 32);
            var nickname = text.AsSpan(open + 1, close - open - 1);
            if (text[open] != '\n' && nickname.Length >= 2 && char.IsUpper(nickname[0]) && nickname.Count(' ') <= 2 && !Lexicon.NotNames.Contains(nickname))
            {
                scan.Add(PiiEntityType.Person, open + 1, nickname.Length, 0.8);
            }
        }
    }

    /// <summary>
    /// Zulu and Xhosa join "it is" and "I am" to the name that follows ("Igama lami nguNomvula", "ndinguSiphokazi"): a
    /// capital inside the word after the copula opens a proper name.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeNguniCopulaNames(TextScan scan)
    {
        var text = scan.Text;
        for (var at = text.IndexOf("ngu", StringComparison.Ordinal); at >= 0; at = text.IndexOf("ngu", at + 3, StringComparison.Ordinal))
        {
            var nameStart = at + 3;
            if (nameStart + 3 > text.Length || !char.IsAsciiLetterUpper(text[nameStart]))
            {
                continue;
            }

            // "ngu", "ndingu", "ngingu" at a word's start.
            var wordStart = at;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (text.AsSpan(wordStart, at - wordStart) is not ("" or "ndi" or "ngi" or "u"))
            {
                continue;
            }

            var end = nameStart + 1;
            while (end < text.Length && char.IsLower(text[end]))
            {
                end++;
            }

            if (end - nameStart >= 3 && !Lexicon.NotNames.Contains(text.AsSpan(nameStart, end - nameStart)))
            {
                scan.Add(PiiEntityType.Person, nameStart, end - nameStart, 0.75);
            }
        }
    }

    /// <summary>
    /// A family name with initials in Cyrillic, as forms and signatures write it: "Асанов Б.К.", "Б.К. Асанов", and a listed
    /// name with one initial ("на имя Рустам Н."). Two initials make the shape a name's whatever the word; one needs the word
    /// to be a listed name, as a sentence may end in a capital's abbreviation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeCyrillicInitialledNames(TextScan scan)
    {
        var text = scan.Text;
        if (text.AsSpan().IndexOfAnyInRange('\u0400', '\u04FF') < 0)
        {
            return;
        }

        foreach (var m in CyrillicInitialledNameRegex().EnumerateMatches(text))
        {
            var value = text.AsSpan(m.Index, m.Length);
            var initials = value.Count('.');
            if (initials >= 2)
            {
                scan.Add(PiiEntityType.Person, m.Index, m.Length, 0.85);
                continue;
            }

            // A listed name, or a family name by its Slavic ending ("Ержанов Д.", "Ковальчук О."): a word before an initial.
            var word = value[..value.IndexOf(' ')];
            if (((NameWords.Of(word) & (WordKinds.FirstName | WordKinds.LastName)) != 0 || HasSlavicFamilyNameEnding(word)) && !Lexicon.NotNames.Contains(word))
            {
                scan.Add(PiiEntityType.Person, m.Index, m.Length, 0.75);
            }
        }
    }

    private static bool HasSlavicFamilyNameEnding(ReadOnlySpan<char> word) =>
        word.Length >= 5 && (word.EndsWith("ов") || word.EndsWith("ев") || word.EndsWith("ова") || word.EndsWith("ева") || word.EndsWith("ин")
            || word.EndsWith("ина") || word.EndsWith("ский") || word.EndsWith("ская") || word.EndsWith("енко") || word.EndsWith("чук")
            || word.EndsWith("юк") || word.EndsWith("ёв") || word.EndsWith("ёва"));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\p{L})(?:[А-ЯЁЇІЄҐҚҒҮҰӨҺӘҲЎҶӢӮ]\. ?[А-ЯЁЇІЄҐҚҒҮҰӨҺӘҲЎҶӢӮ]\. ?[А-ЯЁЇІЄҐҚҒҮҰӨҺӘҲЎҶӢӮ][а-яёїієґқғүұөһәҳўҷӣӯ'\-]{2,}(?!\p{L})|[А-ЯЁЇІЄҐҚҒҮҰӨҺӘҲЎҶӢӮ][а-яёїієґқғүұөһәҳўҷӣӯ'\-]{2,} [А-ЯЁЇІЄҐҚҒҮҰӨҺӘҲЎҶӢӮ]\.(?: ?[А-ЯЁЇІЄҐҚҒҮҰӨҺӘҲЎҶӢӮ]\.)?)")]
    private static partial System.Text.RegularExpressions.Regex CyrillicInitialledNameRegex();

    private static readonly System.Buffers.SearchValues<string> SpellingCues = System.Buffers.SearchValues.Create(
        ["spel", "that's", "thats", "that is"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A value spelled out after "that's" or "spelled" in a call ("that's W-H-I-T-A-K-E-R", "spelled C I A R A N",
    /// "that's M-A-P 0 0 7 7"): four or more single letters or digits, each alone between spaces or hyphens. Letters only
    /// are a name; with digits, a reference.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeSpelledOutValues(TextScan scan)
    {
        var text = scan.Text;
        var offset = 0;
        while (TextScan.NextCueWord(text, ref offset, SpellingCues) is var (cue, i) && cue >= 0)
        {
            if (i + 1 < text.Length && text[i] is '\'' or '’' && text[i + 1] == 's')
            {
                i += 2; // "that's"
            }

            // Up to a dozen characters of filler ("that's", "it's spelled:", "that is, um,") before the first letter.
            var limit = Math.Min(text.Length, i + 14);
            while (i < limit && !(char.IsLetterOrDigit(text[i]) && (i + 1 == text.Length || text[i + 1] is ' ' or '-' or '–')
                && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))
            {
                i++;
            }

            var start = i;
            var end = i;
            var valueEnd = i;
            var count = 0;
            var digits = false;
            while (end < text.Length && char.IsLetterOrDigit(text[end]) && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
            {
                count++;
                digits |= char.IsDigit(text[end]);
                var after = end + 1;
                valueEnd = after;
                if (after + 1 < text.Length && text[after] is ' ' or '-' or '–' && char.IsLetterOrDigit(text[after + 1]))
                {
                    end = after + 1;
                }
                else if (after + 3 < text.Length && text[after] == ' ' && text[after + 1] is '-' or '–' && text[after + 2] == ' ' && char.IsLetterOrDigit(text[after + 3]))
                {
                    end = after + 3; // "P H X - 3 3 8"
                }
                else
                {
                    end = after;
                    break;
                }
            }

            if (count >= 4)
            {
                scan.Add(digits ? PiiEntityType.AccountNumber : PiiEntityType.Person, start, valueEnd - start, 0.8);
                offset = valueEnd;
            }
        }
    }

    private static readonly System.Buffers.SearchValues<string> SelfIntroductions = System.Buffers.SearchValues.Create(
        ["name is ", "i am ", "i'm ", "im ", "this is ", "call me ", "it's ", "its ", "soy ", "sou a ", "sou o "], StringComparison.OrdinalIgnoreCase);

    // "I am" and "my name is" in the product's other languages, as chat types them in lower case ("bin jonas …", "nevem
    // horváth dániel", "я олена ковальчук", "olen veera …", "jina langu ni …", "ονομα μαρια …").
    private static readonly string[] ForeignChatIntroductions =
    [
        "ik ben ", "ich bin ", "je suis ", "mi chiamo ", "me llamo ", "jeg hedder ", "jag heter ", "eu sou ", "ich heiße ", "ich heisse ",
        "je m'appelle ", "me chamo ", "nazywam się ", "jmenuji se ", "moi c'est ", "bin ", "nevem ", "olen ", "jina langu ni ", "naitwa ",
        "ονομα ", "όνομα ", "ονομάζομαι ", "mi nombre es ", "meu nome é ", "nama saya ", "ako si ", "mera naam ", "mam na imię ",
        "mă numesc ", "benim adım ", "adım ", "меня зовут ", "мене звати ", "я ", "tên tôi là ", "jeg heter ", "nimeni on ", "ime mi je ",
        "казвам се ",
    ];

    // Spanish and Portuguese relatives before a name in a lower-case chat ("mi hermano jorge me lleva", "minha irmã júlia"): phrases
    // of two words, and of another language, so that two words no English dictionary knows after them are no name.
    private static readonly string[] IberianRelatives =
        ["mi hermano ", "mi hermana ", "mi hijo ", "mi hija ", "mi esposo ", "mi esposa ", "meu irmão ", "minha irmã ", "meu filho ",
         "minha filha ", "meu marido "];

    // All the introductions of other languages (the chat ones and those of SelfIntroductions): after them two unknown words
    // are no evidence of a name, every word of another language being "no English word".
    private static readonly string[] ForeignIntroductions = [.. ForeignChatIntroductions, "soy ", "sou a ", "sou o ", .. IberianRelatives, "tia ", "tio ",
        "tita ", "tito "];

    // The relatives' phrases of RelationsAndTitles: after one of them a single word no list holds is the relative's name.
    private static readonly string[] Relatives =
    [
        "son is ", "daughter is ", "wife is ", "husband is ", "partner is ", "mother is ", "father is ", "mum is ", "mom is ", "dad is ",
        "brother is ", "sister is ", "my son ", "my daughter ", "my wife ", "my husband ", "my mother ", "my father ", "my mum ", "my mom ",
        "my dad ", "my brother ", "my sister ", "My son ", "My daughter ", "My wife ", "My husband ", "My mum ", "My mom ", "My dad ", "dad (",
        "my mam ", "my nan ", "my gran ", "my grandma ", "my grandpa ", "my granny ", "my nana ", "my bro ", "my sis ", "mi wife ",
        "mi husband ", "mi son ", "mi daughter ", "grandson ", "granddaughter ", "nephew ", "niece ",
    ];

    // Searched case by case, apart from the phrases above: a case-blind search for many phrases costs far more per
    // character than a case-exact one ("Mr carlos" still counts: the title in any of its usual cases).
    private static readonly System.Buffers.SearchValues<string> RelationsAndTitles = System.Buffers.SearchValues.Create(
        ["son is ", "daughter is ", "wife is ", "husband is ", "partner is ", "mother is ", "father is ", "mum is ", "mom is ", "dad is ",
         "brother is ", "sister is ", "mrs ", "mr ", "miss ", "Mrs ", "Mr ", "Miss ", "MRS ", "MR ", "MISS ", "dr ", "Dr ",
         // Titles with their full stop and Singapore's and Malaysia's "mdm" ("Pt Name: mrs. shalini vasant kulkarni",
         // "caller: mdm tan siew lan"): forms typed from a phone keep the title's dot but not the name's capitals.
         "mrs. ", "mr. ", "ms. ", "dr. ", "mdm ", "Mdm ",
         // "my wife fatima", "my brother ravi", "dad (frank)": the relation right before the name. Written with "my" (one
         // shared prefix keeps the search about as cheap as before; bare "son " alone cost 1.5 ns/char).
         "my son ", "my daughter ", "my wife ", "my husband ", "my mother ", "my father ", "my mum ", "my mom ", "my dad ",
         "my brother ", "my sister ", "My son ", "My daughter ", "My wife ", "My husband ", "My mum ", "My mom ", "My dad ",
         "dad (", "is called "], StringComparison.Ordinal);

    // More relations, self-introductions of other languages and bare "name", searched only in text typed in lower case
    // (see TextScan.IsLowerCaseChat): in the same search as the phrases above they cost every text 2 ns a character.
    private static readonly System.Buffers.SearchValues<string> LowerCaseChatIntroductions = System.Buffers.SearchValues.Create(
        ["my mam ", "my nan ", "my gran ", "my grandma ", "my grandpa ", "my granny ", "my nana ", "my ex ", "my ex-husband ", "my ex-wife ", "my boyfriend ", "my girlfriend ", "my partner ",
         "my name ", "name ", "name's ", .. ForeignChatIntroductions,
         // Titles as chat users type them ("bin bei dr. schwarzenbeck", "la doctora hutchins", "pastor williams").
         "doctora ", "doctor ", "dra. ", "dra ", "pastor ",
         // Family and friends before a given name ("text sister brenda", "my roommate kayla").
         "sister ", "brother ", "roommate ", "cousin ", "auntie ", "aunty ", "uncle ", "nephew ", "niece ", "grandson ", "granddaughter ",
         // Chat's short words and Jamaican "mi" ("my bro azman will bring her", "mi wife tashana sen me 20k").
         "my bro ", "my sis ", "mi wife ", "mi husband ", "mi son ", "mi daughter ",
         // Aunts, uncles and grandparents as Spanish, Portuguese, Tagalog and Māori chats name them ("era a tia rosângela",
         // "my koro hemi walker is 91", "si tita marites").
         "tia ", "tio ", "tita ", "tito ", "kuya ", "koro ", "kuia ", .. IberianRelatives],
        StringComparison.Ordinal);


    private static readonly string[] Hesitations = ["uh ", "um ", "er ", "erm ", "uhm ", "like "];

    // Phrases of two words: the name starts after the second space, not the first.
    private static readonly string[] TwoWordPhrases =
    [
        "sou a ", "sou o ", "name is ", "i am ", "this is ", "call me ", "son is ", "daughter is ", "wife is ", "husband is ", "partner is ", "mother is ",
        "father is ", "mum is ", "mom is ", "dad is ", "brother is ", "sister is ", "is called ", "my son ", "my daughter ", "my wife ",
        "my husband ", "my mother ", "my father ", "my mum ", "my mom ", "my dad ", "my brother ", "my sister ",
        "my mam ", "my nan ", "my gran ", "my grandma ", "my grandpa ", "my granny ", "my nana ", "my ex ", "my ex-husband ", "my ex-wife ",
        "my boyfriend ", "my girlfriend ", "my partner ", "my name ", "my bro ", "my sis ", "mi wife ", "mi husband ", "mi son ",
        "mi daughter ", .. IberianRelatives, "ik ben ", "ich bin ", "je suis ", "mi chiamo ", "me llamo ", "jeg hedder ", "jag heter ", "eu sou ",
        "ich heiße ", "ich heisse ", "je m'appelle ", "me chamo ", "nazywam się ", "jmenuji se ", "moi c'est ",
    ];

    // The first word of a phrase that is a personal title: after it a family name may stand alone.
    private static readonly string[] LowerCaseTitles = ["mrs", "mr", "miss", "dr", "dr.", "doctor", "doctora", "dra", "dra.", "pastor", "mrs.", "mr.", "ms", "ms.", "mdm", "madam"];

    /// <summary>
    /// Chat users often write in lower case: "hi, my name is maria lopez". After such an introduction a lower-case word
    /// that is a listed given name (not also a common word), and a listed family name after it, are a person.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeLowerCaseSelfIntroductions(TextScan scan, System.Buffers.SearchValues<string> phrases)
    {
        var text = scan.Text;
        Span<char> titleCase = stackalloc char[32];
        var offset = 0;
        while (offset < text.Length)
        {
            var next = text.AsSpan(offset).IndexOfAny(phrases);
            if (next < 0)
            {
                return;
            }

            var cue = offset + next;
            offset = cue + 1;
            if (cue > 0 && char.IsLetter(text[cue - 1]) && !text.AsSpan(cue).StartsWith("name", StringComparison.OrdinalIgnoreCase))
            {
                continue; // "mi am", "hi'm": inside another word ("surname is" still counts)
            }

            // The phrase ends at its second space, or at its first for "i'm " and a title ("mrs kowalczyk has called").
            var firstSpace = text.IndexOf(' ', cue);
            var title = IsLowerCaseTitle(text.AsSpan(cue, firstSpace - cue));
            var start = StartsWithAny(text.AsSpan(cue), TwoWordPhrases) ? text.IndexOf(' ', firstSpace + 1) + 1
                : text.AsSpan(cue).StartsWith("dad (", StringComparison.Ordinal) ? firstSpace + 2 : firstSpace + 1;
            // "this is uh janelle brooks": a hesitation between the phrase and the name.
            for (var hesitations = 0; hesitations < 2 && StartsWithAny(text.AsSpan(start), Hesitations); hesitations++)
            {
                start = text.IndexOf(' ', start) + 1;
            }

            var givenEnd = LowerWordEnd(text, start);
            if (givenEnd == start)
            {
                continue;
            }

            // After a title a family name may stand alone.
            if (!IsListed(text.AsSpan(start, givenEnd - start), Lexicon.FirstNames, titleCase))
            {
                if (title && IsListed(text.AsSpan(start, givenEnd - start), Lexicon.LastNames, titleCase))
                {
                    // "mdm tan siew lan": a Chinese name's two given names after the family name.
                    scan.Add(PiiEntityType.Person, start, TitledNameEnd(text, givenEnd, titleCase) - start, 0.8);
                }
                else if (title && IsUnknownWord(text.AsSpan(start, givenEnd - start)))
                {
                    // "saw dr okonjo-bright", "mr benslimane", "dr fennelly": after a title a word that is no English word is
                    // a family name no list holds, with the second half of a double-barrelled one.
                    var familyEnd = givenEnd + 1 < text.Length && text[givenEnd] == '-' && LowerWordEnd(text, givenEnd + 1) is var half
                        && half > givenEnd + 1 ? half : givenEnd;
                    // "mrs. shalini vasant kulkarni": a given name no list holds, then the father's and the family name.
                    scan.Add(PiiEntityType.Person, start, TitledNameEnd(text, familyEnd, titleCase) - start, 0.75);
                }
                else if (IsUnknownWord(text.AsSpan(start, givenEnd - start)) && givenEnd + 1 < text.Length && text[givenEnd] == ' '
                    && LowerWordEnd(text, givenEnd + 1) is var secondEnd && secondEnd > givenEnd + 1
                    && ((IsUnknownWord(text.AsSpan(givenEnd + 1, secondEnd - givenEnd - 1)) && !StartsWithAny(text.AsSpan(cue), ForeignIntroductions))
                        || IsListed(text.AsSpan(givenEnd + 1, secondEnd - givenEnd - 1), Lexicon.LastNames, titleCase)))
                {
                    // Two words in a row that are no English words, after "it's" or "my father": a name no list holds
                    // ("it's bronwyn mcallister calling"). One such word alone may be a typo ("its realy bad"). After another
                    // language's phrase every word is "no English word" ("je suis très inquiet"): there the family name must
                    // be a listed one.
                    scan.Add(PiiEntityType.Person, start, ThirdNameWordEnd(text, secondEnd, titleCase) - start, 0.75);
                }
                else if (StartsWithAny(text.AsSpan(cue), Relatives) && IsCuratedFirstName(text.AsSpan(start, givenEnd - start), titleCase)
                    && givenEnd + 1 < text.Length && text[givenEnd] == ' ' && LowerWordEnd(text, givenEnd + 1) is var familyEnd && familyEnd > givenEnd + 1
                    && (IsListed(text.AsSpan(givenEnd + 1, familyEnd - givenEnd - 1), Lexicon.LastNames, titleCase)
                        || IsUnknownWord(text.AsSpan(givenEnd + 1, familyEnd - givenEnd - 1))))
                {
                    // "mum is grace akinyi otieno": a given name that is also a word ("grace", "hope", "joy") is the
                    // relative's name when a family name follows it.
                    scan.Add(PiiEntityType.Person, start, ThirdNameWordEnd(text, familyEnd, titleCase) - start, 0.75);
                }
                else if (IsUnknownWord(text.AsSpan(start, givenEnd - start)) && StartsWithAny(text.AsSpan(cue), Relatives)
                    && (givenEnd == text.Length || !char.IsLetterOrDigit(text[givenEnd])))
                {
                    // "my son tama has a dentist thing", "dad (frank)": right after a relative's word, one word that is no
                    // English word is the relative's name; a typo there is rarer than after "it's".
                    scan.Add(PiiEntityType.Person, start, givenEnd - start, 0.7);
                }

                continue;
            }

            var end = givenEnd;
            // "marcus j whitaker": a middle initial between the given and the family name.
            // "daan de vries": particles too.
            var familyStart = givenEnd + 3 < text.Length && text[givenEnd] == ' ' && char.IsAsciiLetterLower(text[givenEnd + 1])
                && text[givenEnd + 2] == ' ' && char.IsAsciiLetterLower(text[givenEnd + 3]) ? givenEnd + 2 : givenEnd;
            for (var particles = 0; particles < 2 && familyStart + 1 < text.Length && text[familyStart] == ' '; particles++)
            {
                var particleEnd = LowerWordEnd(text, familyStart + 1);
                if (particleEnd == familyStart + 1 || particleEnd + 1 >= text.Length || text[particleEnd] != ' '
                    || !ParticleLookup.Contains(text.AsSpan(familyStart + 1, particleEnd - familyStart - 1)))
                {
                    break;
                }

                familyStart = particleEnd;
            }

            if (familyStart + 1 < text.Length && text[familyStart] == ' ')
            {
                givenEnd = familyStart;
                var familyEnd = LowerWordEnd(text, givenEnd + 1);
                if (familyEnd > givenEnd + 1 && (IsListed(text.AsSpan(givenEnd + 1, familyEnd - givenEnd - 1), Lexicon.LastNames, titleCase)
                    || IsUnknownWord(text.AsSpan(givenEnd + 1, familyEnd - givenEnd - 1))))
                {
                    end = familyEnd;

                    // A double-barrelled family name ("martín-peñalver"): the second half listed too.
                    if (familyEnd + 1 < text.Length && text[familyEnd] == '-' && LowerWordEnd(text, familyEnd + 1) is var secondEnd && secondEnd > familyEnd + 1
                        && IsListed(text.AsSpan(familyEnd + 1, secondEnd - familyEnd - 1), Lexicon.LastNames, titleCase))
                    {
                        end = secondEnd;
                    }
                }
            }

            scan.Add(PiiEntityType.Person, start, (end > givenEnd ? ThirdNameWordEnd(text, end, titleCase) : end) - start, 0.8);
        }
    }

    /// <summary>Whether an amount starts at <paramref name="i"/> after a space: digits, group and decimal marks, then no letter ("640,000", not "118Q").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AmountAt(string text, int i)
    {
        if (i >= text.Length || text[i - 1] != ' ' || !char.IsAsciiDigit(text[i]))
        {
            return false;
        }

        var separators = 0;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is ',' or '.' or '\''))
        {
            separators += char.IsAsciiDigit(text[i]) ? 0 : 1;
            i++;
        }

        // An amount has a group or decimal mark ("640,000", "2,380.00"); "PCR 4471" is a plate.
        return separators > 0 && text[i - 1] is not (',' or '.') && (i == text.Length || !char.IsLetter(text[i]));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsLowerCaseTitle(ReadOnlySpan<char> word)
    {
        foreach (var title in LowerCaseTitles)
        {
            if (word.Equals(title, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a capitalised word is an ordinary English word ("Sorry", "Relations"): its lower-case form is in the word list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsOrdinaryCapitalised(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 24 || !char.IsAsciiLetterUpper(word[0]) || word[1..].ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }

        Span<char> lower = stackalloc char[24];
        word.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(lower[0]);
        return OrdinaryWords.Contains(lower[..word.Length]);
    }

    /// <summary>Whether <paramref name="start"/> is the first word of a chat line after its speaker's label ("Agent: ").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool AfterSpeakerLabel(string text, int start)
    {
        // Only the last 34 characters are searched for the line's start: a label is short, and a long line must not be
        // read back to its start for every word.
        var from = Math.Max(0, start - 35);
        var newline = text.AsSpan(from, start - from).LastIndexOf('\n');
        var lineStart = newline >= 0 ? from + newline + 1 : from == 0 ? 0 : -1;
        return lineStart >= 0 && start - lineStart is > 2 and <= 34 && TextScan.AfterSpeakerLabel(text, lineStart) == start;
    }

    /// <summary>Where a lower-case name goes on with a third word that is a family name or no English word ("ramesh kumar iyer").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ThirdNameWordEnd(string text, int end, Span<char> titleCase)
    {
        if (end + 1 < text.Length && text[end] == ' ' && LowerWordEnd(text, end + 1) is var thirdEnd && thirdEnd > end + 1)
        {
            var third = text.AsSpan(end + 1, thirdEnd - end - 1);
            if (IsListed(third, Lexicon.LastNames, titleCase) || IsUnknownWord(third))
            {
                return thirdEnd;
            }
        }

        return end;
    }

    /// <summary>
    /// Where a lower-case name after a title goes on: up to two more words that are listed family names or no words at all
    /// ("mdm tan siew lan", "mrs. shalini vasant kulkarni"), not a particle or a day ("la doctora hutchins del martes").
    /// </summary>
    private static int TitledNameEnd(string text, int end, Span<char> titleCase)
    {
        for (var more = 0; more < 2 && end + 1 < text.Length && text[end] == ' '; more++)
        {
            var wordEnd = LowerWordEnd(text, end + 1);
            var word = text.AsSpan(end + 1, wordEnd - end - 1);
            if (wordEnd == end + 1 || ParticleLookup.Contains(word) || ListedPhrases.CalendarNames.Covers(text, end + 1, word.Length)
                || !(IsListed(word, Lexicon.LastNames, titleCase) || IsUnknownWord(word)))
            {
                break;
            }

            end = wordEnd;
        }

        return end;
    }

    /// <summary>Where the name goes on after a quoted nickname starting at <paramref name="quote"/>; 0 when none stands there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NicknameEnd(string text, int quote)
    {
        if (quote + 3 >= text.Length || text[quote] is not ('"' or '“' or '\'' or '‘' or '(' or '«' or '„') || !char.IsUpper(text[quote + 1]))
        {
            return 0;
        }

        var end = quote + 2;
        while (end < text.Length && end - quote <= 20 && char.IsLower(text[end]))
        {
            end++;
        }

        // Norwegian and German quotes too ("Mats «Matsen» Kristoffersen").
        var closes = text[quote] == '(' ? end < text.Length && text[end] == ')' : end < text.Length && text[end] is '"' or '”' or '\'' or '’' or '»' or '“';
        if (!closes || end + 2 >= text.Length || text[end + 1] != ' ')
        {
            return 0;
        }

        // "Johannes (Hans) van der Heijden": a particle may follow.
        return IsNameStart(text, end + 2) || char.IsLower(text[end + 2]) ? end + 2 : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int LowerWordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLower(text[end]))
        {
            end++;
        }

        // "o'connell", "d'souza": an Irish or Indian prefix before an apostrophe belongs to the word.
        if (end == start + 1 && text[start] is 'o' or 'd' && end + 1 < text.Length && text[end] is '\'' or '’' && char.IsLower(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && char.IsLower(text[end]))
            {
                end++;
            }
        }

        return end < text.Length && char.IsLetterOrDigit(text[end]) ? start : end;
    }

    /// <summary>A lower-case word of three letters or more that is neither an English word nor on the not-a-name list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsUnknownWord(ReadOnlySpan<char> word) =>
        word.Length >= 3 && !OrdinaryWords.Contains(word) && !Lexicon.NotNames.Contains(word);

    /// <summary>A lower-case word whose capitalised form is in <paramref name="lexicon"/> and that is no common word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsListed(ReadOnlySpan<char> word, Lexicon lexicon, Span<char> buffer) =>
        !Lexicon.NotNames.Contains(word) && IsCapitalisedIn(word, lexicon, buffer);

    /// <summary>A lower-case word whose capitalised form is a curated given name, ordinary word or not ("grace", "hope").</summary>
    private static bool IsCuratedFirstName(ReadOnlySpan<char> word, Span<char> buffer) => IsCapitalisedIn(word, Lexicon.CuratedFirstNames, buffer);

    /// <summary>
    /// Whether a lower-case word of three letters or more, capitalised in <paramref name="buffer"/>, is in <paramref name="lexicon"/>
    /// ("kofi" as "Kofi"); false when the word is longer than the buffer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool IsCapitalisedIn(ReadOnlySpan<char> word, Lexicon lexicon, Span<char> buffer)
    {
        if (word.Length < 3 || word.Length > buffer.Length)
        {
            return false;
        }

        word.CopyTo(buffer);
        buffer[0] = char.ToUpperInvariant(buffer[0]);
        return lexicon.Contains(buffer[..word.Length]);
    }

    private static readonly System.Buffers.SearchValues<char> NotAsciiCapitals = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is < 'A' or > 'Z')));

    private static readonly System.Buffers.SearchValues<char> PossibleCapitals = System.Buffers.SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + string.Concat(Enumerable.Range(0xC0, 0x2FF - 0xC0).Select(c => (char)c).Where(char.IsUpper))
        + string.Concat(Enumerable.Range(0x370, 0x2000 - 0x370).Select(c => (char)c).Where(char.IsUpper)));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsNameStart(string text, int i) =>
        char.IsUpper(text[i]) && (i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '/' or '°')) && i + 1 < text.Length
        && (char.IsLetter(text[i + 1]) || text[i + 1] == '.' || (text[i + 1] is '\'' or '’' && i + 2 < text.Length && char.IsUpper(text[i + 2])));

    /// <summary>Reads consecutive capitalised words (with initials and lower-case particles between them).</summary>
    /// <summary>Fills <paramref name="words"/> (reused between runs) and returns it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(int Start, int End)> ReadRun(string text, int start, List<(int Start, int End)> words)
    {
        words.Clear();
        var i = start;
        while (true)
        {
            var end = WordEnd(text, i);
            words.Add((i, end));
            var next = end;
            if (next < text.Length && text[next] == '.' && end - i == 1)
            {
                next++; // initial: "J."
            }

            // Exactly one space (or a hyphen inside double-barrelled names) to the next word.
            if (next + 1 >= text.Length || text[next] != ' ')
            {
                break;
            }

            // A nickname in quotes between given and family name ('Bartosz "Bart" Kamiński') belongs to the name.
            var candidate = NicknameEnd(text, next + 1) is var afterNickname and > 0 ? afterNickname : next + 1;

            // One or two lower-case particles ("de", "van der", "de la") between the words of one name.
            var afterParticles = candidate;
            for (var particles = 0; particles < 2; particles++)
            {
                var particleEnd = WordEnd(text, afterParticles);
                if (particleEnd == afterParticles || !ParticleLookup.Contains(text.AsSpan(afterParticles, particleEnd - afterParticles))
                    || particleEnd + 1 >= text.Length || text[particleEnd] != ' ')
                {
                    break;
                }

                afterParticles = particleEnd + 1;
                if (IsNameStart(text, afterParticles))
                {
                    // "mijn fysio is Bram Hoekstra van Fysio Lombok": a particle before an institution's word ends a person's
                    // name (a given name opening it); "Departamento de Conducta … del Banco de España" stays one phrase.
                    // A hospital's or clinic's own word ends it whatever opens it ("Dr. Restrepo de la Clínica Las Américas").
                    var institution = text.AsSpan(afterParticles, WordEnd(text, afterParticles) - afterParticles);
                    if ((words.Count <= 3 && Lexicon.FirstNames.Contains(text.AsSpan(words[0].Start, words[0].End - words[0].Start))
                            && InstitutionNames.IsInstitutionWord(institution)) || InstitutionNames.IsHospitalWord(institution))
                    {
                        return words;
                    }

                    candidate = afterParticles;
                    break;
                }
            }

            if (words.Count >= 5 || !IsNameStart(text, candidate))
            {
                break;
            }

            i = candidate;
        }

        return words;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WordEnd(string text, int i)
    {
        var j = i;
        while (j < text.Length && (char.IsLetter(text[j]) || ((text[j] is '\'' or '’' or '-') && j + 1 < text.Length && char.IsLetter(text[j + 1]) && j > i && !IsPossessive(text, j))
            // Yoruba and Vietnamese written with combining accents ("Fúnmiláyọ̀"): the marks belong to the word.
            || (text[j] is >= '\u0300' and <= '\u036F' && j > i)))
        {
            j++;
        }

        return j;
    }

    // "Maria's" is Maria plus a possessive; "O'Brien" keeps its apostrophe.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPossessive(string text, int j) =>
        text[j] is '\'' or '’' && text[j + 1] == 's' && (j + 2 >= text.Length || !char.IsLetter(text[j + 2]));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScoreRun(TextScan scan, List<(int Start, int End)> run, List<(int Start, int End)> segment)
    {
        var text = scan.Text;

        // Split the run at words that are never names; titles among them count as cues for what follows.
        var segmentStart = 0;
        var titleBefore = false;
        for (var w = 0; w <= run.Count; w++)
        {
            var boundary = w == run.Count || IsNotName(text, run[w])
                || (w == 0 && run.Count > 1 && LeadingLabels.Contains(text.AsSpan(run[0].Start, run[0].End - run[0].Start)));
            if (boundary && w < run.Count && titleBefore && (IsNameAfterTitle(text, run, segmentStart, w) || IsFamilyNameAfterTitledGivenName(text, run, segmentStart, w)))
            {
                boundary = false;
            }

            // "Dr. Winter", "Mrs Little", "Herr Koch": a personal title written just before the run makes an ordinary word
            // standing alone after it a family name.
            if (boundary && w == 0 && run.Count == 1 && PersonalTitleBefore(text, run[0].Start)
                && !TitleLookup.Contains(text.AsSpan(run[0].Start, run[0].End - run[0].Start)))
            {
                boundary = false;
                titleBefore = true;
            }

            if (!boundary)
            {
                continue;
            }

            if (w > segmentStart)
            {
                segment.Clear();
                for (var k = segmentStart; k < w; k++)
                {
                    segment.Add(run[k]);
                }

                ScoreSegment(scan, segment, titleBefore);
            }

            titleBefore = w < run.Count && TitleLookup.Contains(text.AsSpan(run[w].Start, run[w].End - run[w].Start));
            segmentStart = w + 1;
        }
    }

    // A label written as the first word of a capitalised run ("Name Marcia Holder-Best", "Beneficiary Chukwuemeka Obi"): the
    // name is the rest of the run, and the label is its cue.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingLabels = new[]
    {
        "Name", "Names", "Patient", "Customer", "Client", "Member", "Beneficiary", "Insured", "Claimant", "Suspect", "Witness", "Victim",
        "Applicant", "Complainant", "Driver", "Owner", "Payee", "Recipient", "Sender", "Caller", "Nom", "Nombre", "Nome", "Naam",
        // A relative at a sentence's start, in the product's other languages ("Vaimo Riikka kuljetti minut", "Figlia Rosaria
        // mi ha portato", "Suami Rizal", "Sohn Lukas"): the relative's word is the cue, the rest of the run the name.
        "Vaimo", "Vaimoni", "Mieheni", "Tytär", "Tyttäreni", "Poika", "Poikani", "Äiti", "Äitini", "Isä", "Isäni",
        "Figlia", "Figlio", "Moglie", "Marito", "Sorella", "Fratello", "Hija", "Hijo", "Esposa", "Esposo", "Marido", "Hermana", "Hermano",
        "Filha", "Filho", "Irmã", "Irmão", "Mãe", "Épouse", "Fils", "Fille", "Mère", "Père", "Sohn", "Tochter", "Ehefrau", "Ehemann",
        "Mutter", "Vater", "Schwester", "Bruder", "Zoon", "Dochter", "Echtgenote", "Moeder", "Vader", "Syn", "Córka", "Żona", "Mąż",
        "Suami", "Isteri", "Istri", "Dotter", "Hustru", "Sønn", "Datter", "Kone", "Søn", "Nanay", "Tatay", "Asawa", "Mke", "Mume",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// After a title, a given name that is also a common word ("Patient May Chen", "Mrs April Nguyen") is part of the
    /// name when a listed family name follows it.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonalTitles = new[]
    {
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Herr", "Frau", "Mme", "Mlle", "Sr", "Sra", "Dra", "Dott", "Pan", "Pani", "Dhr", "Mevr",
        "Mevrouw", "Meneer", "Señor", "Señora", "Signor", "Signora",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a personal title ("Dr.", "Mrs", "Frau") stands right before <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool PersonalTitleBefore(string text, int start)
    {
        var end = start - 1;
        if (end < 2 || text[end] != ' ')
        {
            return false;
        }

        if (text[end - 1] == '.')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return end > begin && (begin == 0 || !char.IsLetterOrDigit(text[begin - 1])) && PersonalTitles.Contains(text.AsSpan(begin, end - begin));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsNameAfterTitle(string text, List<(int Start, int End)> run, int segmentStart, int w)
    {
        if (TitleLookup.Contains(text.AsSpan(run[w].Start, run[w].End - run[w].Start)))
        {
            return false;
        }

        // Only before a listed family name: after a given name the common word is as often not a name ("Grace Period").
        return segmentStart == w && w + 1 < run.Count
            && (NameWords.Of(text.AsSpan(run[w + 1].Start, run[w + 1].End - run[w + 1].Start)) & WordKinds.LastName) != 0;
    }

    /// <summary>
    /// After a title and a listed given name, a family name that is also a common word ends the name ("Claimant Lisa
    /// Lane reported", "Mr John Ward"): title, given name, family name is how people are written. Only as the run's last
    /// word, and not a title, an institution ("Patient Maria Hospital") or a weekday ("Nurse Anna Monday shift").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsFamilyNameAfterTitledGivenName(string text, List<(int Start, int End)> run, int segmentStart, int w)
    {
        var word = text.AsSpan(run[w].Start, run[w].End - run[w].Start);
        if (w != segmentStart + 1 || w != run.Count - 1 || word.Length < 3 || TitleLookup.Contains(word) || OrganisationWords.Contains(word)
            || Weekdays.Contains(word))
        {
            return false;
        }

        var given = NameWords.Of(text.AsSpan(run[segmentStart].Start, run[segmentStart].End - run[segmentStart].Start));
        return given == WordKinds.FirstName && !FollowedByEponymNoun(text, run[w].End, eponymSurname: false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsNotName(string text, (int Start, int End) word)
    {
        var span = text.AsSpan(word.Start, word.End - word.Start);
        return NameWords.Of(span) == WordKinds.NotName;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScoreSegment(TextScan scan, List<(int Start, int End)> words, bool titleBefore)
    {
        var text = scan.Text;
        var titled = titleBefore; // a title word ("Mr", "Patient") before the segment, not a sentence opener removed below

        // A capitalised sentence opener ("Contact Olivia Martin", "Ask Maria") is not part of the name that follows. Only a
        // curated given name says so: a generated one may be a family name too ("Olusegun Bankole").
        if (words.Count >= 2 && IsSentenceStart(text, words[0].Start) && !IsKnownName(text, words[0])
            && !Makers.Contains(text.AsSpan(words[0].Start, words[0].End - words[0].Start))
            && (Lexicon.CuratedFirstNames.Contains(text.AsSpan(words[1].Start, words[1].End - words[1].Start)) || LooksLikeVerb(text, words[0])))
        {
            words.RemoveAt(0);
            titleBefore = true;
        }

        var start = words[0].Start;
        var end = words[^1].End;
        if (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            return; // "XGH448812901": letters running into digits are an identifier, not a name
        }

        if (words.Count == 1 && end < text.Length && text[end] == ':' && LeadingLabels.Contains(text.AsSpan(start, end - start)))
        {
            return; // "Patient Name:", "Pt Name: mrs. shalini …": the label's second word, not a name after the title "Patient"
        }

        if (words.Count == 1 && end + 2 < text.Length && text[end] == '.' && (char.IsAsciiDigit(text[end + 1]) || (text[end + 1] == ' ' && char.IsAsciiDigit(text[end + 2])))
            && text.AsSpan(start, end - start) is "Art" or "Arts" or "Sec" or "Para" or "Ch" or "Vol" or "Nr" or "Abs")
        {
            return; // "re: Art. 365 RPC", "Sec. 12": a law's article or section, not "Art" the given name
        }

        if (words.Count == 1 && IsOrdinaryCapitalised(text.AsSpan(start, end - start)) && text.AsSpan(0, start).TrimEnd(' ') is [.., '|']
            && text.AsSpan(end).TrimStart(' ') is [] or ['|', ..] or ['\n', ..])
        {
            return; // "| MRN | Patient | Age | Test |": a header's word alone in its cell, not a name after the cell "Patient"
        }

        // "St. Luke's", "Ste. Justine", "Sta. Cruz", "Mt. Sinai": a saint's or a mountain's abbreviation, the start of a
        // hospital's, a parish's or a town's name; the name after it is read on its own.
        if (words.Count == 1 && end < text.Length && text[end] == '.' && text.AsSpan(start, end - start) is "St" or "Ste" or "Sta" or "Sto" or "Mt" or "Sv" or "Sf")
        {
            return;
        }

        if (!titled && MakerBefore(text, start) && (NameWords.Of(text.AsSpan(start, words[0].End - start)) & WordKinds.FirstName) == 0)
        {
            return; // "a white Nissan Tiida", "SEAT León": the maker's model
        }

        var firstHits = 0;
        var lastHits = 0;
        var eponyms = 0;
        foreach (var (s, e) in words)
        {
            var word = text.AsSpan(s, e - s);
            var kinds = NameWords.Of(word);
            if ((kinds & WordKinds.FirstName) != 0)
            {
                firstHits++;
            }

            if ((kinds & WordKinds.LastName) != 0)
            {
                lastHits++;
            }

            if (EponymSurnameLookup.Contains(word))
            {
                eponyms++;
            }
        }

        // "Storm Éowyn", "Hurricane Ida", "Typhoon Odette": a storm's name.
        if (!titled && (TextScan.WordBefore(text, start, 14) is "Storm" or "Hurricane" or "Typhoon" or "Cyclone" or "storm" or "hurricane" or "typhoon" or "cyclone"
            || (words.Count >= 2 && text.AsSpan(words[0].Start, words[0].End - words[0].Start) is "Storm" or "Hurricane" or "Typhoon" or "Cyclone")))
        {
            return;
        }

        // "Lagos State", "Ashanti Region", "Western Province": a first-level division is no person.
        if (!titled && TextScan.NamesADivision(text, words[^1].Start, words[^1].End, end))
        {
            return;
        }

        // "Mayo Clinic", "Mount Sinai Hospital": an institution named after someone or something, not a person — unless a
        // given name or a title says otherwise ("Maria Chen Hospital rounds" stays a person, to be safe).
        // Only a curated given name counts here: generated ones include names of institutions' namesakes ("Kenyatta"). A saint's
        // possessive is a hospital, church or school whatever follows it ("admitted at St. Luke's QC", "Emergency Department,
        // St. Michael's"): no one is called so.
        if (!titled && (firstHits == 0 || words.Count == 1 || !HasCuratedGivenName(text, words))
            && (NamesAnOrganisation(text, end) || (SaintBefore(text, start) && end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's'
                && (end + 2 == text.Length || !char.IsLetter(text[end + 2])))))
        {
            return; // a lone given name before one too ("Jackson Memorial Hospital")
        }

        // "Environmental Services", "Data Protection Act", "the Billing team", "St James ward", "Clare's Law": a department,
        // body or law.
        var lastWord = text.AsSpan(words[^1].Start, words[^1].End - words[^1].Start);
        var fullListedName = words.Count == 2 && lastHits > 0 && Lexicon.CuratedFirstNames.Contains(text.AsSpan(words[0].Start, words[0].End - words[0].Start));
        if ((!titled || (firstHits == 0 && lastHits == 0)) && (OrganisationTails.Contains(lastWord)
            || FollowedByUnitNoun(text, end) || NextWordIn(text, end, OrganisationTails)
            || ((BuildingTails.Contains(lastWord) || NextWordIn(text, end, BuildingTails)) && text.AsSpan(0, start).TrimEnd(' ') is var before && !(before.EndsWith(",") || (before.Length > 0 && char.IsAsciiDigit(before[^1]))))
            || (text.AsSpan(end).StartsWith("'s ", StringComparison.Ordinal) && NextWordIn(text, end + 2, OrganisationTails))
            || (!fullListedName && (InstitutionTails.Contains(lastWord) || InstitutionFollows(text, end)
                || (lastWord.SequenceEqual("Society") && words.Count >= 2 && text.AsSpan(words[^2].Start, words[^2].End - words[^2].Start).SequenceEqual("Building"))))))
        {
            return;
        }

        // "moved from Germany", "claims from Florida": a country, state or region is no person (nor a town).
        if (!titled && Lexicon.Regions.Contains(text.AsSpan(start, end - start)))
        {
            return;
        }

        // "Ospedale San Raffaele", "Hospital Universitario La Paz": a hospital's name after the word for hospital.
        if (!titled && InstitutionBefore(text, start))
        {
            return;
        }

        // "Diane-35", "Isuzu D-Max", "Nissan X-Trail": a word joined to a number after it, or to a single capital before it, is a
        // product's or a model's code, not a name (a quoted nickname such as "T-Bone" stays one).
        if (!titled && words.Count == 1
            && ((end + 1 < text.Length && text[end] == '-' && char.IsAsciiDigit(text[end + 1]))
                || (start >= 3 && text[start - 1] == '-' && char.IsAsciiLetterUpper(text[start - 2]) && text[start - 3] == ' ')))
        {
            return;
        }

        // "GTBank", "MediShield Life": a word written as a brand, not as a name, makes the run a product or a firm.
        if (!titled && HasBrandShapedWord(text, words))
        {
            return;
        }

        // "Ford Transit", "Kia Sportage", "Ford F-150": a car maker before a model is a vehicle ("Mercedes Garcia" is not).
        if (!titled && Makers.Contains(text.AsSpan(words[0].Start, words[0].End - words[0].Start)) && ModelFollows(text, words))
        {
            return;
        }

        // "Ward 7B", "Bay 3": a ward, bay or bed before its number is a place in a building, unless a title says otherwise.
        if (!titled && words.Count == 1 && end + 1 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1])
            && PlacesInBuildings.Contains(text.AsSpan(start, end - start)))
        {
            return;
        }

        // "Apixaban 5 mg", "Artemether-Lumefantrine 80/480 mg", "Vaxigrip Tetra 0,5 mL": a drug before its dose.
        if (!titled && DoseFollows(text, end))
        {
            return;
        }

        // "Parkinson's disease", "Hodgkin lymphoma": an eponym, not a person — unless a given name that is no eponym
        // stands in the segment ("Sarah Wilson's test results"), or a title precedes a possessive that no eponym noun
        // follows ("Mr Baker's account").
        var eponymNounFollows = FollowedByEponymNoun(text, end, eponymSurname: false);
        if ((eponymNounFollows || FollowedByEponymNoun(text, end, eponyms > 0))
            && !HasGivenNameThatIsNoEponym(text, words) && !(titled && !eponymNounFollows))
        {
            return;
        }

        var score = 0.25;
        if (firstHits > 0)
        {
            score += 0.35;
        }

        if (lastHits > 0)
        {
            score += firstHits > 0 ? 0.2 : 0.3;
        }

        if (words.Count >= 2)
        {
            score += 0.1;

            // Two or three capitalised words inside a sentence, none of them an ordinary word, read as a name
            // ("…saw a man strike Katarzyna Villarreal…"); at a sentence start they could be a heading.
            // A form's or a list's label before the name ("RN: Shaniqua Worthington", "Veileder: Ingvild Rønning") is no
            // heading, when the name fills the rest of the line and none of its words is an English word.
            var sentenceStart = IsSentenceStart(text, words[0].Start) && !IsLabelledName(text, words);

            // Not a product's name: a short acronym among the words ("Dell XPS", "Advantage PPO") or a model number after
            // them ("Redmi Note 12", "Trelegy Ellipta 92/55/22") when no list knows any of the words.
            if (words.Count <= 3 && !sentenceStart && words.TrueForAll(w => w.End - w.Start >= 3)
                && !(firstHits == 0 && lastHits == 0 && !IsAllCaps(text, words[0]) && (HasAcronym(text, words) || ModelNumberAfter(text, end)))
                && !(firstHits == 0 && lastHits == 0 && words.TrueForAll(w => IsOrdinaryCapitalised(text.AsSpan(w.Start, w.End - w.Start)))))
            {
                score += 0.15;
            }

            // "Mei-Ling", "Jae-won": hyphenated given names ("High-risk" opening a sentence is not one).
            if (IsHyphenatedGivenName(text, words[0]) && (!sentenceStart || lastHits > 0))
            {
                score += 0.2;
            }

            // "P. Dhaliwal", "T. Abernathy-Sloane": an initial and a family name no list holds, when that is no ordinary word.
            // (Not the last letter of an abbreviation: "P.S. Koramangala", "U.O. Cardiologia".)
            if (words.Count == 2 && words[0].End - words[0].Start == 1 && words[0].End < text.Length && text[words[0].End] == '.'
                && !(words[0].Start >= 1 && text[words[0].Start - 1] == '.') && words[1].End - words[1].Start >= 3 && !IsOrdinaryCapitalised(text.AsSpan(words[1].Start, words[1].End - words[1].Start))
                && !Lexicon.NotNames.Contains(text.AsSpan(words[1].Start, words[1].End - words[1].Start)))
            {
                score += 0.25;
            }

            // "Somchai H. Nilsson": a middle initial between capitalised words is how names are written.
            for (var w = 1; w < words.Count - 1; w++)
            {
                if (words[w].End - words[w].Start == 1 && words[w].End < text.Length && text[words[w].End] == '.')
                {
                    score += 0.3;
                    break;
                }
            }
        }

        // Two or more words with a lexicon hit already pass the threshold: context cues could only add to it.
        if (words.Count >= 2 && (firstHits > 0 || lastHits > 0) && eponyms < words.Count)
        {
            scan.Add(PiiEntityType.Person, start, end - start, Math.Min(1.0, score + (titleBefore ? 0.4 : 0)));
            return;
        }

        // A form label ends in a colon and may hold a qualifier: "Name (as shown on passport): Olusegun Bankole".
        var afterLabel = words.Count >= 2 && start >= 2 && text[start - 1] == ' ' && text[start - 2] == ':';
        var strongCue = titleBefore || scan.CueBefore(start, StrongCues, 16) || (afterLabel && scan.CueBefore(start, StrongCues, 48));
        if (strongCue)
        {
            score += 0.4;
        }
        else if (scan.CueBefore(start, WeakCues, 6))
        {
            score += 0.15;
        }

        // "Smith, Maria" / "ACHEBE, Chinua": a family name, a comma, then a given or capitalised name.
        var lastFirst = end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' '
            && ((lastHits > 0 && IsGivenNameAt(text, end + 2)) || (words.Count == 1 && IsAllCaps(text, words[0]) && IsNameStart(text, end + 2)));
        if (lastFirst)
        {
            score += 0.3;
        }

        // "K. Abernathy, MD", "J. Okoro, RN": an initial and a name before a clinician's credential (not "Baltimore, MD").
        var afterCue = scan.CueAfter(end, AfterCues, 18)
            || (words.Count >= 2 && words[0].End - words[0].Start == 1 && FollowedByCredential(text, end))
            || RelationInBracketsAfter(text, end);
        if (afterCue)
        {
            score += 0.25;
        }

        if (firstHits == 0 && lastHits == 0 && words.Count == 1 && !strongCue && !lastFirst && !afterCue)
        {
            return; // a lone unknown capitalised word is not a name without evidence
        }

        // "Agent: Sorry about that", "Agent: Call 0860 …", "Agent: Do you have …": a chat line opens with an ordinary word
        // after its speaker's label; the label ("Agent", "Customer") is no cue for it. A lone word no list holds that is an
        // ordinary English word ("Relations", "Weekly") is no name after any cue either.
        // Only where a sentence goes on after the word ("Sorry about", "Call 0860"): "I'm Hope, Faith's sister" keeps its name.
        // A relative's word right before the word makes it a name even when it is an English word too ("my son Josh", "his
        // daughter Grace"). So does a personal title written just before it ("Dr. Sands on call", "Dr. Mark on call"), and a
        // given name introducing a caller after a strong cue ("this is Mark from BPI").
        if (words.Count == 1 && !lastFirst && end + 1 < text.Length && text[end] == ' ' && char.IsLetterOrDigit(text[end + 1]) && !char.IsUpper(text[end + 1])
            && ((firstHits == 0 && lastHits == 0 && !titleBefore) || AfterSpeakerLabel(text, start)) && IsOrdinaryCapitalised(text.AsSpan(start, end - start))
            && !KinWords.Contains(TextScan.WordBefore(text, start, 12)) && !PersonalTitleBefore(text, start)
            && !(strongCue && text.AsSpan(end).StartsWith(" from ") && Lexicon.CuratedFirstNames.Contains(text.AsSpan(start, end - start))))
        {
            return;
        }

        // "SNF", "CBT", "HMRC": a lone unlisted word in ASCII capitals with no vowel is an abbreviation, not a name
        // ("ÖZTÜRK" has vowels outside ASCII).
        // Nor one of four letters or fewer with vowels ("ACC", "HSE", "AIA", "FNOL", "DV"): names that short in capitals are
        // listed ones ("LEE", "WU"), which count as hits.
        // After a name's label and before ", Given" with a listed given name it is the family name all the same ("Name: LAM, Kevin
        // Chun-Wai"; not "Agent: SPVM, OK", "for DWI, Texas Penal Code").
        if (firstHits == 0 && lastHits == 0 && words.Count == 1 && IsAllCaps(text, words[0]) && !(lastFirst && strongCue && IsGivenNameAt(text, end + 2))
            && !text.AsSpan(start, end - start).ContainsAnyExceptInRange('A', 'Z')
            && (text.AsSpan(start, end - start).IndexOfAny("AEIOUY") < 0 || end - start <= 4))
        {
            return;
        }

        // "UGX 640,000", "KES 5,000": three capitals before or after an amount are its currency (not "34 ABC 482", a plate).
        if (words.Count == 1 && end - start == 3 && IsAllCaps(text, words[0])
            && (AmountAt(text, end + 1) != (start >= 2 && text[start - 1] == ' ' && char.IsAsciiDigit(text[start - 2]))))
        {
            return;
        }

        // "Grace period ends…", "Frank discussion…": a lone given name opening a sentence before a lower-case word; a
        // family name of two letters too ("Le remboursement", "Da quando").
        // A curated given name that is no word at all keeps its score there before an English word ("Noted. Declan to bring
        // photo ID."); before another language's word it may be a town's ("Mary welaýat köpugurly hassahanasy").
        if (words.Count == 1 && !strongCue && !afterCue && (lastHits == 0 || end - start <= 2) && IsSentenceStart(text, start)
            && end + 1 < text.Length && text[end] == ' ' && char.IsLower(text[end + 1])
            && (!Lexicon.CuratedFirstNames.Contains(text.AsSpan(start, end - start)) || IsOrdinaryCapitalised(text.AsSpan(start, end - start))
                || Lexicon.NotNames.Contains(text.AsSpan(start, end - start)) || !OrdinaryWords.Contains(text.AsSpan(end + 1, LowerWordEnd(text, end + 1) - end - 1))))
        {
            score -= 0.2;
        }

        if (eponyms == words.Count && !strongCue)
        {
            score -= 0.3;
        }

        scan.Add(PiiEntityType.Person, start, end - start, score);

        // "Solicitor Pemberton, Kristina, phone…": a cued family name followed by ", Given," — the given name too.
        if (words.Count == 1 && (strongCue || lastFirst) && end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' ' && IsNameStart(text, end + 2))
        {
            var givenEnd = WordEnd(text, end + 2);
            var given = text.AsSpan(end + 2, givenEnd - end - 2);
            // Not an ordinary word ("from Dublin, Terminal 2", "Cork, Gate 4").
            if (!Lexicon.NotNames.Contains(given) && (givenEnd == text.Length || text[givenEnd] is ',' or '.' or ';' or ' ' or ')')
                && (Lexicon.FirstNames.Contains(given) || !IsOrdinaryCapitalised(given)))
            {
                scan.Add(PiiEntityType.Person, end + 2, givenEnd - end - 2, score);
            }
        }
    }

    /// <summary>"Parkinson's disease", "Hodgkin lymphoma", "Graves' disease", or a possessive of a known eponym.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>
    /// Whether the word from <paramref name="start"/> to <paramref name="end"/> is a listed eponym before a qualifier and its
    /// noun ("Westley croup score", "Glasgow coma scale"): a clinical scale, not a person.
    /// </summary>
    internal static bool IsEponymBeforeQualifiedNoun(string text, int start, int end)
    {
        if (!EponymSurnameLookup.Contains(text.AsSpan(start, end - start)) || end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1]))
        {
            return false;
        }

        var qualifierEnd = end + 1;
        while (qualifierEnd < text.Length && char.IsLetter(text[qualifierEnd]))
        {
            qualifierEnd++;
        }

        return FollowedByEponymNoun(text, qualifierEnd, eponymSurname: false);
    }

    internal static bool FollowedByEponymNoun(string text, int end, bool eponymSurname)
    {
        var i = end;
        var possessive = false;
        if (i < text.Length && text[i] is '\'' or '’')
        {
            i++;
            if (i < text.Length && text[i] == 's')
            {
                i++;
            }

            possessive = true;
        }

        if (possessive && eponymSurname)
        {
            return true;
        }

        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        var wordStart = ++i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i > wordStart && EponymNounLookup.Contains(text.AsSpan(wordStart, i - wordStart));
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacesInBuildings = new[]
    {
        "Ward", "Bay", "Bed", "Room", "Unit", "Floor", "Level", "Suite", "Block", "Wing", "Theatre", "Theater", "Flat", "Cubicle",
        "Pod", "Gate", "Platform", "Building", "Cell", "Dock",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationWords = new[]
    {
        "Hospital", "Hospitals", "Clinic", "Clinics", "Infirmary", "Hospice", "Memorial", "Medical", "University", "College",
        "Institute", "Foundation", "Bank", "Bancorp", "Inc", "Ltd", "LLC", "PLC", "Corporation", "Corp", "Pharmacy", "Laboratories",
        // Hospitals and clinics in other languages ("Szent-Györgyi Albert Klinikai Központ", "Ospedale San Raffaele").
        "Klinikai", "Klinika", "Klinik", "Klinikum", "Kórház", "Központ", "Szpital", "Nemocnice", "Sjukhus", "Sykehus", "Ospedale",
        "Hôpital", "Krankenhaus", "Ziekenhuis", "Hastanesi", "Hospitalet",
        // A practice, station or room named after a place or person ("Hillside Surgery", "Tralee Garda Station").
        "Surgery", "Practice", "Station", "Room", "Mall", "Garda", "Academic", "General", "Regional", "District", "Teaching",
        "Library", "Department", "Health", "Stoppers", "Afdeling",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationTails = new[]
    {
        "Services", "Service", "Team", "Department", "Dept", "Depot", "Act", "Trust", "Council", "Agency", "Authority", "Bureau",
        "Constabulary", "Partners", "Associates", "Mutual", "Insurance", "Group", "Committee", "Board", "Unit", "Ward", "Centre", "Center",
        "Police", "Court", "Tribunal", "Helpline", "IRA", "ISA", "Law", "Mall", "Station", "Library", "Stadium", "Museum", "Airport", "Code",
        // Schemes, programmes and rules named after a founder or a place ("Sehat Sahulat Programme", "Accident Benefits Schedule").
        "Programme", "Program", "Scheme", "Fund", "Schedule", "Standards", "Rules", "Regulations", "Directive", "Framework", "Initiative",
        "Allowance", "Benefit", "Benefits", "Ombudsman", "Commission", "Registry", "Network", "Foundation", "Society", "Association",
        "Plc", "PLC", "Ltd", "LLC", "Inc", "GmbH", "SA", "AG", "NV", "BV", "AB", "ASA", "Oy", "SpA", "Srl",
        // Businesses and branches named after a founder or a place ("Coscharis Motors", "Rossouw Makelaars", "Kothrud Branch",
        // "SOLARIS ENERGY PTY LTD").
        "Motors", "Makelaars", "Branch", "Energy", "Electronics", "Pty", "PTY", "LTD", "Limited", "Holdings", "Alerts",
        // Couriers, direct insurers, chains, pharmacies and practices ("Loomis Express", "Hastings Direct", "Stewart's Shops",
        // "Ernest Chemists", "Lakeshore Family Medicine", "Crawford & Company").
        "Express", "Direct", "Shops", "Stores", "Chemists", "Chemist", "Pharmacy", "Medicine", "Company",
        // A police department by its town ("Phoenix PD").
        "PD",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Buildings named after a founder or a place ("at Adams Arcade", "our offices at Mazingira House", "Banex Plaza"); after a
    // comma or a number they are a line of someone's address ("Unit 1204, Avida Towers") and are masked with it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildingTails = new[]
    {
        "Plaza", "Arcade", "House", "Tower", "Towers", "Suite",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Hospitals, stations and bodies named after a place or a founder ("Apollo Hospitals", "Bukit Batok Polyclinic",
    // "Tampines MRT", "Principality Building Society", "Reliance HMO", "Nepean Police Area Command"); a full listed name
    // before one stays a person ("Maria Chen Hospital rounds").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionTails = new[]
    {
        "Hospital", "Hospitals", "Polyclinic", "Infirmary", "Clinic", "MRT", "Building", "HMO", "Division", "Command", "Market",
        // Shopping places named after someone or somewhere ("Adams Arcade", "Sarit Centre", "Yaya Plaza").
        "Arcade", "Plaza", "Mall",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitNouns = new[]
    {
        "team", "ward", "department", "dept", "services", "service", "unit", "desk", "office", "helpline", "hotline", "portal", "class",
        // A business's or a product's own nouns ("a Jollibee branch", "my MoMo wallet", "the Revolut app").
        "branch", "wallet", "app", "outlet", "store", "kiosk", "franchise",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="word"/> makes the word before it an institution's name ("Tampines MRT", "Bukit Batok
    /// Polyclinic"). The word model leaves the word before such a word alone too (measured: leaving the word before a
    /// building's or a unit's noun alone as well cost more leaks than it saved kept values).
    /// </summary>
    internal static bool IsInstitutionTail(ReadOnlySpan<char> word) =>
        InstitutionTails.Contains(word);

    /// <summary>Whether a word of up to four letters in capitals stands among the words ("Dell XPS", "Advantage PPO").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasAcronym(string text, List<(int Start, int End)> words)
    {
        foreach (var word in words)
        {
            if (word.End - word.Start <= 4 && IsAllCaps(text, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one to three digits follow as a model number ("Note 12", "XPS 13", "Ellipta 92/55/22"), not a phone number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ModelNumberAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsAsciiDigit(text[end + 1]))
        {
            return false;
        }

        var i = end + 1;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        // Not a house number: an address goes on with a comma or a flat ("Kale Nagusia 8, 2º izda", "Straße 112/7/14").
        return i - end - 1 <= 3 && (i == text.Length || !(text[i] == ',' || (text[i] == ' ' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
            && !(i + 1 < text.Length && text[i] == '/' && char.IsAsciiDigit(text[i + 1]) && i + 2 < text.Length && text.AsSpan(i + 1).IndexOf('/') is >= 1 and <= 3
                && !LooksLikeDose(text, i));
    }

    /// <summary>Whether the words follow a short label at a line's start ("Crew: ACO …", "Worker: …") and end the line or its clause.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsLabelledName(string text, List<(int Start, int End)> words)
    {
        var start = words[0].Start;
        var end = words[^1].End;
        if (start < 3 || text[start - 1] != ' '
            || !(end == text.Length || text[end] is '\n' or '\r' or ',' or ';' or '.' or ')' || text.AsSpan(end).StartsWith(" (") || text.AsSpan(end).StartsWith(" →")))
        {
            return false;
        }

        // The label ends in a colon, maybe with a unit's acronym after it ("Crew: ACO").
        var labelEnd = start - 1;
        var before = text.AsSpan(0, labelEnd);
        var lastSpace = before.LastIndexOf(' ');
        if (text[labelEnd - 1] != ':' && !(lastSpace > 0 && before[lastSpace - 1] == ':' && labelEnd - lastSpace - 1 is >= 2 and <= 4
            && !before[(lastSpace + 1)..].ContainsAnyExceptInRange('A', 'Z')))
        {
            return false;
        }

        var from = Math.Max(0, start - 40);
        var newline = text.AsSpan(from, start - from).LastIndexOf('\n');
        if (newline < 0 && from > 0)
        {
            return false;
        }

        Span<char> lower = stackalloc char[24];
        foreach (var (wordStart, wordEnd) in words)
        {
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (word.Length > lower.Length)
            {
                return false;
            }

            var length = word.ToLowerInvariant(lower);
            if (OrdinaryWords.Contains(lower[..length]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"92/55/22" is a dose of three drugs (an inhaler's micrograms), "112/7/14" a house, stair and flat: told apart by what follows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksLikeDose(string text, int slash)
    {
        var i = slash;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '/'))
        {
            i++;
        }

        var after = text.AsSpan(i).TrimStart(' ');
        return after.StartsWith("mc", StringComparison.OrdinalIgnoreCase) || after.StartsWith("mg", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("once", StringComparison.OrdinalIgnoreCase) || after.StartsWith("daily", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("twice", StringComparison.OrdinalIgnoreCase) || after.StartsWith("inh", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("puff", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a dose follows: a number (with "/", "." or "," inside) and a unit ("5 mg", "80/480 mg", "0,5 mL", "100 IU").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool DoseFollows(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ' || !char.IsAsciiDigit(text[end + 1]))
        {
            return false;
        }

        var i = end + 1;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is '/' or '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            i++;
        }

        var unit = text.AsSpan(i).TrimStart(' ');
        var unitEnd = 0;
        while (unitEnd < unit.Length && char.IsLetter(unit[unitEnd]))
        {
            unitEnd++;
        }

        return unitEnd > 0 && DoseUnits.Contains(unit[..unitEnd]);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DoseUnits = new[]
    {
        "mg", "mcg", "µg", "ug", "g", "ml", "mL", "IU", "iu", "units", "unit", "mmol", "puffs", "puff", "tabs", "tablets", "caps",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a car or phone maker stands right before <paramref name="start"/>: the words after it are its model ("Nissan Tiida").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool MakerBefore(string text, int start) => TextScan.WordBefore(text, start, 12) is { IsEmpty: false } word && Makers.Contains(word);

    /// <summary>
    /// After a car maker: a model — a second capitalised word that is no listed family name, or a code ("F-150", "3008").
    /// Only family names count against it: models are often given names too ("Renault Clio", "Škoda Octavia").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ModelFollows(string text, List<(int Start, int End)> words)
    {
        if (words.Count >= 2)
        {
            // A model number after the run makes the second word a model whatever lists hold it ("Mahindra Arjun 605").
            var last = words[^1].End;
            return (NameWords.Of(text.AsSpan(words[1].Start, words[1].End - words[1].Start)) & WordKinds.LastName) == 0
                || (last + 1 < text.Length && text[last] == ' ' && char.IsAsciiDigit(text[last + 1]));
        }

        var end = words[0].End;
        if (end + 2 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        // A model left out of the run as an ordinary word ("Transit"), or a code.
        var model = TextScan.WordAfter(text, end);
        return char.IsAsciiDigit(text[end + 1])
            || (char.IsAsciiLetterUpper(text[end + 1]) && (text[end + 2] == '-' || char.IsAsciiDigit(text[end + 2])
                || (model.Length >= 2 && (NameWords.Of(model) & WordKinds.LastName) == 0)));
    }

    // A next of kin with the relation in brackets after the name ("NOK: Mercy Jepchirchir (wife)", "P. Murugesan (son)"). The
    // brackets are read here, not as cue words: bare "son" after a word says nothing ("Sacré-Cœur pour son asthme").
    private static readonly string[] BracketedRelations = [" (wife)", " (husband)", " (son)", " (daughter)", " (mother)", " (father)", " (sister)",
        " (brother)", " (partner)", " (friend)", " (mum)", " (mom)", " (NOK)"];

    private static bool RelationInBracketsAfter(string text, int end)
    {
        if (end + 5 >= text.Length || text[end] != ' ' || text[end + 1] != '(')
        {
            return false;
        }

        foreach (var relation in BracketedRelations)
        {
            if (text.AsSpan(end).StartsWith(relation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCuratedGivenName(string text, List<(int Start, int End)> words)
    {
        foreach (var (start, end) in words)
        {
            if (Lexicon.CuratedFirstNames.Contains(text.AsSpan(start, end - start)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HospitalWords = new[]
    {
        "Hospital", "Ospedale", "Hôpital", "Hospitalet", "Klinikum", "Clinica", "Clínica", "Universitario", "Universitaria",
        "Policlinico", "Szpital", "Nemocnice", "Kórház", "Sjukhus", "Sykehus", "Ziekenhuis", "Krankenhaus", "Νοσοκομείο",
        "Spitalul", "Poradni", "Poradnia", "Stazione",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word before <paramref name="start"/> (one space between) is a word for hospital.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool InstitutionBefore(string text, int start)
    {
        if (start < 8 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
        {
            return false;
        }

        var wordStart = start - 2;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]) && start - wordStart < 16)
        {
            wordStart--;
        }

        // Over a particle ("Hospital Universitario La Paz" when the run is "Paz").
        if (start - 1 - wordStart <= 3 && wordStart >= 8 && text[wordStart - 1] == ' ')
        {
            return InstitutionBefore(text, wordStart);
        }

        return HospitalWords.Contains(text.AsSpan(wordStart, start - 1 - wordStart));
    }

    /// <summary>"St. Michael's Hospital", "Saint Mary's Clinic": a saint's name before an institution.</summary>
    private static bool SaintBefore(string text, int start) =>
        (start >= 4 && text.AsSpan(start - 4, 4) is "St. ") || (start >= 3 && text.AsSpan(start - 3, 3) is "St ")
        || (start >= 6 && text.AsSpan(start - 6, 6) is "Saint ");

    /// <summary>
    /// A word written as a brand rather than a name: three capitals or more, then lower case ("GTBank", "NHSmail"), or a capital
    /// inside after a prefix of four letters or more that is no given name ("MediShield", "WhatsApp"; not "McDonald",
    /// "DeShawn", "MaryBeth").
    /// </summary>
    private static bool HasBrandShapedWord(string text, List<(int Start, int End)> words)
    {
        foreach (var (start, end) in words)
        {
            var word = text.AsSpan(start, end - start);
            if (word.Length < 4)
            {
                continue;
            }

            // Capitals, then only lower case to the end ("GTBank", not the misread "MACKlNNON").
            var lower = word.IndexOfAnyInRange('a', 'z');
            if (lower >= 3 && word.Length - lower >= 2 && !word[..lower].ContainsAnyExceptInRange('A', 'Z') && !word[lower..].ContainsAnyExceptInRange('a', 'z'))
            {
                return true;
            }

            for (var i = 4; i < word.Length - 1; i++)
            {
                if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]) && char.IsLower(word[i + 1]))
                {
                    return !Lexicon.FirstNames.Contains(word[..i]);
                }
            }
        }

        return false;
    }

    /// <summary>"the Billing team", "St James ward": a lower-case unit noun right after the run.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool FollowedByUnitNoun(string text, int end) =>
        end + 1 < text.Length && char.IsAsciiLetterLower(text[end + 1]) && UnitNouns.Contains(TextScan.WordAfter(text, end));

    /// <summary>Whether the capitalised word right after <paramref name="end"/> is in <paramref name="set"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NextWordIn(string text, int end, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set) =>
        end + 1 < text.Length && char.IsAsciiLetterUpper(text[end + 1]) && set.Contains(TextScan.WordAfter(text, end));

    /// <summary>
    /// Whether an institution's word follows the run, past possessives and words such as "University" or "Regional"
    /// ("St Vincent's University Hospital", "Austin Regional Clinic", "Rainbow Children's Hospital", "Principality Building Society").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool InstitutionFollows(string text, int end)
    {
        for (var words = 0; words < 3; words++)
        {
            if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's')
            {
                end += 2; // "Vincent's"
            }
            else if (end < text.Length && text[end] is '\'' or '’')
            {
                end++; // "Thomas'"
            }

            var next = TextScan.WordAfter(text, end);
            if (next.IsEmpty || !char.IsUpper(next[0]))
            {
                return false;
            }

            if (InstitutionTails.Contains(next) || (next.SequenceEqual("Society") && words > 0))
            {
                return true;
            }

            end += 1 + next.Length;
        }

        return false;
    }


    /// <summary>Whether the capitalised word right after <paramref name="end"/> makes the run an organisation or place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NamesAnOrganisation(string text, int end) =>
        end + 2 < text.Length && TextScan.WordAfter(text, end) is { Length: > 0 } word && char.IsUpper(word[0]) && OrganisationWords.Contains(word);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasGivenNameThatIsNoEponym(string text, List<(int Start, int End)> words)
    {
        foreach (var (s, e) in words)
        {
            var word = text.AsSpan(s, e - s);
            if ((NameWords.Of(word) & WordKinds.FirstName) != 0 && !EponymSurnameLookup.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Credentials = ["MD", "RN", "NP", "PA", "DO", "PhD", "LPN", "DDS", "FRCS", "MRCP", "PharmD"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool FollowedByCredential(string text, int end)
    {
        if (end + 4 > text.Length || text[end] != ',' || text[end + 1] != ' ')
        {
            return false;
        }

        var after = text.AsSpan(end + 2);
        foreach (var credential in Credentials)
        {
            if (after.StartsWith(credential, StringComparison.Ordinal) && (after.Length == credential.Length || !char.IsLetterOrDigit(after[credential.Length])))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsAllCaps(string text, (int Start, int End) word)
    {
        var span = text.AsSpan(word.Start, word.End - word.Start);
        return span.Length >= 3 && !span.ContainsAnyInRange('a', 'z') && !Lexicon.NotNames.Contains(span);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsHyphenatedGivenName(string text, (int Start, int End) word)
    {
        var span = text.AsSpan(word.Start, word.End - word.Start);
        var hyphen = span.IndexOf('-');
        return hyphen is >= 2 and <= 6 && hyphen < span.Length - 2 && span[..hyphen].Length <= 6 && char.IsLetter(span[hyphen + 1]);
    }

    /// <summary>"Adding Samira…", "Processed by…": sentence openers ending like verbs are not part of a name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksLikeVerb(string text, (int Start, int End) word)
    {
        var span = text.AsSpan(word.Start, word.End - word.Start);
        return span.Length > 4 && (span.EndsWith("ing") || span.EndsWith("ed") || span.EndsWith("ly") || span.EndsWith("ise") || span.EndsWith("ize"));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsKnownName(string text, (int Start, int End) word)
    {
        var span = text.AsSpan(word.Start, word.End - word.Start);
        return (NameWords.Of(span) & (WordKinds.FirstName | WordKinds.LastName)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSentenceStart(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && (text[j] is ' ' or '"' or '\'' or '(' or '“' or '‘'))
        {
            j--;
        }

        if (j >= 0 && text[j] == '.')
        {
            // "Dr. Niamh Byrne": the full stop of a title abbreviation does not end a sentence.
            var k = j - 1;
            while (k >= 0 && char.IsLetter(text[k]))
            {
                k--;
            }

            if (TitleLookup.Contains(text.AsSpan(k + 1, j - k - 1)))
            {
                return false;
            }
        }

        return j < 0 || text[j] is '.' or '!' or '?' or ':' or ';' or '\n' or '\r' or '-' or '•' or '*';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsGivenNameAt(string text, int i)
    {
        var end = WordEnd(text, i);
        return end > i && Lexicon.FirstNames.Contains(text.AsSpan(i, end - i));
    }
}
