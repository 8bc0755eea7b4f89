namespace Court.Kernel.Identifiers;

/// <summary>
/// 组织机构代码 (GB 11714-1997): an 8-character body (0–9, A–Z) and a check character.
/// C9 = 11 − (Σ value × weight mod 11) with weights 3, 7, 9, 10, 5, 8, 4, 2; 10 is written X and 11 is written 0.
/// Letters are valued by their place in the Latin alphabet (A = 10 … Z = 35), unlike GB 32100's check.
/// </summary>
internal static class OrganizationCodeCheck
{
    private static readonly int[] Weights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The check character of an 8-character body; the body must hold only 0–9 and A–Z.</summary>
    internal static char CheckCharacterOf(ReadOnlySpan<char> body)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += ValueOf(body[i]) * Weights[i];
        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var c => (char)('0' + c),
        };
    }

    private static int ValueOf(char c) => c <= '9' ? c - '0' : c - 'A' + 10;
}
