using Court.Host.Access;
using Court.Host.Identity;
using Court.Host.Persistence;
using Court.Host.Problems;
using Court.Kernel;
using Court.Kernel.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Features.Me;

/// <summary>One query of the caller's government data: who, in which case, for what, when, and whether it was answered.</summary>
internal sealed record DataAccessView(
    DateTime At, string AtShanghai, string? QueriedBy, string? QueriedByRole, string? CaseNumber, string? Purpose, string Query, string Outcome);

/// <summary>
/// A party's view of the audit log: every bridge call that named their ID number or credit code — including refused
/// ones — so the data subject can see who looked at their data, for which case and purpose.
/// </summary>
internal static class GetDataAccessLog
{
    private const int Limit = 500;

    internal static void MapGetDataAccessLog(this RouteGroupBuilder api) =>
        api.MapGet("/me/data-access-log", HandleAsync).RequireAuthorization().WithSummary("我的信息被查询记录（政务数据）");

    internal static async Task<Results<Ok<IReadOnlyList<DataAccessView>>, UnauthorizedHttpResult, ProblemHttpResult>> HandleAsync(
        HttpContext http, UserManager<CourtUser> users, CourtDb db, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(http.User.UserId().ToString());
        if (user is null) return TypedResults.Unauthorized();
        if (!user.IdentityVerified && user.IdentifierNumber is not null) return CourtProblems.IdentityNotVerified();
        return TypedResults.Ok(await ForAsync(db, user.IdentifierNumber, ct));
    }

    public static async Task<IReadOnlyList<DataAccessView>> ForAsync(CourtDb db, string? identifier, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(identifier)) return [];
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Target == identifier && e.Action.StartsWith("govdata."))
            .OrderByDescending(e => e.Id)
            .Take(Limit)
            .ToListAsync(ct);
        // The log keeps the user name for accountability; the data subject reads who that was.
        var ids = entries.Select(e => e.UserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return entries.Select(e => new DataAccessView(e.At, ShanghaiTime.Format(e.At),
            e.UserId is { } id && names.TryGetValue(id, out var name) ? name : e.UserName, RoleName(e.Role), e.CaseNumber, e.Purpose,
            QueryName(e.Action), OutcomeName(e.Outcome))).ToList();
    }

    private static string? RoleName(string? role) => role switch
    {
        "Filer" => "立案申请人",
        "Registrant" => "注册账户的人",
        _ => Enum.TryParse<CaseRole>(role, out var caseRole) ? caseRole.ChineseName() : role,
    };

    private static string QueryName(string action) => action switch
    {
        "govdata.query-subject" => "主体信息",
        "govdata.query-assets" => "财产信息",
        "govdata.query-social-security" => "社保信息",
        "govdata.submit-action" => "协助执行请求",
        "govdata.get-action" => "协助执行进度",
        "govdata.view-snapshot" => "查看已存档的查询结果",
        _ => action,
    };

    private static string OutcomeName(string outcome) => outcome switch
    {
        "Succeeded" => "已查询",
        "NotFound" => "未查到",
        "Unauthenticated" or "PermissionDenied" => "已拒绝（无授权）",
        "InvalidArgument" => "已拒绝（信息有误）",
        "RateLimited" => "已拒绝（查询过于频繁）",
        _ => "未完成",
    };
}
