using System.Globalization;

namespace Court.Kernel.Filing;

/// <summary>
/// An element's answer as a person reads it: money with 元 and thousands separators (on a document also in 大写, as amounts are
/// written on court papers), a rate with %, a date in 年月日. An answer that does not read as its type is shown as typed.
/// </summary>
public static class ElementDisplay
{
    public static string Of(ElementField field, string answer, bool inDocument = false)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(answer);
        var text = answer.Trim();
        switch (field.Type)
        {
            case ElementFieldType.Money when ReadDecimal(text) is { } yuan && decimal.Round(yuan, 2) == yuan && yuan >= 0:
                var money = Money.FromYuan(yuan);
                var figures = yuan.ToString(yuan == decimal.Truncate(yuan) ? "#,##0" : "#,##0.00", CultureInfo.InvariantCulture) + "元";
                return inDocument ? $"{figures}（人民币{money.ToChineseUppercase()}）" : figures;
            case ElementFieldType.Percent when ReadDecimal(text) is { } rate:
                return rate.ToString("0.####", CultureInfo.InvariantCulture) + "%";
            case ElementFieldType.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
            default:
                return answer;
        }
    }

    private static decimal? ReadDecimal(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
