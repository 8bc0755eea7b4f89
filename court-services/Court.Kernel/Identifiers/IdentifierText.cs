namespace Court.Kernel.Identifiers;

/// <summary>Small text helpers shared by the identifier types.</summary>
internal static class IdentifierText
{
    /// <summary>True for the full-width forms block (U+FF01–U+FF5E) and the ideographic space.</summary>
    internal static bool IsFullWidth(char c) => c is >= '\uFF01' and <= '\uFF5E' or '\u3000';

    internal static bool ContainsFullWidth(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (IsFullWidth(c)) return true;
        }
        return false;
    }

    /// <summary>Reuses <paramref name="input"/> when it already equals the normalised form, so parsing a clean value allocates nothing.</summary>
    internal static string Reuse(string input, ReadOnlySpan<char> normalised) =>
        normalised.SequenceEqual(input) ? input : normalised.ToString();
}
