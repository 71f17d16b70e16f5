// Trains the masker's word model (functions/Masking/Models/word-model.bin) on the review sets in
// tests/Masking.Tests/Review: every word the rules leave unmasked is an example, positive where a reviewer marked it as
// personal data. See functions/Masking/Learned and docs/compliance.md.
//
// Why: each blind review leaked names and towns the rules had no cue for ("pls ring Kerryn", "perto de Pombal"), and a
// rule written for one review rarely carried over to the next. A model of the words around them does carry over: trained
// without three sets, it cut those sets' leaks by about a tenth (WordModelTests measures it on every run).
//
// Usage (after adding or changing a review set, or changing the rules; the output is committed and a test checks that
// it was trained on the sets in the repository):
//   dotnet run -c Release --project tests/WordModelBuilder -- tests/Masking.Tests/Review functions/Masking/Models/word-model.bin
using Masking.Learned;

if (args.Length != 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: WordModelBuilder REVIEW_FOLDER OUTPUT_FILE (the review sets' *.tsv files, the model file to write)");
    return 2;
}

var files = ReviewSet.Files(args[0]);
var cases = files.SelectMany(ReviewSet.Read).ToList();
Console.WriteLine($"{files.Count} review sets, {cases.Count} texts, {cases.Sum(c => c.Masked.Count)} values marked as personal data");
var model = WordModelTrainer.Train(cases.Select(c => new LabelledText(c.Text, c.Masked, c.Kept)), ReviewSet.Digest(files));
await using (var output = File.Create(args[1]))
{
    model.Write(output);
}

var used = 0;
foreach (var weight in model.Weights)
{
    used += weight != 0 ? 1 : 0;
}

Console.WriteLine($"wrote {args[1]}: {used:N0} of {model.Weights.Length:N0} weights in use, digest {Convert.ToHexString(model.TrainingDigest)[..16]}");
return 0;
