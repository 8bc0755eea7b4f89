namespace Court.Grpc;

public sealed class GrpcClientOptions
{
    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    public int MaxSendMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>The clock behind call deadlines.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal GrpcClientOptions Snapshot() => new()
    {
        MaxReceiveMessageSize = MaxReceiveMessageSize,
        MaxSendMessageSize = MaxSendMessageSize,
        TimeProvider = TimeProvider,
    };
}
