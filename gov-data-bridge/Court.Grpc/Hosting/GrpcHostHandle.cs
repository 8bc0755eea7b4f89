using Microsoft.AspNetCore.Builder;

namespace Court.Grpc;

/// <summary>A running <see cref="GrpcHosting"/> server.</summary>
public sealed class GrpcHostHandle : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _stopped;

    internal GrpcHostHandle(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address clients dial, e.g. <c>http://127.0.0.1:50312</c>.</summary>
    public Uri Address { get; }

    /// <summary>Cancels running calls (they end UNAVAILABLE) and stops listening.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}
