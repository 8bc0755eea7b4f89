using Court.Host.Access;
using Court.Host.Cases;
using Court.Host.Persistence;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Court.Host.Litigation.Progress;

internal sealed record CaseProgressView(
    Guid CaseId, string CaseNumber, string CourtName, string CaseType, string CauseOfAction, string Status, string StatusName, DateOnly FiledOn,
    IReadOnlyList<ProgressNodeView> Nodes);

internal sealed record ProgressNodeView(Guid Id, string Kind, string KindName, DateTime At, string PublicNote, string? PartyDetail)
{
    public static ProgressNodeView Of(ProgressEntry e) =>
        new(e.Id, e.Kind.ToString(), e.KindName, DateTime.SpecifyKind(e.At, DateTimeKind.Utc), e.PublicNote, e.PartyDetail);
}

/// <summary>
/// 案件进度 for the people of the case: parties, counsel and court staff see every node with its party detail. A case the caller
/// is not on and a number no case has get the same 404, and each caller has a budget of queries, so numbers cannot be probed.
/// </summary>
internal static class GetCaseProgress
{
    internal static void MapGetCaseProgress(this RouteGroupBuilder api) =>
        api.MapGet("/cases/{caseNumber}/progress", HandleAsync).RequireAuthorization().RequireRateLimiting(CaseProgressRateLimit.Policy)
            .WithSummary("案件进度（本案当事人、代理人和承办人员）");

    internal static async Task<Results<Ok<CaseProgressView>, ProblemHttpResult>> HandleAsync(
        string caseNumber, HttpContext http, CourtDb db, ReferenceData reference, CancellationToken ct)
    {
        if (ProgressTimeline.CanonicalNumber(caseNumber, reference) is not { } number) return ProgressProblems.InvalidCaseNumber();
        var timeline = await ProgressTimeline.FindByNumberAsync(db, reference, number, http.User.UserId(), ct);
        if (timeline is not { Case: { CallerIsOnCase: true } found, Nodes: var nodes })
            return ProgressProblems.NoCaseOfYours();

        return TypedResults.Ok(new CaseProgressView(found.Id, found.Number, found.CourtName, found.CaseTypeName, found.Title,
            found.Status.ToString(), found.Status.ChineseName(), found.FiledOn, nodes.ConvertAll(ProgressNodeView.Of)));
    }
}
