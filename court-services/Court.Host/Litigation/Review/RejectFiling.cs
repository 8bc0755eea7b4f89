using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Progress;
using Court.Host.Litigation.Service;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Court.Seeds.Reference;

namespace Court.Host.Litigation.Review;

internal sealed record RejectionRequest(
    [property: Required(ErrorMessage = "请写明不予受理的理由。"), StringLength(2000, MinimumLength = 10, ErrorMessage = "不予受理的理由应为10至2000字。")] string? Reasoning,
    [property: MaxLength(10, ErrorMessage = "法律依据最多10项。")] IReadOnlyList<string>? LegalBasis);

internal sealed record RejectionView(string Status, Guid RulingDocumentId);

/// <summary>
/// 裁定不予受理 (民事诉讼法第一百二十二条、第一百二十六条): a reasoned ruling, served on the plaintiff side, appealable within ten days
/// (第一百五十七条、第一百七十一条). What was prepaid is refunded in full: no acceptance fee is due for a case never accepted.
/// </summary>
internal static class RejectFiling
{
    internal static void MapRejectFiling(this RouteGroupBuilder review) =>
        review.MapPost("/{filingId:guid}/rejection", async (Guid filingId, RejectionRequest request, ClaimsPrincipal user, CourtDb db,
                FilingDocuments documents, ElectronicServiceOfDocuments service, FeePayments payments, CaseProgress progress, IAuditLog audit,
                TimeProvider clock, CancellationToken ct) =>
                (await HandleAsync(filingId, request, user, db, documents, service, payments, progress, audit, clock, ct)).ToResult(TypedResults.Ok))
            .WithSummary("裁定不予受理");

    internal static async Task<Outcome<RejectionView>> HandleAsync(Guid filingId, RejectionRequest request, ClaimsPrincipal user, CourtDb db,
        FilingDocuments documents, ElectronicServiceOfDocuments service, FeePayments payments, CaseProgress progress, IAuditLog audit,
        TimeProvider clock, CancellationToken ct)
    {
        var found = await ReviewedFiling.FindAsync(db, user, filingId, ct);
        if (found.Problem is { } problem) return problem;
        var filing = found.Value!;
        var clerk = await ReviewedFiling.NameOfAsync(db, user, ct);

        filing.Status = FilingStatus.Rejected;
        filing.RejectionReason = FilingText.Clean(request.Reasoning);
        filing.ReviewedById = user.UserId();
        filing.DecidedAt = clock.GetUtcNow().UtcDateTime;
        var saved = await FilingSaves.SaveAsync(db, filing, clock, ct);
        if (saved.Problem is { } stale) return stale;

        var plaintiffs = string.Join("、", filing.Parties.Where(p => p.Side == PartySide.Plaintiff).Select(p => p.Name));
        var court = documents.Reference.Courts.Get(filing.CourtCode!);
        var appealCourt = court.ParentCode is { } parent ? documents.Reference.Courts.Get(parent).Name : court.Name;
        var basis = request.LegalBasis?.Where(b => !string.IsNullOrWhiteSpace(b)).Select(FilingText.Clean).ToList() is { Count: > 0 } given
            ? given : ["《中华人民共和国民事诉讼法》第一百二十二条、第一百二十六条"];
        var ruling = await documents.IssueOnceAsync(filing, DossierOwner.FilingDraft(filing.Id), new RejectionRuling
        {
            CourtName = court.Name, CaseNumber = filing.Reference, IssuedOn = ShanghaiTime.Today(clock),
            Parties = filing.Parties.Where(p => p.Side != PartySide.ThirdParty).Select(SubmitFiling.DocumentPartyOf).ToList(),
            Cause = documents.CauseOf(filing), Claims = string.Join("；", FilingText.Lines(filing.Claims)), Reasoning = filing.RejectionReason,
            LegalBasis = basis, Orders = [$"对{plaintiffs}的起诉，本院不予受理。"],
            AppealNotice = $"如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于{appealCourt}。",
            Panel = [("审判员", clerk)], ClerkName = clerk,
        }, DossierCategory.Decisions, FilingDocuments.ActorOf(user), filing.Round, ct);
        if (ruling.Problem is { } rulingProblem) return rulingProblem;

        await ReviewedFiling.ServeAsync(db, service, documents, filing, DossierOwner.FilingDraft(filing.Id), filing.Reference, [ruling.Value!], user, ct);
        await ReviewedFiling.RefundAllAsync(payments, filing, "裁定不予受理，退还预交的案件受理费", ct);
        await progress.RecordForFilingAsync(filing.Id, filing.FiledById, ProgressNodeKind.Rejected, "裁定不予受理",
            filing.RejectionReason, $"filing:{filing.Id}:rejected", ct);
        await audit.WriteAsync(new AuditRecord("filing.reject", CaseNumber: filing.Reference), ct);
        return new RejectionView(filing.Status.ToString(), ruling.Value!.DocumentId);
    }
}
