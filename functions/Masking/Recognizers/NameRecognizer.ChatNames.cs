using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace Masking.Recognizers;

/// <summary>
/// Given names typed in lower case where a chat or a text message names its writer or its reader: "jon here, full name …",
/// "ok thanks, thiago here signing off", "hey its mick here", "hi, i'm farhana. my father …", "Hi jess (MRN 4471823)".
/// The lower-case self-introductions before a full name are read in <c>RecognizeLowerCaseSelfIntroductions</c>; these stand
/// alone, so the shape around the word carries the evidence: a greeting before a listed given name, or a word that is no
/// English word right after "i'm" and before the sentence ends, or before "here" where a message opens.
/// </summary>
internal sealed partial class NameRecognizer
{
    private const double ChatNameScore = 0.75;

    // One search for every cue of this rule: the greetings, "here" after a name, and Tagalog's "si" before one ("ako po si jessa").
    private static readonly System.Buffers.SearchValues<string> ChatNameCues = System.Buffers.SearchValues.Create(
        ["hi ", "Hi ", "hey ", "Hey ", "hello ", "Hello ", "dear ", "thanks ", "Thanks ", " here", " si "], StringComparison.Ordinal);

    private static readonly string[] ChatSelfIntroductions = ["i'm ", "i’m ", "im ", "i am ", "its ", "it's ", "it’s ", "this is ", "call me "];

    // The one introduction read outside lower-case chat too.
    private static readonly string[] CallMe = ["call me "];

    // The phrases' vectorised searches: a case-blind string search runs a character at a time, and "call me " is looked for in
    // every text. Phrases with other than ASCII characters keep the string search (null here).
    private static readonly SearchValues<string>?[] ChatSelfIntroductionSearches = PhraseSearches(ChatSelfIntroductions);
    private static readonly SearchValues<string>?[] CallMeSearches = PhraseSearches(CallMe);

    private static SearchValues<string>?[] PhraseSearches(string[] phrases) =>
        [.. phrases.Select(p => Ascii.IsValid(p) ? SearchValues.Create([p], StringComparison.OrdinalIgnoreCase) : null)];

    private static int IndexOfPhrase(string text, string phrase, SearchValues<string>? search, int from) =>
        search is null ? text.IndexOf(phrase, from, StringComparison.OrdinalIgnoreCase)
            : text.AsSpan(from).IndexOfAny(search) is var at and >= 0 ? from + at : -1;

    // Tagalog marks a person's name with "si" after these ("ako po si jessa", "apo ko si jomar", "hello po, si cris po ito");
    // "si" alone is Spanish's "if".
    private static readonly string[] TagalogWordsBeforeSi = ["ako", "ako po", " ko", " po", " niya", " nya", " po,"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeLowerCaseChatNames(TextScan scan)
    {
        var text = scan.Text;
        Span<char> buffer = stackalloc char[24];
        var offset = 0;
        while (offset < text.Length && text.AsSpan(offset).IndexOfAny(ChatNameCues) is var next and >= 0)
        {
            var cue = offset + next;
            offset = cue + 1;
            if (text.AsSpan(cue).StartsWith(" here", StringComparison.Ordinal))
            {
                NameBeforeHere(scan, cue, buffer);
            }
            else if (text.AsSpan(cue).StartsWith(" si ", StringComparison.Ordinal))
            {
                NameAfterTagalogSi(scan, cue);
            }
            else
            {
                NameAfterGreeting(scan, cue, buffer);
            }
        }

        // "hi, i'm farhana. my father …", "i'm harpreet, his daughter": after "i'm" a word that is no English word and ends the
        // phrase (a typo goes on into the sentence: "its realy bad"). "you can call me tinay." says so in any text.
        var phrases = scan.IsLowerCaseChat ? ChatSelfIntroductions : CallMe;
        var searches = scan.IsLowerCaseChat ? ChatSelfIntroductionSearches : CallMeSearches;
        for (var p = 0; p < phrases.Length; p++)
        {
            var phrase = phrases[p];
            for (var at = IndexOfPhrase(text, phrase, searches[p], 0); at >= 0; at = IndexOfPhrase(text, phrase, searches[p], at + 1))
            {
                if (at > 0 && char.IsLetter(text[at - 1]))
                {
                    continue;
                }

                var start = at + phrase.Length;
                var end = LowerWordEnd(text, start);
                var word = text.AsSpan(start, end - start);
                // "this is aroha - need to change my appt": a dash after the name ends the phrase too.
                var endsPhrase = end < text.Length && (text[end] is ',' or '.' or '!' || text.AsSpan(end).StartsWith(" - ", StringComparison.Ordinal));
                if (endsPhrase && IsUnknownWord(word) && !Towns.Contains(word))
                {
                    scan.Add(PiiEntityType.Person, start, word.Length, ChatNameScore);
                }
            }
        }
    }

    /// <summary>"Hi jess (MRN …)", "thanks maria!": a greeting, then a listed given name that is no English word, then the phrase ends.</summary>
    private static void NameAfterGreeting(TextScan scan, int cue, Span<char> buffer)
    {
        var text = scan.Text;
        var start = text.IndexOf(' ', cue) + 1;
        var end = LowerWordEnd(text, start);
        var word = text.AsSpan(start, end - start);
        if ((cue == 0 || !char.IsLetter(text[cue - 1])) && EndsPhrase(text, end) && !OrdinaryWords.Contains(word) && IsListed(word, Lexicon.FirstNames, buffer))
        {
            scan.Add(PiiEntityType.Person, start, end - start, ChatNameScore);
        }
    }

    /// <summary>"jon here, full name …", "thiago here signing off", "its mick here": the writer's name where a message opens, before "here".</summary>
    private static void NameBeforeHere(TextScan scan, int here, Span<char> buffer)
    {
        var text = scan.Text;
        if (here == 0 || (here + 5 < text.Length && char.IsLetter(text[here + 5])))
        {
            return; // "… therefore", "… heres"
        }

        var start = here;
        while (start > 0 && char.IsAsciiLetterLower(text[start - 1]))
        {
            start--;
        }

        var word = text.AsSpan(start, here - start);
        if (word.Length >= 3 && OpensMessage(text, start) && (IsUnknownWord(word) || (IsListed(word, Lexicon.FirstNames, buffer) && !OrdinaryWords.Contains(word)))
            && !Towns.Contains(word))
        {
            scan.Add(PiiEntityType.Person, start, word.Length, ChatNameScore);
        }
    }

    /// <summary>"ako po si jessa", "apo ko si jomar": the word after Tagalog's "si" when the words before it are Tagalog's.</summary>
    private static void NameAfterTagalogSi(TextScan scan, int si)
    {
        var text = scan.Text;
        var before = text.AsSpan(0, si);
        var tagalog = false;
        foreach (var words in TagalogWordsBeforeSi)
        {
            tagalog |= before.EndsWith(words, StringComparison.Ordinal) && (before.Length == words.Length || words[0] == ' ' || !char.IsLetter(before[^(words.Length + 1)]));
        }

        var start = si + 4;
        var end = LowerWordEnd(text, start);
        if (tagalog && end - start >= 3 && !OrdinaryWords.Contains(text.AsSpan(start, end - start)) && !Lexicon.NotNames.Contains(text.AsSpan(start, end - start)))
        {
            scan.Add(PiiEntityType.Person, start, end - start, ChatNameScore);
        }
    }

    /// <summary>Whether the phrase ends after a greeting's name: a mark, a bracket or the end of the text.</summary>
    private static bool EndsPhrase(string text, int end) => end == text.Length || text[end] is ',' or '.' or '!' or '?' or '(' or ':' or '\n'
        || (end + 1 < text.Length && text[end] == ' ' && text[end + 1] is '(' or '-');

    /// <summary>Whether a word at <paramref name="start"/> opens a message or a sentence, or follows "its" or a greeting.</summary>
    private static bool OpensMessage(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        if (before.IsEmpty || before[^1] is '\n' or ':' or ',' or '.' or '!' or '?' or ']')
        {
            return true;
        }

        foreach (var opener in (ReadOnlySpan<string>)["its", "it's", "it’s", "hi", "hey", "hello", "ok", "okay"])
        {
            if (before.EndsWith(opener, StringComparison.OrdinalIgnoreCase) && (before.Length == opener.Length || !char.IsLetter(before[^(opener.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }
}
