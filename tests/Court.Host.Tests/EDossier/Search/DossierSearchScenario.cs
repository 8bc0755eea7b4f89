using Court.EDossier.Persistence;
using Court.EDossier.Search;
using Court.Host.Tests.Persistence;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Tests.EDossier.Search;

/// <summary>A migrated DossierDb on this run's provider, with intent methods to file documents and to search.</summary>
internal sealed class DossierSearchScenario : IAsyncDisposable
{
    private readonly ScratchDatabase _scratch;
    private readonly Dictionary<Guid, Guid> _dossierOfCase = [];
    private long _sequence;

    private DossierSearchScenario(ScratchDatabase scratch) => _scratch = scratch;

    public static async Task<DossierSearchScenario> CreateAsync()
    {
        var scratch = await ScratchDatabase.CreateAsync();
        await using var db = scratch.NewDossierDb();
        await db.Database.MigrateAsync();
        return new DossierSearchScenario(scratch);
    }

    public DossierDb NewDb() => _scratch.NewDossierDb();

    /// <summary>Files one document with these pages into the case's dossier, as the e-dossier would (through EF).</summary>
    public async Task<(Guid DocumentId, Guid ItemId)> FileAsync(Guid caseId, DossierCategory category, string title, params string[] pages) =>
        await FileAsync(caseId, category, title, new DateTime(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc), pages);

    public async Task<(Guid DocumentId, Guid ItemId)> FileAsync(Guid caseId, DossierCategory category, string title, DateTime addedAt, params string[] pages)
    {
        await using var db = NewDb();
        if (!_dossierOfCase.TryGetValue(caseId, out var dossierId))
        {
            dossierId = Guid.NewGuid();
            db.Dossiers.Add(new Dossier { Id = dossierId, CaseId = caseId, CreatedAt = addedAt });
            _dossierOfCase[caseId] = dossierId;
        }
        var document = new StoredDocument
        {
            Id = Guid.NewGuid(), Sha256 = new string('a', 64), SizeBytes = 1000, PageCount = pages.Length, SourceKind = "pdf",
            FileName = title + ".pdf", CreatedAt = addedAt,
            Pages = [.. pages.Select((text, i) => new DocumentPage { PageNumber = i + 1, Source = PageTextSource.TextLayer, Text = text })],
        };
        var item = new DossierItem
        {
            Id = Guid.NewGuid(), DossierId = dossierId, Document = document, Category = category, Volume = category.Volume(), Title = title,
            Sequence = ++_sequence, AddedAt = addedAt, AddedByName = "书记员", SourceStep = "test",
        };
        db.Items.Add(item);
        await db.SaveChangesAsync();
        return (document.Id, item.Id);
    }

    /// <summary>
    /// Searches with both plans (walk the scope; read the index first) and checks they find the same hits, so every
    /// test covers both; returns the scope-first answer. The plans rank differently on SQLite (occurrences, bm25), so
    /// the hits are compared as sets, and only when they fit on one page.
    /// </summary>
    public async Task<SearchResults> SearchAsync(SearchQuery query, params CaseVisibility[] visible) => (await SearchBothWaysAsync(query, visible)).ScopeFirst;

    public async Task<(SearchResults ScopeFirst, SearchResults IndexFirst)> SearchBothWaysAsync(SearchQuery query, params CaseVisibility[] visible)
    {
        await using var db = NewDb();
        var scopeFirst = await new DossierSearch(db) { ScopeFirstMaxPages = long.MaxValue }.SearchAsync(query, visible, CancellationToken.None);
        var indexFirst = await new DossierSearch(db) { ScopeFirstMaxPages = 0 }.SearchAsync(query, visible, CancellationToken.None);
        indexFirst.Total.ShouldBe(scopeFirst.Total, "both plans count the same hits");
        if (scopeFirst.Total <= query.PageSize)
            indexFirst.Hits.Select(Key).ShouldBe(scopeFirst.Hits.Select(Key), ignoreOrder: true, "both plans find the same hits");
        return (scopeFirst, indexFirst);
    }

    private static string Key(SearchHit hit) => $"{hit.ItemId}/{hit.PageNumber}";

    public ValueTask DisposeAsync() => _scratch.DisposeAsync();
}
