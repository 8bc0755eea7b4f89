namespace Court.Kernel.Identifiers;

/// <summary>Which identifier a party's number is: a person's 居民身份证号码 or an organisation's 统一社会信用代码.</summary>
public enum PartyIdentifierKind
{
    ResidentIdNumber,
    UnifiedSocialCreditCode,
}

/// <summary>
/// The one field where a filer types either a 居民身份证号码 or a 统一社会信用代码. Full-width digits and letters (typed with a
/// Chinese input method) are read as their half-width forms, and a number that is not valid is explained as the identifier the
/// person evidently typed: only digits (an ID number may end in X) is an ID number, anything with other letters a credit code.
/// </summary>
public static class PartyIdentifierNumber
{
    /// <summary>Trimmed, full-width forms folded to ASCII, upper case: the form stored and compared.</summary>
    public static string Normalise(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Span<char> folded = input.Length <= 64 ? stackalloc char[input.Length] : new char[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            folded[i] = c switch
            {
                '\u3000' => ' ',
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                _ => char.ToUpperInvariant(c),
            };
            if (folded[i] is >= 'a' and <= 'z') folded[i] = char.ToUpperInvariant(folded[i]);
        }
        return folded.Trim().ToString();
    }

    /// <summary>The kind of a valid number (after <see cref="Normalise"/>), or null.</summary>
    public static PartyIdentifierKind? KindOf(string? input)
    {
        if (input is null) return null;
        var value = Normalise(input);
        if (Identifiers.ResidentIdNumber.TryParse(value, out _)) return PartyIdentifierKind.ResidentIdNumber;
        if (Identifiers.UnifiedSocialCreditCode.TryParse(value, out _)) return PartyIdentifierKind.UnifiedSocialCreditCode;
        return null;
    }

    /// <summary>A sentence in Chinese naming the identifier the person typed and what is wrong with it; null when valid.</summary>
    public static string? Explain(string? input)
    {
        var value = input is null ? "" : Normalise(input);
        if (value.Length == 0) return "请填写身份证号码或统一社会信用代码。";
        if (KindOf(value) is not null) return null;
        var digits = value.AsSpan(0, value.Length - (value[^1] == 'X' ? 1 : 0));
        var looksLikeIdNumber = digits.Length > 0 && digits.IndexOfAnyExceptInRange('0', '9') < 0;
        if (value.Length == 18)
            return (looksLikeIdNumber ? Identifiers.ResidentIdNumber.Explain(value) : Identifiers.UnifiedSocialCreditCode.Explain(value)) + "。";
        if (looksLikeIdNumber && value.Length == 15)
            return "您输入的是15位的第一代身份证号码，请改填18位的居民身份证号码。";
        return looksLikeIdNumber
            ? $"居民身份证号码应为18位，您输入了{value.Length}位。单位请填写18位统一社会信用代码。"
            : $"统一社会信用代码应为18位，您输入了{value.Length}位。";
    }
}
