using Court.Host.Calendar;
using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Calendar;
using Court.Kernel.Dossier;
using Court.Kernel.Fees;
using Court.Kernel.Filing;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

internal sealed record SubmissionView(string Status, string StatusName, string Reference, int Round, decimal Fee, string FeeBasis,
    Guid PaymentId, string PaymentStatus, string PayUrl, DateOnly ReviewDueOn);

/// <summary>
/// 提交立案申请 (and, after a correction request, 重新提交 the same filing). The element complaint is generated as a PDF, the fee
/// computed (DOMAIN.md §1) with its notice, the payment order opened, and the seven-day review starts (民事诉讼法第一百二十六条).
/// Idempotent per <c>Idempotency-Key</c>: a repeated request answers what the first did.
/// </summary>
internal static class SubmitFiling
{
    /// <summary>诉讼费用交纳办法第二十二条: prepay within seven days of the notice.</summary>
    public const int PayWithinDays = 7;

    /// <summary>民事诉讼法第一百二十六条: decide on filing within seven days (登记立案规定第七条: from receipt of the corrected materials).</summary>
    public const int ReviewDays = 7;

    internal static void MapSubmitFiling(this RouteGroupBuilder filings) =>
        filings.MapPost("/{filingId:guid}/submission", async (Guid filingId, [FromHeader(Name = "Idempotency-Key")] string? key, ClaimsPrincipal user,
                CourtDb db, FilingDocuments documents, FeePayments payments, CaseProgress progress, StatutoryDeadlines deadlines, IAuditLog audit,
                TimeProvider clock, CancellationToken ct) => (await HandleAsync(filingId, key, user, db, documents, payments, progress, deadlines, audit, clock, ct)).ToResult(TypedResults.Ok))
            .WithSummary("提交立案申请（补正后重新提交同一申请）");

    internal static async Task<Outcome<SubmissionView>> HandleAsync(Guid filingId, string? key, ClaimsPrincipal user, CourtDb db,
        FilingDocuments documents, FeePayments payments, CaseProgress progress, StatutoryDeadlines deadlines, IAuditLog audit, TimeProvider clock,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 100)
            return LitigationProblem.Invalid("请在请求头 Idempotency-Key 中附上本次提交的唯一编号（不超过100个字符），以免重复提交。");
        var found = await FilingAccess.FindAsync(db, user, filingId, ct);
        if (found is not { Viewer: FilingViewer.Filer, Filing: var filing }) return LitigationProblem.FilingNotFound;
        if (filing.SubmissionKey == key && !filing.IsEditable) return await CompleteAsync(filing, user, db, documents, payments, progress, deadlines, clock, ct);
        if (!filing.IsEditable) return LitigationProblem.Conflict($"这份申请目前状态为“{filing.Status.ChineseName()}”，不能再次提交。");

        var today = ShanghaiTime.Today(clock);
        if (filing.Status == FilingStatus.CorrectionRequested && filing.CorrectBy is { } correctBy && today > correctBy)
            return LitigationProblem.Conflict(
                $"补正期限已于{correctBy:yyyy年M月d日}届满，本申请不能再提交。如仍需起诉，请重新提交网上立案申请，或拨打12368咨询。");

        var attorneys = await db.PowersOfAttorney.AsNoTracking().Where(a => a.FilingId == filing.Id).ToListAsync(ct);
        var missing = FilingCompleteness.Missing(filing, attorneys, today, deadlines.Calendar, documents.Reference.FilingKinds);
        if (missing.Count > 0) return LitigationProblem.Incomplete(missing);

        var kind = documents.Reference.FilingKinds.Get(filing.KindSlug!);
        var answers = FilingAnswers.Read(filing.ElementsJson).ToDictionary(a => a.Key, a => (string?)a.Value);
        var amount = ElementForm.ClaimedAmount(kind, answers);
        FeeEstimate fee;
        try
        {
            fee = LitigationFees.Estimate(kind.FeeKind, amount, [], FeeSchedule.Fujian);
        }
        catch (ArgumentException e)
        {
            return LitigationProblem.Invalid("无法计算诉讼费：" + e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal));
        }

        var resubmission = filing.Status == FilingStatus.CorrectionRequested;
        filing.ClaimAmount = amount;
        filing.Fee = fee.Fee.Yuan;
        filing.FeeBasis = fee.Basis;
        filing.Status = FilingStatus.Submitted;
        filing.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        filing.ReviewDueOn = (await deadlines.SetAsync(DeadlineKind.FilingReview, filing.Id, today, ReviewDays, "立案审查期限",
            $"/Portals/FilingReview/Filing/{filing.Id}", [], ct)).End;
        filing.Round++;
        filing.SubmissionKey = key;
        var saved = await FilingSaves.SaveAsync(db, filing, clock, ct);
        if (saved.Problem is { } stale) return stale;
        await audit.WriteAsync(new AuditRecord(resubmission ? "filing.resubmit" : "filing.submit", CaseNumber: filing.Reference,
            Target: filing.Round.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct);
        return await CompleteAsync(filing, user, db, documents, payments, progress, deadlines, clock, ct);
    }

    /// <summary>What follows a submission, each step idempotent, so a retried request finishes what a failed one began.</summary>
    private static async Task<Outcome<SubmissionView>> CompleteAsync(OnlineFiling filing, ClaimsPrincipal user, CourtDb db, FilingDocuments documents,
        FeePayments payments, CaseProgress progress, StatutoryDeadlines deadlines, TimeProvider clock, CancellationToken ct)
    {
        var kind = documents.Reference.FilingKinds.Get(filing.KindSlug!);
        var owner = DossierOwner.FilingDraft(filing.Id);
        var actor = FilingDocuments.ActorOf(user);
        var submittedOn = DateOnly.FromDateTime(ShanghaiTime.From(filing.SubmittedAt!.Value).DateTime);
        var complaint = await documents.IssueOnceAsync(filing, owner, ComplaintOf(filing, kind, documents.CourtNameOf(filing), submittedOn), DossierCategory.Pleadings, actor, filing.Round, ct);
        if (complaint.Problem is { } complaintProblem) return complaintProblem;

        var filerParty = filing.Parties.FirstOrDefault(p => p.UserId == filing.FiledById);
        // A lawyer filing for a client is no party: the notice goes to the plaintiff side's first party.
        var filer = filerParty?.Name ?? filing.Parties.Where(p => p.Side == PartySide.Plaintiff).OrderBy(p => p.Order).FirstOrDefault()?.Name
            ?? user.DisplayName();
        if (filerParty is not null)
        {
            // 送达地址确认书: the address the filer confirmed by submitting, kept with the filing.
            var confirmation = await documents.IssueOnceAsync(filing, owner, new ServiceAddressConfirmation
            {
                CourtName = documents.CourtNameOf(filing), CaseNumber = filing.Reference, IssuedOn = submittedOn, PartyName = filerParty.Name,
                PartySide = filerParty.Side.ChineseName(), Phone = filerParty.Phone ?? "", Email = filerParty.Email,
                PortalAccount = $"“我的消息”（{user.DisplayName()}）", PostalAddress = filerParty.PostalAddress ?? filerParty.Address ?? "",
                ConsentsToElectronicService = filerParty.ConsentsToElectronicService, ConfirmedAtUtc = filing.SubmittedAt.Value,
            }, DossierCategory.AcceptanceMaterials, actor, filing.Round, ct);
            if (confirmation.Problem is { } confirmationProblem) return confirmationProblem;
        }

        FeePayment payment;
        try
        {
            payment = await payments.OpenAsync(filing.Id, filing.FiledById, filing.Fee!.Value, "案件受理费", ct);
        }
        catch (PaymentRefusedException e)
        {
            // Paid before the correction, and the corrected claim changes the fee: a decision for the clerk, not a side effect.
            return new LitigationProblem(e.Status, e.Slug, e.Message + "请联系立案法官处理补交或退费。");
        }
        // A notice goes with each new payment order: the first submission's, or a resubmission's whose fee changed.
        var noticeRound = payment.CreatedAt >= filing.SubmittedAt ? filing.Round : 0;
        if (noticeRound > 0)
        {
            var payBy = await deadlines.SetAsync(DeadlineKind.FeePayment, payment.Id, submittedOn, PayWithinDays, "交费期限",
                $"/Portals/Filing/{filing.Id}", [filing.FiledById], ct);
            await db.SaveChangesAsync(ct);
            var notice = await documents.IssueOnceAsync(filing, owner, new FeePaymentNotice
            {
                CourtName = documents.CourtNameOf(filing), CaseNumber = filing.Reference, IssuedOn = submittedOn, Recipient = filer,
                Cause = kind.Name, Amount = Money.FromYuan(filing.Fee.Value), Basis = filing.FeeBasis!,
                PayBy = payBy.End, PayByProvisional = payBy.Provisional,
                PaymentAccount = "诉讼费专户（网上交费：诉讼服务平台“交纳诉讼费”）",
            }, DossierCategory.AcceptanceMaterials, documents.CourtActor(filing), noticeRound, ct);
            if (notice.Problem is { } noticeProblem) return noticeProblem;
        }

        await progress.RecordForFilingAsync(filing.Id, filing.FiledById, filing.Round == 1 ? ProgressNodeKind.Filed : ProgressNodeKind.UnderReview,
            filing.Round == 1 ? "已提交网上立案申请，等待立案审查" : "已补正并重新提交，等待立案审查",
            $"立案申请编号{filing.Reference}，应于{filing.ReviewDueOn:yyyy年M月d日}前作出是否立案的决定。", $"filing:{filing.Id}:submitted:{filing.Round}", ct);

        return new SubmissionView(filing.Status.ToString(), filing.Status.ChineseName(), filing.Reference, filing.Round, filing.Fee.Value, filing.FeeBasis!,
            payment.Id, payment.Status.ToString(), payments.PayUrl(payment, $"/Portals/Filing/{filing.Id}"), filing.ReviewDueOn!.Value);
    }

    internal static ElementComplaint ComplaintOf(OnlineFiling filing, FilingCaseKind kind, string courtName, DateOnly filedOn)
    {
        var answers = FilingAnswers.Read(filing.ElementsJson);
        return new ElementComplaint
        {
            CourtName = courtName,
            CaseNumber = filing.Reference,
            IssuedOn = filedOn,
            Parties = filing.Parties.OrderBy(p => p.Side).ThenBy(p => p.Order).Select(DocumentPartyOf).ToList(),
            Cause = kind.Name,
            Claims = FilingText.Lines(filing.Claims),
            Elements = kind.Fields.Where(f => answers.ContainsKey(f.Key)).Select(f => (f.Label, ElementDisplay.Of(f, answers[f.Key], inDocument: true))).ToList(),
            FactsAndReasons = filing.FactsAndReasons,
            AddressedCourt = courtName,
            Filer = filing.Parties.FirstOrDefault(p => p.UserId == filing.FiledById)?.Name ?? filing.Parties.First(p => p.Side == PartySide.Plaintiff).Name,
            FiledOn = filedOn,
        };
    }

    internal static DocumentParty DocumentPartyOf(FilingParty p) => new(p.Side.ChineseName(), p.Name, p.Kind == PartyKind.LegalPerson
        ? $"统一社会信用代码{p.IdentifierNumber}，住所{p.Address}，法定代表人{p.Representative}"
        : $"公民身份号码{p.IdentifierNumber}，住{p.Address}" + (p.Phone is null ? "" : $"，联系电话{p.Phone}"));
}
