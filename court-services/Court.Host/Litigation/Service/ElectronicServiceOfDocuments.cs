using System.Security.Cryptography;
using System.Text;
using Court.Host.Notifications;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Dossier;
using Court.Kernel.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Service;

/// <summary>
/// 电子送达: each document reaches a consenting account holder's inbox with an SMS notice, and one 电子送达凭证 per recipient
/// and serving is filed in the same dossier; anyone else is flagged for postal service. Serving the same document on the
/// same recipient again returns the record already made. Saves the context's pending changes along with its own.
/// </summary>
internal sealed class ElectronicServiceOfDocuments(
    CourtDb db, INotifier notifier, IDossierApi dossier, TimeProvider clock, ILogger<ElectronicServiceOfDocuments> log)
{
    public const int MaxDocuments = 20;
    public const string SourceStep = "electronic-service";

    /// <summary>How long a serving may take to issue a receipt before another one may take over (the first one died).</summary>
    public static readonly TimeSpan ReceiptLease = TimeSpan.FromMinutes(5);

    /// <summary>The records of every document and recipient, in the order of <see cref="ServeDocuments.Recipients"/>, then documents.</summary>
    public async Task<IReadOnlyList<ServiceRecord>> ServeAsync(ServeDocuments request, CancellationToken ct)
    {
        Check(request);
        var served = new List<ServiceRecord>();
        foreach (var recipient in request.Recipients)
            served.AddRange(await ServeOnAsync(request, recipient, ct));
        return served;
    }

    private async Task<IReadOnlyList<ServiceRecord>> ServeOnAsync(ServeDocuments request, ServiceRecipient recipient, CancellationToken ct)
    {
        var keys = request.Documents
            .Select(d => (Document: d, Key: ServiceRecord.KeyFor(request.Owner, d.DocumentId, recipient.UserId, recipient.Side.Trim(), recipient.Name.Trim())))
            .ToList();
        var keyList = keys.Select(k => k.Key).ToList();
        var existing = await db.ServiceRecords.AsNoTracking().Where(r => keyList.Contains(r.IdempotencyKey)).Select(r => r.IdempotencyKey).ToListAsync(ct);
        var missing = keys.Where(k => !existing.Contains(k.Key)).Select(k => NewRecord(request, recipient, k.Document, k.Key)).ToList();

        if (missing.Count > 0)
        {
            if (missing[0].Method == ServiceMethod.Electronic) await DeliverAsync(request, recipient, missing, ct);
            await InsertAsync(missing, ct);
        }

        var records = await db.ServiceRecords.AsNoTracking().Where(r => keyList.Contains(r.IdempotencyKey)).ToListAsync(ct);
        var withoutReceipt = records.Where(r => r.Method == ServiceMethod.Electronic && r.DeliveredAt is not null && r.ReceiptDocumentId is null).ToList();
        if (withoutReceipt.Count > 0)
        {
            await IssueReceiptsAsync(request.ServedBy, withoutReceipt, ct);
            records = await db.ServiceRecords.AsNoTracking().Where(r => keyList.Contains(r.IdempotencyKey)).ToListAsync(ct);
        }
        return keyList.Select(key => records.Single(r => r.IdempotencyKey == key)).ToList();
    }

    private ServiceRecord NewRecord(ServeDocuments request, ServiceRecipient recipient, ServedDocument document, string key)
    {
        var electronic = recipient.UserId is not null && recipient.ConsentsToElectronicService;
        return new ServiceRecord
        {
            Id = ServiceRecord.IdFor(key),
            OwnerId = request.Owner.Id,
            OwnerIsFilingDraft = request.Owner.IsFilingDraft,
            CaseNumberOrReference = request.CaseNumberOrReference.Trim(),
            CourtName = request.CourtName.Trim(),
            DocumentId = document.DocumentId,
            DocumentTitle = document.Title.Trim(),
            RecipientUserId = recipient.UserId,
            RecipientName = recipient.Name.Trim(),
            RecipientSide = recipient.Side.Trim(),
            RecipientPhone = NullIfBlank(recipient.Phone),
            RecipientPostalAddress = NullIfBlank(recipient.PostalAddress),
            Method = electronic ? ServiceMethod.Electronic : ServiceMethod.Postal,
            // 民事诉讼法第八十八条: without consent (or an account to serve to) the document goes by post.
            Status = electronic ? ServiceStatus.Delivered : ServiceStatus.AwaitingPostal,
            ServedByName = request.ServedBy.Name,
            ServedByUserId = request.ServedBy.UserId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            IdempotencyKey = key,
        };
    }

    /// <summary>
    /// One message (in the portal, and by SMS) names every new document. It is stored before the records, so a record never
    /// says Delivered for a message that does not exist; its key follows from the record ids, so a retry sends nothing twice.
    /// </summary>
    private async Task DeliverAsync(ServeDocuments request, ServiceRecipient recipient, IReadOnlyList<ServiceRecord> records, CancellationToken ct)
    {
        var userId = recipient.UserId!.Value;
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
            throw new ArgumentException($"Recipient {recipient.Name} names user {userId}, who does not exist.", nameof(request));

        var key = NotificationKey(records);
        await notifier.NotifyAsync(userId, "诉讼文书送达通知", MessageBody(request, records), NotificationChannels.All, key,
            request.Owner.IsFilingDraft ? null : request.Owner.Id, records.Count == 1 ? $"/service/{records[0].Id}" : "/Inbox#served-documents", ct);
        var message = await db.Notifications.AsNoTracking().Where(n => n.IdempotencyKey == key)
            .Select(n => new { n.Id, n.CreatedAt }).SingleAsync(ct);
        foreach (var record in records)
        {
            record.NotificationId = message.Id;
            record.DeliveredAt = message.CreatedAt;
        }
    }

    internal static string NotificationKey(IEnumerable<ServiceRecord> records)
    {
        var ids = string.Join(',', records.Select(r => r.Id).Order().Select(id => id.ToString("N")));
        return "service:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..40];
    }

    private static string MessageBody(ServeDocuments request, IReadOnlyList<ServiceRecord> records)
    {
        var first = records[0];
        var opening = $"{first.RecipientName}，您好！{first.CourtName}就{first.CaseNumberOrReference}向您电子送达以下文书：";
        const string closing = "文书到达您的诉讼服务平台账户之日即为送达日期（《中华人民共和国民事诉讼法》第九十条第二款）。请在“我的消息”的“我的文书”中查阅。";
        var linked = opening + string.Join("；", records.Select((r, i) => $"{i + 1}.《{r.DocumentTitle}》（查阅：/service/{r.Id}）")) + "。" + closing;
        if (linked.Length <= Notification.BodyMaxLength) return linked;
        var listed = opening + string.Join("、", records.Select(r => $"《{r.DocumentTitle}》")) + $"，共 {records.Count} 份。" + closing;
        return listed.Length <= Notification.BodyMaxLength ? listed : opening + $"共 {records.Count} 份文书。" + closing;
    }

    /// <summary>A serving running at the same moment may have inserted some of them: those are kept, the rest added.</summary>
    private async Task InsertAsync(List<ServiceRecord> records, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ServiceRecords.AddRange(records);
            try
            {
                await db.SaveChangesAsync(ct);
                foreach (var record in records) db.Entry(record).State = EntityState.Detached;
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                foreach (var record in records) db.Entry(record).State = EntityState.Detached;
                var keys = records.Select(r => r.IdempotencyKey).ToList();
                var inserted = await db.ServiceRecords.AsNoTracking().Where(r => keys.Contains(r.IdempotencyKey)).Select(r => r.IdempotencyKey).ToListAsync(ct);
                records = records.Where(r => !inserted.Contains(r.IdempotencyKey)).ToList();
                if (records.Count == 0) return;
            }
        }
    }

    /// <summary>One 电子送达凭证 per message: it says which documents reached which address, and when.</summary>
    private async Task IssueReceiptsAsync(DossierActor servedBy, IReadOnlyList<ServiceRecord> records, CancellationToken ct)
    {
        foreach (var group in records.GroupBy(r => r.NotificationId))
        {
            var ids = group.Select(r => r.Id).ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            var staleBefore = now - ReceiptLease;
            var claimed = await db.ServiceRecords
                .Where(r => ids.Contains(r.Id) && r.ReceiptDocumentId == null && (r.ReceiptClaimedAt == null || r.ReceiptClaimedAt < staleBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReceiptClaimedAt, now), ct);
            if (claimed < ids.Count) continue; // another serving is issuing it; a lease it abandons is taken over next time

            var first = group.First();
            var deliveredAt = first.DeliveredAt!.Value;
            var receipt = new ElectronicServiceReceipt
            {
                CourtName = first.CourtName,
                CaseNumber = first.CaseNumberOrReference,
                IssuedOn = DateOnly.FromDateTime(ShanghaiTime.From(deliveredAt).DateTime),
                Recipient = first.RecipientName,
                ServiceAddress = await ServiceAddressAsync(first.RecipientUserId!.Value, ct),
                DocumentTitles = group.Select(r => r.DocumentTitle).ToList(),
                DeliveredAtUtc = deliveredAt,
            };
            var issued = await dossier.IssueCourtDocumentAsync(first.Owner, receipt, DossierCategory.ServiceRecords, servedBy, SourceStep, ct);
            if (!issued.Succeeded)
            {
                log.LogWarning("The electronic service receipt for {Recipient} in {Reference} was refused: {Detail}",
                    first.RecipientName, first.CaseNumberOrReference, issued.Refusal!.Detail);
                await db.ServiceRecords.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.ReceiptClaimedAt, (DateTime?)null), ct);
                continue;
            }
            var receiptId = issued.Added!.DocumentId;
            await db.ServiceRecords.Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s.SetProperty(r => r.ReceiptDocumentId, receiptId), ct);
        }
    }

    /// <summary>e.g. 诉讼服务平台账户 litigant；手机 139****0001 — where the message and the SMS went.</summary>
    private async Task<string> ServiceAddressAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.PhoneNumber }).SingleAsync(ct);
        var phone = user.PhoneNumber?.Trim();
        return $"诉讼服务平台“我的消息”（{user.DisplayName}）" + (string.IsNullOrEmpty(phone) ? "" : $"；手机 {MaskPhone(phone)}");
    }

    internal static string MaskPhone(string phone) => phone.Length >= 7 ? phone[..3] + new string('*', phone.Length - 7) + phone[^4..] : phone;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Check(ServeDocuments request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Require(request.CaseNumberOrReference, ServiceRecord.ReferenceMaxLength, "case number or reference");
        Require(request.CourtName, ServiceRecord.NameMaxLength, "court name");
        Require(request.ServedBy.Name, ServiceRecord.NameMaxLength, "server's name");
        if (request.Documents.Count is 0 or > MaxDocuments)
            throw new ArgumentException($"Serve between 1 and {MaxDocuments} documents at once.", nameof(request));
        if (request.Documents.DistinctBy(d => d.DocumentId).Count() != request.Documents.Count)
            throw new ArgumentException("A document is listed twice.", nameof(request));
        foreach (var document in request.Documents) Require(document.Title, ServiceRecord.TitleMaxLength, "document title");
        if (request.Recipients.Count == 0) throw new ArgumentException("Name at least one recipient.", nameof(request));
        foreach (var recipient in request.Recipients)
        {
            Require(recipient.Name, ServiceRecord.NameMaxLength, "recipient's name");
            Require(recipient.Side, ServiceRecord.SideMaxLength, "recipient's side");
            if (recipient.Phone?.Trim().Length > ServiceRecord.PhoneMaxLength) throw new ArgumentException("The recipient's phone is too long.", nameof(request));
            if (recipient.PostalAddress?.Trim().Length > ServiceRecord.AddressMaxLength) throw new ArgumentException("The postal address is too long.", nameof(request));
        }
    }

    private static void Require(string? text, int maxLength, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException($"The {what} is required.", nameof(text));
        if (text.Trim().Length > maxLength) throw new ArgumentException($"The {what} has at most {maxLength} characters.", nameof(text));
    }
}
