namespace Training.Privacy;

/// <summary>
/// Privacy accounting for DP-SGD with Poisson sampling: the Rényi-DP of the sampled Gaussian mechanism (Mironov,
/// Talwar and Zhang, 2019) at integer orders, composed over the steps and converted to (ε, δ). The guarantee is per
/// training example, under add-or-remove-one adjacency.
/// </summary>
public static class RdpAccountant
{
    /// <summary>Integer Rényi orders searched for the tightest ε; large orders matter only for small ε with many steps.</summary>
    public static IReadOnlyList<int> Orders { get; } = [.. Enumerable.Range(2, 255)];

    /// <summary>
    /// Rényi-DP of one step at <paramref name="order"/>: each example is in the step's sample with probability
    /// <paramref name="sampleRate"/> and the clipped gradient sum gets Gaussian noise of <paramref name="noiseMultiplier"/>
    /// times the clip norm. For integer α: log(Σₖ C(α,k) (1−q)^(α−k) qᵏ exp((k²−k)/(2σ²))) / (α−1).
    /// </summary>
    public static double StepRdp(double sampleRate, double noiseMultiplier, int order)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 2);
        if (sampleRate is < 0 or > 1 || double.IsNaN(sampleRate))
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRate), "The sample rate must be in [0, 1].");
        }

        if (sampleRate == 0)
        {
            return 0;
        }

        if (!(noiseMultiplier > 0))
        {
            return double.PositiveInfinity;
        }

        if (sampleRate == 1)
        {
            // The plain Gaussian mechanism.
            return order / (2 * noiseMultiplier * noiseMultiplier);
        }

        // Summed in log space: the binomial terms span hundreds of orders of magnitude at large α.
        var logQ = Math.Log(sampleRate);
        var log1MinusQ = Math.Log(1 - sampleRate);
        var twoSigmaSquared = 2 * noiseMultiplier * noiseMultiplier;
        var logBinomial = 0.0;
        var terms = new double[order + 1];
        for (var k = 0; k <= order; k++)
        {
            if (k > 0)
            {
                logBinomial += Math.Log(order - k + 1) - Math.Log(k);
            }

            terms[k] = logBinomial + (order - k) * log1MinusQ + k * logQ + ((double)k * k - k) / twoSigmaSquared;
        }

        return LogSumExp(terms) / (order - 1);
    }

    /// <summary>
    /// The smallest ε over <see cref="Orders"/> for which <paramref name="steps"/> steps are (ε, δ)-DP, with the order
    /// that gave it; ε = T·RDP(α) + log(1/δ)/(α−1) (Mironov 2017, Proposition 3).
    /// </summary>
    public static (double Epsilon, int Order) Epsilon(double sampleRate, double noiseMultiplier, long steps, double delta)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        if (delta is <= 0 or >= 1 || double.IsNaN(delta))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), "δ must be in (0, 1).");
        }

        var best = (Epsilon: double.PositiveInfinity, Order: Orders[0]);
        foreach (var order in Orders)
        {
            var epsilon = steps * StepRdp(sampleRate, noiseMultiplier, order) + Math.Log(1 / delta) / (order - 1);
            if (epsilon < best.Epsilon)
            {
                best = (epsilon, order);
            }
        }

        return best;
    }

    /// <summary>
    /// The smallest noise multiplier (to three significant digits, rounded up) for which <paramref name="steps"/> steps
    /// at <paramref name="sampleRate"/> stay within (<paramref name="targetEpsilon"/>, <paramref name="delta"/>): what
    /// an organisation that budgets ε rather than σ needs. ε falls as σ grows, so a bisection finds it.
    /// </summary>
    /// <exception cref="ArgumentException">No noise reaches the target: below log(1/δ)/(α−1) at the largest order.</exception>
    public static double NoiseMultiplierFor(double targetEpsilon, double sampleRate, long steps, double delta)
    {
        if (!(targetEpsilon > 0) || double.IsInfinity(targetEpsilon))
        {
            throw new ArgumentException($"The target ε must be a positive number (got {targetEpsilon}).", nameof(targetEpsilon));
        }

        double Eps(double sigma) => Epsilon(sampleRate, sigma, steps, delta).Epsilon;
        const double MaxSigma = 1000;
        if (Eps(MaxSigma) > targetEpsilon)
        {
            throw new ArgumentException(FormattableString.Invariant(
                $"No noise multiplier up to {MaxSigma} reaches ε = {targetEpsilon} at δ = {delta} over {steps} steps; raise the target or δ, or train fewer steps."), nameof(targetEpsilon));
        }

        var (low, high) = (1e-3, MaxSigma);
        while (high / low > 1.0001)
        {
            var mid = Math.Sqrt(low * high);
            (low, high) = Eps(mid) <= targetEpsilon ? (low, mid) : (mid, high);
        }

        // Rounded up to three significant digits, so the reported σ is the one used and ε stays within the target.
        var scale = Math.Pow(10, Math.Floor(Math.Log10(high)) - 2);
        return Math.Ceiling(high / scale) * scale;
    }

    private static double LogSumExp(double[] values)
    {
        var max = values.Max();
        if (double.IsInfinity(max))
        {
            return max;
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }
}
