using Court.Host.Access;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Service;

/// <summary>The link in a service message: records when the recipient first opened the document, then shows it.</summary>
internal static class OpenServedDocument
{
    internal static void MapOpenServedDocument(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/service/{recordId:guid}", HandleAsync).RequireAuthorization()
            .WithName("OpenServedDocument").WithSummary("查阅送达给我的文书（首次查阅时记录查阅时间）");

    /// <summary>Anyone but the recipient gets the same 404 as for a record that does not exist.</summary>
    internal static async Task<Results<RedirectHttpResult, NotFound>> HandleAsync(
        Guid recordId, HttpContext http, CourtDb db, IAuditLog audit, TimeProvider clock, CancellationToken ct)
    {
        var userId = http.User.UserId();
        var record = await db.ServiceRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == recordId && r.RecipientUserId == userId && r.Method == ServiceMethod.Electronic, ct);
        if (record is null) return TypedResults.NotFound();

        var now = clock.GetUtcNow().UtcDateTime;
        var first = await db.ServiceRecords.Where(r => r.Id == recordId && r.OpenedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.OpenedAt, now).SetProperty(r => r.Status, ServiceStatus.Opened), ct) == 1;
        await audit.WriteAsync(new AuditRecord(first ? "service.open" : "service.reopen",
            record.OwnerIsFilingDraft ? null : record.OwnerId, record.CaseNumberOrReference,
            Target: $"{record.Id}/{record.DocumentId}"), ct);
        return TypedResults.Redirect(DocumentUrl(record));
    }

    /// <summary>
    /// The e-dossier's in-page reader (PDF.js, ADR 0017), which reads the watermarked copy from the reading endpoint of the
    /// case, or of the online filing not yet a case.
    /// </summary>
    internal static string DocumentUrl(ServiceRecord record) => record.OwnerIsFilingDraft
        ? $"/Portals/Filings/{record.OwnerId}/Read/{record.DocumentId}"
        : $"/Portals/Dossier/{record.OwnerId}/Read/{record.DocumentId}";
}
