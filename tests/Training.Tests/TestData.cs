using System.Text.Json;
using Training.Data;

namespace Training.Tests;

/// <summary>Small generated chat datasets.</summary>
internal static class TestData
{
    public static string WriteChat(string path, int records, int seed = 1)
    {
        var rng = new Random(seed);
        string[] names = ["Ada", "Bob", "Cy", "Dee"];
        var lines = new List<string>();
        for (var i = 0; i < records; i++)
        {
            var name = names[rng.Next(names.Length)];
            var n = rng.Next(1, 9);
            var record = new ChatRecord(
            [
                new ChatMessage("system", "You are a clinic assistant."),
                new ChatMessage("user", $"Book {name} for {n} pm"),
                new ChatMessage("assistant", $"Booked {name} at {n} pm."),
            ]);
            lines.Add(JsonSerializer.Serialize(record));
        }

        File.WriteAllLines(path, lines);
        return path;
    }
}
