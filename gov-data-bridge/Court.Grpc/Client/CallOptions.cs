namespace Court.Grpc;

/// <param name="Headers">Request metadata.</param>
/// <param name="Deadline">When to give up (UTC); sent to the server as <c>grpc-timeout</c>.</param>
/// <param name="CancellationToken">Cancels the call; the server sees the stream reset.</param>
public readonly record struct CallOptions(Metadata? Headers = null, DateTime? Deadline = null, CancellationToken CancellationToken = default);
