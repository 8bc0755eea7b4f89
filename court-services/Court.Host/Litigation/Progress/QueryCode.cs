using System.Security.Cryptography;
using System.Text;

namespace Court.Host.Litigation.Progress;

/// <summary>
/// 查询码: the 8 characters printed on the acceptance notice that, with the case number, open the public progress query.
/// Drawn from digits and capitals without 0/O, 1/I/L, so a code read off paper is typed right.
/// </summary>
internal static class QueryCode
{
    public const int Length = 8;

    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Upper-cases and drops spaces and hyphens (a code may be printed as ABCD-EFGH); null when it cannot be a code.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var chars = new StringBuilder(Length);
        foreach (var c in input)
        {
            if (c is ' ' or '-' or '\u3000') continue;
            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || chars.Length == Length) return null;
            chars.Append(upper);
        }
        return chars.Length == Length ? chars.ToString() : null;
    }

    /// <summary>Compares in time independent of where the codes differ, so response times reveal nothing of a code.</summary>
    public static bool Matches(string? stored, string candidate)
    {
        Span<byte> a = stackalloc byte[Length];
        Span<byte> b = stackalloc byte[Length];
        var storedOk = stored is { Length: Length } && Encoding.ASCII.GetBytes(stored, a) == Length;
        var candidateOk = candidate.Length == Length && Encoding.ASCII.GetBytes(candidate, b) == Length;
        return CryptographicOperations.FixedTimeEquals(a, b) & storedOk & candidateOk;
    }

    /// <summary>As printed: two groups of four.</summary>
    public static string Display(string code) => code.Length == Length ? $"{code[..4]}-{code[4..]}" : code;
}
