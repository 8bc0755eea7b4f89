using Microsoft.Extensions.Hosting;

namespace Court.Grpc;

/// <summary>
/// The hosted server's lifetime belongs to whoever holds its <see cref="GrpcHostHandle"/>; unlike the default
/// console lifetime, it does not take over the process's Ctrl+C and SIGTERM.
/// </summary>
internal sealed class CallerOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
