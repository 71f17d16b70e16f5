namespace Masking.Tests;

/// <summary>
/// Names that hide inside other tokens: staff log-ins built from a name the text gives, attachments named after a person,
/// and the function mailboxes and service lines that name no one.
/// </summary>
public sealed class NamesInHandlesAndFilesTests
{
    private static readonly PiiAnalyzer Analyzer = PiiAnalyzer.CreateDefault();

    [Theory]
    [InlineData("— J. Moriarty (jmoriarty_adj)\nRefer PIAB if injury claim proceeds.", "jmoriarty_adj")]
    [InlineData("Ngā mihi,\nDr Tama Hohaia, Medical Registrar (thohaia)\ncc: ward clerk", "thohaia")]
    [InlineData("Spracoval: Lenka Mikušová (lmikusova)", "lmikusova")]
    [InlineData("Kirjaaja: el Riikka Mäkelä-Oksanen (käyttäjä rmakelao)", "rmakelao")]
    [InlineData("Inf. : S. Ndiaye (sndiaye)", "sndiaye")]
    [InlineData("— adj. Kelvin Ho, signed in as kelvin.ho at 09:14", "kelvin.ho")]
    public void Analyze_MasksALogInBuiltFromANameInTheText(string text, string handle) =>
        Assert.DoesNotContain(handle, Analyzer.Redact(text).Text, StringComparison.Ordinal);

    [Theory]
    // A name that is an English word does not reach into fields, files or other words.
    [InlineData("Patient Grace Young reviewed; set young_driver_flag=false and rerun graceful_exit.sh", "young_driver_flag")]
    [InlineData("Patient Grace Young reviewed; set young_driver_flag=false and rerun graceful_exit.sh", "graceful_exit.sh")]
    [InlineData("Mark Stone called about bookmark.html today", "bookmark.html")]
    // The name itself in small letters may be another language's word ("hari" is Malay's "day").
    [InlineData("Encik Hari Prasad: bayaran balik dalam 14 hari bekerja", "14 hari bekerja")]
    // No name in the text, no handle from it.
    [InlineData("set retry_count=3 and log.level=debug for the batch", "retry_count")]
    public void Analyze_KeepsTokensThatOnlyShareLettersWithAName(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    [InlineData("Photos uploaded: mbetancourt_rav4_rear_01.jpg, mbetancourt_rav4_rear_02.jpg", "mbetancourt_rav4_rear_01.jpg")]
    [InlineData("Oskar Lind filmade med mobilen, filen VID_20250305_2214_oskar.mp4 överlämnades.", "VID_20250305_2214_oskar.mp4")]
    [InlineData("segue em anexo DAAA_JoaquimPinto_16jan.pdf e fotografias", "DAAA_JoaquimPinto_16jan.pdf")]
    [InlineData("-- exported: WhatsApp Chat with Josh Whaanga.txt", "Whaanga")]
    [InlineData("Insured: Yamile Castañeda. Photos uploaded: castaneda_yamile_roof_01.jpg thru _14.", "castaneda_yamile_roof_01.jpg")]
    [InlineData("email: mona.elsherbiny92@yahoo.com / attachments: ID_Mona_Elsherbiny.pdf", "ID_Mona_Elsherbiny.pdf")]
    public void Analyze_MasksAnAttachmentNamedAfterAPerson(string text, string value) =>
        Assert.DoesNotContain(value, Analyzer.Redact(text).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Attached: claim_form_2024.pdf, ECG_trace.png and policy_schedule.pdf", "claim_form_2024.pdf")]
    [InlineData("Attached: claim_form_2024.pdf, ECG_trace.png and policy_schedule.pdf", "ECG_trace.png")]
    [InlineData("Patient Grace Young reviewed; discharge summary saved as young.pdf", "young.pdf")]
    public void Analyze_KeepsAnAttachmentThatNamesNoOne(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    [InlineData("To: claims.mumbai.do2@licindia.com\nSubject: Death claim", "claims.mumbai.do2@licindia.com")]
    [InlineData("From: aml.review@kiwibank.co.nz\nSubject: Information request", "aml.review@kiwibank.co.nz")]
    [InlineData("Para: sinistros.auto@fidelidade.pt\nAssunto: Participação", "sinistros.auto@fidelidade.pt")]
    [InlineData("Para: indemnizaciones@segurosbolivar.com", "indemnizaciones@segurosbolivar.com")]
    [InlineData("Za: skode@triglav.si\nZadeva: Prijava škode", "skode@triglav.si")]
    public void Analyze_KeepsAFunctionsMailboxWithItsBranch(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    // A mailbox's word before a person's name, or a city that is no branch after a person's, is still someone's address.
    [InlineData("From: claims.anna.kowalska@gmail.com", "claims.anna.kowalska@gmail.com")]
    [InlineData("From: priya.mumbai@gmail.com", "priya.mumbai@gmail.com")]
    public void Analyze_MasksAPersonsAddressThatOpensLikeAMailbox(string text, string email) =>
        Assert.DoesNotContain(email, Analyzer.Redact(text).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Victim very distressed. Fraud line given: 087 575 9444.", "087 575 9444")]
    [InlineData("Helpline given to customer: 01-5970015", "01-5970015")]
    [InlineData("liga JÁ para o Millennium bcp, 707 50 24 24, e pede p/ cancelar", "707 50 24 24")]
    [InlineData("Podés seguir el caso en la app o al 0810-444-6500. Si no tenés respuesta", "0810-444-6500")]
    [InlineData("hned volej na jejich linku 956 777 956 a zablokuj si kartu", "956 777 956")]
    [InlineData("OTP kahit kanino. For urgent concerns, call (02) 8631-8000.", "(02) 8631-8000")]
    public void Analyze_KeepsAServiceLineByItsPrefixOrItsWords(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    // A Czech mobile written in threes after 707, and a person's own line given in a note, stay masked.
    [InlineData("můj mobil 707 123 456, volejte po 17. hodině", "707 123 456")]
    [InlineData("Callback given to customer's wife: 0722 614 229", "0722 614 229")]
    public void Analyze_MasksAPersonsNumberNearAServicesWords(string text, string number) =>
        Assert.DoesNotContain(number, Analyzer.Redact(text).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("TD-NS-240917-0043,2024-09-17,\"cheque returned\",agent_jdoucette,OPEN", "agent_jdoucette")]
    [InlineData("initial_deposit=\"UGX 2,500,000\" opened_by=staff_nkwesiga approver=staff.aatim", "staff.aatim")]
    [InlineData("2025-03-02 18:40;+1 500 000;OK;kaspi_op_dias.k;пополнение с внешнего счёта", "kaspi_op_dias.k")]
    [InlineData("[通話記録] オペレーター(ID: op_kwatanabe): お電話ありがとうございます", "op_kwatanabe")]
    [InlineData("{\"unit\":\"611\",\"officer\":\"ofc_lmartinez4\"}", "ofc_lmartinez4")]
    public void Analyze_MasksAStaffLogInByItsRolePrefix(string text, string handle) =>
        Assert.DoesNotContain(handle, Analyzer.Redact(text).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Village clinic: Akiachak | CHA: Agnes Kasayulie (login akasayuli) / Pt: Nicholai", "akasayuli")]
    [InlineData("agente: Karla V. (usr kvillacis) – 26/11/2024 11:47", "kvillacis")]
    [InlineData("Триаж-врач: Ким Е.В. (логин kim_ev) -> консультация", "kim_ev")]
    [InlineData("Signed: Dr. L. Kvaratskhelia (lkvara), EM resident", "lkvara")]
    [InlineData("{\"event\":\"kyc.review\",\"reviewer\":\"ops.t.adeyemi\",\"customer\":{}}", "ops.t.adeyemi")]
    [InlineData("cath lab informed 02:25 | triage_nurse=fmcgregor2", "fmcgregor2")]
    public void Analyze_MasksALogInInBracketsOrAStaffField(string text, string handle) =>
        Assert.DoesNotContain(handle, Analyzer.Redact(text).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("see the manual (user guide) and the (login page)", "guide")]
    [InlineData("see the manual (user guide) and the (login page)", "page")]
    [InlineData("{\"reviewer\":\"pending\",\"nurse\":\"on duty\"}", "pending")]
    public void Analyze_KeepsAnOrdinaryWordWhereALogInCouldStand(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    [InlineData("Rögzítette: nagy.adrienn (triázs nővér)", "nagy.adrienn")]
    [InlineData("handl: fs_anbe3 (Anna Bergström) / Samtal m. försäkringstagare", "fs_anbe3")]
    [InlineData("[запись звонка 02.04.2024 19:12 | оператор: ekaterina.v_sb]", "ekaterina.v_sb")]
    public void Analyze_MasksALogInByItsShapeAlone(string text, string handle) =>
        Assert.DoesNotContain(handle, Analyzer.Redact(text).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Culture grew e.coli and h.pylori; s.aureus sensitive to fluclox", "e.coli")]
    [InlineData("Culture grew e.coli and h.pylori; s.aureus sensitive to fluclox", "h.pylori")]
    [InlineData("se mere på sundhed.dk eller ring til politi.dk", "sundhed.dk")]
    [InlineData("{\"event\":\"bonifico_istantaneo\",\"status\":\"mada_card_issued\"}", "bonifico_istantaneo")]
    [InlineData("{\"event\":\"bonifico_istantaneo\",\"status\":\"mada_card_issued\"}", "mada_card_issued")]
    [InlineData("txn_id,date,account_iban,amount_eur", "txn_id")]
    [InlineData("fields case_opened, nama_lengkap, tgl_lahir, no_rekening and src_ip were empty", "nama_lengkap")]
    [InlineData("fields case_opened, nama_lengkap, tgl_lahir, no_rekening and src_ip were empty", "no_rekening")]
    [InlineData("the sig.ra at the desk wrote the reg.nr on the form", "sig.ra")]
    public void Analyze_KeepsCodesOrganismsAndSitesShapedLikeALogIn(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    [InlineData("set agent_id and staff_count, op_code=XY, agent_queue_size=4", "agent_id")]
    [InlineData("set agent_id and staff_count, op_code=XY, agent_queue_size=4", "staff_count")]
    [InlineData("set agent_id and staff_count, op_code=XY, agent_queue_size=4", "agent_queue_size")]
    [InlineData("see op_manual.pdf or staff.nhs.uk for the rota", "op_manual.pdf")]
    public void Analyze_KeepsAFieldNameThatOpensWithARole(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    [InlineData("í Landsbankanum (IBAN IS73 0111 2669 9816 1204 8924 09, SWIFT NBIIISRE).", "NBIIISRE")]
    [InlineData("Bank: Habib Bank Ltd, SWIFT/BIC: HABBPKKA, A/C 0012-7788-1234", "HABBPKKA")]
    [InlineData("wire to OCBC, BIC OCBCSGSG, ref 5521", "OCBCSGSG")]
    [InlineData("счёт 40817810500012748391 в ПАО Сбербанк, БИК 044525225", "044525225")]
    public void Analyze_KeepsABanksCodeAfterItsLabel(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    [InlineData("Address: B-214, Shipra Suncity, Indirapuram, Ghaziabad, Uttar Pradesh 201014", "Uttar Pradesh")]
    [InlineData("j'habite au 1460, rue Bégin, Chicoutimi (Québec) G7H 4N7", "Québec")]
    [InlineData("Residence: Naro Moru village, Nyeri County / Tel: 0722 618 430", "Nyeri County")]
    public void Analyze_KeepsTheStateOfAnAddress(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    // A town that shares a region's name, before its state and postcode, and a nickname in quotes stay masked.
    [InlineData("Address: 88-12 Sutphin Blvd Apt 2F, Jamaica, NY 11435", "Jamaica, NY")]
    [InlineData("My friend \"Chuy\" (Jesús Ibarra) took a photo of the plate", "Chuy")]
    public void Analyze_MasksATownOrANicknameThatSharesARegionsName(string text, string value) =>
        Assert.DoesNotContain(value, Analyzer.Redact(text).Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("Besichtigung vor Ort mit Installateur (Haustechnik Pölzl GmbH). Ursache: Flexschlauch", "Haustechnik Pölzl GmbH")]
    [InlineData("Occupation: owner, Hangang BBQ LLC (24% ownership)", "Hangang BBQ LLC")]
    public void Analyze_KeepsACompanyByItsLegalForm(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    [InlineData("[Call 2024-10-06 14:22] Agent: Thank you for calling", "14:22", "2024-10-06")]
    [InlineData("Date/time of loss: 17-Sep-2024 approx 08:20, Sheikh Zayed Road near Interchange 4", "08:20", "17-Sep-2024")]
    [InlineData("dol: 27/04/2024 ~18:45, Jinja Rd near the stage", "18:45", "27/04/2024")]
    public void Analyze_KeepsTheTimeOfDayAfterADate(string text, string kept, string date)
    {
        AssertKept(text, kept);
        Assert.DoesNotContain(date, Analyzer.Redact(text).Text, StringComparison.Ordinal);
    }

    [Theory]
    // A name inside an English word, or a short name with letters around it in running text, makes no log-in.
    [InlineData("Alan called. Please pay the balance_due before the cross-check; Ross agreed.", "balance_due")]
    [InlineData("Alan called. Please pay the balance_due before the cross-check; Ross agreed.", "cross-check")]
    [InlineData("Anke sagt danke und wir bringen es, Inge.", "danke")]
    [InlineData("Anke sagt danke und wir bringen es, Inge.", "bringen")]
    // An export's name is a name, not a sentence.
    [InlineData("I sent the WhatsApp Chat with my adjuster and the invoice.pdf yesterday", "invoice.pdf")]
    public void Analyze_KeepsWordsThatOnlyHoldANamesLetters(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    [InlineData("Emergency contact 24/7: 07700 900123 (my sister)", "07700 900123")]
    [InlineData("acct 12345678:00 opened", "12345678")]
    [InlineData("From: support.charlotte@acme.com", "support.charlotte@acme.com")]
    [InlineData("On March 3 Sarah called the clinic", "Sarah")]
    [InlineData("{\"ward\":\"4B\", \"nurse\": \"fmcgregor\"}", "fmcgregor")]
    [InlineData("_import_ done. Agent (staff.aatim) closed it", "staff.aatim")]
    public void Analyze_MasksWhatLooksLikeAServiceOrACountButIsSomeones(string text, string value) =>
        Assert.DoesNotContain(value, Analyzer.Redact(text).Text, StringComparison.Ordinal);

    private static void AssertKept(string text, string kept) => MaskingAssert.Kept(Analyzer, text, kept);
}
