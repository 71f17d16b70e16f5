using System.Runtime.CompilerServices;

namespace Masking.Recognizers;

/// <summary>
/// An insurance or bank product named after its label stays ("product: Safeco Homeowners", "Produto: Porto Auto Completo",
/// "produto=Conta Millennium"): products are named like people and places ("Generali Sei in Auto"), and their names are the
/// insurer's, public in every brochure. Read last; a name or a town that
/// starts the label's value, with nothing but the value's own words between, is dropped.
/// </summary>
internal static class ProductNamesKept
{
    // A product's label, in the product's languages, compared in small letters. Not "Plan:", which a clinical note's plan opens
    // too ("Plan: Mrs Jones to be reviewed").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels = new HashSet<string>(
        ["product", "produto", "producto", "prodotto", "produit", "produkt", "tariff", "tarif"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><paramref name="matches"/> without the names and towns that are a labelled product; the same list when none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PiiMatch> Apply(string text, List<PiiMatch> matches)
    {
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i];
            if (m.Type is (PiiEntityType.Person or PiiEntityType.City) && AfterLabel(text, m.Start))
            {
                matches.RemoveAt(i);
            }
        }

        return matches;
    }

    /// <summary>Whether a product's label ends the field right before <paramref name="start"/> ("Plan: ", "produto=", "(prodotto ").</summary>
    private static bool AfterLabel(string text, int start)
    {
        var end = start;
        // The separator: ": ", "=", "=\"", " " and the value's capitalised words before the span ("prodotto Generali Sei in Auto").
        for (var steps = 0; steps < 40 && end > 0; steps++)
        {
            var c = text[end - 1];
            if (c is ':' or '=' or '"' or ' ')
            {
                end--;
                continue;
            }

            if (!char.IsLetter(c))
            {
                return false;
            }

            var wordStart = end - 1;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var word = text.AsSpan(wordStart, end - wordStart);
            if (Labels.Contains(word) && (wordStart == 0 || !char.IsLetter(text[wordStart - 1])))
            {
                return true;
            }

            // Only the product's own capitalised words may stand between ("Generali Sei in Auto" has "in").
            if (char.IsLower(word[0]) && word.Length > 3)
            {
                return false;
            }

            end = wordStart;
        }

        return false;
    }
}
