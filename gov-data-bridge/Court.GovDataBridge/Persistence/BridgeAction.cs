namespace Court.GovDataBridge.Persistence;

/// <summary>
/// One assistance request (freeze, seize, ...) on its way to the platform. Keyed by the caller's idempotency key, which
/// travels unchanged to the platform: however often it is retried, the platform applies it once.
/// </summary>
internal sealed class BridgeAction
{
    public required string IdempotencyKey { get; set; }
    public Guid? CaseId { get; set; }
    public required string CaseNumber { get; set; }
    public required string Kind { get; set; }
    public required string Subject { get; set; }

    /// <summary>The platform request as protobuf bytes, resent as is on every attempt.</summary>
    public required byte[] Request { get; set; }

    /// <summary>SHA-256 of <see cref="Request"/>: a second submission under the same key must be the same request.</summary>
    public required string RequestSha256 { get; set; }

    public Guid ActingUserId { get; set; }
    public required string ActingUserName { get; set; }
    public required string Progress { get; set; }
    public string? PlatformActionId { get; set; }
    public string? Detail { get; set; }
    public int Attempts { get; set; }
    public DateTime QueuedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
