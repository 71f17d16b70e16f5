using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// A Japanese name written in hiragana, family name and given name apart: the reading a form or a bank gives beside the
/// name in kanji ("鈴木 一郎 様（すずき いちろう）", "名義 たなか ゆうき"), or the name as a chat types it. Japanese prose puts no
/// spaces between its words, so two runs of hiragana with a space between them are a name's reading when the first is the
/// reading of a common family name; a chat's spaced phrase ("よろしく おねがいします") opens with no such name.
/// </summary>
internal sealed partial class NameRecognizer
{
    // The readings of the most common Japanese family names.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KanaFamilyNames =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["さとう", "すずき", "たかはし", "たなか", "わたなべ", "いとう", "やまもと", "なかむら", "こばやし", "かとう", "よしだ", "やまだ",
             "ささき", "やまぐち", "まつもと", "いのうえ", "きむら", "はやし", "しみず", "やまざき", "もり", "あべ", "いけだ", "はしもと",
             "やました", "いしかわ", "なかじま", "まえだ", "ふじた", "おがわ", "ごとう", "おかだ", "はせがわ", "むらかみ", "こんどう",
             "いしい", "さいとう", "さかもと", "えんどう", "あおき", "ふじい", "にしむら", "ふくだ", "おおた", "みうら", "ふじわら",
             "おかもと", "まつだ", "なかがわ", "なかの", "はらだ", "おの", "たむら", "たけうち", "かねこ", "わだ", "なかやま", "いしだ",
             "うえだ", "もりた", "はら", "しばた", "さかい", "くどう", "よこやま", "みやざき", "みやもと", "うちだ", "たかぎ", "あんどう",
             "たにぐち", "おおの", "まるやま", "いまい", "たかだ", "ふじもと", "たけだ", "むらた", "うえの", "すぎやま", "ますだ",
             "すがわら", "ひらの", "おおつか", "ちば", "くぼ", "まつい", "いわさき", "さくらい", "きのした", "のぐち", "まつお", "きくち",
             "のむら", "あらい", "おおしま", "たかの", "ほんだ", "こいけ", "あらき", "みずの", "くぼた", "ひぐち", "よしむら"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private const double KanaReadingScore = 0.8;

    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u3096' or 'ー';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeKanaNameReadings(TextScan scan)
    {
        var text = scan.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsHiragana(text[i]) || (i > 0 && IsHiragana(text[i - 1])))
            {
                continue;
            }

            var familyEnd = i;
            while (familyEnd < text.Length && IsHiragana(text[familyEnd]))
            {
                familyEnd++;
            }

            if (familyEnd + 1 >= text.Length || text[familyEnd] is not (' ' or '\u3000') || !IsHiragana(text[familyEnd + 1])
                || !KanaFamilyNames.Contains(text.AsSpan(i, familyEnd - i)))
            {
                i = familyEnd;
                continue;
            }

            var givenEnd = familyEnd + 1;
            while (givenEnd < text.Length && IsHiragana(text[givenEnd]))
            {
                givenEnd++;
            }

            // A given name's reading is two to five kana.
            if (givenEnd - familyEnd - 1 is >= 2 and <= 5)
            {
                scan.Add(PiiEntityType.Person, i, givenEnd - i, KanaReadingScore);
            }

            i = givenEnd;
        }
    }
}
