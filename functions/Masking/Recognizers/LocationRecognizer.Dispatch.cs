using System.Text.RegularExpressions;

namespace Masking.Recognizers;

/// <summary>
/// An address in capitals after "@", as a police dispatch log writes where a job is ("@ 14 WATTLE GR RESERVOIR 3073"): the
/// street's number, one to three words and an abbreviated or full street type, the suburb and a four-digit postcode.
/// Mixed-case addresses are read by the street-address rules; these capitals are no name list's.
/// </summary>
internal sealed partial class LocationRecognizer
{
    private static void RecognizeDispatchAddresses(TextScan scan)
    {
        foreach (Match m in DispatchAddressRegex().Matches(scan.Text))
        {
            var street = m.Groups["street"];
            var suburb = m.Groups["suburb"];
            var postcode = m.Groups["postcode"];
            scan.Add(PiiEntityType.StreetAddress, street.Index, street.Length, 0.85);
            scan.Add(PiiEntityType.City, suburb.Index, suburb.Length, 0.8);
            scan.Add(PiiEntityType.ZipCode, postcode.Index, postcode.Length, 0.8);
        }
    }

    [GeneratedRegex(@"(?<=@ )(?<street>\d{1,5}[A-Z]?(?:/\d{1,5})? (?:[A-Z][A-Z'\-]+ ){1,3}(?:ST|RD|AVE?|GR|GRV|CT|CRES|CR|DR|PL|TCE|HWY|LA|LN|WAY|PDE|BLVD|CL|SQ|CCT|ESP|STREET|ROAD|AVENUE|GROVE|COURT|DRIVE|PLACE|TERRACE|CLOSE|CRESCENT|PARADE|HIGHWAY))(?: |, )(?<suburb>[A-Z][A-Z'\-]+(?: [A-Z][A-Z'\-]+){0,2}) (?<postcode>\d{4})(?!\d)")]
    private static partial Regex DispatchAddressRegex();
}
