using System.Security.Cryptography;
using System.Text;
using Court.Kernel.Dossier;

namespace Court.Host.Litigation.Service;

internal enum ServiceMethod
{
    /// <summary>电子送达: to the recipient's portal account, with an SMS notice.</summary>
    Electronic,

    /// <summary>邮寄送达: the recipient did not consent to electronic service or has no account (民事诉讼法第八十八条).</summary>
    Postal,
}

internal enum ServiceStatus
{
    /// <summary>Reached the recipient's system: the in-portal message was stored.</summary>
    Delivered,

    /// <summary>The recipient opened the document.</summary>
    Opened,

    /// <summary>Waiting for a clerk to send it by post.</summary>
    AwaitingPostal,

    /// <summary>A clerk recorded that it went out by post.</summary>
    PostalSent,
}

/// <summary>送达记录: one document served on one recipient, electronically or flagged for the post.</summary>
internal sealed class ServiceRecord
{
    public const int ReferenceMaxLength = 64;
    public const int TitleMaxLength = 200;
    public const int NameMaxLength = 100;
    public const int SideMaxLength = 20;
    public const int PhoneMaxLength = 32;
    public const int AddressMaxLength = 300;
    public const int IdempotencyKeyMaxLength = 200;

    public Guid Id { get; set; }

    /// <summary>The dossier the served document is in: a case's, or an online filing's (see <see cref="Owner"/>).</summary>
    public Guid OwnerId { get; set; }
    public bool OwnerIsFilingDraft { get; set; }

    /// <summary>The case number, or the filing's reference before it has one, as printed on the documents.</summary>
    public required string CaseNumberOrReference { get; set; }
    public required string CourtName { get; set; }

    /// <summary>The e-dossier document served (<c>DossierAdded.DocumentId</c>).</summary>
    public Guid DocumentId { get; set; }
    public required string DocumentTitle { get; set; }

    public Guid? RecipientUserId { get; set; }
    public required string RecipientName { get; set; }

    /// <summary>原告, 被告, 第三人, …</summary>
    public required string RecipientSide { get; set; }
    public string? RecipientPhone { get; set; }
    public string? RecipientPostalAddress { get; set; }

    public ServiceMethod Method { get; set; }
    public ServiceStatus Status { get; set; }

    /// <summary>The service date (民事诉讼法第九十条第二款): when the in-portal message was stored. Null until then.</summary>
    public DateTime? DeliveredAt { get; set; }

    /// <summary>The first time the recipient opened the document; later opens keep it.</summary>
    public DateTime? OpenedAt { get; set; }
    public DateTime? PostalSentAt { get; set; }

    public Guid? NotificationId { get; set; }

    /// <summary>The 电子送达凭证 in the same dossier that names this document.</summary>
    public Guid? ReceiptDocumentId { get; set; }

    /// <summary>Who is issuing the receipt, since when: two servings at once issue it once; a lease a crash left is taken over.</summary>
    public DateTime? ReceiptClaimedAt { get; set; }

    public required string ServedByName { get; set; }
    public Guid? ServedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Owner + document + recipient: serving the same document on the same recipient again finds this record.</summary>
    public required string IdempotencyKey { get; set; }

    public DossierOwner Owner => new(OwnerId, OwnerIsFilingDraft);

    public static string KeyFor(DossierOwner owner, Guid documentId, Guid? recipientUserId, string side, string name) =>
        $"{(owner.IsFilingDraft ? 'f' : 'c')}:{owner.Id:N}:{documentId:N}:" + (recipientUserId is { } user ? $"u:{user:N}" : $"p:{side}:{name}");

    /// <summary>
    /// The record's id follows from its key, so a serving retried after a crash links its (deduplicated) message to the
    /// same <c>/service/{id}</c> the first attempt wrote into it.
    /// </summary>
    public static Guid IdFor(string idempotencyKey)
    {
        Span<byte> bytes = stackalloc byte[16];
        SHA256.HashData(Encoding.UTF8.GetBytes("service-record:" + idempotencyKey))[..16].CopyTo(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // RFC 9562 version 8 (custom)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
