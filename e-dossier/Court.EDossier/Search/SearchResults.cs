using Court.Kernel.Dossier;

namespace Court.EDossier.Search;

/// <summary>One page of hits, best first, and how many hits there are in all.</summary>
internal sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize);

/// <summary>
/// A page of a document that contains every term, in one dossier item the caller may see. A document placed in two
/// visible dossiers (a transferred item) is one hit per item. <see cref="Score"/>: higher is better (SQLite: −bm25;
/// PostgreSQL: occurrences of the terms on the page).
/// </summary>
internal sealed record SearchHit(
    Guid CaseId,
    Guid DocumentId,
    Guid ItemId,
    string Title,
    DossierCategory Category,
    DossierVolume Volume,
    int PageNumber,
    SearchSnippet Snippet,
    double Score);

/// <summary>
/// A window of the page's text, as plain text (never HTML), and where the terms are in it. A UI HTML-encodes the text
/// piece by piece and wraps each highlighted range in &lt;mark&gt;; nothing in the page text can inject markup.
/// </summary>
internal sealed record SearchSnippet(string Text, IReadOnlyList<HighlightRange> Highlights);

/// <summary>A highlighted run of <see cref="SearchSnippet.Text"/>: UTF-16 offset and length.</summary>
internal readonly record struct HighlightRange(int Start, int Length);
