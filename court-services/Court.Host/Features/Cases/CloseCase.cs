using Court.Host.Cases;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Court.Kernel.Fees;
using Court.Kernel.Notifications;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Authorization;
using Court.Seeds.Reference;

namespace Court.Host.Features.Cases;


/// <summary>结案: the judge closes the case, and its dossier is sealed for archiving (nothing may be added after).</summary>
internal static class CloseCase
{
    internal static void MapCloseCase(this RouteGroupBuilder api) =>
        api.MapPost("/cases/{caseId:guid}/closing", HandleAsync).RequireAuthorization().WithSummary("结案并封存卷宗");

    /// <summary>How the case ended (<c>?closedBy=</c>): judgment (the default), mediation or withdrawal — the last two halve the fee.</summary>
    internal static async Task<IResult> HandleAsync(Guid caseId, string? closedBy, HttpContext http, CourtDb db,
        IAuthorizationService authorization, IDossierApi dossier, IAuditLog audit, CaseProgress progress, FeePayments payments, INotifier notifier,
        ReferenceData reference, CancellationToken ct)
    {
        if (closedBy is not (null or "judgment" or "mediation" or "withdrawal"))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["closedBy"] = ["结案方式只能是 judgment（判决）、mediation（调解）或 withdrawal（撤诉）。"],
            }, detail: "提交的内容有误，请按提示修改后重试。", type: ProblemTypes.Validation);
        var record = await db.Cases.FindAsync([caseId], ct);
        if (record is null) return TypedResults.Problem(type: ProblemTypes.NotFound, statusCode: 404, title: "Case not found", detail: "没有找到这个案件。");
        var resource = new CaseResource(caseId);
        if (!(await authorization.AuthorizeAsync(http.User, resource, CaseOperations.ReadInternalVolume)).Succeeded)
            return TypedResults.Problem(type: ProblemTypes.Forbidden, statusCode: 403, title: "Forbidden", detail: "只有本案承办法官或法官助理可以结案。");
        var alreadyClosed = record.Status == CaseStatus.Closed;
        if (!alreadyClosed)
        {
            record.Status = CaseStatus.Closed;
            await db.SaveChangesAsync(ct);
        }
        // The fee follows how the case ended, decided when it is closed — closing it again changes nothing.
        var refunded = alreadyClosed ? 0m : closedBy switch
        {
            "mediation" => await FeeHalving.RefundOnClosingAsync(db, payments, notifier, reference.FilingKinds, caseId, FeeReduction.Mediation, ct),
            "withdrawal" => await FeeHalving.RefundOnClosingAsync(db, payments, notifier, reference.FilingKinds, caseId, FeeReduction.Withdrawal, ct),
            _ => 0m,
        };
        await dossier.SealAsync(caseId, ct);
        await progress.RecordForCaseAsync(caseId, ProgressNodeKind.Closed, "本案已审理终结，已结案。", null, $"case:{caseId:N}:closed", ct);
        await audit.WriteAsync(new AuditRecord("case.close", caseId, record.Number), ct);
        return TypedResults.Ok(new { caseId, caseNumber = record.Number, status = record.Status.ToString(), statusName = record.Status.ChineseName(), feeRefunded = refunded });
    }
}
