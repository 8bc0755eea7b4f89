namespace Court.Host.Notifications;

/// <summary>An in-portal message (站内消息), shown on 我的消息.</summary>
internal sealed class Notification
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 2000;
    public const int IdempotencyKeyMaxLength = 200;

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid? CaseId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
    public string? IdempotencyKey { get; set; }
}
