using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Court.GovData.Bridge.V1;
using Court.Host.Access;
using Court.Host.Features.Me;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Court.Kernel.GovData;
using GovData.Platform.V1;

namespace Court.Host.Litigation.Filings;

internal sealed record PartyLookupRequest(
    [property: Required(ErrorMessage = "请填写身份证号码或统一社会信用代码。")] string? IdentifierNumber,
    [property: StringLength(FilingParty.NameMaxLength, ErrorMessage = "姓名过长。")] string? Name) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var (kind, problem) = PartyIdentifiers.Classify(IdentifierNumber);
        if (problem is not null) yield return new ValidationResult(problem, [nameof(IdentifierNumber)]);
        else if (kind == PartyKind.NaturalPerson && string.IsNullOrWhiteSpace(Name))
            yield return new ValidationResult("核验自然人身份时，请同时填写姓名。", [nameof(Name)]);
    }
}

/// <summary>
/// What the platform lets a filer know (purpose 立案核验): a legal person's registered name, representative and address; for a
/// natural person only whether the name matches the ID number.
/// </summary>
internal sealed record PartyLookupView(string Kind, string? Name, string? Representative, string? Address, bool? IdentityMatches,
    string Identifier, string Verification, string Message);

/// <summary>What a lookup needs: the database, the grant issuer and bridge, the limits and padding, the audit log and the clock.</summary>
internal sealed record PartyLookupServices(CourtDb Db, IGovDataGrants Grants, IGovDataBridgeClient Bridge, PartyLookupLimits Limits, IAuditLog Audit,
    TimeProvider Clock);

/// <summary>
/// 按证件号自动填写: looks a party up through the bridge and records the result on the filing's party with that identifier. Rate limited
/// per user and per filing, padded to one minimum duration, and audited on the data subject's log even when refused (issue 11 finding 3).
/// </summary>
internal static class LookUpParty
{
    internal static void MapLookUpParty(this RouteGroupBuilder filings) =>
        filings.MapPost("/{filingId:guid}/party-lookups", async (Guid filingId, PartyLookupRequest request, ClaimsPrincipal user,
                PartyLookupServices services, HttpContext http, CancellationToken ct) =>
            {
                var looked = await HandleAsync(filingId, request, user, services, http.TraceIdentifier, ct);
                if (looked.Problem is { RetryAfter: { } wait }) http.Response.Headers.RetryAfter = Problems.CourtProblems.RetryAfterSeconds(wait);
                return looked.ToResult(TypedResults.Ok);
            })
            .WithSummary("通过政务数据平台核验当事人（立案核验）");

    internal static async Task<Outcome<PartyLookupView>> HandleAsync(Guid filingId, PartyLookupRequest request, ClaimsPrincipal user,
        PartyLookupServices services, string requestId, CancellationToken ct)
    {
        var started = services.Limits.Start();
        var found = await FilingAccess.FindAsync(services.Db, user, filingId, ct);
        if (found is not { Viewer: FilingViewer.Filer or FilingViewer.Clerk, Filing: var filing }) return LitigationProblem.FilingNotFound;

        var identifier = PartyIdentifiers.Normalise(request.IdentifierNumber!);
        if (services.Limits.Refusal(user.UserId(), filingId) is { } wait)
        {
            await services.Audit.WriteAsync(new AuditRecord(QuerySubjectAction, CaseNumber: filing.Reference,
                Purpose: Purpose.FilingVerification.ChineseName(), Target: identifier, Outcome: "RateLimited"), ct);
            return LitigationProblem.TooManyRequests(wait, $"核验过于频繁，请 {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} 秒后再试。");
        }
        var answer = await LookUpAsync(filing, identifier, request, user, services, requestId, ct);
        await services.Limits.PadAsync(started, ct);
        return answer;
    }

    /// <summary>The bridge's audit action for subject queries: a refused lookup lands on the same data-access log.</summary>
    private const string QuerySubjectAction = "govdata.query-subject";

    private static async Task<Outcome<PartyLookupView>> LookUpAsync(OnlineFiling filing, string identifier, PartyLookupRequest request,
        ClaimsPrincipal user, PartyLookupServices services, string requestId, CancellationToken ct)
    {
        var (db, grants, bridge, clock) = (services.Db, services.Grants, services.Bridge, services.Clock);

        var legal = PartyIdentifiers.Classify(identifier).Kind == PartyKind.LegalPerson;
        var issued = await grants.IssueForFilingAsync(user, filing.Reference, [GovDataCategory.Subject], ct);
        if (!issued.Granted) return LitigationProblem.Forbidden(issued.DeniedReason!);

        QuerySubjectReply reply;
        try
        {
            reply = await bridge.QuerySubjectAsync(issued.Token!, new QuerySubjectRequest
            {
                Context = issued.Grant!.ContextFor(requestId),
                Subject = legal ? new SubjectRef { CreditCode = identifier } : new SubjectRef { ResidentIdNumber = identifier },
                Name = request.Name?.Trim() ?? "",
            }, ct);
        }
        catch (GovDataException e) when (e.HttpStatus == StatusCodes.Status404NotFound)
        {
            Record(filing, identifier, PartyVerification.NotFound, clock);
            await db.SaveChangesAsync(ct);
            return new PartyLookupView(legal ? "legal-person" : "natural-person", null, null, null, null, GetMe.MaskIdentifier(identifier)!,
                PartyVerification.NotFound.ChineseName(), "登记机关未查到该证件号码，请核对；确认无误的，可以照实填写后提交，由立案法官审查。");
        }
        catch (GovDataException e)
        {
            return new LitigationProblem(e.HttpStatus, "govdata-unavailable", e.Message);
        }

        PartyLookupView view;
        if (reply.ResultCase == QuerySubjectReply.ResultOneofCase.LegalPerson)
        {
            var registered = reply.LegalPerson;
            foreach (var party in filing.Parties.Where(p => p.IdentifierNumber == identifier))
            {
                party.Name = registered.Name;
                party.Representative = registered.LegalRepresentative;
                party.Address = registered.RegisteredAddress;
                party.RegisteredStatus = StatusOf(registered.Status);
            }
            Record(filing, identifier, PartyVerification.RegistryFilled, clock);
            view = new PartyLookupView("legal-person", registered.Name, registered.LegalRepresentative, registered.RegisteredAddress, null,
                identifier, PartyVerification.RegistryFilled.ChineseName(), "已按市场主体登记信息填写名称、法定代表人和住所。");
        }
        else
        {
            var matches = reply.IdentityMatch.Matches;
            var outcome = matches ? PartyVerification.IdentityMatched : PartyVerification.IdentityNotMatched;
            Record(filing, identifier, outcome, clock, request.Name!.Trim());
            view = new PartyLookupView("natural-person", null, null, null, matches, reply.IdentityMatch.MaskedResidentIdNumber, outcome.ChineseName(),
                matches ? "姓名与身份证号码一致。" : "姓名与身份证号码不一致，请核对后重新填写。");
        }
        await db.SaveChangesAsync(ct);
        return view;
    }

    /// <summary>A natural person's match holds only for the name that was checked.</summary>
    private static RegisteredStatus? StatusOf(RegistrationStatus status) => status switch
    {
        RegistrationStatus.InBusiness => RegisteredStatus.InBusiness,
        RegistrationStatus.Revoked => RegisteredStatus.Revoked,
        RegistrationStatus.Deregistered => RegisteredStatus.Deregistered,
        RegistrationStatus.InLiquidation => RegisteredStatus.InLiquidation,
        _ => null,
    };

    private static void Record(OnlineFiling filing, string identifier, PartyVerification outcome, TimeProvider clock, string? checkedName = null)
    {
        foreach (var party in filing.Parties.Where(p => p.IdentifierNumber == identifier && (checkedName is null || p.Name == checkedName)))
        {
            party.Verification = outcome;
            party.VerifiedAt = clock.GetUtcNow().UtcDateTime;
        }
    }
}
