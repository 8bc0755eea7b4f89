using Court.Host.Calendar;
using Court.Host.Identity;
using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Cases;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Lawyers;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Progress;
using Court.Host.Litigation.Service;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Calendar;
using Court.Kernel.Dossier;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Review;

internal sealed record AcceptanceRequest(Guid? JudgeId);

internal sealed record AcceptanceView(Guid CaseId, string CaseNumber, string QueryCode, Guid AcceptanceNoticeId, Guid EvidenceNoticeId);

/// <summary>
/// 立案: the case is registered with the next gap-free number in the same transaction that marks the filing accepted, the filing's
/// dossier and progress become the case's, and the 受理通知书 and 举证通知书 are issued and served. Accepting again finishes what an
/// interrupted acceptance began and answers the same case.
/// </summary>
internal static class AcceptFiling
{
    /// <summary>民诉法解释第九十九条: at least fifteen days for evidence in first-instance ordinary procedure.</summary>
    public const int EvidenceDays = 15;

    internal static void MapAcceptFiling(this RouteGroupBuilder review) =>
        review.MapPost("/{filingId:guid}/acceptance", async (Guid filingId, AcceptanceRequest? request, ClaimsPrincipal user, CourtDb db,
                CaseRegister register, IDossierApi dossier, FilingDocuments documents, ElectronicServiceOfDocuments service, FeePayments payments,
                CaseProgress progress, StatutoryDeadlines deadlines, IAuditLog audit, TimeProvider clock, CancellationToken ct) =>
                (await HandleAsync(filingId, request?.JudgeId, user, db, register, dossier, documents, service, payments, progress, deadlines, audit, clock, ct))
                .ToResult(TypedResults.Ok))
            .WithSummary("受理立案：分配案号，生成并送达受理通知书、举证通知书");

    internal static async Task<Outcome<AcceptanceView>> HandleAsync(Guid filingId, Guid? judgeId, ClaimsPrincipal user, CourtDb db,
        CaseRegister register, IDossierApi dossier, FilingDocuments documents, ElectronicServiceOfDocuments service, FeePayments payments,
        CaseProgress progress, StatutoryDeadlines deadlines, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsFilingClerk()) return LitigationProblem.Forbidden("只有立案法官可以受理立案。");
        var found = await FilingAccess.FindAsync(db, user, filingId, ct);
        if (found is not { Filing: var filing }) return LitigationProblem.FilingNotFound;
        if (filing.Status != FilingStatus.Accepted)
        {
            var registered = await RegisterAsync(filing, judgeId, user, db, register, payments, documents.Reference, clock, ct);
            if (registered.Problem is { } problem) return problem;
            await audit.WriteAsync(new AuditRecord("filing.accept", filing.CaseId, filing.CaseNumber, Target: filing.Reference), ct);
        }
        return await CompleteAsync(filing, judgeId, user, db, dossier, documents, service, payments, progress, deadlines, clock, ct);
    }

    private static async Task<Outcome<CaseRecord>> RegisterAsync(OnlineFiling filing, Guid? judgeId, ClaimsPrincipal user, CourtDb db,
        CaseRegister register, FeePayments payments, ReferenceData reference, TimeProvider clock, CancellationToken ct)
    {
        if (filing.Status != FilingStatus.Submitted)
            return LitigationProblem.Conflict($"这份申请目前状态为“{filing.Status.ChineseName()}”，不能受理。");
        if (await payments.FindForFilingAsync(filing.Id, ct) is not { Status: FeePaymentStatus.Paid })
            return LitigationProblem.Conflict("申请人尚未交纳案件受理费，暂不能立案。交费后即可受理；确有困难的，可依法申请缓交、减交或免交。");
        var attorneys = await db.PowersOfAttorney.Where(a => a.FilingId == filing.Id).ToListAsync(ct);
        if (filing.FiledByCounsel && !attorneys.Any(a => a.IsInForce))
            return LitigationProblem.Conflict("委托人尚未确认律师的授权委托。委托人可在诉讼服务平台确认，或由立案法官核验纸质授权委托书。");
        if (judgeId is { } judge && !await IsJudgeAsync(db, judge, ct))
            return LitigationProblem.Invalid("所选承办法官不存在。");

        var kind = reference.FilingKinds.Get(filing.KindSlug!);
        var caseId = Guid.CreateVersion7();
        filing.Status = FilingStatus.Accepted;
        filing.CaseId = caseId;
        filing.ReviewedById = user.UserId();
        filing.DecidedAt = clock.GetUtcNow().UtcDateTime;
        filing.Version++;
        foreach (var attorney in attorneys.Where(a => a.IsInForce)) attorney.CaseId = caseId;
        try
        {
            // CaseRegister saves the filing's change in the transaction that takes the number: both happen, or neither.
            var record = await register.RegisterAsync(new NewCase(filing.CourtCode!, kind.CaseTypeCode, kind.Name,
                await ParticipantsOfAsync(db, filing, user.UserId(), judgeId, ct), caseId), ct);
            filing.CaseNumber = record.Number;
            await db.SaveChangesAsync(ct);
            return record;
        }
        catch (DbUpdateConcurrencyException)
        {
            return LitigationProblem.Conflict("这份申请刚刚被另一位立案法官处理，请刷新后查看。");
        }
    }

    private static async Task<Outcome<AcceptanceView>> CompleteAsync(OnlineFiling filing, Guid? judgeId, ClaimsPrincipal user, CourtDb db,
        IDossierApi dossier, FilingDocuments documents, ElectronicServiceOfDocuments service, FeePayments payments, CaseProgress progress,
        StatutoryDeadlines deadlines, TimeProvider clock, CancellationToken ct)
    {
        var caseId = filing.CaseId!.Value;
        var record = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId, ct);
        await dossier.AttachFilingToCaseAsync(filing.Id, caseId, ct);
        await progress.AttachFilingToCaseAsync(filing.Id, caseId, ct);

        var owner = DossierOwner.Case(caseId);
        var acceptedOn = DateOnly.FromDateTime(ShanghaiTime.From(filing.DecidedAt!.Value).DateTime);
        var filer = (await FilingRecipients.PlaintiffSideAsync(db, filing, ct))[0].Name;
        var cause = documents.CauseOf(filing);
        var actor = FilingDocuments.ActorOf(user);
        var payment = await payments.FindForFilingAsync(filing.Id, ct)
            ?? throw new InvalidOperationException($"Filing {filing.Id} was accepted without a fee payment.");
        var acceptance = await documents.IssueOnceAsync(filing, owner, new AcceptanceNotice
        {
            CourtName = documents.CourtNameOf(filing), CaseNumber = record.Number, IssuedOn = acceptedOn, Recipient = filer, Cause = cause,
            FiledOn = DateOnly.FromDateTime(ShanghaiTime.From(filing.SubmittedAt!.Value).DateTime), QueryCode = record.QueryCode,
            Fee = AcceptanceFeeOf.Payment(payment),
        }, DossierCategory.AcceptanceMaterials, actor, filing.Round, ct);
        if (acceptance.Problem is { } acceptanceProblem) return acceptanceProblem;
        var evidencePeriod = await deadlines.SetAsync(DeadlineKind.EvidencePeriod, caseId, acceptedOn, EvidenceDays, "举证期限",
            $"/Portals/Cases/{caseId}/Progress", (await FilingRecipients.PlaintiffSideAsync(db, filing, ct)).Select(r => r.UserId).OfType<Guid>(), ct);
        await db.SaveChangesAsync(ct);
        var evidence = await documents.IssueOnceAsync(filing, owner, new EvidenceNotice
        {
            CourtName = documents.CourtNameOf(filing), CaseNumber = record.Number, IssuedOn = acceptedOn, Recipient = filer, Cause = cause,
            EvidenceDeadline = evidencePeriod.End, EvidenceDeadlineProvisional = evidencePeriod.Provisional,
        }, DossierCategory.AcceptanceMaterials, actor, filing.Round, ct);
        if (evidence.Problem is { } evidenceProblem) return evidenceProblem;

        await ReviewedFiling.ServeAsync(db, service, documents, filing, owner, record.Number, [acceptance.Value!, evidence.Value!], user, ct);
        await progress.RecordForCaseAsync(caseId, ProgressNodeKind.Accepted, $"已立案，案号{record.Number}",
            $"受理通知书和举证通知书已送达；举证期限为收到举证通知书之日起{EvidenceDays}日。", $"case:{caseId}:accepted", ct);
        if (judgeId is not null)
            await progress.RecordForCaseAsync(caseId, ProgressNodeKind.Assigned, "已分配承办法官", null, $"case:{caseId}:assigned", ct);
        return new AcceptanceView(caseId, record.Number, record.QueryCode, acceptance.Value!.DocumentId, evidence.Value!.DocumentId);
    }

    /// <summary>The filer, the clerk, the judge, and every party whose linked account has a verified identity (ADR 0014).</summary>
    internal static async Task<IReadOnlyList<(Guid UserId, CaseRole Role)>> ParticipantsOfAsync(CourtDb db, OnlineFiling filing, Guid clerkId,
        Guid? judgeId, CancellationToken ct)
    {
        var linked = filing.Parties.Where(p => p.UserId is not null).Select(p => p.UserId!.Value).Distinct().ToList();
        var verified = (await db.Users.Verified(linked).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        var roles = new List<(Guid, CaseRole)> { (filing.FiledById, filing.FiledByCounsel ? CaseRole.Counsel : CaseRole.Plaintiff), (clerkId, CaseRole.FilingClerk) };
        foreach (var party in filing.Parties.Where(p => p.UserId is { } id && verified.Contains(id)))
            roles.Add((party.UserId!.Value, party.Side switch
            {
                PartySide.Plaintiff => CaseRole.Plaintiff,
                PartySide.Defendant => CaseRole.Defendant,
                _ => CaseRole.ThirdParty,
            }));
        if (judgeId is { } judge) roles.Add((judge, CaseRole.Judge));
        return roles.Distinct().ToList();
    }

    private static async Task<bool> IsJudgeAsync(CourtDb db, Guid userId, CancellationToken ct)
    {
        var judgeRole = await db.Roles.Where(r => r.Name == CourtRoles.Judge).Select(r => r.Id).SingleAsync(ct);
        return await db.UserRoles.AnyAsync(ur => ur.UserId == userId && ur.RoleId == judgeRole, ct);
    }
}
