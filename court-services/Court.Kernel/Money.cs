using System.Globalization;
using System.Text;

namespace Court.Kernel;

/// <summary>
/// An exact amount of renminbi, held as a whole number of fen (0.01 yuan). Amounts with more than two
/// decimal places never become money silently: round them explicitly with <see cref="RoundHalfUpToFen"/>
/// (Court's rule for fees and interest) or <see cref="FloorToFen"/> (pro-rata shares).
/// Multiplying by a rate gives the exact <see cref="decimal"/> product, which the caller then rounds.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private readonly long _fen;

    private Money(long fen) => _fen = fen;

    public static Money Zero => default;

    public long Fen => _fen;

    /// <summary>The amount in yuan, always with two decimal places (scale 2).</summary>
    public decimal Yuan => new((int)(uint)Magnitude, (int)(uint)(Magnitude >> 32), 0, _fen < 0, 2);

    private ulong Magnitude => _fen < 0 ? (ulong)(-(_fen + 1)) + 1 : (ulong)_fen;

    public static Money FromFen(long fen) => new(fen);

    /// <summary>An amount that is already a whole number of fen; anything finer throws: round explicitly first.</summary>
    public static Money FromYuan(decimal yuan)
    {
        if (decimal.Round(yuan, 2) != yuan)
            throw new ArgumentException($"{yuan} has fractions of a fen; round it explicitly (RoundHalfUpToFen or FloorToFen).", nameof(yuan));
        return new(decimal.ToInt64(yuan * 100));
    }

    /// <summary>Rounds to the fen, halves away from zero (四舍五入).</summary>
    public static Money RoundHalfUpToFen(decimal yuan) =>
        new(decimal.ToInt64(decimal.Round(yuan, 2, MidpointRounding.AwayFromZero) * 100));

    /// <summary>Rounds towards negative infinity to the fen.</summary>
    public static Money FloorToFen(decimal yuan) => new(decimal.ToInt64(decimal.Floor(yuan * 100)));

    public static Money operator +(Money left, Money right) => new(checked(left._fen + right._fen));

    public static Money operator -(Money left, Money right) => new(checked(left._fen - right._fen));

    public static Money operator -(Money value) => new(checked(-value._fen));

    /// <summary>The exact product, not yet money: round it with <see cref="RoundHalfUpToFen"/> or <see cref="FloorToFen"/>.</summary>
    public static decimal operator *(Money money, decimal factor) => money.Yuan * factor;

    /// <inheritdoc cref="op_Multiply(Money, decimal)"/>
    public static decimal operator *(decimal factor, Money money) => money.Yuan * factor;

    public static bool operator <(Money left, Money right) => left._fen < right._fen;

    public static bool operator >(Money left, Money right) => left._fen > right._fen;

    public static bool operator <=(Money left, Money right) => left._fen <= right._fen;

    public static bool operator >=(Money left, Money right) => left._fen >= right._fen;

    public int CompareTo(Money other) => _fen.CompareTo(other._fen);

    public static Money Max(Money a, Money b) => a >= b ? a : b;

    public static Money Min(Money a, Money b) => a <= b ? a : b;

    /// <summary>Like <c>¥1,234.50</c>; negative amounts <c>-¥1,234.50</c>.</summary>
    public override string ToString() =>
        (_fen < 0 ? "-¥" : "¥") + Math.Abs(Yuan).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// 大写金额 as written on court and payment documents (人民银行《支付结算办法》附件：正确填写票据和结算凭证的基本规定):
    /// 壹拾 keeps its 壹; one 零 stands for any run of zeros between two non-zero digits (壹拾万零柒仟元);
    /// 元 is followed by 零 when the jiao digit is 0 and the fen digit is not (壹元零伍分);
    /// 整 follows 元 when there are no jiao and no fen, and is left out after 角 and 分 (the rules allow either after 角).
    /// Zero is 零元整; a negative amount starts with 负. Amounts of 10^16 yuan (万万亿) and more throw.
    /// </summary>
    public string ToChineseUppercase()
    {
        var yuan = Magnitude / 100;
        if (yuan >= 10_000_000_000_000_000UL) throw new OverflowException("大写金额最大支持到万亿位。");
        var sb = new StringBuilder(32);
        if (_fen < 0) sb.Append('负');
        var jiao = (int)(Magnitude / 10 % 10);
        var fen = (int)(Magnitude % 10);
        if (yuan > 0)
        {
            AppendInteger(sb, yuan);
            sb.Append('元');
        }
        if (jiao == 0 && fen == 0) return sb.Append(yuan == 0 ? "零元整" : "整").ToString();
        if (jiao > 0) sb.Append(ChineseDigits[jiao]).Append('角');
        else if (yuan > 0) sb.Append('零');
        if (fen > 0) sb.Append(ChineseDigits[fen]).Append('分');
        return sb.ToString();
    }

    private const string ChineseDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string ChineseUnits = "\0拾佰仟";

    // Positions are counted from the units digit; every fourth position closes a section (万, 亿, 万亿).
    private static void AppendInteger(StringBuilder sb, ulong value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        var pendingZero = false;
        var sectionHasDigit = false;
        for (var i = 0; i < digits.Length; i++)
        {
            var position = digits.Length - 1 - i;
            var digit = digits[i] - '0';
            if (digit == 0)
            {
                pendingZero = true;
            }
            else
            {
                if (pendingZero) sb.Append('零');
                pendingZero = false;
                sectionHasDigit = true;
                sb.Append(ChineseDigits[digit]);
                if (position % 4 != 0) sb.Append(ChineseUnits[position % 4]);
            }
            if (position % 4 == 0 && position > 0)
            {
                // 亿 is always written: the digits above it are non-zero, and 壹万亿 has no digit in the 亿 section itself.
                if (position == 8) sb.Append('亿');
                else if (sectionHasDigit) sb.Append('万');
                sectionHasDigit = false;
            }
        }
    }
}
