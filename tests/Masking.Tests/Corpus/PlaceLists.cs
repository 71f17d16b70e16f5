namespace Masking.Tests.Corpus;

/// <summary>
/// Cities, street names and postcode areas for US and UK addresses, written for this corpus only. A few cities
/// whose names are also ordinary English words (Reading, Bath, Mobile) are kept on purpose: they are the cases a
/// gazetteer-only recognizer gets wrong in one direction or the other.
/// </summary>
internal static class PlaceLists
{
    /// <summary>City and two-letter state code pairs.</summary>
    public static readonly (string City, string State)[] UsCities =
    [
        ("New York", "NY"), ("Los Angeles", "CA"), ("Chicago", "IL"), ("Philadelphia", "PA"), ("San Antonio", "TX"),
        ("San Diego", "CA"), ("San Jose", "CA"), ("Columbus", "OH"), ("Indianapolis", "IN"), ("Fort Worth", "TX"),
        ("Seattle", "WA"), ("Denver", "CO"), ("Nashville", "TN"), ("Oklahoma City", "OK"), ("El Paso", "TX"),
        ("Boston", "MA"), ("Portland", "OR"), ("Las Vegas", "NV"), ("Detroit", "MI"), ("Memphis", "TN"),
        ("Louisville", "KY"), ("Baltimore", "MD"), ("Milwaukee", "WI"), ("Albuquerque", "NM"), ("Tucson", "AZ"),
        ("Fresno", "CA"), ("Sacramento", "CA"), ("Kansas City", "MO"), ("Mesa", "AZ"), ("Atlanta", "GA"),
        ("Omaha", "NE"), ("Raleigh", "NC"), ("Miami", "FL"), ("Minneapolis", "MN"), ("Tulsa", "OK"),
        ("Cleveland", "OH"), ("Wichita", "KS"), ("New Orleans", "LA"), ("Tampa", "FL"), ("Honolulu", "HI"),
        ("Anaheim", "CA"), ("Cincinnati", "OH"), ("Pittsburgh", "PA"), ("St. Louis", "MO"), ("Greensboro", "NC"),
        ("Buffalo", "NY"), ("Toledo", "OH"), ("Newark", "NJ"), ("Plano", "TX"), ("Anchorage", "AK"),
        ("Chula Vista", "CA"), ("Scottsdale", "AZ"), ("Boise", "ID"), ("Spokane", "WA"), ("Des Moines", "IA"),
        ("Salt Lake City", "UT"), ("Providence", "RI"), ("Hartford", "CT"), ("Burlington", "VT"), ("Bangor", "ME"),
        ("Mobile", "AL"), ("Savannah", "GA"), ("Tallahassee", "FL"), ("Knoxville", "TN"), ("Albany", "NY"),
        ("Syracuse", "NY"), ("Rochester", "MN"), ("Madison", "WI"), ("Ann Arbor", "MI"), ("Cedar Rapids", "IA"),
        ("Fargo", "ND"), ("Sioux Falls", "SD"), ("Billings", "MT"), ("Cheyenne", "WY"), ("Reno", "NV"),
        ("Eugene", "OR"), ("Bakersfield", "CA"), ("Santa Fe", "NM"), ("Lubbock", "TX"), ("Shreveport", "LA"),
    ];

    /// <summary>UK city and the outward-code areas used to build a plausible postcode for it.</summary>
    public static readonly (string City, string[] Areas)[] UkCities =
    [
        ("London", ["SW", "SE", "NW", "N", "E", "W", "EC", "WC"]), ("Manchester", ["M"]), ("Birmingham", ["B"]),
        ("Leeds", ["LS"]), ("Glasgow", ["G"]), ("Edinburgh", ["EH"]), ("Liverpool", ["L"]), ("Bristol", ["BS"]),
        ("Sheffield", ["S"]), ("Cardiff", ["CF"]), ("Belfast", ["BT"]), ("Newcastle upon Tyne", ["NE"]),
        ("Nottingham", ["NG"]), ("Leicester", ["LE"]), ("Southampton", ["SO"]), ("Brighton", ["BN"]),
        ("Plymouth", ["PL"]), ("Aberdeen", ["AB"]), ("Dundee", ["DD"]), ("Swansea", ["SA"]), ("Oxford", ["OX"]),
        ("Cambridge", ["CB"]), ("York", ["YO"]), ("Norwich", ["NR"]), ("Exeter", ["EX"]), ("Coventry", ["CV"]),
        ("Reading", ["RG"]), ("Bath", ["BA"]), ("Inverness", ["IV"]), ("Derby", ["DE"]), ("Stoke-on-Trent", ["ST"]),
        ("Wolverhampton", ["WV"]), ("Sunderland", ["SR"]), ("Middlesbrough", ["TS"]), ("Huddersfield", ["HD"]),
        ("Milton Keynes", ["MK"]), ("Peterborough", ["PE"]), ("Ipswich", ["IP"]), ("Canterbury", ["CT"]),
        ("Lancaster", ["LA"]), ("Carlisle", ["CA"]), ("Stirling", ["FK"]), ("Wrexham", ["LL"]), ("Londonderry", ["BT"]),
    ];

    public static readonly string[] StreetNames =
    [
        "Maple", "Oak", "Cedar", "Pine", "Elm", "Willow", "Birch", "Chestnut", "Walnut", "Sycamore",
        "Lakeview", "Sunset", "Highland", "Hillcrest", "Riverside", "Meadow", "Orchard", "Brookside", "Fairview", "Ridgeway",
        "Church", "Station", "Mill", "School", "Victoria", "Albert", "Queen's", "King's", "Manor", "Grange",
        "North", "South", "Main", "Market", "Bridge", "Castle", "Abbey", "Harbour", "Canal", "Forest",
        "Deer Creek", "Cottonwood", "Magnolia", "Dogwood", "Juniper", "Aspen", "Spruce", "Laurel", "Holly", "Hawthorn",
        "Ashford", "Kingsley", "Pembroke", "Whitehall", "Greenwood", "Westbrook", "Eastfield", "Northgate", "Southview", "Claremont",
        "Martin Luther King Jr.", "Lincoln", "Jefferson", "Franklin", "Madison",
    ];

    public static readonly string[] UsStreetSuffixes =
    [
        "Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Boulevard", "Blvd", "Lane", "Ln",
        "Drive", "Dr.", "Court", "Ct", "Place", "Way", "Parkway", "Terrace", "Circle",
    ];

    public static readonly string[] UkStreetSuffixes =
    [
        "Street", "Road", "Lane", "Avenue", "Close", "Crescent", "Gardens", "Grove", "Terrace", "Way", "Place", "Mews",
        "Drive", "Hill", "Row", "Square",
    ];

    public static readonly string[] UsDirections = ["N", "S", "E", "W", "North", "South", "East", "West"];
}
