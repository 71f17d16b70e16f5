// Builds the masker's extended name lexicons (functions/Masking/Lexicons/more-first-names.txt and more-last-names.txt)
// from the given and family names that the Bogus package (MIT) ships for its locales.
//
// Why: the curated lists hold about 1,900 mostly English-market names; fresh reviews of chat in other markets leaked
// names like "Giménez Sosa", "Galimberti" or "Παπαδόπουλος" that no cue announced. A name list is evidence, not a
// verdict, so a word that is also an ordinary word must not be in it, or "Grace period" and "Gabe von Melperon"
// (German: a dose of melperone) become people. Hence the filters below; the curated lists keep their own choices.
//
// Usage (once, when Bogus, faker or the filters change; the output is committed):
//   apt-get install wamerican wbritish wngerman witalian wspanish wfrench wportuguese wdutch wswedish wnorwegian wdanish
//   npm ci   (package.json pins @faker-js/faker)
//   node tests/NameLexiconBuilder/faker-names.mjs . > /tmp/faker-names.json
//   dotnet run --project tests/NameLexiconBuilder -- functions/Masking/Lexicons /tmp/faker-names.json
using System.Globalization;
using System.Text;
using Bogus;
using Bogus.Bson;

var lexiconFolder = args.Length > 0 ? args[0] : "functions/Masking/Lexicons";
string[] dictionaries = ["/usr/share/dict/american-english", "/usr/share/dict/british-english", "/usr/share/dict/ngerman"];
string[] givenNameDictionaries = ["italian", "spanish", "french", "portuguese", "dutch", "swedish", "bokmaal", "danish"];
givenNameDictionaries = [.. givenNameDictionaries.Select(d => "/usr/share/dict/" + d)];

// Ordinary words: any English word written in lower case, and any German word (German capitalises its nouns). Given
// names are also checked against the lower-case words of the Romance and Nordic languages and Dutch ("Soccorso" in
// "Pronto Soccorso"); family names are not, as many of them are words in their own language ("Arroyo", "Castillo")
// and are more often lost than misread.
var ordinary = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
var ordinaryForGivenNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
foreach (var path in givenNameDictionaries)
{
    if (File.Exists(path))
    {
        ordinaryForGivenNames.UnionWith(File.ReadLines(path).Select(l => l.Trim()).Where(w => w.Length > 0 && w.All(c => !char.IsUpper(c))));
    }
    else
    {
        Console.Error.WriteLine($"Word list {path} is missing (apt-get install witalian wspanish wfrench wportuguese wdutch wswedish wnorwegian wdanish).");
        return 2;
    }
}

foreach (var path in dictionaries)
{
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"Word list {path} is missing (apt-get install wamerican wbritish wngerman).");
        return 2;
    }

    var german = path.Contains("german", StringComparison.Ordinal);
    foreach (var line in File.ReadLines(path))
    {
        var word = line.Split('\'')[0].Trim();
        if (word.Length > 0 && (german || word.All(c => !char.IsUpper(c))))
        {
            ordinary.Add(word);
        }
    }
}

// Months and weekdays in the languages the masker reads are dates, not people ("vierten Juli", "en agosto").
string[] calendar =
[
    "Januar", "Jänner", "Februar", "März", "Juni", "Juli", "Oktober", "Dezember", "Janvier", "Février", "Mars", "Avril",
    "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre", "Enero", "Febrero", "Marzo", "Abril",
    "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Octubre", "Noviembre", "Diciembre", "Gennaio", "Febbraio",
    "Aprile", "Maggio", "Giugno", "Luglio", "Settembre", "Ottobre", "Dicembre", "Janeiro", "Fevereiro", "Março", "Maio",
    "Junho", "Julho", "Setembro", "Outubro", "Novembro", "Dezembro", "Januari", "Februari", "Maart", "Mei", "Augustus",
    "Juni", "Juli", "Augusti", "Lundi", "Mardi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Lunes", "Martes", "Jueves",
    "Viernes", "Sábado", "Domingo", "Lunedì", "Sabato", "Domenica", "Sonntag", "Samstag", "Zondag", "Zaterdag",
];
var excluded = new HashSet<string>(calendar, StringComparer.OrdinalIgnoreCase);
foreach (var line in File.ReadLines(Path.Combine(lexiconFolder, "not-names.txt")))
{
    if (!line.StartsWith('#'))
    {
        excluded.UnionWith(line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}

var curated = new HashSet<string>(StringComparer.Ordinal);
foreach (var file in new[] { "first-names.txt", "last-names.txt" })
{
    foreach (var line in File.ReadLines(Path.Combine(lexiconFolder, file)).Where(l => !l.StartsWith('#')))
    {
        curated.UnionWith(line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}

var fakerLocales = new List<string>();
var given = new SortedSet<string>(StringComparer.Ordinal);
var family = new SortedSet<string>(StringComparer.Ordinal);
var locales = new List<string>();
int dropped = 0;
foreach (var locale in Database.GetAllLocales().Order(StringComparer.Ordinal))
{
    if (Database.GetLocale(locale)["name"] is not BObject names)
    {
        continue;
    }

    var before = given.Count + family.Count;
    foreach (var key in names.Keys)
    {
        var target = key.Contains("first_name", StringComparison.Ordinal) ? given
            : key.Contains("last_name", StringComparison.Ordinal) ? family : null;
        if (target is null || names[key] is not BArray values)
        {
            continue;
        }

        foreach (var value in values)
        {
            AddNames((value as BValue)?.StringValue, target);
        }
    }

    if (given.Count + family.Count > before)
    {
        locales.Add(locale);
    }
}

// The locales of @faker-js/faker (MIT), dumped by faker-names.mjs: markets Bogus has no names for (Danish, Hungarian, Ghana,
// Yoruba, Zulu, Afrikaans, Slovenian, Serbian, Macedonian, Nepal, Senegal) and fuller lists for others.
if (args.Length > 1)
{
    using var dump = System.Text.Json.JsonDocument.Parse(File.ReadAllText(args[1]));
    foreach (var locale in dump.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
    {
        var before = given.Count + family.Count;
        foreach (var (property, target) in new[] { ("first", given), ("last", family) })
        {
            foreach (var value in locale.Value.GetProperty(property).EnumerateArray())
            {
                AddNames(value.GetString(), target);
            }
        }

        if (given.Count + family.Count > before)
        {
            fakerLocales.Add(locale.Name.ToLowerInvariant());
        }
    }
}

// Ordinary words for the lower-case name rule: every lower-case English word, and words of chat that no dictionary has.
string[] chatWords =
[
    "gonna", "wanna", "gotta", "ok", "okay", "pls", "plz", "thx", "thanx", "ty", "ur", "u", "im", "ive", "id", "dont", "cant", "wont",
    "didnt", "doesnt", "isnt", "wasnt", "shes", "hes", "theyre", "youre", "thats", "whats", "hiya", "heya", "hey", "yeah", "yep", "yup",
    "nope", "nah", "um", "uh", "umm", "uhh", "hmm", "lol", "omg", "btw", "asap", "fyi", "idk", "tbh", "ya", "ye", "coz", "cos", "cuz",
    "tho", "thru", "abt", "msg", "msgs", "txt", "tmrw", "tmr", "tomoz", "2day", "nite", "luv", "mum", "mam", "nan", "nana", "gran",
    "grandad", "grampa", "grandpa", "grandma", "aunty", "auntie", "bro", "sis", "mate", "bloke", "hun", "babe", "bae", "innit",
    "dunno", "kinda", "sorta", "lemme", "gimme", "aint", "yall", "hello", "hi", "dr", "doc", "gp", "er", "ed", "icu",
    "covid", "app", "apps", "online", "email", "emails", "emailed", "wifi", "pm", "am", "re", "fwd", "cc", "bcc",
];
var ordinaryWords = new SortedSet<string>(StringComparer.Ordinal);
foreach (var path in dictionaries.Where(d => !d.Contains("german", StringComparison.Ordinal)))
{
    ordinaryWords.UnionWith(File.ReadLines(path).Select(l => l.Trim())
        .Where(w => w.Length > 0 && w.All(char.IsLower)));
}

ordinaryWords.UnionWith(chatWords);
WriteWords("ordinary-words.txt", ordinaryWords,
    "# Ordinary English words in lower case (SCOWL word lists as packaged by Debian in wamerican and wbritish; notice in",
    "# THIRD-PARTY-NOTICES.md) and words of chat. A lower-case word after \"it's\" or \"my father\" that is none of these is",
    "# likely a name. Generated by tests/NameLexiconBuilder; do not edit by hand.");

Write("more-first-names.txt", "Given", given);
Write("more-last-names.txt", "Family", family);
Console.WriteLine($"{given.Count} given and {family.Count} family names from {locales.Count} locales; {dropped} dropped as ordinary or calendar words.");
return 0;

// Each word of a listed name that reads as a name and is no ordinary or calendar word.
void AddNames(string? value, SortedSet<string> target)
{
    foreach (var word in (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
    {
        var form = word.Normalize(NormalizationForm.FormC);
        if (!IsNameShaped(form) || curated.Contains(form))
        {
            continue;
        }

        if (ordinary.Contains(form) || excluded.Contains(form) || (target == given && ordinaryForGivenNames.Contains(form)))
        {
            dropped++;
            continue;
        }

        target.Add(form);
    }
}

// A capitalised word of letters (hyphens and apostrophes inside), at least three long: what the name recognizer reads.
static bool IsNameShaped(string word) =>
    word.Length >= 3 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\'')
    && char.IsLetter(word[^1]) && CharUnicodeInfo.GetUnicodeCategory(word[1]) != UnicodeCategory.UppercaseLetter;

void Write(string file, string kind, IEnumerable<string> words) =>
    WriteWords(file, words,
        $"# {kind} names of {locales.Count} locales from the Bogus package's locale data (MIT licence, see THIRD-PARTY-NOTICES.md),",
        fakerLocales.Count == 0 ? "# less ordinary words (see the generator), calendar words and the curated lists' entries. Generated by"
            : $"# and of {fakerLocales.Count} locales of @faker-js/faker (MIT licence), less ordinary words (see the generator), calendar words and the curated lists' entries. Generated by",
        $"# tests/NameLexiconBuilder; do not edit by hand. Locales: {string.Join(' ', locales)}."
        + (fakerLocales.Count == 0 ? "" : $" Faker locales: {string.Join(' ', fakerLocales)}."));

void WriteWords(string file, IEnumerable<string> words, params string[] header)
{
    var text = new StringBuilder();
    foreach (var headerLine in header)
    {
        text.AppendLine(headerLine);
    }

    var line = new StringBuilder();
    foreach (var word in words)
    {
        if (line.Length + word.Length > 118)
        {
            text.AppendLine(line.ToString().TrimEnd());
            line.Clear();
        }

        line.Append(word).Append(' ');
    }

    text.AppendLine(line.ToString().TrimEnd());
    File.WriteAllText(Path.Combine(lexiconFolder, file), text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
}
