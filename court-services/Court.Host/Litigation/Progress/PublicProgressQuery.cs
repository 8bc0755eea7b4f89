using System.Threading.RateLimiting;
using Court.Host.Persistence;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Court.Host.Litigation.Progress;

/// <summary>What anyone holding the query code may see: no person's name, no party detail, no free text.</summary>
internal sealed record PublicProgressView(
    string CaseNumber, string CourtName, string CaseType, string CauseOfAction, DateOnly FiledOn, IReadOnlyList<PublicProgressNodeView> Nodes);

/// <summary>A node as the public sees it; <see cref="PublicNote"/> is <see cref="PublicProgressText"/>, never the recorded note.</summary>
internal sealed record PublicProgressNodeView(string Kind, string KindName, DateTime At, string PublicNote)
{
    public static PublicProgressNodeView Of(ProgressEntry e, ProgressCase c) =>
        new(e.Kind.ToString(), e.KindName, DateTime.SpecifyKind(e.At, DateTimeKind.Utc), PublicProgressText.For(e.Kind, c));
}

/// <summary>
/// 案件进度公开查询: case number plus the query code printed on the acceptance notice, without signing in.
/// A wrong code and an unknown number get the same 404; each client address has a small budget of attempts.
/// </summary>
internal static class PublicProgressQuery
{
    internal static void MapPublicProgressQuery(this RouteGroupBuilder api) =>
        api.MapGet("/public/progress", HandleAsync).AllowAnonymous().RequireRateLimiting(PublicQueryRateLimit.Policy)
            .WithSummary("案件进度公开查询（案号＋查询码）");

    internal static async Task<Results<Ok<PublicProgressView>, ProblemHttpResult>> HandleAsync(
        string? caseNumber, string? queryCode, CourtDb db, ReferenceData reference, CancellationToken ct)
    {
        var (result, problem) = await LookUpAsync(caseNumber, queryCode, db, reference, ct);
        if (result is not { Case: var found, Nodes: var nodes }) return problem!;
        return TypedResults.Ok(new PublicProgressView(found.Number, found.CourtName, found.CaseTypeName, found.Title, found.FiledOn,
            nodes.ConvertAll(n => PublicProgressNodeView.Of(n, found))));
    }

    /// <summary>The case when number and code match; otherwise the problem to answer (400 for a malformed input, else the one 404).</summary>
    internal static async Task<(ProgressCaseWithNodes? Found, ProblemHttpResult? Problem)> LookUpAsync(
        string? caseNumber, string? queryCode, CourtDb db, ReferenceData reference, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(caseNumber)) return (null, ProgressProblems.Invalid("caseNumber", "请填写案号。"));
        if (string.IsNullOrWhiteSpace(queryCode)) return (null, ProgressProblems.Invalid("queryCode", "请填写查询码。"));
        if (ProgressTimeline.CanonicalNumber(caseNumber, reference) is not { } number) return (null, ProgressProblems.InvalidCaseNumber());
        if (QueryCode.Normalise(queryCode) is not { } code)
            return (null, ProgressProblems.Invalid("queryCode", $"查询码为受理通知书上的 {QueryCode.Length} 位字母和数字，请核对后重试。"));

        var found = await ProgressTimeline.FindByNumberAsync(db, reference, number, Guid.Empty, ct);
        // The comparison runs whether or not the case exists, so both failures take the same path.
        var matches = QueryCode.Matches(found?.Case.QueryCode, code);
        return matches && found is not null ? (found, null) : (null, ProgressProblems.PublicQueryNotFound());
    }
}

internal sealed class PublicQueryOptions
{
    public const string Section = "Court:Progress:PublicQuery";

    /// <summary>Queries one client address may make per <see cref="WindowSeconds"/>.</summary>
    public int PermitLimit { get; set; } = 20;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// One fixed-window budget per client address, shared by the API and the /progress page. Rejected API calls get a
/// Chinese ProblemDetails; rejected pages fall through to the error page with status 429.
/// </summary>
internal sealed class PublicQueryRateLimit(IOptions<PublicQueryOptions> options) : IRateLimiterPolicy<string>
{
    public const string Policy = "progress-public-query";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
        RateLimitRejection.WriteAsync(context.HttpContext,
            context.HttpContext.RequestServices.GetRequiredService<IOptions<PublicQueryOptions>>().Value.WindowSeconds);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var o = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = o.PermitLimit,
                Window = TimeSpan.FromSeconds(o.WindowSeconds),
                QueueLimit = 0,
            });
    }
}
