using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Service;

/// <summary>A document a clerk must still send by post (民事诉讼法第八十八条), with where to send it and why.</summary>
internal sealed record PostalServiceView(
    Guid Id, Guid OwnerId, bool OwnerIsFilingDraft, string CaseNumberOrReference, Guid DocumentId, string DocumentTitle,
    string RecipientName, string RecipientSide, string? RecipientPhone, string? RecipientPostalAddress, string Reason, string Status, DateTime CreatedAt);

/// <summary>
/// 邮寄送达: the records awaiting the post, for court staff working the case (filing clerks also see online filings'),
/// and the clerk's note that a document went out.
/// </summary>
internal static class PostalService
{
    public const int PageSize = 500;

    private static readonly CaseRole[] StaffRoles = [CaseRole.FilingClerk, CaseRole.Judge, CaseRole.JudicialAssistant];

    internal static void MapPostalService(this RouteGroupBuilder api)
    {
        api.MapGet("/service/postal", ListAsync).WithName("ListAwaitingPostalService").WithSummary("待邮寄送达的文书（本人承办或立案的案件）");
        api.MapPost("/service/postal/{recordId:guid}/sent", MarkSentAsync).WithName("RecordPostalServiceSent").WithSummary("登记文书已邮寄送达");
    }

    internal static async Task<Results<Ok<IReadOnlyList<PostalServiceView>>, ProblemHttpResult>> ListAsync(HttpContext http, CourtDb db, CancellationToken ct)
    {
        if (!IsCourtStaff(http.User)) return NotCourtStaff();
        var records = await Visible(db, http.User).Where(r => r.Status == ServiceStatus.AwaitingPostal)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(PageSize).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<PostalServiceView>>(records.Select(View).ToList());
    }

    internal static async Task<Results<Ok<PostalServiceView>, ProblemHttpResult>> MarkSentAsync(
        Guid recordId, HttpContext http, CourtDb db, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (!IsCourtStaff(http.User)) return NotCourtStaff();
        var record = await Visible(db, http.User).SingleOrDefaultAsync(r => r.Id == recordId, ct);
        if (record is null)
            return TypedResults.Problem(type: ProblemTypes.NotFound, title: "Service record not found", statusCode: StatusCodes.Status404NotFound,
                detail: "没有找到这条送达记录，或它不属于您承办的案件。");
        if (record.Method != ServiceMethod.Postal)
            return TypedResults.Problem(type: ProblemTypes.For("service-not-postal"), title: "Served electronically", statusCode: StatusCodes.Status409Conflict,
                detail: "这份文书已电子送达，无需邮寄。");
        if (record.Status == ServiceStatus.AwaitingPostal)
        {
            record.Status = ServiceStatus.PostalSent;
            record.PostalSentAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await audit.WriteAsync(new AuditRecord("service.postal-sent", record.OwnerIsFilingDraft ? null : record.OwnerId,
                record.CaseNumberOrReference, Target: $"{record.Id}/{record.DocumentId}"), ct);
        }
        return TypedResults.Ok(View(record));
    }

    private static bool IsCourtStaff(ClaimsPrincipal user) =>
        user.IsInRole(CourtRoles.FilingClerk) || user.IsInRole(CourtRoles.Judge) || user.IsInRole(CourtRoles.JudicialAssistant);

    /// <summary>Records of cases the caller works as court staff; a filing clerk also sees those of online filings under review.</summary>
    private static IQueryable<ServiceRecord> Visible(CourtDb db, ClaimsPrincipal user)
    {
        var userId = user.UserId();
        var clerk = user.IsInRole(CourtRoles.FilingClerk);
        var myCases = db.CaseParticipants.Where(p => p.UserId == userId && StaffRoles.Contains(p.Role)).Select(p => p.CaseId);
        return db.ServiceRecords.Where(r => (r.OwnerIsFilingDraft && clerk) || (!r.OwnerIsFilingDraft && myCases.Contains(r.OwnerId)));
    }

    private static PostalServiceView View(ServiceRecord r) => new(
        r.Id, r.OwnerId, r.OwnerIsFilingDraft, r.CaseNumberOrReference, r.DocumentId, r.DocumentTitle, r.RecipientName, r.RecipientSide,
        r.RecipientPhone, r.RecipientPostalAddress, r.RecipientUserId is null ? "受送达人没有诉讼服务平台账户" : "受送达人未同意电子送达",
        r.Status.ToString(), r.CreatedAt);

    private static ProblemHttpResult NotCourtStaff() => TypedResults.Problem(
        type: ProblemTypes.Forbidden, title: "Forbidden", statusCode: StatusCodes.Status403Forbidden,
        detail: "只有立案法官、承办法官或法官助理可以查看和登记邮寄送达。");
}
