using System.Security.Claims;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Dossier;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

/// <summary>Issues the documents of a filing into its dossier (or, once accepted, the case's), each kind once per round.</summary>
internal sealed class FilingDocuments(CourtDb db, IDossierApi dossier, TimeProvider clock, ReferenceData reference)
{
    public ReferenceData Reference => reference;

    public const string SourceStep = "online-filing";

    /// <summary>How long a claim to issue a document holds before another request may take over (the first one died).</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Issues <paramref name="document"/> unless this kind was issued in this round. The row is claimed first (unique per filing, kind
    /// and round), so two requests finishing the same step at once issue one document: the second is told to look again shortly.
    /// </summary>
    public async Task<Outcome<FilingDocument>> IssueOnceAsync(OnlineFiling filing, DossierOwner owner, CourtDocument document,
        DossierCategory category, DossierActor issuedBy, int round, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = await db.FilingDocuments.SingleOrDefaultAsync(d => d.FilingId == filing.Id && d.Kind == document.Kind && d.Round == round, ct);
        if (claim is { DocumentId: var issued } && issued != Guid.Empty) return claim;
        if (claim is not null && now - claim.IssuedAt < ClaimLease) return InProgress(document);
        if (claim is null)
        {
            claim = new FilingDocument { Id = Guid.CreateVersion7(), FilingId = filing.Id, Kind = document.Kind, Round = round, Title = document.Title };
            db.FilingDocuments.Add(claim);
        }
        claim.IssuedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.Entry(claim).State = EntityState.Detached;
            return InProgress(document);
        }

        var result = await dossier.IssueCourtDocumentAsync(owner, document, category, issuedBy, SourceStep, ct);
        if (!result.Succeeded)
        {
            db.FilingDocuments.Remove(claim);
            await db.SaveChangesAsync(ct);
            return new LitigationProblem(result.Refusal!.Status, result.Refusal.Code, result.Refusal.Detail);
        }
        claim.DocumentId = result.Added!.DocumentId;
        claim.IssuedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return claim;
    }

    private static LitigationProblem InProgress(CourtDocument document) =>
        LitigationProblem.Conflict($"{document.Title}正在生成，请稍后刷新查看。");

    public string CourtNameOf(OnlineFiling filing) => CourtNameOf(filing, reference);

    public static string CourtNameOf(OnlineFiling filing, ReferenceData reference) =>
        filing.CourtCode is { } code && reference.Courts.TryGet(code, out var court) ? court.Name : "人民法院";

    /// <summary>案由: the name of the filing's case kind, empty while none is chosen.</summary>
    public string CauseOf(OnlineFiling filing) => CauseOf(filing, reference);

    public static string CauseOf(OnlineFiling filing, ReferenceData reference) =>
        filing.KindSlug is { } slug && reference.FilingKinds.TryGet(slug, out var kind) ? kind.Name : "";

    public static DossierActor ActorOf(ClaimsPrincipal user) =>
        new(Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null, user.NameWithRole() is { Length: > 0 } name ? name : "诉讼服务平台");

    /// <summary>A document the court issues by itself (交费通知书 on submission): in the court's name, whoever's action led to it.</summary>
    public DossierActor CourtActor(OnlineFiling filing) => new(null, CourtNameOf(filing));
}
