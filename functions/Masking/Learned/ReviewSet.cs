using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Masking.Learned;

/// <summary>One reviewed text: the values in it that must be masked and those that must be kept.</summary>
public sealed record ReviewCase(string Id, string Text, IReadOnlyList<string> Masked, IReadOnlyList<string> Kept);

/// <summary>
/// The reviewed sets the word model is trained on and the review tests measure: one case per line,
/// <c>id&lt;TAB&gt;expectations&lt;TAB&gt;text</c>, where the expectations are <c>L:value</c> (personal data: must be
/// masked) and <c>K:value</c> (must be kept verbatim) joined by <c>;;</c>, both fields written with C# escapes
/// (<c>\n</c> for a line break). Lines starting with <c>#</c> are comments.
/// </summary>
public static class ReviewSet
{
    /// <summary>The sets of a folder, in file-name order.</summary>
    public static IReadOnlyList<string> Files(string folder) =>
        [.. Directory.GetFiles(folder, "*.tsv").OrderBy(Path.GetFileName, StringComparer.Ordinal)];

    /// <summary>The cases of one set; a line that is not three fields is refused with its file and line number.</summary>
    public static List<ReviewCase> Read(string path)
    {
        var cases = new List<ReviewCase>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t', 3);
            if (parts.Length != 3)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {number}: expected id, expectations and text separated by tabs.");
            }

            var masked = new List<string>();
            var kept = new List<string>();
            foreach (var expectation in Regex.Unescape(parts[1]).Split(";;", StringSplitOptions.RemoveEmptyEntries))
            {
                var list = expectation.StartsWith("L:", StringComparison.Ordinal) ? masked
                    : expectation.StartsWith("K:", StringComparison.Ordinal) ? kept
                    : throw new InvalidDataException($"{Path.GetFileName(path)} line {number}: an expectation starts with L: or K:.");
                list.Add(expectation[2..]);
            }

            cases.Add(new ReviewCase(parts[0], Regex.Unescape(parts[2]), masked, kept));
        }

        return cases;
    }

    /// <summary>
    /// SHA-256 of the sets' names and cases as read (so a checkout's line endings do not change it): the word model
    /// records the digest of the sets it was trained on.
    /// </summary>
    public static byte[] Digest(IEnumerable<string> paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\0"));
            foreach (var c in Read(path))
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{c.Id}\0{c.Text}\0{string.Join('\u001f', c.Masked)}\0{string.Join('\u001f', c.Kept)}\n"));
            }
        }

        return hash.GetHashAndReset();
    }
}
