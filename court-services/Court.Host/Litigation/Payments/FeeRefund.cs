namespace Court.Host.Litigation.Payments;

internal enum FeeRefundStatus
{
    Requested,
    Completed,
    Failed,
}

/// <summary>A refund (退费) of part or all of a paid fee, e.g. after the fee was halved (诉讼费用交纳办法 art. 15).</summary>
internal sealed class FeeRefund
{
    public const int ReasonMaxLength = 500;
    public const int IdempotencyKeyMaxLength = 200;

    public Guid Id { get; set; }
    public Guid PaymentId { get; set; }

    /// <summary>Yuan, whole fen.</summary>
    public decimal Amount { get; set; }

    public required string Reason { get; set; }
    public FeeRefundStatus Status { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? ProviderRefundId { get; set; }

    /// <summary>The provider's reason when it refused the refund.</summary>
    public string? FailureReason { get; set; }

    /// <summary>The caller's key: asking twice with one key refunds once.</summary>
    public required string IdempotencyKey { get; set; }
}
