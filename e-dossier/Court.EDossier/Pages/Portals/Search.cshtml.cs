using System.Text.Encodings.Web;
using Court.EDossier.Features.Search;
using Court.EDossier.Search;
using Court.Kernel.Audit;
using Court.Kernel.Cases;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Court.EDossier.Pages.Portals;

/// <summary>The search box of every portal lands here; results are only ever what the caller may see.</summary>
internal sealed class SearchModel(ICaseDirectory cases, DossierSearch search, IAuditLog audit) : PageModel
{
    public SearchForm Form { get; private set; } = new(null, null, null, null, null, null, null);

    public SearchAnswer? Answer { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? q, Guid? caseId, string? category, DateOnly? from, DateOnly? to, int? page, CancellationToken ct)
    {
        Form = new SearchForm(q, caseId, category, null, from, to, page);
        if (string.IsNullOrWhiteSpace(q)) return Page();
        var (answer, problem) = await SearchDossiers.RunAsync(Form, User, cases, search, audit, ct);
        if (answer is null)
        {
            Error = (problem as ProblemHttpResult)?.ProblemDetails.Detail;
            return Page();
        }
        Answer = answer;
        return Page();
    }

    /// <summary>The snippet HTML-encoded piece by piece, each match wrapped in &lt;mark&gt;: page text can never inject markup.</summary>
    public IHtmlContent Highlight(SearchSnippet snippet)
    {
        var html = new HtmlContentBuilder();
        var at = 0;
        foreach (var range in snippet.Highlights.OrderBy(r => r.Start))
        {
            if (range.Start < at) continue;
            html.Append(snippet.Text[at..range.Start]);
            html.AppendHtml("<mark>");
            html.Append(snippet.Text.Substring(range.Start, range.Length));
            html.AppendHtml("</mark>");
            at = range.Start + range.Length;
        }
        html.Append(snippet.Text[at..]);
        return html;
    }

    public string PageLink(int page) =>
        $"/Portals/Search?q={UrlEncoder.Default.Encode(Form.Q ?? "")}&page={page}" +
        (Form.CaseId is { } c ? $"&caseId={c}" : "") + (Form.Category is { Length: > 0 } cat ? $"&category={cat}" : "");
}
