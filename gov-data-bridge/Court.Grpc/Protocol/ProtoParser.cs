using Google.Protobuf;

namespace Court.Grpc;

internal static class ProtoParser<T>
    where T : class, IMessage<T>, new()
{
    public static readonly MessageParser<T> Instance = new(() => new T());
}
