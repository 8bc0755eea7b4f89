namespace Court.Kernel.Filing;

/// <summary>How an element of the complaint form is entered and checked.</summary>
public enum ElementFieldType
{
    /// <summary>An amount in yuan: not negative, at most two decimals, at most 10^13.</summary>
    Money,
    /// <summary>A real date (yyyy-MM-dd), not after the filing day.</summary>
    Date,
    /// <summary>A percentage from 0 to 100 (年利率 24 = 24%).</summary>
    Percent,
    Text,
    /// <summary>One of <see cref="ElementField.Choices"/>.</summary>
    Choice,
    /// <summary>是 or 否.</summary>
    YesNo,
}

/// <summary>
/// One structured fact of an element-based complaint (要素式起诉状). <paramref name="AtMost"/> names a money field this
/// one may not exceed (尚欠本金 ≤ 借款本金); <paramref name="NotBefore"/> a date field this one may not precede.
/// </summary>
public sealed record ElementField(
    string Key,
    string Label,
    ElementFieldType Type,
    bool Required,
    string Hint,
    IReadOnlyList<string>? Choices = null,
    string? AtMost = null,
    string? NotBefore = null)
{
    public const string Yes = "是";
    public const string No = "否";
}

/// <summary>A money field that adds to (or, with <paramref name="Subtract"/>, is taken from) the amount claimed.</summary>
public sealed record ClaimTerm(string Field, bool Subtract = false);

/// <summary>A field's problem, in Chinese, saying what to fix.</summary>
public sealed record FieldError(string Field, string Message);
