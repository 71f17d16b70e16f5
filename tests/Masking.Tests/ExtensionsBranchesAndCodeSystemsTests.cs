namespace Masking.Tests;

/// <summary>
/// Staff extensions, log dates and the names organisations give their sites: a person's extension, a collections log's day
/// and month, and a day written with a slash inside Chinese, Japanese or Korean text are masked; a pharmacy, a branch or laboratory site named after its district, a hospital named after a person, a
/// procedure's code in Colombia's and Brazil's code systems and organisations' service lines stay.
/// </summary>
public sealed class ExtensionsBranchesAndCodeSystemsTests
{
    private static readonly PiiAnalyzer Analyzer = PiiAnalyzer.CreateDefault();

    [Theory]
    [InlineData("TU grade A. DSR 47.2% (stressed 57%)\nCase officer: Joyce Tam, ext 2288", "2288")]
    [InlineData("NBE directive applies\nReceived by: Ato Yonas G. (Ext. 2214)\nRemitter tel: +251 911 62 44 07", "2214")]
    [InlineData("受付日時: 2024年4月22日 10:12\n受付者: 佐々木(内線 3318)\n会員名: 山本 智子 様", "3318")]
    [InlineData("05-Mar 14:10 called 0504418827 – RPC. cust says salary delayed, PTP 15-Mar", "05-Mar")]
    [InlineData("05-Mar 14:10 called 0504418827 – RPC. cust says salary delayed, PTP 15-Mar", "15-Mar")]
    [InlineData("Nota visita - Home Health\n9/12 2:30pm visita SN a paciente en su casa", "9/12")]
    [InlineData("Partija kredita: keš kredit\n11.03 - uplata 8.210,00 RSD (1 rata)\n18.03 - opomena pred utuženje", "11.03")]
    [InlineData("ვადაგადაცილება 47 დღე\n21.02 — დავრეკე 577 40 91 26, არ პასუხობს", "21.02")]
    [InlineData("manžel prý v nemocnici\n20.02. příchozí platba 5 000 Kč z účtu", "20.02")]
    [InlineData("Převod proveden v aplikaci 15.3. v 9:47, pátek.", "15.3")]
    [InlineData("ハワイ滞在中(2/18)にワイキキビーチ付近で転倒", "2/18")]
    [InlineData("보험금 청구(접수번호 2403-778812)가 3/22 지급완료되었습니다.", "3/22")]
    [InlineData("Mteja: jana Jumamosi saa 3 usiku, tarehe 8/6", "8/6")]
    [InlineData("visit 5/3 sokal 10.30 - Sonali Bank Krishi Rin", "5/3")]
    [InlineData("Phone +1 614 555 0129 / Italian SIM +39 351 884 2217.", "+39 351 884 2217")]
    [InlineData("domiciliée au secteur 28, tél. 70 55 84 21 / 76 32 01 98.", "70 55 84 21")]
    [InlineData("skrapsår hö hand\ntel noll sju tre sex fem fem två ett åtta åtta noll ... slut diktat", "noll sju tre sex fem fem två ett åtta åtta noll")]
    [InlineData("hívó pont ügyfélszám három nulla öt öt nyolc egy nulla kettő azaz", "három nulla öt öt nyolc egy nulla kettő")]
    [InlineData("Onderwerp: Betwiste transaksie - kaart eindig 3390", "3390")]
    [InlineData("تم خصم 120.000 د.ك من بطاقتكم المنتهية بـ 5581 لدى TALABAT", "5581")]
    [InlineData("信用卡(卡號末四碼 2268)於 8/1 在 AGODA 之交易", "2268")]
    [InlineData("信用卡(卡號末四碼 2268)於 8/1 在 AGODA 之交易", "8/1")]
    [InlineData("メモ）6/3 14:20 電話 すずきさん", "6/3")]
    [InlineData("| date  | time  | channel | note |\n| 03/03 | 10:20 | call back | no ans |", "03/03")]
    [InlineData("Tel 787-555-0162\n9/26 – insp. by adj. R. Maldonado. Techo de zinc", "9/26")]
    [InlineData("Internal note (agent ahernandez): OON allowance exam $45", "ahernandez")]
    [InlineData("PMJAY ID: PKX7T92L4, Aadhaar xxxx xxxx 7719, R/o Vill. Khejarla", "7719")]
    [InlineData("SCB: โอนออก 45,000.00บ. ไป PromptPay 089-xxx-1123 03/03/67 14:52", "089-xxx-1123")]
    [InlineData("Intagning enl LPT 6b § 2025-04-17 kl 19.40. Vårdintyg utfärdat", "2025-04-17")]
    [InlineData("Tartu 51009. 2. oktoobril helistas mulle inimene", "2. oktoobril")]
    [InlineData("finns att hämta på Apotek Hjärtat t.o.m. 8/3. Öppet mån-fre", "8/3")]
    public void Analyze_MasksAnExtensionOrALogsDay(string text, string value) =>
        MaskingAssert.Masked(Analyzer, text, value);

    [Theory]
    [InlineData("Action: account disabled; helpdesk ext. 4400 to reach user on mobile", "4400")]
    [InlineData("Telephone Encounter 11/04/2024 16:22\nCaller: lab critical call line", "16:22")]
    [InlineData("Reached girlfriend at home, she will drive him to Henry Ford Hospital ED.", "Henry Ford Hospital")]
    [InlineData("El oncólogo Dr. Restrepo de la Clínica Las Américas AUNA le ordenó capecitabina 500 mg.", "Clínica Las Américas AUNA")]
    [InlineData("desde el 2 de abril y la farmacia Cruz Verde dice que no está autorizado", "Cruz Verde")]
    [InlineData("Transcripción llamada saliente - Laboratorio Clínico Roe, Sede San Isidro\nAgente: Pamela V.", "Sede San Isidro")]
    [InlineData("Nota visita - Home Health (Bayamón branch 04)\n9/12 2:30pm visita SN", "Bayamón branch 04")]
    [InlineData("INR 6.2 (warfarina 5 mg) | Dra. Sostre vía CDT Caguas | por turno", "CDT Caguas")]
    [InlineData("Servicio: CUPS 881431 ECOGRAFÍA OBSTÉTRICA TRANSABDOMINAL - Dx O26.8", "881431")]
    [InlineData("Encaminho pedido de cateterismo cardíaco (TUSS 30911052) + angioplastia", "30911052")]
    [InlineData("Agente: J. Lessard. Info: 1 844 838-0808", "838-0808")]
    [InlineData("account frozen, cust advised to call 600 52 5500", "600 52 5500")]
    [InlineData("Call recording transcript - Santam claims 0860 505 911 - 2024/05/08 14:32", "0860 505 911")]
    [InlineData("Fidelidade Companhia de Seguros, S.A. | Linha de apoio 21 323 51 00", "21 323 51 00")]
    [InlineData("complaint fwd to Moniepoint support 0201 888 8888 on Tuesday", "0201 888 8888")]
    [InlineData("Chargeback raised under Visa reason code 10.4. Call ended 14:31.", "10.4")]
    [InlineData("Scope of the plan\n10.01 - Introduction to the plan", "10.01")]
    [InlineData("Note d'appel - UBS Switzerland AG, Service Line 0848 848 062", "0848 848 062")]
    [InlineData("Ak ste ju nezadali vy, volajte 0850 111 100. Nikdy neposielajte kody z SMS.", "0850 111 100")]
    [InlineData("lui ai donné le n° Info Escroqueries 0 805 805 817 car elle a reçu des appels", "0 805 805 817")]
    [InlineData("escalate to the Office of the Arbiter for Financial Services (tel. 8007 2366) if not solved", "8007 2366")]
    [InlineData("Transcrição chamada [00:04:12] - Linha Caixa 217 900 790", "217 900 790")]
    [InlineData("Se nao reconhece ligue 218 839 777. Nunca partilhe este codigo.", "218 839 777")]
    [InlineData("Jautājumu gadījumā zvaniet +371 6701 0000 (darba dienās 8:00–20:00).", "+371 6701 0000")]
    [InlineData("hétfőtől péntekig 8:00–16:00, Erste ügyfélszolgálat: +36 1 298 0222", "+36 1 298 0222")]
    [InlineData("Si no le contestan llame al +1 305 428 1517 línea 24h", "+1 305 428 1517")]
    [InlineData("Remitido a Hosp. Calixto García para EKG", "Calixto García")]
    [InlineData("Kan du møte på Asker og Bærum politistasjon tor kl 10:00?", "Asker og Bærum politistasjon")]
    [InlineData("Spracoval: pobočka Žilina – Národná (kód pob. 0461)", "pobočka Žilina")]
    [InlineData("Das Rad stand am Bahnhof Eupen, abgeschlossen mit Kettenschloss.", "Bahnhof Eupen")]
    [InlineData("he said the final 2024 report came in", "2024")]
    [InlineData("Fitted with the bracket model XX-12 last week.", "XX-12")]
    [InlineData("rapatriement. Infos 24/24: 01 55 92 40 00", "01 55 92 40 00")]
    [InlineData("Prosimy zrobic zdjecia. Infolinia 24h: 502 308 308.", "502 308 308")]
    [InlineData("enligt 5 § 2 st. förvaltningslagen", "2")]
    public void Analyze_KeepsASiteAServiceLineOrACode(string text, string kept) =>
        MaskingAssert.Kept(Analyzer, text, kept);

    [Theory]
    [InlineData("user: we're out in Branch, St. Mary's Bay, A0B 1E0, two hours drive.", "Branch")]
    [InlineData("Le 26 mai 2025 à 02h40, nous, Lieutenant de police Thomas Rinaldi, entendons", "Thomas Rinaldi")]
    [InlineData("Subject: Reimbursement physiotherapy – insured no. 801.227.319", "801.227.319")]
    [InlineData("Policy no.: 0700-4481-2209 | Claim no.: SIN-24-0098123", "0700-4481-2209")]
    public void Analyze_StillMasksATownAnOfficerOrAPolicyThatLooksLikeThem(string text, string value) =>
        MaskingAssert.Masked(Analyzer, text, value);
}
