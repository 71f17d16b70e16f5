using Pipeline.LocalHost.Commands;

namespace Pipeline.LocalHost.Tests;

public sealed class EvaluateMaskingCommandTests : IDisposable
{
    // One leak ("purple", an ordinary word labelled personal) among three planted values; both ordinary values survive.
    private const string Set =
        "# a labelled set\n" +
        "a-01\tL:maria.lopez@example.org;;L:purple\tPlease write to maria.lopez@example.org about the purple form.\n" +
        "a-02\tL:+44 20 7946 0958;;K:metformin 500 mg;;K:Tuesday\tCall +44 20 7946 0958 before Tuesday about metformin 500 mg.\n";

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("evaluate-cli-");

    [Fact]
    public async Task Evaluate_OverTheLeakTarget_ExitsThreeAndPrintsCountsNotValues()
    {
        var set = await WriteAsync("sample.tsv", Set);
        var (exit, printed) = await RunAsync([new FileInfo(set)], details: null, maxLeakedPercent: 1);

        Assert.Equal(EvaluateMaskingCommand.BelowTarget, exit);
        Assert.Contains("sample", printed, StringComparison.Ordinal);
        Assert.Matches(@"sample\s+2\s+3\s+1\s+33\.33%\s+2\s+0\s+100\.0%\s+valid", printed);
        Assert.Contains("NOT met", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("purple", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("maria", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_FolderWithinTargets_ExitsZeroAndWritesTheMissesOnlyToTheDetailsFile()
    {
        await WriteAsync(Path.Combine("sets", "one.tsv"), Set);
        await WriteAsync(Path.Combine("sets", "two.tsv"), Set.Replace("a-0", "b-0", StringComparison.Ordinal));
        var details = Path.Combine(_work.FullName, "out", "misses.tsv");

        var (exit, printed) = await RunAsync([new DirectoryInfo(Path.Combine(_work.FullName, "sets"))], new FileInfo(details), maxLeakedPercent: 50);

        Assert.Equal(0, exit);
        Assert.Matches(@"all\s+4\s+6\s+2\s+33\.33%", printed);
        Assert.Equal(["set\tcase\tmiss\tvalue", "one\ta-01\tleaked\tpurple", "two\tb-01\tleaked\tpurple"], await File.ReadAllLinesAsync(details));
    }

    [Fact]
    public async Task Evaluate_MalformedSet_IsAUsageErrorNamingTheLine()
    {
        var set = await WriteAsync("bad.tsv", "a-01\tL:x\tfine text\nno tabs on this line\n");

        var error = new StringWriter();
        var exit = await EvaluateMaskingCommand.RunAsync([new FileInfo(set)], null, _work, null, 1, 95, new StringWriter(), error, CancellationToken.None);

        Assert.Equal(MaskCommand.UsageError, exit);
        Assert.Contains("bad.tsv line 2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MissingSet_IsAUsageError()
    {
        var (exit, _) = await RunAsync([new FileInfo(Path.Combine(_work.FullName, "nope.tsv"))], null, 1);

        Assert.Equal(MaskCommand.UsageError, exit);
    }

    public void Dispose() => _work.Delete(recursive: true);

    private async Task<string> WriteAsync(string name, string content)
    {
        var path = Path.Combine(_work.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    private async Task<(int Exit, string Printed)> RunAsync(FileSystemInfo[] sets, FileInfo? details, double maxLeakedPercent)
    {
        var output = new StringWriter();
        var exit = await EvaluateMaskingCommand.RunAsync(sets, null, _work, details, maxLeakedPercent, 95, output, new StringWriter(), CancellationToken.None);
        return (exit, output.ToString());
    }
}
