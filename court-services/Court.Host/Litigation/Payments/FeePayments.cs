using System.Globalization;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Court.Host.Litigation.Payments;

/// <summary>
/// Fee payments for online filings: open an order, send the payer to the bank, refund. Paid state is set only by
/// a verified provider notification (<see cref="PaymentNotifications"/>), never by a caller here.
/// </summary>
internal sealed class FeePayments(
    CourtDb db, IEnumerable<IPaymentProvider> providers, IOptions<PaymentsOptions> options, IAuditLog audit, TimeProvider clock)
{
    private const decimal MaxAmount = 10_000_000_000_000m;
    private const int Attempts = 5;

    /// <summary>
    /// The filing's live order for <paramref name="amount"/>: the pending or paid one if it is for that amount; otherwise
    /// the pending one is cancelled and a new one opened. A filing already paid with another amount is refused
    /// (<see cref="PaymentRefusedException"/>): refund or a supplementary payment is a decision, not a side effect.
    /// </summary>
    public async Task<FeePayment> OpenAsync(Guid filingId, Guid payerUserId, decimal amount, string description, CancellationToken ct)
    {
        if (filingId == Guid.Empty) throw new ArgumentException("A filing id is required.", nameof(filingId));
        if (payerUserId == Guid.Empty) throw new ArgumentException("A payer is required.", nameof(payerUserId));
        if (amount <= 0 || amount > MaxAmount || decimal.Round(amount, 2) != amount)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A fee is more than zero, at most 10^13 yuan, in whole fen.");
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (description.Length > FeePayment.DescriptionMaxLength)
            throw new ArgumentException($"A description has at most {FeePayment.DescriptionMaxLength} characters.", nameof(description));
        var provider = Provider(options.Value.Provider);

        for (var attempt = 1; ; attempt++)
        {
            var live = await LiveAsync(filingId, ct);
            if (live is not null && live.Amount == amount) return live;
            if (live is { Status: FeePaymentStatus.Paid }) throw PaymentProblems.PaidWithOtherAmount(live.Amount, amount);

            var now = clock.GetUtcNow().UtcDateTime;
            var payment = new FeePayment
            {
                Id = Guid.CreateVersion7(), FilingId = filingId, PayerUserId = payerUserId, Amount = amount, Description = description.Trim(),
                Status = FeePaymentStatus.Pending, ProviderName = provider.Name, CreatedAt = now, RefundedAmount = 0m, ProviderOrderId = "",
            };
            payment.ProviderOrderId = OrderNumber(payment);

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (live is not null)
            {
                var cancelled = await db.FeePayments
                    .Where(p => p.Id == live.Id && p.Status == FeePaymentStatus.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, FeePaymentStatus.Cancelled).SetProperty(p => p.Version, p => p.Version + 1), ct);
                if (cancelled == 0)
                {
                    // Paid meanwhile: look again.
                    await tx.RollbackAsync(ct);
                    continue;
                }
            }
            db.FeePayments.Add(payment);
            try
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // A concurrent open of the same filing won the one live order: use or replace it.
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                continue;
            }
            await audit.WriteAsync(new AuditRecord("OpenFeePayment", Target: payment.ProviderOrderId), ct);
            return payment;
        }
    }

    /// <summary>
    /// Where to send the payer (a court address that forwards to the provider); the provider sends the payer back to
    /// <paramref name="returnUrl"/>, which must be a local path such as <c>/Portals/Filing/…</c>.
    /// </summary>
    public string PayUrl(FeePayment p, string returnUrl)
    {
        if (!LocalReturnUrl.IsLocal(returnUrl)) throw new ArgumentException("The return URL must be a local path.", nameof(returnUrl));
        return $"/payments/{p.Id}/pay?returnUrl={Uri.EscapeDataString(returnUrl)}";
    }

    /// <summary>The filing's live order (pending or paid), else its latest cancelled one, else null.</summary>
    public async Task<FeePayment?> FindForFilingAsync(Guid filingId, CancellationToken ct) =>
        await LiveAsync(filingId, ct)
        ?? (await db.FeePayments.AsNoTracking().Where(p => p.FilingId == filingId).ToListAsync(ct))
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).FirstOrDefault();

    /// <summary>
    /// Refunds part or all of what was received, never more than paid minus refunded (<see cref="PaymentRefusedException"/>
    /// in Chinese otherwise). The same <paramref name="idempotencyKey"/> again returns the same refund (and finishes it if
    /// the provider had not answered). A refund the provider refuses is returned as Failed, its amount available again.
    /// </summary>
    public async Task<FeeRefund> RefundAsync(Guid paymentId, decimal amount, string reason, string idempotencyKey, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (reason.Length > FeeRefund.ReasonMaxLength) throw new ArgumentException($"A reason has at most {FeeRefund.ReasonMaxLength} characters.", nameof(reason));
        if (idempotencyKey.Length > FeeRefund.IdempotencyKeyMaxLength)
            throw new ArgumentException($"An idempotency key has at most {FeeRefund.IdempotencyKeyMaxLength} characters.", nameof(idempotencyKey));
        if (amount <= 0 || amount > MaxAmount || decimal.Round(amount, 2) != amount) throw PaymentProblems.BadRefundAmount();

        var (payment, refund) = await ReserveAsync(paymentId, amount, reason.Trim(), idempotencyKey, ct);
        if (refund.Status != FeeRefundStatus.Requested) return refund;

        var result = await Provider(payment.ProviderName).RefundAsync(payment, refund, ct);
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            refund.Status = result.Completed ? FeeRefundStatus.Completed : FeeRefundStatus.Failed;
            refund.CompletedAt = now;
            refund.ProviderRefundId = result.ProviderRefundId;
            refund.FailureReason = result.Completed ? null : result.FailureReason ?? "支付渠道拒绝退费。";
            if (!result.Completed)
            {
                payment.RefundedAmount -= refund.Amount;
                payment.Version++;
            }
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                payment = await db.FeePayments.SingleAsync(p => p.Id == paymentId, ct);
                refund = await db.FeeRefunds.SingleAsync(r => r.Id == refund.Id, ct);
            }
        }
        await audit.WriteAsync(new AuditRecord("RefundFee", Target: payment.ProviderOrderId, Outcome: refund.Status.ToString()), ct);
        return refund;
    }

    /// <summary>Books the refund against the payment (amount reserved) in one save, or finds the one booked under the key.</summary>
    private async Task<(FeePayment Payment, FeeRefund Refund)> ReserveAsync(Guid paymentId, decimal amount, string reason, string key, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.FeeRefunds.SingleOrDefaultAsync(r => r.IdempotencyKey == key, ct);
            if (existing is not null)
            {
                if (existing.PaymentId != paymentId || existing.Amount != amount) throw PaymentProblems.RefundKeyReused();
                return (await db.FeePayments.SingleAsync(p => p.Id == paymentId, ct), existing);
            }

            var payment = await db.FeePayments.SingleOrDefaultAsync(p => p.Id == paymentId, ct) ?? throw PaymentProblems.PaymentNotFound();
            if (payment.PaidAt is null) throw PaymentProblems.NotPaid();
            if (amount > payment.Refundable) throw PaymentProblems.RefundTooLarge(amount, payment.Refundable, payment.Amount, payment.RefundedAmount);

            var refund = new FeeRefund
            {
                Id = Guid.CreateVersion7(), PaymentId = paymentId, Amount = amount, Reason = reason, Status = FeeRefundStatus.Requested,
                RequestedAt = clock.GetUtcNow().UtcDateTime, IdempotencyKey = key,
            };
            payment.RefundedAmount += amount;
            payment.Version++;
            db.FeeRefunds.Add(refund);
            try
            {
                await db.SaveChangesAsync(ct);
                return (payment, refund);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another refund of this payment, or this key, committed first: look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<FeePayment?> LiveAsync(Guid filingId, CancellationToken ct) =>
        await db.FeePayments.AsNoTracking().SingleOrDefaultAsync(p => p.FilingId == filingId && p.Status != FeePaymentStatus.Cancelled, ct);

    private IPaymentProvider Provider(string name) =>
        providers.FirstOrDefault(p => p.Name == name)
        ?? throw new InvalidOperationException($"Payment provider '{name}' is not registered (Court:Payments:Provider).");

    /// <summary>The court's order number (商户订单号): FY, the Shanghai date, then the random tail of the payment's id.</summary>
    private static string OrderNumber(FeePayment payment) =>
        "FY" + ShanghaiTime.From(payment.CreatedAt).ToString("yyyyMMdd", CultureInfo.InvariantCulture)
        + payment.Id.ToString("N")[16..].ToUpperInvariant();
}
