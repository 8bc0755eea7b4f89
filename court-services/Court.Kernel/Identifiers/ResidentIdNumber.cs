using System.Diagnostics.CodeAnalysis;

namespace Court.Kernel.Identifiers;

/// <summary>
/// 居民身份证号码 (GB 11643-1999): a 6-digit region code, an 8-digit birth date (yyyyMMdd), a 3-digit
/// sequence whose last digit is odd for men, and an ISO 7064 MOD 11-2 check character (0–9 or X).
/// The value is pure: it does not compare the birth date with today (callers holding a clock do),
/// and it does not check the region code against GB/T 2260, whose list changes over time.
/// Never show <see cref="Value"/> to a role that does not need it; show <see cref="Masked"/>.
/// </summary>
public sealed record ResidentIdNumber
{
    internal const int Length = 18;
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    // GB 11643-1999 校验码: the weight of position i (1-based, 1..17) is 2^(18−i) mod 11.
    private static readonly int[] Weights = [.. Enumerable.Range(1, 17).Select(i => (int)((1L << (18 - i)) % 11))];

    // ISO 7064 MOD 11-2: the check character, indexed by (weighted sum mod 11).
    private const string CheckCharacters = "10X98765432";

    private ResidentIdNumber(string value) => Value = value;

    /// <summary>The full 18-character number, check character upper case.</summary>
    public string Value { get; }

    /// <summary>The 6-digit administrative division code of the place of first registration.</summary>
    public string RegionCode => Value[..6];

    public DateOnly BirthDate => ReadBirthDate(Value.AsSpan(6, 8)) ?? throw new InvalidOperationException("unreachable: validated on parse");

    /// <summary>The 17th digit (the last of the sequence code) is odd for men, even for women.</summary>
    public bool IsMale => (Value[16] - '0') % 2 == 1;

    /// <summary>First 6 and last 4 characters kept, the 8 in between replaced by '*'.</summary>
    public string Masked => string.Concat(Value.AsSpan(0, 6), "********", Value.AsSpan(14));

    public override string ToString() => Value;

    public static bool TryParse([NotNullWhen(true)] string? input, [NotNullWhen(true)] out ResidentIdNumber? result)
    {
        result = null;
        if (input is null) return false;
        var s = input.AsSpan().Trim();
        if (Check(s) != IdentifierProblem.None) return false;
        if (s[^1] == 'x')
        {
            Span<char> upper = stackalloc char[Length];
            s.CopyTo(upper);
            upper[^1] = 'X';
            result = new ResidentIdNumber(upper.ToString());
        }
        else
        {
            result = new ResidentIdNumber(IdentifierText.Reuse(input, s));
        }
        return true;
    }

    public static ResidentIdNumber Parse(string input) =>
        TryParse(input, out var result) ? result : throw new FormatException(Explain(input));

    /// <summary>The first problem found in <paramref name="input"/>, or <see cref="IdentifierProblem.None"/>.</summary>
    public static IdentifierProblem Check(string? input) =>
        input is null ? IdentifierProblem.Missing : Check(input.AsSpan().Trim());

    /// <summary>A sentence in Chinese for a litigant saying what is wrong, or null when the number is valid.</summary>
    public static string? Explain(string? input) => Check(input) switch
    {
        IdentifierProblem.None => null,
        IdentifierProblem.Missing => "请输入居民身份证号码",
        IdentifierProblem.WrongLength => "居民身份证号码应为18位",
        IdentifierProblem.FullWidthCharacter => "居民身份证号码含有全角字符，请使用半角数字和字母X输入",
        IdentifierProblem.InvalidCharacter => "居民身份证号码前17位应为数字，最后一位应为数字或字母X",
        IdentifierProblem.InvalidBirthDate => "居民身份证号码中的出生日期无效",
        _ => "居民身份证号码校验码不正确，请核对后重新输入",
    };

    /// <summary>Builds a number with its check character computed (used by the demo data generator).</summary>
    public static ResidentIdNumber Create(string regionCode, DateOnly birthDate, int sequence)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        if (regionCode.Length != 6 || !regionCode.All(char.IsAsciiDigit))
            throw new ArgumentException("The region code must be 6 ASCII digits.", nameof(regionCode));
        if (birthDate < EarliestBirthDate)
            throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, "Birth dates before 1900-01-01 are not accepted.");
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);

        Span<char> chars = stackalloc char[Length];
        regionCode.CopyTo(chars);
        birthDate.TryFormat(chars[6..], out _, "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        sequence.TryFormat(chars[14..17], out _, "D3", System.Globalization.CultureInfo.InvariantCulture);
        chars[17] = CheckCharacterOf(chars[..17]);
        return new ResidentIdNumber(chars.ToString());
    }

    internal static IdentifierProblem Check(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return IdentifierProblem.Missing;
        if (s.Length != Length) return IdentifierProblem.WrongLength;
        if (IdentifierText.ContainsFullWidth(s)) return IdentifierProblem.FullWidthCharacter;
        if (s[..17].ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(s[17]) || s[17] is 'X' or 'x'))
            return IdentifierProblem.InvalidCharacter;
        if (ReadBirthDate(s.Slice(6, 8)) is not { } birth || birth < EarliestBirthDate)
            return IdentifierProblem.InvalidBirthDate;
        return char.ToUpperInvariant(s[17]) == CheckCharacterOf(s[..17])
            ? IdentifierProblem.None
            : IdentifierProblem.WrongCheckCharacter;
    }

    /// <summary>ISO 7064 MOD 11-2 check character of the first 17 digits.</summary>
    internal static char CheckCharacterOf(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * Weights[i];
        return CheckCharacters[sum % 11];
    }

    private static DateOnly? ReadBirthDate(ReadOnlySpan<char> yyyyMMdd)
    {
        var year = Digits(yyyyMMdd[..4]);
        var month = Digits(yyyyMMdd.Slice(4, 2));
        var day = Digits(yyyyMMdd.Slice(6, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    private static int Digits(ReadOnlySpan<char> s)
    {
        var n = 0;
        foreach (var c in s) n = (n * 10) + (c - '0');
        return n;
    }
}
