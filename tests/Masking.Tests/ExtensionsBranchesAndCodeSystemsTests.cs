namespace Masking.Tests;

/// <summary>
/// Staff extensions, log dates and the names organisations give their sites: a person's extension and a collections log's
/// day are masked; a pharmacy, a branch or laboratory site named after its district, a hospital named after a person, a
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
