using System.Globalization;
using Court.Kernel.Calendar;
using Court.Kernel.Fees;

namespace Court.Kernel.Filing;

/// <summary>Checks an element-based complaint (要素式起诉状) and derives the amount claimed (诉讼标的额) from it.</summary>
public static class ElementForm
{
    /// <summary>The largest amount of money accepted, as for the fee calculator: 10^13 yuan.</summary>
    public const decimal MaxMoney = 10_000_000_000_000m;

    public const int MaxTextLength = 2000;

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// Every problem of the answers (field key → text as entered), in Chinese; empty when the form can be submitted.
    /// <paramref name="today"/> is the filing day in Asia/Shanghai; <paramref name="calendar"/> holds the rest days for
    /// the labour-dispute time limit (民事诉讼法第八十五条).
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(
        FilingCaseKind kind, IReadOnlyDictionary<string, string?> answers, DateOnly today, RestDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(calendar);

        var errors = new List<FieldError>();
        foreach (var key in answers.Keys.Where(k => kind.Field(k) is null).Order(StringComparer.Ordinal))
            errors.Add(new(key, $"“{kind.Name}”的起诉状没有“{key}”这一项，请删除后重新提交。"));

        var money = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var field in kind.Fields)
        {
            var text = answers.GetValueOrDefault(field.Key)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (field.Required) errors.Add(new(field.Key, $"请填写“{field.Label}”。"));
                continue;
            }
            var problem = field.Type switch
            {
                ElementFieldType.Money => CheckMoney(field, text, money),
                ElementFieldType.Date => CheckDate(field, text, today, dates),
                ElementFieldType.Percent => CheckPercent(field, text),
                ElementFieldType.Choice => field.Choices!.Contains(text) ? null : $"“{field.Label}”请从以下选项中选择：{string.Join("、", field.Choices!)}。",
                ElementFieldType.YesNo => text is ElementField.Yes or ElementField.No ? null : $"“{field.Label}”请选择“是”或“否”。",
                _ => text.Length <= MaxTextLength ? null : $"“{field.Label}”不能超过{MaxTextLength}字，请精简。",
            };
            if (problem is not null) errors.Add(new(field.Key, problem));
        }

        foreach (var field in kind.Fields)
        {
            if (field.AtMost is { } cap && money.TryGetValue(field.Key, out var value) && money.TryGetValue(cap, out var limit) && value > limit)
                errors.Add(new(field.Key, $"“{field.Label}”不能超过“{kind.Field(cap)!.Label}”，请核对。"));
            if (field.NotBefore is { } earlier && dates.TryGetValue(field.Key, out var date) && dates.TryGetValue(earlier, out var start) && date < start)
                errors.Add(new(field.Key, $"“{field.Label}”不能早于“{kind.Field(earlier)!.Label}”，请核对。"));
        }

        if (errors.Count == 0 && kind.FeeKind == FeeKind.Property && kind.ClaimAmount.Count > 0 && ClaimedAmount(kind, answers) is not > 0)
            errors.Add(new(kind.ClaimAmount[0].Field, "按您填写的金额，诉讼请求的金额合计不大于0，请核对各项金额。"));

        if (kind.Rules.Contains(FilingRule.LabourAfterArbitration))
            errors.AddRange(LabourArbitration.Check(kind, answers, dates, today, calendar));
        return errors;
    }

    /// <summary>
    /// The amount to give the fee calculator and the level-jurisdiction check: the sum of the kind's claim terms
    /// (e.g. 民间借贷: 借款本金 − 已还本金 + 主张的利息), unanswered terms counting 0; null when the kind's fee does not
    /// depend on an amount or no term is answered (a divorce without property). Call it on answers that
    /// <see cref="Validate"/> accepted: an amount it cannot read throws.
    /// </summary>
    public static decimal? ClaimedAmount(FilingCaseKind kind, IReadOnlyDictionary<string, string?> answers)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(answers);
        decimal? total = null;
        foreach (var term in kind.ClaimAmount)
        {
            var text = answers.GetValueOrDefault(term.Field)?.Trim();
            if (string.IsNullOrEmpty(text)) continue;
            if (!TryParseDecimal(text, out var value)) throw new ArgumentException($"“{kind.Field(term.Field)!.Label}”不是金额。", nameof(answers));
            total = (total ?? 0m) + (term.Subtract ? -value : value);
        }
        return total;
    }

    internal static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static string? CheckMoney(ElementField field, string text, Dictionary<string, decimal> money)
    {
        if (!TryParseDecimal(text, out var value)) return $"“{field.Label}”请填写数字金额（单位：元），如 50000 或 1234.56。";
        if (value < 0) return $"“{field.Label}”不能为负数。";
        if (decimal.Round(value, 2) != value) return $"“{field.Label}”最多保留两位小数（精确到分）。";
        if (value > MaxMoney) return $"“{field.Label}”超出可受理的范围（不超过10万亿元），请核对。";
        money[field.Key] = value;
        return null;
    }

    private static string? CheckDate(ElementField field, string text, DateOnly today, Dictionary<string, DateOnly> dates)
    {
        if (!TryParseDate(text, out var date)) return $"“{field.Label}”不是有效日期，请按“年-月-日”填写，如 2026-03-01。";
        if (date > today) return $"“{field.Label}”不能晚于今天（{today:yyyy-MM-dd}），请核对。";
        dates[field.Key] = date;
        return null;
    }

    private static string? CheckPercent(ElementField field, string text)
    {
        if (!TryParseDecimal(text, out var value)) return $"“{field.Label}”请填写百分比数字，如年利率3.45%填 3.45。";
        return value is < 0 or > 100 ? $"“{field.Label}”须在0至100之间。" : null;
    }
}
