using System.Threading.Channels;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Court.Grpc;

/// <summary>
/// The standard health service (https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
/// The overall status, service <c>""</c>, starts SERVING; other services are unknown until set.
/// </summary>
public sealed class HealthService
{
    internal static readonly Method<HealthCheckRequest, HealthCheckResponse> CheckMethod =
        Method<HealthCheckRequest, HealthCheckResponse>.Unary("grpc.health.v1.Health", "Check");

    internal static readonly Method<HealthCheckRequest, HealthCheckResponse> WatchMethod =
        Method<HealthCheckRequest, HealthCheckResponse>.ServerStreaming("grpc.health.v1.Health", "Watch");

    private readonly Lock _lock = new();
    private readonly Dictionary<string, ServingStatus> _statuses = new(StringComparer.Ordinal) { [string.Empty] = ServingStatus.Serving };
    private readonly List<(string Service, Channel<ServingStatus> Changes)> _watchers = [];

    public void SetStatus(string service, ServingStatus status)
    {
        ArgumentNullException.ThrowIfNull(service);
        lock (_lock)
        {
            _statuses[service] = status;
            foreach (var (watched, changes) in _watchers)
            {
                if (watched == service)
                {
                    changes.Writer.TryWrite(status);
                }
            }
        }
    }

    internal Task<HealthCheckResponse> CheckAsync(HealthCheckRequest request, ServerCallContext context)
    {
        lock (_lock)
        {
            return _statuses.TryGetValue(request.Service, out var status)
                ? Task.FromResult(new HealthCheckResponse { Status = status })
                : throw new RpcException(StatusCode.NotFound, $"Service '{request.Service}' is unknown.");
        }
    }

    /// <summary>Sends the current status, then every change, until the client or the server goes away.</summary>
    internal async Task WatchAsync(HealthCheckRequest request, IServerStreamWriter<HealthCheckResponse> responses, ServerCallContext context)
    {
        // A slow watcher may skip intermediate states; the spec asks only that it sees the latest.
        var changes = Channel.CreateBounded<ServingStatus>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var watcher = (request.Service, changes);
        ServingStatus current;
        lock (_lock)
        {
            current = _statuses.GetValueOrDefault(request.Service, ServingStatus.ServiceUnknown);
            _watchers.Add(watcher);
        }

        try
        {
            await responses.WriteAsync(new HealthCheckResponse { Status = current }, context.CancellationToken);
            await foreach (var status in changes.Reader.ReadAllAsync(context.CancellationToken))
            {
                if (status != current)
                {
                    current = status;
                    await responses.WriteAsync(new HealthCheckResponse { Status = status }, context.CancellationToken);
                }
            }
        }
        finally
        {
            lock (_lock)
            {
                _watchers.Remove(watcher);
            }
        }
    }
}
