using Court.EDossier.Search;
using Court.Kernel.Audit;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Court.EDossier.Features.Search;

/// <summary>A search answer: the caller's cases whose number or cause match, and the dossier pages that do, best first.</summary>
internal sealed record SearchAnswer(IReadOnlyList<CaseMatch> Cases, IReadOnlyList<PageMatch> Pages, int Total, int Page, int PageSize);

internal sealed record CaseMatch(Guid CaseId, string CaseNumber, string Cause);

internal sealed record PageMatch(
    Guid CaseId, string CaseNumber, Guid DocumentId, string Title, string Category, string CategoryName, string Volume, string VolumeName,
    int PageNumber, SearchSnippet Snippet, string Link);

/// <summary>
/// <c>GET /api/search?q=…&amp;caseId=&amp;category=&amp;volume=&amp;from=&amp;to=&amp;page=</c>: full-text search in Chinese over the dossiers
/// the caller may see (visibility is part of the query, not a filter on its results) and the case register.
/// </summary>
internal static class SearchDossiers
{
    public static RouteHandlerBuilder MapSearchDossiers(this IEndpointRouteBuilder api) =>
        api.MapGet("/search", HandleAsync).RequireAuthorization().WithName("SearchDossiers").WithSummary("全文检索（卷宗文字与案件信息）");

    private static async Task<IResult> HandleAsync(
        string? q, Guid? caseId, string? category, string? volume, DateOnly? from, DateOnly? to, int? page, HttpContext http,
        ICaseDirectory cases, DossierSearch search, IAuditLog audit, CancellationToken ct)
    {
        var (answer, problem) = await RunAsync(new SearchForm(q, caseId, category, volume, from, to, page), http.User, cases, search, audit, ct);
        return answer is null ? problem! : TypedResults.Ok(answer);
    }

    /// <summary>What the API and the search page share: validation, the caller's visibility, the query, the case matches, the audit.</summary>
    internal static async Task<(SearchAnswer? Answer, IResult? Problem)> RunAsync(
        SearchForm form, System.Security.Claims.ClaimsPrincipal user, ICaseDirectory cases, DossierSearch search, IAuditLog audit, CancellationToken ct)
    {
        if (!SearchTerms.TryParse(form.Q, out var terms, out var error)) return (null, DossierProblems.Invalid("q", error!));
        DossierCategory? category = null;
        if (!string.IsNullOrEmpty(form.Category))
        {
            if (!DossierCategories.TryParse(form.Category, out var parsed)) return (null, DossierProblems.Invalid("category", $"类别可选：{DossierCategories.SlugList}。"));
            category = parsed;
        }
        DossierVolume? volume = null;
        if (!string.IsNullOrEmpty(form.Volume))
        {
            if (!DossierVolumes.TryParse(form.Volume, out var parsed)) return (null, DossierProblems.Invalid("volume", "卷别可选 open（正卷）或 internal（副卷）。"));
            volume = parsed;
        }
        if (form.From > form.To) return (null, DossierProblems.Invalid("from", "起始日期不能晚于截止日期。"));

        var visible = await cases.VisibleToAsync(user, ct);
        var results = await search.SearchAsync(new SearchQuery(form.Q!, form.CaseId, category, volume, form.From, form.To, Math.Max(1, form.Page ?? 1)), visible, ct);
        var known = (await cases.FindManyAsync(visible.Select(v => v.CaseId).Union(results.Hits.Select(h => h.CaseId)).ToList(), ct)).ToDictionary(c => c.Id);
        var caseMatches = known.Values
            .Where(c => form.CaseId is null || c.Id == form.CaseId)
            .Where(c => terms.All(t => c.Number.Contains(t, StringComparison.OrdinalIgnoreCase) || c.Title.Contains(t, StringComparison.Ordinal)))
            .Select(c => new CaseMatch(c.Id, c.Number, c.Title)).ToList();
        var pages = results.Hits.Select(h => new PageMatch(h.CaseId, known.TryGetValue(h.CaseId, out var c) ? c.Number : "", h.DocumentId, h.Title,
            h.Category.Slug(), h.Category.ChineseName(), h.Volume.Slug(), h.Volume.ChineseName(), h.PageNumber, h.Snippet,
            $"/api/cases/{h.CaseId}/dossier/documents/{h.DocumentId}#page={h.PageNumber}")).ToList();
        await audit.WriteAsync(new AuditRecord("dossier.search", form.CaseId, Target: form.Q, ResultHash: ResultHash.Of(pages.Select(p => p.DocumentId))), ct);
        return (new SearchAnswer(form.Page is null or 1 ? caseMatches : [], pages, results.Total, results.Page, results.PageSize), null);
    }
}

internal sealed record SearchForm(string? Q, Guid? CaseId, string? Category, string? Volume, DateOnly? From, DateOnly? To, int? Page);
