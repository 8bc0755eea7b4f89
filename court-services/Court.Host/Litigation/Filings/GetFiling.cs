using Court.Host.Calendar;
using System.Security.Claims;
using Court.Host.Access;
using Court.Host.Features.Me;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

internal sealed record FilingPartyView(
    Guid Id, string Side, string SideName, string Kind, string Name, string IdentifierNumber, string? Representative, string? Address,
    string? Phone, string? Email, bool ConsentsToElectronicService, string? PostalAddress, string Verification, string VerificationName,
    bool HasAccount);

internal sealed record FilingView(
    Guid Id, string Reference, string Status, string StatusName, int Version, bool Editable, bool FiledByCounsel,
    string? Kind, string? CourtCode, string? CourtName,
    IReadOnlyDictionary<string, string> Interview, IReadOnlyDictionary<string, string> Elements,
    string Claims, string FactsAndReasons, decimal? ClaimAmount, decimal? Fee, string? FeeBasis, bool ConsentsToMediation,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime? SubmittedAt, DateOnly? ReviewDueOn,
    IReadOnlyList<string> CorrectionItems, DateOnly? CorrectBy, bool CorrectByProvisional, string? RejectionReason, Guid? CaseId, string? CaseNumber,
    IReadOnlyList<FilingPartyView> Parties)
{
    /// <summary><paramref name="provisional"/>: the kinds of the filing's deadlines still inferred for a year without the notice (DOMAIN.md §6).</summary>
    public static FilingView Of(OnlineFiling f, FilingViewer viewer, ReferenceData reference, IReadOnlySet<DeadlineKind>? provisional = null) => new(
        f.Id, f.Reference, f.Status.ToString(), f.Status.ChineseName(), f.Version, f.IsEditable && viewer == FilingViewer.Filer, f.FiledByCounsel,
        f.KindSlug, f.CourtCode, f.CourtCode is { } code && reference.Courts.TryGet(code, out var court) ? court.Name : null,
        FilingAnswers.Read(f.InterviewJson), FilingAnswers.Read(f.ElementsJson),
        f.Claims, f.FactsAndReasons, f.ClaimAmount, f.Fee, f.FeeBasis, f.ConsentsToMediation,
        f.CreatedAt, f.UpdatedAt, f.SubmittedAt, f.ReviewDueOn,
        FilingText.Lines(f.CorrectionItems), f.CorrectBy, provisional?.Contains(DeadlineKind.FilingCorrection) == true, f.RejectionReason, f.CaseId, f.CaseNumber,
        f.Parties.OrderBy(p => p.Order).Select(p => new FilingPartyView(
            p.Id, p.Side.ToString(), p.Side.ChineseName(), p.Kind.ToString(), p.Name,
            // A filer typed these numbers; another plaintiff (e.g. the client of a lawyer-filed case) sees them masked.
            viewer == FilingViewer.Party ? GetMe.MaskIdentifier(p.IdentifierNumber)! : p.IdentifierNumber,
            p.Representative, p.Address, p.Phone, p.Email, p.ConsentsToElectronicService, p.PostalAddress,
            p.Verification.ToString(), p.Verification.ChineseName(), p.UserId is not null)).ToList());
}

internal sealed record FilingSummary(Guid Id, string Reference, string Status, string StatusName, string? Kind, string? CaseNumber,
    DateTime UpdatedAt, DateOnly? CorrectBy, string Title = "")
{
    public string UpdatedAtText => ShanghaiTime.Format(UpdatedAt);

    /// <summary>What a person calls the filing: "民间借贷纠纷 · 陈明诉厦门五缘湾酒店管理有限公司 · 12月4日" (the day it was started, in Shanghai).</summary>
    public static string TitleOf(string? kind, IReadOnlyList<(PartySide Side, string Name)> parties, DateTime createdAt, ReferenceData reference)
    {
        string Names(PartySide side, string none) =>
            parties.Where(p => p.Side == side && p.Name.Length > 0).Select(p => p.Name).ToList() is { Count: > 0 } names
                ? names[0] + (names.Count > 1 ? "等" : "")
                : none;
        var kindName = kind is not null && reference.FilingKinds.TryGet(kind, out var k) ? k.Name : "案由未定";
        var day = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(createdAt, DateTimeKind.Utc), ShanghaiTime.Zone)
            .ToString("M月d日", System.Globalization.CultureInfo.InvariantCulture);
        return $"{kindName} · {Names(PartySide.Plaintiff, "原告")}诉{Names(PartySide.Defendant, "（被告未填写）")} · {day}";
    }
}

/// <summary>我的立案申请: drafts and filed applications, each readable by its filer, its plaintiffs with accounts, and filing clerks.</summary>
internal static class GetFiling
{
    internal static void MapGetFiling(this RouteGroupBuilder filings)
    {
        filings.MapGet("/", async (ClaimsPrincipal user, CourtDb db, ReferenceData reference, CancellationToken ct) => TypedResults.Ok(await MineAsync(user, db, reference, ct)))
            .WithSummary("我的立案申请");
        filings.MapGet("/{filingId:guid}", async (Guid filingId, ClaimsPrincipal user, CourtDb db, StatutoryDeadlines deadlines, ReferenceData reference,
                CancellationToken ct) =>
                await FilingAccess.FindAsync(db, user, filingId, ct) is { } found
                    ? TypedResults.Ok(FilingView.Of(found.Filing, found.Viewer, reference, await deadlines.ProvisionalKindsAsync(filingId, ct)))
                    : LitigationProblem.FilingNotFound.ToResult())
            .WithSummary("立案申请详情");
    }

    internal static async Task<IReadOnlyList<FilingSummary>> MineAsync(ClaimsPrincipal user, CourtDb db, ReferenceData reference, CancellationToken ct)
    {
        var userId = user.UserId();
        var rows = await db.OnlineFilings.AsNoTracking()
            .Where(f => f.FiledById == userId || f.Parties.Any(p => p.UserId == userId && p.Side == PartySide.Plaintiff))
            .OrderByDescending(f => f.UpdatedAt)
            .Select(f => new
            {
                f.Id, f.Reference, f.Status, f.KindSlug, f.CaseNumber, f.UpdatedAt, f.CorrectBy, f.CreatedAt,
                Parties = f.Parties.OrderBy(p => p.Order).Select(p => new { p.Side, p.Name }).ToList(),
            })
            .Take(200)
            .ToListAsync(ct);
        return rows.Select(f => new FilingSummary(f.Id, f.Reference, f.Status.ToString(), f.Status.ChineseName(), f.KindSlug, f.CaseNumber,
            f.UpdatedAt, f.CorrectBy, FilingSummary.TitleOf(f.KindSlug, f.Parties.Select(p => (p.Side, p.Name)).ToList(), f.CreatedAt, reference))).ToList();
    }
}
