using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Identity;
using Court.Host.Litigation.Lawyers;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

/// <summary>A lawyer filing for a client names the client; the client confirms the power of attorney in the portal.</summary>
internal sealed record FilingClientRequest(
    [property: Required(ErrorMessage = "请填写委托人的姓名或名称。"), StringLength(FilingParty.NameMaxLength, ErrorMessage = "委托人名称过长。")] string? Name,
    [property: Required(ErrorMessage = "请填写委托人的身份证号码或统一社会信用代码。")] string? IdentifierNumber,
    bool SpecialAuthority = false) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IdentifierNumber is not null && PartyIdentifiers.Classify(IdentifierNumber).Problem is { } problem)
            yield return new ValidationResult(problem, [nameof(IdentifierNumber)]);
    }
}

/// <param name="DraftId">The id the start form chose for the draft (one per click of 开始网上立案): posting it again answers the same draft.</param>
internal sealed record StartFilingRequest(
    [property: StringLength(40, ErrorMessage = "案件类型无效。")] string? Kind,
    FilingClientRequest? Client,
    Guid? DraftId = null);

internal sealed record StartedFiling(Guid Id, string Reference, int Version);

/// <summary>开始网上立案: a draft that saves as the filer goes and survives signing out.</summary>
internal static class StartFiling
{
    internal static void MapStartFiling(this RouteGroupBuilder filings) =>
        filings.MapPost("/", async (StartFilingRequest request, ClaimsPrincipal user, CourtDb db, INotifier notifier, IAuditLog audit,
                TimeProvider clock, CancellationToken ct) =>
            (await HandleAsync(request, user, db, notifier, audit, clock, ct))
                .ToResult(started => TypedResults.Created($"/api/filings/{started.Id}", started)))
            .WithSummary("开始网上立案（保存草稿）");

    internal static async Task<Outcome<StartedFiling>> HandleAsync(StartFilingRequest request, ClaimsPrincipal user, CourtDb db,
        INotifier notifier, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        if (request.Client?.Validate(new ValidationContext(request.Client)).FirstOrDefault() is { } invalid)
            return LitigationProblem.Invalid(invalid.ErrorMessage!);
        var userId = user.UserId();
        var lawyer = user.IsInRole(CourtRoles.Lawyer);
        if (!lawyer && !user.IsInRole(CourtRoles.Litigant)) return LitigationProblem.Forbidden("只有当事人或律师可以网上立案。");
        if (lawyer && request.Client is null) return LitigationProblem.Invalid("律师代为立案时，请填写委托人的姓名和身份证号码（或统一社会信用代码）。");

        if (request.DraftId is { } chosen)
        {
            if (chosen == Guid.Empty) return LitigationProblem.Invalid("草稿编号无效，请刷新页面后重新点击“开始网上立案”。");
            var existing = await db.OnlineFilings.AsNoTracking().Where(f => f.Id == chosen)
                .Select(f => new { f.FiledById, f.Reference, f.Version }).SingleOrDefaultAsync(ct);
            if (existing is not null)
                return existing.FiledById == userId
                    ? new StartedFiling(chosen, existing.Reference, existing.Version)
                    : LitigationProblem.Conflict("草稿编号已被使用，请刷新页面后重新点击“开始网上立案”。");
        }

        var me = await db.Set<CourtUser>().AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.IdentifierNumber, u.PhoneNumber }).SingleAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var filing = new OnlineFiling
        {
            Id = request.DraftId ?? Guid.CreateVersion7(),
            Reference = FilingText.NewReference(clock),
            FiledById = userId,
            FiledByCounsel = lawyer,
            Status = FilingStatus.Draft,
            KindSlug = string.IsNullOrWhiteSpace(request.Kind) ? null : request.Kind.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
        };

        PowerOfAttorneyGrant? attorney = null;
        if (lawyer)
        {
            var client = request.Client!;
            var identifier = PartyIdentifiers.Normalise(client.IdentifierNumber!);
            attorney = await PowerOfAttorneyRequests.AddAsync(db, userId, client.Name!.Trim(), identifier,
                client.SpecialAuthority ? PowerOfAttorneyScope.Special : PowerOfAttorneyScope.General, filing.Id, null, now, ct);
            filing.Parties.Add(NewPlaintiff(filing.Id, client.Name!.Trim(), identifier, phone: null, attorney.ClientUserId));
        }
        else if (me.IdentifierNumber is { Length: > 0 } own)
        {
            filing.Parties.Add(NewPlaintiff(filing.Id, me.DisplayName, own, me.PhoneNumber, userId));
        }

        db.OnlineFilings.Add(filing);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditRecord("filing.start", CaseNumber: filing.Reference), ct);
        if (attorney is not null)
        {
            var firm = await db.LawyerProfiles.Where(l => l.UserId == userId).Select(l => l.Firm).SingleOrDefaultAsync(ct) ?? "";
            await PowerOfAttorneyRequests.NotifyClientAsync(notifier, attorney, me.DisplayName, firm, ct);
        }
        return new StartedFiling(filing.Id, filing.Reference, filing.Version);
    }

    private static FilingParty NewPlaintiff(Guid filingId, string name, string identifier, string? phone, Guid? userId)
    {
        var kind = PartyIdentifiers.Classify(identifier).Kind ?? PartyKind.NaturalPerson;
        return new FilingParty
        {
            Id = Guid.CreateVersion7(),
            FilingId = filingId,
            Order = 0,
            Side = PartySide.Plaintiff,
            Kind = kind,
            Name = name,
            IdentifierNumber = identifier,
            Phone = phone,
            UserId = userId,
            // A signed-in litigant's account was opened under their real name; the platform is asked again when the filer looks it up.
            Verification = PartyVerification.NotChecked,
        };
    }
}
