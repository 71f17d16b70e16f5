namespace Training.Privacy;

/// <summary>
/// DP-SGD settings. Each step trains on a Poisson sample of the records (each in it with probability
/// expected-batch / records), clips every record's gradient to <see cref="ClipNorm"/> on its own, and adds Gaussian
/// noise of <see cref="NoiseMultiplier"/> × <see cref="ClipNorm"/> to their sum: no single record can move the adapter
/// by more than the noise hides.
/// </summary>
public sealed record DifferentialPrivacyOptions
{
    /// <summary>Noise standard deviation as a multiple of the clip norm (σ); 0.5–2 is the usual range. Set this or <see cref="TargetEpsilon"/>.</summary>
    public double? NoiseMultiplier { get; init; }

    /// <summary>The ε to stay within: the noise multiplier is calibrated for the run's records, sample rate and steps.</summary>
    public double? TargetEpsilon { get; init; }

    /// <summary>L2 bound on each record's gradient (C).</summary>
    public double ClipNorm { get; init; } = 1.0;

    /// <summary>δ of the (ε, δ) guarantee; null: a tenth of one over the number of training records.</summary>
    public double? Delta { get; init; }

    public void Validate()
    {
        if (NoiseMultiplier.HasValue == TargetEpsilon.HasValue)
        {
            throw new ArgumentException("DP-SGD needs exactly one of a noise multiplier and a target ε.");
        }

        if (NoiseMultiplier is { } sigma && (!(sigma > 0) || double.IsInfinity(sigma)))
        {
            throw new ArgumentException($"The DP noise multiplier must be a positive number (got {sigma}).");
        }

        if (TargetEpsilon is { } target && (!(target > 0) || double.IsInfinity(target)))
        {
            throw new ArgumentException($"The DP target ε must be a positive number (got {target}).");
        }

        if (!(ClipNorm > 0) || double.IsInfinity(ClipNorm))
        {
            throw new ArgumentException($"The DP clip norm must be a positive number (got {ClipNorm}).");
        }

        if (Delta is { } delta && !(delta is > 0 and < 1))
        {
            throw new ArgumentException($"The DP delta must be in (0, 1) (got {delta}).");
        }
    }
}

/// <summary>
/// What a differentially private run guarantees: (ε, δ)-DP for every training record (add-or-remove-one adjacency,
/// Poisson sampling at <see cref="SampleRate"/>, <see cref="Steps"/> steps), from the RDP accountant at <see cref="Order"/>.
/// </summary>
public sealed record PrivacyGuarantee(double Epsilon, double Delta, double NoiseMultiplier, double ClipNorm, double SampleRate, int Steps, int Order)
{
    /// <summary>Accounts a planned run, calibrating the noise multiplier first when the options give a target ε.</summary>
    public static PrivacyGuarantee For(DifferentialPrivacyOptions options, int records, int expectedBatch, int steps)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(records, 1);
        var rate = Math.Min(1.0, (double)expectedBatch / records);
        var delta = options.Delta ?? 1.0 / (10.0 * records);
        var sigma = options.NoiseMultiplier ?? RdpAccountant.NoiseMultiplierFor(options.TargetEpsilon!.Value, rate, steps, delta);
        var (epsilon, order) = RdpAccountant.Epsilon(rate, sigma, steps, delta);
        return new PrivacyGuarantee(epsilon, delta, sigma, options.ClipNorm, rate, steps, order);
    }
}
