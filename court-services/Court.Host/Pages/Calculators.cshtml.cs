using Court.Host.Features.Calendar;
using Court.Host.Features.Fees;
using Court.Kernel.Calendar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.Host.Pages;

/// <summary>
/// 诉讼计算器: the public period calculator (<c>POST /api/calendar/period-end</c>) and fee calculator (<c>POST /api/fees/estimate</c>)
/// as a page — the same handlers, so the page can never disagree with the API or with what the cases are told.
/// </summary>
[AllowAnonymous]
internal sealed class CalculatorsModel(ICourtCalendar calendar) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Name)> Units = [("day", "日"), ("month", "月"), ("year", "年")];

    public static readonly IReadOnlyList<(string Value, string Name)> FeeKinds =
    [
        ("property", "财产案件（按诉讼请求的金额）"), ("labour", "劳动争议案件"), ("divorce", "离婚案件"), ("personality", "侵害人格权案件"),
        ("ip", "知识产权民事案件"), ("non-property", "其他非财产案件"), ("administrative", "行政案件"),
        ("administrative-trademark-patent-maritime", "商标、专利、海事行政案件"), ("enforcement", "申请执行"), ("preservation", "申请保全"),
        ("payment-order", "申请支付令"), ("bankruptcy", "申请破产"),
    ];

    public static readonly IReadOnlyList<(string Value, string Name)> Reductions =
    [
        ("summary-procedure", "适用简易程序审理"), ("mediation", "以调解方式结案"), ("withdrawal", "判决前撤诉"), ("merged-counterclaim", "反诉与本诉合并审理"),
    ];

    [BindProperty] public string? Start { get; set; }
    [BindProperty] public int? Length { get; set; }
    [BindProperty] public string? Unit { get; set; } = "day";
    [BindProperty] public string? FeeKind { get; set; } = "property";
    [BindProperty] public decimal? Amount { get; set; }
    [BindProperty] public List<string> FeeReductions { get; set; } = [];

    public PeriodEndView? Period { get; private set; }
    public FeeEstimateView? Fee { get; private set; }
    public string? PeriodError { get; private set; }
    public string? FeeError { get; private set; }

    public void OnGet()
    {
    }

    public void OnPostPeriod()
    {
        var request = new PeriodEndRequest(Start?.Trim(), Length, Unit);
        if (PageForms.Invalid(request) is { } invalid) PeriodError = invalid;
        else (Period, PeriodError) = Answer<PeriodEndView>(CalculatePeriodEnd.Handle(request, calendar).Result);
    }

    public void OnPostFee()
    {
        var request = new EstimateFeeRequest(FeeKind, Amount, FeeReductions);
        if (PageForms.Invalid(request) is { } invalid) FeeError = invalid;
        else (Fee, FeeError) = Answer<FeeEstimateView>(EstimateFee.Handle(request).Result);
    }

    private static (T? Value, string? Error) Answer<T>(IResult result) where T : class => result switch
    {
        Ok<T> ok => (ok.Value, null),
        ValidationProblem problem => (null, problem.ProblemDetails.Detail),
        _ => (null, "暂时无法计算，请稍后重试。"),
    };
}
