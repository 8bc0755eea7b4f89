using Court.Kernel.Calendar;

namespace Court.Kernel.Filing;

/// <summary>劳动争议调解仲裁法: arbitration comes first (art. 5), and the time limit for suing after an award (arts. 48, 50).</summary>
internal static class LabourArbitration
{
    internal const string Award = "仲裁裁决";
    internal const string NotAccepted = "不予受理通知";
    internal const string Employer = "用人单位";
    internal const int DaysToSue = 15;

    // No State Council notice folds more than nine days into one holiday, so a 15-day period never ends more than this many
    // days late; a provisional end (a year without the notice) is refused as late only beyond it (DOMAIN.md §6: no legal
    // consequence on a provisional date).
    private const int LongestShift = 14;

    internal static IEnumerable<FieldError> Check(
        FilingCaseKind kind, IReadOnlyDictionary<string, string?> answers, IReadOnlyDictionary<string, DateOnly> dates,
        DateOnly today, RestDayCalendar calendar)
    {
        var outcome = answers.GetValueOrDefault("arbitrationOutcome")?.Trim();
        var final = answers.GetValueOrDefault("awardIsFinal")?.Trim() == ElementField.Yes;
        var employer = answers.GetValueOrDefault("filerRole")?.Trim() == Employer;

        if (outcome == NotAccepted && final)
            yield return new("awardIsFinal", "不予受理通知不是终局裁决，“是否为终局裁决”请选择“否”。");
        if (outcome == Award && final && employer)
            yield return new("awardIsFinal",
                "终局裁决自作出之日起发生法律效力，用人单位不能就终局裁决向人民法院起诉；有证据证明裁决有法定情形的，"
                + "可以自收到裁决书之日起三十日内向劳动争议仲裁委员会所在地的中级人民法院申请撤销裁决（劳动争议调解仲裁法第四十七条、第四十九条）。");

        // Art. 29 lets the applicant sue after a notice of non-acceptance without fixing a period; only an award runs the 15 days.
        if (outcome != Award || !dates.TryGetValue("receivedOn", out var received)) yield break;
        var label = kind.Field("receivedOn")!.Label;
        // 民事诉讼法第八十五条: the day of receipt is not counted; a last day on a rest day moves to the next working day.
        var deadline = StatutoryPeriod.EndOfDayPeriod(received, DaysToSue, calendar);
        var late = deadline.Provisional ? today > received.AddDays(DaysToSue + LongestShift) : today > deadline.End;
        if (late)
        {
            var when = deadline.Provisional ? "本案期限已经届满" : $"本案期限已于{deadline.End.Year}年{deadline.End.Month}月{deadline.End.Day}日届满";
            yield return new("receivedOn",
                $"已超过起诉期限：不服仲裁裁决的，应当自收到仲裁裁决书之日起十五日内向人民法院起诉（劳动争议调解仲裁法第四十八条、第五十条），"
                + $"{when}（收到当日不计入，最后一日遇法定休假日顺延，民事诉讼法第八十五条）。期满不起诉的，非终局裁决书发生法律效力，可以依法申请执行。");
        }
        else if (deadline.Provisional && today > deadline.End)
        {
            yield return new("receivedOn",
                $"无法确认“{label}”起算的十五日起诉期限：推算的届满日为{deadline.Display}，该年度的放假安排尚未公布。请到立案窗口核对期限后再提交。");
        }
    }
}
