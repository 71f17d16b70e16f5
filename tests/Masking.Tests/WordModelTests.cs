using Masking.Learned;
using Xunit.Abstractions;

namespace Masking.Tests;

/// <summary>
/// The word model (<see cref="WordModel"/>): trained on the review sets, it adds the names and places the rules left.
/// The held-out test trains it without three sets, as if they were new, and measures what it does to them.
/// </summary>
public sealed class WordModelTests(ITestOutputHelper output)
{
    private static readonly string ReviewFolder = Path.Combine(AppContext.BaseDirectory, "Review");

    // Two groups of sets, each left out of the training in turn: one alone moves by a few values from one change of the
    // rules to the next.
    private static readonly string[][] HeldOut =
    [
        ["fresh-29.tsv", "fresh-30.tsv", "fresh-31.tsv"],
        ["fresh-22.tsv", "fresh-23.tsv", "fresh-24.tsv", "fresh-25.tsv"],
    ];

    [Fact]
    public void ShippedModel_WasTrainedOnTheReviewSetsInTheRepository()
    {
        var digest = ReviewSet.Digest(ReviewSet.Files(ReviewFolder));

        // When this fails, a review set was added or changed without training the model again: run tests/WordModelBuilder.
        Assert.Equal(Convert.ToHexString(digest), Convert.ToHexString(WordModel.Shipped.TrainingDigest));
    }

    [Fact]
    public void ShippedCommonWords_AreTheOnesTheReviewSetsInTheRepositoryGive()
    {
        var expected = ReviewCommonWords.From(ReviewSet.Files(ReviewFolder).SelectMany(ReviewSet.Read));

        // When this fails, a review set was added or changed without writing the list again: run tests/WordModelBuilder
        // --common-words, then train the model.
        Assert.True(expected.Count > 1000);
        Assert.All(expected, word => Assert.True(ReviewCommonWords.Shipped.Contains(word), word));
        Assert.Equal(expected.Count, ReviewCommonWords.Shipped.Set.Count);
    }

    [Theory]
    [InlineData("está", true)]     // Spanish, in dozens of review texts and in no marked value
    [InlineData("hermano", true)]
    [InlineData("maria", false)]   // a name: in marked values
    [InlineData("kofi", false)]
    public void ReviewCommonWords_HoldTheWordsOfOtherLanguagesNotTheNames(string word, bool common)
        => Assert.Equal(common, ReviewCommonWords.Shipped.Contains(word));

    [Fact]
    public void HeldOutSets_TheModelTrainedWithoutThemLeaksLessAndKeepsNearlyAsMuch()
    {
        var files = ReviewSet.Files(ReviewFolder);
        int rulesLeaks = 0, rulesOver = 0, modelLeaks = 0, modelOver = 0;
        foreach (var group in HeldOut)
        {
            var training = files.Where(f => !group.Contains(Path.GetFileName(f))).SelectMany(ReviewSet.Read);
            var model = WordModelTrainer.Train(training.Select(c => new LabelledText(c.Text, c.Masked, c.Kept)), new byte[32]);
            var heldOut = files.Where(f => group.Contains(Path.GetFileName(f))).SelectMany(ReviewSet.Read).ToList();

            var (leaks, over, total, kept) = Measure(PiiAnalyzer.CreateRulesOnly(PiiAnalyzer.DefaultThreshold), heldOut);
            var (withModel, overWithModel, _, _) = Measure(PiiAnalyzer.Create(PiiAnalyzer.DefaultThreshold, model), heldOut);
            output.WriteLine($"held out {string.Join(", ", group)}: {total} values to mask, {kept} to keep; leaked {leaks} → {withModel}, kept values masked {over} → {overWithModel}");
            (rulesLeaks, rulesOver, modelLeaks, modelOver) = (rulesLeaks + leaks, rulesOver + over, modelLeaks + withModel, modelOver + overWithModel);
        }

        // Measured when the model was introduced: 490 → 428 leaks (−13 %), 167 → 177 kept values masked; with the
        // thirty-second review's rules and set, 483 → 428 and 167 → 173; trained on 38 sets, 483 → 398 and 166 → 179.
        // The trade it must keep: three leaks closed, at least, for each kept value it masks.
        Assert.True(modelLeaks <= rulesLeaks * 0.93, $"the model should cut the held-out leaks by 7 % or more: {rulesLeaks} → {modelLeaks}");
        Assert.True(rulesLeaks - modelLeaks >= 3 * (modelOver - rulesOver),
            $"the model should close three leaks or more for each kept value it masks: leaks {rulesLeaks} → {modelLeaks}, kept values masked {rulesOver} → {modelOver}");
    }

    [Fact]
    public void KeptSpans_APersonTheReviewsKeptInAnInstitutionsNameIsDropped_TheSamePersonAsAPatientStays()
    {
        // The rules read the words after a form's label as a person either way; the reviews keep a clinic's name and mask
        // a patient's. Trained on ten names, the model must tell two new ones apart by their neighbours alone.
        string[] names = ["Ruby Hall", "Grace Hill", "Mary Wood", "Rose King", "Ivy Stone", "Pearl Young", "Iris Moore", "Daisy Hart",
            "Hazel Ward", "Violet Cole", "Agnes Porter", "Clara Bishop"];
        var training = names[..10].SelectMany(n => new[]
        {
            new LabelledText($"Hospital: {n} Clinic, Sassoon Road.", [], [$"{n} Clinic"]),
            new LabelledText($"Patient: {n}, Sassoon Road.", [n], []),
        });
        var analyzer = PiiAnalyzer.Create(PiiAnalyzer.DefaultThreshold, WordModelTrainer.Train(training, new byte[32]));

        foreach (var name in names[10..])
        {
            Assert.DoesNotContain(analyzer.Analyze($"Hospital: {name} Clinic, Sassoon Road."), m => m.Type == PiiEntityType.Person);
            Assert.Contains(analyzer.Analyze($"Patient: {name}, Sassoon Road."), m => m.Type == PiiEntityType.Person && m.Length == name.Length);
        }
    }

    [Fact]
    public void Training_SameTextsGiveTheSameWeights()
    {
        var cases = ReviewSet.Read(Path.Combine(ReviewFolder, "fresh-20.tsv")).Select(c => new LabelledText(c.Text, c.Masked, c.Kept)).ToList();

        var first = WordModelTrainer.Train(cases, new byte[32]);
        var second = WordModelTrainer.Train(cases, new byte[32]);

        Assert.True(first.Weights.SequenceEqual(second.Weights));
        Assert.True(first.HiddenWeights.SequenceEqual(second.HiddenWeights));
        Assert.Contains(first.Weights.ToArray(), w => w != 0);
    }

    [Fact]
    public void WriteAndRead_GiveTheSameModel()
    {
        var stream = new MemoryStream();
        WordModel.Shipped.Write(stream);
        stream.Position = 0;

        var read = WordModel.Read(stream);

        Assert.True(read.Weights.SequenceEqual(WordModel.Shipped.Weights));
        Assert.True(read.HiddenWeights.SequenceEqual(WordModel.Shipped.HiddenWeights));
        Assert.Equal(WordModel.Shipped.TrainingDigest, read.TrainingDigest);
    }

    [Fact]
    public void Read_AFileOfAnotherFormat_IsRefusedByName()
    {
        var error = Assert.Throws<InvalidDataException>(() => WordModel.Read(new MemoryStream("not a model at all, just text"u8.ToArray())));

        Assert.Contains("magic", error.Message);
    }

    [Fact]
    public void Read_ATruncatedModel_IsRefusedWithItsSize()
    {
        var stream = new MemoryStream();
        WordModel.Shipped.Write(stream);
        var truncated = stream.ToArray()[..1000];

        var error = Assert.Throws<InvalidDataException>(() => WordModel.Read(new MemoryStream(truncated)));

        Assert.Contains("1000 bytes", error.Message);
    }

    [Theory]
    [InlineData("Patient seen on Saturday at the NSW clinic with Dr Patel.")]
    [InlineData("Spoke with Barclays about the Toyota loan, see Selangor branch.")]
    public void Candidates_WordsTheListsSettleAreNotAsked(string text)
    {
        var candidates = new List<WordCandidate>();

        WordFeatures.Find(text, PiiAnalyzer.CreateRulesOnly(0.5).Analyze(text), candidates, []);

        // Weekdays, states, titles, organisations, makers and regions never reach the model; nor "Patient", an English word only.
        Assert.DoesNotContain(candidates, c => text.Substring(c.Start, c.Length) is "Saturday" or "NSW" or "Dr" or "Barclays" or "Toyota" or "Selangor" or "Patient");
    }

    [Fact]
    public void Candidates_AWordTheRulesMaskedIsNotAsked()
    {
        const string text = "Patient Maria Gonzalez was seen by Ifeoluwa today.";
        var matches = PiiAnalyzer.CreateRulesOnly(0.5).Analyze(text);
        var candidates = new List<WordCandidate>();

        WordFeatures.Find(text, matches, candidates, []);

        Assert.Contains(matches, m => text.Substring(m.Start, m.Length).Contains("Gonzalez"));
        Assert.DoesNotContain(candidates, c => text.Substring(c.Start, c.Length) is "Maria" or "Gonzalez");
    }

    [Theory]
    [InlineData("Clinic called back. pls tell kofi the results are in, Monday 10am.", "kofi")]
    [InlineData("Claims table | tan wei ming | S8812345D", "ming")]
    [InlineData("Hi, it's priya again. Any update on the refund?", "priya")]
    [InlineData("Nieuw adres: Oudegracht 211 utrecht, zei hij.", "utrecht")]
    public void Candidates_ALowerCaseListedNameOrTownInATextWithCapitalsIsAsked(string text, string name)
        => Assert.Contains(name, CandidateWords(text));

    [Theory]
    [InlineData("Patient said she will bring the bill on Monday, and we can mark it paid.")] // names that are ordinary words
    [InlineData("Seen by Dr Okonkwo-hale. Ref: maria-lopez@mail.example, user marianne_k")] // runs inside words and handles
    public void Candidates_LowerCaseOrdinaryWordsAndPartsOfWordsAreNotAsked(string text)
        => Assert.DoesNotContain(CandidateWords(text), word => char.IsLower(word[0]));

    [Fact]
    public void Find_AdjacentWordsBecomeOneSpan()
    {
        var weights = new float[1 << WordFeatures.Bits];
        Array.Fill(weights, 1f); // every candidate scores near 1
        var model = WordModel.Linear(weights, new byte[32]);
        const string text = "the message was from Quarshie Ngozika, then nothing";

        var found = model.Find(text, [], 0.5);

        Assert.NotNull(found);
        var span = Assert.Single(found);
        Assert.Equal("Quarshie Ngozika", text.Substring(span.Start, span.Length));
        Assert.Equal(PiiEntityType.Person, span.Type);
    }

    [Theory]
    [InlineData(1f, true)]
    [InlineData(-1f, false)]
    public void Score_TheHiddenLayerAddsItsActiveUnitsToTheWideSum(float output, bool personal)
    {
        // The wide part says nothing (all zero); every table weight is 0.01, so each hidden unit sums 0.01 per feature and is
        // active; the output weights alone decide which way the score goes.
        var model = HiddenLayerOnly(tableWeight: 0.01f, output);
        uint[] features = [1, 2, 3, 4, 5];

        var score = model.Score(features);

        // 96 units × 5 features × 0.01 × ±1 = ±4.8: 0.992 or 0.008.
        Assert.Equal(WordModel.HiddenUnits, 96);
        Assert.Equal(personal ? 0.9918 : 0.0082, score, 4);
    }

    [Fact]
    public void Score_ARectifiedUnitBelowZeroAddsNothing()
    {
        var model = HiddenLayerOnly(tableWeight: -0.01f, output: 1f);

        Assert.Equal(0.5, model.Score([1, 2, 3]), 6);
    }

    [Fact]
    public void Find_ScoresBelowTheThresholdAddNothing()
    {
        var weights = new float[1 << WordFeatures.Bits];
        Array.Fill(weights, -1f); // every candidate scores near 0
        var model = WordModel.Linear(weights, new byte[32]);

        Assert.Null(model.Find("the message was from Quarshie Ngozika, then nothing", [], 0.5));
    }

    [Fact]
    public void Confidence_PutsTheOperatingPointAtTheDefaultThresholdAndRisesWithProbability()
    {
        Assert.Equal(PiiAnalyzer.DefaultThreshold, WordModel.Confidence(WordModel.OperatingPoint), 9);
        Assert.Equal(0.0, WordModel.Confidence(0.0), 9);
        Assert.Equal(1.0, WordModel.Confidence(1.0), 9);
        var previous = -1.0;
        for (var p = 0.0; p <= 1.0; p += 0.01)
        {
            var confidence = WordModel.Confidence(p);
            Assert.True(confidence > previous, $"not rising at {p}");
            previous = confidence;
        }
    }

    [Theory]
    [InlineData(0.0f)]   // probability 0.50
    [InlineData(-0.5f)]  // 0.38
    [InlineData(-1.1f)]  // 0.25
    [InlineData(-2.0f)]  // 0.12
    public void Find_MasksAWordFromTheOperatingPointUp(float outputBias)
    {
        // The wide part is zero and the hidden layer silent, so every candidate's probability is the logistic of the bias.
        var model = new WordModel(new float[1 << WordFeatures.Bits], new float[WordModel.HiddenUnits << WordModel.HiddenBits],
            new float[WordModel.HiddenUnits], new float[WordModel.HiddenUnits], outputBias, new byte[32]);
        var probability = model.Score([1, 2, 3]);

        var found = model.Find("the message was from Quarshie Ngozika, then nothing", [], PiiAnalyzer.DefaultThreshold);

        Assert.Equal(probability >= WordModel.OperatingPoint, found is { Count: > 0 });
    }

    /// <summary>The words <see cref="WordFeatures.Find"/> asks the model about in a text no rule has read.</summary>
    private static List<string> CandidateWords(string text)
    {
        var candidates = new List<WordCandidate>();
        WordFeatures.Find(text, [], candidates, []);
        return [.. candidates.Select(c => text.Substring(c.Start, c.Length))];
    }

    /// <summary>A model whose wide part is all zero and whose hidden layer has every table weight and output weight as given.</summary>
    private static WordModel HiddenLayerOnly(float tableWeight, float output)
    {
        var hidden = new float[WordModel.HiddenUnits << WordModel.HiddenBits];
        Array.Fill(hidden, tableWeight);
        var outputs = new float[WordModel.HiddenUnits];
        Array.Fill(outputs, output);
        return new WordModel(new float[1 << WordFeatures.Bits], hidden, new float[WordModel.HiddenUnits], outputs, 0f, new byte[32]);
    }

    private static (int Leaks, int Over, int Total, int Kept) Measure(PiiAnalyzer analyzer, List<ReviewCase> cases)
    {
        int leaks = 0, over = 0, total = 0, kept = 0;
        foreach (var c in cases)
        {
            var redacted = analyzer.Redact(c.Text).Text;
            total += c.Masked.Count;
            kept += c.Kept.Count;
            leaks += c.Masked.Count(v => redacted.Contains(v, StringComparison.Ordinal));
            over += c.Kept.Count(v => !redacted.Contains(v, StringComparison.Ordinal));
        }

        return (leaks, over, total, kept);
    }
}
