using System.Text;
using System.Text.Json;
using Court.Host.Configuration;
using Court.Kernel.Notifications;
using Microsoft.Extensions.Options;

namespace Court.Host.Notifications;

/// <summary>Bound from <c>Court:Sms:FileSink</c>: settings of the sandbox provider.</summary>
internal sealed class FileSmsGatewayOptions
{
    public const string Section = "Court:Sms:FileSink";

    /// <summary>Simulated round trip to the provider, half before delivery and half after (the answer's way back).</summary>
    public int LatencyMilliseconds { get; set; }
}

/// <summary>
/// The embedded SMS provider: each message becomes <c>&lt;data&gt;/sms/&lt;message id&gt;.json</c>, and
/// <c>delivery.log</c> records every hand-over ("delivered" or "duplicate"). Like a real gateway it deduplicates by
/// client message id. A file appears whole or not at all: written to a temp file, flushed to disk, then renamed.
/// </summary>
internal sealed class FileSmsGateway(IOptions<CourtOptions> court, IOptions<FileSmsGatewayOptions> options, TimeProvider clock)
    : ISmsGateway, IDisposable
{
    public const string LogFileName = "delivery.log";
    private readonly SemaphoreSlim _deliver = new(1, 1);

    public string Folder
    {
        get
        {
            var folder = Path.Combine(DataFolder.Root(court.Value), "sms");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task<SmsReceipt> SendAsync(SmsMessage message, CancellationToken ct)
    {
        var halfway = TimeSpan.FromMilliseconds(Math.Max(0, options.Value.LatencyMilliseconds) / 2.0);
        if (halfway > TimeSpan.Zero) await Task.Delay(halfway, clock, ct);
        var receipt = await DeliverOnceAsync(message, ct);
        // A crash here loses the provider's answer, not the message: the retry finds it delivered.
        if (halfway > TimeSpan.Zero) await Task.Delay(halfway, clock, ct);
        return receipt;
    }

    private async Task<SmsReceipt> DeliverOnceAsync(SmsMessage message, CancellationToken ct)
    {
        var folder = Folder;
        var path = Path.Combine(folder, $"{message.MessageId:D}.json");
        var receipt = new SmsReceipt($"file-{message.MessageId:N}", AlreadyDelivered: false);
        await _deliver.WaitAsync(ct);
        try
        {
            if (File.Exists(path))
            {
                await AppendLogAsync(folder, "duplicate", message);
                return receipt with { AlreadyDelivered = true };
            }

            var temp = Path.Combine(folder, $".{message.MessageId:N}.{Guid.NewGuid():N}.tmp");
            var content = JsonSerializer.SerializeToUtf8Bytes(new
            {
                messageId = message.MessageId, phone = message.Phone, text = message.Text, deliveredAt = clock.GetUtcNow(),
            });
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await stream.WriteAsync(content, CancellationToken.None);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: false);
            await AppendLogAsync(folder, "delivered", message);
            return receipt;
        }
        finally
        {
            _deliver.Release();
        }
    }

    private async Task AppendLogAsync(string folder, string outcome, SmsMessage message)
    {
        var line = JsonSerializer.Serialize(new { at = clock.GetUtcNow(), @event = outcome, messageId = message.MessageId, phone = message.Phone }) + "\n";
        await using var log = new FileStream(Path.Combine(folder, LogFileName), FileMode.Append, FileAccess.Write, FileShare.Read);
        await log.WriteAsync(Encoding.UTF8.GetBytes(line), CancellationToken.None);
        log.Flush(flushToDisk: true);
    }

    public void Dispose() => _deliver.Dispose();
}
