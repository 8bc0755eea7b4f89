namespace Court.Host.Notifications;

/// <summary>An in-portal message (站内消息), shown on 我的消息.</summary>
internal sealed class Notification
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 2000;
    public const int IdempotencyKeyMaxLength = 200;
    public const int LinkMaxLength = 300;

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid? CaseId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
    public string? IdempotencyKey { get; set; }

    /// <summary>The court page the message is about (a filing, a case's progress, a served document), as a path on this site.</summary>
    public string? Link { get; set; }

    /// <summary>Where opening the message leads: its own link, else the case's progress, else the inbox itself.</summary>
    public string Destination => DestinationOf(Link, CaseId);

    public static string DestinationOf(string? link, Guid? caseId) => link ?? (caseId is { } id ? $"/Portals/Cases/{id}/Progress" : "/Inbox");
}
