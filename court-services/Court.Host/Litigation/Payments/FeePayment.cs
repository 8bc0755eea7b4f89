namespace Court.Host.Litigation.Payments;

internal enum FeePaymentStatus
{
    Pending,
    Paid,
    Cancelled,
}

/// <summary>
/// One order to pay a fee (交费) for an online filing, as sent to a payment provider. At most one order per filing
/// is live (Pending or Paid) at a time; a changed amount cancels the pending order and opens another.
/// </summary>
internal sealed class FeePayment
{
    public const int DescriptionMaxLength = 100;

    public Guid Id { get; set; }

    /// <summary>The online filing paid for. No foreign key: filings live in their own tables.</summary>
    public Guid FilingId { get; set; }

    public Guid PayerUserId { get; set; }

    /// <summary>Yuan, whole fen.</summary>
    public decimal Amount { get; set; }

    /// <summary>What the payer sees, e.g. 案件受理费.</summary>
    public required string Description { get; set; }

    public FeePaymentStatus Status { get; set; }

    public required string ProviderName { get; set; }

    /// <summary>The court's order number as the provider knows it (商户订单号).</summary>
    public required string ProviderOrderId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the provider says the money was taken; set on a cancelled order too when the bank was paid anyway.</summary>
    public DateTime? PaidAt { get; set; }

    /// <summary>Refunded or being refunded (requests not yet failed), so two refunds never together exceed what was paid.</summary>
    public decimal RefundedAmount { get; set; }

    /// <summary>Optimistic concurrency token for changes through the change tracker (refund bookkeeping).</summary>
    public int Version { get; set; }

    /// <summary>Money the court received and has not returned.</summary>
    public decimal Refundable => PaidAt is null ? 0m : Amount - RefundedAmount;

    /// <summary>
    /// The bank took money for an order the court had already cancelled (the payer paid an old order after the fee
    /// changed): it must go back to the payer. Such an order never counts as the filing's payment.
    /// </summary>
    public bool RefundDue => Status == FeePaymentStatus.Cancelled && Refundable > 0;
}
