using System.Security.Claims;
using Court.Host.Persistence;
using Court.Kernel.Dossier;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

/// <summary>Issues the documents of a filing into its dossier (or, once accepted, the case's), each kind once per round.</summary>
internal sealed class FilingDocuments(CourtDb db, IDossierApi dossier, TimeProvider clock)
{
    public const string SourceStep = "online-filing";

    public async Task<Outcome<FilingDocument>> IssueOnceAsync(OnlineFiling filing, DossierOwner owner, CourtDocument document,
        DossierCategory category, DossierActor issuedBy, int round, CancellationToken ct)
    {
        var existing = await db.FilingDocuments.AsNoTracking()
            .SingleOrDefaultAsync(d => d.FilingId == filing.Id && d.Kind == document.Kind && d.Round == round, ct);
        if (existing is not null) return existing;

        var result = await dossier.IssueCourtDocumentAsync(owner, document, category, issuedBy, SourceStep, ct);
        if (!result.Succeeded) return new LitigationProblem(result.Refusal!.Status, result.Refusal.Code, result.Refusal.Detail);
        var issued = new FilingDocument
        {
            Id = Guid.CreateVersion7(), FilingId = filing.Id, Kind = document.Kind, Round = round, DocumentId = result.Added!.DocumentId,
            Title = document.Title, IssuedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.FilingDocuments.Add(issued);
        await db.SaveChangesAsync(ct);
        return issued;
    }

    public static string CourtNameOf(OnlineFiling filing) =>
        filing.CourtCode is { } code && ReferenceData.Courts.TryGet(code, out var court) ? court.Name : "人民法院";

    public static DossierActor ActorOf(ClaimsPrincipal user) =>
        new(Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null, user.Identity?.Name ?? "诉讼服务平台");
}
