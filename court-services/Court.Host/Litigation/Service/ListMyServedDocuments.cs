using Court.Host.Access;
using Court.Host.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Service;

/// <summary>A document served on me, as 我的文书 lists it; <see cref="Link"/> opens it and records the first opening.</summary>
internal sealed record ServedDocumentView(
    Guid Id, string DocumentTitle, string CaseNumberOrReference, string CourtName, string RecipientSide, DateTime DeliveredAt, DateTime? OpenedAt)
{
    public bool IsOpened => OpenedAt is not null;

    public string Link => $"/service/{Id}";
}

/// <summary>我的文书: what was served on me electronically, newest first.</summary>
internal static class ListMyServedDocuments
{
    public const int PageSize = 100;

    internal static void MapListMyServedDocuments(this RouteGroupBuilder api) =>
        api.MapGet("/me/served-documents", HandleAsync).WithName("ListMyServedDocuments").WithSummary("我的文书：送达给我的诉讼文书（最近 100 份）");

    internal static async Task<Ok<IReadOnlyList<ServedDocumentView>>> HandleAsync(HttpContext http, CourtDb db, CancellationToken ct) =>
        TypedResults.Ok(await LoadAsync(db, http.User.UserId(), ct));

    /// <summary>Shared with the 我的消息 page.</summary>
    internal static async Task<IReadOnlyList<ServedDocumentView>> LoadAsync(CourtDb db, Guid userId, CancellationToken ct) =>
        await db.ServiceRecords.AsNoTracking()
            .Where(r => r.RecipientUserId == userId && r.Method == ServiceMethod.Electronic && r.DeliveredAt != null)
            .OrderByDescending(r => r.DeliveredAt).ThenBy(r => r.DocumentTitle)
            .Take(PageSize)
            .Select(r => new ServedDocumentView(r.Id, r.DocumentTitle, r.CaseNumberOrReference, r.CourtName, r.RecipientSide, r.DeliveredAt!.Value, r.OpenedAt))
            .ToListAsync(ct);
}
