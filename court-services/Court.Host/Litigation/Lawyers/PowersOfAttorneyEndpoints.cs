using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Cases;
using Court.Host.Identity;
using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Court.Kernel.Notifications;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Lawyers;

internal sealed record PowerOfAttorneyView(Guid Id, string LawyerName, string Firm, string LicenceNumber, string ClientName,
    Guid? FilingId, string? FilingReference, Guid? CaseId, string? CaseNumber, string Scope, string ScopeName, string Status, string StatusName,
    DateTime RequestedAt)
{
    public string RequestedAtText => ShanghaiTime.Format(RequestedAt);
}

internal sealed record PowerOfAttorneyDecisionRequest([property: Required(ErrorMessage = "请选择确认或拒绝。")] bool? Accept);

internal sealed record CaseRepresentationRequest(
    [property: Required(ErrorMessage = "请填写委托人的身份证号码或统一社会信用代码。")] string? ClientIdentifierNumber,
    bool SpecialAuthority = false);

/// <summary>
/// 授权委托: the client confirms (or declines) in the portal, or a filing clerk verifies the signed paper original. A lawyer may
/// also ask to act in a case that already exists, for a party of it.
/// </summary>
internal static class PowersOfAttorneyEndpoints
{
    internal static void MapPowersOfAttorney(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/powers-of-attorney").RequireAuthorization();
        group.MapGet("/", async (ClaimsPrincipal user, CourtDb db, CancellationToken ct) => TypedResults.Ok(await MineAsync(user, db, ct)))
            .WithSummary("我的授权委托（委托人待确认的和律师提出的）");
        group.MapPost("/{grantId:guid}/decision", async (Guid grantId, PowerOfAttorneyDecisionRequest request, ClaimsPrincipal user, CourtDb db,
                IDossierApi dossier, INotifier notifier, IAuditLog audit, ReferenceData reference, TimeProvider clock, CancellationToken ct) =>
                (await DecideAsync(grantId, request.Accept!.Value, user, db, dossier, notifier, audit, reference, clock, ct)).ToResult(TypedResults.Ok))
            .WithSummary("委托人确认或拒绝授权委托");
        group.MapPost("/{grantId:guid}/verification", async (Guid grantId, ClaimsPrincipal user, CourtDb db, IDossierApi dossier, INotifier notifier,
                IAuditLog audit, ReferenceData reference, TimeProvider clock, CancellationToken ct) =>
                (await VerifyAsync(grantId, user, db, dossier, notifier, audit, reference, clock, ct)).ToResult(TypedResults.Ok))
            .WithSummary("立案法官核验纸质授权委托书");
        api.MapPost("/cases/{caseId:guid}/powers-of-attorney", async (Guid caseId, CaseRepresentationRequest request, ClaimsPrincipal user,
                CourtDb db, INotifier notifier, TimeProvider clock, CancellationToken ct) =>
                (await RequestForCaseAsync(caseId, request, user, db, notifier, clock, ct))
                .ToResult(view => TypedResults.Created($"/api/powers-of-attorney/{view.Id}", view)))
            .RequireAuthorization().WithSummary("律师申请代理已立案的案件");
    }

    internal static async Task<IReadOnlyList<PowerOfAttorneyView>> MineAsync(ClaimsPrincipal user, CourtDb db, CancellationToken ct)
    {
        var userId = user.UserId();
        var grants = await db.PowersOfAttorney.AsNoTracking()
            .Where(g => g.ClientUserId == userId || g.LawyerUserId == userId)
            .OrderByDescending(g => g.RequestedAt).Take(100).ToListAsync(ct);
        return await ViewsAsync(db, grants, ct);
    }

    internal static async Task<IReadOnlyList<PowerOfAttorneyView>> ViewsAsync(CourtDb db, IReadOnlyList<PowerOfAttorneyGrant> grants, CancellationToken ct)
    {
        var lawyerIds = grants.Select(g => g.LawyerUserId).Distinct().ToList();
        var lawyers = await db.Set<CourtUser>().AsNoTracking().Where(u => lawyerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var profiles = await db.LawyerProfiles.AsNoTracking().Where(l => lawyerIds.Contains(l.UserId)).ToDictionaryAsync(l => l.UserId, ct);
        var filingIds = grants.Where(g => g.FilingId is not null).Select(g => g.FilingId!.Value).ToList();
        var filings = await db.OnlineFilings.AsNoTracking().Where(f => filingIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Reference, ct);
        var caseIds = grants.Where(g => g.CaseId is not null).Select(g => g.CaseId!.Value).ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, ct);
        return grants.Select(g => new PowerOfAttorneyView(g.Id, lawyers.GetValueOrDefault(g.LawyerUserId, ""),
            profiles.GetValueOrDefault(g.LawyerUserId)?.Firm ?? "", profiles.GetValueOrDefault(g.LawyerUserId)?.LicenceNumber ?? "", g.ClientName,
            g.FilingId, g.FilingId is { } f ? filings.GetValueOrDefault(f) : null, g.CaseId, g.CaseId is { } c ? cases.GetValueOrDefault(c) : null,
            g.Scope.ToString(), g.Scope.ChineseName(), g.Status.ToString(), g.Status.ChineseName(), g.RequestedAt)).ToList();
    }

    internal static async Task<Outcome<PowerOfAttorneyView>> DecideAsync(Guid grantId, bool accept, ClaimsPrincipal user, CourtDb db,
        IDossierApi dossier, INotifier notifier, IAuditLog audit, ReferenceData reference, TimeProvider clock, CancellationToken ct)
    {
        var grant = await db.PowersOfAttorney.SingleOrDefaultAsync(g => g.Id == grantId && g.ClientUserId == user.UserId(), ct);
        if (grant is null) return LitigationProblem.NotFound("没有找到这份授权委托。");
        if (grant.Status != PowerOfAttorneyStatus.Pending)
            return grant.Status == (accept ? PowerOfAttorneyStatus.Confirmed : PowerOfAttorneyStatus.Declined)
                ? (await ViewsAsync(db, [grant], ct))[0]
                : LitigationProblem.Conflict($"这份授权委托已{grant.Status.ChineseName()}，不能再更改。");
        return await DecideAsync(grant, accept ? PowerOfAttorneyStatus.Confirmed : PowerOfAttorneyStatus.Declined, user, db, dossier, notifier, audit, reference,
            clock, ct);
    }

    internal static async Task<Outcome<PowerOfAttorneyView>> VerifyAsync(Guid grantId, ClaimsPrincipal user, CourtDb db, IDossierApi dossier,
        INotifier notifier, IAuditLog audit, ReferenceData reference, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsFilingClerk()) return LitigationProblem.Forbidden("只有立案法官可以核验纸质授权委托书。");
        var grant = await db.PowersOfAttorney.SingleOrDefaultAsync(g => g.Id == grantId, ct);
        if (grant is null) return LitigationProblem.NotFound("没有找到这份授权委托。");
        if (grant.IsInForce) return (await ViewsAsync(db, [grant], ct))[0];
        return await DecideAsync(grant, PowerOfAttorneyStatus.Verified, user, db, dossier, notifier, audit, reference, clock, ct);
    }

    private static async Task<Outcome<PowerOfAttorneyView>> DecideAsync(PowerOfAttorneyGrant grant, PowerOfAttorneyStatus status, ClaimsPrincipal user,
        CourtDb db, IDossierApi dossier, INotifier notifier, IAuditLog audit, ReferenceData reference, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        grant.Status = status;
        grant.DecidedAt = now;
        grant.DecidedById = user.UserId();
        // Counsel in a registered case acts from now on; counsel of a filing joins the case when it is accepted.
        if (grant.IsInForce && grant.CaseId is { } caseId
            && !await db.CaseParticipants.AnyAsync(p => p.CaseId == caseId && p.UserId == grant.LawyerUserId && p.Role == CaseRole.Counsel, ct))
            db.CaseParticipants.Add(new CaseParticipant { Id = Guid.CreateVersion7(), CaseId = caseId, UserId = grant.LawyerUserId, Role = CaseRole.Counsel, Since = now });
        await db.SaveChangesAsync(ct);
        if (grant.IsInForce) await FileDocumentAsync(grant, user, db, dossier, reference, clock, ct);
        await audit.WriteAsync(new AuditRecord("power-of-attorney." + status.ToString().ToLowerInvariant(), grant.CaseId, Target: grant.Id.ToString()), ct);
        await notifier.NotifyAsync(grant.LawyerUserId, "授权委托" + status.ChineseName(),
            $"{grant.ClientName}的授权委托（{grant.Scope.ChineseName()}）：{status.ChineseName()}。",
            NotificationChannels.All, idempotencyKey: $"poa.decided:{grant.Id}", caseId: grant.CaseId, ct: ct,
            link: grant.FilingId is { } filingId && grant.CaseId is null ? $"/Portals/Filing/{filingId}" : null);
        return (await ViewsAsync(db, [grant], ct))[0];
    }

    /// <summary>The 授权委托书 as confirmed, filed with the filing (or the case) it was given for.</summary>
    private static async Task FileDocumentAsync(PowerOfAttorneyGrant grant, ClaimsPrincipal user, CourtDb db, IDossierApi dossier,
        ReferenceData reference, TimeProvider clock, CancellationToken ct)
    {
        DossierOwner owner;
        string number, cause;
        string? courtCode;
        if (grant.CaseId is { } caseId)
        {
            var registered = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId, ct);
            (owner, number, courtCode, cause) = (DossierOwner.Case(caseId), registered.Number, registered.CourtCode, registered.Title);
        }
        else
        {
            var filing = await db.OnlineFilings.AsNoTracking().SingleAsync(f => f.Id == grant.FilingId, ct);
            (owner, number, courtCode, cause) = (DossierOwner.FilingDraft(filing.Id), filing.Reference, filing.CourtCode, FilingDocuments.CauseOf(filing, reference));
        }
        var lawyer = await db.Set<CourtUser>().AsNoTracking().Where(u => u.Id == grant.LawyerUserId).Select(u => u.DisplayName).SingleAsync(ct);
        var profile = await db.LawyerProfiles.AsNoTracking().SingleOrDefaultAsync(l => l.UserId == grant.LawyerUserId, ct);
        var result = await dossier.IssueCourtDocumentAsync(owner, new PowerOfAttorney
        {
            CourtName = courtCode is { } code && reference.Courts.TryGet(code, out var court) ? court.Name : "人民法院",
            CaseNumber = number, IssuedOn = ShanghaiTime.Today(clock), Client = grant.ClientName, Lawyer = lawyer,
            Firm = profile?.Firm ?? "", LicenceNumber = profile?.LicenceNumber ?? "", Cause = cause,
            Scope = grant.Scope == PowerOfAttorneyScope.Special ? AuthorisationScope.Special : AuthorisationScope.General,
            ConfirmedAtUtc = grant.DecidedAt!.Value,
        }, DossierCategory.Pleadings, FilingDocuments.ActorOf(user), "power-of-attorney", ct);
        if (!result.Succeeded) throw new InvalidOperationException("The power of attorney could not be filed: " + result.Refusal!.Detail);
    }

    internal static async Task<Outcome<PowerOfAttorneyView>> RequestForCaseAsync(Guid caseId, CaseRepresentationRequest request, ClaimsPrincipal user,
        CourtDb db, INotifier notifier, TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsInRole(CourtRoles.Lawyer)) return LitigationProblem.Forbidden("只有律师可以申请代理。");
        var identifier = PartyIdentifiers.Normalise(request.ClientIdentifierNumber!);
        var client = await db.Set<CourtUser>().AsNoTracking().VerifiedWithIdentifier(identifier).Select(u => new { u.Id, u.DisplayName })
            .FirstOrDefaultAsync(ct);
        var clientIsParty = client is not null && await db.CaseParticipants.AnyAsync(p => p.CaseId == caseId && p.UserId == client.Id
            && p.Role != CaseRole.Counsel && !CaseRoleSets.CourtStaff.Contains(p.Role), ct);
        // The same answer whether the case does not exist or the person is not a party: a lawyer learns nothing by asking.
        if (!clientIsParty) return LitigationProblem.NotFound("没有找到该当事人参加的这个案件。请核对委托人的证件号码。");

        var lawyerId = user.UserId();
        var pending = await db.PowersOfAttorney.AnyAsync(g => g.CaseId == caseId && g.LawyerUserId == lawyerId && g.ClientUserId == client!.Id
            && (g.Status == PowerOfAttorneyStatus.Pending || g.Status == PowerOfAttorneyStatus.Confirmed || g.Status == PowerOfAttorneyStatus.Verified), ct);
        if (pending) return LitigationProblem.Conflict("您已为该委托人提出过代理申请。");

        var grant = await PowerOfAttorneyRequests.AddAsync(db, lawyerId, client!.DisplayName, identifier,
            request.SpecialAuthority ? PowerOfAttorneyScope.Special : PowerOfAttorneyScope.General, null, caseId, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        var lawyer = await db.Set<CourtUser>().AsNoTracking().Where(u => u.Id == lawyerId).Select(u => u.DisplayName).SingleAsync(ct);
        var firm = await db.LawyerProfiles.Where(l => l.UserId == lawyerId).Select(l => l.Firm).SingleOrDefaultAsync(ct) ?? "";
        await PowerOfAttorneyRequests.NotifyClientAsync(notifier, grant, lawyer, firm, ct);
        return (await ViewsAsync(db, [grant], ct))[0];
    }
}

internal static class CaseRoleSets
{
    public static readonly CaseRole[] CourtStaff = Enum.GetValues<CaseRole>().Where(r => r.IsCourtStaff()).ToArray();
}
