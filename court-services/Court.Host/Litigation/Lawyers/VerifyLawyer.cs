using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Features.Me;
using Court.Host.Identity;
using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Lawyers;

/// <summary>A registration as the clerk's queue shows it: the masked ID number, the licence and firm to check against the certificate.</summary>
internal sealed record LawyerRegistrationView(Guid UserId, string UserName, string Name, string? IdentifierMasked, string LicenceNumber,
    string Firm, DateTime RegisteredAt, string Status, DateTime? VerifiedAt, string? RefusalReason = null);

/// <summary>Why the clerk refuses: told to the applicant, who can then come with the right certificate or correct the registration.</summary>
internal sealed record RefuseLawyerRequest(
    [property: Required(ErrorMessage = "请填写不予核验的理由，申请人会收到这一理由。"),
        StringLength(LawyerProfile.RefusalReasonMaxLength, MinimumLength = 4, ErrorMessage = "理由应为4至500字。")] string? Reason);

/// <summary>The clerk types the licence number from the certificate in hand: verifying is looking at the document, not clicking.</summary>
internal sealed record VerifyLawyerRequest(
    [property: Required(ErrorMessage = "请照律师执业证原件填写执业证号。"), RegularExpression(@"^\d{17}$", ErrorMessage = "律师执业证号应为17位数字。")] string? LicenceNumber);

/// <summary>
/// 律师身份核验: filing clerks list pending registrations and verify one against the licence and ID card presented; verifying
/// verifies the account's identity (who, when, how) and grants the Lawyer role (ADR 0014).
/// </summary>
internal static class VerifyLawyer
{
    internal static void MapVerifyLawyer(this RouteGroupBuilder api)
    {
        api.MapGet("/lawyers/registrations", async (string? status, ClaimsPrincipal user, CourtDb db, CancellationToken ct) =>
                (await QueueAsync(status, user, db, ct)).ToResult(TypedResults.Ok))
            .RequireAuthorization().WithSummary("律师注册核验队列（立案庭）");
        api.MapPost("/lawyers/registrations/{userId:guid}/verification", async (Guid userId, VerifyLawyerRequest request, ClaimsPrincipal user,
                CourtDb db, UserManager<CourtUser> users, IAuditLog audit, TimeProvider clock, CancellationToken ct) =>
                (await HandleAsync(userId, request, user, db, users, audit, clock, ct)).ToResult(TypedResults.Ok))
            .RequireAuthorization().WithSummary("核验律师执业证（立案庭）");
        api.MapPost("/lawyers/registrations/{userId:guid}/refusal", async (Guid userId, RefuseLawyerRequest request, ClaimsPrincipal user,
                CourtDb db, INotifier notifier, IAuditLog audit, TimeProvider clock, CancellationToken ct) =>
                (await RefuseAsync(userId, request, user, db, notifier, audit, clock, ct)).ToResult(TypedResults.Ok))
            .RequireAuthorization().WithSummary("不予核验律师注册并告知理由（立案庭）");
    }

    internal static async Task<Outcome<LawyerRegistrationView>> RefuseAsync(Guid userId, RefuseLawyerRequest request, ClaimsPrincipal user,
        CourtDb db, INotifier notifier, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsInRole(CourtRoles.FilingClerk)) return NotClerk;
        var profile = await db.LawyerProfiles.SingleOrDefaultAsync(l => l.UserId == userId, ct);
        var lawyer = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (profile is null || lawyer is null) return LitigationProblem.NotFound("没有找到这份律师注册申请。");
        if (!profile.IsPending) return LitigationProblem.Conflict(profile.IsRefused ? "这份律师注册申请已不予核验。" : "这名律师的执业证已核验过。");

        var reason = FilingText.Clean(request.Reason);
        var now = clock.GetUtcNow().UtcDateTime;
        profile.Refuse(reason, user.UserId(), now);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditRecord("lawyer.refuse", Target: profile.LicenceNumber), ct);
        await notifier.NotifyAsync(lawyer.Id, "律师注册未通过核验",
            $"{lawyer.DisplayName}，您的律师注册（执业证号 {profile.LicenceNumber}）未通过立案庭核验。理由：{reason}。"
            + "如有异议，请携带律师执业证和身份证件原件到法院诉讼服务中心办理。",
            NotificationChannels.All, $"lawyer-refusal:{lawyer.Id:N}", ct: ct);
        return View(lawyer, profile);
    }

    private static LawyerRegistrationView View(CourtUser lawyer, LawyerProfile profile) =>
        new(lawyer.Id, lawyer.UserName!, lawyer.DisplayName, GetMe.MaskIdentifier(lawyer.IdentifierNumber), profile.LicenceNumber, profile.Firm,
            profile.RegisteredAt, StatusOf(profile), profile.VerifiedAt, profile.RefusalReason);

    private static string StatusOf(LawyerProfile profile) => profile.IsPending ? "pending" : profile.IsRefused ? "refused" : "verified";

    internal static async Task<Outcome<IReadOnlyList<LawyerRegistrationView>>> QueueAsync(string? status, ClaimsPrincipal user, CourtDb db,
        CancellationToken ct)
    {
        if (!user.IsInRole(CourtRoles.FilingClerk)) return NotClerk;
        var pendingOnly = status is null or "pending";
        var rows = await (from l in db.LawyerProfiles.AsNoTracking()
                          join u in db.Users.AsNoTracking() on l.UserId equals u.Id
                          where !pendingOnly || (l.VerifiedAt == null && l.RefusedAt == null)
                          orderby l.RegisteredAt
                          select new { l, u }).Take(200).ToListAsync(ct);
        return rows.Select(r => View(r.u, r.l)).ToList();
    }

    internal static async Task<Outcome<LawyerRegistrationView>> HandleAsync(Guid userId, VerifyLawyerRequest request, ClaimsPrincipal user,
        CourtDb db, UserManager<CourtUser> users, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsInRole(CourtRoles.FilingClerk)) return NotClerk;
        var profile = await db.LawyerProfiles.SingleOrDefaultAsync(l => l.UserId == userId, ct);
        var lawyer = await users.FindByIdAsync(userId.ToString());
        if (profile is null || lawyer is null) return LitigationProblem.NotFound("没有找到这份律师注册申请。");
        if (profile.VerifiedAt is not null) return LitigationProblem.Conflict("这名律师的执业证已核验过。");
        if (request.LicenceNumber != profile.LicenceNumber)
            return LitigationProblem.Invalid("执业证原件上的证号与注册时填写的不一致，不能核验。请律师更正注册信息或重新注册。");

        var now = clock.GetUtcNow().UtcDateTime;
        profile.VerifiedAt = now;
        profile.VerifiedById = user.UserId();
        lawyer.VerifyIdentity(IdentityVerificationMethod.LawyerLicenceCheckedByClerk, user.Identity?.Name ?? user.UserId().ToString(), now);
        await db.SaveChangesAsync(ct);
        await users.AddToRoleAsync(lawyer, CourtRoles.Lawyer);
        await users.RevokeSessionsAsync(lawyer);
        await audit.WriteAsync(new AuditRecord("lawyer.verify", Target: profile.LicenceNumber), ct);
        return View(lawyer, profile);
    }

    private static readonly LitigationProblem NotClerk = LitigationProblem.Forbidden("只有立案庭工作人员可以核验律师注册。");
}
