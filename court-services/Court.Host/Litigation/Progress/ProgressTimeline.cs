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
    public string CourtName => ReferenceData.Courts.TryGet(CourtCode, out var court) ? court.Name : CourtCode;

    public string CaseTypeName => ReferenceData.CaseTypes.TryGet(TypeCode, out var type) ? type.Name : TypeCode;

    public DateOnly FiledOn => DateOnly.FromDateTime(ShanghaiTime.From(FiledAt).DateTime);
}

internal sealed record ProgressEntry(Guid Id, ProgressNodeKind Kind, DateTime At, string PublicNote, string? PartyDetail)
{
    public string KindName => Kind.ChineseName();
}

/// <summary>
/// The read side of progress, shared by the API and the pages: one index seek for the case (with the caller's
/// participation as an EXISTS on the same row), one range scan of the case's nodes. Both queries are compiled once.
/// </summary>
internal static class ProgressTimeline
{
    private static readonly Func<CourtDb, string, Guid, CancellationToken, Task<ProgressCase?>> ByNumber =
        EF.CompileAsyncQuery((CourtDb db, string number, Guid userId, CancellationToken ct) =>
            db.Cases.AsNoTracking().Where(c => c.Number == number)
                .Select(c => new ProgressCase(c.Id, c.Number, c.CourtCode, c.TypeCode, c.Title, c.Status, c.FiledAt, c.QueryCode,
                    c.Participants.Any(p => p.UserId == userId)))
                .SingleOrDefault());

    private static readonly Func<CourtDb, Guid, Guid, CancellationToken, Task<ProgressCase?>> ById =
        EF.CompileAsyncQuery((CourtDb db, Guid caseId, Guid userId, CancellationToken ct) =>
            db.Cases.AsNoTracking().Where(c => c.Id == caseId)
                .Select(c => new ProgressCase(c.Id, c.Number, c.CourtCode, c.TypeCode, c.Title, c.Status, c.FiledAt, c.QueryCode,
                    c.Participants.Any(p => p.UserId == userId)))
                .SingleOrDefault());

    private static readonly Func<CourtDb, Guid, IAsyncEnumerable<ProgressEntry>> NodesOf =
        EF.CompileAsyncQuery((CourtDb db, Guid caseId) =>
            db.ProgressNodes.AsNoTracking().Where(n => n.CaseId == caseId).OrderBy(n => n.At).ThenBy(n => n.Id)
                .Select(n => new ProgressEntry(n.Id, n.Kind, n.At, n.PublicNote, n.PartyDetail)));

    /// <summary>Parses a case number as people type it (ASCII or full-width parentheses) into the stored form.</summary>
    public static string? CanonicalNumber(string? input) =>
        CaseNumber.TryParse(input, ReferenceData.CaseTypes, ReferenceData.Courts, out var number) ? number.Format() : null;

    /// <summary>
    /// The case, with <see cref="ProgressCase.CallerIsOnCase"/> true when <paramref name="userId"/> has any role in it — the
    /// rule of <see cref="Court.Kernel.Access.CaseOperations.Read"/> (CaseAccessHandler), minus the court admin's register right.
    /// </summary>
    public static Task<ProgressCase?> FindByNumberAsync(CourtDb db, string canonicalNumber, Guid userId, CancellationToken ct) =>
        ByNumber(db, canonicalNumber, userId, ct);

    public static Task<ProgressCase?> FindByIdAsync(CourtDb db, Guid caseId, Guid userId, CancellationToken ct) =>
        ById(db, caseId, userId, ct);

    public static async Task<List<ProgressEntry>> NodesAsync(CourtDb db, Guid caseId, CancellationToken ct)
    {
        var nodes = new List<ProgressEntry>();
        await foreach (var node in NodesOf(db, caseId).WithCancellation(ct)) nodes.Add(node);
        return nodes;
    }
}
