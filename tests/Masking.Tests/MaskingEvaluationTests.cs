using Masking.Evaluation;
using Masking.Learned;

namespace Masking.Tests;

/// <summary>The labelled-sample measurement: real masking of each case, compared with its labels.</summary>
public sealed class MaskingEvaluationTests
{
    private static readonly ReviewCase Letter = new(
        "letter",
        "Please write to maria.lopez@example.org about the purple form before Tuesday.",
        Masked: ["maria.lopez@example.org", "purple"],
        Kept: ["Tuesday", "form"]);

    [Fact]
    public async Task Evaluate_CountsLeakedAndKeptValuesFromTheMaskedText()
    {
        var (result, misses) = await MaskingEvaluation.EvaluateAsync("letters", [Letter], MaskingPolicy.Default, DatasetMaskerTests.Key);

        // The e-mail address is masked; "purple" is an ordinary word the masker rightly leaves, so it counts as a leak.
        Assert.Equal(new SetEvaluation("letters", Cases: 1, Planted: 2, Leaked: 1, Kept: 2, KeptMasked: 0, AllRecordsValid: true), result);
        Assert.Equal(50.0, result.LeakedPercent);
        Assert.Equal(100.0, result.KeptPercent);
        Assert.Equal([new EvaluationMiss("letters", "letter", "purple", IsLeak: true)], misses);
    }

    [Fact]
    public async Task Evaluate_AnOrdinaryValueThatIsMasked_CountsAsNotKept()
    {
        var call = new ReviewCase("call", "Caller gave her number as (614) 555-0187 on Monday.", Masked: [], Kept: ["(614) 555-0187", "Monday"]);

        var (result, misses) = await MaskingEvaluation.EvaluateAsync("calls", [call], MaskingPolicy.Default, DatasetMaskerTests.Key);

        Assert.Equal((2, 1), (result.Kept, result.KeptMasked));
        Assert.Equal(50.0, result.KeptPercent);
        Assert.Equal([new EvaluationMiss("calls", "call", "(614) 555-0187", IsLeak: false)], misses);
    }

    [Fact]
    public async Task Evaluate_IdenticalTexts_AreMaskedOnceAndEachCaseCounted()
    {
        var twin = Letter with { Id = "letter-again" };

        var (result, misses) = await MaskingEvaluation.EvaluateAsync("letters", [Letter, twin], MaskingPolicy.Default, DatasetMaskerTests.Key);

        Assert.True(result.AllRecordsValid);
        Assert.Equal((2, 4, 2), (result.Cases, result.Planted, result.Leaked));
        Assert.Equal(["letter", "letter-again"], misses.Select(m => m.CaseId));
    }

    [Fact]
    public async Task Evaluate_ARecordTheMaskerRefuses_CountsEveryValueAsLeaked()
    {
        // Over the line-size limit the dataset is rejected: nothing was shown to be masked, so nothing counts as masked.
        var huge = new ReviewCase("huge", "Patient maria.lopez@example.org " + new string('x', 2_000_000), Masked: ["maria.lopez@example.org"], Kept: []);

        var (result, _) = await MaskingEvaluation.EvaluateAsync("huge", [huge], MaskingPolicy.Default, DatasetMaskerTests.Key);

        Assert.False(result.AllRecordsValid);
        Assert.Equal(1, result.Leaked);
    }
}
