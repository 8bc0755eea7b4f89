using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Cases;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Progress;
using Court.Host.Litigation.Review;
using Court.Host.Litigation.Service;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Mediation;

/// <summary>
/// 司法确认 (民事诉讼法第二百零五条、第二百零六条): the agreement reached in pre-filing mediation is examined and confirmed by ruling,
/// registered as a 民特 case that carries the filing's dossier. No acceptance fee is due for special procedure
/// (诉讼费用交纳办法第八条), so what was prepaid is refunded. Confirming again finishes what an interrupted confirmation began.
/// </summary>
internal static class ConfirmAgreement
{
    public const string CaseTypeCode = "民特";

    internal static void MapConfirmAgreement(this RouteGroupBuilder mediations) =>
        mediations.MapPost("/{mediationId:guid}/confirmation", async (Guid mediationId, ClaimsPrincipal user, CourtDb db, CaseRegister register,
                IDossierApi dossier, FilingDocuments documents, ElectronicServiceOfDocuments service, FeePayments payments, CaseProgress progress,
                IAuditLog audit, TimeProvider clock, CancellationToken ct) =>
                (await HandleAsync(mediationId, user, db, register, dossier, documents, service, payments, progress, audit, clock, ct)).ToResult(TypedResults.Ok))
            .WithSummary("司法确认调解协议");

    internal static async Task<Outcome<MediationView>> HandleAsync(Guid mediationId, ClaimsPrincipal user, CourtDb db, CaseRegister register,
        IDossierApi dossier, FilingDocuments documents, ElectronicServiceOfDocuments service, FeePayments payments, CaseProgress progress,
        IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsFilingClerk()) return LitigationProblem.Forbidden("只有立案法官可以审查司法确认申请。");
        var mediation = await db.PreFilingMediations.SingleOrDefaultAsync(m => m.Id == mediationId, ct);
        if (mediation is null) return LitigationProblem.NotFound("没有找到这件诉前调解。");
        if (mediation.Outcome != MediationOutcome.Agreement) return LitigationProblem.Conflict("只有达成调解协议的，才能申请司法确认。");
        var filing = await db.OnlineFilings.Include(f => f.Parties).SingleAsync(f => f.Id == mediation.FilingId, ct);

        if (mediation.ConfirmationCaseId is null)
        {
            var caseId = Guid.CreateVersion7();
            mediation.ConfirmationCaseId = caseId;
            filing.Status = FilingStatus.Settled;
            filing.CaseId = caseId;
            filing.ReviewedById = user.UserId();
            filing.DecidedAt = clock.GetUtcNow().UtcDateTime;
            filing.Version++;
            try
            {
                var record = await register.RegisterAsync(new NewCase(filing.CourtCode!, CaseTypeCode, $"申请司法确认调解协议（{documents.CauseOf(filing)}）",
                    await AcceptFiling.ParticipantsOfAsync(db, filing, user.UserId(), null, ct), caseId), ct);
                filing.CaseNumber = record.Number;
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return LitigationProblem.Conflict("这件调解刚刚被另一位立案法官处理，请刷新后查看。");
            }
            await audit.WriteAsync(new AuditRecord("mediation.confirm", filing.CaseId, filing.CaseNumber, Target: filing.Reference), ct);
        }

        var confirmationCase = filing.CaseId!.Value;
        await dossier.AttachFilingToCaseAsync(filing.Id, confirmationCase, ct);
        await progress.AttachFilingToCaseAsync(filing.Id, confirmationCase, ct);
        var clerk = await ReviewedFiling.NameOfAsync(db, user, ct);
        var applicants = filing.Parties.OrderBy(p => p.Side).ThenBy(p => p.Order)
            .Select(p => SubmitFiling.DocumentPartyOf(p) with { Side = "申请人" }).ToList();
        var names = string.Join("、", applicants.Select(a => a.Name));
        var ruling = await documents.IssueOnceAsync(filing, DossierOwner.Case(confirmationCase), new JudicialConfirmationRuling
        {
            CourtName = documents.CourtNameOf(filing), CaseNumber = filing.CaseNumber!, IssuedOn = ShanghaiTime.Today(clock),
            Applicants = applicants, MediationOrganisation = mediation.OrganisationName, AgreementDate = mediation.AgreementDate!.Value,
            AgreementTerms = FilingText.Lines(mediation.AgreementTerms),
            Reasoning = $"本院经审查认为，申请人{names}在{mediation.OrganisationName}主持下达成的调解协议，系双方真实意思表示，"
                + "不违反法律强制性规定，不损害国家利益、社会公共利益和他人合法权益，不违背公序良俗，符合司法确认调解协议的法定条件。",
            Orders =
            [
                $"申请人{names}于{mediation.AgreementDate:yyyy年M月d日}经{mediation.OrganisationName}主持达成的调解协议有效。",
                "当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请执行。",
            ],
            Panel = [("审判员", clerk)], ClerkName = clerk,
        }, DossierCategory.Decisions, FilingDocuments.ActorOf(user), filing.Round, ct);
        if (ruling.Problem is { } problem) return problem;

        await service.ServeAsync(new ServeDocuments(DossierOwner.Case(confirmationCase), filing.CaseNumber!, documents.CourtNameOf(filing),
            [new ServedDocument(ruling.Value!.DocumentId, "民事裁定书（司法确认）")], await FilingRecipients.AllPartiesAsync(db, filing, ct),
            FilingDocuments.ActorOf(user)), ct);
        await ReviewedFiling.RefundAllAsync(payments, filing, "司法确认案件不交纳案件受理费，退还预交的费用", ct);
        await progress.RecordForCaseAsync(confirmationCase, ProgressNodeKind.Judgment, "已裁定确认调解协议有效", null,
            $"case:{confirmationCase}:confirmed", ct);
        return MediationView.Of(mediation, filing, documents.CauseOf(filing));
    }
}
