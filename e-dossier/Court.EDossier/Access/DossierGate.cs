using System.Security.Claims;
using Court.EDossier.Dossiers;
using Court.EDossier.Persistence;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Court.EDossier.Access;

/// <summary>A case's dossier as one caller may open it: the case, what the caller may do, and the dossier (null until the first document).</summary>
internal sealed record OpenedCase(CaseSummaryInfo Case, DossierReader Reader, Dossier? Dossier);

/// <summary>The one way in to a case's dossier: 404 for an unknown case, 403 for a caller without a role in it.</summary>
internal sealed class DossierGate(ICaseDirectory cases, IAuthorizationService authorization, DossierStore store)
{
    public async Task<(OpenedCase? Opened, IResult? Problem)> OpenAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await cases.FindAsync(caseId, ct);
        if (found is null) return (null, DossierProblems.CaseNotFound());
        var reader = await DossierReader.ForAsync(authorization, user, caseId);
        if (!reader.CanRead) return (null, DossierProblems.NotInCase());
        return (new OpenedCase(found, reader, await store.FindAsync(DossierOwner.Case(caseId), ct)), null);
    }

    /// <summary>The same, for what only court staff acting in the case may do (archive, transfer).</summary>
    public async Task<(OpenedCase? Opened, IResult? Problem)> OpenForCourtAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct)
    {
        var (opened, problem) = await OpenAsync(caseId, user, ct);
        if (opened is null) return (null, problem);
        return opened.Reader.ActsForCourt ? (opened, null) : (null, DossierProblems.NotForCourtOnly());
    }

    /// <summary>
    /// The receiving case of a 移送 from <paramref name="fromCaseId"/>: it must exist, arise from or give rise to the sending case by
    /// procedure (<see cref="ICaseDirectory.LinkBetweenAsync"/>), and the caller must act for the court in it too (ADR 0013).
    /// </summary>
    public async Task<(OpenedCase? Opened, IResult? Problem)> OpenTransferTargetAsync(
        OpenedCase from, Guid toCaseId, ClaimsPrincipal user, CancellationToken ct)
    {
        var found = await cases.FindAsync(toCaseId, ct);
        if (found is null) return (null, DossierProblems.Invalid("toCaseId", "没有找到接收案件，请核对。"));
        if (await cases.LinkBetweenAsync(from.Case.Id, toCaseId, ct) is null)
            return (null, DossierProblems.NotRelatedCase(from.Case.Number, found.Number));
        var reader = await DossierReader.ForAsync(authorization, user, toCaseId);
        if (!reader.ActsForCourt) return (null, DossierProblems.NotForCourtInTarget(found.Number));
        return (new OpenedCase(found, reader, await store.FindAsync(DossierOwner.Case(toCaseId), ct)), null);
    }
}
