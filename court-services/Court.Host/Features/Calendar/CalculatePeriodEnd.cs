using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Court.Kernel.Calendar;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.Host.Features.Calendar;

internal sealed record PeriodEndRequest(
    [property: Required(ErrorMessage = "请填写起算日期，格式为 yyyy-MM-dd，例如 2026-12-20。")] string? Start,
    [property: Required(ErrorMessage = "请填写期间长度。"), Range(0, 36_500, ErrorMessage = "期间长度应为0至36500之间的整数。")] int? Length,
    [property: Required(ErrorMessage = "请选择期间单位：day（日）、month（月）或 year（年）。")] string? Unit) : IValidatableObject
{
    internal static readonly DateOnly Earliest = new(1950, 1, 1);
    internal static readonly DateOnly Latest = new(2099, 12, 31);

    internal static readonly Dictionary<string, PeriodUnit> Units = new(StringComparer.Ordinal)
    {
        ["day"] = PeriodUnit.Day, ["month"] = PeriodUnit.Month, ["year"] = PeriodUnit.Year,
    };

    internal DateOnly StartDate => DateOnly.ParseExact(Start!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Start is not null && !DateOnly.TryParseExact(Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            yield return new ValidationResult($"起算日期“{Start}”无法识别，格式应为 yyyy-MM-dd，例如 2026-12-20。", [nameof(Start)]);
        else if (Start is not null && (StartDate < Earliest || StartDate > Latest))
            yield return new ValidationResult("起算日期应在1950年1月1日至2099年12月31日之间。", [nameof(Start)]);
        if (Unit is not null && !Units.ContainsKey(Unit))
            yield return new ValidationResult($"不支持的期间单位“{Unit}”，应为 day（日）、month（月）或 year（年）。", [nameof(Unit)]);
    }
}

internal sealed record PeriodEndView(string End, bool RolledOverRestDay, bool Provisional, string Basis);

/// <summary>
/// 期间计算器: the public face of the function the cases use (民事诉讼法第八十五条, DOMAIN.md §6), on the court's calendar as it
/// stands — a year without the State Council's notice is counted on the holidays the law fixes and marked provisional.
/// </summary>
internal static class CalculatePeriodEnd
{
    internal static void MapCalculatePeriodEnd(this RouteGroupBuilder api) =>
        api.MapPost("/calendar/period-end", Handle).AllowAnonymous().WithSummary("期间计算（民事诉讼法第八十五条）");

    internal static Results<Ok<PeriodEndView>, ValidationProblem> Handle(PeriodEndRequest request, ICourtCalendar calendar)
    {
        var start = request.StartDate;
        var unit = PeriodEndRequest.Units[request.Unit!];
        var length = request.Length!.Value;
        if (LastDay(start, length, unit) is not { } lastDay || lastDay > PeriodEndRequest.Latest)
        {
            const string message = "期间届满日超出可计算的范围：本计算器计算1950年至2099年间的期间。";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["length"] = [message] }, detail: message, type: ProblemTypes.Validation);
        }
        var end = StatutoryPeriod.End(start, length, unit, calendar.Current);
        return TypedResults.Ok(new PeriodEndView(end.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end.RolledOverRestDay, end.Provisional, end.Basis));
    }

    private static DateOnly? LastDay(DateOnly start, int length, PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day when length <= 36_500 => start.AddDays(length),
        PeriodUnit.Month when length <= 1_200 => start.AddMonths(length),
        PeriodUnit.Year when length <= 100 => start.AddMonths(length * 12),
        _ => null,
    };
}
