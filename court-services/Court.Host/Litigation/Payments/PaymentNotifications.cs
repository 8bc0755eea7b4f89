using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Payments;

/// <summary>What a bank expects back: a small acknowledgement, the same for a first delivery and for a replay.</summary>
internal sealed record PaymentNotificationAck(string Code, string Message)
{
    public static readonly PaymentNotificationAck Success = new("SUCCESS", "已受理");
}

/// <summary>The answer to one notification: an acknowledgement or a problem, nothing else.</summary>
internal sealed record NotificationHandling(PaymentNotificationAck? Ack, ProblemHttpResult? Problem);

/// <summary>
/// Receives a provider's notification — from the HTTP callback and, for the embedded sandbox, from its bank page —
/// and acts on it once: Pending → Paid in one conditional update, the notification id kept for replay protection,
/// both in one transaction; then every <see cref="IFeePaymentListener"/> is told, on every verified delivery.
/// </summary>
internal sealed class PaymentNotifications(
    CourtDb db, IEnumerable<IPaymentProvider> providers, IEnumerable<IFeePaymentListener> listeners,
    IAuditLog audit, TimeProvider clock, ILogger<PaymentNotifications> logger)
{
    public const string AuditAction = "ReceivePaymentNotification";

    public async Task<NotificationHandling> ReceiveAsync(string providerName, ReadOnlyMemory<byte> rawBody,
        IReadOnlyDictionary<string, string> headers, string? remoteAddress, CancellationToken ct)
    {
        var actor = new AuditActor(null, "payment-provider:" + providerName, null, remoteAddress);
        var bodyHash = ResultHash.OfBytes(rawBody.Span);
        var provider = providers.FirstOrDefault(p => p.Name == providerName);
        if (provider is null) return Refused(PaymentProblems.UnknownProvider(providerName));

        var check = provider.VerifyNotification(rawBody, headers);
        if (check.Notice is not { } notice)
        {
            await AuditAsync(actor, null, bodyHash, "Refused:" + check.RefusalCode);
            return Refused(PaymentProblems.NotificationRefused(check.Reason!));
        }

        var payment = await db.FeePayments.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ProviderName == provider.Name && p.ProviderOrderId == notice.ProviderOrderId, ct);
        if (payment is null)
        {
            await AuditAsync(actor, notice.ProviderOrderId, bodyHash, "Refused:UnknownOrder");
            return Refused(PaymentProblems.UnknownOrder(notice.ProviderOrderId));
        }
        var orderFen = Money.FromYuan(payment.Amount).Fen;
        if (notice.AmountFen != orderFen)
        {
            await AuditAsync(actor, notice.ProviderOrderId, bodyHash, "Refused:AmountMismatch");
            return Refused(PaymentProblems.AmountMismatch(
                $"通知金额 {Money.FromFen(notice.AmountFen)} 与订单金额 {Money.FromFen(orderFen)} 不符，通知已拒收。"));
        }

        var outcome = await RecordAsync(provider.Name, notice, payment.Id, ct);
        await AuditAsync(actor, notice.ProviderOrderId, bodyHash, outcome?.ToString() ?? "Replayed");
        if (outcome == NotificationOutcome.PaidWhileCancelled)
            logger.LogWarning("Payment {PaymentId} (order {OrderId}) was paid after it was cancelled: refund due", payment.Id, notice.ProviderOrderId);

        var current = await db.FeePayments.AsNoTracking().SingleAsync(p => p.Id == payment.Id, ct);
        if (current.Status != FeePaymentStatus.Paid) return new NotificationHandling(PaymentNotificationAck.Success, null);
        try
        {
            foreach (var listener in listeners) await listener.OnPaidAsync(current, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The Paid state is committed; a non-2xx makes the bank send again, and the replay tells the listeners again.
            logger.LogError(e, "A fee payment listener failed for payment {PaymentId}", current.Id);
            return Refused(PaymentProblems.FollowUpFailed());
        }
        return new NotificationHandling(PaymentNotificationAck.Success, null);
    }

    /// <summary>The outcome of a first delivery, or null for a notification id already received.</summary>
    private async Task<NotificationOutcome?> RecordAsync(string providerName, PaymentNotice notice, Guid paymentId, CancellationToken ct)
    {
        if (await IsReplayAsync(providerName, notice.NotificationId, ct)) return null;

        // On SQLite the transaction takes the write lock at once (BEGIN IMMEDIATE); on PostgreSQL the conditional update
        // waits on the row lock of a concurrent notification and then finds the order no longer pending.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.FeePayments
            .Where(p => p.Id == paymentId && p.Status == FeePaymentStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, FeePaymentStatus.Paid)
                .SetProperty(p => p.PaidAt, notice.PaidAt)
                .SetProperty(p => p.Version, p => p.Version + 1), ct);
        NotificationOutcome outcome;
        if (moved == 1)
        {
            outcome = NotificationOutcome.Paid;
        }
        else if (await db.FeePayments.Where(p => p.Id == paymentId).Select(p => p.Status).SingleAsync(ct) == FeePaymentStatus.Paid)
        {
            outcome = NotificationOutcome.AlreadyPaid;
        }
        else
        {
            // Cancelled (the fee changed and a new order replaced it), yet the bank took the money: keep when, and owe it back.
            await db.FeePayments
                .Where(p => p.Id == paymentId && p.PaidAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.PaidAt, notice.PaidAt).SetProperty(p => p.Version, p => p.Version + 1), ct);
            outcome = NotificationOutcome.PaidWhileCancelled;
        }

        db.PaymentNotificationReceipts.Add(new PaymentNotificationReceipt
        {
            Id = Guid.CreateVersion7(), ProviderName = providerName, NotificationId = notice.NotificationId, PaymentId = paymentId,
            ReceivedAt = clock.GetUtcNow().UtcDateTime, Outcome = outcome,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return outcome;
        }
        catch (DbUpdateException)
        {
            // The same notification id committed by a concurrent delivery: this one undoes everything it did.
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (await IsReplayAsync(providerName, notice.NotificationId, ct)) return null;
            throw;
        }
    }

    private Task<bool> IsReplayAsync(string providerName, string notificationId, CancellationToken ct) =>
        db.PaymentNotificationReceipts.AnyAsync(r => r.ProviderName == providerName && r.NotificationId == notificationId, ct);

    private Task AuditAsync(AuditActor actor, string? orderId, string bodyHash, string outcome) =>
        audit.WriteAsync(new AuditRecord(AuditAction, Target: orderId, ResultHash: bodyHash, Outcome: outcome), actor, CancellationToken.None);

    private static NotificationHandling Refused(ProblemHttpResult problem) => new(null, problem);
}
