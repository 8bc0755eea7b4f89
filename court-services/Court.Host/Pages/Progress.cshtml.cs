using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Court.Host.Pages;

/// <summary>案件进度公开查询: the page over <c>GET /api/public/progress</c>, sharing its rule, answers and attempt budget.</summary>
[AllowAnonymous]
[EnableRateLimiting(PublicQueryRateLimit.Policy)]
internal sealed class ProgressModel(CourtDb db, ReferenceData reference) : PageModel
{
    public string? CaseNumber { get; private set; }

    public ProgressCase? Found { get; private set; }

    public IReadOnlyList<PublicProgressNodeView> Nodes { get; private set; } = [];

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(string? caseNumber, string? queryCode, CancellationToken ct)
    {
        CaseNumber = caseNumber?.Trim();
        var (found, problem) = await PublicProgressQuery.LookUpAsync(caseNumber, queryCode, db, reference, ct);
        if (found is null)
        {
            Error = problem?.ProblemDetails.Extensions.TryGetValue("errors", out var errors) == true && errors is Dictionary<string, string[]> byField
                ? string.Join(" ", byField.Values.SelectMany(v => v))
                : problem?.ProblemDetails.Detail;
            Response.StatusCode = problem?.StatusCode ?? StatusCodes.Status404NotFound;
            return;
        }
        Found = found.Case;
        Nodes = found.Nodes.ConvertAll(n => PublicProgressNodeView.Of(n, found.Case));
    }
}
