using Grpc.Core;

namespace Court.GovDataBridge;

/// <summary>An expected failure as a gRPC status with a Chinese detail the caller can act on.</summary>
internal static class GrpcErrors
{
    public static RpcException Of(StatusCode code, string detail) => new(new Status(code, detail));
}
