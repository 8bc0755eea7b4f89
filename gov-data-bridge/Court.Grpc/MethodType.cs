namespace Court.Grpc;

public enum MethodType
{
    Unary,
    ServerStreaming,
}
