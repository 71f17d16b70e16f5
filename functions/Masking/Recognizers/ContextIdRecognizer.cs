using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Identifiers with no fixed shape (record, member, account, policy, licence, passport, serial numbers): an
/// identifier-like token is personal data when a keyword naming its kind stands just before it.
/// </summary>
internal sealed partial class ContextIdRecognizer : IRecognizer
{
    // Longest phrases first so "medical record number" wins over "record".
    private static readonly (string Keyword, PiiEntityType Type)[] Keywords =
    [
        ("medical record number", PiiEntityType.MedicalRecordNumber), ("medical record no", PiiEntityType.MedicalRecordNumber),
        ("medical record", PiiEntityType.MedicalRecordNumber), ("hospital number", PiiEntityType.MedicalRecordNumber),
        ("patient number", PiiEntityType.MedicalRecordNumber), ("patient id", PiiEntityType.MedicalRecordNumber),
        ("chart number", PiiEntityType.MedicalRecordNumber), ("record number", PiiEntityType.MedicalRecordNumber),
        ("mrn", PiiEntityType.MedicalRecordNumber), ("mr#", PiiEntityType.MedicalRecordNumber), ("mr no", PiiEntityType.MedicalRecordNumber),
        ("chart no", PiiEntityType.MedicalRecordNumber), ("hosp no", PiiEntityType.MedicalRecordNumber),
        ("hosp", PiiEntityType.MedicalRecordNumber), ("hospital no", PiiEntityType.MedicalRecordNumber), ("med rec", PiiEntityType.MedicalRecordNumber),
        ("med rec no", PiiEntityType.MedicalRecordNumber), ("medrec", PiiEntityType.MedicalRecordNumber), ("unit no", PiiEntityType.MedicalRecordNumber),
        ("case note", PiiEntityType.MedicalRecordNumber), ("mrns", PiiEntityType.MedicalRecordNumber), ("chart", PiiEntityType.MedicalRecordNumber), ("ehr id", PiiEntityType.MedicalRecordNumber),
        ("emr id", PiiEntityType.MedicalRecordNumber), ("hospital id", PiiEntityType.MedicalRecordNumber), ("urn", PiiEntityType.MedicalRecordNumber),
        ("encounter", PiiEntityType.MedicalRecordNumber), ("encounter number", PiiEntityType.MedicalRecordNumber), ("encounter id", PiiEntityType.MedicalRecordNumber),
        ("accession", PiiEntityType.MedicalRecordNumber), ("accession number", PiiEntityType.MedicalRecordNumber), ("accession no", PiiEntityType.MedicalRecordNumber),
        // An HIV clinic's antiretroviral therapy and comprehensive care numbers ("ART no. MPC-23-04417", "CCC no 13939-01234").
        ("art no", PiiEntityType.MedicalRecordNumber), ("art number", PiiEntityType.MedicalRecordNumber), ("ccc no", PiiEntityType.MedicalRecordNumber),
        ("ccc number", PiiEntityType.MedicalRecordNumber),
        ("specimen id", PiiEntityType.MedicalRecordNumber), ("rx", PiiEntityType.MedicalRecordNumber), ("prescription number", PiiEntityType.MedicalRecordNumber),
        ("health plan number", PiiEntityType.HealthPlanNumber), ("health plan id", PiiEntityType.HealthPlanNumber),
        ("health plan", PiiEntityType.HealthPlanNumber), ("member id", PiiEntityType.HealthPlanNumber),
        ("member number", PiiEntityType.HealthPlanNumber), ("member no", PiiEntityType.HealthPlanNumber),
        ("membership number", PiiEntityType.HealthPlanNumber), ("subscriber id", PiiEntityType.HealthPlanNumber),
        ("subscriber number", PiiEntityType.HealthPlanNumber), ("beneficiary number", PiiEntityType.HealthPlanNumber),
        ("beneficiary id", PiiEntityType.HealthPlanNumber), ("insurance id", PiiEntityType.HealthPlanNumber),
        ("insurance number", PiiEntityType.HealthPlanNumber), ("medicare number", PiiEntityType.HealthPlanNumber),
        ("medicare id", PiiEntityType.HealthPlanNumber), ("medicaid id", PiiEntityType.HealthPlanNumber),
        ("medicaid number", PiiEntityType.HealthPlanNumber), ("group number", PiiEntityType.HealthPlanNumber),
        ("plan id", PiiEntityType.HealthPlanNumber), ("member", PiiEntityType.HealthPlanNumber),
        ("bank account number", PiiEntityType.AccountNumber), ("account number", PiiEntityType.AccountNumber),
        ("account no", PiiEntityType.AccountNumber), ("account ending in", PiiEntityType.AccountNumber),
        ("bank acc", PiiEntityType.AccountNumber), ("acc no", PiiEntityType.AccountNumber), ("acc number", PiiEntityType.AccountNumber),
        // The last digits of a number, as calls and statements give them ("SSN on file ends 4471", "last four of your social",
        // "tarjeta terminada en 7745").
        ("ends", PiiEntityType.AccountNumber), ("ends in", PiiEntityType.AccountNumber), ("ending", PiiEntityType.AccountNumber),
        ("last four", PiiEntityType.AccountNumber), ("last 4", PiiEntityType.AccountNumber), ("your social", PiiEntityType.PassportNumber),
        ("my social", PiiEntityType.PassportNumber), ("terminada en", PiiEntityType.AccountNumber), ("terminado en", PiiEntityType.AccountNumber),
        ("terminando em", PiiEntityType.AccountNumber), ("terminando en", PiiEntityType.AccountNumber),
        ("acabada en", PiiEntityType.AccountNumber), ("acabado en", PiiEntityType.AccountNumber), ("termina en", PiiEntityType.AccountNumber),
        ("terminante", PiiEntityType.AccountNumber), ("termina con", PiiEntityType.AccountNumber), ("finissant par", PiiEntityType.AccountNumber),
        ("terminant par", PiiEntityType.AccountNumber), ("eindigend op", PiiEntityType.AccountNumber), ("endend auf", PiiEntityType.AccountNumber),
        // Icelandic "ending in" ("kortinu (endar á 5430)"); a Greek identity card's, registration's and case file's numbers.
        // Spanish "ending" and Vietnamese "tail" before a card's last digits ("terminación 3316", "thẻ phụ đuôi 8821"); an
        // Israeli doctor's licence ("מ.ר. 27734"); a device's serial ("s/no 5CG1204XQZ", Spanish "N/S PF3KX9TZ"); a French
        // hospital's permanent patient number ("IPP : 800234915").
        ("terminación", PiiEntityType.AccountNumber), ("legajo", PiiEntityType.AccountNumber), ("đuôi", PiiEntityType.AccountNumber), ("מ.ר", PiiEntityType.LicenseNumber),
        ("s/no", PiiEntityType.DeviceSerial),
        ("endar á", PiiEntityType.AccountNumber), ("ταυτότητας", PiiEntityType.PassportNumber), ("ταυτότητα", PiiEntityType.PassportNumber),
        ("αρ. εγγραφής", PiiEntityType.LicenseNumber), ("εγγραφής", PiiEntityType.LicenseNumber), ("εγγρ", PiiEntityType.LicenseNumber),
        ("φακέλου", PiiEntityType.AccountNumber),
        // A bank's branch, as a customer's payment details give it ("sort 30-94-12", "transit 04471"). Not India's IFSC: the
        // reviewed records keep it (6 to 1), as a branch's public code.
        ("sort", PiiEntityType.AccountNumber), ("transit", PiiEntityType.AccountNumber), ("transit number", PiiEntityType.AccountNumber),
        ("complaint no", PiiEntityType.AccountNumber), ("complaint number", PiiEntityType.AccountNumber),
        ("account ending", PiiEntityType.AccountNumber), ("acct no", PiiEntityType.AccountNumber),
        ("acct", PiiEntityType.AccountNumber), ("a/c", PiiEntityType.AccountNumber), ("account", PiiEntityType.AccountNumber),
        ("accounts", PiiEntityType.AccountNumber), ("accts", PiiEntityType.AccountNumber), ("account nos", PiiEntityType.AccountNumber),
        ("sort code", PiiEntityType.AccountNumber), ("card ending", PiiEntityType.AccountNumber), ("reference", PiiEntityType.AccountNumber),
        ("crime ref", PiiEntityType.AccountNumber), ("crime reference", PiiEntityType.AccountNumber),
        ("case", PiiEntityType.AccountNumber), ("cases", PiiEntityType.AccountNumber), ("incident", PiiEntityType.AccountNumber),
        ("ticket", PiiEntityType.AccountNumber), ("ein", PiiEntityType.AccountNumber), ("tin", PiiEntityType.AccountNumber),
        ("customer number", PiiEntityType.AccountNumber), ("customer id", PiiEntityType.AccountNumber),
        ("client number", PiiEntityType.AccountNumber), ("client id", PiiEntityType.AccountNumber),
        ("case number", PiiEntityType.AccountNumber), ("case no", PiiEntityType.AccountNumber), ("case id", PiiEntityType.AccountNumber),
        ("incident number", PiiEntityType.AccountNumber), ("report number", PiiEntityType.AccountNumber),
        ("employee id", PiiEntityType.AccountNumber), ("badge number", PiiEntityType.AccountNumber), ("badge", PiiEntityType.AccountNumber),
        // A staff or service number ("staff no. 30417", "sgt. Luca Ghisletta, matricola 2231"; not "staff" alone: "our staff
        // 2024 survey") and a French card's last digits ("se termine bien par 1272"). Not an Australian BSB: the reviews keep
        // a branch's number (19 to 2).
        ("staff no", PiiEntityType.AccountNumber), ("staff id", PiiEntityType.AccountNumber),
        ("staff number", PiiEntityType.AccountNumber), ("matricola", PiiEntityType.AccountNumber),
        // The same in other words: an employee's code, Turkish "sicil", Bulgarian "служебен номер", Russian "табельный номер"
        // ("Temsilci Deniz A. (sicil 55218)", "emp code AIIMS/R/20931").
        ("emp code", PiiEntityType.AccountNumber), ("emp id", PiiEntityType.AccountNumber), ("employee code", PiiEntityType.AccountNumber),
        ("employee no", PiiEntityType.AccountNumber), ("sicil", PiiEntityType.AccountNumber), ("sicil no", PiiEntityType.AccountNumber),
        ("служебен номер", PiiEntityType.AccountNumber), ("табельный номер", PiiEntityType.AccountNumber), ("табельный", PiiEntityType.AccountNumber),
        ("termine par", PiiEntityType.AccountNumber), ("termine bien par", PiiEntityType.AccountNumber), ("terminant par", PiiEntityType.AccountNumber),
        ("booking number", PiiEntityType.AccountNumber), ("loan number", PiiEntityType.AccountNumber),
        // Police and court references.
        ("booking", PiiEntityType.AccountNumber), ("booking no", PiiEntityType.AccountNumber), ("warrant", PiiEntityType.AccountNumber),
        ("warrant no", PiiEntityType.AccountNumber), ("warrant number", PiiEntityType.AccountNumber), ("pnc", PiiEntityType.AccountNumber),
        ("pnc id", PiiEntityType.AccountNumber), ("pnc number", PiiEntityType.AccountNumber), ("custody number", PiiEntityType.AccountNumber),
        ("docket", PiiEntityType.AccountNumber), ("docket number", PiiEntityType.AccountNumber), ("arrest number", PiiEntityType.AccountNumber),
        ("iban", PiiEntityType.AccountNumber),
        ("insurance policy number", PiiEntityType.PolicyNumber), ("policy number", PiiEntityType.PolicyNumber),
        ("policy no", PiiEntityType.PolicyNumber), ("policy id", PiiEntityType.PolicyNumber),
        // An insured person's number with a Swiss or German insurer ("insured no. 801.227.319"). Not a constable's "regulation
        // no.": laws are cited the same way ("Regulation No 2016/679").
        ("insured no", PiiEntityType.PolicyNumber), ("insured number", PiiEntityType.PolicyNumber),
        ("claim number", PiiEntityType.PolicyNumber), ("claim no", PiiEntityType.PolicyNumber), ("claim id", PiiEntityType.PolicyNumber),
        ("policy", PiiEntityType.PolicyNumber), ("claim", PiiEntityType.PolicyNumber), ("claims", PiiEntityType.PolicyNumber),
        ("policies", PiiEntityType.PolicyNumber), ("policy ref", PiiEntityType.PolicyNumber), ("claim ref", PiiEntityType.PolicyNumber),
        ("filed", PiiEntityType.PolicyNumber), ("clm", PiiEntityType.PolicyNumber), ("pol", PiiEntityType.PolicyNumber), ("certificate number", PiiEntityType.LicenseNumber),
        ("driver's license number", PiiEntityType.LicenseNumber), ("driver's licence number", PiiEntityType.LicenseNumber),
        ("drivers license number", PiiEntityType.LicenseNumber), ("driving licence number", PiiEntityType.LicenseNumber),
        ("driver's license", PiiEntityType.LicenseNumber), ("driver's licence", PiiEntityType.LicenseNumber),
        ("drivers license", PiiEntityType.LicenseNumber), ("driver license", PiiEntityType.LicenseNumber),
        ("driving licence", PiiEntityType.LicenseNumber), ("license number", PiiEntityType.LicenseNumber),
        ("licence number", PiiEntityType.LicenseNumber), ("license no", PiiEntityType.LicenseNumber),
        ("licence no", PiiEntityType.LicenseNumber), ("license plate", PiiEntityType.LicenseNumber),
        ("licence plate", PiiEntityType.LicenseNumber), ("plate number", PiiEntityType.LicenseNumber),
        ("registration number", PiiEntityType.LicenseNumber), ("dea number", PiiEntityType.LicenseNumber),
        ("npi", PiiEntityType.LicenseNumber), ("dl", PiiEntityType.LicenseNumber),
        // A clinician's registration with a medical or nursing council ("Dr. Nor Azlina Hashim (MMC 48213)", "GMC 7034412").
        ("gmc", PiiEntityType.LicenseNumber), ("nmc", PiiEntityType.LicenseNumber), ("mmc", PiiEntityType.LicenseNumber),
        ("ahpra", PiiEntityType.LicenseNumber), ("hcpc", PiiEntityType.LicenseNumber),
        // A first information report at a police station in Pakistan and India ("FIR No. 412/25").
        ("fir", PiiEntityType.AccountNumber), ("police", PiiEntityType.PolicyNumber), ("policenummer", PiiEntityType.PolicyNumber), ("license", PiiEntityType.LicenseNumber),
        ("licence", PiiEntityType.LicenseNumber), ("plate", PiiEntityType.LicenseNumber),
        ("passport number", PiiEntityType.PassportNumber), ("passport no", PiiEntityType.PassportNumber),
        ("passport", PiiEntityType.PassportNumber), ("travel document number", PiiEntityType.PassportNumber),
        ("travel document no", PiiEntityType.PassportNumber), ("travel document", PiiEntityType.PassportNumber),
        ("identity card number", PiiEntityType.PassportNumber), ("id card number", PiiEntityType.PassportNumber),
        ("identity card", PiiEntityType.PassportNumber), ("id card", PiiEntityType.PassportNumber), ("id card no", PiiEntityType.PassportNumber),
        ("national id number", PiiEntityType.PassportNumber), ("national id", PiiEntityType.PassportNumber),
        ("ni number", PiiEntityType.PassportNumber), ("ni no", PiiEntityType.PassportNumber), ("national insurance number", PiiEntityType.PassportNumber),
        ("national insurance no", PiiEntityType.PassportNumber),
        ("identity document", PiiEntityType.PassportNumber), ("document number", PiiEntityType.PassportNumber),
        ("serial number", PiiEntityType.DeviceSerial), ("serial no", PiiEntityType.DeviceSerial), ("serial", PiiEntityType.DeviceSerial),
        // Spanish and Portuguese serials ("n.º de serie PF3KX9TZ", "número de série C02FK3ABQ6L4").
        ("de serie", PiiEntityType.DeviceSerial), ("de série", PiiEntityType.DeviceSerial), ("número de serie", PiiEntityType.DeviceSerial),
        ("número de série", PiiEntityType.DeviceSerial),
        // Bulgarian and Russian serials shortened ("лаптоп Lenovo ThinkPad T14 (сер. № PF3KX9Z2)").
        ("сер", PiiEntityType.DeviceSerial), ("серийный номер", PiiEntityType.DeviceSerial),
        // A Vietnamese employee's code, an Estonian claim's number and a Portuguese hospital episode ("mã NV BV-HCM-0582", "Kahju nr
        // 250818-00932", "Episódio n.º 2024-7719302").
        ("mã nv", PiiEntityType.AccountNumber), ("mã nhân viên", PiiEntityType.AccountNumber), ("kahju nr", PiiEntityType.PolicyNumber),
        // A Malay case number ("No. kes: MY-FRD-0212-55173"); not "kes" alone, Kenya's shilling.
        ("no. kes", PiiEntityType.AccountNumber), ("no kes", PiiEntityType.AccountNumber), ("nombor kes", PiiEntityType.AccountNumber),
        ("kahju", PiiEntityType.PolicyNumber), ("episódio", PiiEntityType.MedicalRecordNumber), ("episódio n.º", PiiEntityType.MedicalRecordNumber),
        ("episodio", PiiEntityType.MedicalRecordNumber),
        ("сериен номер", PiiEntityType.DeviceSerial),
        ("s/n", PiiEntityType.DeviceSerial), ("n/s", PiiEntityType.DeviceSerial), ("ipp", PiiEntityType.MedicalRecordNumber), ("sn", PiiEntityType.DeviceSerial), ("device id", PiiEntityType.DeviceSerial),
        ("device identifier", PiiEntityType.DeviceSerial), ("imei", PiiEntityType.DeviceSerial), ("udi", PiiEntityType.DeviceSerial),
        ("mac address", PiiEntityType.DeviceSerial),
        // Medicare's beneficiary identifier, and national identity and tax numbers written under their own names.
        ("mbi", PiiEntityType.HealthPlanNumber), ("medicare mbi", PiiEntityType.HealthPlanNumber),
        ("dni", PiiEntityType.PassportNumber), ("nie", PiiEntityType.PassportNumber), ("nif", PiiEntityType.PassportNumber),
        ("bsn", PiiEntityType.PassportNumber), ("burgerservicenummer", PiiEntityType.PassportNumber),
        ("codice fiscale", PiiEntityType.PassportNumber), ("nir", PiiEntityType.PassportNumber),
        ("sécurité sociale", PiiEntityType.PassportNumber), ("numéro de sécurité sociale", PiiEntityType.PassportNumber),
        ("sozialversicherungsnummer", PiiEntityType.PassportNumber), ("steuer id", PiiEntityType.PassportNumber),
        ("steueridentifikationsnummer", PiiEntityType.PassportNumber), ("personalausweis", PiiEntityType.PassportNumber),
        ("pesel", PiiEntityType.PassportNumber), ("personnummer", PiiEntityType.PassportNumber), ("cpf", PiiEntityType.PassportNumber),
        ("reg", PiiEntityType.LicenseNumber), ("vehicle reg", PiiEntityType.LicenseNumber), ("reg no", PiiEntityType.LicenseNumber),
        ("vrm", PiiEntityType.LicenseNumber), ("number plate", PiiEntityType.LicenseNumber), ("reg plate", PiiEntityType.LicenseNumber),
        ("medicaid", PiiEntityType.HealthPlanNumber), ("medicare", PiiEntityType.HealthPlanNumber),
        ("beneficiary identifier", PiiEntityType.HealthPlanNumber), ("medicare beneficiary identifier", PiiEntityType.HealthPlanNumber),
        ("enc", PiiEntityType.MedicalRecordNumber), ("custody", PiiEntityType.AccountNumber), ("custody no", PiiEntityType.AccountNumber), ("nino", PiiEntityType.PassportNumber),
        // References people are asked to quote, and national numbers under their own names in other countries.
        // M-Pesa's transaction codes, which trace a payment to its sender ("M-PESA refs SCB7XK2PLM, SCB8QW4RTN"), and Puerto Rico's
        // and Latin America's social security number, whose last digits are asked for ("últimos 4 del seguro social: 6174").
        ("refs", PiiEntityType.AccountNumber), ("m-pesa ref", PiiEntityType.AccountNumber), ("m-pesa refs", PiiEntityType.AccountNumber),
        ("mpesa ref", PiiEntityType.AccountNumber), ("seguro social", PiiEntityType.Ssn), ("del seguro social", PiiEntityType.Ssn),
        ("ref", PiiEntityType.AccountNumber), ("booking ref", PiiEntityType.AccountNumber), ("booking reference", PiiEntityType.AccountNumber),
        ("custody ref", PiiEntityType.AccountNumber), ("custody reference", PiiEntityType.AccountNumber),
        ("versichertennummer", PiiEntityType.HealthPlanNumber), ("krankenversichertennummer", PiiEntityType.HealthPlanNumber),
        ("versicherungsnummer", PiiEntityType.HealthPlanNumber), ("carteirinha", PiiEntityType.HealthPlanNumber), ("tessera sanitaria", PiiEntityType.HealthPlanNumber),
        ("pan", PiiEntityType.PassportNumber), ("aadhaar", PiiEntityType.PassportNumber), ("cf", PiiEntityType.PassportNumber),
        // Indonesia's identity and tax numbers ("NIK 3578012207830005", "| npwp | 09.254.294.3-901.000 |").
        ("nik", PiiEntityType.PassportNumber), ("npwp", PiiEntityType.PassportNumber), ("ktp", PiiEntityType.PassportNumber),
        // A police property receipt, which names the person whose property was taken in ("Property receipt 9449-7515001").
        ("property receipt", PiiEntityType.AccountNumber),
        ("sin", PiiEntityType.PassportNumber), ("social insurance number", PiiEntityType.PassportNumber), ("tfn", PiiEntityType.PassportNumber),
        ("personal identity number", PiiEntityType.PassportNumber), ("identity number", PiiEntityType.PassportNumber), ("id number", PiiEntityType.PassportNumber),
        ("permis", PiiEntityType.LicenseNumber), ("permis de conduire", PiiEntityType.LicenseNumber), ("führerschein", PiiEntityType.LicenseNumber),
        ("id", PiiEntityType.AccountNumber), ("frame number", PiiEntityType.DeviceSerial), ("frame no", PiiEntityType.DeviceSerial),
        ("msisdn", PiiEntityType.Phone), ("wallet", PiiEntityType.AccountNumber), ("wallet address", PiiEntityType.AccountNumber),
        ("clave de elector", PiiEntityType.PassportNumber), ("curp", PiiEntityType.PassportNumber), ("rfc", PiiEntityType.PassportNumber),
        ("ine", PiiEntityType.PassportNumber),
        ("ahv", PiiEntityType.PassportNumber), ("ahv nr", PiiEntityType.PassportNumber), ("avs", PiiEntityType.PassportNumber),
        ("sécu", PiiEntityType.PassportNumber), ("numéro de sécu", PiiEntityType.PassportNumber), ("nuss", PiiEntityType.PassportNumber),
        ("imss", PiiEntityType.PassportNumber), ("nss", PiiEntityType.PassportNumber), ("seguridad social", PiiEntityType.PassportNumber),
        ("rut", PiiEntityType.PassportNumber), ("cuil", PiiEntityType.PassportNumber), ("cuit", PiiEntityType.PassportNumber),
        ("cédula", PiiEntityType.PassportNumber), ("cédula de ciudadanía", PiiEntityType.PassportNumber), ("c c", PiiEntityType.PassportNumber),
        ("c f", PiiEntityType.PassportNumber), ("tax number", PiiEntityType.PassportNumber),
        ("tax no", PiiEntityType.PassportNumber), ("tax id", PiiEntityType.PassportNumber), ("afm", PiiEntityType.PassportNumber),
        ("r č", PiiEntityType.PassportNumber), ("rodné číslo", PiiEntityType.PassportNumber), ("birth number", PiiEntityType.PassportNumber),
        ("cnp", PiiEntityType.PassportNumber), ("amka", PiiEntityType.PassportNumber), ("αμκα", PiiEntityType.PassportNumber),
        ("nip", PiiEntityType.PassportNumber), ("dowodem osobistym", PiiEntityType.PassportNumber), ("dowód osobisty", PiiEntityType.PassportNumber),
        ("cartão de cidadão", PiiEntityType.PassportNumber), ("rg", PiiEntityType.PassportNumber),
        ("cartão sus", PiiEntityType.HealthPlanNumber), ("sus", PiiEntityType.HealthPlanNumber), ("cns", PiiEntityType.HealthPlanNumber),
        ("az", PiiEntityType.AccountNumber), ("aktenzeichen", PiiEntityType.AccountNumber), ("zaaknummer", PiiEntityType.AccountNumber),
        ("r g", PiiEntityType.AccountNumber), ("dossiernummer", PiiEntityType.AccountNumber), ("expediente", PiiEntityType.AccountNumber),
        ("cvv", PiiEntityType.CreditCard), ("cvc", PiiEntityType.CreditCard), ("cvv2", PiiEntityType.CreditCard), ("security code", PiiEntityType.CreditCard),
        ("social security number", PiiEntityType.PassportNumber), ("social security no", PiiEntityType.PassportNumber),
        ("uhid", PiiEntityType.MedicalRecordNumber), ("dea", PiiEntityType.LicenseNumber), ("medi cal bic", PiiEntityType.HealthPlanNumber),
        ("tarjeta sanitaria", PiiEntityType.HealthPlanNumber), ("framenummer", PiiEntityType.DeviceSerial), ("numer dowodu", PiiEntityType.PassportNumber),
        ("dowodu", PiiEntityType.PassportNumber), ("utente", PiiEntityType.HealthPlanNumber), ("número de utente", PiiEntityType.HealthPlanNumber),
        ("eurodac", PiiEntityType.PassportNumber), ("card number", PiiEntityType.AccountNumber), ("card no", PiiEntityType.AccountNumber),
        ("nric", PiiEntityType.PassportNumber), ("fin", PiiEntityType.PassportNumber), ("ird", PiiEntityType.PassportNumber),
        ("ird number", PiiEntityType.PassportNumber), ("crn", PiiEntityType.PassportNumber), ("pps", PiiEntityType.PassportNumber),
        ("ramq", PiiEntityType.HealthPlanNumber), ("carte ramq", PiiEntityType.HealthPlanNumber), ("nhi", PiiEntityType.HealthPlanNumber), ("chi", PiiEntityType.HealthPlanNumber), ("chi number", PiiEntityType.HealthPlanNumber),
        ("phn", PiiEntityType.HealthPlanNumber), ("ohip", PiiEntityType.HealthPlanNumber), ("ohip card", PiiEntityType.HealthPlanNumber),
        ("medicare card", PiiEntityType.HealthPlanNumber), ("medical card", PiiEntityType.HealthPlanNumber), ("health card", PiiEntityType.HealthPlanNumber),
        ("ppsn", PiiEntityType.PassportNumber), ("pps number", PiiEntityType.PassportNumber), ("pps no", PiiEntityType.PassportNumber),
        ("patente", PiiEntityType.LicenseNumber), ("rijbewijs", PiiEntityType.LicenseNumber), ("prawo jazdy", PiiEntityType.LicenseNumber),
        // Nigeria, Kenya, Canada (firearms licence), Turkey, the Nordic countries, Hungary, Greece, Poland, Czechia, Portugal,
        // Italy, France: national, tax and health numbers, accounts, policies and claims under their own names.
        ("bvn", PiiEntityType.PassportNumber), ("nin", PiiEntityType.PassportNumber), ("nhia", PiiEntityType.HealthPlanNumber),
        ("nhif", PiiEntityType.HealthPlanNumber), ("kra pin", PiiEntityType.PassportNumber), ("pal", PiiEntityType.LicenseNumber),
        ("tc kimlik", PiiEntityType.PassportNumber), ("kimlik", PiiEntityType.PassportNumber), ("tckn", PiiEntityType.PassportNumber),
        ("hasar dosyası", PiiEntityType.PolicyNumber), ("dosya", PiiEntityType.AccountNumber), ("poliçe", PiiEntityType.PolicyNumber),
        ("cpr", PiiEntityType.PassportNumber), ("hetu", PiiEntityType.PassportNumber), ("henkilötunnus", PiiEntityType.PassportNumber),
        ("fødselsnummer", PiiEntityType.PassportNumber), ("f nr", PiiEntityType.PassportNumber), ("fnr", PiiEntityType.PassportNumber),
        ("personnr", PiiEntityType.PassportNumber), ("kontonummer", PiiEntityType.AccountNumber), ("kontonr", PiiEntityType.AccountNumber),
        ("konto", PiiEntityType.AccountNumber), ("polisenummer", PiiEntityType.PolicyNumber), ("polisnummer", PiiEntityType.PolicyNumber),
        ("skadenummer", PiiEntityType.PolicyNumber), ("taj", PiiEntityType.HealthPlanNumber), ("taj szám", PiiEntityType.HealthPlanNumber),
        ("adóazonosító", PiiEntityType.PassportNumber), ("szerződésszám", PiiEntityType.PolicyNumber), ("ügyszám", PiiEntityType.AccountNumber),
        ("αφμ", PiiEntityType.PassportNumber), ("αδτ", PiiEntityType.PassportNumber), ("polisa", PiiEntityType.PolicyNumber),
        ("polisa oc", PiiEntityType.PolicyNumber), ("szkody komunikacyjnej", PiiEntityType.PolicyNumber), ("numer szkody", PiiEntityType.PolicyNumber),
        ("účtu", PiiEntityType.AccountNumber), ("číslo účtu", PiiEntityType.AccountNumber), ("sns", PiiEntityType.HealthPlanNumber),
        ("polizza", PiiEntityType.PolicyNumber), ("contrat", PiiEntityType.PolicyNumber), ("contrat auto", PiiEntityType.PolicyNumber),
        ("acc", PiiEntityType.AccountNumber), ("acc no", PiiEntityType.AccountNumber),
        // A Brazilian account's branch and number ("ag 1846-7 cc 23.518-X", "agência 0412 conta corrente 10.552-3"), and
        // Pakistan's medical council number ("PMDC 48817-P").
        ("ag", PiiEntityType.AccountNumber), ("agência", PiiEntityType.AccountNumber), ("agencia", PiiEntityType.AccountNumber),
        ("cc", PiiEntityType.AccountNumber), ("c/c", PiiEntityType.AccountNumber), ("conta", PiiEntityType.AccountNumber),
        ("conta corrente", PiiEntityType.AccountNumber), ("pmdc", PiiEntityType.LicenseNumber),
        // A physician's membership number of Spain's, Catalonia's and Central America's medical colleges ("núm. col·legiada
        // 38412", "Col. Méd. 11842", "nº colegiado 282845671"); Catalan's middle dot splits "col·legiada" in two words.
        ("colegiado", PiiEntityType.LicenseNumber), ("colegiada", PiiEntityType.LicenseNumber), ("col méd", PiiEntityType.LicenseNumber),
        ("col med", PiiEntityType.LicenseNumber), ("legiada", PiiEntityType.LicenseNumber), ("legiat", PiiEntityType.LicenseNumber),
        // Croatia, the Philippines, South African hospital folders, and policy, frame and serial numbers in more languages.
        ("oib", PiiEntityType.PassportNumber), ("folder", PiiEntityType.MedicalRecordNumber), ("philhealth", PiiEntityType.HealthPlanNumber),
        ("sss", PiiEntityType.PassportNumber), ("ss no", PiiEntityType.PassportNumber), ("pan card", PiiEntityType.PassportNumber),
        ("t c", PiiEntityType.PassportNumber), ("sins", PiiEntityType.PassportNumber), ("versicherungsschein", PiiEntityType.PolicyNumber),
        ("polisy", PiiEntityType.PolicyNumber), ("vakuutusnumero", PiiEntityType.PolicyNumber), ("runkonumero", PiiEntityType.DeviceSerial),
        ("policenr", PiiEntityType.PolicyNumber), ("policenummer", PiiEntityType.PolicyNumber), ("serienr", PiiEntityType.DeviceSerial),
        ("serienummer", PiiEntityType.DeviceSerial), ("zmluvy", PiiEntityType.PolicyNumber), ("ečv", PiiEntityType.LicenseNumber),
        ("spz", PiiEntityType.LicenseNumber), ("cni", PiiEntityType.PassportNumber), ("carta de condução", PiiEntityType.LicenseNumber),
        // Malaysia, Ghana, India (CKYC, in-patient numbers), the Baltic states, Slovenia, Sweden, Slovakia, Spain, France,
        // Romania, Hungary, Norway.
        ("mykad", PiiEntityType.PassportNumber), ("nhis", PiiEntityType.HealthPlanNumber), ("ghana card", PiiEntityType.PassportNumber),
        ("ckyc", PiiEntityType.PassportNumber), ("ip no", PiiEntityType.MedicalRecordNumber), ("asmens kodas", PiiEntityType.PassportNumber),
        ("a k", PiiEntityType.PassportNumber), ("isikukood", PiiEntityType.PassportNumber), ("emšo", PiiEntityType.PassportNumber),
        ("försäkringsnummer", PiiEntityType.PolicyNumber), ("poistná zmluva", PiiEntityType.PolicyNumber), ("zmluva", PiiEntityType.PolicyNumber),
        ("póliza", PiiEntityType.PolicyNumber), ("poliza", PiiEntityType.PolicyNumber), ("récépissé", PiiEntityType.AccountNumber),
        ("dosar", PiiEntityType.PolicyNumber), ("dosar daună", PiiEntityType.PolicyNumber), ("számlaszám", PiiEntityType.AccountNumber),
        ("rammenr", PiiEntityType.DeviceSerial), ("rammenummer", PiiEntityType.DeviceSerial), ("rammenummeret", PiiEntityType.DeviceSerial),
        ("stelnummeret", PiiEntityType.DeviceSerial), ("ramnumret", PiiEntityType.DeviceSerial), ("ramnummer", PiiEntityType.DeviceSerial), ("valst nr", PiiEntityType.LicenseNumber),
        // Germany, Poland, Pakistan, Bulgaria, Serbia, Latvia, Iceland, Malaysia, Italy, Greece, Romania, Brazil; mortgage and
        // insurance proposals, plan certificates.
        ("kvnr", PiiEntityType.HealthPlanNumber), ("pwz", PiiEntityType.LicenseNumber), ("cnic", PiiEntityType.PassportNumber),
        ("егн", PiiEntityType.PassportNumber),
        // A doctor's licence number in Korean, a police officer's badge number in Chinese ("의사: 박성민 (면허번호 84172)", "询问人：陈志强（警号021847）").
        // A Portuguese and a Mexican professional licence, a police occurrence book's entry ("Dra. Inês Carvalho Matos, cédula
        // profissional 54218", "Occurrence Book entry OB 1147/25").
        ("cédula profissional", PiiEntityType.LicenseNumber), ("cédula profesional", PiiEntityType.LicenseNumber), ("ob", PiiEntityType.AccountNumber),
        ("ob no", PiiEntityType.AccountNumber),
        // Indonesia's plate ("nomor polisi AD 3318 KT"), an Argentine police complaint ("denuncia 4417/2025").
        ("nomor polisi", PiiEntityType.LicenseNumber), ("member card", PiiEntityType.HealthPlanNumber),
        // A Nigerian police officer's force number ("IPO: Insp. Musa Danjuma, Force No. 218844").
        ("force no", PiiEntityType.AccountNumber), ("force number", PiiEntityType.AccountNumber),
        // A Bangladeshi police station's general diary entry ("Mirpur Model Thana | GD No. 1482").
        // A Polish officer's service number ("sierż. Krzysztof Nowicki, nr służbowy 118473"), a card dispute's reference ("logged
        // dispute DSP-88104"; not "dispute" alone: "raise a dispute on 0700 482 66328" gives a bank's line).
        ("nr służbowy", PiiEntityType.AccountNumber), ("numer służbowy", PiiEntityType.AccountNumber), ("logged dispute", PiiEntityType.AccountNumber),
        ("opened dispute", PiiEntityType.AccountNumber), ("dispute ref", PiiEntityType.AccountNumber), ("dispute reference", PiiEntityType.AccountNumber),
        ("dispute id", PiiEntityType.AccountNumber), ("dispute no", PiiEntityType.AccountNumber), ("dispute number", PiiEntityType.AccountNumber),
        ("gd no", PiiEntityType.AccountNumber), ("general diary", PiiEntityType.AccountNumber), ("denuncia", PiiEntityType.AccountNumber),
        ("면허번호", PiiEntityType.LicenseNumber), ("警号", PiiEntityType.AccountNumber), ("警號", PiiEntityType.AccountNumber),
        // A Hong Kong constable's number before the name ("處理人員：警員 52841 黃志強"), and a Malay case reference ("No. rujukan kes
        // MBB-FR-2024-0418836").
        ("警員", PiiEntityType.AccountNumber), ("警员", PiiEntityType.AccountNumber), ("rujukan kes", PiiEntityType.AccountNumber),
        ("no rujukan", PiiEntityType.AccountNumber),
        // A Spanish police report's number ("Atestado n.º 24871/2024"), the IMSS beneficiary's suffix on a Mexican chart
        // ("NSS: 42897356012 | Agregado: 1M1972OR"), a Sri Lankan police complaint's entry ("complaint entry CIB I 112/48").
        // A device's serial number in Arabic ("رقمه التسلسلي 7HX9K23": its serial number).
        ("الرقم التسلسلي", PiiEntityType.DeviceSerial), ("رقمه التسلسلي", PiiEntityType.DeviceSerial), ("رقم تسلسلي", PiiEntityType.DeviceSerial),
        // A Vietnamese policy ("Số hợp đồng: BV-SK-2023-0417729"), a Polish case's file mark ("sygn. RSD-318/25"), Saudi Arabia's
        // short national address ("short code RAOA3124"), a hospital's card, Taiwan's resident certificate ("UI/ARC No.").
        ("số hợp đồng", PiiEntityType.PolicyNumber), ("sygn", PiiEntityType.AccountNumber), ("sygnatura", PiiEntityType.AccountNumber),
        ("short code", PiiEntityType.StreetAddress), ("hospital card", PiiEntityType.MedicalRecordNumber), ("arc no", PiiEntityType.PassportNumber),
        // Argentina's police file ("Comisaría Vecinal 15-A, sumario 1187/25").
        ("sumario", PiiEntityType.AccountNumber),
        // A hotel guest's key card ("opened 01:52 by key card KC-55821").
        ("key card", PiiEntityType.AccountNumber),
        ("keycard", PiiEntityType.AccountNumber),
        ("atestado", PiiEntityType.AccountNumber), ("agregado", PiiEntityType.PassportNumber), ("complaint entry", PiiEntityType.AccountNumber),
        // A staff member's number in Chinese, and a hospital's number in Hausa ("客服（工号 8823）", "Lambar asibiti: AKTH/PAED/24/11873").
        ("工号", PiiEntityType.AccountNumber), ("工號", PiiEntityType.AccountNumber), ("lambar asibiti", PiiEntityType.MedicalRecordNumber), ("јмбг", PiiEntityType.PassportNumber), ("jmbg", PiiEntityType.PassportNumber),
        ("personas kods", PiiEntityType.PassportNumber), ("kennitala", PiiEntityType.PassportNumber), ("ic", PiiEntityType.PassportNumber),
        ("carta d'identità", PiiEntityType.PassportNumber), ("carta d identità", PiiEntityType.PassportNumber), ("vertragsnummer", PiiEntityType.PolicyNumber),
        ("seriennummer", PiiEntityType.DeviceSerial), ("seriennr", PiiEntityType.DeviceSerial), ("stelnr", PiiEntityType.DeviceSerial),
        ("stelnummer", PiiEntityType.DeviceSerial), ("transaction code", PiiEntityType.AccountNumber), ("transaction id", PiiEntityType.AccountNumber),
        // A mobile-money payment's code: M-Pesa's confirmation code, Swahili "msimbo", Bengali "লেনদেন আইডি" (transaction id).
        ("confirmation code", PiiEntityType.AccountNumber), ("mpesa code", PiiEntityType.AccountNumber), ("m pesa code", PiiEntityType.AccountNumber),
        ("msimbo", PiiEntityType.AccountNumber), ("msimbo ni", PiiEntityType.AccountNumber), ("লেনদেন আইডি", PiiEntityType.AccountNumber),
        ("ট্রানজেকশন আইডি", PiiEntityType.AccountNumber), ("trxid", PiiEntityType.AccountNumber), ("trx id", PiiEntityType.AccountNumber),
        ("transaction", PiiEntityType.AccountNumber), ("muamala", PiiEntityType.AccountNumber), ("txn", PiiEntityType.AccountNumber), ("συμβολαίου", PiiEntityType.PolicyNumber), ("poliță", PiiEntityType.PolicyNumber),
        ("poliță rca", PiiEntityType.PolicyNumber), ("apólice", PiiEntityType.PolicyNumber), ("proposal", PiiEntityType.PolicyNumber),
        ("certificate no", PiiEntityType.HealthPlanNumber), ("certificate", PiiEntityType.HealthPlanNumber), ("document no", PiiEntityType.PassportNumber),
        ("mortgage application", PiiEntityType.AccountNumber), ("application number", PiiEntityType.AccountNumber),
        ("skráningarnúmer", PiiEntityType.LicenseNumber), ("valsts numuru", PiiEntityType.LicenseNumber), ("cep", PiiEntityType.ZipCode),
        // Turkey, Spanish regional health cards and medical registration, laboratories, UK residence permits, police
        // reports, Spanish claims, Finnish and French identity words.
        ("tc", PiiEntityType.PassportNumber), ("sip", PiiEntityType.HealthPlanNumber), ("tis", PiiEntityType.HealthPlanNumber),
        ("col", PiiEntityType.LicenseNumber), ("colegiado", PiiEntityType.LicenseNumber), ("lab no", PiiEntityType.MedicalRecordNumber),
        ("brp", PiiEntityType.PassportNumber), ("police report", PiiEntityType.AccountNumber), ("siniestro", PiiEntityType.PolicyNumber),
        ("póliza de hogar", PiiEntityType.PolicyNumber), ("henkilötunnuksensa", PiiEntityType.PassportNumber), ("passeport", PiiEntityType.PassportNumber),
        ("kimlik numarası", PiiEntityType.PassportNumber), ("sha number", PiiEntityType.HealthPlanNumber), ("klantnummer", PiiEntityType.AccountNumber),
        ("membership", PiiEntityType.HealthPlanNumber), ("schadenmeldung", PiiEntityType.PolicyNumber), ("adhérente", PiiEntityType.HealthPlanNumber),
        ("adhérent", PiiEntityType.HealthPlanNumber), ("prov no", PiiEntityType.LicenseNumber), ("pnr", PiiEntityType.PassportNumber),
        ("cpso", PiiEntityType.LicenseNumber), ("τκ", PiiEntityType.ZipCode), ("patente di guida", PiiEntityType.LicenseNumber),
        ("řidičský průkaz", PiiEntityType.LicenseNumber), ("rz", PiiEntityType.LicenseNumber), ("igazolvány", PiiEntityType.PassportNumber),
        ("imc", PiiEntityType.LicenseNumber), ("enrolment", PiiEntityType.HealthPlanNumber), ("enrollment", PiiEntityType.HealthPlanNumber),
        ("pin", PiiEntityType.AccountNumber), ("customer no", PiiEntityType.AccountNumber), ("pasaporte", PiiEntityType.PassportNumber),
    ];

    private static readonly FrozenDictionary<string, PiiEntityType> TypeByKeyword = BuildKeywordTable().ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, PiiEntityType>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup =
        TypeByKeyword.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LastKeywordWordLookup =
        TypeByKeyword.Keys.Select(k => k[(k.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int MaxKeywordWords = TypeByKeyword.Keys.Max(k => k.Count(c => c == ' ') + 1);

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "is", "was", "number", "no", "num", "nr", "id", "of", "ending", "in", "reads", "on", "file", "details", "#",
        // The same in the other languages of the product's users ("numéro de sécurité sociale est …", "n° 13AB04721").
        "est", "es", "ist", "lautet", "è", "e", "é", "jest", "n", "nº", "numéro", "número", "numero", "nummer", "numer",
        "c'est", "le", "la", "el", "il", "de", "do", "da", "nr", "n°", "as", "dela", "dele", "hit", "je", "er", "är", "º", "mého", "jelem", "jele", "nya", "č", "provided", "rca", "niya", "please", "numarası", "ko", "száma", "jel",
        // Spanish "nro" (número), and Swahili "of" and "is" ("ID ya muamala ni SFG7KQ2X1P").
        "nro", "ya", "ni",
    };

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup = Fillers.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognize(TextScan scan)
    {
        RecognizeUsernames(scan);
        RecognizeStaffLogins(scan);
        if (scan.HasDigit)
        {
            RecognizeSpacedOutValues(scan);
            RecognizeLastFourDigits(scan);
        }

        if (scan.Text.Contains('=', StringComparison.Ordinal))
        {
            RecognizeKeyValueFields(scan);
        }

        // Pasted structures are rare: one search for all their markers, then each only where its own marker stands.
        if (scan.Text.AsSpan().IndexOfAny(StructureMarkers) >= 0)
        {
            RecognizeJsonFields(scan);
            if (scan.Text.Contains("PID|", StringComparison.Ordinal) || scan.Text.Contains("NK1|", StringComparison.Ordinal))
            {
                RecognizeHl7(scan);
            }

            if (scan.Text.Contains("Users", StringComparison.Ordinal) || scan.Text.Contains("/home/", StringComparison.Ordinal))
            {
                RecognizeHomeFolders(scan);
            }

            RecognizeRedditNames(scan);
        }

        if (!scan.HasDigit)
        {
            return;
        }

        // Portugal's plates after the vehicle's word ("o veículo 92-RB-48", "AX-31-TQ"): two letters or digits three times
        // between hyphens, with letters and digits mixed.
        if (scan.HasNonAscii && scan.Text.AsSpan().IndexOfAny(PortuguesePlateWords) >= 0)
        {
            scan.AddMatches(PortuguesePlateRegex(), PiiEntityType.LicenseNumber, 0.8);
        }

        // A Sri Lankan police station's complaint book entry ("Police entry: Kohuwala Police, CIB 1/245", "complaint entry CIB I
        // 112/48").
        if (scan.Text.Contains("CIB ", StringComparison.Ordinal))
        {
            scan.AddMatches(ComplaintBookEntryRegex(), PiiEntityType.AccountNumber, 0.8);
        }

        // Anchor on identifier-like tokens (they contain digits), then look just behind each for its keyword.
        var text = scan.Text;
        var position = 0;
        (int End, PiiEntityType Type, double Score)? previous = null;
        TableReader? table = null;
        var hasLines = text.Contains('\n');
        RecognizePlates(scan);
        if (text.AsSpan().IndexOfAnyInRange('Α', 'Ω') >= 0)
        {
            RecognizeGreekPlatesAndIdentityCards(scan);
        }

        while (position < text.Length)
        {
            var digit = text.AsSpan(position).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                break;
            }

            var (start, end) = TokenAround(text, position + digit);
            end = UkPlateEnd(text, start, end);
            position = end + 1;
            // A keyword before the value names its type ("Medicaid # 88213467A"); the shape alone only when none does.
            if (NationalIdShape(text, start, end) is { } national && FindKeyword(text, start) is null)
            {
                scan.Add(national.Type, start, national.End - start, 0.8);
                position = national.End + 1;
                continue;
            }

            var token = text.AsSpan(start, end - start);

            // "… charged to member. RA 10173 data privacy consent": a republic act's number read with its letters, not the
            // member's number the keyword before it asks for.
            if (token.Length is 8 or 9 && token.StartsWith("RA ") && !token[3..].ContainsAnyExceptInRange('0', '9'))
            {
                continue;
            }

            // "plate is PK4 72R , 2019 Toyota RAV4": a model year before the vehicle's maker, not the keyword's value.
            if (token.Length == 4 && token[0] is '1' or '2' && token[1] is '9' or '0' && !token.ContainsAnyExceptInRange('0', '9')
                && TextScan.WordAfter(text, end) is { Length: > 0 } maker && Makers.Contains(maker))
            {
                continue;
            }

            // "exp 09/28 cvv 331": a card's security code is three or four digits after its keyword.
            if (token.Length is 3 or 4 && !token.ContainsAnyExceptInRange('0', '9') && FindKeyword(text, start) is { Type: PiiEntityType.CreditCard } code)
            {
                scan.Add(PiiEntityType.CreditCard, start, end - start, code.Score);
                continue;
            }

            if (IsKenyanPlate(text, start, end))
            {
                scan.Add(PiiEntityType.LicenseNumber, start, end - start, 0.7);
                continue;
            }

            if (TurkishPlateStart(text, start, end) is var plateStart and >= 0)
            {
                scan.Add(PiiEntityType.LicenseNumber, plateStart, end - plateStart, 0.8);
                continue;
            }

            // Passport-style ids may carry a single digit among capitals ("JJZ8LKVWJ"); after a keyword that shape counts too.
            var strongShape = LooksLikeIdentifier(token);
            // "1.020.456.789", "14.832.597-9": dotted groups read as an amount, unless a keyword names them an identifier.
            if (token.Length is < 4 or > 42 || !(strongShape || LooksLikeCodedId(token))
                || (LooksLikeAmount(text, start, end - start) && !(token.Count('.') >= 2 && (FindKeyword(text, start) ?? FindKeywordInQuestion(text, start)) is not null)))
            {
                continue;
            }

            if ((FindKeyword(text, start) ?? FindKeywordAfter(text, end) ?? FindKeywordInQuestion(text, start)) is { } found)
            {
                scan.Add(found.Type, start, end - start, found.Score);
                previous = (end, found.Type, found.Score);
            }
            else if (previous is { } list && ContinuesList(text, list.End, start))
            {
                // "claims CL3343/2361 and C97010587", "accounts 31660675, 66892193": later items share the keyword.
                scan.Add(list.Type, start, end - start, list.Score);
                previous = (end, list.Type, list.Score);
            }
            else if (hasLines && (table ??= new TableReader(text)).KeywordFor(start) is { } column)
            {
                scan.Add(column, start, end - start, 0.8);
            }
            else if (GluedKeyword(token) is { } glued)
            {
                // "MRN00482913": the keyword written onto the value; the value is masked, the keyword kept.
                scan.Add(glued.Type, start + glued.ValueStart, end - start - glued.ValueStart, 0.85);
                previous = (end, glued.Type, 0.85);
            }
            else if (IsCurrentUkPlate(text, start, end) || IsPlateNearVehicle(text, start, end) || IsPlateBesideMake(text, start, end))
            {
                scan.Add(PiiEntityType.LicenseNumber, start, end - start, 0.7);
            }

            else if (UnnamedIdentifier.Start(text, start, end) is var from and >= 0 && !(hasLines && (table ??= new TableReader(text)).InQuantityColumn(start)))
            {
                scan.Add(PiiEntityType.OtherIdentifier, from, end - from, UnnamedIdentifier.Score);
            }
        }
    }

    // Words after which a user name or social-media handle is written ("user=k.fairbanks92", "Snapchat tobyk.amk").
    private static readonly System.Buffers.SearchValues<string> UsernameCues = System.Buffers.SearchValues.Create(
        ["user", "login", "handle", "snapchat", "instagram", "insta ", "telegram", "discord", "tiktok", "twitter", "skype", "gamertag",
         "brukernavn", "brugernavn", "benutzername", "usuario", "utilisateur", "seller", "password for", "publickey for", "analyst:",
         // A Facebook profile's name, as Philippine and South Asian records give it ("FB: jomar.bautista97").
         "fb:", "facebook:",
         // An Argentine payment alias of three dotted words ("alias lluvia.sol.tren"); a bare word after "alias" is a nickname's.
         "alias", "assignee",
         // A payment app's user name ("Zelle payment to unknown recipient \"dre.payz\"", "Venmo @...").
         "zelle", "venmo", "cashapp", "cash app", "recipient",
         // A note's signature in words ("Handled by: ciaran.d", "Updated by: nahid.h"), and an account named in quotes ("by the account
         // \"invest_teacher_amy\"").
         "handled by:", "updated by:", "created by:", "reviewed by:", "closed by:", "processed by:", "modified by:", "account \"",
         // A staff member's log-in after their name ("L. Marufu (agent ID cc_lmarufu)").
         "agent id"],
        StringComparison.OrdinalIgnoreCase);

    // A log's or a record's fields that name the staff member who acted ("assigned=analyst_jlee", "\"updated_by\":\"teller_soyeon.lee\""),
    // a claim's adjudicator ("adjudicated_by=rfernandes_daman"), an order's prescriber ("ordered_by=dr.yaw.boakye"), a case's owner
    // ("assigned_to=jwalsh"). Each has "=" or "_", so they are searched apart, only in a text that has one: with the words above
    // their many short, common beginnings ("by=", "agent=") made the one search verify at most words.
    private static readonly System.Buffers.SearchValues<string> UsernameKeyCues = System.Buffers.SearchValues.Create(
        ["operator=", "assigned=", "analyst=", "author=", "agent=", "officer=", "reviewer=", "by=", "submitted_by", "updated_by", "created_by",
         "modified_by", "approved_by", "reviewed_by", "closed_by", "adjudicated_by", "handled_by", "processed_by", "ordered_by", "assigned_to",
         "entered_by"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// User names and handles: "@handle" anywhere (not an e-mail: nothing stands glued before the "@"), and after a word
    /// that names an account ("user", "username", "login", a platform's name) a token shaped like a user name — with a
    /// digit, "_", "." or "#" inside, so that ordinary words after "user" stay ("User: I need…").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeUsernames(TextScan scan)
    {
        var text = scan.Text;
        if (scan.HasDigit && text.Contains(':') && HasLineStartingWithTime(text))
        {
            RecognizeChatExportSpeakers(scan);
        }

        // Handles: one vectorised search for '@' (a one-character phrase among the cue words would slow their search down).
        for (var at = text.IndexOf('@'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('@', at + 1) : -1)
        {
            if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '_' or '-' or '+'))
            {
                // An e-mail address, or an Indian UPI id ("venkat.subbu@okhdfcbank": a payment address with no domain).
                if (UpiHandle(text, at) is var upiEnd and > 0)
                {
                    var localStart = at;
                    while (localStart > 0 && (char.IsAsciiLetterOrDigit(text[localStart - 1]) || text[localStart - 1] is '.' or '_' or '-'))
                    {
                        localStart--;
                    }

                    scan.Add(PiiEntityType.AccountNumber, localStart, upiEnd - localStart, 0.85);
                }

                continue;
            }

            var handleEnd = UsernameEnd(text, at + 1);
            if (handleEnd - at - 1 >= 2)
            {
                scan.Add(PiiEntityType.AccountNumber, at, handleEnd - at, 0.8);
            }
        }

        if (scan.HasDigit)
        {
            RecognizeHandlesByShape(scan);
            RecognizeStaffExtensions(scan);
        }

        RecognizeDottedHandles(scan);
        RecognizeInitialledLogins(scan);
        if (text.Contains('_'))
        {
            RecognizeJoinedWordHandles(scan);
        }

        RecognizeJoinedHandles(scan);
        RecognizeBracketedLogins(scan);
        RecognizeStaffFields(scan);
        if (scan.HasNonAscii || text.Contains("nitial", StringComparison.Ordinal) || text.Contains("Handzeichen", StringComparison.Ordinal))
        {
            RecognizeStaffInitials(scan);
        }

        UsernamesAfterCues(scan, UsernameCues);
        if (text.AsSpan().IndexOfAny('=', '_') >= 0)
        {
            UsernamesAfterCues(scan, UsernameKeyCues);
        }

        // An account named in curly quotes ("the account “invest_teacher_amy”"), searched alone: one non-ASCII phrase among the
        // cue words above made their case-blind search about three times slower.
        if (scan.HasNonAscii)
        {
            UsernamesAfterPhrase(scan, "account “", StringComparison.OrdinalIgnoreCase, wholePhraseIsCue: false);
        }

        // Messaging apps' ids, which Asian records give beside a phone number ("LINE ID：yijun0506", "Line ID: kanok_wan92"), each
        // searched alone as written: among the cues above, "lin" (of "clinic", "online") and "vib" made their search verify often.
        foreach (var app in (ReadOnlySpan<string>)["LINE ID", "Line ID", "Line id", "line id", "LINE", "WeChat", "wechat", "KakaoTalk", "Zalo", "Viber"])
        {
            UsernamesAfterPhrase(scan, app, StringComparison.Ordinal, wholePhraseIsCue: false);
        }

        // LINE's id in Thai ("ไลน์ ไอดี kamon.invest99", "ไลน์ไอดี: pimchanok.ss"): the whole phrase is the cue.
        if (scan.HasNonAscii)
        {
            foreach (var app in (ReadOnlySpan<string>)["ไลน์ ไอดี", "ไลน์ไอดี", "ไอดีไลน์", "ไลน์:", "LINE ไอดี", "LINE:"])
            {
                UsernamesAfterPhrase(scan, app, StringComparison.Ordinal, wholePhraseIsCue: true);
            }
        }
    }

    /// <summary>
    /// Handles after each occurrence of one phrase searched alone. The cue is the phrase's first word, at a word start ("LINE"
    /// of "LINE ID"), or with <paramref name="wholePhraseIsCue"/> the whole phrase wherever it stands (Thai runs its words together).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void UsernamesAfterPhrase(TextScan scan, string phrase, StringComparison comparison, bool wholePhraseIsCue)
    {
        var text = scan.Text;
        var space = phrase.IndexOf(' ');
        var cueLength = wholePhraseIsCue || space <= 0 ? phrase.Length : space;
        for (var at = text.IndexOf(phrase, comparison); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, comparison))
        {
            if (wholePhraseIsCue || at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                UsernameAfterCue(scan, at, at + cueLength);
            }
        }
    }

    /// <summary>Handles after the cue words of <paramref name="cues"/>, each read to the end of its word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void UsernamesAfterCues(TextScan scan, System.Buffers.SearchValues<string> cues)
    {
        var text = scan.Text;
        var offset = 0;
        while (TextScan.NextCueWord(text, ref offset, cues) is var (cue, cueEnd) && cue >= 0)
        {
            // "by=" as a key of its own ("by=lab_tech_anjana"), not the end of another ("order_by=created_at"; the keys that
            // name a person, "updated_by" and the like, are cues of their own).
            if (cue > 0 && text[cue - 1] == '_' && text.AsSpan(cue).StartsWith("by=", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (UsernameAfterCue(scan, cue, cueEnd) is var end and > 0)
            {
                offset = end;
            }
        }
    }

    /// <summary>
    /// Handles by their shape alone, wherever the text names them ("nell'app sono giuly_rossi78", "微信号：jd_kefu_8821", "logged
    /// in as tdvorak77"): lower-case letters joined by "_" with two digits or more ("lijie_2024sh"), or four lower-case letters
    /// or more that no dictionary holds followed by two to four digits. On the eighty-four review sets these shapes stood in a
    /// person's handle 101 times and never in a value to keep; the fields of a log or a form ("login_failed", "patient_id") have
    /// no digits, and codes ("x86_64", "cs_204", "dx_icd10") have fewer letters or name a coding system. Handles made of
    /// dictionary words are handles too ("wealth_teacher88", "natty_invest99"); a job's name such as "export_202" is masked
    /// with them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeHandlesByShape(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            var digits = end - start;
            if (digits < 2 || start == 0 || !(char.IsAsciiLetterLower(text[start - 1]) || text[start - 1] == '_'))
            {
                continue;
            }

            // A handle joined by "_" may go on after its digits ("lijie_2024sh").
            var tokenEnd = end;
            while (tokenEnd < text.Length && tokenEnd - start < 40 && (char.IsAsciiLetterLower(text[tokenEnd]) || char.IsAsciiDigit(text[tokenEnd]) || text[tokenEnd] == '_'))
            {
                tokenEnd++;
            }

            // A Korean or Japanese particle may follow the handle directly ("카카오톡 ID minji_0412로").
            if (tokenEnd < text.Length && ((char.IsLetterOrDigit(text[tokenEnd]) && !CaselessScriptRecognizer.IsCaselessLetter(text[tokenEnd]))
                    || text[tokenEnd] is '@' or '-' or '/' or '#'
                    || (text[tokenEnd] == '.' && tokenEnd + 1 < text.Length && char.IsAsciiLetterOrDigit(text[tokenEnd + 1]))))
            {
                continue;
            }

            var tokenStart = start;
            var letters = 0;
            var joined = false;
            while (tokenStart > 0 && tokenStart > end - 40 && (char.IsAsciiLetterLower(text[tokenStart - 1]) || char.IsAsciiDigit(text[tokenStart - 1]) || text[tokenStart - 1] == '_'))
            {
                tokenStart--;
                letters += char.IsAsciiLetterLower(text[tokenStart]) ? 1 : 0;
                joined |= text[tokenStart] == '_';
            }

            // Three letters are enough before "_" and the digits ("wxy_1991"); four without it.
            if (!char.IsAsciiLetterLower(text[tokenStart]) || letters < (joined ? 3 : 4)
                || (tokenStart > 0 && ((char.IsLetterOrDigit(text[tokenStart - 1]) && !IsHanOrKana(text[tokenStart - 1])) || text[tokenStart - 1] is '@' or '.' or '-' or '/' or '\\' or '#')))
            {
                continue;
            }

            joined |= text.AsSpan(end, tokenEnd - end).Contains('_');
            var token = text.AsSpan(tokenStart, tokenEnd - tokenStart);
            var handle = joined
                ? !token.Contains("icd", StringComparison.Ordinal)
                : tokenEnd == end && digits <= 4 && letters == start - tokenStart && !OrdinaryWords.Contains(token[..letters]);
            if (handle)
            {
                scan.Add(PiiEntityType.AccountNumber, tokenStart, tokenEnd - tokenStart, 0.8);
            }
        }
    }

    // The last part of a domain or a file's name ("politie.nl" is a domain, "bill.png" a file), never of a handle.
    private static readonly string[] DomainAndFileEndingWords =
    [
        "com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "app", "dev", "pdf", "png", "jpg", "jpeg", "gif",
        "doc", "docx", "xls", "xlsx", "csv", "txt", "zip", "html", "htm", "php", "exe", "json", "xml", "log",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DomainAndFileEndings =
        DomainAndFileEndingWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Handles of a name and a dot, wherever the text names them ("reviewed_by":"m.oconnor", "konto marta.wisniewska.official"):
    /// an initial and a surname that no dictionary holds ("r.whitfield"), or a listed given name and at least one more part of
    /// three letters or more ("lena.kraus"). On the eighty-four review sets these shapes stood in a person's handle 111 times
    /// and never in a value to keep; domains and files end in their own words ("politie.nl", "bill.png"), and abbreviations
    /// have no listed given name ("sig.ra", "reg.nr").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeDottedHandles(TextScan scan)
    {
        var text = scan.Text;
        Span<char> capitalised = stackalloc char[24];
        for (var dot = text.IndexOf('.'); dot >= 0; dot = dot + 1 < text.Length ? text.IndexOf('.', dot + 1) : -1)
        {
            if (dot == 0 || dot + 3 >= text.Length || !char.IsAsciiLetterLower(text[dot - 1]) || !char.IsAsciiLetterLower(text[dot + 1]))
            {
                continue;
            }

            var start = dot - 1;
            while (start > 0 && char.IsAsciiLetterLower(text[start - 1]))
            {
                start--;
            }

            var end = dot + 1;
            while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiLetterLower(text[end + 1]))))
            {
                end++;
            }

            // Up to four digits may end the handle ("dan.mcgregor77", "o.kovalenko85"); the checks below read its letters.
            var handleEnd = end;
            while (handleEnd < text.Length && handleEnd - end < 4 && char.IsAsciiDigit(text[handleEnd]))
            {
                handleEnd++;
            }

            if ((start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '@' or '/' or '.' or '-' or '_' or '\\'))
                || (handleEnd < text.Length && (char.IsLetterOrDigit(text[handleEnd]) || text[handleEnd] is '@' or '/' or '-' or '_' or '\\')) || end - start > 40)
            {
                dot = end;
                continue;
            }

            var token = text.AsSpan(start, end - start);
            var first = token[..token.IndexOf('.')];
            var second = token[(first.Length + 1)..];
            second = second.IndexOf('.') is var next and >= 0 ? second[..next] : second;
            var last = token[(token.LastIndexOf('.') + 1)..];
            // "e.coli", "h.pylori": a genus's initial and a species, as clinical notes write organisms.
            var handle = !DomainAndFileEndings.Contains(last) && second.Length >= 3 && !OrdinaryWords.Contains(second) && !Species.Contains(second)
                && (first.Length == 1 || (NameRecognizer.IsCapitalisedIn(first, Lexicon.FirstNames, capitalised) && !OrdinaryWords.Contains(first)));
            if (handle)
            {
                scan.Add(PiiEntityType.AccountNumber, start, handleEnd - start, 0.75);
            }

            dot = end;
        }
    }

    /// <summary>
    /// The last four digits of an SSN, a card or an account, by the words that say so ("SSN last 4 6614", "last 4 SSN (x4821)",
    /// "card ending in 7738", "acct ending 1127"): with a name and a birth date they narrow the number down to one person. On the
    /// review sets such digits were a value to mask 56 times and never one to keep.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeLastFourDigits(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start != 4 || start < 6 || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '/' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
                || char.IsAsciiLetterOrDigit(text[start - 1]) && text[start - 1] is not ('x' or 'X'))
            {
                continue;
            }

            // Most four-digit runs are years: the pattern runs only where its cue words ("last", "ending", "ends") could stand.
            var window = text.AsSpan(Math.Max(0, start - 48), Math.Min(48, start));
            if (((window.Contains("last", StringComparison.OrdinalIgnoreCase) || window.Contains("end", StringComparison.OrdinalIgnoreCase))
                    && LastFourCueRegex().IsMatch(window))
                || EndsWithOtherLanguagesLastFourCue(window))
            {
                var ssn = window.Contains("ssn", StringComparison.OrdinalIgnoreCase) || window.Contains("social", StringComparison.OrdinalIgnoreCase);
                var from = text[start - 1] is 'x' or 'X' ? start - 1 : start;
                scan.Add(ssn ? PiiEntityType.Ssn : PiiEntityType.AccountNumber, from, end - from, 0.8);
            }
        }
    }

    // A card's or an account's last digits in the product's other languages, right before the digits: Dutch and Afrikaans,
    // French, Spanish, Portuguese, German, Polish, Arabic, Chinese, Japanese, Vietnamese and Korean ("kaart eindig 3390", "finit
    // par 4417", "terminada en 0934", "المنتهية بـ 5581", "卡尾号 6217", "卡號末四碼 2268", "the duoi 8812", "카드 끝자리 1234").
    private static readonly string[] OtherLanguagesLastFourCues =
    [
        "eindig", "eindig op", "eindigt op", "eindigend op", "eindigende op", "finit par", "finissant par", "se termine par", "terminée par",
        "terminant par", "terminada en", "terminado en", "termina en", "terminación", "terminada em", "terminado em", "termina em",
        "endet auf", "endend auf", "endet mit", "endziffern", "kończąca się na", "końcówka", "końcówce", "المنتهية بـ", "المنتهية ب",
        "تنتهي بـ", "تنتهي ب", "尾号", "尾號", "末四碼", "末四码", "末4碼", "末4码", "後四碼", "后四位", "尾数", "下4桁", "下四桁", "末尾",
        "duoi", "đuôi", "số cuối", "끝자리", "끝번호",
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsWithOtherLanguagesLastFourCue(ReadOnlySpan<char> window)
    {
        window = window.TrimEnd(" :：#*xX(");
        foreach (var cue in OtherLanguagesLastFourCues)
        {
            if (window.EndsWith(cue, StringComparison.OrdinalIgnoreCase)
                && (window.Length == cue.Length || !char.IsAsciiLetter(window[^(cue.Length + 1)]) || !char.IsAsciiLetter(cue[0])))
            {
                return true;
            }
        }

        return false;
    }

    // "last 4", "last four digits of", "ending in", "ends with", then the number's own words ("SSN", "card", "acct"), right
    // before the digits.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)(?:\blast\s*(?:4|four)(?:\s*digits)?|\bending(?:\s+in)?|\bends\s+(?:in|with))(?:\s*(?:of|the|my|your|his|her|ssn|social|security|sin|card|acct|account|a/c|number|no\.?|[:(#*]))*\s*[xX]?\z")]
    private static partial System.Text.RegularExpressions.Regex LastFourCueRegex();

    /// <summary>The user name after a cue word ending at <paramref name="cueEnd"/>, added; its end, or 0 when none stands there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int UsernameAfterCue(TextScan scan, int cue, int cueEnd)
    {
        var text = scan.Text;
        // "username: x", "user=x", "user 'x'", "username is x", "user name x".
        var i = cueEnd;
        // A field's name joined by "_" ("user_name=x", "updated_by": "x"): the value stands after the whole name.
        while (i < text.Length && (text[i] == '_' || char.IsAsciiLetter(text[i])))
        {
            i++;
        }

        if (i > cueEnd && (i == text.Length || text[i] is not ('=' or ':' or '"')))
        {
            return 0; // "login_fail x14": a field's name in running text, no value
        }

        // A platform's name joined to the next word, as Nordic and German write it ("Snapchat-brukeren sverre_t_oslo"), or "as"
        // after it ("posted it on Snapchat as frejadam_cph").
        var platform = IsPlatform(text.AsSpan(cue, cueEnd - cue));
        if (platform && i + 2 < text.Length && text[i] == '-' && char.IsLetter(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
        }

        if (platform && text.AsSpan(i).StartsWith(" as ", StringComparison.Ordinal))
        {
            i += 3;
        }

        for (var words = 0; words < 2; words++)
        {
            while (i < text.Length && text[i] is ' ' or ':' or '：' or '=' or '\'' or '"' or '‘' or '’' or '“')
            {
                i++;
            }

            // The cue word ends at its first word: "for" of "publickey for" is read here.
            if (text.AsSpan(i).StartsWith("is ", StringComparison.OrdinalIgnoreCase) || text.AsSpan(i).StartsWith("name ", StringComparison.OrdinalIgnoreCase)
                || text.AsSpan(i).StartsWith("for ", StringComparison.Ordinal) || text.AsSpan(i).StartsWith("invalid user ", StringComparison.Ordinal)
                || text.AsSpan(i).StartsWith("name:", StringComparison.OrdinalIgnoreCase) || text.AsSpan(i).StartsWith("id ", StringComparison.OrdinalIgnoreCase)
                || text.AsSpan(i).StartsWith("id:", StringComparison.OrdinalIgnoreCase) || text.AsSpan(i).StartsWith("id：", StringComparison.OrdinalIgnoreCase)
                || text.AsSpan(i).StartsWith("by:", StringComparison.Ordinal))
            {
                i = text.IndexOfAny([' ', ':', '：'], i) is var space and >= 0 ? space : i;
                continue;
            }

            break;
        }

        var end = UsernameEnd(text, i);
        var token = text.AsSpan(i, end - i);
        if (token.Length >= 3 && char.IsAsciiLetterOrDigit(token[0]) && token.ContainsAnyInRange('a', 'z') | token.ContainsAnyInRange('A', 'Z')
            && (token.ContainsAnyInRange('0', '9') || token.ContainsAny('_', '.', '#') || IsPlainLogin(text, cue, i, token)
                // A platform's handle of lower-case letters that no dictionary holds ("Instagram: camirestrepod").
                || (platform && token.Length >= 5 && !token.ContainsAnyExceptInRange('a', 'z') && !OrdinaryWords.Contains(token)))
            && !token.Contains("@", StringComparison.Ordinal))
        {
            scan.Add(PiiEntityType.AccountNumber, i, end - i, 0.75);
            return end;
        }

        return 0;
    }

    /// <summary>Chinese and Japanese write a handle straight after its word ("微信号zhanglei_bj88").</summary>
    private static bool IsHanOrKana(char c) => c is >= '\u3040' and <= '\u9FFF';

    /// <summary>A social platform's name among the cues ("Instagram", "Snapchat"), after which a handle needs no digit.</summary>
    private static bool IsPlatform(ReadOnlySpan<char> cue) =>
        cue.Equals("instagram", StringComparison.OrdinalIgnoreCase) || cue.Equals("snapchat", StringComparison.OrdinalIgnoreCase)
        || cue.Equals("tiktok", StringComparison.OrdinalIgnoreCase) || cue.Equals("telegram", StringComparison.OrdinalIgnoreCase)
        || cue.Equals("twitter", StringComparison.OrdinalIgnoreCase) || cue.Equals("insta", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A log-in of letters only where a log's own words name it ("Accepted password for jthornton from", "user=jdoe",
    /// "analyst: bmcgraw"), but not after "User: " (a chat transcript's speaker) and not a system's account ("admin", "root").
    /// </summary>
    private static bool IsPlainLogin(string text, int cue, int valueStart, ReadOnlySpan<char> token) =>
        !token.ContainsAnyExceptInRange('a', 'z') && !SystemAccounts.Contains(token)
        && (text.AsSpan(cue).StartsWith("password for", StringComparison.Ordinal) || text.AsSpan(cue).StartsWith("publickey for", StringComparison.Ordinal)
            || text.AsSpan(cue).StartsWith("analyst:", StringComparison.OrdinalIgnoreCase)
            || (valueStart > 0 && text[valueStart - 1] == '=' && text.AsSpan(cue).StartsWith("user", StringComparison.OrdinalIgnoreCase) && text.AsSpan(cue, valueStart - cue).IndexOf('_') < 0)
            // A log's sentence: "login: user ytakahashi from IP …".
            || (text.AsSpan(cue).StartsWith("user ", StringComparison.Ordinal) && valueStart == cue + 5 && token.Length >= 4 && !OrdinaryWords.Contains(token)
                && text.AsSpan(valueStart + token.Length).StartsWith(" from ", StringComparison.Ordinal))
            || (IsFieldValue(text, valueStart) && text.AsSpan(cue, valueStart - cue).IndexOfAny("_=") >= 0 && token.Length >= 4 && !OrdinaryWords.Contains(token)));

    /// <summary>Whether a value stands right after a field's "=" or a JSON field's ":" and opening quote.</summary>
    private static bool IsFieldValue(string text, int valueStart) =>
        valueStart > 0 && (text[valueStart - 1] == '=' || (text[valueStart - 1] == '"' && text.AsSpan(0, valueStart - 1).TrimEnd(' ').EndsWith(':')));

    // Staff words before a log-in that signs a note ("Agent: jcrespo", "reviewer: aoconnell", "-- agent kmatos").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StaffWords = new[]
    {
        "agent", "reviewer", "adjuster", "handler", "csr", "rep", "assignee", "processed by", "logged by", "assigned to",
        // The same in Spanish and Portuguese ("agente: jrosario"), and an analyst.
        "agente", "asesor", "asesora", "atendente", "operador", "operadora", "ejecutivo", "ejecutiva", "analyst", "analista",
        // Croatian and Serbian "employee" signing a bank's note ("Djelatnik: mkovac").
        "djelatnik", "djelatnica", "službenik", "službenica",
        // A log's author ("Logged: jmcallister", "Raised by: nurse.clinicA", "Owner: dkoster", "agent user: fkiprono").
        "logged", "raised by", "created by", "opened by", "owner", "agent user", "user", "adj",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A staff member's log-in signing a note: the last word of a line (or of the text), lower-case letters only, no English
    /// word, right after a staff word and a colon or a space. Read from each line's end, so that a chat's "Agent:" lines,
    /// which say more than one word, cost nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeStaffLogins(TextScan scan)
    {
        var text = scan.Text;
        for (var lineEnd = text.IndexOf('\n'); ; lineEnd = text.IndexOf('\n', lineEnd + 1))
        {
            var end = lineEnd < 0 ? text.Length : lineEnd;
            while (end > 0 && text[end - 1] is ' ' or '\r' or '.' or ')')
            {
                end--; // "CALL LOG (agent: jpbautista)"
            }

            var start = end;
            // "agent: priya_s": an underscore inside a log-in too.
            while (start > 0 && (char.IsAsciiLetterLower(text[start - 1]) || (text[start - 1] == '_' && start < end)) && end - start <= 24)
            {
                start--;
            }

            if (end - start >= 5 && start >= 7 && text[start - 1] is ' ' or ':' && !char.IsLetter(text[start - 1]) && text[start] != '_')
            {
                var before = text.AsSpan(0, start).TrimEnd(' ').TrimEnd(':').TrimEnd(' ');
                var wordStart = before.Length;
                while (wordStart > 0 && char.IsLetter(before[wordStart - 1]))
                {
                    wordStart--;
                }

                var token = text.AsSpan(start, end - start);
                if (StaffWords.Contains(before[wordStart..]) && !OrdinaryWords.Contains(token) && !Lexicon.NotNames.Contains(token) && !SystemAccounts.Contains(token))
                {
                    scan.Add(PiiEntityType.AccountNumber, start, end - start, 0.75);
                }
            }

            if (lineEnd < 0)
            {
                return;
            }
        }
    }

    // Accounts of systems and services, which name no one ("Failed password for invalid user admin").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SystemAccounts = new[]
    {
        "admin", "administrator", "root", "guest", "test", "user", "oracle", "postgres", "mysql", "ubuntu", "ftp", "nobody", "support",
        "operator", "service", "backup", "git", "deploy", "jenkins", "ansible", "centos", "debian", "system", "invalid",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UpiHandles = new[]
    {
        "okhdfcbank", "oksbi", "okaxis", "okicici", "ybl", "ibl", "axl", "paytm", "upi", "apl", "yapl", "ptyes", "ptsbi", "pthdfc",
        "ptaxis", "icici", "sbi", "hdfcbank", "axisbank", "kotak", "indus", "federal", "idfcbank", "jupiteraxis", "fam",
        // Egypt's InstaPay payment addresses ("kh.gamal99@instapay").
        "instapay",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The end of a UPI id whose '@' is at <paramref name="at"/> (a known payment handle and no domain after it); 0 when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int UpiHandle(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        var glued = end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is '_' || (text[end] is '.' or '-' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1])));
        return !glued && end > at + 1 && UpiHandles.Contains(text.AsSpan(at + 1, end - at - 1)) ? end : 0;
    }

    // Home folders in paths written into messages and logs: C:\Users\priya.nair\…, /home/jdoe/…, /Users/maria/….
    private static readonly string[] HomeFolders = ["\\Users\\", "/home/", "/Users/"];

    /// <summary>The user folder of a path ("C:\Users\priya.nair\Documents"): the account's login name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeHomeFolders(TextScan scan)
    {
        var text = scan.Text;
        foreach (var folder in HomeFolders)
        {
            for (var at = text.IndexOf(folder, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(folder, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var start = at + folder.Length;
                while (start < text.Length && text[start] == '\\')
                {
                    start++; // "C:\\Users\\" written with doubled separators
                }

                var end = start;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '_' or '-'))
                {
                    end++;
                }

                if (end - start >= 2 && !text.AsSpan(start, end - start).Equals("public", StringComparison.OrdinalIgnoreCase)
                    && !text.AsSpan(start, end - start).Equals("default", StringComparison.OrdinalIgnoreCase))
                {
                    scan.Add(PiiEntityType.AccountNumber, start, end - start, 0.8);
                }
            }
        }
    }

    /// <summary>The end of a user name: letters, digits, "_", "-", "#" and inner dots (a full stop after it is not part of it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int UsernameEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < 40 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-' or '#'
            || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    // HL7 v2 fields that identify the patient (PID) or the next of kin (NK1), by position: 3 patient ids, 5 name, 6 mother's
    // maiden name, 7 birth date, 11 address, 13/14 phones, 18 account, 19 SSN, 20 driver's licence; NK1 2 name, 4 address, 5/6 phones.
    private static readonly (string Segment, int Field, PiiEntityType Type)[] Hl7Fields =
    [
        ("PID|", 3, PiiEntityType.MedicalRecordNumber), ("PID|", 5, PiiEntityType.Person), ("PID|", 6, PiiEntityType.Person),
        ("PID|", 7, PiiEntityType.Date), ("PID|", 11, PiiEntityType.StreetAddress), ("PID|", 13, PiiEntityType.Phone),
        ("PID|", 14, PiiEntityType.Phone), ("PID|", 18, PiiEntityType.AccountNumber), ("PID|", 19, PiiEntityType.Ssn),
        ("PID|", 20, PiiEntityType.LicenseNumber), ("NK1|", 2, PiiEntityType.Person), ("NK1|", 4, PiiEntityType.StreetAddress),
        ("NK1|", 5, PiiEntityType.Phone), ("NK1|", 6, PiiEntityType.Phone),
    ];

    /// <summary>HL7 v2 messages pasted into a message: the identifying fields of PID and NK1 segments, whole.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeHl7(TextScan scan)
    {
        var text = scan.Text;
        foreach (var segment in (ReadOnlySpan<string>)["PID|", "NK1|"])
        {
            for (var at = text.IndexOf(segment, StringComparison.Ordinal); at >= 0; at = text.IndexOf(segment, at + 4, StringComparison.Ordinal))
            {
                if (at > 0 && !(text[at - 1] is '\n' or '\r'))
                {
                    continue;
                }

                var lineEnd = text.IndexOfAny(['\n', '\r'], at) is var e and >= 0 ? e : text.Length;
                var (field, fieldStart) = (0, at);
                for (var i = at; i <= lineEnd; i++)
                {
                    if (i < lineEnd && text[i] != '|')
                    {
                        continue;
                    }

                    foreach (var (name, number, type) in Hl7Fields)
                    {
                        if (name == segment && number == field && i > fieldStart)
                        {
                            scan.Add(type, fieldStart, i - fieldStart, 0.85);
                        }
                    }

                    (field, fieldStart) = (field + 1, i + 1);
                }
            }
        }
    }

    private static readonly System.Buffers.SearchValues<string> StructureMarkers = System.Buffers.SearchValues.Create(
        ["\":", "\" :", "PID|", "NK1|", "Users", "/home/", "u/"], StringComparison.Ordinal);

    /// <summary>Reddit's "u/greekfreak_nick".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeRedditNames(TextScan scan)
    {
        var text = scan.Text;
        for (var slash = text.IndexOf("u/", StringComparison.Ordinal); slash >= 0; slash = text.IndexOf("u/", slash + 2, StringComparison.Ordinal))
        {
            var nameEnd = UsernameEnd(text, slash + 2);
            if ((slash == 0 || !(char.IsLetterOrDigit(text[slash - 1]) || text[slash - 1] is '/' or '.')) && nameEnd - slash - 2 >= 3)
            {
                scan.Add(PiiEntityType.AccountNumber, slash, nameEnd - slash, 0.8);
            }
        }
    }

    /// <summary>
    /// JSON pasted into a message (<c>{"given":"Oluwaseun","family":"Bankole","mrn":"RX00948217"}</c>): a string value
    /// takes its type from its key, by the same rules as a dataset record's own fields.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeJsonFields(TextScan scan)
    {
        var text = scan.Text;
        if (!text.Contains("\":", StringComparison.Ordinal) && !text.Contains("\" :", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var m in JsonPairRegex().EnumerateMatches(text))
        {
            var pair = text.AsSpan(m.Index, m.Length);
            var keyEnd = pair[1..].IndexOf('"') + 1;
            var valueStart = pair[..^1].LastIndexOf('"') + 1;
            var value = pair[valueStart..^1];
            var trimmed = value.Trim();
            if (trimmed.IsEmpty || FieldKeywords.TypeOf(pair[1..keyEnd].ToString()) is not { } type || !FieldKeywords.Plausible(type, trimmed))
            {
                continue;
            }

            scan.Add(type, m.Index + valueStart + (value.Length - value.TrimStart().Length), trimmed.Length, 0.85);
        }

        // A number written bare ("age":92, "member_no": 48213377): typed by its key the same way.
        foreach (System.Text.RegularExpressions.Match m in JsonNumberPairRegex().Matches(text))
        {
            var number = m.Groups[2];
            if (FieldKeywords.TypeOf(m.Groups[1].Value) is { } type && FieldKeywords.Plausible(type, number.ValueSpan))
            {
                scan.Add(type, number.Index, number.Length, 0.85);
            }
        }
    }

    /// <summary>
    /// Log lines and exports written as key=value pairs (<c>beneficiario.nombre=CATALINA ANDREA MUÑOZ REYES
    /// beneficiario.rut=…</c>, <c>titular.nombre="hector muñoz"</c>, <c>agent=m.schnyder status=offen</c>): a value takes its
    /// type from its key (the last part of a dotted path), by the same rules as a JSON field's. An unquoted value runs over
    /// single spaces up to the next key=, a separator or the line's end. A link's query ("?id=88123") is the link's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeKeyValueFields(TextScan scan)
    {
        var text = scan.Text;
        for (var equals = text.IndexOf('='); equals > 0 && equals + 1 < text.Length; equals = text.IndexOf('=', equals + 1))
        {
            var keyStart = equals;
            while (keyStart > 0 && equals - keyStart <= 48 && (char.IsAsciiLetterOrDigit(text[keyStart - 1]) || text[keyStart - 1] is '_' or '.' or '-'))
            {
                keyStart--;
            }

            if (keyStart == equals || !char.IsAsciiLetter(text[keyStart])
                || (keyStart > 0 && text[keyStart - 1] is not (' ' or '\n' or '\t' or ';' or ',' or '{' or '(' or '[' or '|')))
            {
                continue;
            }

            var key = text.AsSpan(keyStart, equals - keyStart);
            key = key[(key.LastIndexOf('.') + 1)..];
            if (key.IsEmpty || (FieldKeywords.TypeOf(key.ToString()) ?? TypeOfLastPart(key)) is not { } type)
            {
                continue;
            }

            int valueStart, valueEnd;
            if (text[equals + 1] is '"' or '\'')
            {
                var close = text.IndexOf(text[equals + 1], equals + 2);
                if (close < 0 || close - equals > 98 || text.AsSpan(equals + 2, close - equals - 2).Contains('\n'))
                {
                    continue;
                }

                (valueStart, valueEnd) = (equals + 2, close);
            }
            else
            {
                (valueStart, valueEnd) = (equals + 1, equals + 1);
                for (var i = valueStart; i < text.Length && i - valueStart < 96;)
                {
                    var wordEnd = i;
                    while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && text[wordEnd] is not (';' or '&' or '|' or ','))
                    {
                        wordEnd++;
                    }

                    if (wordEnd == i || text.AsSpan(i, wordEnd - i).Contains('='))
                    {
                        break; // the next pair ("… REYES beneficiario.rut=…")
                    }

                    valueEnd = wordEnd;
                    if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ' || text[wordEnd + 1] == ' ')
                    {
                        break;
                    }

                    i = wordEnd + 1;
                }
            }

            var value = text.AsSpan(valueStart, valueEnd - valueStart);
            if (!value.IsEmpty && FieldKeywords.Plausible(type, value))
            {
                scan.Add(type, valueStart, value.Length, 0.85);
            }
        }
    }

    /// <summary>
    /// "veh1_rego=", "driver2_dob=", "cliente_nombre=": a key numbered or prefixed by the thing it belongs to, typed by its last
    /// part. A name only when the first part is a person's role: "drug_name=", "bank_name=" name things.
    /// </summary>
    private static PiiEntityType? TypeOfLastPart(ReadOnlySpan<char> key)
    {
        var underscore = key.LastIndexOf('_');
        if (underscore <= 0 || underscore + 2 >= key.Length || FieldKeywords.TypeOf(key[(underscore + 1)..].ToString()) is not { } type)
        {
            return null;
        }

        return type != PiiEntityType.Person || PersonKeyPrefixes.Contains(key[..underscore].TrimEnd("0123456789")) ? type : null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonKeyPrefixes = new[]
    {
        "cliente", "client", "customer", "cust", "patient", "pt", "paciente", "driver", "owner", "holder", "insured", "member", "nominee",
        "beneficiary", "beneficiario", "victim", "suspect", "witness", "caller", "contact", "emergency_contact", "titular", "asegurado",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Greek plates ("ΝΕΖ 4821", "ΙΚΧ-4417": three of the capitals Greek and Latin share, four digits) and identity cards
    /// ("ΑΚ 482917": one or two Greek capitals, six digits): shapes no other number has, in Greek script.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeGreekPlatesAndIdentityCards(TextScan scan)
    {
        foreach (var m in GreekPlateRegex().EnumerateMatches(scan.Text))
        {
            scan.Add(PiiEntityType.LicenseNumber, m.Index, m.Length, 0.8);
        }

        foreach (var m in GreekIdentityCardRegex().EnumerateMatches(scan.Text))
        {
            scan.Add(PiiEntityType.PassportNumber, m.Index, m.Length, 0.8);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\d])[ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]{3}[ \-]?\d{4}(?![\p{L}\d])")]
    private static partial System.Text.RegularExpressions.Regex GreekPlateRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\d])[Α-Ω]{1,2}[ \-]?\d{6}(?![\p{L}\d])")]
    private static partial System.Text.RegularExpressions.Regex GreekIdentityCardRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"""[A-Za-z_][A-Za-z0-9_ \-]{0,40}""\s*:\s*""[^""\\\n]{1,256}""")]
    private static partial System.Text.RegularExpressions.Regex JsonPairRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"""([A-Za-z_][A-Za-z0-9_ \-]{0,40})""\s*:\s*(\d{2,20})(?=\s*[,}\]\n])")]
    private static partial System.Text.RegularExpressions.Regex JsonNumberPairRegex();

    // Words that name a vehicle registration in the product's languages, matched at a word start by their stems
    // ("registration", "Kennzeichen" and "Kennz.", "targata", "immatriculée" and "immat.", "kenteken", "matrícula",
    // "rejestracyjny", Bislama's "plet").
    private static readonly System.Buffers.SearchValues<string> PlateCues = System.Buffers.SearchValues.Create(
        ["reg", "plate", "kennz", "targa", "immat", "nmatricul", "plet", "kenteken", "matr", "rej", "rek", "vrm", "vehicle", "placa", "plaka", "rendsz",
         "autoturism", "vozilo", "vehicule", "rego", "arac", "pendaftaran",
         // Flemish, Danish, Norwegian, Estonian, Latvian and Czech words for the plate ("nummerplaat 1-KXR-882", "numbrimärk 482 BKM").
         "nummerplaat", "nummerplade", "skiltnummer", "bilnummer", "numbrim", "numurz", "spz",
         // "TN tag CK7-4418": a US plate is a tag; Swahili "namba ya usajili"; Chile's and Argentina's "patente".
         "tag", "usajili", "patente",
         // French "plaque", Hausa "lambar mota" (the car's number).
         "plaque", "lambar mota",
         // Austria's "Kz." (Kennzeichen) on police forms; Paraguay's and Argentina's "chapa"; Indonesia's "nopol" (nomor polisi).
         "kz.", "chapa", "nopol",
         // The same as a log's key ("kz=DO-381TZ").
         "kz=",
         // Puerto Rico's "tablilla" and Argentina's "dominio" ("tablilla JKL-482", "dominio OPQ 771").
         "tablilla", "dominio",
         // Switzerland's "Kontrollschild" and motorcycles ("Kontrollschild ZH 418 227", "my motor cycle BFK-4471"); not Portuguese
         // "veículo", which names the offence before its article ("Furto de veículo (art. 155 CP)").
         "kontrollschild", "motor cycle", "motorcycle", "motorbike", "m/cycle",
         // Norwegian "skilt" ("en hvit Tesla med skilt EL 48213").
         "skilt",
         // Portuguese "viatura" on insurers' and police forms ("Viatura segura: 41-XQ-87"), and a police log's "veh".
         "viatura", "veh",
         // A Spanish moped and an East African motorcycle taxi ("el ciclomotor C-7093-BKR", "boda boda UFN 215X"), and a Swiss
         // record's key ("\"kz\":\"ZH 482 119\""). ASCII only: one phrase outside ASCII slows the whole case-blind search.
         "ciclomotor", "boda", "\"kz\""],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Number plates after a word that names them, in any country's shape: up to three groups of capitals and digits
    /// joined by a space or hyphen ("YK19 KFX", "DU-MY 4471", "GH 512 KT", "M-KL 8832"), with a letter and a digit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizePlates(TextScan scan)
    {
        var text = scan.Text;
        var offset = 0;
        while (TextScan.NextCueWord(text, ref offset, PlateCues) is var (cue, cueEnd) && cue >= 0)
        {
            // "plateau fracture. ICD-10 S82.2", "platelets 48", "vehement": words that only start like "plate" or "veh".
            if (cueEnd - cue >= 7 && text.AsSpan(cue, 6).Equals("platea", StringComparison.OrdinalIgnoreCase)
                || text.AsSpan(cue, Math.Min(6, cueEnd - cue)).Equals("platel", StringComparison.OrdinalIgnoreCase)
                || (cueEnd - cue > 3 && text.AsSpan(cue, 3).Equals("veh", StringComparison.OrdinalIgnoreCase) && !text.AsSpan(cue, Math.Min(5, cueEnd - cue)).Equals("vehic", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var i = PlateAfterCue(text, cueEnd);
            // A police log's "veh" is the plate's cue only right before it ("veh PKL731"), not a road further on ("veh head toward I-85").
            if (cueEnd - cue == 3 && text.AsSpan(cue, 3).Equals("veh", StringComparison.OrdinalIgnoreCase) && i != cueEnd + 1)
            {
                continue;
            }

            var end = PlateEnd(text, i);
            if (end > i && !IsMakeAndModel(text, i, end) && !(i >= 2 && text[i - 1] == '.' && text[i - 2] is 's' or 'S')) // "motor vehicle (s.408A Criminal Code)": a section
            {
                scan.Add(PiiEntityType.LicenseNumber, i, end - i, 0.8);
                offset = AddListedPlates(scan, end);
            }
        }

        // Cyrillic plates after their words ("гос. номер К482МТ 750", "г/н К 482 ОР 799", "номерний знак АІ 4827 КР", "рег. № РВ 4827 КТ"): a
        // search of their own, only in text with non-ASCII letters, so that the ASCII cues' search stays vectorised.
        if (scan.HasNonAscii)
        {
            offset = 0;
            while (TextScan.NextCueWord(text, ref offset, CyrillicPlateCues) is var (cue, cueEnd) && cue >= 0)
            {
                // Chinese, Japanese and Korean write the plate straight after its word ("（車牌MX-37-21）"): the cue ends with itself,
                // as Russian's abbreviation with its slash does ("г/н").
                foreach (var glued in (ReadOnlySpan<string>)["车牌", "車牌", "차량번호", "ナンバー", "г/н", "г.р.з."])
                {
                    if (text.AsSpan(cue).StartsWith(glued, StringComparison.Ordinal))
                    {
                        cueEnd = cue + glued.Length;
                        offset = cueEnd;
                    }
                }

                var i = PlateAfterCue(text, cueEnd);
                var end = PlateEnd(text, i);
                if (end > i)
                {
                    scan.Add(PiiEntityType.LicenseNumber, i, end - i, 0.8);
                }
            }
        }

        RecognizePlatesAfterVehicles(scan);

        // France's plates since 2009 ("GH-482-KT"): two letters, three digits, two letters, with hyphens, a shape no other
        // number has.
        if (scan.HasDigit)
        {
            if (HasFrenchPlateDigits(scan))
            {
                foreach (var m in FrenchPlateRegex().EnumerateMatches(scan.Text))
                {
                    scan.Add(PiiEntityType.LicenseNumber, m.Index, m.Length, 0.8);
                }
            }

            RecognizeNationalPlates(scan);

            // Japan's plates: the office's name, the class number, one kana and the number ("なにわ 330 さ 12-34").
            if (scan.HasNonAscii && scan.Text.AsSpan().IndexOfAnyInRange('\u3041', '\u3096') >= 0)
            {
                scan.AddMatches(JapanesePlateRegex(), PiiEntityType.LicenseNumber, 0.8);
            }

            // India's driving licences: the state's code, the office's number, the year issued and seven digits
            // ("GJ01 20110048817", "MH-12 2015 0012345"), a shape no other number has.
            // Each run of two digits after two capitals is tried, so texts without one pay a walk over their digit runs.
            foreach (var (start, end) in scan.DigitRuns)
            {
                var letters = start >= 3 && text[start - 1] == '-' ? start - 3 : start - 2;
                if (end - start == 2 && letters >= 0 && char.IsAsciiLetterUpper(text[letters]) && char.IsAsciiLetterUpper(text[letters + 1])
                    && IndianDrivingLicenceRegex().Match(text, letters, Math.Min(text.Length - letters, 24)) is { Success: true } licence && licence.Index == letters)
                {
                    scan.Add(PiiEntityType.LicenseNumber, licence.Index, licence.Length, 0.8);
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\d])[\u3041-\u3096\u30A1-\u30FA\u4E00-\u9FFF]{1,4}\s?\d{2,3}\s?[\u3041-\u3096]\s?\d{1,2}-\d{2}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex JapanesePlateRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:AN|AP|AR|AS|BR|CH|CG|DD|DL|DN|GA|GJ|HR|HP|JK|JH|KA|KL|LA|LD|MP|MH|MN|ML|MZ|NL|OD|OR|PY|PB|RJ|SK|TN|TS|TR|UP|UK|UA|WB)-?\d{2}[ -]?(?:19[6-9]\d|20[0-4]\d)[ -]?\d{7}\b")]
    private static partial System.Text.RegularExpressions.Regex IndianDrivingLicenceRegex();

    /// <summary>
    /// Plates whose country's shape no other number has, with or without a word naming them: India's ("UP65 CK 4471", "KA-01-HH-1234":
    /// a state's code, the district's number, a series, four digits), Germany's ("HH-AK 118E": the district, a hyphen, a
    /// series, a space, digits), Romania's ("IS 47 RUS": a county's code, digits, three capitals), Korea's ("12가 4471"),
    /// China's ("沪A·4D718") and Arabic-lettered plates after their word ("لوحة أ ب ج 4471"). Each digit run next to capitals
    /// is read in a small window, so the cost follows the digits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeNationalPlates(TextScan scan)
    {
        var text = scan.Text;
        var searchedTo = 0;
        foreach (var (runStart, runEnd) in scan.DigitRuns)
        {
            var before = runStart > 0 ? text[runStart - 1] : ' ';
            if (runStart < 2 || runStart < searchedTo
                || !(char.IsAsciiLetterUpper(before) || (before is ' ' or '-' && char.IsAsciiLetterUpper(text[runStart - 2]))))
            {
                continue;
            }

            if (!MayBeNationalPlate(text, runStart, runEnd))
            {
                continue;
            }

            var from = Math.Max(0, runStart - 9);
            var to = Math.Min(text.Length, runEnd + 13);
            foreach (var m in NationalPlateRegex().EnumerateMatches(text.AsSpan(from, to - from)))
            {
                var start = from + m.Index;
                var end = start + m.Length;
                if (start <= runStart && end >= runEnd && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && !scan.HasCandidate(PiiEntityType.LicenseNumber, start))
                {
                    scan.Add(PiiEntityType.LicenseNumber, start, m.Length, 0.8);
                    searchedTo = end;
                }
            }
        }

        // Nigeria's plates ("KAN 482 XA": the local government's three letters, three digits, two letters), Uzbekistan's
        // ("01 R 482 KA": the region's two digits, a letter, three digits, two letters) and Russia's ("Х417ТК 196": the
        // letters Cyrillic and Latin share around three digits, then the region's code). Read from their three digits.
        // Argentina's ("AB 417 KD"), Ukraine's ("КА 0927 ВС") and Mongolia's ("2745 УБА") too, and Nigeria's with a hyphen ("KMC-482QA");
        // Singapore's ("SLB7788L": S, two letters, the number and a check letter) and Ghana's ("GE 2290-22": the region, the
        // number and the year). All are read from their digits: most texts have none of these shapes around any run.
        foreach (var (runStart, runEnd) in scan.DigitRuns)
        {
            if (runEnd - runStart is 3 or 4 && runEnd + 3 <= text.Length)
            {
                // Where the plate would start: "KAN 482", "KMC-482", "AB 417", "01 R 482", "Х417", "КА 0927", or the digits ("2745 УБА").
                var lettersBefore = runStart >= 2 && text[runStart - 1] is ' ' or '-' && char.IsUpper(text[runStart - 2]);
                var from = runStart >= 1 && char.IsUpper(text[runStart - 1]) ? runStart - 1
                    : lettersBefore && runStart >= 4 && char.IsUpper(text[runStart - 4]) ? runStart - 4
                    : lettersBefore && runStart >= 5 && text[runStart - 3] == ' ' && char.IsAsciiDigit(text[runStart - 4]) ? runStart - 5
                    : lettersBefore ? runStart - 3
                    : runEnd - runStart == 4 && text[runEnd] == ' ' && text[runEnd + 1] is (>= 'А' and <= 'Я') or 'Ө' or 'Ү' ? runStart : -1;
                if (from >= 0 && !scan.HasCandidate(PiiEntityType.LicenseNumber, from))
                {
                    AddPlateAt(scan, PlateAroundThreeDigitsRegex(), from);
                }
            }

            // Croatia's plates ("ZG 4418-KM": the town's two capitals, three or four digits, a hyphen and one or two capitals).
            if (runEnd - runStart is 3 or 4 && CroatianPlateEnd(text, runStart, runEnd) is var croatianEnd and > 0 && !scan.HasCandidate(PiiEntityType.LicenseNumber, runStart - 3))
            {
                scan.Add(PiiEntityType.LicenseNumber, runStart - 3, croatianEnd - runStart + 3, 0.8);
            }

            // Belgium's plates ("1-KXR-318": a digit, three capitals and three digits between hyphens).
            if (runEnd - runStart == 3 && IsBelgianPlate(text, runStart, runEnd) && !scan.HasCandidate(PiiEntityType.LicenseNumber, runStart - 6))
            {
                scan.Add(PiiEntityType.LicenseNumber, runStart - 6, 9, 0.8);
            }

            var singapore = runStart >= 3 && text[runStart - 3] == 'S' && char.IsAsciiLetterUpper(text[runStart - 1]) && runEnd < text.Length && char.IsAsciiLetterUpper(text[runEnd]);
            // Singapore's plate written with a space ("SLA 4288M", a motorcycle's "FBL 772T"), as condominium and carpark logs and
            // accident reports do.
            if (runStart >= 4 && text[runStart - 4] is 'S' or 'F' && text[runStart - 1] == ' ' && char.IsAsciiLetterUpper(text[runStart - 2])
                && char.IsAsciiLetterUpper(text[runStart - 3]) && runEnd < text.Length && char.IsAsciiLetterUpper(text[runEnd]))
            {
                AddPlateAt(scan, SingaporeOrGhanaPlateRegex(), runStart - 4);
            }

            var ghana = runStart >= 3 && text[runStart - 1] == ' ' && char.IsAsciiLetterUpper(text[runStart - 2]) && runEnd + 2 < text.Length && text[runEnd] == '-';
            if (singapore || ghana)
            {
                AddPlateAt(scan, SingaporeOrGhanaPlateRegex(), singapore || char.IsAsciiLetterUpper(text[runStart - 3]) ? runStart - 3 : runStart - 2);
            }
        }

        if (!scan.HasNonAscii)
        {
            return;
        }

        scan.AddMatchesInScript('\uAC00', '\uD7A3', KoreanPlateRegex(), PiiEntityType.LicenseNumber, 0.8);
        scan.AddMatchesInScript('\u4E00', '\u9FFF', ChinesePlateRegex(), PiiEntityType.LicenseNumber, 0.8);

        if (text.AsSpan().IndexOfAnyInRange('\u0621', '\u064A') >= 0)
        {
            // Iraq's plates, the number, a letter and the governorate ("المرقمة 48217 أ بغداد"), and Egypt's, letters apart and
            // the number ("لوحات أ ص ر 4581").
            scan.AddMatches(IraqiOrEgyptianPlateRegex(), PiiEntityType.LicenseNumber, 0.8);
            foreach (var m in ArabicPlateRegex().EnumerateMatches(text))
            {
                var value = text.AsSpan(m.Index, m.Length);
                var cueEnd = value.IndexOfAny(' ', ':') is var c and > 0 ? c : 0;
                var plate = value[cueEnd..].TrimStart(" :");
                scan.Add(PiiEntityType.LicenseNumber, m.Index + m.Length - plate.Length, plate.Length, 0.8);
            }

            // Morocco's plates: the serial, an Arabic letter and the prefecture's number ("48213-أ-6"), a shape nothing else has.
            if (scan.HasDigit)
            {
                foreach (var m in MoroccanPlateRegex().EnumerateMatches(text))
                {
                    scan.Add(PiiEntityType.LicenseNumber, m.Index, m.Length, 0.8);
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![0-9\-])[0-9]{1,5} ?[-|] ?[\u0621-\u064A] ?[-|] ?[0-9]{1,2}(?![0-9])")]
    private static partial System.Text.RegularExpressions.Regex MoroccanPlateRegex();

    /// <summary>
    /// The cheap part of the national shapes, so that the pattern reads only windows that could hold one: a German series'
    /// hyphen before the digits, a Romanian county's two or three digits with three capitals after, or an Indian district's
    /// one or two digits with a capital after them (or the serial's four digits with a digit before them).
    /// </summary>
    private static bool MayBeNationalPlate(string text, int runStart, int runEnd)
    {
        var length = runEnd - runStart;
        if (text[runStart - 1] == ' ' && text.AsSpan(Math.Max(0, runStart - 5), Math.Min(4, runStart - 1)).Contains('-'))
        {
            return true; // "HH-AK 118E"
        }

        if (length is 2 or 3 && text[runStart - 1] == ' ' && runEnd + 4 <= text.Length && text[runEnd] == ' '
            && char.IsAsciiLetterUpper(text[runEnd + 1]) && char.IsAsciiLetterUpper(text[runEnd + 3]))
        {
            return true; // "IS 47 RUS"
        }

        var next = runEnd < text.Length && text[runEnd] is ' ' or '-' ? runEnd + 1 : runEnd;
        return (length is 1 or 2 && next < text.Length && char.IsAsciiLetterUpper(text[next]))
            || (length == 4 && text.AsSpan(Math.Max(0, runStart - 8), Math.Min(7, runStart)).ContainsAnyInRange('0', '9')); // "UP65 CK 4471"
    }

    // India (state codes), Germany (hyphen, then a space before the digits; E for electric, H for historic), Romania (county codes).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\d])(?:(?:AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|UK|UP|WB)[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9]\d{0,3}[EH]?|(?:B|AB|AG|AR|BC|BH|BN|BR|BT|BV|BZ|CJ|CL|CS|CT|CV|DB|DJ|GJ|GL|GR|HD|HR|IF|IL|IS|MH|MM|MS|NT|OT|PH|SB|SJ|SM|SV|TL|TM|TR|VL|VN|VS) \d{2,3} (?!USD|EUR|GBP|RON|LEI|CHF|MDL)[A-Z]{3})(?![\p{L}\d])")]
    private static partial System.Text.RegularExpressions.Regex NationalPlateRegex();

    /// <summary>A plate of <paramref name="shape"/> starting right at <paramref name="from"/>, with no letter or digit glued before it.</summary>
    private static void AddPlateAt(TextScan scan, System.Text.RegularExpressions.Regex shape, int from)
    {
        var text = scan.Text;
        if ((from == 0 || !char.IsLetterOrDigit(text[from - 1]))
            && shape.Match(text, from, Math.Min(text.Length - from, 16)) is { Success: true } plate && plate.Index == from)
        {
            scan.Add(PiiEntityType.LicenseNumber, from, plate.Length, 0.8);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:(?!USD|EUR|GBP|NGN|KES|ZAR|INR|UZS|RUB|AED|CAD|AUD|ARS)[A-Z]{3}(?: \d{3} |-\d{3})[A-Z]{2}|(?!US|UK|EU)[A-Z]{2} \d{3} [A-Z]{2}|\d{2} [A-Z] \d{3} [A-Z]{2}|[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2} ?\d{2,3}|[АВЕІКМНОРСТХ]{2} ?\d{4} ?[АВЕІКМНОРСТХ]{2}|\d{4} [А-ЯӨҮ]{3})(?![\p{L}\d])")]
    private static partial System.Text.RegularExpressions.Regex PlateAroundThreeDigitsRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[SF][A-HJ-NP-Z]{2} ?\d{1,4}[A-EGHJ-MPR-UX-Z]\b|\b(?:AS|BA|BT|CR|ER|GR|GS|GT|GN|GW|GE|GC|GX|NR|UE|UW|VR|WR|M)\s\d{1,4}-\d{2}\b")]
    private static partial System.Text.RegularExpressions.Regex SingaporeOrGhanaPlateRegex();

    // Searched as written: a search without case runs character by character.
    private static readonly System.Buffers.SearchValues<string> PortuguesePlateWords = System.Buffers.SearchValues.Create(
        ["veículo", "Veículo", "VEÍCULO", "matrícula", "Matrícula", "MATRÍCULA"], StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[A-Z]{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-\d{2}-\d{2})\b")]
    private static partial System.Text.RegularExpressions.Regex PortuguesePlateRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bCIB (?:[IVX]{1,3} )?\d{1,4}/\d{1,4}\b")]
    private static partial System.Text.RegularExpressions.Regex ComplaintBookEntryRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\d])(?:\d{4,6} [\u0621-\u064A](?: [\u0621-\u064A]{3,})?(?![\p{L}\d])|(?:[\u0621-\u064A] ){2,3}\d{3,4}(?!\d))")]
    private static partial System.Text.RegularExpressions.Regex IraqiOrEgyptianPlateRegex();

    // Korea: a commercial plate's region, two or three digits, the use's syllable (a taxi's or a bus's too: "서울32바 1092"), four digits.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)(?:(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주) ?)?\d{2,3}[가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호배아바사자] ?\d{4}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex KoreanPlateRegex();

    // China: the province's character, the city's letter, five or six letters and digits (a digit among them).
    [System.Text.RegularExpressions.GeneratedRegex(@"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·•.\- ]?(?=[A-Z]{0,5}\d)[A-Z0-9]{5,6}(?![A-Za-z0-9])")]
    private static partial System.Text.RegularExpressions.Regex ChinesePlateRegex();

    // The Gulf's and Egypt's plates after their word: up to three Arabic letters and up to four digits, in either order.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:لوحة|لوحه|اللوحة|نمرة|نمره)\s*:?\s*(?:(?:[\u0621-\u064A] ?){1,3} ?[0-9٠-٩]{1,4}|[0-9٠-٩]{1,4} ?(?:[\u0621-\u064A] ?){0,2}[\u0621-\u064A])(?![\u0621-\u064A0-9٠-٩])")]
    private static partial System.Text.RegularExpressions.Regex ArabicPlateRegex();

    /// <summary>
    /// Whether three digits stand between hyphens, as in a French plate, so that <see cref="FrenchPlateRegex"/> need not
    /// try every capital of the text. Text with other scripts' digits is left to the regex.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasFrenchPlateDigits(TextScan scan)
    {
        if (scan.HasNonAscii)
        {
            return true;
        }

        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            if (end - start == 3 && start >= 3 && end < text.Length && text[start - 1] == '-' && text[end] == '-')
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\p{L}\d\-])[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}(?![\p{L}\d\-])")]
    private static partial System.Text.RegularExpressions.Regex FrenchPlateRegex();

    // Slovak and Czech "ŠPZ" / "EČV" stand with the Cyrillic words: searched only in text with non-ASCII letters.
    /// <summary>
    /// A chat export's speaker after a timestamp ("[09:14] nurse_kayla: Good morning", "14:02:03 jcarrasco_billing: Hi"): a
    /// user name, unless it is a role ("agent", "customer") or an ordinary word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeChatExportSpeakers(TextScan scan)
    {
        var text = scan.Text;
        foreach (var m in ChatExportSpeakerRegex().EnumerateMatches(text))
        {
            var name = text.AsSpan(m.Index, m.Length);
            var user = name[(name.LastIndexOf(' ') + 1)..^1];
            var userStart = m.Index + m.Length - 1 - user.Length;
            if (user.ContainsAny("0123456789_.") || (!OrdinaryWords.Contains(user) && !SpeakerRoles.Contains(user)))
            {
                scan.Add(PiiEntityType.AccountNumber, userStart, user.Length, 0.8);
            }
        }
    }

    /// <summary>
    /// Whether a line starts, after any white space, with a digit or "[": the only places
    /// <see cref="ChatExportSpeakerRegex"/> can match. The regex alone tries every position of the text; this reads
    /// line starts only.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasLineStartingWithTime(string text)
    {
        var lineStart = 0;
        while (true)
        {
            var i = lineStart;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && (text[i] == '[' || char.IsDigit(text[i])))
            {
                return true;
            }

            var newline = text.IndexOf('\n', i);
            if (newline < 0)
            {
                return false;
            }

            lineStart = newline + 1;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)(?:^|\n)\s*(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]|\d{1,2}:\d{2}(?::\d{2})?)\s+[a-z][a-z0-9._]{2,31}:")]
    private static partial System.Text.RegularExpressions.Regex ChatExportSpeakerRegex();

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerRoles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["agent", "customer", "caller", "nurse", "doctor", "bot", "system", "support", "operator", "user", "admin", "client", "patient", "staff",
         "assistant", "advisor", "adviser", "member", "me", "you", "officer", "dispatcher", "pharmacist"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<string> CyrillicPlateCues = System.Buffers.SearchValues.Create(
        ["номер", "знак", "рег", "таблиц", "госномер", "г/н", "грз", "г.р.з.", "мем. нөмір", "нөмірі", "špz", "ečv", "biển số", "biển kiểm soát",
         // The plate in Thai, Urdu, Persian, Arabic, Armenian, Chinese, Korean and Japanese ("ทะเบียน 3กฒ 4417", "رجسٹریشن نمبر RIM-8847").
         "ทะเบียน", "رجسٹریشن", "نمبر پلیٹ", "پلاک", "اللوحة", "لوحة", "պետհամարանիշ", "համարանիշ", "车牌", "車牌", "차량번호", "ナンバー",
         // Greek "registration number" as Cyprus writes it before a Latin plate ("αρ. εγγραφής KXN 418", "αρ. εγγρ. MAP 902").
         "εγγραφής", "εγγρ.",
         // Kazakh "his vehicle" before its plate ("көлігі 318 AAZ 05"), Icelandic "registration number" ("skráningarnúmer MX R42").
         "көлігі", "skráningarnúmer", "skráningarnr"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where a plate would start after its cue word: after punctuation and at most five lower-case words ("was", "no.", "is
    /// something like", "del turismo del autor:", "ng motorsiklo ay").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PlateAfterCue(string text, int cueEnd)
    {
        var i = cueEnd;
        for (var skipped = 0; skipped <= 5; skipped++)
        {
            // "=" for a log's key ("kz=FK-902BR", "plate=KDA 417X").
            while (i < text.Length && (text[i] is ' ' or ':' or '=' or '.' or '#' or '(' or '-' or '\'' or '"' or '°' or 'º' or '№'))
            {
                i++;
            }

            // "Reg. No. X 882": the number's abbreviation, capitalised, before the plate.
            if (text.AsSpan(i).StartsWith("No.", StringComparison.Ordinal) || text.AsSpan(i).StartsWith("NO.", StringComparison.Ordinal))
            {
                i += 3;
                continue;
            }

            // Lower-case words, and words of a script without capitals but Thai's, whose plates have letters of their own
            // ("رجسٹریشن نمبر RIM-8847").
            var wordEnd = i;
            while (wordEnd < text.Length && (char.IsLower(text[wordEnd])
                       || (text[wordEnd] >= '\u0590' && text[wordEnd] is not (>= '\u0E00' and <= '\u0E7F') && CaselessScriptRecognizer.IsCaselessLetter(text[wordEnd]))))
            {
                wordEnd++;
            }

            // "reg is something like WF 15 GXR": a few lower-case words; the plate's shape decides.
            if (wordEnd == i || skipped == 5 || wordEnd - i > 12)
            {
                break;
            }

            i = wordEnd;
        }

        // "Numărul de înmatriculare?\nApelant: B 482 KTR", "Kennzeichen Ihres Fahrzeugs?\nKunde: GÖ-RK 418": the plate is the
        // answer on the next line, after its speaker, when the cue's line asks for it.
        if (PlateEnd(text, i) == i && QuestionEndAfter(text, i) is var questionEnd and >= 0)
        {
            i = TextScan.AfterSpeakerLabel(text, questionEnd + 2);
        }

        return i;
    }

    /// <summary>Where the line from <paramref name="start"/> ends in a question mark within 48 characters ("Ihres Fahrzeugs?\n"), or -1.</summary>
    private static int QuestionEndAfter(string text, int start)
    {
        var lineEnd = text.AsSpan(start, Math.Min(48, text.Length - start)).IndexOf('\n');
        return lineEnd > 0 && text[start + lineEnd - 1] == '?' ? start + lineEnd - 1 : -1;
    }

    // Vehicles named before their plate ("my taxi GR 4471-21", "boda KMFA 221K", "mia auto GF 731 ZL", "Min bil KMX 48F").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VehicleNames = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["taxi", "trotro", "matatu", "boda", "okada", "keke", "bil", "bilen", "auto", "car", "veicolo", "coche", "carro", "voiture", "moto",
         "van", "truck", "lorry", "bus", "jeep", "jeepney", "tricycle", "scooter", "motorbike", "motorcycle", "bike", "wheeler", "rickshaw",
         "tuk-tuk", "bajaj", "ute", "pickup", "minibus", "danfo", "kekeh", "scooty", "autot", "autoga", "lori", "kereta", "Benz",
         "motosikal", "mobil", "mašīna", "mašīnā", "mašīnu", "bíll", "bíllinn", "bílinn", "vettura", "karozza", "kotxe", "cotxe", "samochód", "samochod", "vůz", "Fahrzeug", "PKW", "Wagen", "авто", "машина", "автомобіль", "автомобиль"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();


    /// <summary>
    /// A plate right after a vehicle's word ("my taxi GR 4471-21", "the matatu KDB 482X"): read from each digit run back over
    /// the plate's capitals to the word before it, so the cost follows the digits, not the text. Only a plate of two or more
    /// groups: "Toyota RAV4" or "car 2" are no plates.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizePlatesAfterVehicles(TextScan scan)
    {
        var text = scan.Text;
        var after = 0;
        foreach (var (runStart, _) in scan.DigitRuns)
        {
            // Back over " GR" / "KMFA " to where the plate would start.
            var i = runStart;
            if (i >= 2 && text[i - 1] is ' ' or '-' && char.IsAsciiLetterUpper(text[i - 2]))
            {
                i--;
            }

            var letters = 0;
            while (i > 0 && char.IsAsciiLetterUpper(text[i - 1]) && letters < 4)
            {
                i--;
                letters++;
            }

            // "Toyota Camry (ABJ 441 KW)": the plate in brackets after the model.
            var bracket = i >= 3 && text[i - 1] == '(' && text[i - 2] == ' ';
            if (i < after || i < 3 || (text[i - 1] != ' ' && !bracket))
            {
                continue;
            }

            // "motorcycle WP BCK-4471": a province's capitals before the plate's own letters.
            if (letters > 0 && TextScan.WordBefore(text, i, 4) is { Length: >= 1 and <= 3 } province && !province.ContainsAnyExceptInRange('A', 'Z')
                && i - province.Length - 1 >= 3 && text[i - province.Length - 2] == ' ')
            {
                i -= province.Length + 1;
            }

            // "Toyota Hilux, EZR 62K": a comma between the model and its plate.
            var comma = bracket || text[i - 2] == ',' ? 1 : 0;
            var vehicleAt = i - comma; // the vehicle's word ends one space before this
            var vehicle = comma == 1 ? WordEndingAt(text, i - 2) : TextScan.WordBefore(text, i, 10);
            // "kekeh number TP 4471", "Perodua Myvi saya BKT 4821", "Kia Picanto tiegħi BGZ 418": the vehicle before its
            // number's word or its owner's possessive.
            if (comma == 0 && (vehicle is "number" or "no" or "nr" || PlatePossessives.Contains(vehicle)) && i - vehicle.Length - 2 >= 3)
            {
                vehicleAt = i - vehicle.Length - 1;
                vehicle = TextScan.WordBefore(text, vehicleAt, 10);
            }
            else if (comma == 0 && vehicle.IsEmpty && i >= 6 && text.AsSpan(i - 5, 4) is " no." or " No." or " nr." or " Nr.")
            {
                // "Honda City no. JQW 4821": the number's word with its full stop.
                vehicleAt = i - 4;
                vehicle = TextScan.WordBefore(text, vehicleAt, 10);
            }

            // The maker one or two words before ("Honda City no. JQW 4821", "Tesla Model Y (EL 48213)").
            var modelWord = TextScan.WordBefore(text, vehicleAt - vehicle.Length - 1, 10);
            var afterModel = !vehicle.IsEmpty && !VehicleNames.Contains(vehicle) && char.IsUpper(vehicle[0])
                && (Makers.Contains(modelWord) || (!modelWord.IsEmpty && char.IsUpper(modelWord[0]) && vehicleAt - vehicle.Length - modelWord.Length - 2 >= 1
                    && Makers.Contains(TextScan.WordBefore(text, vehicleAt - vehicle.Length - modelWord.Length - 2, 10))));
            if (vehicle.IsEmpty || !(afterModel || (comma == 0 && VehicleNames.Contains(vehicle))))
            {
                continue;
            }

            var end = PlateEnd(text, i);
            // "moto TVS HLX 125": a maker's name and its model after the vehicle's word.
            var firstGroup = text.AsSpan(i, end - i) is var plate && plate.IndexOfAny(' ', '-') is var gap and > 0 ? plate[..gap] : default;
            if (!firstGroup.IsEmpty && Makers.Contains(firstGroup))
            {
                continue;
            }

            if (end > i && text.AsSpan(i, end - i).IndexOfAny(' ', '-') > 0 && !scan.HasCandidate(PiiEntityType.LicenseNumber, i)
                && !(afterModel && (HasYearGroup(text.AsSpan(i, end - i)) || CountLetters(text.AsSpan(i, end - i)) < 2
                    // "Samsung Galaxy A54 IMEI 3529…": a phone's model, then its serial's name.
                    || text.AsSpan(i, end - i).EndsWith(" IMEI", StringComparison.Ordinal))))
            {
                scan.Add(PiiEntityType.LicenseNumber, i, end - i, 0.75);
                after = AddListedPlates(scan, end);
            }
        }
    }

    // An owner's word between a vehicle and its plate in the product's languages ("saya", Maltese "tiegħi", "mi", "mein").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlatePossessives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["saya", "aku", "ku", "tiegħi", "my", "mi", "mio", "mia", "meu", "minha", "mein", "meine", "mijn", "min", "mitt", "minu", "mano", "mana", "mój", "moja", "moje", "můj"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word of letters that ends right before <paramref name="end"/> ("Hilux" before its comma), or empty.</summary>
    private static ReadOnlySpan<char> WordEndingAt(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < 10 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start > 0 && text[start - 1] == ' ' ? text.AsSpan(start, end - start) : [];
    }

    // "HP EliteBook 840 G8": a model's number and generation have one letter at most; plates have two or more.
    private static int CountLetters(ReadOnlySpan<char> value)
    {
        var letters = 0;
        foreach (var c in value)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }

    /// <summary>A group of a plate that reads as a model year ("XSE 2022" after "Toyota Camry" is a trim and a year).</summary>
    private static bool HasYearGroup(ReadOnlySpan<char> plate)
    {
        foreach (var range in plate.SplitAny(' ', '-'))
        {
            var group = plate[range];
            if (group.Length == 4 && group[0] is '1' or '2' && group[1] is '9' or '0' && char.IsAsciiDigit(group[2]) && char.IsAsciiDigit(group[3]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The plates listed after one ("GR 4471-21, trotro GT 8820-19", "WXY 4471, other party JQR 882"): after a comma or "and"
    /// and at most three lower-case words, another plate of two or more groups. Returns where the list ends.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int AddListedPlates(TextScan scan, int end)
    {
        var text = scan.Text;
        for (var listed = 0; listed < 4; listed++)
        {
            var i = end;
            if (text.AsSpan(i).StartsWith(", ", StringComparison.Ordinal))
            {
                i += 2;
            }
            else if (text.AsSpan(i).StartsWith(" and ", StringComparison.Ordinal))
            {
                i += 5;
            }
            else
            {
                return end;
            }

            for (var words = 0; words < 3 && i < text.Length && char.IsLower(text[i]); words++)
            {
                while (i < text.Length && (char.IsLower(text[i]) || text[i] == '\''))
                {
                    i++;
                }

                if (i >= text.Length || text[i] != ' ')
                {
                    return end;
                }

                i++;
            }

            var next = PlateEnd(text, i);
            if (next <= i || text.AsSpan(i, next - i).IndexOfAny(' ', '-') < 0)
            {
                return end;
            }

            scan.Add(PiiEntityType.LicenseNumber, i, next - i, 0.75);
            end = next;
        }

        return end;
    }

    /// <summary>
    /// A plate's letter: Latin capitals, the German umlauts, and the Cyrillic capitals that Russian, Ukrainian and Bulgarian
    /// plates use ("К482МТ 750", "АІ 4827 КР").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPlateLetter(char c) => char.IsAsciiLetterUpper(c) || c is 'Ä' or 'Ö' or 'Ü'
        or 'А' or 'В' or 'Е' or 'К' or 'М' or 'Н' or 'О' or 'Р' or 'С' or 'Т' or 'У' or 'Х' or 'І'
        or (>= '\u0E01' and <= '\u0E2E'); // Thai plates' consonants ("3กฒ 4417")

    // Car makes written in capitals, which a model's letters and digits follow as a plate's would ("vozilo BMW X5 reg. …").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalMakes = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["BMW", "VW", "KIA", "GMC", "BYD", "JAC", "GAZ", "UAZ", "VAZ", "SEAT", "FIAT", "GWM", "FAW"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"BMW X5", "KIA K5": a make and its model where a plate would stand.</summary>
    private static bool IsMakeAndModel(string text, int start, int end)
    {
        var space = text.AsSpan(start, end - start).IndexOf(' ');
        return space > 0 && CapitalMakes.Contains(text.AsSpan(start, space));
    }

    /// <summary>The end of a plate starting at <paramref name="start"/>, or <paramref name="start"/> when none does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PlateEnd(string text, int start)
    {
        var i = start;
        var end = start;
        var (letters, digits, groups) = (0, 0, 0);
        // Up to four groups: a Russian plate ends with its region ("Н 417 ОР 152").
        while (groups < 4 && i < text.Length)
        {
            var groupStart = i;
            var groupDigits = 0;
            // Up to eight in a group: Mercosur and Singapore plates run together ("RIO2A18", "SKL4827L").
            while (i < text.Length && i - groupStart < 8 && (char.IsAsciiDigit(text[i]) || IsPlateLetter(text[i])
                       // Vietnam's "59-X2 447.18": a dot between digits of the serial.
                       || (text[i] == '.' && groupDigits == 3 && i - groupStart == 3 && i + 2 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]))))
            {
                groupDigits += char.IsAsciiDigit(text[i]) ? 1 : 0;
                i++;
            }

            // A group runs into lower case or more characters ("Toyota", "RAV4x"): the plate, if any, ended before it.
            if (i == groupStart || (i < text.Length && (char.IsLetterOrDigit(text[i])
                    || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)))
            {
                break;
            }

            (digits, letters) = (digits + groupDigits, letters + (i - groupStart - groupDigits));
            groups++;
            end = i;
            if (i + 1 >= text.Length || text[i] is not (' ' or '-') || !(char.IsAsciiDigit(text[i + 1]) || IsPlateLetter(text[i + 1])))
            {
                break;
            }

            i++;
        }

        return letters > 0 && digits > 0 && letters + digits is >= 4 and <= 10 ? end : start;
    }

    /// <summary>
    /// A value in a table cell takes its keyword from the column's header: pasted extracts and statements come as
    /// markdown or pipe tables, tab- or comma-separated rows under a header line ("name,dob,mrn"). Tokens arrive in text
    /// order, so each line is read once and a table's rows reuse its header: the cost stays linear in the text.
    /// </summary>
    private sealed class TableReader(string text)
    {
        private int _lineStart;
        private int _lineEnd = -1;
        private char _delimiter;
        private int _delimiters;
        private int _column;
        private int _counted;

        // The table block: the header line, and how far down lines were checked to have its shape.
        private char _blockDelimiter;
        private int _blockDelimiters = -1;
        private int _headerStart = -1;
        private int _headerEnd;
        private int _blockEnd = -1;
        private readonly Dictionary<int, PiiEntityType?> _columns = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public PiiEntityType? KeywordFor(int tokenStart)
        {
            if (!InCell(tokenStart))
            {
                return null;
            }

            if (!_columns.TryGetValue(_column, out var keyword))
            {
                keyword = KeywordOf(HeaderCell(_column));
                _columns[_column] = keyword;
            }

            return keyword;
        }

        /// <summary>Whether the token's column is headed by a quantity ("Qty", "Amount", "Balance"): its numbers are values.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool InQuantityColumn(int tokenStart) => InCell(tokenStart) && UnnamedIdentifier.IsQuantityHeader(HeaderCell(_column));

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool InCell(int tokenStart)
        {
            if (tokenStart > _lineEnd)
            {
                EnterLine(tokenStart);
            }

            if (_delimiter == '\0' || _headerStart < 0)
            {
                return false;
            }

            _column += text.AsSpan(_counted, tokenStart - _counted).Count(_delimiter);
            _counted = tokenStart;
            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void EnterLine(int tokenStart)
        {
            var searchFrom = Math.Max(_lineEnd, 0);
            var newline = text.AsSpan(searchFrom, tokenStart - searchFrom).LastIndexOf('\n');
            _lineStart = newline < 0 ? (_lineEnd < 0 ? 0 : _lineStart) : searchFrom + newline + 1;
            var next = text.AsSpan(tokenStart).IndexOf('\n');
            _lineEnd = next < 0 ? text.Length : tokenStart + next;
            (_column, _counted) = (0, _lineStart);
            var line = Line(_lineStart, _lineEnd);
            _delimiter = line.Contains('|') ? '|' : line.Contains('\t') ? '\t' : line.Contains(',') ? ',' : '\0';
            _delimiters = _delimiter == '\0' ? 0 : line.Count(_delimiter);
            if (_delimiter == '\0' || _lineStart == 0)
            {
                _headerStart = -1;
                _blockDelimiters = -1;
                return;
            }

            // Still in the block found before: every line from its checked end down to this one has its shape.
            if (_blockDelimiter == _delimiter && _blockDelimiters == _delimiters && _headerStart >= 0 && SameShapeBetween(_blockEnd, _lineStart))
            {
                _blockEnd = _lineEnd;
                return;
            }

            // Otherwise walk up the lines with the same number of delimiters (markdown's |---| rules among them).
            _columns.Clear();
            (_blockDelimiter, _blockDelimiters, _headerStart, _blockEnd) = (_delimiter, _delimiters, -1, _lineEnd);
            var above = _lineStart - 1;
            while (above > 0)
            {
                var start = text.LastIndexOf('\n', above - 1) + 1;
                var candidate = Line(start, above);
                if (candidate.Count(_delimiter) != _delimiters)
                {
                    break;
                }

                if (!TableText.IsRuleLine(candidate))
                {
                    (_headerStart, _headerEnd) = (start, start + candidate.Length);
                }

                above = start - 1;
            }
        }

        /// <summary>Whether every line starting in [from, to) has the block's shape (checked once per line).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool SameShapeBetween(int from, int to)
        {
            var start = from + 1;
            while (start < to)
            {
                var end = text.IndexOf('\n', start);
                end = end < 0 || end > to - 1 ? to - 1 : end;
                if (Line(start, end).Count(_blockDelimiter) != _blockDelimiters)
                {
                    return false;
                }

                start = end + 1;
            }

            return true;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private ReadOnlySpan<char> HeaderCell(int column)
        {
            var header = Line(_headerStart, _headerEnd);
            var index = 0;
            foreach (var range in header.Split(_delimiter))
            {
                if (index++ == column)
                {
                    return header[range];
                }
            }

            return [];
        }

        private ReadOnlySpan<char> Line(int start, int end) => text.AsSpan(start, end - start).TrimEnd('\r');
    }

    /// <summary>The keyword a short phrase names ("MRN", "Member ID", "account_no").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static PiiEntityType? KeywordOf(ReadOnlySpan<char> phrase)
    {
        Span<char> buffer = stackalloc char[MaxPhraseChars];
        var length = TableText.NormalizePhrase(phrase, buffer);
        return length > 0 && KeywordLookup.TryGetValue(buffer[..length], out var type) ? type : null;
    }

    /// <summary>
    /// National numbers whose shape and check character identify them without a keyword: Spanish DNI and NIE
    /// ("05938172D", "X1234567L", mod-23 letter), Swedish personnummer ("840612-3474", a date and a Luhn digit) and Irish
    /// Eircodes ("D06 F8C2", a routing key and a unique identifier with a letter).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (PiiEntityType Type, int End)? NationalIdShape(string text, int start, int end)
    {
        var token = text.AsSpan(start, end - start);
        if (token.Length == 9 && char.IsAsciiLetterUpper(token[8]) && !token[1..8].ContainsAnyExceptInRange('0', '9')
            && (char.IsAsciiDigit(token[0]) || token[0] is 'X' or 'Y' or 'Z'))
        {
            var number = (token[0] switch { 'X' => 0, 'Y' => 1, 'Z' => 2, var d => d - '0' }) * 10_000_000
                + int.Parse(token[1..8], System.Globalization.CultureInfo.InvariantCulture);
            return "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23] == token[8] ? (PiiEntityType.PassportNumber, end) : null;
        }

        if (token.Length == 9 && token[0] is 'S' or 'T' or 'F' or 'G' && char.IsAsciiLetterUpper(token[8]) && !token[1..8].ContainsAnyExceptInRange('0', '9'))
        {
            // Singapore NRIC/FIN: weights 2 7 6 5 4 3 2 over the digits, 4 more for the T and G series, a letter per remainder.
            ReadOnlySpan<int> weights = [2, 7, 6, 5, 4, 3, 2];
            var sum = token[0] is 'T' or 'G' ? 4 : 0;
            for (var d = 0; d < 7; d++)
            {
                sum += (token[d + 1] - '0') * weights[d];
            }

            var letters = token[0] is 'S' or 'T' ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
            return letters[sum % 11] == token[8] ? (PiiEntityType.PassportNumber, end) : null;
        }

        // A Canadian SIN (nine digits in threes, Luhn) in a text that speaks of one: "my SIN … should be 187 233 556".
        if (token.Length == 11 && token[3] is ' ' or '-' && token[7] is ' ' or '-' && !token[..3].ContainsAnyExceptInRange('0', '9')
            && !token[4..7].ContainsAnyExceptInRange('0', '9') && !token[8..].ContainsAnyExceptInRange('0', '9')
            && Checksums.Luhn(token) && ContainsWord(text, "SIN"))
        {
            return (PiiEntityType.PassportNumber, end);
        }

        // A New Zealand bank account: bank, branch, account and suffix ("06-0193-0947812-00").
        if (token.Length is 18 or 19 && token[2] == '-' && token[7] == '-' && token[15] == '-' && token.Count('-') == 3
            && !token.ContainsAnyExcept("0123456789-"))
        {
            return (PiiEntityType.AccountNumber, end);
        }

        // Finnish henkilötunnus ("031101A418J": a date, the century sign, three digits, a check character mod 31).
        if (token.Length == 11 && !token[..6].ContainsAnyExceptInRange('0', '9') && token[6] is '-' or '+' or 'A' or 'B' or 'C' or 'D' or 'E' or 'F' or 'U' or 'V' or 'W' or 'X' or 'Y'
            && !token[7..10].ContainsAnyExceptInRange('0', '9')
            && int.Parse(token[2..4], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12)
        {
            var number = int.Parse(token[..6], System.Globalization.CultureInfo.InvariantCulture) * 1000
                + int.Parse(token[7..10], System.Globalization.CultureInfo.InvariantCulture);
            if ("0123456789ABCDEFHJKLMNPRSTUVWXY"[number % 31] == token[10])
            {
                return (PiiEntityType.PassportNumber, end);
            }
        }

        // A Swedish personnummer with the century ("19490817-2382"): Luhn over the last ten digits.
        if (token.Length == 13 && token[8] is '-' or '+' && !token[..8].ContainsAnyExceptInRange('0', '9') && !token[9..].ContainsAnyExceptInRange('0', '9')
            && token[..2] is "19" or "20")
        {
            Span<char> digits = stackalloc char[10];
            token[2..8].CopyTo(digits);
            token[9..].CopyTo(digits[6..]);
            if (Checksums.Luhn(digits))
            {
                return (PiiEntityType.PassportNumber, end);
            }
        }

        // Indian number plates ("KA-01-HQ-4821": state, district, series, number).
        if (token.Length is 12 or 13 && token[2] == '-' && token[5] == '-' && !token[..2].ContainsAnyExceptInRange('A', 'Z')
            && !token[3..5].ContainsAnyExceptInRange('0', '9') && token[^5] == '-' && !token[^4..].ContainsAnyExceptInRange('0', '9')
            && !token[6..^5].ContainsAnyExceptInRange('A', 'Z'))
        {
            return (PiiEntityType.LicenseNumber, end);
        }

        // Indian PAN ("BKVPS4721M": five letters, the fourth the holder's kind, four digits, a letter), Pakistani CNIC
        // ("35202-4418273-5") and Malaysian MyKad ("880512-14-5326", a date of birth first): shapes nothing else has.
        if (token.Length == 10 && !token[..5].ContainsAnyExceptInRange('A', 'Z') && token[3] is 'P' or 'C' or 'H' or 'A' or 'B' or 'G' or 'J' or 'L' or 'F' or 'T'
            && !token[5..9].ContainsAnyExceptInRange('0', '9') && char.IsAsciiLetterUpper(token[9]))
        {
            return (PiiEntityType.PassportNumber, end);
        }

        if (token.Length == 15 && token[5] == '-' && token[13] == '-' && !token.ContainsAnyExcept("0123456789-") && token.Count('-') == 2)
        {
            return (PiiEntityType.PassportNumber, end);
        }

        if (token.Length == 14 && token[6] == '-' && token[9] == '-' && !token.ContainsAnyExcept("0123456789-") && token.Count('-') == 2
            && int.Parse(token[2..4], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12
            && int.Parse(token[4..6], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31)
        {
            return (PiiEntityType.PassportNumber, end);
        }

        if (token.Length == 16 && IsCodiceFiscale(token))
        {
            return (PiiEntityType.PassportNumber, end);
        }

        // "230211+1428": a Swedish personal number of someone over 100 has "+" (no joiner, so the token stops before it).
        if (token.Length == 6 && end + 5 <= text.Length && text[end] == '+' && !text.AsSpan(end + 1, 4).ContainsAnyExceptInRange('0', '9')
            && (end + 5 == text.Length || !char.IsLetterOrDigit(text[end + 5])) && !token.ContainsAnyExceptInRange('0', '9'))
        {
            return NationalIdShape(text, start, end + 5) is { } over100 ? over100 : null;
        }

        if (token.Length == 11 && token[6] is '-' or '+' && !token[..6].ContainsAnyExceptInRange('0', '9') && !token[7..].ContainsAnyExceptInRange('0', '9')
            && int.Parse(token[2..4], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12
            && int.Parse(token[4..6], System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31 and var day && day <= 91)
        {
            Span<char> digits = stackalloc char[10];
            token[..6].CopyTo(digits);
            token[7..].CopyTo(digits[6..]);
            return Checksums.Luhn(digits) ? (PiiEntityType.PassportNumber, end) : null;
        }

        // An Eircode typed in lower case ("clarecastle v95 x2e4") is one too, all of it in the same case.
        var lowerCase = token.Length == 3 && char.IsAsciiLetterLower(token[0]);
        if (token.Length == 3 && char.IsAsciiLetter(token[0]) && char.IsAsciiDigit(token[1]) && (char.IsAsciiDigit(token[2]) || token[2] == (lowerCase ? 'w' : 'W'))
            && end + 5 <= text.Length && text[end] == ' ' && (end + 5 == text.Length || !char.IsLetterOrDigit(text[end + 5])))
        {
            var unique = text.AsSpan(end + 1, 4);
            if (!unique.ContainsAnyExcept(lowerCase ? "0123456789acdefhknprtvwxy" : "0123456789ACDEFHKNPRTVWXY")
                && unique.ContainsAnyInRange(lowerCase ? 'a' : 'A', lowerCase ? 'z' : 'Z') && unique.ContainsAnyInRange('0', '9'))
            {
                return (PiiEntityType.ZipCode, end + 5);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="word"/> stands as a whole word, case-exact: "SIN" names the number, "sin" is an ordinary
    /// word (<see cref="TextScan.ContainsWord"/> ignores case).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An Italian codice fiscale: six letters, two digits, a month letter, two digits, a letter and three digits (the
    /// town), then its check letter: odd positions through their own table, even ones by value, modulo 26.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsCodiceFiscale(ReadOnlySpan<char> code)
    {
        ReadOnlySpan<int> odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
        for (var i = 0; i < 16; i++)
        {
            var letter = i is < 6 or 8 or 11 or 15;
            if (letter ? !char.IsAsciiLetterUpper(code[i]) : !char.IsAsciiDigit(code[i]))
            {
                return false;
            }
        }

        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = code[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            // Digits and the first ten letters share the odd table's first ten entries.
            sum += i % 2 == 0 ? (char.IsAsciiDigit(c) ? odd[c - '0'] : odd[c - 'A']) : value;
        }

        return code[15] == 'A' + (sum % 26);
    }

    /// <summary>The keyword in brackets right after a value: "48291375 (MRN)", "XGH448812901 (member ID)".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (PiiEntityType Type, double Score)? FindKeywordAfter(string text, int tokenEnd)
    {
        var i = tokenEnd;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '(' || i - tokenEnd > 2)
        {
            return null;
        }

        var close = text.AsSpan(i + 1, Math.Min(MaxPhraseChars, text.Length - i - 1)).IndexOf(')');
        if (close <= 0)
        {
            return null;
        }

        return KeywordOf(text.AsSpan(i + 1, close)) is { } type ? (type, 0.85) : null;
    }

    /// <summary>
    /// A keyword in capitals with the value written straight after it ("MRN00482913", "ACCT31926819"): the capitals
    /// must spell a keyword of three letters or more, and what follows must look like an identifier on its own.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (PiiEntityType Type, int ValueStart)? GluedKeyword(ReadOnlySpan<char> token)
    {
        var letters = token.IndexOfAnyExceptInRange('A', 'Z');
        if (letters is < 3 or > 6 || !char.IsAsciiDigit(token[letters]) || token.Length - letters < 5 || !LooksLikeIdentifier(token[letters..]))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[8];
        return KeywordLookup.TryGetValue(Lower(token[..letters], buffer), out var type) ? (type, letters) : null;
    }

    /// <summary>True when only a list separator (",", "and", "or", "&", "/", ";") stands between two tokens.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ContinuesList(string text, int previousEnd, int start)
    {
        if (start - previousEnd > 7)
        {
            return NextBulletAfterAside(text.AsSpan(previousEnd, start - previousEnd));
        }

        // The next item of a bulleted list ("MRNs:\n- 48291375\n- 48291376") continues it too.
        var gap = text.AsSpan(previousEnd, start - previousEnd).Trim();
        return gap.IsEmpty || gap is "," or "and" or "or" or "&" or "/" or ";" or ", and" or ", or" or "+"
            || (gap is "-" or "*" or "•" && text.AsSpan(previousEnd, start - previousEnd).Contains('\n'))
            || NextBulletAfterAside(text.AsSpan(previousEnd, start - previousEnd));
    }

    /// <summary>"* 48291375 (Bankole)\n* 48291376": a bracketed aside ends one bulleted item and the next item starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NextBulletAfterAside(ReadOnlySpan<char> gap)
    {
        var newline = gap.IndexOf('\n');
        if (gap.Length > 48 || newline < 0 || gap[(newline + 1)..].Contains('\n'))
        {
            return false;
        }

        var aside = gap[..newline].Trim();
        var bullet = gap[(newline + 1)..].Trim();
        return bullet is "-" or "*" or "•"
            && (aside.IsEmpty || (aside[0] == '(' && aside[^1] == ')' && aside[1..^1].IndexOfAny('(', ')') < 0));
    }

    /// <summary>The identifier token containing <paramref name="index"/>: letters and digits joined by - / . inside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Start, int End) TokenAround(string text, int index)
    {
        var start = index;
        while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || (IsJoiner(text[start - 1]) && start > 1 && char.IsAsciiLetterOrDigit(text[start - 2]))))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || (IsJoiner(text[end]) && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))
                                     || (text[end] == ' ' && StartsWithDigits(text, end + 1, 2) && !IsClockTime(text, end + 1))))
        {
            end++;
        }

        // Grouped identifiers ("XVZ 4416 5296", "751 704 267"): earlier groups of digits, or a short capitalised
        // prefix, joined by single spaces — but never the keyword itself ("MRN 123 456").
        while (start >= 2 && text[start - 1] == ' ' && StartsWithDigits(text, start, 2) && !IsClockTime(text, start))
        {
            var previousEnd = start - 1;
            var previousStart = previousEnd;
            while (previousStart > 0 && char.IsAsciiLetterOrDigit(text[previousStart - 1]))
            {
                previousStart--;
            }

            var previous = text.AsSpan(previousStart, previousEnd - previousStart);
            var groupOfDigits = previous.Length is >= 2 and <= 6 && !previous.ContainsAnyExceptInRange('0', '9');
            // Not a bank's or company's name before its account ("OCBC 595-112847-001").
            var prefix = previous.Length is >= 2 and <= 4 && !previous.ContainsAnyExceptInRange('A', 'Z') && !IsKeyword(previous)
                && !Lexicon.Organisations.Contains(previous);
            if (!(groupOfDigits || prefix))
            {
                break;
            }

            start = previousStart;
            if (prefix)
            {
                break;
            }
        }

        return (start, end);
    }

    /// <summary>A UK number plate is written in two parts ("AB12 CDE"): the letters after the space belong to the token.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int UkPlateEnd(string text, int start, int end)
    {
        // Typed in lower case too ("ab12 cde"), each part in one case.
        var (low, high) = char.IsAsciiLetterLower(text[start]) ? ('a', 'z') : ('A', 'Z');
        if (end - start == 4 && end + 4 <= text.Length && text[end] == ' ' && char.IsAsciiLetter(text[start]) && char.IsBetween(text[start + 1], low, high)
            && char.IsBetween(text[start], low, high) && char.IsAsciiDigit(text[start + 2]) && char.IsAsciiDigit(text[start + 3])
            && !text.AsSpan(end + 1, 3).ContainsAnyExceptInRange(low, high) && (end + 4 == text.Length || !char.IsLetterOrDigit(text[end + 4])))
        {
            return end + 4;
        }

        return end;
    }

    /// <summary>
    /// A British plate of the current format with no word naming it ("his van is WU19 KTX"): two capitals, an age
    /// identifier (the year: 02–25 for March, 51–75 for September), a space and three capitals. The local memory tag
    /// never starts with I, Q or Z, and the random letters never use I or Q.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsCurrentUkPlate(string text, int start, int end)
    {
        if (end - start != 8 || text[start + 4] != ' ')
        {
            return false;
        }

        // "FY24 ABC" is a fiscal year; "flight BA12 LHR" a flight and an airport.
        var plate = text.AsSpan(start, 8);
        return char.IsAsciiLetterUpper(plate[0]) && plate[0] is not ('I' or 'Q' or 'Z') && char.IsAsciiLetterUpper(plate[1])
            && plate[2] is '0' or '1' or '2' or '5' or '6' or '7' && char.IsAsciiDigit(plate[3])
            && !plate[5..].ContainsAnyExceptInRange('A', 'Z') && !plate[5..].ContainsAny('I', 'Q')
            && !plate.StartsWith("FY") && !text.AsSpan(Math.Max(0, start - 8), Math.Min(start, 8)).Contains("flight", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly System.Buffers.SearchValues<string> VehicleWords = System.Buffers.SearchValues.Create(
        [" car ", " van ", " truck ", " taxi ", " maxi ", " jeep ", " suv ", " vehicle ", " motorcycle ", " motorbike ", " bike ", " pickup "],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Two or three capitals and three or four digits with a vehicle named just before ("my car PCR 4471 was stolen", "a
    /// white van WXY 1234"): the shape of many countries' plates, which alone could be a product or a standard ("ISO 9001").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPlateNearVehicle(string text, int start, int end)
    {
        var length = end - start;
        if (length is < 6 or > 8 || !char.IsAsciiLetterUpper(text[start]))
        {
            return false;
        }

        var space = text.AsSpan(start, length).IndexOf(' ');
        if (space is < 2 or > 3 || text.AsSpan(start, space).ContainsAnyExceptInRange('A', 'Z') || length - space - 1 is < 3 or > 4
            || text.AsSpan(start + space + 1, length - space - 1).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        // Standards and rules are written the same way ("ISO 9001", "SOP 1234"), and a year after a word ("MOT 2024").
        var digits = text.AsSpan(start + space + 1, length - space - 1);
        if (IsStandardsLetters(text.AsSpan(start, space))
            || (digits.Length == 4 && digits[0] is '1' or '2' && digits[1] is '9' or '0'))
        {
            return false;
        }

        var from = Math.Max(0, start - 30);
        return text.AsSpan(from, start - from + 1).IndexOfAny(VehicleWords) >= 0;
    }

    /// <summary>
    /// A plate in brackets right after the car's make and model, or right before them in brackets ("2016 Mitsubishi Triton
    /// (JTR915)", "Musa Kato, UAL 552H (Toyota Hiace taxi)"): capitals and digits, both, as plates are written.
    /// </summary>
    private static bool IsPlateBesideMake(string text, int start, int end)
    {
        var value = text.AsSpan(start, end - start);
        if (value.Length is < 5 or > 13 || value.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -") || !value.ContainsAnyInRange('0', '9')
            || !value.ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        if (start >= 2 && text[start - 1] == '(' && end < text.Length && text[end] == ')' && VehicleModelsKept.MakeBefore(text, start - 1, 2))
        {
            return true;
        }

        // After the make and a model's word, or its colour too ("Hyundai Creta DL 8C AF 2930", "Volkswagen Golf cinzento AX-27-PF").
        // Not the model itself right after the make ("Honda CG 160", "Yamaha NMAX 155"), a trim's short code ("Ford Focus ST170") or
        // a trim with the model year ("Honda Civic EXL 2020", "Land Cruiser GXR 2022").
        if (value.Length >= 6 && !VehicleModelsKept.MakeBefore(text, start, 1) && !EndsWithYear(value)
            && (VehicleModelsKept.MakeBefore(text, start, 2) || VehicleModelsKept.MakeBefore(text, start, 3)))
        {
            return true;
        }

        // Before the brackets, not a standard a firm's system follows ("ISO 9001 (Toyota Production System)").
        if (value.Length > 9 || end + 3 >= text.Length || text[end] != ' ' || text[end + 1] != '('
            || IsStandardsLetters(value[..(value.IndexOfAnyExceptInRange('A', 'Z') is var lettersEnd and >= 0 ? lettersEnd : value.Length)]))
        {
            return false;
        }

        var wordEnd = end + 2;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd < text.Length && text[wordEnd] == ' ' && VehicleModelsKept.MakeBefore(text, wordEnd + 1, 1);
    }

    /// <summary>The letters of a standard's or a code's number, which are written like a plate ("ISO 9001", "SOP 1234", "CFR 1910").</summary>
    private static bool IsStandardsLetters(ReadOnlySpan<char> letters) =>
        letters is "ISO" or "IEC" or "DIN" or "EN" or "BS" or "SOP" or "CFR" or "USC" or "PPC" or "ECE";

    private static bool EndsWithYear(ReadOnlySpan<char> value) =>
        value.Length > 5 && value[^5] is ' ' or '-' && value[^4] is '1' or '2' && value[^3] is '9' or '0' && char.IsAsciiDigit(value[^2]) && char.IsAsciiDigit(value[^1]);

    /// <summary>The end of a Croatian plate around the digits at <paramref name="runStart"/>; 0 when none stands there.</summary>
    private static int CroatianPlateEnd(string text, int runStart, int runEnd)
    {
        if (runStart < 3 || text[runStart - 1] != ' ' || !IsCroatianCapital(text[runStart - 2]) || !IsCroatianCapital(text[runStart - 3])
            || (runStart > 3 && char.IsLetterOrDigit(text[runStart - 4])) || runEnd + 2 > text.Length || text[runEnd] != '-')
        {
            return 0;
        }

        var end = runEnd + 1;
        while (end < text.Length && end - runEnd <= 3 && IsCroatianCapital(text[end]))
        {
            end++;
        }

        return end - runEnd - 1 is 1 or 2 && (end == text.Length || !char.IsLetterOrDigit(text[end])) ? end : 0;

        static bool IsCroatianCapital(char c) => char.IsAsciiLetterUpper(c) || c is 'Č' or 'Ć' or 'Š' or 'Ž' or 'Đ';
    }

    private static bool IsBelgianPlate(string text, int runStart, int runEnd) =>
        runStart >= 6 && text[runStart - 1] == '-' && text[runStart - 5] == '-' && char.IsAsciiDigit(text[runStart - 6]) && text[runStart - 6] != '0'
        && char.IsAsciiLetterUpper(text[runStart - 4]) && char.IsAsciiLetterUpper(text[runStart - 3]) && char.IsAsciiLetterUpper(text[runStart - 2])
        && (runStart == 6 || !char.IsLetterOrDigit(text[runStart - 7]) && text[runStart - 7] != '-')
        && (runEnd == text.Length || !char.IsLetterOrDigit(text[runEnd]) && text[runEnd] != '-');

    /// <summary>A Kenyan plate with no word naming it ("matatu KCY 118Q"): K, two capitals, a space, three digits and a capital.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsKenyanPlate(string text, int start, int end) =>
        end - start == 8 && text[start] == 'K' && char.IsAsciiLetterUpper(text[start + 1]) && char.IsAsciiLetterUpper(text[start + 2])
        && text[start + 3] == ' ' && StartsWithDigits(text, start + 4, 3) && char.IsAsciiLetterUpper(text[start + 7]);

    /// <summary>
    /// A Turkish plate named by the word after it ("34 ABC 482 plakalı araç"): a province code, one to three capitals and
    /// two to four digits. The token read here is its letters and last digits; returns where the plate starts, or -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TurkishPlateStart(string text, int start, int end)
    {
        var space = text.AsSpan(start, end - start).IndexOf(' ');
        if (space is < 1 or > 3 || start < 3 || text[start - 1] != ' ' || !StartsWithDigits(text, start - 3, 2)
            || (start > 3 && char.IsLetterOrDigit(text[start - 4])) || text.AsSpan(start, space).ContainsAnyExceptInRange('A', 'Z')
            || end - start - space - 1 is < 2 or > 4 || !StartsWithDigits(text, start + space + 1, end - start - space - 1)
            || !text.AsSpan(end).StartsWith(" plaka", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        return start - 3;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>"16:22" after "Encounter 11/04/2024": a time of day is never a group of the identifier before it.</summary>
    private static bool IsClockTime(string text, int index) =>
        index + 5 <= text.Length && text[index + 2] == ':' && StartsWithDigits(text, index + 3, 2);

    private static bool StartsWithDigits(string text, int index, int count) =>
        index + count <= text.Length && !text.AsSpan(index, count).ContainsAnyExceptInRange('0', '9');

    /// <summary>Keywords and fillers ("ID", "NO") are never part of the identifier after them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsKeyword(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[8];
        var lower = Lower(word, buffer);
        return KeywordLookup.ContainsKey(lower) || FillerLookup.Contains(lower);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsJoiner(char c) => c is '-' or '/' or '.';

    /// <summary>The longest keyword phrase, lower-cased, fits in this many characters.</summary>
    private const int MaxPhraseChars = 80;

    /// <summary>
    /// Reads up to a few words before the token (skipping separators and at most two filler words such as
    /// "number is") and finds the longest keyword phrase ending there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>
    /// The keyword of the question a value answers, when the value opens the next line after its speaker's label ("Last four of
    /// your social?\nCustomer: 4471", "can you give me your member number?\nme: 100482").
    /// </summary>
    private static (PiiEntityType Type, double Score)? FindKeywordInQuestion(string text, int tokenStart) =>
        TextScan.QuestionAnswered(text, tokenStart, afterAssent: true) is var question and >= 0 ? FindKeyword(text, question) : null;

    private static (PiiEntityType Type, double Score)? FindKeyword(string text, int tokenStart)
    {
        Span<(int Start, int End)> words = stackalloc (int, int)[6];
        var count = 0;
        var i = tokenStart - 1;
        while (count < words.Length)
        {
            // Both walks stop where nothing more can change the answer, so that a long token costs no more than a short one
            // (a line of "1234'1234'…" used to walk the whole token back from each of its numbers).
            // "№" is the number sign of Cyrillic forms ("сер. № PF3KX9Z2"), as "#" is of English ones.
            while (i >= 0 && tokenStart - i <= 64 && (char.IsWhiteSpace(text[i]) || text[i] is ':' or '#' or '№' or '=' or '-' or '(' or '.' or ',' or '|' or '*' or ')' or '°' or 'º' or '"'))
            {
                // A qualifier in brackets between keyword and value ("Account number (checking): 31926819") is skipped whole;
                // table cells ("| MRN | 48291375") and bold markup ("**MRN:** 48291375") are separators.
                if (text[i] == ')')
                {
                    var open = text.AsSpan(Math.Max(0, i - 32), i - Math.Max(0, i - 32)).LastIndexOf('(');
                    if (open < 0)
                    {
                        break;
                    }

                    i = Math.Max(0, i - 32) + open;
                }

                i--;
            }

            if (i < 0 || tokenStart - i > 64)
            {
                break;
            }

            var end = i + 1;
            while (i >= 0 && end - i < MaxPhraseChars && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '/' or '#'))
            {
                i--;
            }

            // A word as long as the phrase buffer is no keyword and no filler: no phrase reaches past it.
            if (end == i + 1 || end - i >= MaxPhraseChars)
            {
                break;
            }

            words[count++] = (i + 1, end);
        }

        Span<char> buffer = stackalloc char[MaxPhraseChars];
        for (var skipped = 0; skipped <= 2 && skipped < count; skipped++)
        {
            // Every phrase tried here ends with this word: when it ends no keyword, none of them can match.
            var last = text.AsSpan(words[skipped].Start, words[skipped].End - words[skipped].Start);
            var mayEndKeyword = last.Length > buffer.Length || LastKeywordWordLookup.Contains(Lower(last, buffer));
            for (var n = Math.Min(MaxKeywordWords, count - skipped); n >= 1 && mayEndKeyword; n--)
            {
                var length = Phrase(text, words, skipped, n, buffer);
                if (length > 0 && KeywordLookup.TryGetValue(buffer[..length], out var type))
                {
                    // Bare words such as "member" or "claim" are weaker evidence than "member ID" or "claim number".
                    var strong = n > 1 || length <= 4;
                    return (type, strong ? 0.85 : 0.7);
                }
            }

            // Fillers, and a bank's name between the keyword and its account ("Account: KCB 1234567"), are skipped.
            var skippedWord = text.AsSpan(words[skipped].Start, words[skipped].End - words[skipped].Start);
            if (!FillerLookup.Contains(Lower(skippedWord, buffer)) && !Lexicon.Organisations.Contains(skippedWord))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Writes words[first+n-1] … words[first] (reading order) lower-cased and space-separated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Phrase(string text, ReadOnlySpan<(int Start, int End)> words, int first, int n, Span<char> buffer)
    {
        var length = 0;
        for (var w = first + n - 1; w >= first; w--)
        {
            var word = text.AsSpan(words[w].Start, words[w].End - words[w].Start);
            if (length + word.Length + 1 > buffer.Length)
            {
                return 0;
            }

            length += Lower(word, buffer[length..]).Length;
            if (w > first)
            {
                buffer[length++] = ' ';
            }
        }

        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = Math.Min(word.Length, destination.Length);
        for (var i = 0; i < n; i++)
        {
            // "FİN" (Azerbaijan's personal number): the capital dotted I of Turkic alphabets lower-cases to a plain i here.
            destination[i] = word[i] switch { '’' => '\'', 'İ' => 'i', var c => char.ToLowerInvariant(c) };
        }

        return destination[..n];
    }

    private static Dictionary<string, PiiEntityType> BuildKeywordTable()
    {
        var table = new Dictionary<string, PiiEntityType>(StringComparer.Ordinal);
        foreach (var (keyword, type) in Keywords)
        {
            var normalized = string.Join(' ', keyword.Replace('’', '\'').Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
            table.TryAdd(normalized, type);
            if (normalized.EndsWith('#'))
            {
                table.TryAdd(normalized.TrimEnd('#'), type);
            }
        }

        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksLikeCodedId(ReadOnlySpan<char> token) =>
        token.Length is >= 6 and <= 20 && !token.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") && token.ContainsAnyInRange('0', '9');

    /// <summary>"claim of 35.289,77 €", "40,909 GBP", "$1,200": money next to a keyword is not an identifier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksLikeAmount(string text, int start, int length)
    {
        var end = start + length;
        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            return true;
        }

        // "35.289,77", "1,250": a decimal comma or a thousands group — not the next cell of a CSV row ("48291375,1980-06-14").
        if (end + 1 < text.Length && text[end] == ',' && char.IsAsciiDigit(text[end + 1]))
        {
            var digitsAfter = text.AsSpan(end + 1).IndexOfAnyExceptInRange('0', '9') is var n and >= 0 ? n : text.Length - end - 1;
            var nextEnd = end + 1 + digitsAfter;
            var groupEnds = nextEnd == text.Length || !(char.IsAsciiLetter(text[nextEnd]) || text[nextEnd] is '-' or '/' or ':');
            // A thousands group follows at most three digits ("USD 40,897", "1,250"); a CSV cell's number is longer.
            var digitsBefore = text.AsSpan(start, length).Length - text.AsSpan(start, length).TrimEnd("0123456789").Length;
            if (groupEnds && (digitsAfter == 2 || (digitsAfter == 3 && digitsBefore <= 3)))
            {
                return true;
            }
        }

        var token = text.AsSpan(start, length);
        if (!token.ContainsAnyExcept("0123456789.,") && token.ContainsAny(".,"))
        {
            return true;
        }

        var before = text.AsSpan(Math.Max(0, start - 5), start - Math.Max(0, start - 5));
        var after = text.AsSpan(end, Math.Min(6, text.Length - end)).TrimStart();
        return before.TrimEnd().EndsWith("$") || before.TrimEnd().EndsWith("€") || before.TrimEnd().EndsWith("£")
            || after.StartsWith("€") || after.StartsWith("£") || after.StartsWith("$")
            || after.StartsWith("EUR") || after.StartsWith("GBP") || after.StartsWith("USD") || after.StartsWith("CHF")
            || before.EndsWith("EUR ") || before.EndsWith("GBP ") || before.EndsWith("USD ");
    }

    /// <summary>An identifier has digits; pure words and small counts ("2 claims") are not identifiers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool LooksLikeIdentifier(ReadOnlySpan<char> token)
    {
        var digits = 0;
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return digits >= 4 || (digits >= 2 && letters >= 1 && token.Length >= 5);
    }
}
