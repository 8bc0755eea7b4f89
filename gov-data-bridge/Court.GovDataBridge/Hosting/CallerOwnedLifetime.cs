using Microsoft.Extensions.Hosting;

namespace Court.GovDataBridge.Hosting;

/// <summary>
/// An embedded gRPC app's lifetime belongs to whoever started it (the court host); unlike the default console
/// lifetime, it does not take over the process's Ctrl+C and SIGTERM.
/// </summary>
internal sealed class CallerOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
