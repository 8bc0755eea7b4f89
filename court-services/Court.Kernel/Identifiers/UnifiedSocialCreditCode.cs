using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Court.Kernel.Identifiers;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from <see cref="Alphabet"/> —
/// registration authority (1), organisation type (2), division code of the registering office (3–8),
/// organisation code per GB 11714 with its own check (9–17), and the check character (18).
/// Input is trimmed and upper-cased; full-width characters are refused, not converted.
/// The type code (position 2) is not checked against the authority's list, which the authorities extend.
/// A legal person's or organisation's code is public (企业信息公示暂行条例; 国家企业信用信息公示系统),
/// so <see cref="Masked"/> is the full value.
/// </summary>
public sealed record UnifiedSocialCreditCode
{
    /// <summary>GB 32100-2015 代码字符集 (表1): digits and upper-case letters except I, O, Z, S, V; a character's value is its index.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    internal const int Length = 18;
    private const string Authorities = "123456789ANY";
    private static readonly SearchValues<char> AlphabetValues = SearchValues.Create(Alphabet);

    // GB 32100-2015 校验码 (表2): the weight of position i (1..17) is 3^(i−1) mod 31.
    private static readonly int[] Weights = ComputeWeights();

    // Character → value (its index in the alphabet), for the characters of the alphabet only.
    private static readonly byte[] Values = ComputeValues();

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public RegistrationAuthority RegistrationAuthority => (RegistrationAuthority)Value[0];

    /// <summary>机构类别代码 (position 2).</summary>
    public char TypeCode => Value[1];

    /// <summary>登记管理机关行政区划码 (positions 3–8).</summary>
    public string DivisionCode => Value.Substring(2, 6);

    /// <summary>组织机构代码 (positions 9–17): 8 body characters and the GB 11714 check character, without hyphen.</summary>
    public string OrganizationCode => Value.Substring(8, 9);

    /// <summary>The full value: the code of a legal person or organisation is public information.</summary>
    public string Masked => Value;

    public override string ToString() => Value;

    public static bool TryParse([NotNullWhen(true)] string? input, [NotNullWhen(true)] out UnifiedSocialCreditCode? result)
    {
        result = null;
        if (input is null) return false;
        var trimmed = input.AsSpan().Trim();
        if (trimmed.Length != Length) return false;
        Span<char> s = stackalloc char[Length];
        trimmed.ToUpperInvariant(s);
        if (Check(s) != IdentifierProblem.None) return false;
        result = new UnifiedSocialCreditCode(IdentifierText.Reuse(input, s));
        return true;
    }

    public static UnifiedSocialCreditCode Parse(string input) =>
        TryParse(input, out var result) ? result : throw new FormatException(Explain(input));

    /// <summary>The first problem found in <paramref name="input"/>, or <see cref="IdentifierProblem.None"/>.</summary>
    public static IdentifierProblem Check(string? input)
    {
        if (input is null) return IdentifierProblem.Missing;
        var trimmed = input.AsSpan().Trim();
        if (trimmed.Length != Length) return trimmed.IsEmpty ? IdentifierProblem.Missing : IdentifierProblem.WrongLength;
        Span<char> s = stackalloc char[Length];
        trimmed.ToUpperInvariant(s);
        return Check(s);
    }

    /// <summary>A sentence in Chinese for a litigant saying what is wrong, or null when the code is valid.</summary>
    public static string? Explain(string? input) => Check(input) switch
    {
        IdentifierProblem.None => null,
        IdentifierProblem.Missing => "请输入统一社会信用代码",
        IdentifierProblem.WrongLength => "统一社会信用代码应为18位",
        IdentifierProblem.FullWidthCharacter => "统一社会信用代码含有全角字符，请使用半角数字和英文字母输入",
        IdentifierProblem.InvalidCharacter => "统一社会信用代码只能由数字和大写英文字母组成，且不使用I、O、Z、S、V",
        IdentifierProblem.InvalidRegistrationAuthority => "统一社会信用代码第1位（登记管理部门代码）无效",
        IdentifierProblem.InvalidDivisionCode => "统一社会信用代码第3至8位（登记管理机关行政区划码）应为数字",
        IdentifierProblem.InvalidOrganizationCode => "统一社会信用代码第9至17位（组织机构代码）校验不正确，请核对后重新输入",
        _ => "统一社会信用代码校验码不正确，请核对后重新输入",
    };

    /// <summary>Builds a code with both check characters computed (used by the demo data generator).</summary>
    public static UnifiedSocialCreditCode Create(RegistrationAuthority authority, char typeCode, string division, string organizationBody)
    {
        ArgumentNullException.ThrowIfNull(division);
        ArgumentNullException.ThrowIfNull(organizationBody);
        if (!Authorities.Contains((char)authority, StringComparison.Ordinal))
            throw new ArgumentOutOfRangeException(nameof(authority), authority, "Unknown registration authority.");
        if (!AlphabetValues.Contains(typeCode))
            throw new ArgumentOutOfRangeException(nameof(typeCode), typeCode, "The type code must be a character of the GB 32100 alphabet.");
        if (division.Length != 6 || division.AsSpan().ContainsAnyExceptInRange('0', '9'))
            throw new ArgumentException("The division code must be 6 ASCII digits.", nameof(division));
        if (organizationBody.Length != 8 || organizationBody.AsSpan().ContainsAnyExcept(AlphabetValues))
            throw new ArgumentException("The organisation code body must be 8 characters of the GB 32100 alphabet.", nameof(organizationBody));

        Span<char> s = stackalloc char[Length];
        s[0] = (char)authority;
        s[1] = typeCode;
        division.CopyTo(s[2..]);
        organizationBody.CopyTo(s[8..]);
        s[16] = OrganizationCodeCheck.CheckCharacterOf(s.Slice(8, 8));
        s[17] = CheckCharacterOf(s[..17]);
        return new UnifiedSocialCreditCode(s.ToString());
    }

    /// <summary>Validates an already trimmed and upper-cased 18-character span.</summary>
    internal static IdentifierProblem Check(ReadOnlySpan<char> s)
    {
        if (s.ContainsAnyExcept(AlphabetValues))
            return IdentifierText.ContainsFullWidth(s) ? IdentifierProblem.FullWidthCharacter : IdentifierProblem.InvalidCharacter;
        if (!Authorities.Contains(s[0])) return IdentifierProblem.InvalidRegistrationAuthority;
        if (s.Slice(2, 6).ContainsAnyExceptInRange('0', '9')) return IdentifierProblem.InvalidDivisionCode;
        if (s[17] != CheckCharacterOf(s[..17])) return IdentifierProblem.WrongCheckCharacter;
        return s[16] == OrganizationCodeCheck.CheckCharacterOf(s.Slice(8, 8))
            ? IdentifierProblem.None
            : IdentifierProblem.InvalidOrganizationCode;
    }

    /// <summary>GB 32100-2015 校验码: C18 = 31 − (Σ value × weight mod 31), and 31 is written 0.</summary>
    internal static char CheckCharacterOf(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Values[first17[i]] * Weights[i];
        return Alphabet[(31 - (sum % 31)) % 31];
    }

    private static int[] ComputeWeights()
    {
        var weights = new int[17];
        var w = 1;
        for (var i = 0; i < 17; i++, w = w * 3 % 31) weights[i] = w;
        return weights;
    }

    private static byte[] ComputeValues()
    {
        var values = new byte['Z' + 1];
        for (var i = 0; i < Alphabet.Length; i++) values[Alphabet[i]] = (byte)i;
        return values;
    }
}
