using Court.Interop.V1;

namespace Court.Grpc.Tests.TestService;

public static class EchoMethods
{
    public const string ServiceName = "court.interop.v1.Echo";

    public static readonly Method<EchoRequest, EchoReply> Say = Method<EchoRequest, EchoReply>.Unary(ServiceName, "Say");

    public static readonly Method<EchoRequest, EchoReply> Stream = Method<EchoRequest, EchoReply>.ServerStreaming(ServiceName, "Stream");
}
