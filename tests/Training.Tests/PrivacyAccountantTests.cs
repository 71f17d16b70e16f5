using Training.Privacy;

namespace Training.Tests;

/// <summary>The DP-SGD accountant against closed forms and against published DP-SGD figures.</summary>
public sealed class PrivacyAccountantTests
{
    [Theory]
    [InlineData(1.0, 2)]
    [InlineData(0.7, 5)]
    [InlineData(2.5, 64)]
    public void StepRdp_WithEveryExampleInEveryStep_IsThePlainGaussianMechanism(double sigma, int order)
    {
        Assert.Equal(order / (2 * sigma * sigma), RdpAccountant.StepRdp(1.0, sigma, order), 12);
        // The general (subsampled) sum tends to the same value as q approaches 1.
        Assert.Equal(order / (2 * sigma * sigma), RdpAccountant.StepRdp(1 - 1e-9, sigma, order), 5);
    }

    [Fact]
    public void StepRdp_AtOrderTwo_MatchesItsClosedForm()
    {
        // α = 2: A = (1−q)² + 2q(1−q) + q²·e^{1/σ²} = 1 + q²(e^{1/σ²} − 1).
        const double q = 0.01, sigma = 0.8;
        Assert.Equal(Math.Log(1 + q * q * (Math.Exp(1 / (sigma * sigma)) - 1)), RdpAccountant.StepRdp(q, sigma, 2), 12);
    }

    [Theory]
    // TensorFlow Privacy's MNIST DP-SGD tutorial (60,000 examples, batch 256, δ = 1e-5): σ 1.1 for 60 epochs gives
    // ε 2.92, σ 1.2 for 10 epochs gives ε 1.20. Those used fractional orders too, so integer orders land at or a
    // little above them.
    [InlineData(1.1, 60, 2.92)]
    [InlineData(1.2, 10, 1.20)]
    public void Epsilon_MatchesPublishedDpSgdFigures(double sigma, int epochs, double published)
    {
        var steps = epochs * 60_000L / 256;
        var (epsilon, _) = RdpAccountant.Epsilon(256 / 60_000.0, sigma, steps, 1e-5);

        Assert.InRange(epsilon, published - 0.01, published * 1.04);
    }

    [Fact]
    public void Epsilon_GrowsWithStepsAndSampleRate_AndShrinksWithNoise()
    {
        double Eps(double q, double sigma, long steps) => RdpAccountant.Epsilon(q, sigma, steps, 1e-5).Epsilon;

        Assert.True(Eps(0.01, 1.0, 2000) > Eps(0.01, 1.0, 1000));
        Assert.True(Eps(0.02, 1.0, 1000) > Eps(0.01, 1.0, 1000));
        Assert.True(Eps(0.01, 2.0, 1000) < Eps(0.01, 1.0, 1000));
        Assert.Equal(double.PositiveInfinity, Eps(0.01, 0, 10));
    }

    [Fact]
    public void Epsilon_WithNothingSampled_IsOnlyTheDeltaTerm()
    {
        var (epsilon, order) = RdpAccountant.Epsilon(0, 1.0, 1000, 1e-5);

        Assert.Equal(RdpAccountant.Orders[^1], order);
        Assert.Equal(Math.Log(1e5) / (order - 1), epsilon, 12);
    }

    [Theory]
    [InlineData(3.01, 256 / 60_000.0, 14_062L)]
    [InlineData(8.0, 0.01, 1_000L)]
    [InlineData(1.0, 0.25, 16L)]
    public void NoiseMultiplierFor_StaysWithinTheTarget_AndIsTight(double target, double q, long steps)
    {
        var sigma = RdpAccountant.NoiseMultiplierFor(target, q, steps, 1e-5);

        Assert.True(RdpAccountant.Epsilon(q, sigma, steps, 1e-5).Epsilon <= target);
        Assert.True(RdpAccountant.Epsilon(q, sigma * 0.99, steps, 1e-5).Epsilon > target, $"σ {sigma} is not the smallest");
    }

    [Fact]
    public void NoiseMultiplierFor_ATargetNoNoiseReaches_IsASpecificError()
    {
        var error = Assert.Throws<ArgumentException>(() => RdpAccountant.NoiseMultiplierFor(0.01, 0.1, 100, 1e-5));

        Assert.Contains("raise the target or δ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Epsilon_RefusesADeltaOutsideZeroToOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RdpAccountant.Epsilon(0.1, 1, 10, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RdpAccountant.Epsilon(0.1, 1, 10, 1));
    }
}
