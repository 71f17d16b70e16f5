using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// Names given as the answer to a question on the line before, as support chats and call transcripts run:
/// "Agent: Can I take your full name?\nCustomer: harriet pennington-lowe 22/09/1990", "Met wie spreek ik?\nPatiënt: hoi,
/// met sanne de vries-bakker". The answer carries no cue of its own and is often typed in lower case; the question is the cue.
/// </summary>
internal sealed partial class NameRecognizer
{
    // Words of a question that asks for a name, in the product's languages (stems: "name" also finds "Namen", "surname").
    private static readonly SearchValues<string> NameQuestionCues = SearchValues.Create(
        ["name", "naam", "nom ", "nome", "nombre", "imię", "imie", "jméno", "jmeno", "navn", "namn", "nimi", "nimen", "isim", "adın",
         "όνομα", "ім'я", "имя", "heter du", "heißen sie", "heisst du", "heißt du", "llama", "chiama", "appelez", "hoe heet", "who am i", "who's calling", "who is calling", "met wie", "mit wem", "con chi", "con quién", "à qui"],
        StringComparison.OrdinalIgnoreCase);

    // What people put before their name when they answer: greetings, "yes", "it's", "my name is" in several languages.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AnswerFillers = new[]
    {
        "hi", "hii", "hoi", "hey", "hello", "hallo", "hola", "ciao", "salve", "bonjour", "yes", "yeah", "yep", "yup", "ja", "jo",
        "si", "sì", "sí", "oui", "ok", "okay", "sure", "um", "uh", "er", "erm", "moment", "it's", "its", "it", "is", "my", "name",
        "name's", "names", "i'm", "im", "i", "am", "this", "met", "mijn", "naam", "ich", "bin", "heiße", "heisse", "je", "suis",
        "m'appelle", "me", "llamo", "soy", "mi", "chiamo", "sono", "jag", "heter", "jeg", "hedder", "nazywam", "się", "jmenuji",
        "se", "adım", "benim", "of", "course", "certo", "claro", "sim", "sou", "eu", "full", "é", "es", "est", "c'est",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A lower-case name signed at the end of a message ("… im working. callum brennan", "… pls call me – vikas agarwal,
    /// jaipur"): a listed given name that is no English word, then a listed family name or a word no list knows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeCapitalisedSignOff(TextScan scan)
    {
        // "… pano ko ire-report sa PNP? - Jomar", "… appelle-moi au 0555 12 34 56. Yacine", "… miten sen saa tilattua? t. Veeti":
        // one capitalised word ends the message after a sentence, a dash, a line break or a thanks. A word no English list
        // holds, or a listed given name; written as a name (a capital, then lower case), not as a heading or an acronym.
        var text = scan.Text;
        var end = text.AsSpan().TrimEnd(" .!\n\r\t").Length;
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] is '-' or '\'' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        var word = text.AsSpan(start, end - start);
        if (word.Length is < 2 or > 20 || !char.IsUpper(word[0]) || !word[1..].ContainsAnyExcept('-', '\'') || word[1..].ContainsAnyInRange('A', 'Z'))
        {
            return;
        }

        var before = text.AsSpan(0, start).TrimEnd(' ');
        var separated = before.IsEmpty ? false : before[^1] is '\n' or '-' or '–' or '—' or '.' or '!' or '?' or ','
            || before.EndsWith("t.", StringComparison.Ordinal) || before.EndsWith("thx", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("thanks", StringComparison.OrdinalIgnoreCase) || before.EndsWith("cheers", StringComparison.OrdinalIgnoreCase);
        if (!separated || before.Length < 8)
        {
            return;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        var kinds = NameWords.Of(word);
        if (((kinds & WordKinds.NotName) != 0 && (kinds & WordKinds.FirstName) == 0) || Lexicon.Organisations.Contains(word) || TitleLookup.Contains(word))
        {
            return;
        }

        if ((kinds & WordKinds.FirstName) != 0 || !OrdinaryWords.Contains(lower))
        {
            scan.Add(PiiEntityType.Person, start, end - start, 0.6);
        }
    }

    private static void RecognizeLowerCaseSignOff(TextScan scan)
    {
        var text = scan.Text;
        var end = text.AsSpan().TrimEnd(" .!\n\r\t").Length;
        var from = Math.Max(0, end - 48);
        var tail = text.AsSpan(from, end - from);
        var cut = Math.Max(Math.Max(tail.LastIndexOf(". "), tail.LastIndexOf("– ")), Math.Max(tail.LastIndexOf("- "), tail.LastIndexOf('\n')));
        cut = Math.Max(cut, Math.Max(tail.LastIndexOf("! "), tail.LastIndexOf("? ")));
        if (cut < 0 && from > 0)
        {
            return;
        }

        var start = from + cut + 1;
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        // The name, then at most ", town" ("vikas agarwal, jaipur").
        var comma = text.AsSpan(start, end - start).IndexOf(',');
        var nameEnd = comma < 0 ? end : start + comma;
        if (comma >= 0 && text.AsSpan(nameEnd + 1, end - nameEnd - 1).Trim().ContainsAny(" ,"))
        {
            return;
        }

        var given = LowerWordEnd(text, start);
        Span<char> titleCase = stackalloc char[32];

        // "can u reverse it pls - tanya", "thx - zanele": one word after a dash that ends the message is its writer's name,
        // unless it is an English or chat word ("- thanks", "- asap").
        if (given == nameEnd && given - start >= 3 && comma < 0 && cut >= 0 && (tail[cut..].StartsWith("- ") || tail[cut..].StartsWith("– "))
            && !OrdinaryWords.Contains(text.AsSpan(start, given - start))
            && (IsListed(text.AsSpan(start, given - start), Lexicon.FirstNames, titleCase) || IsUnknownWord(text.AsSpan(start, given - start))))
        {
            scan.Add(PiiEntityType.Person, start, given - start, 0.7);
            return;
        }

        if (given == start || given + 1 >= nameEnd || text[given] != ' ' || OrdinaryWords.Contains(text.AsSpan(start, given - start))
            || !IsListed(text.AsSpan(start, given - start), Lexicon.FirstNames, titleCase))
        {
            return;
        }

        var family = LowerWordEnd(text, given + 1);
        if (family != nameEnd && !(family < nameEnd && text[family] == '-'))
        {
            return;
        }

        var familyWord = text.AsSpan(given + 1, family - given - 1);
        if (IsListed(familyWord, Lexicon.LastNames, titleCase) || IsUnknownWord(familyWord))
        {
            scan.Add(PiiEntityType.Person, start, nameEnd - start, 0.75);
        }
    }

    // Requests for a name that end without a question mark ("For verification pls provide full name and NRIC.", "Please
    // confirm your name and date of birth."): lower case, so that the search for them stays vectorised.
    private static readonly SearchValues<string> NameRequests = SearchValues.Create(["provide", "confirm", "verify", "give me", "tell me", "share your"], StringComparison.Ordinal);

    /// <summary>The line after a request for a name that ends without a question mark answers it, as after a question.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeAnswersToNameRequests(TextScan scan)
    {
        var text = scan.Text;
        var searchedTo = 0;
        for (var request = text.AsSpan().IndexOfAny(NameRequests); request >= 0;)
        {
            var lineEnd = text.IndexOf('\n', request);
            if (lineEnd < 0)
            {
                return;
            }

            var lineStart = searchedTo + text.AsSpan(searchedTo, request - searchedTo).LastIndexOf('\n') + 1;
            searchedTo = lineEnd;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (!line.Contains('?') && line.IndexOfAny(NameQuestionCues) >= 0)
            {
                AddAnsweredName(scan, lineEnd + 1);
            }

            var next = text.AsSpan(lineEnd).IndexOfAny(NameRequests);
            request = next < 0 ? -1 : lineEnd + next;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeAnswersToNameQuestions(TextScan scan)
    {
        var text = scan.Text;
        var question = text.IndexOf('?');
        var searchedTo = 0;
        while (question >= 0)
        {
            var lineEnd = text.IndexOf('\n', question);
            if (lineEnd < 0)
            {
                return;
            }

            // The line's start, searched back only as far as the line before it ended: each character is read once.
            var lineStart = searchedTo + text.AsSpan(searchedTo, question - searchedTo).LastIndexOf('\n') + 1;
            searchedTo = lineEnd;
            if (text.AsSpan(lineStart, lineEnd - lineStart).IndexOfAny(NameQuestionCues) >= 0)
            {
                AddAnsweredName(scan, lineEnd + 1);
            }

            question = text.IndexOf('?', lineEnd);
        }
    }

    /// <summary>The name at the start of the answer line beginning at <paramref name="start"/>, after a speaker label and fillers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddAnsweredName(TextScan scan, int start)
    {
        var text = scan.Text;
        var lineEnd = text.IndexOf('\n', start) is var nl and >= 0 ? nl : text.Length;

        // "Customer: …": the answer starts after its speaker's label.
        var position = TextScan.AfterSpeakerLabel(text, start);
        Span<char> titleCase = stackalloc char[32];
        Span<char> lower = stackalloc char[32];
        var words = 0;
        var nameStart = -1;
        var nameEnd = -1;
        var listed = false;
        var unknown = 0;
        for (var skipped = 0; position < lineEnd && words < 4 && skipped < 8;)
        {
            while (position < lineEnd && text[position] is ' ' or ',' or '.' or '!' or '-' or '…')
            {
                position++;
            }

            var end = position;
            while (end < lineEnd && (char.IsLetter(text[end]) || (text[end] is '-' or '\'' or '’' && end + 1 < lineEnd && char.IsLetter(text[end + 1]) && end > position)))
            {
                end++;
            }

            // The name stops at anything that is no word: a comma, a date, the end of the line.
            if (end == position || (end < lineEnd && !(text[end] is ' ' or ',' or '.' or '!')))
            {
                break;
            }

            var word = text.AsSpan(position, end - position);
            if (nameStart < 0 && AnswerFillers.Contains(word))
            {
                skipped++;
                position = end;
                continue;
            }

            if (nameStart >= 0 && ParticleLookup.Contains(word))
            {
                position = end; // "sanne de vries-bakker": a particle inside the name
                continue;
            }

            var isListed = false;
            var isUnknown = true;
            foreach (var range in word.Split('-'))
            {
                // The lists are read in lower case here: answers are typed in any case ("PENNINGTON", "harriet").
                var part = lower[..Math.Max(0, word[range].ToLowerInvariant(lower))];
                var partListed = IsListed(part, Lexicon.FirstNames, titleCase) || IsListed(part, Lexicon.LastNames, titleCase);
                isListed |= partListed;
                isUnknown &= partListed || IsUnknownWord(part);
            }

            // An ordinary word that no name list holds ends the name ("salvatore esposito thanks").
            if (!isListed && !isUnknown)
            {
                break;
            }

            listed |= isListed;
            unknown += isUnknown && !isListed ? 1 : 0;
            nameStart = nameStart < 0 ? position : nameStart;
            nameEnd = end;
            words++;
            position = end;
            if (end < lineEnd && text[end] is ',' or '.' or '!')
            {
                break;
            }
        }

        // A listed given or family name, or two words that are no English words ("anaru pohatu-williams").
        if (nameStart >= 0 && (listed || unknown >= 2))
        {
            scan.Add(PiiEntityType.Person, nameStart, nameEnd - nameStart, 0.8);
        }
    }
}
