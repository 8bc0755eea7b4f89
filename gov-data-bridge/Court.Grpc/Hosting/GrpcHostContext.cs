using Microsoft.Extensions.Logging;

namespace Court.Grpc;

/// <summary>What <see cref="GrpcHosting"/> tells each call about its host: when it stops, and where to log.</summary>
internal sealed class GrpcHostContext(ILogger? logger, CancellationToken stopping)
{
    public CancellationToken Stopping { get; } = stopping;

    public ILogger? Logger { get; } = logger;
}
