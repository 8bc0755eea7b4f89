using Court.Host.Cases;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Cases;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Progress;

/// <summary>A case as its progress views show it, and whether the caller has a role in it.</summary>
internal sealed record ProgressCase(Guid Id, string Number, string CourtCode, string TypeCode, string Title, CaseStatus Status,
    DateTime FiledAt, string QueryCode, bool CallerIsOnCase)
{
    /// <summary>The court's name from the reference data; set by <see cref="ProgressTimeline"/> after the query.</summary>
    public string CourtName { get; init; } = CourtCode;

    public string CaseTypeName { get; init; } = TypeCode;

    public DateOnly FiledOn => DateOnly.FromDateTime(ShanghaiTime.From(FiledAt).DateTime);
}

internal sealed record ProgressEntry(Guid Id, ProgressNodeKind Kind, DateTime At, string PublicNote, string? PartyDetail)
{
    public string KindName => Kind.ChineseName();
}

/// <summary>A case with its nodes, oldest first, as one query returns them.</summary>
internal sealed record ProgressCaseWithNodes(ProgressCase Case, List<ProgressEntry> Nodes);

/// <summary>
/// The read side of progress, shared by the API and the pages. The request path is one compiled query: an index seek for
/// the case by its number (or id), the caller's participation as an EXISTS on that row, and the case's nodes by the
/// (CaseId, At) index joined to it — one round trip to the database per request.
/// </summary>
internal static class ProgressTimeline
{
    private static readonly Func<CourtDb, string, Guid, CancellationToken, Task<ProgressCaseWithNodes?>> ByNumber =
        EF.CompileAsyncQuery((CourtDb db, string number, Guid userId, CancellationToken ct) =>
            db.Cases.AsNoTracking().Where(c => c.Number == number)
                .Select(c => new ProgressCaseWithNodes(
                    new ProgressCase(c.Id, c.Number, c.CourtCode, c.TypeCode, c.Title, c.Status, c.FiledAt, c.QueryCode,
                        c.Participants.Any(p => p.UserId == userId)),
                    db.ProgressNodes.Where(n => n.CaseId == c.Id).OrderBy(n => n.At).ThenBy(n => n.Id)
                        .Select(n => new ProgressEntry(n.Id, n.Kind, n.At, n.PublicNote, n.PartyDetail)).ToList()))
                .SingleOrDefault());

    private static readonly Func<CourtDb, Guid, Guid, CancellationToken, Task<ProgressCaseWithNodes?>> ById =
        EF.CompileAsyncQuery((CourtDb db, Guid caseId, Guid userId, CancellationToken ct) =>
            db.Cases.AsNoTracking().Where(c => c.Id == caseId)
                .Select(c => new ProgressCaseWithNodes(
                    new ProgressCase(c.Id, c.Number, c.CourtCode, c.TypeCode, c.Title, c.Status, c.FiledAt, c.QueryCode,
                        c.Participants.Any(p => p.UserId == userId)),
                    db.ProgressNodes.Where(n => n.CaseId == c.Id).OrderBy(n => n.At).ThenBy(n => n.Id)
                        .Select(n => new ProgressEntry(n.Id, n.Kind, n.At, n.PublicNote, n.PartyDetail)).ToList()))
                .SingleOrDefault());

    /// <summary>Parses a case number as people type it (ASCII or full-width parentheses) into the stored form.</summary>
    public static string? CanonicalNumber(string? input, ReferenceData reference) =>
        CaseNumber.TryParse(input, reference.CaseTypes, reference.Courts, out var number) ? number.Format() : null;

    /// <summary>
    /// The case and its nodes, with <see cref="ProgressCase.CallerIsOnCase"/> true when <paramref name="userId"/> has any role
    /// in it — the rule of <see cref="Court.Kernel.Access.CaseOperations.Read"/> (CaseAccessHandler), without the court
    /// admin's register right. Callers show the nodes only when that is true (or the query code matched).
    /// </summary>
    public static async Task<ProgressCaseWithNodes?> FindByNumberAsync(CourtDb db, ReferenceData reference, string canonicalNumber, Guid userId,
        CancellationToken ct) =>
        Named(await ByNumber(db, canonicalNumber, userId, ct), reference);

    public static async Task<ProgressCaseWithNodes?> FindByIdAsync(CourtDb db, ReferenceData reference, Guid caseId, Guid userId, CancellationToken ct) =>
        Named(await ById(db, caseId, userId, ct), reference);

    private static ProgressCaseWithNodes? Named(ProgressCaseWithNodes? found, ReferenceData reference) =>
        found is not { Case: var c } ? null : found with
        {
            Case = c with
            {
                CourtName = reference.Courts.TryGet(c.CourtCode, out var court) ? court.Name : c.CourtCode,
                CaseTypeName = reference.CaseTypes.TryGet(c.TypeCode, out var type) ? type.Name : c.TypeCode,
            },
        };
}
