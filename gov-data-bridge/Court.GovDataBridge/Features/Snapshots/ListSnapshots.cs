using System.Security.Claims;
using Court.GovData.Bridge.V1;
using Snapshot = Court.GovDataBridge.Persistence.Snapshot;
using Court.GovDataBridge.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.GovData;
using Court.Kernel.Problems;
using Google.Protobuf;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Court.GovDataBridge.Features.Snapshots;

internal sealed record SnapshotSummary(Guid Id, string Kind, string Purpose, string Subject, string ActingUser, DateTime RetrievedAt, string RetrievedAtShanghai, string Sha256, bool FromCache);

/// <summary>What the court knew, when: the government data snapshots of a case, for the people who act in it.</summary>
internal static class ListSnapshots
{
    public static IEndpointRouteBuilder MapGovDataSnapshots(this IEndpointRouteBuilder cases)
    {
        cases.MapGet("/{caseId:guid}/gov-data/snapshots", ListAsync).WithName("ListGovDataSnapshots").WithSummary("本案的政务数据查询快照");
        cases.MapGet("/{caseId:guid}/gov-data/snapshots/{snapshotId:guid}", GetAsync).WithName("GetGovDataSnapshot").WithSummary("一份查询快照的内容与哈希");
        return cases;
    }

    private static async Task<IResult> ListAsync(Guid caseId, ClaimsPrincipal user, IAuthorizationService authorization, BridgeDb db, CancellationToken ct)
    {
        var mine = await ScopeAsync(caseId, user, authorization, db);
        if (mine is null) return Forbidden();
        var rows = await mine.OrderByDescending(s => s.RetrievedAt).Take(500).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(s => new SnapshotSummary(s.Id, s.Kind, s.Purpose, s.Subject, s.ActingUserName, s.RetrievedAt,
            ShanghaiTime.Format(s.RetrievedAt), s.Sha256, s.FromCache)));
    }

    private static async Task<IResult> GetAsync(
        Guid caseId, Guid snapshotId, ClaimsPrincipal user, IAuthorizationService authorization, BridgeDb db, IAuditLog audit, CancellationToken ct)
    {
        var mine = await ScopeAsync(caseId, user, authorization, db);
        if (mine is null) return Forbidden();
        var snapshot = await mine.SingleOrDefaultAsync(s => s.Id == snapshotId, ct);
        if (snapshot is null)
            return TypedResults.Problem("本案没有这份查询快照。", statusCode: StatusCodes.Status404NotFound, title: "未找到", type: ProblemTypes.NotFound);
        // Reading a snapshot shows government data again: recorded like a query, so the data subject sees it too.
        await audit.WriteAsync(new AuditRecord("govdata.view-snapshot", caseId, snapshot.CaseNumber,
            Enum.Parse<Purpose>(snapshot.Purpose).ChineseName(), snapshot.Subject, snapshot.Sha256), ct);
        IMessage content = snapshot.Kind switch
        {
            "subject" => QuerySubjectReply.Parser.ParseFrom(snapshot.Content),
            "assets" => QueryAssetsReply.Parser.ParseFrom(snapshot.Content),
            _ => QuerySocialSecurityReply.Parser.ParseFrom(snapshot.Content),
        };
        return Results.Content(
            $"{{\"id\":\"{snapshot.Id}\",\"kind\":\"{snapshot.Kind}\",\"sha256\":\"{snapshot.Sha256}\",\"retrievedAt\":\"{snapshot.RetrievedAt:O}\",\"content\":{JsonFormatter.Default.Format(content)}}}",
            "application/json; charset=utf-8");
    }

    /// <summary>Court staff of the case see every snapshot; anyone else (an administrator) only the ones they made.</summary>
    private static async Task<IQueryable<Snapshot>?> ScopeAsync(Guid caseId, ClaimsPrincipal user, IAuthorizationService authorization, BridgeDb db)
    {
        var ofCase = db.Snapshots.AsNoTracking().Where(s => s.CaseId == caseId);
        if ((await authorization.AuthorizeAsync(user, new CaseResource(caseId), CaseOperations.ActForCourt)).Succeeded) return ofCase;
        if (!(await authorization.AuthorizeAsync(user, new CaseResource(caseId), CaseOperations.Read)).Succeeded) return null;
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? ofCase.Where(s => s.ActingUserId == userId) : null;
    }

    private static IResult Forbidden() =>
        TypedResults.Problem("您不能查看本案的政务数据查询快照。", statusCode: StatusCodes.Status403Forbidden, title: "无权查看", type: ProblemTypes.Forbidden);
}
