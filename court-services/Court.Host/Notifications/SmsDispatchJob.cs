using Court.Host.Persistence;
using Court.Kernel.Jobs;
using Court.Kernel.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Notifications;

/// <summary>
/// Sends every pending outbox row, oldest first, marking each sent as soon as the provider accepts it.
/// After a crash the row being sent is still pending and is handed over again with the same message id;
/// the provider's deduplication makes that a no-op, so each message reaches the phone once.
/// </summary>
internal sealed class SmsDispatchJob(CourtDb db, ISmsGateway gateway, TimeProvider clock, ILogger<SmsDispatchJob> logger) : IJobHandler
{
    public const string JobKind = "sms.dispatch";
    private const int BatchSize = 50;

    public string Kind => JobKind;

    public string DisplayName => "发送短信通知";

    public async Task ExecuteAsync(JobContext context, CancellationToken ct)
    {
        var done = 0;
        while (true)
        {
            var batch = await db.SmsOutbox.Where(m => m.Status == SmsStatus.Pending)
                .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) break;
            var total = done + await db.SmsOutbox.CountAsync(m => m.Status == SmsStatus.Pending, ct);

            foreach (var message in batch)
            {
                await SendAsync(message, ct);
                done++;
                await context.ReportProgressAsync(Math.Min(99, done * 100 / total), $"已发送 {done}/{total} 条短信", ct);
            }
        }
    }

    private async Task SendAsync(SmsOutboxMessage message, CancellationToken ct)
    {
        try
        {
            var receipt = await gateway.SendAsync(new SmsMessage(message.Id, message.Phone, message.Text), ct);
            message.Status = SmsStatus.Sent;
            message.ProviderMessageId = receipt.ProviderMessageId;
            if (receipt.AlreadyDelivered) logger.LogInformation("SMS {MessageId} had already been delivered; marked sent", message.Id);
        }
        catch (SmsRejectedException ex)
        {
            logger.LogWarning(ex, "SMS {MessageId} rejected by the provider", message.Id);
            message.Status = SmsStatus.Rejected;
            message.LastError = ex.Message.Length <= 1000 ? ex.Message : ex.Message[..1000];
        }
        message.SentAt = clock.GetUtcNow().UtcDateTime;
        // The provider has the message now: record that even if the job is being cancelled.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
