using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Court.EDossier.Blobs;

/// <summary>
/// At start-up, removes temporary upload files a stopped process left in the incoming folder. Only files older than an hour:
/// on a shared store another node may be streaming an upload right now.
/// </summary>
internal sealed class IncomingSweep(FileBlobStore blobs, TimeProvider clock, ILogger<IncomingSweep> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var swept = blobs.SweepIncoming(TimeSpan.FromHours(1), clock.GetUtcNow().UtcDateTime);
        if (swept > 0) logger.LogInformation("Removed {Count} unfinished upload file(s) from {Folder}", swept, blobs.IncomingFolder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
