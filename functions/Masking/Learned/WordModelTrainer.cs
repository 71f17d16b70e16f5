using System.Runtime.InteropServices;

namespace Masking.Learned;

/// <summary>A text, the values in it a reviewer marked as personal data and those the reviewer marked to keep.</summary>
internal sealed record LabelledText(string Text, IReadOnlyList<string> PersonalValues, IReadOnlyList<string> KeptValues);

/// <summary>
/// Trains the <see cref="WordModel"/>: the rules analyse each reviewed text, every candidate the rules left
/// (<see cref="WordFeatures.Find"/>) is an example, positive when it overlaps a value the reviewer marked as personal
/// data. Both parts of the model (see <see cref="WordModel"/>) learn together by stochastic gradient descent on the log loss,
/// in an order fixed by each example's content: the same texts give the same weights, and a change to some examples leaves
/// the others' order as it was. The hidden layer starts from weights drawn from a fixed hash of their place, so training
/// needs no random generator. The weights of the last epochs are averaged (<see cref="AveragedEpochs"/>).
/// </summary>
/// <remarks>
/// <see cref="WordModel.Orders"/> orders train apart, each with its own order of the examples and its own starting hidden
/// layer, and the model is their mean (wide weights averaged, hidden units side by side, output weights divided by the number
/// of orders: the model's logit is the mean of the orders' logits). One order against another moved a model's leaks on unseen
/// blind sets by about 6 % and turned single texts near the operating point either way at each retraining; the mean of three
/// is steadier and did better than its orders' average on those sets.
/// </remarks>
internal static class WordModelTrainer
{
    private const int Epochs = 8;
    private const double LearningRate = 0.2;
    private const double LearningRateDecay = 1e-6;
    private const double L2 = 1e-5;
    // The weights shipped are the mean of those after each of the last four epochs: the last epoch's alone moved with the
    // order of the examples (two orders left the sixteen sets left out in turn at 704 and 739 leaks), the mean much less
    // (717 and 724), for the same kept values masked.
    private const int AveragedEpochs = 4;

    // The hidden layer learns at a quarter of the wide part's rate. Cross-validated on the sixteen sets left out in turn (rates
    // 0.02, 0.05 and 0.1, with 16 units): 468/424, 457/404 and 465/408 leaks and kept values masked.
    private const double HiddenLearningRate = 0.05;

    // The spread of the hidden layer's starting weights (table, then output): small, so that at the start the model is the
    // wide part alone.
    private const double HiddenInitialSpread = 0.1;
    private const double OutputInitialSpread = 0.2;

    /// <summary>The model trained on <paramref name="texts"/>, its weights rounded as they are shipped.</summary>
    public static WordModel Train(IEnumerable<LabelledText> texts, byte[] trainingDigest)
    {
        var rules = PiiAnalyzer.CreateRulesOnly(PiiAnalyzer.DefaultThreshold);
        var candidates = new List<WordCandidate>();
        var features = new List<uint>();
        var labels = new List<bool>();
        var examples = new List<(int Start, int Count)>();
        foreach (var labelled in texts)
        {
            var plain = PiiAnalyzer.WithPlainSeparators(labelled.Text);
            candidates.Clear();
            var matches = rules.Analyze(labelled.Text);
            WordFeatures.Find(plain, matches, candidates, features);
            var personal = PersonalCharacters(labelled.Text, labelled.PersonalValues);
            foreach (var candidate in candidates)
            {
                examples.Add((candidate.FeatureStart, candidate.FeatureCount));
                labels.Add(personal.AsSpan(candidate.Start, candidate.Length).Contains(true));
            }

            // The rules' spans the reviewer judged: personal when they overlap a marked value, kept when they
            // overlap only a value to keep; the rest, judged by no one, teach nothing.
            var kept = PersonalCharacters(labelled.Text, labelled.KeptValues);
            foreach (var match in matches)
            {
                if (!WordFeatures.IsReviewed(match))
                {
                    continue;
                }

                var isPersonal = personal.AsSpan(match.Start, match.Length).Contains(true);
                if (!isPersonal && !kept.AsSpan(match.Start, match.Length).Contains(true))
                {
                    continue;
                }

                var featureStart = features.Count;
                WordFeatures.AddSpanFeatures(plain, matches, match, features);
                examples.Add((featureStart, features.Count - featureStart));
                labels.Add(isPersonal);
            }
        }

        // The orders train apart (one thread each) and are joined side by side: the mean of their logits is one model's logit.
        var orders = new double[WordModel.Orders][];
        var featureArray = features.ToArray();
        Parallel.For(0, WordModel.Orders, order => orders[order] = TrainOrder(featureArray, examples, labels, order));
        var weights = new float[1 << WordFeatures.Bits];
        var hidden = new float[WordModel.HiddenUnits << WordModel.HiddenBits];
        var hiddenBias = new float[WordModel.HiddenUnits];
        var output = new float[WordModel.HiddenUnits];
        var outputBias = 0.0;
        const int Units = WordModel.UnitsPerOrder;
        var rows = 1 << WordModel.HiddenBits;
        for (var order = 0; order < WordModel.Orders; order++)
        {
            var trained = orders[order];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] += (float)(trained[i] / WordModel.Orders);
            }

            var at = weights.Length;
            for (var row = 0; row < rows; row++)
            {
                for (var j = 0; j < Units; j++)
                {
                    hidden[(row * WordModel.HiddenUnits) + (order * Units) + j] = (float)trained[at++];
                }
            }

            for (var j = 0; j < Units; j++)
            {
                hiddenBias[(order * Units) + j] = (float)trained[at++];
            }

            for (var j = 0; j < Units; j++)
            {
                output[(order * Units) + j] = (float)(trained[at++] / WordModel.Orders);
            }

            outputBias += trained[at] / WordModel.Orders;
        }

        // Rounded as it is shipped.
        static float[] Rounded(float[] values) => values.Select(v => (float)(Half)v).ToArray();
        return new WordModel(Rounded(weights), Rounded(hidden), Rounded(hiddenBias), Rounded(output), (float)(Half)(float)outputBias, trainingDigest);
    }

    /// <summary>
    /// One training order: the wide part and <see cref="WordModel.UnitsPerOrder"/> hidden units, trained on the examples in the
    /// order <paramref name="order"/> draws, the mean of its last epochs as one array (wide weights, hidden table, hidden
    /// biases, output weights, output bias).
    /// </summary>
    private static double[] TrainOrder(uint[] features, List<(int Start, int Count)> examples, List<bool> labels, int order)
    {
        const int Units = WordModel.UnitsPerOrder;
        var weights = new float[1 << WordFeatures.Bits];
        var hidden = new float[Units << WordModel.HiddenBits];
        var hiddenBias = new float[Units];
        var output = new float[Units];
        var outputBias = 0f;
        for (var i = 0; i < hidden.Length; i++)
        {
            hidden[i] = (float)(Spread(i, 1, order) * HiddenInitialSpread);
        }

        for (var j = 0; j < output.Length; j++)
        {
            output[j] = (float)(Spread(j, 2, order) * OutputInitialSpread);
        }

        var sequence = new int[examples.Count];
        var keys = new ulong[examples.Count];
        var featureSpan = features.AsSpan();
        long step = 0;
        var average = new double[weights.Length + hidden.Length + hiddenBias.Length + output.Length + 1];
        Span<float> units = stackalloc float[Units];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            // Each epoch's order comes from the examples' own content, not from one shuffle of them all: adding or removing
            // an example (a new review set, a rule that finds one span more) leaves the others where they were, so the
            // model a change trains differs from the last one by what the change did, not by a new draw of the order.
            for (var i = 0; i < sequence.Length; i++)
            {
                sequence[i] = i;
                keys[i] = OrderKey(featureSpan.Slice(examples[i].Start, examples[i].Count), labels[i], epoch, order);
            }

            Array.Sort(keys, sequence);
            foreach (var index in sequence)
            {
                var example = featureSpan.Slice(examples[index].Start, examples[index].Count);
                var sum = WordModel.Sum(example, weights, hidden, hiddenBias, output, outputBias, units);
                var gradient = (labels[index] ? 1.0 : 0.0) - 1.0 / (1.0 + Math.Exp(-sum));
                var decay = 1 + step++ * LearningRateDecay;
                var rate = LearningRate / decay;
                foreach (var feature in example)
                {
                    weights[feature] += (float)(rate * (gradient - L2 * weights[feature]));
                }

                // The hidden layer: only the units that were active carry the gradient back to their table rows.
                var hiddenRate = HiddenLearningRate / decay;
                for (var j = 0; j < units.Length; j++)
                {
                    if (units[j] <= 0)
                    {
                        continue;
                    }

                    var toUnit = (float)(hiddenRate * gradient * output[j]);
                    output[j] += (float)(hiddenRate * gradient * units[j]);
                    hiddenBias[j] += toUnit;
                    foreach (var feature in example)
                    {
                        hidden[WordModel.HiddenRow(feature, Units) + j] += toUnit;
                    }
                }

                outputBias += (float)(hiddenRate * gradient);
            }

            if (epoch >= Epochs - AveragedEpochs)
            {
                var at = 0;
                foreach (var part in (float[][])[weights, hidden, hiddenBias, output, [outputBias]])
                {
                    foreach (var value in part)
                    {
                        average[at++] += value / AveragedEpochs;
                    }
                }
            }
        }

        return average;
    }

    /// <summary>A starting weight in [-0.5, 0.5) drawn from a hash of its place (SplitMix64), the same on every machine.</summary>
    private static double Spread(int index, int part, int order)
    {
        var z = (ulong)index * 0x9E3779B97F4A7C15UL + (ulong)(part + (4 * order)) * 0xD1B54A32D192ED03UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53)) - 0.5;
    }

    /// <summary>An example's place in an epoch's order: a hash of its features, its label, the epoch and the training order.</summary>
    private static ulong OrderKey(ReadOnlySpan<uint> features, bool label, int epoch, int order)
    {
        var hash = 14695981039346656037UL ^ (ulong)(epoch * 2 + (label ? 1 : 0) + (1000 * order));
        foreach (var feature in features)
        {
            hash = (hash ^ feature) * 1099511628211UL;
        }

        // A final mix, so that examples with similar features do not stay neighbours from epoch to epoch.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }

    /// <summary>Which characters of the text lie in an occurrence of one of the values.</summary>
    private static bool[] PersonalCharacters(string text, IReadOnlyList<string> values)
    {
        var personal = new bool[text.Length];
        foreach (var value in values)
        {
            if (value.Length == 0)
            {
                continue;
            }

            for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            {
                personal.AsSpan(at, value.Length).Fill(true);
            }
        }

        return personal;
    }
}
