using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Masking.Recognizers;

/// <summary>
/// Names, places and dates in scripts without capital letters: Arabic (with Persian and Urdu), Hebrew, Devanagari,
/// Bengali, Thai, Chinese, Japanese and Korean. The other recognizers find a name by its capital; here the words around
/// it say where it starts and ends: a form's label ("الاسم:", "契約者：", "이름:"), an introduction that closes on a known
/// word ("मैं … बोल रही हूँ", "我叫…，", "أنا …،"), an agent's "with you" ("معك سارة"), the answer to a question for a name
/// or an address, a town after "living in" or "near", a Chinese or Japanese place by its suffix (市, 县, 丁目), and dates
/// written with 年月日 or 년월일. No name lists exist for these scripts here, so each rule needs its closing evidence:
/// a value that runs on past a few words is not taken.
/// </summary>
internal sealed partial class CaselessScriptRecognizer : IRecognizer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Recognize(TextScan scan)
    {
        if (!scan.HasNonAscii || !HasCaselessLetters(scan.Text))
        {
            return; // nearly every text stops here
        }

        RecognizeLabelledValues(scan);
        RecognizeAnswers(scan);
        RecognizeIntroductions(scan);
        RecognizeHonorifics(scan);
        RecognizePlaces(scan);
        RecognizeDates(scan);
        RecognizeAddressShapes(scan);
        RecognizeResidences(scan);
        RecognizeNamesWithTheirOtherWriting(scan);
        RecognizeListedNames(scan);
    }

    // Given and family names written in scripts without capitals (Arabic, Hebrew, the Indic scripts, Thai, Lao, Burmese,
    // Khmer, Ethiopic, Georgian), less those that are ordinary words of their language; see Lexicons/caseless-names.txt.
    internal static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ListedNames =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(Lexicon.ReadWords(["caseless-names.txt"], ' '), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "عمران اسلم", "सुनिता थापा मगर", "জাহিদ হাসান": two or more listed names in a row, with nothing but a space (or "son of")
    /// between them, are a person's name without any cue. In the scripts whose names are seldom ordinary words (Thai, Lao,
    /// Burmese, Khmer, Sinhala, Ethiopic, Georgian) a listed given name is one alone too, and so is it with the unlisted family
    /// name after it ("ธนากร แก้วมณี", "ሰለሞን ታደሰ"); in Arabic, Hebrew and the Indic scripts, where many names are words, it is not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeListedNames(TextScan scan)
    {
        var text = scan.Text;
        var runStart = -1;
        var runEnd = -1;
        var listed = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!IsCaselessLetter(text[i]) || IsCjk(text[i]) || text[i] is >= '\uAC00' and <= '\uD7AF')
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < text.Length && IsCaselessLetter(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(wordStart, i - wordStart);
            var joined = runEnd >= 0 && wordStart == runEnd + 1 && text[runEnd] == ' ';
            if (ListedNames.Contains(word))
            {
                if (!joined)
                {
                    AddListedRun(scan, runStart, runEnd, listed);
                    runStart = wordStart;
                    listed = 0;
                }

                runEnd = i;
                listed++;
            }
            else if (joined && Patronymics.Contains(word))
            {
                runEnd = i; // "محمد بن سلمان": "son of" inside the name
            }
            else if (joined && listed == 1 && NamesStandAlone(text[runStart]) && word.Length >= 3 && NamesStandAlone(word[0]) && !NameTerminators.Contains(word))
            {
                // A listed given name and the family name after it.
                scan.Add(PiiEntityType.Person, runStart, i - runStart, 0.6);
                runStart = runEnd = -1;
                listed = 0;
            }
            else
            {
                AddListedRun(scan, runStart, runEnd, listed);
                runStart = runEnd = -1;
                listed = 0;
            }
        }

        AddListedRun(scan, runStart, runEnd, listed);
    }

    /// <summary>Thai, Lao, Burmese, Khmer, Sinhala, Ethiopic and Georgian, whose listed names are seldom other words.</summary>
    private static bool NamesStandAlone(char c) =>
        c is (>= '\u0D80' and <= '\u0DFF') or (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u10A0' and <= '\u10FF')
            or (>= '\u1200' and <= '\u137F') or (>= '\u1780' and <= '\u17FF');

    private static void AddListedRun(TextScan scan, int start, int end, int listed)
    {
        if (start < 0 || listed == 0)
        {
            return;
        }

        if (listed >= 2)
        {
            scan.Add(PiiEntityType.Person, start, end - start, 0.7);
        }
        else if (NamesStandAlone(scan.Text[start]))
        {
            scan.Add(PiiEntityType.Person, start, end - start, 0.55);
        }
        else if (RelativeOrRoleBefore(scan.Text, start))
        {
            scan.Add(PiiEntityType.Person, start, end - start, 0.65);
        }
    }

    // Relatives, neighbours and "alias" before a name in Arabic (with the Gulf's and the Maghreb's words), Urdu, Persian, Hebrew,
    // Hindi and Marathi: a listed given name right after one is a person even alone ("زوجة السائق مريم", "راجلك يوسف",
    // "محلہ دار شاہد", "मैं उनका साला रमेश").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativesAndRoles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["السائق", "زوجة", "زوجته", "زوجها", "زوجي", "زوجتي", "ابنه", "ابنها", "ابني", "بنته", "بنتها", "بنتي",
         // "In the name of" on a claim or an account ("الهوية 1087439251، باسم فهد عبدالله القحطاني").
         "باسم", "بإسم",
         // "Her daughter", "your husband", "your wife", "your son", and "and" joined to them ("ابنتها مريم", "وزوجك مصطفى").
         "ابنتها", "ابنته", "ابنتي", "زوجك", "زوجتك", "ابنك", "بنتك", "وزوجك", "وزوجها", "وزوجته", "وزوجي", "وابنه", "وابنها", "وابني",
         // The Maghreb's "her son", "his son", "my son" ("ولدها يوسف").
         "ولدها", "ولده", "ولدي", "وولدها", "أخوه", "أخوها", "أخوي", "اخوي", "أخي",
         "اخي", "أختي", "اختي", "أخته", "أختها", "الجار", "والجار", "جاري", "جارتي", "جارنا", "راجلك", "راجلي", "راجلها", "مرتي", "مراتي", "مرته",
         "خالي", "عمي", "خالتي", "عمتي", "جدي", "جدتي", "صديقي", "صديقه", "صاحبي", "والده", "والدها", "والدته", "والدتها", "الحاج", "الحاجة",
         "عرف", "بیٹا", "بیٹی", "بیٹے", "شوہر", "بیوی", "بھائی", "بہن", "والد", "والدہ", "دار", "پڑوسی", "ہمسایہ", "دوست", "مادرش", "پدرش",
         "برادرش", "خواهرش", "همسرش", "شوهرش", "دخترش", "پسرش", "مادرم", "پدرم", "همسرم", "شوهرم", "בעלי", "אשתי", "בני", "בתי", "אחי",
         "אחותי", "השכן", "השכנה", "אמי", "साला", "साले", "भाई", "भाभी", "बहन", "पिता", "माता", "बेटा", "बेटी", "पति", "पत्नी", "चाचा", "मामा",
         "दोस्त", "पड़ोसी", "उर्फ", "भाऊ", "आई", "बाबा", "ताई", "मुलगा", "मुलगी", "नवरा", "बायको",
         // Bengali, Telugu, Kannada and Tamil relatives ("ভাই রাকিব কাল আসবে", "నా భార్య లక్ష్మి", "ಮಗ ಕಿರಣ್", "மகன் அருண்").
         "ভাই", "বোন", "বাবা", "স্বামী", "স্ত্রী", "ছেলে", "মেয়ে", "দাদা", "দিদি", "বন্ধু", "భార్య", "భర్త", "కొడుకు", "కూతురు",
         "అన్న", "తమ్ముడు", "ಹೆಂಡತಿ", "ಗಂಡ", "ಮಗ", "ಮಗಳು", "ಅಣ್ಣ", "ತಮ್ಮ", "மனைவி", "கணவர்", "மகன்", "மகள்", "அண்ணன்", "தம்பி"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool RelativeOrRoleBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return false;
        }

        var wordStart = start - 1;
        while (wordStart > 0 && IsCaselessLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart < start - 1 && RelativesAndRoles.Contains(text.AsSpan(wordStart, start - 1 - wordStart));
    }

    /// <summary>
    /// A name written twice, the second in brackets: Chinese characters before their romanisation ("黃美玲 (Wong Mei Ling)"), a
    /// Korean name before its hanja ("이민수 (李敏洙)"), and a Japanese name before its reading in kana with the family and
    /// given names apart ("佐藤和子（さとう かずこ）"; a word's reading has no space: "嚥下（えんげ）"). Both writings are the name.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeNamesWithTheirOtherWriting(TextScan scan)
    {
        var text = scan.Text;
        if (text.AsSpan().IndexOfAny('(', '（') < 0)
        {
            return;
        }

        foreach (var m in NameWithOtherWritingRegex().EnumerateMatches(text))
        {
            var open = text.AsSpan(m.Index, m.Length).IndexOfAny('(', '（');
            // A romanisation must read as a name: a word of the name lists and none that only says what something is
            // ("阿司匹林 (Aspirin Tablets)").
            if (char.IsAsciiLetterUpper(text[m.Index + open + 1]) && !IsRomanisedName(text.AsSpan(m.Index + open + 1, m.Length - open - 2)))
            {
                continue;
            }

            var name = text.AsSpan(m.Index, open).TrimEnd(' ');
            scan.Add(PiiEntityType.Person, m.Index, name.Length, 0.8);
            scan.Add(PiiEntityType.Person, m.Index + open + 1, m.Length - open - 2, 0.8);
        }

        // A name found in its own script and written again in Latin letters in brackets after it ("ဒေါ်ခင်မြင့်ကြည် (Daw Khin
        // Myint Kyi)"): two to five capitalised words, the same person's.
        var count = scan.Candidates.Count;
        for (var c = 0; c < count; c++)
        {
            var person = scan.Candidates[c];
            if (person.Type != PiiEntityType.Person || person.Score < 0.5 || !IsCaselessLetter(text[person.Start]))
            {
                continue;
            }

            var open = person.End < text.Length && text[person.End] == ' ' ? person.End + 1 : person.End;
            if (open + 1 < text.Length && text[open] == '(' && RomanisedWordsLength(text, open + 1) is var length and > 0)
            {
                scan.Add(PiiEntityType.Person, open + 1, length, 0.8);
            }
        }
    }

    /// <summary>The length of two to five capitalised Latin words from <paramref name="start"/> closed by ')', or 0.</summary>
    private static int RomanisedWordsLength(string text, int start)
    {
        var i = start;
        var words = 0;
        while (i < text.Length && words < 5 && char.IsAsciiLetterUpper(text[i]))
        {
            i++;
            while (i < text.Length && char.IsAsciiLetterLower(text[i]))
            {
                i++;
            }

            words++;
            if (i < text.Length && text[i] == ' ')
            {
                i++;
            }
        }

        return words >= 2 && i < text.Length && text[i] == ')' && text[i - 1] != ' ' ? i - start : 0;
    }

    private static bool IsRomanisedName(ReadOnlySpan<char> words)
    {
        var named = false;
        foreach (var range in words.Split(' '))
        {
            var kinds = NameWords.Of(words[range]);
            if ((kinds & WordKinds.NotName) != 0)
            {
                return false;
            }

            named |= (kinds & (WordKinds.FirstName | WordKinds.LastName)) != 0;
        }

        return named;
    }

    [GeneratedRegex(@"(?<![\u4E00-\u9FFF\uAC00-\uD7A3])(?:[\u4E00-\u9FFF]{2,4} ?[(（][A-Z][a-z]+(?: [A-Z][a-z]+){1,3}[)）]|[\uAC00-\uD7A3]{2,4} ?[(（][\u4E00-\u9FFF]{2,4}[)）]|[\u4E00-\u9FFF]{2,5}[(（][\u3040-\u30FF]{1,6}[ \u3000][\u3040-\u30FF]{1,6}[)）])")]
    private static partial Regex NameWithOtherWritingRegex();

    /// <summary>
    /// Whether a letter of a script without case stands in the text (Hebrew to Sinhala, Thai, Lao, Myanmar, Georgian, Ethiopic,
    /// Khmer, kana, CJK, Hangul).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasCaselessLetters(string text) => HasCaselessLetters(text.AsSpan());

    private static bool HasCaselessLetters(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\u0590', '\u0DFF') >= 0 || text.IndexOfAnyInRange('\u0E00', '\u137F') >= 0
        || text.IndexOfAnyInRange('\u1780', '\u17FF') >= 0
        || text.IndexOfAnyInRange('\u3040', '\u9FFF') >= 0 || text.IndexOfAnyInRange('\uAC00', '\uD7AF') >= 0;

    /// <summary>A letter of a caseless script, or a mark that belongs to one (Devanagari and Bengali vowel signs, Arabic vowels).</summary>
    internal static bool IsCaselessLetter(char c) =>
        c is '\u200C' or '\u200D' // the zero-width (non-)joiner inside a Persian or Indic word ("కూకట్‌పల్లి", "قنبری‌نژاد")
        || c >= '\u0590' && (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
        && c is (>= '\u0590' and <= '\u0DFF') or (>= '\u0E00' and <= '\u0EFF') or (>= '\u1000' and <= '\u109F') or (>= '\u10A0' and <= '\u10FF')
            or (>= '\u1200' and <= '\u137F') or (>= '\u1780' and <= '\u17FF') or (>= '\u3040' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or '々';

    private static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    /// <summary>Chinese characters and kana: words are not spaced, so a name is counted in characters.</summary>
    private static bool IsCjk(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF') or '々'; // "佐々木": the iteration mark repeats a character

    // ---- Labels -------------------------------------------------------------------------------------------------------

    // Form labels whose value is a person's name, and those whose value is an address. A label matches whole, or as the
    // first word of a longer one ("اسم المؤمن له", "اسم المريض"); CJK labels also as the end of one ("患者姓名").
    private static readonly string[] NameLabels =
    [
        "الاسم", "اسم", "الاسم الكامل", "שם", "שם מלא", "نام", "نام و نام خانوادگی", "नाम", "মরীজের নাম", "নাম", "ชื่อ", "ชื่อ-นามสกุล",
        // Bengali and Hindi "nickname" ("ডাকনাম: মিতু"): one word, without the space the labels ending in "name" have.
        "ডাকনাম", "उपनाम",
        "姓名", "氏名", "名前", "契約者", "相手方", "被保険者", "联系人", "申请人", "이름", "성함", "보호자", "ناو", "نام بیمار",
        // A physician's and a complainant's labels ("主治医师：周海燕", "მომჩივანი:"), and a signature.
        "主治医师", "医师", "医生", "担当医", "主治医", "მომჩივანი", "ხელმოწერა", "სახელი", "பெயர்", "签名", "簽名", "एजेंट",
        "主治醫師", "醫師", "醫生", "主診醫生", "護理師", "持卡人", "聯絡人", "聯繫人", "病患",
        // A patient's family on a Chinese chart and an account's holder in Japanese ("家属：王晓燕（女儿）", "口座名義：サトウ ミサキ").
        "家属", "家屬", "口座名義", "名義人",
        // An account's holder and a payee in Chinese ("户名：陈晓峰", "收款人：李娜").
        "户名", "戶名", "收款人",
        // The parties of a police statement, a claim or a chart: complainant, victim, suspect, insured, driver, patient.
        "受詢問人", "報案人", "报案人", "被害人", "受害人", "嫌疑人", "當事人", "当事人", "投保人", "被保险人", "被保險人", "車主", "车主",
        // A witness ("在場證人：吳佳蓉").
        "證人", "证人",
        "驾驶员", "駕駛人", "申請人", "患者", "病人", "申告者", "届出人", "通報者", "진술인", "신고인", "피해자", "가해자", "피의자",
        "보험계약자", "피보험자", "계약자", "환자명", "신청인", "예금주", "담당자", "민원인", "고소인", "피고소인", "مدعی", "مدعیہ", "ملزم", "شاکی", "المبلغ", "مقدم البلاغ", "الشاكي", "المشتكي",
        "المتهم", "المؤمن له", "المريض", "शिकायतकर्ता", "वादी", "प्रार्थी", "आवेदक", "अभियुक्त", "मरीज़", "मरीज", "रोगी", "ผู้แจ้ง",
        "ผู้เสียหาย", "ผู้ป่วย", "ผู้เอาประกัน", "คู่กรณี", "ผู้ขับขี่", "অভিযোগকারী", "রোগী", "நோயாளி", "புகார்தாரர்",
        // "Name" in Amharic, Burmese, Khmer, Lao, Punjabi, Telugu, Marathi, Gujarati, Kannada, Malayalam and Sinhala.
        "ስም", "ሙሉ ስም", "အမည်", "ឈ្មោះ", "ຊື່", "ਨਾਮ", "ਨਾਂ", "పేరు", "नाव", "નામ", "ಹೆಸರು", "പേര്", "නම",
        // Patients and doctors in Nepali, Punjabi, Sinhala and Amharic ("बिरामी: सुनिता थापा मगर", "ਡਾਕਟਰ:", "වෛද්‍ය:", "ሐኪም:").
        "बिरामी", "नाम थर", "ਮਰੀਜ਼", "ਡਾਕਟਰ", "වෛද්‍ය", "රෝගියා", "ሐኪም", "ሕመምተኛ", "አስታማሚ",
        // "Name of" in Sorani and "name" in Pashto ("ناوی نەخۆش:", "ناوی دایک:", "بشپړ نوم:"), doctors, officers, complainants,
        // the insured, nominees and carers in Telugu, Kannada, Malayalam and Burmese, and a claim's surveyor, the officer who
        // took a report and a bank's agent in Chinese.
        "ناوی", "نوم", "بشپړ نوم", "వైద్యుడు", "ఫిర్యాదుదారు", "ದೂರುದಾರರು", "ಫಿರ್ಯಾದುದಾರರು", "ತನಿಖಾಧಿಕಾರಿ", "ವೈದ್ಯರು",
        "ഇൻഷ്വർ ചെയ്ത വ്യക്തി", "ഇൻഷുർ ചെയ്ത വ്യക്തി", "നോമിനി", "ഡോക്ടർ", "രോഗി", "ကုသသူဆရာဝန်", "စောင့်ရှောက်သူ", "လူနာအမည်", "လူနာ",
        "查勘员", "查勘員", "询问人", "被询问人", "讯问人", "被讯问人", "詢問人", "被詢問人", "记录人", "記錄人", "报警人", "報警人", "業務員", "业务员", "의뢰의사", "의뢰 의사",
        // The patient's full name, the doctor in charge and the loss adjuster in Korean ("환자 성명: 김지현", "주치의: 박성민", "담당
        // 손해사정사: 이준호"); not "환자:" or "의사:" alone, which open the lines of a dialogue.
        // Khmer's patient's name and treating doctor, Malayalam's "the one giving the statement", and Chinese's beneficiary.
        "ឈ្មោះអ្នកជំងឺ", "វេជ្ជបណ្ឌិតព្យាបាល", "វេជ្ជបណ្ឌិត", "മൊഴി നൽകുന്നയാൾ", "受益人", "受益人姓名",
        // Hong Kong's insured person on a bilingual form ("Insured 受保人: 何詠詩") and the officers who answered a call in a
        // Chinese police record ("处警民警：赵磊（警号057316）").
        "受保人", "受保人姓名", "民警", "处警民警", "出警民警", "處警員警",
        "성명", "환자 성명", "담당의", "주치의", "손해사정사", "담당 손해사정사", "受理員警", "受理员警", "承办人", "承辦人", "经办人", "經辦人", "理赔员", "理賠員", "调查员", "調查員",
    ];

    // Titles and relatives that may open a labelled name and are not part of it ("వైద్యుడు: డా. రవి …", "നോമിനി: ഭാര്യ ശ്രീലേഖ",
    // "ತನಿಖಾಧಿಕಾರಿ: PSI …", "စောင့်ရှောက်သူ: သမီး …").
    private static readonly string[] LeadingTitles =
    [
        "డా. ", "ಡಾ. ", "ഡോ. ", "डॉ. ", "डा. ", "ডা. ", "ਡਾ. ", "டாக்டர் ", "ဒေါက်တာ ", "ዶ/ር ", "د. ", "ډاکټر ", "داکتر ", "PSI ", "ASI ", "SI ",
        "นางสาว", "นาง", "นาย", "ด.ช.", "ด.ญ.",
        "ഭാര്യ ", "ഭർത്താവ് ", "മകൻ ", "മകൾ ", "ಪತ್ನಿ ", "ಪತಿ ", "భార్య ", "భర్త ", "သမီး ", "သား ", "ဇနီး ", "ခင်ပွန်း ", "警員 ", "警员 ", "警員", "警员",
        // Korean relatives before the name ("보호자: 어머니 박미경").
        "어머니 ", "아버지 ", "남편 ", "아내 ", "아들 ", "딸 ", "배우자 ",
    ];

    private static readonly string[] AddressLabels =
    [
        "العنوان", "عنوان", "כתובת", "آدرس", "نشانی", "پتہ", "पता", "ঠিকানা", "ที่อยู่", "住所", "地址", "주소", "事故場所", "发生地点",
        "მისამართი", "முகவரி", "ठेगाना", "ঠিকনা",
        // "Address" in Amharic, Burmese, Khmer, Lao, Punjabi, Telugu, Marathi, Gujarati, Kannada, Malayalam and Sinhala.
        "አድራሻ", "နေရပ်လိပ်စာ", "လိပ်စာ", "អាសយដ្ឋាន", "ທີ່ຢູ່", "ਪਤਾ", "చిరునామా", "पत्ता", "સરનામું", "ವಿಳಾಸ", "വിലാസം", "ලිපිනය",
        // Where someone lives, as forms label it besides "address": residence in Dari and Persian, Arabic, Sorani, Pashto,
        // Hebrew, Hindi, Gujarati, Telugu, Kannada, Odia, Burmese, Khmer, Tigrinya's spelling, Japanese, Chinese and Korean.
        "سکونت", "محل سکونت", "السكن", "مكان السكن", "محل الإقامة", "مكان الإقامة", "ناونیشان", "شوێنی نیشتەجێبوون", "استوګنځی", "پته",
        "מגורים", "מקום מגורים", "निवास", "स्थायी पता", "રહેઠાણ", "నివాసం", "ವಾಸ", "ವಾಸಸ್ಥಳ", "ଠିକଣା", "နေရပ်", "ទីលំនៅ", "ኣድራሻ",
        "現住所", "户籍地址", "居住地址", "現居地址", "通讯地址", "通訊地址", "거주지", "실거주지",
    ];

    /// <summary>"الاسم: مشعل بن عايض الشهراني", "契約者：千葉 美穂", "العنوان: حي النسيم، خميس مشيط": a label, a colon, the value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeLabelledValues(TextScan scan)
    {
        var text = scan.Text;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (!AddLabelledValue(scan, lineStart, lineEnd, speakerSaid: false))
            {
                // "user: მისამართი: ვაჟა-ფშაველას გამზ. 71", "user: ឈ្មោះ សុខ ចាន់ធា …": the label after a speaker's.
                var afterSpeaker = TextScan.AfterSpeakerLabel(text, lineStart);
                if (afterSpeaker > lineStart && afterSpeaker < lineEnd)
                {
                    AddLabelledValue(scan, afterSpeaker, lineEnd, speakerSaid: true);
                }
            }

            lineStart = lineEnd + 1;
        }
    }

    // "Name" and "address" themselves, which a chat answer may open with and no colon after ("ឈ្មោះ សុខ ចាន់ធា",
    // "လိပ်စာ အမှတ် ၄၅"): only these, as a label like "patient" would take the words of a sentence.
    private static readonly string[] BareNameLabels = ["ឈ្មោះ", "အမည်", "ስም", "სახელი", "नाम", "নাম", "الاسم", "اسم", "نام", "姓名", "ຊື່", "ਨਾਮ", "பெயர்", "නම"];

    private static readonly string[] BareAddressLabels = ["అడ్రస్", "అడ్రెస్", "చిరునామా", "អាសយដ្ឋាន", "လိပ်စာ", "နေရပ်လိပ်စာ", "አድራሻ", "ኣድራሻ", "მისამართი", "पता", "ঠিকানা", "العنوان", "آدرس", "地址", "住址", "주소", "ທີ່ຢູ່", "ਪਤਾ", "முகவரி", "ලිපිනය", "سکونت", "ناونیشان"];

    // Korean words that make "address" a compound noun, not a label ("주소 변경 완료되었습니다": the change of address is done).
    private static readonly string[] AddressCompounds = ["변경", "확인", "정보", "수정", "등록", "이전"];

    // What ends a label: a colon, Ethiopic's word space (a colon after a label: "አድራሻ፡ ቦሌ …") and Khmer's colon ("ឈ្មោះអ្នកជំងឺ៖").
    private static readonly System.Buffers.SearchValues<char> LabelColons = System.Buffers.SearchValues.Create(":：፡៖");

    /// <summary>A label and its value from <paramref name="from"/>; whether the text there was a label of a name or an address.</summary>
    private static bool AddLabelledValue(TextScan scan, int from, int lineEnd, bool speakerSaid)
    {
        var text = scan.Text;
        var line = text.AsSpan(from, lineEnd - from);
        // The Ethiopic word space "፡" serves as a colon after a label ("አድራሻ፡ ቦሌ …"); Burmese forms put a dash there
        // ("နေရပ်လိပ်စာ - အမှတ် ၃၂၊ …").
        var colon = line[..Math.Min(line.Length, 32)].IndexOfAny(LabelColons);
        var separator = 1;
        if (colon <= 0 && line[..Math.Min(line.Length, 34)].IndexOf(" - ", StringComparison.Ordinal) is var dash and > 0
            && line[..dash] is var dashed && (IsExactLabel(dashed, AddressLabels) || IsExactLabel(dashed, NameLabels)))
        {
            (colon, separator) = (dash, 3);
        }

        if (colon <= 0)
        {
            var space = line[..Math.Min(line.Length, 24)].IndexOf(' ');
            if (!speakerSaid || space <= 0)
            {
                return false;
            }

            var bare = line[..space];
            if (IsLabel(bare, BareAddressLabels) && !StartsWithAny(line[(space + 1)..], AddressCompounds))
            {
                AddAddress(scan, from + space + 1, lineEnd);
                return true;
            }

            if (IsLabel(bare, BareNameLabels))
            {
                AddName(scan, from + space + 1, lineEnd, 0.8);
                return true;
            }

            return false;
        }

        var label = line[..colon].Trim(" *-•");
        var valueStart = from + colon + separator;
        while (valueStart < lineEnd && text[valueStart] == ' ')
        {
            valueStart++;
        }

        if (IsLabel(label, AddressLabels))
        {
            AddAddress(scan, valueStart, lineEnd);
            return true;
        }

        if (IsLabel(label, NameLabels))
        {
            AddName(scan, valueStart, lineEnd, 0.8);
            return true;
        }

        if (label.EndsWith("name", StringComparison.OrdinalIgnoreCase) || label.EndsWith("Name", StringComparison.Ordinal) || label.SequenceEqual("Patient"))
        {
            AddHanNameAfterRomanised(scan, valueStart, lineEnd);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "Name: CHAN Ka Yan (張嘉欣)", "Name: Lee Siu Fong 張小芳": on a line labelled with a name, the Chinese characters after
    /// the romanised name are the same person's name.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddHanNameAfterRomanised(TextScan scan, int lineStart, int lineEnd)
    {
        var text = scan.Text;
        foreach (var m in HanNameAfterLatinRegex().EnumerateMatches(text.AsSpan(lineStart, lineEnd - lineStart)))
        {
            var start = lineStart + m.Index;
            var (index, length) = text[start] == '(' ? (start + 1, m.Length - 2) : (start, m.Length);
            scan.Add(PiiEntityType.Person, index, length, 0.8);
        }
    }

    [GeneratedRegex(@"(?<=[A-Za-z] )(?:\([\u4E00-\u9FFF]{2,4}\)|[\u4E00-\u9FFF]{2,4}(?![\u4E00-\u9FFF]))")]
    private static partial Regex HanNameAfterLatinRegex();

    /// <summary>A label alone, not the first word of a title ("ਮਰੀਜ਼ ਰਜਿਸਟ੍ਰੇਸ਼ਨ - …" is a form's heading, not a patient).</summary>
    private static bool IsExactLabel(ReadOnlySpan<char> label, string[] labels)
    {
        foreach (var candidate in labels)
        {
            if (label.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLabel(ReadOnlySpan<char> label, string[] labels)
    {
        foreach (var candidate in labels)
        {
            if (label.SequenceEqual(candidate) || (label.StartsWith(candidate, StringComparison.Ordinal) && label.Length > candidate.Length && label[candidate.Length] == ' ')
                || (IsCjk(candidate[0]) && label.EndsWith(candidate, StringComparison.Ordinal))
                // "مریضہ کا نام", "मरीज का नाम", "চালকের নাম": whose name, with the word for "name" last.
                || (candidate is "नाम" or "نام" or "নাম" or "ਨਾਮ" && label.Length > candidate.Length && label.EndsWith(candidate, StringComparison.Ordinal)
                    && label[^(candidate.Length + 1)] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An address after its label: the rest of the line up to a bracket, at most 60 characters, in a caseless script.</summary>
    private static void AddAddress(TextScan scan, int start, int lineEnd)
    {
        var text = scan.Text;
        // A Chinese address opens with its province ("湖南省邵阳市…"), which is kept as a region is anywhere else.
        var province = text.AsSpan(start, Math.Min(5, lineEnd - start)).IndexOf('省');
        if (province > 0 && IsCjk(text[start]))
        {
            start += province + 1;
        }

        // Chinese and Japanese pack an address into fewer characters; the province or city that may end a long one is kept.
        var end = Math.Min(lineEnd, start + (start < lineEnd && IsCjk(text[start]) ? 60 : 100));
        var bracket = text.AsSpan(start, end - start).IndexOfAny('(', '（');
        if (bracket >= 0)
        {
            // "주소: 서울특별시 … (우편번호 03972)", "(03991)": the postcode in brackets after the address.
            AddBracketedPostcode(scan, start + bracket, end);
            end = start + bracket;
        }

        // "…, თბილისი. ტელ: 599 41 83 27": the next field's label after a full stop ends the address.
        for (var stop = text.AsSpan(start, end - start).IndexOf(". "); stop >= 0; stop = text.AsSpan(start + stop + 2, end - start - stop - 2).IndexOf(". ") is var next and >= 0 ? stop + 2 + next : -1)
        {
            if (NextWordIsLabel(text, start + stop + 2, end))
            {
                end = start + stop;
                break;
            }
        }
        end = start + text.AsSpan(start, end - start).TrimEnd(" .،,。").Length;
        // A house number or a quoted house name may come first ("ที่อยู่: 88/14 หมู่ 5 ตำบล…", "വിലാസം: "ശ്രീനിലയം", TC 12/345, …"),
        // as long as the value is written in the label's script and not only in digits.
        // A house number with its block's capitals may open it too ("ਪਤਾ: WZ-118, ਗਲੀ ਨੰ. 4, …").
        if (end - start >= 2 && (IsCaselessLetter(text[start])
            || (text[start] is '"' or '“' or '#' or >= '0' and <= '9' or >= 'A' and <= 'Z' && HasCaselessLetters(text.AsSpan(start, end - start)))))
        {
            scan.Add(PiiEntityType.StreetAddress, start, end - start, 0.8);
        }
    }

    /// <summary>A postcode of four to six digits inside the brackets at <paramref name="open"/>, alone or after its word.</summary>
    private static void AddBracketedPostcode(TextScan scan, int open, int limit)
    {
        var text = scan.Text;
        var close = text.AsSpan(open, limit - open).IndexOfAny(')', '）');
        if (close < 0)
        {
            return;
        }

        var inside = text.AsSpan(open + 1, close - 1);
        var digits = inside.Length - inside.TrimEnd("0123456789").Length;
        var word = inside[..^digits].TrimEnd(' ');
        if (digits is >= 4 and <= 6 && (word.Length == 0 || PostcodeWords.Contains(word)))
        {
            scan.Add(PiiEntityType.ZipCode, open + 1 + inside.Length - digits, digits, 0.8);
        }
    }

    // "Postcode" in Korean, Japanese, Chinese, Thai, Arabic and Russian.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PostcodeWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["우편번호", "〒", "郵便番号", "邮编", "郵編", "郵遞區號", "邮政编码", "รหัสไปรษณีย์", "الرمز البريدي", "رمز بريدي", "индекс"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Honorifics and particles that follow a name but are not part of it: Japanese 様/さん, Korean 님/씨 and the polite
    // endings of an answer ("박순자요", "김정훈이고", "김민수이며").
    private static readonly string[] NameClosers = ["様", "さん", "です", "님", "씨", "이고요", "이에요", "예요", "이고", "이며", "요", "입니다", "ครับ", "ค่ะ", "คะ"];

    // The words for "is" and "am" that close "my name is …" where the verb comes last (Urdu "میرا نام … ہے", Hindi "मेरा नाम
    // … है", Persian "اسمم … است"), and Thai polite particles written apart.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameTerminators = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["ہے", "ہوں", "है", "हूँ", "हूं", "است", "هستم", "ครับ", "ค่ะ", "คะ", "ነው", "ናት", "ነኝ", "ይላል", "ਹੈ", "ਹਾਂ",
         // Postpositions and "child of" after a name: Hindi के/की/का/को/ने/से/में/पर, Urdu کے/کی/کا/کو/نے/سے/میں, Persian فرزند/به/از.
         "के", "की", "का", "को", "ने", "से", "में", "पर", "کے", "کی", "کا", "کو", "نے", "سے", "میں", "فرزند", "به", "از", "وعندها", "وعنده",
         // Thai "age" after a name ("นายธนากร ศรีสุวรรณ อายุ 29 ปี"), and the identity card's number, telephone, address and
         // birth ("ดิฉันชื่อสมศรี วงศ์สวัสดิ์ เลขประจำตัวประชาชน 3-1005-…").
         "อายุ", "เลขประจำตัวประชาชน", "เลขบัตรประชาชน", "บัตรประชาชน", "เบอร์", "โทร", "โทรศัพท์", "ที่อยู่", "เกิด", "เกิดวันที่",
         // The next detail's word after a name: an identity card in Khmer and Burmese, "told" in Hindi, age in Nepali.
         "អត្តសញ្ញាណប័ណ្ណ", "មានអត្តសញ្ញាណប័ណ្ណ", "မှတ်ပုံတင်", "बताया", "उमेर", "उम्र",
         // Khmer "sex" and "age" after a name in a complaint ("ខ្ញុំបាទឈ្មោះ សុខ វិចិត្រ ភេទប្រុស អាយុ ៣៤ឆ្នាំ").
         "ភេទ", "ភេទប្រុស", "ភេទស្រី", "អាយុ",
         // Japanese honorifics written apart from the name ("石川 美咲 様", "高橋 さん").
         "様", "さま", "さん", "氏", "殿", "君", "ちゃん",
         // The phone's word after a name ("คู่กรณี: นางสาวพิมพ์ชนก รัตนวงศ์ โทร 08…") in Thai, Khmer, Hindi and Urdu.
         "โทร", "เบอร์", "ទូរស័ព្ទ", "मोबाइल", "फोन", "موبائل", "فون"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A name from <paramref name="start"/>: up to four words of a caseless script (six characters of CJK), ending at
    /// punctuation, a bracket or the line's end. Digits or a longer run mean the value is something else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddName(TextScan scan, int start, int limit, double score)
    {
        var text = scan.Text;
        foreach (var title in LeadingTitles)
        {
            if (text.AsSpan(start, limit - start).StartsWith(title, StringComparison.Ordinal))
            {
                start += title.Length;
                break;
            }
        }

        if (start >= limit || !IsCaselessLetter(text[start]))
        {
            return;
        }

        // "아내 이지은이 거래 과정…", "경사 정태호가": a Korean name of three syllables with the particle joined to it.
        if (KoreanNameWithParticle(text, start, limit) is var korean and > 0)
        {
            scan.Add(PiiEntityType.Person, start, korean, score);
            return;
        }

        var i = start;
        var words = 1;
        var maxWords = 4;
        var cjk = 0;
        var terminated = false;
        // Burmese joins a name's syllables and spaces its phrases: the name is the one word after the title ("ဦးကျော်ဇင်ထွန်း").
        var burmese = text[start] is >= '\u1000' and <= '\u109F';
        // Thai spaces its phrases, not its words: a name is the given name and the family name, and what follows the second
        // space is the sentence going on ("ผมชื่อ ธนพล ศรีสุวรรณ อยากแจ้งว่า…").
        var thai = IsThai(text[start]);
        while (i < limit)
        {
            var c = text[i];
            if (burmese && c == ' ')
            {
                terminated = true;
                break;
            }

            if (thai && c == ' ' && words == 2)
            {
                terminated = true;
                break;
            }

            if (IsCaselessLetter(c) || (c == '-' && i + 1 < limit && IsCaselessLetter(text[i + 1]) && i > start))
            {
                cjk += IsCjk(c) ? 1 : 0;
                i++; // a hyphen inside a family name too ("ბერიძე-ქავთარაძე", "בן-שושן")
            }
            else if (c == ' ' && EndsWithCloser(text, start, i))
            {
                terminated = true; // "권다은이고요 지난주에": a Korean particle closes the name, whatever follows
                break;
            }
            else if (c is ' ' or '\u3000' && cjk > 0 && NextWordIsLabel(text, i + 1, limit))
            {
                terminated = true; // "病人姓名：陳怡君　性別：女": the next field's label ends the name
                break;
            }
            else if (c == ' ' && i + 1 < limit && IsCaselessLetter(text[i + 1]) && words < maxWords)
            {
                var next = i + 1;
                while (next < limit && IsCaselessLetter(text[next]))
                {
                    next++;
                }

                var word = text.AsSpan(i + 1, next - i - 1);
                if (NameTerminators.Contains(word))
                {
                    terminated = true;
                    break;
                }

                // "محمد عرفان ولد غلام رسول": the father's name after "son of" is the same record's person too.
                if (Patronymics.Contains(word))
                {
                    maxWords = 8;
                }

                words++;
                i++;
            }
            else
            {
                break;
            }
        }

        // What stops the name must be punctuation, a bracket, the end, or a particle that closes it ("김정훈이고 010…"): a
        // digit or a Latin word right after it means the field holds something else ("환자: 480322-2418227이에요").
        var end = TrimCloser(text, start, i);
        if (end == i && !terminated && i < limit && !(text[i] is ',' or '،' or '，' or '、' or '.' or '。' or '(' or '（' or ')' or '）' or '!' or '?' or '؟' or '？' or '।' or ';' or '\r' or '\u3000' or '\'' or '"' or '’' or '”' or '」' or '』' or '።' or '፣' or '။' or '၊' or '។'
            || (text[i] == ' ' && i + 1 < limit && !char.IsLetterOrDigit(text[i + 1]))
            || (text[i] == ' ' && scan.HasCandidate(PiiEntityType.Phone, i + 1))))
        {
            return;
        }

        if (end - start >= 2 && cjk <= 8)
        {
            scan.Add(PiiEntityType.Person, start, end - start, score);
        }
    }

    // Korean particles joined to a name: subject, topic, object, possessive, "to", "and", "from".
    private static readonly string[] KoreanParticles = ["에게서", "에게", "한테", "이가", "이는", "이를", "이의", "이랑", "이", "가", "은", "는", "을", "를", "의", "와", "과", "하고", "께서", "께"];

    /// <summary>
    /// The length of a Korean name at <paramref name="start"/> written with a particle joined to it ("이지은이", "정태호가",
    /// "박서연에게"): three syllables opening with a family name, then a particle; 0 when the word is not one.
    /// </summary>
    private static int KoreanNameWithParticle(string text, int start, int limit)
    {
        var end = start;
        while (end < limit && text[end] is >= '\uAC00' and <= '\uD7AF')
        {
            end++;
        }

        if (end - start is < 4 or > 6 || !KoreanFamilyNames.Contains(text[start]))
        {
            return 0;
        }

        var rest = text.AsSpan(start + 3, end - start - 3);
        foreach (var particle in KoreanParticles)
        {
            if (rest.SequenceEqual(particle))
            {
                return 3;
            }
        }

        return 0;
    }

    /// <summary>Whether the word at <paramref name="from"/> is a form's next label: letters and then a colon ("性別：").</summary>
    private static bool NextWordIsLabel(string text, int from, int limit)
    {
        var end = from;
        while (end < limit && end - from <= 12 && IsCaselessLetter(text[end]))
        {
            end++;
        }

        return end > from && end < limit && text[end] is ':' or '：';
    }

    // "Son of", "daughter of" and "wife of" inside an Arabic, Urdu or Persian name.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Patronymics = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["ولد", "بن", "بنت", "ابن", "زوجہ", "دختر", "پسر"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool EndsWithCloser(string text, int start, int end)
    {
        foreach (var closer in NameClosers)
        {
            if (end - start > closer.Length + 1 && text.AsSpan(start, end - start).EndsWith(closer, StringComparison.Ordinal) && closer[0] >= '\uAC00')
            {
                return true;
            }
        }

        return false;
    }

    private static int TrimCloser(string text, int start, int end)
    {
        foreach (var closer in NameClosers)
        {
            if (end - start > closer.Length + 1 && text.AsSpan(start, end - start).EndsWith(closer, StringComparison.Ordinal))
            {
                return text.AsSpan(start, end - start - closer.Length).TrimEnd(' ').Length + start;
            }
        }

        return end;
    }

    // ---- Answers ------------------------------------------------------------------------------------------------------

    // Questions for a name, and for where someone lives: the next line's answer is the value.
    private static readonly System.Buffers.SearchValues<string> NameQuestions = System.Buffers.SearchValues.Create(
        ["성함", "이름", "اسمك", "اسم حضرتك", "الاسم", "اسم المريض", "اسم المؤمن", "שמך", "שם שלך", "שם מלא", "اسمتون", "اسم شما", "نام بیمار",
         "نام و نام خانوادگی", "آپ کا نام", "اپنا نام", "आपका नाम", "अपना नाम", "নাম কী", "আপনার নাম", "ชื่ออะไร", "ชื่อ-นามสกุล", "お名前",
         "姓名", "名字", "叫什么",
         // "Name" in requests for details in Georgian, Khmer, Burmese, Amharic, Kurdish, Sinhala, Nepali and Tamil ("გთხოვთ
         // მიუთითოთ სახელი, გვარი…", "សូមផ្តល់ឈ្មោះពេញ…", "အမည်အပြည့်အစုံ…").
         "სახელი", "ឈ្មោះ", "အမည်", "ስም", "ناوی", "නම", "नाम", "பெயர்",
         // Pashto's "full name", "your name" ("خپل بشپړ نوم … راکړئ").
         "بشپړ نوم", "خپل نوم", "ستاسو نوم"],
        StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> HomeQuestions = System.Buffers.SearchValues.Create(
        ["어디 사세요", "어디 살", "تہاڈا پتہ", "آپ کا پتہ", "اپنا پتہ", "تمہارا پتہ", "आपका पता", "अपना पता", "وين ساكن", "أين تسكن", "فين ساكن", "איפה אתה גר", "איפה את גרה", "کجا زندگی", "کہاں رہتے", "कहाँ रहते", "कहां रहते", "কোথায় থাকেন", "อยู่ที่ไหน", "住在哪", "どちらにお住まい"],
        StringComparison.Ordinal);

    /// <summary>"성함이 어떻게 되세요?\n환자: 박순자요.", "어디 사세요?\n환자: 충주 연수동이요.": the answer on the next line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeAnswers(TextScan scan)
    {
        var text = scan.Text;
        for (var lineEnd = text.IndexOf('\n'); lineEnd > 0; lineEnd = text.IndexOf('\n', lineEnd + 1))
        {
            var question = text.AsSpan(0, lineEnd).TrimEnd(" \r");
            if (question.Length == 0)
            {
                continue;
            }

            var asks = question[^1] is '?' or '؟' or '？';
            question = question[(question.LastIndexOf('\n') + 1)..];
            var nameAt = question.IndexOfAny(NameQuestions);
            var names = nameAt >= 0;

            // A request without a question mark asks too ("請提供您的姓名、身分證字號", "성함과 주민등록번호 확인 부탁드립니다"),
            // but not a form's label with its value ("姓名：张伟").
            if (!asks && !(names && question[nameAt..].IndexOfAny(':', '：') < 0 && question[(nameAt + 1)..].ContainsAnyExcept(' ')))
            {
                continue;
            }

            if (!names && question.IndexOfAny(HomeQuestions) < 0)
            {
                continue;
            }

            var nextEnd = text.IndexOf('\n', lineEnd + 1);
            nextEnd = nextEnd < 0 ? text.Length : nextEnd;
            var start = AfterSpeaker(text, lineEnd + 1, nextEnd);
            if (names)
            {
                AddName(scan, start, nextEnd, 0.75);
            }
            else
            {
                AddAddress(scan, start, nextEnd);
            }
        }
    }

    /// <summary>Where a line's words start after its speaker's label ("환자: ", "العميل: ", "客户：").</summary>
    private static int AfterSpeaker(string text, int lineStart, int lineEnd)
    {
        var colon = text.AsSpan(lineStart, Math.Min(24, lineEnd - lineStart)).IndexOfAny(':', '：');
        var start = colon < 0 ? lineStart : lineStart + colon + 1;
        while (start < lineEnd && text[start] == ' ')
        {
            start++;
        }

        return start;
    }

    // ---- Introductions ------------------------------------------------------------------------------------------------

    // "I am", "my name is" and an agent's "with you": the name follows, and ends at punctuation ("أنا خالد عبد الرحيم الزعبي،",
    // "我叫邬晓芸，", "שמי דנה כהן.", "معك سارة،").
    private static readonly string[] NameOpeners =
    [
        "أنا ", "انا ", "اسمي ", "معك ", "معاك ", "معكم ", "שמי ", "קוראים לי ", "اسمم ", "اسم من ", "میرا نام ", "मेरा नाम ", "আমার নাম ",
        "ผมชื่อ", "ฉันชื่อ", "ดิฉันชื่อ", "หนูชื่อ", "เราชื่อ", "คุณยาย", "คุณตา", "คุณแม่", "คุณพ่อ", "我叫", "我的名字是", "名前は", "제 이름은 ", "이름은 ",
        "என் பெயர் ", "என் மகன் ", "என் மகள் ", "儿子 ", "女儿 ",
        // An account holder's name after its label without a colon ("户名刘晓燕"), and "name" as the next item of a list
        // of details ("पॉलिसी 4471, नाम रामस्वरूप शर्मा, उम्र …").
        "户名", "戶名", "收款人", ", नाम ", ", নাম ", "، نام ", "، اسم ",
        // Relatives before their name ("मेरे पिताजी रामअवतार यादव (उम्र 92 साल)", "아들 김정훈이고"): the same closing evidence applies.
        "पिताजी ", "पिता जी ", "माताजी ", "पति ", "पत्नी ", "बेटे ", "बेटी ", "ابني ", "بنتي ", "زوجي ", "زوجتي ", "والدي ", "والدتي ",
        "아들 ", "딸 ", "남편 ", "아내 ", "친구 ", "동생 ",
        // Korean roles and police ranks before a name ("판매자 '박서연'에게", "담당 수사관: 경사 정태호").
        "판매자 ", "구매자 ", "상담원 ", "담당자 ", "예금주 ", "명의자 ", "수사관 ", "경사 ", "경위 ", "경장 ", "순경 ", "경감 ", "간호사 ", "어머니 ", "아버지 ",
        // "My name" in Amharic ("ስሜ ትዕግስት ወልደማርያም ገብሩ ነው"), Punjabi, Telugu, Marathi, Burmese and Khmer.
        "ስሜ ", "ਮੇਰਾ ਨਾਮ ", "నా పేరు ", "माझे नाव ", "ကျွန်တော့်နာမည် ", "ကျွန်မနာမည် ", "ខ្ញុំឈ្មោះ",
        // A person named by what others call them ("يدعى راجو كومار،", "对方司机叫赵丽，"), and a Japanese relative ("母の佐藤和子（").
        "يدعى ", "تدعى ", "司机叫", "男子叫", "女子叫", "名叫", "母の", "父の", "妻の", "夫の", "祖母の", "祖父の",
        // "Her/his name" (Arabic, Moroccan "my name"), relatives in Urdu and Hindi, and personal titles of these scripts ("آقای
        // رضا قنبری‌نژاد", "श्री रमेश", "นายธนากร ศรีสุวรรณ", "ד"ר אנה גולדפרב"), and the undersigned of a Persian letter.
        "اسمها ", "اسمه ", "سميتي ", "میرے بیٹے ", "میری بیٹی ", "میرے شوہر ", "میری بیوی ", "मेरी पत्नी ", "मेरे पति ", "मेरे बेटे ", "मेरी बेटी ",
        // Punjabi in Shahmukhi ("میرا ناں …", "، ناں زاہد اقبال"), and Khmer relatives ("ម្ដាយខ្ញុំ ឈិម សារ៉ុន").
        "میرا ناں ", "، ناں ", "ម្ដាយខ្ញុំ ", "ម្តាយខ្ញុំ ", "ឪពុកខ្ញុំ ", "ប្ដីខ្ញុំ ", "ប្តីខ្ញុំ ", "ប្រពន្ធខ្ញុំ ", "កូនខ្ញុំ ", "បងប្រុសខ្ញុំ ", "បងស្រីខ្ញុំ ",
        "آقای ", "خانم ", "اینجانب ", "السيد ", "السيدة ", "الأستاذ ", "جناب ", "श्री ", "श्रीमती ", "डॉ. ", "জনাব ", "นาย", "นางสาว", "ד\"ר ", "מר ",
        // Egyptian reports name people after "the so-called/", a role and a slash ("المدعو/ كريم فتحي عوض", "البواب/ عم سيد"),
        // Sorani's "by the name of" ("بە ناوی هێمن کەریم"), Amharic titles ("ወ/ሮ ትዕግስት", "አቶ ዳዊት", "ዶ/ር ሰላማዊት"), Punjabi's
        // doctor, Sinhala's wife and husband, Burmese "Daw" joined to the name ("ဒေါ်ခင်မြတ်နိုး"), and Hindi's "name of"
        // ("ट्रक चालक का नाम मुकेश यादव बताया गया").
        "المدعو/ ", "المدعوة/ ", "المدعو ", "المدعوة ", "السيد/ ", "السيدة/ ", "المتهم/ ", "الشاهد/ ", "المجني عليه/ ", "البواب/ ",
        "بە ناوی ", "به ناوی ", "ወ/ሮ ", "ወ/ሪት ", "አቶ ", "ዶ/ር ", "ਡਾ. ", "ਡਾ ", "බිරිඳ ", "සැමියා ", "ဒေါ်", "का नाम ", "کا نام ", "की पत्नी ",
        // Lao "Mrs", "Mr" and "Sir" ("ເມຍ: ນາງ ແສງຈັນ"), Khmer "I, named" as a man and a woman say it ("ខ្ញុំបាទឈ្មោះ សុខ វិចិត្រ"),
        // Amharic "his name" and "her name" ("ስሙ ቤተልሄም ካሳ ይላል").
        "ນາງ ", "ທ້າວ ", "ທ່ານ ", "นาง",
        // Thai police ranks joined to the name ("พนักงานสอบสวน พ.ต.ท.วีระพงษ์ …").
        "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.", "ด.ต.", "จ.ส.ต.", "ส.ต.อ.", "ខ្ញុំបាទឈ្មោះ", "នាងខ្ញុំឈ្មោះ", "ስሙ ", "ስሟ ",
        // Burmese "U", "Ko" and "Maung" joined to the name, and "Doctor" before it ("ဦးကျော်ဇင်ထွန်း", "မောင်သက်နိုင်").
        "ဦး", "ကို", "မောင်", "ဒေါက်တာ ",
        // "Alias" in Punjabi and Hindi before a quoted nickname ("ਏਜੰਟ ਗੁਰਪ੍ਰੀਤ ਉਰਫ਼ 'ਦੀਪਾ'").
        "ਉਰਫ਼ '", "ਉਰਫ '", "उर्फ '", "उर्फ़ '", "ਉਰਫ਼ \"", "उर्फ \"",
    ];

    // The first words after "أنا" / "저는" that say what the speaker does or is, not who ("أنا ساكن في …", "أنا متأكد").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["ساكن", "ساكنة", "من", "في", "مش", "ما", "لا", "بدي", "عايز", "عاوز", "متأكد", "متأكدة", "آسف", "اسف", "هنا", "كنت", "اللي", "ابغى", "أبغى",
         "أبي", "ابي", "مريض", "مريضة", "العميل", "الزبون", "طالب", "طالبة", "موظف", "موظفة", "والله", "بخير", "تمام", "جاي", "رايح",
         "환자", "고객", "보호자"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The words that close "I … speaking" in Hindi, Urdu, Bengali and Hebrew: the name stands between ("मैं सुनीता यादव बोल
    // रही हूँ"). Not "I am …" ("मैं बहुत परेशान हूँ" is "I am very worried").
    private static readonly (string Opener, string[] Closers)[] EnclosedNames =
    [
        ("मैं ", ["बोल"]), ("میں ", ["بول"]), ("আমি ", ["বলছি", "বলছিলাম"]), ("אני ", ["מדבר", "מדברת"]), ("நான் ", ["பேசுகிறேன்", "பேசுறேன்"]),
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeIntroductions(TextScan scan)
    {
        var text = scan.Text;
        foreach (var opener in NameOpeners)
        {
            foreach (var at in PhraseStarts(text, opener))
            {
                var start = at + opener.Length;
                if (opener == "นาง" && text.AsSpan(start).StartsWith("สาว", StringComparison.Ordinal))
                {
                    continue; // "นางสาว" (Miss) is its own opener
                }

                if (start < text.Length && text[start] == ' ' && opener[^1] != ' ' && opener[0] is >= '\u1000' and <= '\u109F')
                {
                    continue; // "(YGN 7M-4821) ကို ရွှေတိဂုံ…": Burmese "Ko" spaced off is the object's particle, no title
                }

                while (start < text.Length && text[start] == ' ')
                {
                    start++; // "หนูชื่อ ศิริพร": Thai may leave a space after the phrase
                }

                if (start + 1 < text.Length && text[start] is '\'' or '"' or '‘' or '“' or '「')
                {
                    start++; // "판매자 '박서연'에게"
                }

                var firstEnd = start;
                while (firstEnd < text.Length && IsCaselessLetter(text[firstEnd]))
                {
                    firstEnd++;
                }

                // After "I am" a name has two words or more and no "very" ("أنا متعب جدا،" is "I am very tired").
                var iAm = opener is "أنا " or "انا ";
                if (firstEnd > start && !NotNames.Contains(text.AsSpan(start, firstEnd - start))
                    && !(iAm && (firstEnd + 1 >= text.Length || text[firstEnd] != ' ' || !IsCaselessLetter(text[firstEnd + 1]) || HasIntensifier(text, firstEnd))))
                {
                    var lineEnd = text.IndexOf('\n', start);
                    AddName(scan, start, lineEnd < 0 ? text.Length : lineEnd, 0.75);
                }
            }
        }

        foreach (var (opener, closers) in EnclosedNames)
        {
            foreach (var at in PhraseStarts(text, opener))
            {
                // One to three words, then the closing word.
                var start = at + opener.Length;
                var i = start;
                for (var words = 0; words < 3 && i < text.Length && IsCaselessLetter(text[i]); words++)
                {
                    var wordEnd = i;
                    while (wordEnd < text.Length && IsCaselessLetter(text[wordEnd]))
                    {
                        wordEnd++;
                    }

                    if (StartsWithAny(text.AsSpan(i), closers))
                    {
                        if (words > 0)
                        {
                            scan.Add(PiiEntityType.Person, start, i - 1 - start, 0.75);
                        }

                        break;
                    }

                    i = wordEnd < text.Length && text[wordEnd] == ' ' ? wordEnd + 1 : text.Length;
                }
            }
        }
    }

    private static readonly string[] Intensifiers = [" جدا", " جداً", " كثير", " كتير", " مرة", " شوي", " شوية", " خالص", " أوي", " اوي"];

    /// <summary>Whether "very", "a lot" or "a bit" follows within the clause from <paramref name="from"/>.</summary>
    private static bool HasIntensifier(string text, int from)
    {
        var end = text.AsSpan(from).IndexOfAny("،,.\n؟?!");
        var clause = text.AsSpan(from, end < 0 ? text.Length - from : end);
        foreach (var word in Intensifiers)
        {
            if (clause.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where <paramref name="phrase"/> stands in the text at a word's start (not inside another word).</summary>
    // ---- Honorifics ---------------------------------------------------------------------------------------------------

    // Japanese honorifics after a name ("佐藤 恵子様", "娘さんの美咲さん") and Korean 씨 ("박지훈 씨").
    private static readonly string[] JapaneseHonorifics = ["様", "さま", "さん", "ちゃん", "殿"];

    // What Japanese puts before an honorific that is no name: the customer, the patient, family and roles ("お客様",
    // "患者様", "娘さん", "看護師さん").
    private static readonly string[] JapaneseNotNames =
    [
        "客", "患者", "皆", "奥", "娘", "息子", "お子", "旦那", "主人", "家族", "利用者", "契約者", "被保険者", "会員", "相手", "担当者", "担当",
        "先生", "看護師", "医師", "運転手", "母", "父", "姉", "兄", "妹", "弟", "祖母", "祖父", "孫", "嫁", "婿", "隣", "近所", "社長", "部長",
        "課長", "店長", "各位", "神", "王", "姫", "警察", "店員", "受付", "職員", "業者", "方", "親", "両親", "赤", "坊",
    ];

    // The commonest Korean family names: a three-syllable word opening with one, before 씨 or a comma, is a name.
    private const string KoreanFamilyNames = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄변채원천방공현함염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉";

    /// <summary>"佐藤 恵子様", "美咲さん", "박지훈 씨", "고객: 이서연, …": a name by the honorific or the answer's comma after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeHonorifics(TextScan scan)
    {
        var text = scan.Text;
        if (text.AsSpan().IndexOfAnyInRange('\u3040', '\u9FFF') >= 0)
        {
            foreach (var honorific in JapaneseHonorifics)
            {
                for (var at = text.IndexOf(honorific, StringComparison.Ordinal); at > 0; at = text.IndexOf(honorific, at + 1, StringComparison.Ordinal))
                {
                    AddJapaneseName(scan, text, at);
                }
            }
        }

        if (text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0)
        {
            foreach (var honorific in ChineseHonorifics)
            {
                for (var at = text.IndexOf(honorific, StringComparison.Ordinal); at > 0; at = text.IndexOf(honorific, at + 1, StringComparison.Ordinal))
                {
                    AddChineseNameBeforeHonorific(scan, text, at, honorific.Length);
                }
            }

            AddChineseNamesAfterKin(scan, text);
        }

        // Cantonese "Mr" and "Mrs" as one character after a family name ("梁生，", "陳太 "): only standing alone, as "卫生" or
        // "太太" inside a phrase are other words; or before a greeting ("黃生你好").
        for (var at = text.AsSpan().IndexOfAny('生', '太'); at >= 0; at = text.AsSpan(at + 1).IndexOfAny('生', '太') is var next and >= 0 ? at + 1 + next : -1)
        {
            if (at >= 1 && ChineseFamilyNames.Contains(text[at - 1]) && (at == 1 || !IsCaselessLetter(text[at - 2]))
                && (at + 1 == text.Length || !IsCaselessLetter(text[at + 1]) || text.AsSpan(at + 1).StartsWith("你好", StringComparison.Ordinal)
                    || text.AsSpan(at + 1).StartsWith("您好", StringComparison.Ordinal) || text.AsSpan(at + 1).StartsWith("早晨", StringComparison.Ordinal)))
            {
                scan.Add(PiiEntityType.Person, at - 1, 2, 0.7);
            }
        }

        if (text.AsSpan().IndexOfAnyInRange('\uAC00', '\uD7AF') >= 0)
        {
            for (var start = 0; start < text.Length; start++)
            {
                if (IsHangul(text[start]) && (start == 0 || !IsHangul(text[start - 1])) && start + 3 <= text.Length
                    && IsHangul(text[start + 1]) && IsHangul(text[start + 2]) && (start + 3 == text.Length || !IsHangul(text[start + 3]))
                    && KoreanFamilyNames.Contains(text[start])
                    && (KoreanRoleBefore(text, start)
                        || (start + 3 < text.Length && KoreanNameFollows(text, start + 3) && text[start + 2] is not ('님' or '분' or '자' or '사' or '관'))
                        || LooksLikeKoreanFullName(text, start)))
                {
                    scan.Add(PiiEntityType.Person, start, 3, 0.75);
                }
            }
        }
    }

    // Chinese forms of address after a family name ("王女士", "陳先生", "林小姐").
    private static readonly string[] ChineseHonorifics = ["主任", "老先生", "老太太", "先生", "女士", "小姐", "太太", "老师", "老師", "阿姨", "师傅", "師傅", "伯伯", "醫師", "医师", "醫生", "医生", "護士", "护士", "律師", "律师", "警官",
        // Grandparents and elders as a ward's notes name them ("李奶奶住院").
        "奶奶", "爷爷", "爺爺", "婆婆", "阿婆", "公公", "阿公"];

    // Relatives before a name with nothing between ("我老公李建国", "我細佬陳志明", "我係佢個仔陳志偉", "母親 王美玲").
    private static readonly string[] ChineseKinWords =
        ["老公", "老婆", "丈夫", "妻子", "太太", "儿子", "兒子", "女儿", "女兒", "爸爸", "妈妈", "媽媽", "父亲", "父親", "母亲", "母親", "哥哥", "姐姐",
         "弟弟", "妹妹", "細佬", "家姐", "個仔", "个仔", "個女", "阿爸", "阿媽", "老豆", "朋友", "邻居", "鄰居",
         // A husband as "her/my 先生", and the roles a report names people by ("專員陳志明來電", "对方驾驶员李梅（").
         "其先生", "她先生", "我先生", "專員", "专员", "驾驶员", "駕駛員", "警員", "警员", "司機", "司机",
         // A spouse ("我爱人李秀英"), and the writer of a complaint or statement naming themself ("本人黃嘉欣（身份證…").
         "爱人", "愛人", "本人",
         // Grandchildren ("我孙子张磊").
         "孙子", "孫子", "孙女", "孫女", "外孙", "外孫"];

    /// <summary>"我老公李建国可能…": a family name right after a relative's word opens a name of three characters (two when a
    /// punctuation mark or a space ends it).</summary>
    private static void AddChineseNamesAfterKin(TextScan scan, string text)
    {
        static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
        foreach (var kin in ChineseKinWords)
        {
            for (var at = text.IndexOf(kin, StringComparison.Ordinal); at >= 0; at = text.IndexOf(kin, at + 1, StringComparison.Ordinal))
            {
                var start = at + kin.Length;
                if (start < text.Length && text[start] == ' ')
                {
                    start++;
                }

                if (start + 1 >= text.Length || !ChineseFamilyNames.Contains(text[start]) || !IsHan(text[start + 1]))
                {
                    continue;
                }

                var length = start + 2 < text.Length && IsHan(text[start + 2]) ? 3 : 2;
                // "本人" opens a statement about its writer too ("本人高血压，"): there the name must end at a mark or a space and
                // hold no word of illness.
                if (kin == "本人" && ((start + length < text.Length && IsHan(text[start + length])) || text.AsSpan(start + 1, length - 1).IndexOfAny(IllnessCharacters) >= 0))
                {
                    continue;
                }

                scan.Add(PiiEntityType.Person, start, length, 0.75);
            }
        }
    }

    // Characters of illness and care, which no given name holds.
    private static readonly System.Buffers.SearchValues<char> IllnessCharacters = System.Buffers.SearchValues.Create("血压壓病症糖尿癌痛炎药藥医醫院疾患伤傷");

    // Words of thanks and requests that open with a family name's character ("谢谢王女士" is "thank you, Ms Wang").
    private static readonly System.Collections.Frozen.FrozenSet<string> CourtesyWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["谢谢", "謝謝", "多谢", "多謝", "感谢", "感謝", "请问", "請問", "您好", "你好", "通知", "联系", "聯繫", "麻烦", "麻煩", "告诉", "告訴", "陪同", "转告", "轉告"],
        StringComparer.Ordinal);

    // The commonest Chinese family names, in simplified and traditional writing.
    private const string ChineseFamilyNames = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
        + "肖萧蕭田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍"
        + "史陶黎贺賀顾顧毛郝龚龔邵钱錢严嚴覃武戴莫孔汤湯岑伍温溫欧歐区區麦麥关關邝鄺黎冼甘柯翁庄莊";

    /// <summary>
    /// "谢谢王女士" → "王女士", "陳志明先生" → "陳志明": a family name before a form of address is someone's name; with a
    /// given name of two characters when the three stand after no other Chinese character.
    /// </summary>
    private static void AddChineseNameBeforeHonorific(TextScan scan, string text, int honorific, int length)
    {
        static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
        if (honorific >= 3 && ChineseFamilyNames.Contains(text[honorific - 3]) && IsHan(text[honorific - 2]) && IsHan(text[honorific - 1])
            && !ChineseFamilyNames.Contains(text[honorific - 1]) && !CourtesyWords.Contains(text.Substring(honorific - 3, 2)))
        {
            scan.Add(PiiEntityType.Person, honorific - 3, 3, 0.75);
        }
        else if (ChineseFamilyNames.Contains(text[honorific - 1]))
        {
            scan.Add(PiiEntityType.Person, honorific - 1, 1 + length, 0.75);
        }
    }

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7AF';

    private static bool KoreanNameFollows(string text, int end) =>
        text[end] is '씨' or ',' || (text[end] == ' ' && end + 1 < text.Length && text[end + 1] == '씨'
            && (end + 2 == text.Length || !IsHangul(text[end + 2])))
        || (text[end] == ' ' && KoreanTitleAt(text, end + 1));

    // The commonest family names, and the syllables Korean given names are mostly made of: a word of a common family name and
    // two such syllables, standing alone, is a full name ("김도윤", "박성민", "최유리") even with no title after it.
    private const string CommonKoreanFamilyNames = "김이박최정강조윤장임한오서신권황";
    private const string KoreanGivenNameSyllables = "민서지현준윤우연영수진은혜호훈성희경재동상태하주예도시아나린빈원석철숙순미선혁규인환승범채율건소다유";

    // The word stands alone (no particle joined to it): the caller has checked that no syllable follows.
    private static bool LooksLikeKoreanFullName(string text, int start) =>
        CommonKoreanFamilyNames.Contains(text[start]) && KoreanGivenNameSyllables.Contains(text[start + 1])
        && KoreanGivenNameSyllables.Contains(text[start + 2]) && text[start + 1] != text[start + 2];

    // A clinician's or an officer's title after the name ("신경과 이민호 교수님", "김지은 간호사").
    private static readonly string[] KoreanTitles = ["교수", "선생님", "간호사", "원장", "과장", "팀장", "주임", "경위", "경사", "순경", "수간호사"];

    private static bool KoreanTitleAt(string text, int at)
    {
        foreach (var title in KoreanTitles)
        {
            if (text.AsSpan(at).StartsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The words right before a name that say whose it is, written without a label's colon ("환자 이름 박순자", "담당의 이정훈",
    // "어머니 박순자").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KoreanRolesBefore = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["이름", "성함", "성명", "환자명", "담당의", "주치의", "어머니", "아버지", "남편", "아내", "아들", "딸", "보호자", "배우자", "할머니", "할아버지"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool KoreanRoleBefore(string text, int start)
    {
        if (start < 3 || text[start - 1] != ' ')
        {
            return false;
        }

        var wordStart = start - 1;
        while (wordStart > 0 && IsHangul(text[wordStart - 1]))
        {
            wordStart--;
        }

        return KoreanRolesBefore.Contains(text.AsSpan(wordStart, start - 1 - wordStart));
    }

    /// <summary>The kanji or katakana before a Japanese honorific, with one space between family and given name.</summary>
    private static void AddJapaneseName(TextScan scan, string text, int honorific)
    {
        var start = honorific;
        var spaced = false;
        while (start > 0 && (IsKanjiOrKatakana(text[start - 1]) || (!spaced && text[start - 1] == ' ' && start - 1 > 0
            && IsKanjiOrKatakana(text[start - 2]) && start < honorific)))
        {
            spaced |= text[start - 1] == ' ';
            start--;
        }

        var name = text.AsSpan(start, honorific - start);
        var letters = name.Length - (spaced ? 1 : 0);
        if (letters is < 2 or > 5)
        {
            return;
        }

        foreach (var word in JapaneseNotNames)
        {
            if (name.EndsWith(word, StringComparison.Ordinal))
            {
                return;
            }
        }

        scan.Add(PiiEntityType.Person, start, name.Length, 0.75);
    }

    private static bool IsKanjiOrKatakana(char c) => c is (>= '\u30A0' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF');

    private static IEnumerable<int> PhraseStarts(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            // Chinese, Japanese and Khmer do not space their words: a phrase of theirs starts wherever it stands ("对方司机叫赵丽",
            // "របស់ម្ដាយខ្ញុំ …"); nor does a phrase that opens with punctuation ("، ناں …").
            if (at == 0 || !IsCaselessLetter(text[at - 1]) || IsCjk(phrase[0]) || phrase[0] is >= '\u1780' and <= '\u17FF' || !char.IsLetter(phrase[0]))
            {
                yield return at;
            }
        }
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // ---- Places -------------------------------------------------------------------------------------------------------

    // Where someone lives or was: the town is the next word or two ("ساكن في الحصن", "قرب إربد", "גר בחיפה" reads as one word).
    private static readonly string[] PlaceOpeners =
    [
        "ساكن في ", "ساكنة في ", "أسكن في ", "اسكن في ", "ساكن ب", "ساكنين في ", "ساكن ف", "من مدينة ", "في مدينة ", "مدينة ", "حي ", "قرب ", "جنب ",
        // "He lives" and "she lives" before the district, as police reports in the Gulf write it ("يسكن الورقاء 3").
        "يسكن ", "تسكن ", "تولد ", "مواليد ", "ويقيم في ", "يقيم في ", "وتقيم في ", "تقيم في ",
        // Thai district and subdistrict, also abbreviated ("อ.สันกำแพง", "ต.ออนใต้"); not the province (จังหวัด), which is kept.
        "ساکن ", "در شهر ", "شهر ", "نزدیک ", "गांव ", "गाँव ", "ज़िला ", "জেলা ", "গ্রাম ", "อำเภอ", "ตำบล", "ต.", "อ.",
        // Bangkok's subdistrict and district, a lane, a housing estate and a road ("แขวงคลองจั่น เขตบางกะปิ", "ซอยลาดพร้าว 101").
        "แขวง", "เขต", "ซอย", "หมู่บ้าน", "ถนน", "ถ.",
        // India's and Pakistan's village, sub-district and district in Hindi, Marathi, Punjabi and Urdu ("ਵਾਸੀ ਪਿੰਡ ਬਿਲਗਾ, ਤਹਿਸੀਲ ਫਿਲੌਰ").
        "ग्राम ", "जिला ", "तहसील ", "तालुका ", "ਪਿੰਡ ", "ਤਹਿਸੀਲ ", "ਜ਼ਿਲ੍ਹਾ ", "ਜ਼ਿਲਾ ", "گاؤں ", "تحصیل ", "ضلع ",
        // Hebrew joins "in" to the town ("גר בחיפה"): the opener ends with it.
        "גר ב", "גרה ב", "גרים ב", "מתגורר ב", "מתגוררת ב", "ליד ", "בעיר ",
    ];

    // Words that end a place's name: prepositions and conjunctions of Arabic and Persian.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceStops = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["قرب", "في", "من", "على", "عند", "مع", "الى", "إلى", "وما", "و", "بس", "لكن", "جنب", "از", "در", "هستم", "است",
         // The postpositions of Hindi, Punjabi and Urdu ("ਜ਼ਿਲ੍ਹਾ ਜਲੰਧਰ ਦਾ ਰਹਿਣ ਵਾਲਾ", "जिला सीकर का निवासी").
         "का", "की", "के", "में", "से", "को", "ਦਾ", "ਦੀ", "ਦੇ", "ਵਿੱਚ", "ਵਿਚ", "ਤੋਂ", "ਨੂੰ", "کا", "کی", "کے", "میں", "سے"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Hospitals in Hindi, Punjabi and Urdu: a place's opener before one names the hospital's district, not a home.
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HospitalWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["अस्पताल", "चिकित्सालय", "ਹਸਪਤਾਲ", "ہسپتال"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Addresses by their numbered parts, with no label before them: a Chinese road and its lane, number, floor and room
    /// ("张杨路 1188弄 47号 602室", "羅斯福路三段 118 巷 4 號 7 樓"), a Hong Kong estate's floor and flat ("富亨邨亨泰樓8樓812室"), a
    /// Korean road and building ("월드컵로 18길 47, 201호", "정자일로 118, 447동 1803호") and a Japanese block, lot and
    /// building ("神宮前4-18-7 メゾン表参道 302号"). The numbered parts, not the road's name, are the evidence.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeAddressShapes(TextScan scan)
    {
        var text = scan.Text;
        if (!scan.HasDigit)
        {
            return;
        }

        if (text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0)
        {
            scan.AddMatches(ChineseAddressRegex(), PiiEntityType.StreetAddress, 0.8);
            scan.AddMatches(JapaneseAddressRegex(), PiiEntityType.StreetAddress, 0.8);
        }

        scan.AddMatchesInScript('\uAC00', '\uD7A3', KoreanAddressRegex(), PiiEntityType.StreetAddress, 0.8);

        if (text.AsSpan().IndexOfAnyInRange('\u0E00', '\u0E7F') >= 0)
        {
            scan.AddMatches(ThaiAddressRegex(), PiiEntityType.StreetAddress, 0.8);
            scan.AddMatches(ThaiAbbreviatedDateRegex(), PiiEntityType.Date, 0.8);
        }

        // Cambodia's house number opens an address ("ផ្ទះលេខ 27 ផ្លូវ 371 សង្កាត់…"), which runs to the line's end or its phone.
        if (text.AsSpan().IndexOfAnyInRange('\u1780', '\u17FF') >= 0)
        {
            for (var at = text.IndexOf("ផ្ទះលេខ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("ផ្ទះលេខ", at + 1, StringComparison.Ordinal))
            {
                var lineEnd = text.IndexOf('\n', at);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                var phone = text.IndexOf("ទូរស័ព្ទ", at, lineEnd - at, StringComparison.Ordinal);
                AddAddress(scan, at, phone > at ? phone : lineEnd);
            }
        }

        // Myanmar's citizenship card: state number, township letters, the card's kind in brackets, six digits
        // ("12/ဗဟန(နိုင်)045817" once its digits read as ASCII).
        scan.AddMatchesInScript('\u1000', '\u109F', MyanmarCitizenshipCardRegex(), PiiEntityType.PassportNumber, 0.85);

        RecognizePostcodesAfterTowns(scan);
    }

    [GeneratedRegex(@"(?<!\d)\d{1,2}/[\u1000-\u109F]{3,12}\((?:နိုင်|ဧည့်|ပြု|N|E|P)\)\d{6}(?!\d)")]
    private static partial Regex MyanmarCitizenshipCardRegex();

    /// <summary>
    /// Five or six digits after a town in a caseless script that ends an address ("लहुराबीर, वाराणसी 221001 |", "திருப்பரங்குன்றம்,
    /// மதுரை 625005.", "อ.เมือง จ.อุดรธานี 41000 "): the town closes a list of the address's parts (a comma, or a Thai province's
    /// "จ." before it), and the line or sentence ends after the digits, or a Thai phrase follows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizePostcodesAfterTowns(TextScan scan)
    {
        var text = scan.Text;
        foreach (var (start, end) in scan.DigitRuns)
        {
            // The digits follow the town after a space, or after a dash as Indian addresses write a PIN ("વડોદરા - 390021").
            var gap = start >= 5 && text[start - 1] == ' ' && text[start - 2] == '-' && text[start - 3] == ' ' ? 2 : 0;
            if (end - start is < 5 or > 6 || text[start] == '0' || start < 3 + gap || text[start - 1] != ' ' || !IsCaselessLetter(text[start - 2 - gap])
                || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '/' or ':')))
            {
                continue;
            }

            var townStart = start - 1 - gap;
            while (townStart > 0 && (IsCaselessLetter(text[townStart - 1]) || text[townStart - 1] == '.'))
            {
                townStart--;
            }

            // A town of two words ("الدار البيضاء 20330"): the list's comma stands before the first.
            if (townStart >= 3 && text[townStart - 1] == ' ' && IsCaselessLetter(text[townStart - 2])
                && text.AsSpan(Math.Max(0, townStart - 4), Math.Min(4, townStart)).IndexOfAny(',', '،') < 0)
            {
                var firstWord = townStart - 1;
                while (firstWord > 0 && IsCaselessLetter(text[firstWord - 1]))
                {
                    firstWord--;
                }

                if (firstWord >= 2 && text[firstWord - 1] == ' ' && text[firstWord - 2] is ',' or '،')
                {
                    townStart = firstWord;
                }
            }

            var thaiProvince = text.AsSpan(townStart).StartsWith("จ.", StringComparison.Ordinal);
            var next = end;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            var endsAddress = next == text.Length || text[next] is '\n' or '\r' or '|' or '.' or ',' or ';' or ')' or '।' || (thaiProvince && IsThai(text[next]));
            var lineStart = text.LastIndexOf('\n', townStart) + 1;
            var listed = thaiProvince || (townStart >= 2 && text.AsSpan(Math.Max(lineStart, townStart - 3), townStart - Math.Max(lineStart, townStart - 3)).IndexOfAny(',', '،') >= 0);
            if (endsAddress && listed && !scan.HasCandidate(PiiEntityType.ZipCode, start))
            {
                scan.Add(PiiEntityType.ZipCode, start, end - start, 0.8);
            }
        }
    }

    // A Thai house's number and its village's ("บ้านเลขที่ 47 หมู่ 8", "เลขที่ 12/3 ม.4"), and a flat in a building ("ห้อง 1804 ตึก B").
    [GeneratedRegex(@"(?:บ้านเลขที่|เลขที่)\s?\d{1,4}(?:/\d{1,4})?(?:\s?(?:หมู่(?:ที่)?|ม\.)\s?\d{1,3})?|ห้อง(?:เลขที่)?\s?\d{2,5}(?:\s?(?:ตึก|อาคาร)\s?[A-Za-z0-9ก-ฮ]{1,4})?")]
    private static partial Regex ThaiAddressRegex();

    // "15 ม.ค. 2568": a day, an abbreviated Thai month and the Buddhist era's year if written.
    [GeneratedRegex(@"(?<!\d)(?:0?[1-9]|[12]\d|3[01]) ?(?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)(?: ?(?:25|24)\d{2}(?!\d))?")]
    private static partial Regex ThaiAbbreviatedDateRegex();

    // A road (路, 街, 道, 巷, 里, 村, with its section) and one or more numbered parts; or a building's floor and flat. The
    // road's name holds no word that ends a phrase before it ("地址是", "住在", "位于"), nor "city" or "district".
    [GeneratedRegex(@"[\u4E00-\u9FFF-[是在于住的了和与到从址市區区縣县省]]{1,8}(?:路|街|道|里|村)(?:[一二三四五六七八九十]段)?(?:\s?\d{1,5}\s?[巷弄號号樓楼層层室棟栋座](?:之\d{1,3})?)+|[\u4E00-\u9FFF-[是在于住的了和与到从址市區区縣县省]]{2,8}?\d{1,3}\s?[樓楼層层]\s?(?:\d{1,4}\s?室|[A-Z]\s?座)")]
    private static partial Regex ChineseAddressRegex();

    // Block, lot and number ("神宮前4-18-7"), then a building and its flat if written; the block's name starts after the
    // ward or city (区, 市) and is no ordinal (第).
    [GeneratedRegex(@"[\u4E00-\u9FFF\u30A0-\u30FF-[区市都県府第条は在の]]{1,8}\d{1,2}-\d{1,4}-\d{1,4}(?:\s?[\u30A0-\u30FF\u4E00-\u9FFFA-Za-z]{1,12}\s?\d{1,4}号室?)?(?!\d)")]
    private static partial Regex JapaneseAddressRegex();

    // A road (로, 길) and its building number, then a lane (번길), a block (동) or a flat (호); at least one of those parts.
    [GeneratedRegex(@"[가-힣0-9]{1,12}(?:로|길) ?\d{1,4}(?:(?:번?길 ?\d{1,4})(?:-\d{1,4})?(?:,? ?\d{1,4}동)?(?:,? ?\d{1,5}호)?|(?:-\d{1,4})?(?:,? ?\d{1,4}동)(?:,? ?\d{1,5}호)?|(?:-\d{1,4})?,? ?\d{1,5}호)")]
    private static partial Regex KoreanAddressRegex();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizePlaces(TextScan scan)
    {
        var text = scan.Text;
        foreach (var opener in PlaceOpeners)
        {
            foreach (var at in PhraseStarts(text, opener))
            {
                var start = at + opener.Length;
                if (opener[^1] == 'ف' && start + 1 < text.Length && text[start] == 'ي' && text[start + 1] == ' ')
                {
                    continue; // "ساكن في …": the separate "في" has an opener of its own; Moroccan joins it ("ساكن فحي")
                }

                // Thai writes no spaces between words: its district's name is the one run after the abbreviation ("อ.สันกำแพง").
                var maxWords = text[start - 1] == '.' || IsThai(text[start]) ? 1 : 2;
                var end = start;
                for (var words = 0; words < maxWords && end < text.Length && IsCaselessLetter(text[end]); words++)
                {
                    var wordEnd = end;
                    while (wordEnd < text.Length && IsCaselessLetter(text[wordEnd]))
                    {
                        wordEnd++;
                    }

                    if (PlaceStops.Contains(text.AsSpan(end, wordEnd - end)) || (words > 0 && text[end] is 'و' or 'ו'))
                    {
                        break;
                    }

                    if (HospitalWords.Contains(text.AsSpan(end, wordEnd - end)))
                    {
                        end = start; // "जिला महिला अस्पताल": the district's hospital, no one's home
                        break;
                    }

                    end = wordEnd;
                    if (end + 1 >= text.Length || text[end] != ' ' || !IsCaselessLetter(text[end + 1]))
                    {
                        break;
                    }

                    end++;
                }

                end = start + text.AsSpan(start, end - start).TrimEnd(' ').Length;
                if (end - start >= 2)
                {
                    scan.Add(PiiEntityType.City, start, end - start, 0.7);
                }
            }
        }

        // "बोल रही हूँ फूलपुर से।", "میں لاہور سے ہوں": Hindi and Urdu put "from" after the town; the sentence must end or
        // close with "I am" right after it ("कल रात से साँस …", since last night, goes on).
        foreach (var m in FromTownRegex().EnumerateMatches(text))
        {
            scan.Add(PiiEntityType.City, m.Index, text.AsSpan(m.Index, m.Length).IndexOf(' '), 0.7);
        }

        if (text.AsSpan().IndexOfAnyInRange('\u4E00', '\u9FFF') >= 0)
        {
            foreach (var m in CjkPlaceRegex().EnumerateMatches(text))
            {
                // Chinese has no spaces: a grammatical character before the name is not part of it ("是湖州市" is "is Huzhou"), nor a
                // province's suffix.
                var (index, length) = LeadingParticles.Contains(text[m.Index]) && m.Length > 3 ? (m.Index + 1, m.Length - 1) : (m.Index, m.Length);
                // A city and its district ("深圳市南山区"): the common words are looked for in the city's part, as a district may
                // end like one ("南山区" is no "mountain area").
                var firstPart = text.AsSpan(index, length).IndexOfAny(PlaceSuffixes) is var suffix and >= 1 && suffix + 1 < length ? suffix + 1 : length;
                // "成都市": Chengdu holds "都市" (a metropolis) in its name.
                if ((text.AsSpan(index).StartsWith("成都", StringComparison.Ordinal) || !ContainsCommonPlaceWord(text.AsSpan(index, firstPart)))
                    && !NamesAnInstitution(text, index + length))
                {
                    scan.Add(PiiEntityType.City, index, length, 0.7);
                }
            }
        }
    }

    // Grammatical characters, and the suffix of a province or prefecture before its city ("岐阜県高山市": the city is 高山市).
    private static readonly System.Buffers.SearchValues<char> LeadingParticles = System.Buffers.SearchValues.Create("是在从到于的了和与住往去省県");

    // What a hospital, police office, court, bank or government named after its city ends with ("上海市第六人民医院",
    // "新北市政府警察局板橋分局", "深圳市公安局南山分局粤海派出所").
    private static readonly string[] InstitutionSuffixes =
        ["医院", "醫院", "公安局", "警察局", "分局", "派出所", "法院", "银行", "銀行", "政府", "大学", "大學", "卫生院", "衛生院", "诊所", "診所", "病院", "警察署",
         // A city's own bureaus ("札幌市交通局").
         "局"];

    /// <summary>Whether the run of Chinese characters that goes on at <paramref name="end"/> names an institution of the place before it.</summary>
    private static bool NamesAnInstitution(string text, int end)
    {
        var runEnd = end;
        while (runEnd < text.Length && runEnd - end < 16 && text[runEnd] is >= '\u4E00' and <= '\u9FFF')
        {
            runEnd++;
        }

        // What the city runs, "立" right after its name ("大阪市立総合医療センター"); not a street that merely holds the character
        // ("深圳市罗湖区立新路").
        var run = text.AsSpan(end, runEnd - end);
        if (run.StartsWith('立') && run.IndexOfAny("路街道巷弄号號") < 0)
        {
            return true;
        }

        foreach (var suffix in InstitutionSuffixes)
        {
            if (run.Contains(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> PlaceSuffixes = System.Buffers.SearchValues.Create("市县縣");

    private static bool ContainsCommonPlaceWord(ReadOnlySpan<char> place)
    {
        foreach (var word in CommonPlaceWords)
        {
            if (place.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{M}])[\u0900-\u097F\u0600-\u06FF][\p{L}\p{M}]+ (?:से|سے)(?=[।۔.,،!?]| (?:हूँ|हूं|हैं|ہوں|ہیں))|(?<![\p{L}\p{M}])[\u0900-\u097F\u0600-\u06FF][\p{L}\p{M}]+ (?:में|میں) (?=रहत|रहती|رہت|رہتی)")]
    private static partial Regex FromTownRegex();

    // A Chinese or Japanese place by its suffix: city, county, district, town, village ("湖州市长兴县", "真岡市"), and a Japanese
    // block ("荒町2丁目"); not a province or prefecture (省, 県), which is no smaller than a state. Words that end the same way
    // but name no place are left ("超市", "城市", "社区").
    [GeneratedRegex(@"[\u4E00-\u9FFF]{2,3}(?:市|县|縣|区|區|镇|鎮|町|村|邨)(?:[\u4E00-\u9FFF]{2}(?:县|区|镇|町|村))?(?:\d{1,2}丁目)?|[\u4E00-\u9FFF]{1,3}\d{1,2}丁目")]
    private static partial Regex CjkPlaceRegex();

    private static readonly string[] CommonPlaceWords =
        ["超市", "城市", "都市", "夜市", "股市", "上市", "本市", "该市", "全市", "门市", "社区", "小区", "地区", "城区", "市区", "郊区", "景区", "山区",
         "专区", "农村", "乡村", "全县", "本县", "市町", "区域", "市场", "市民"];

    // ---- Dates --------------------------------------------------------------------------------------------------------

    /// <summary>
    /// "2024年11月14日", "11月14日", "2024년 11월 14일": a day written with the characters for year, month and day; and
    /// Japanese plates.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RecognizeDates(TextScan scan)
    {
        if (!scan.HasDigit)
        {
            return;
        }

        foreach (var m in CjkDateRegex().EnumerateMatches(scan.Text))
        {
            scan.Add(PiiEntityType.Date, m.Index, m.Length, 0.8);
        }

        // A Japanese plate: the office's name, the class number, a kana and the serial ("栃木 330 さ 41-82").
        foreach (var m in JapanesePlateRegex().EnumerateMatches(scan.Text))
        {
            scan.Add(PiiEntityType.LicenseNumber, m.Index, m.Length, 0.8);
        }
    }

    [GeneratedRegex(@"[\u4E00-\u9FFF]{1,4}\s?\d{2,3}\s?[\u3041-\u3096]\s?\d{1,2}-\d{2}")]
    private static partial Regex JapanesePlateRegex();

    // And a Korean year of birth ("1931년생": born in 1931).
    [GeneratedRegex(@"(?:\d{4}\s?[年년]\s?)?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일號号]|(?:19|20)\d{2}년생")]
    private static partial Regex CjkDateRegex();
}
