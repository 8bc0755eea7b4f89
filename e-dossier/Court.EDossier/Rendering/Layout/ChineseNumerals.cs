using System.Globalization;
using System.Text;

namespace Court.EDossier.Rendering;

/// <summary>Chinese numerals as court documents write them: 二〇二六年十二月一日 in 落款, 一、二、 for numbered orders.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>The year digit by digit, month and day as numbers: 二〇二六年十二月一日.</summary>
    public static string Date(DateOnly date)
    {
        var year = new StringBuilder();
        foreach (var digit in date.Year.ToString(CultureInfo.InvariantCulture)) year.Append(Digits[digit - '0']);
        return $"{year}年{Number(date.Month)}月{Number(date.Day)}日";
    }

    /// <summary>1 to 99: 一, 十, 十一, 二十, 二十一.</summary>
    public static string Number(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 99);
        var tens = value / 10;
        var units = value % 10;
        var text = tens switch { 0 => "", 1 => "十", _ => $"{Digits[tens]}十" };
        return units == 0 ? text : text + Digits[units];
    }

    /// <summary>Body dates in Arabic figures, as the 2016 法院诉讼文书样式 writes them: 2026年11月20日.</summary>
    public static string BodyDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>A deadline as a document states it; one inferred for a year without the State Council's notice says so (DOMAIN.md §6).</summary>
    public static string DeadlineDate(DateOnly date, bool provisional) =>
        provisional ? $"{BodyDate(date)}（{Court.Kernel.Calendar.PeriodEnd.ProvisionalNote}）" : BodyDate(date);
}
