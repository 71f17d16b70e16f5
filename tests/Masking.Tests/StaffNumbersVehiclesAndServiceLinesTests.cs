namespace Masking.Tests;

/// <summary>
/// Identifiers written the way staff, vehicles, exports and service desks write them in the product's markets: staff and
/// badge numbers under their local words, plates after a log's key or beside the car, the UAE's identity number, a card's
/// last digits after a star; and what stays: a desk's free line, a function's mailbox, a car's model and year, an export's
/// money columns, a police unit's or hospital's name.
/// </summary>
public sealed class StaffNumbersVehiclesAndServiceLinesTests
{
    private static readonly PiiAnalyzer Analyzer = PiiAnalyzer.CreateDefault();

    [Theory]
    [InlineData("Temsilci Deniz A. (sicil 55218): Merhaba", "55218")]
    [InlineData("добър ден, казвам се Десислава, служебен номер 4471. С какво да помогна?", "4471")]
    [InlineData("Signed: Dr. Neha Raghuvanshi (JR-3), emp code AIIMS/R/20931", "AIIMS/R/20931")]
    [InlineData("Funcionario a cargo: Sgto. 2° Rodrigo Valdés Tapia, placa 12.554.", "12.554")]
    [InlineData("Pcte: Héctor Raúl Muñoz Pizarro · RUT 9.731.448-9 · Ficha 1.284.339 · FONASA tramo B", "1.284.339")]
    [InlineData("Lenovo ThinkPad T14 (сер. № PF3KX9Z2), златни накити", "PF3KX9Z2")]
    [InlineData("totalling KES 186,400 (M-PESA refs SCB7XK2PLM, SCB8QW4RTN). I did not authorise them.", "SCB8QW4RTN")]
    [InlineData("Yo, Nilda Ivette Figueroa Pagán (últimos 4 del seguro social: 6174), residente en Urb. Villa Fontana", "6174")]
    [InlineData("Instructor: agente con carné profesional 118.204. Secretario: agente 97.552 y testigo.", "118.204")]
    [InlineData("Phạm Quốc Huy - Giám định viên, mã NV BV-HCM-0582", "BV-HCM-0582")]
    [InlineData("Siim Kuusk (If): Tere! Kahju nr 250818-00932 on registreeritud.", "250818-00932")]
    [InlineData("{\"action\":\"HOLD\",\"case_id\":\"FRD-SG-250306-01193\",\"analyst\":\"wlchua\",\"note\":\"cust called\"}", "wlchua")]
    [InlineData("Queue: Fraud & Disputes | Status: Open / Owner: nferrary | Escalated to: k.sanchez", "nferrary")]
    [InlineData("cc GP: Dr A. Sutcliffe, Shakespeare Medical Practice / Typed by: lhirst", "lhirst")]
    [InlineData("ts=23:47:58 evt=dispatch unit=PAT-14 officers=[wm.stucki,gfr.jaggi] eta=6min", "wm.stucki")]
    [InlineData("Akaun puan telah disekat sementara. No. kes: MY-FRD-0212-55173. Terima kasih.", "MY-FRD-0212-55173")]
    public void Analyze_MasksAStaffOrRecordNumberAfterItsLocalWord(string text, string value) =>
        AssertMasked(text, value);

    [Theory]
    [InlineData("ТС: Kia Rio, г.р.з. Е 312 КМ 196, VIN Z94C251ABKR123456", "Е 312 КМ 196")]
    [InlineData("fz=\"Vespa GTS 300\" kz=DO-381TZ / event=HALTERABFRAGE", "DO-381TZ")]
    [InlineData("Garage also held a 2016 Mitsubishi Triton (JTR915) – referred to motor team.", "JTR915")]
    [InlineData("Nakato Sarah: Musa Kato, UAL 552H (Toyota Hiace taxi), he gave number 0701 338 924", "UAL 552H")]
    public void Analyze_MasksAPlateByItsKeyOrBesideTheCar(string text, string plate) =>
        AssertMasked(text, plate);

    [Theory]
    [InlineData("Caller: full one is 784-2001-8933057-2 if u need", "784-2001-8933057-2")]
    [InlineData("Emirates ID 784200189330572 on file", "784200189330572")]
    [InlineData("Transakcija karticom Mastercard *6621 u iznosu 48.990,00 RSD", "6621")]
    public void Analyze_MasksAnIdentityNumberOrACardsLastDigits(string text, string value) =>
        AssertMasked(text, value);

    [Theory]
    // A dialling code after a call is no card's digits; a 784 number failing Luhn is no Emirates ID.
    [InlineData("I called *2407 and they said wait.", "2407")]
    [InlineData("Batch 784-2001-8933057-1 shipped", "784-2001-8933057-1")]
    public void Analyze_KeepsNumbersThatOnlyLookLikeThem(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    [InlineData("Клиент: ЕГН 7604174828, роден съм на 17 април 1976.", "17 април 1976")]
    [InlineData("Dx: fratura do calcâneo dto (S92.0); cirurgia a 13/04 c/ placa e parafusos.", "13/04")]
    [InlineData("Съседката Цветанка Йорданова (92 г.) заяви, че около 02:15 ч.", "92")]
    [InlineData("Bolesnica: Marija Babić, rođ. 03.02.1934. (91 god.) / OIB: 73028144595", "91")]
    [InlineData("Dear UPI user A/C X4471 debited by 19999.00 on date 04Mar24 trf to BISWAJIT DAS", "04Mar24")]
    [InlineData("I paid 420 € with MobilePay to 044 921 7756 on 8.3. then he wanted 80 € more", "8.3")]
    [InlineData("Pte: Teodora Choque Vda. de Rojas, 92 a., matrícula 321107-CVT", "92")]
    [InlineData("agent: can I confirm your date of birth? / caller: 14th of August 84 / agent: And the address?", "14th of August 84")]
    public void Analyze_MasksADateOrAnOldAgeInTheRegionsWords(string text, string value) =>
        AssertMasked(text, value);

    [Theory]
    [InlineData("в 1992 г. он переехал, в 92 г. тоже", "92 г.")]
    [InlineData("Hb 12/13 g/dL on review", "12/13 g")]
    public void Analyze_KeepsAYearAndAMeasure(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    [InlineData("Your reference is WTR-0924-55817. Butterfield client services: +1 441 295 1111.", "1 441 295 1111")]
    [InlineData("Ako je niste Vi inicirali, pozovite 011 3202 100.", "011 3202 100")]
    [InlineData("Pentru modificări sunați la 021 9268.", "021 9268")]
    [InlineData("附屬卡可以保留。如有疑問可致電 2233 3000 或用 HSBC HK App 報失。", "2233 3000")]
    [InlineData("For address changes please use the app, or call 0120-860-777 (9:00–21:00).", "0120-860-777")]
    [InlineData("Llama también a la Línea de Atención Bancolombia 01 8000 912 345 y pon la denuncia.", "01 8000 912 345")]
    [InlineData("To: privateclient@butterfieldgroup.com\nSubject: wire", "privateclient@butterfieldgroup.com")]
    [InlineData("To: motorclaims@ceylinco-insurance.com\nSubject: claim", "motorclaims@ceylinco-insurance.com")]
    [InlineData("Tu ejecutiva asignada es Karla Ríos. Central: (01) 411-1111.", "(01) 411-1111")]
    [InlineData("amount=\"USD 612.45\" channel=AppPopular hotline=\"809-544-5000\"", "809-544-5000")]
    [InlineData("报案号：RDAA2025370200000418    报案电话：95518", "95518")]
    public void Analyze_KeepsAServiceDesksLineAndMailbox(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    // Someone's own number and mailbox stay masked: a Dutch area code, a name glued to a desk's word.
    [InlineData("Schadeformulier: telefoon 0570-612 894, graag terugbellen", "0570-612 894")]
    [InlineData("Write to me at johnclaims@gmail.com", "johnclaims@gmail.com")]
    public void Analyze_MasksAPersonsOwnLineAndMailbox(string text, string value) =>
        AssertMasked(text, value);

    [Theory]
    [InlineData("I am writing regarding my policy SUK/MOT/2023/558102 (Nissan Patrol 2022, Dubai plate P 48213).", "2022")]
    [InlineData("на перекрёстке а/м Lada Vesta г.р.з. С 747 ОР 66 под управлением водителя", "Vesta")]
    [InlineData("DECLARAȚIE DE MARTOR / Inspectoratul de Poliție Județean Cluj - Secția 3 Poliție / Dosar penal", "Secția 3 Poliție")]
    [InlineData("Penerima laporan: AIPTU Joko Wibisono, NRP 78051123, SPKT Polrestabes Surabaya.", "Polrestabes Surabaya")]
    [InlineData("Entlassungsbrief – Universitätsklinik für Innere Medizin III, AKH Wien / Pat.: Mag. Elisabeth Gruber", "AKH Wien")]
    [InlineData("Рішення Верховної Ради України від 12 травня.", "Ради")]
    [InlineData("Penerima: Bripka Andi, POLRESTA YOGYAKARTA, laporan diterima.", "POLRESTA YOGYAKARTA")]
    // Other languages' weekdays in small letters, and a pronoun after a speaker's label.
    [InlineData("Klinik: randevou ou se lendi a 9è. Pote kat ou.", "lendi")]
    [InlineData("Agent: Hij heeft het Hospitalisatieplan Comfort, de supplementen", "Hij")]
    // Countries in other languages, and a product after its label.
    [InlineData("I was in Sri Lanka on both dates and the card was with me.", "Sri Lanka")]
    [InlineData("vitima: nome=Declan O'Rourke; nacionalidade=Irlanda; passaporte=PX4471920", "Irlanda")]
    [InlineData("Apólice: 0531.14.20.7745601 | Produto: Porto Auto Completo / Segurado: Luiz Fernando Araújo Campos", "Porto Auto Completo")]
    public void Analyze_KeepsACarsModelAndAnInstitutionsName(string text, string kept) =>
        AssertKept(text, kept);

    [Fact]
    public void Analyze_KeepsAJapaneseNameAfterAFamilyNameThatIsAlsoAMake() =>
        AssertMasked("被害者: Suzuki Kenta (32), 自転車盗難", "Kenta");

    [Theory]
    // An export's title above its header; a quoted address cell holding the delimiter.
    [InlineData("# export: National Insurance claims, Q2\nclaim_id,insured_name,city,sum_insured_iqd,status\nINIC-LF-24-0347,Ali Hassan,Mosul,50000000,approved", "50000000")]
    [InlineData("claim_id,addr,benefit_usd,status\nLC-1,\"5 Main St, Philadelphia PA\",250000.00,APPROVED", "250000.00")]
    public void Analyze_KeepsAnExportsMoneyColumn(string text, string kept) =>
        AssertKept(text, kept);

    [Theory]
    // A person after a clinical plan and an avenue named after a country stay masked.
    [InlineData("Plan: Maria Lopes to call back on Monday.", "Maria Lopes")]
    [InlineData("Acidente na Av. de França 120, Lisboa, condutor ferido.", "França 120")]
    [InlineData("occurrence_no,type,person,role\nEPS24-0193847,Theft,Tanner Cardinal,Suspect", "Tanner Cardinal")]
    public void Analyze_MasksAPersonOrStreetBesideTheseWords(string text, string value) =>
        AssertMasked(text, value);

    [Fact]
    public void Analyze_MasksTheHandlersLogInInAnExportWithQuotedCells() =>
        AssertMasked("claim_id,addr,status,examiner\nLC-1,\"5 Main St, Philadelphia PA\",APPROVED,jmcgrath", "jmcgrath");

    [Theory]
    [InlineData("Status: Pending info | Assigned: k.wade (Keisha Wade)", "k.wade")]
    [InlineData("Rp 14.750.000,disetujui,surveyor_dnugroho / GO-24-3311457", "surveyor_dnugroho")]
    [InlineData("Patient: Maria Fernandes. Attached scan_mfernandes.pdf for review.", "scan_mfernandes.pdf")]
    [InlineData("14/05/24 19.02 - Rina Kusuma: tadi ada yg telp\n14/05/24 19.03 - Adit: hah?? km kasih??", "Adit")]
    [InlineData("погрожував у присутності неповнолітньої доньки Софії. На місце прибув екіпаж.", "Софії")]
    [InlineData("sat 11th jan, mini roundabout on the Upper Newtownards Rd outside the Tesco", "Upper Newtownards Rd")]
    [InlineData("On 17th February around 7.30 pm at the bus halt near High Level Road, two men", "High Level Road")]
    public void Analyze_MasksANameOrPlaceInItsRegionsShape(string text, string value) =>
        AssertMasked(text, value);

    private static void AssertMasked(string text, string value) => MaskingAssert.Masked(Analyzer, text, value);

    private static void AssertKept(string text, string kept) => MaskingAssert.Kept(Analyzer, text, kept);
}
