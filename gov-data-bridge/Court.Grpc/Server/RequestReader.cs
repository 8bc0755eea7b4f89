using System.IO.Pipelines;
using Google.Protobuf;

namespace Court.Grpc;

/// <summary>Reads the one request message of a unary or server-streaming call from the request body.</summary>
internal static class RequestReader
{
    public static async Task<T> ReadSingleMessageAsync<T>(PipeReader reader, MessageParser<T> parser, int maxMessageSize, CancellationToken cancellationToken)
        where T : IMessage<T>
    {
        T? request = default;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            try
            {
                while (MessageFraming.TryReadMessage(ref buffer, maxMessageSize, out var payload))
                {
                    if (request is not null)
                    {
                        throw new RpcException(StatusCode.Internal, "Received more than one request message for a call that takes one.");
                    }

                    request = Parse(parser, payload);
                }

                if (result.IsCompleted)
                {
                    if (!buffer.IsEmpty)
                    {
                        throw new RpcException(StatusCode.Internal, "The request ended inside a message.");
                    }

                    return request ?? throw new RpcException(StatusCode.Internal, "The request carried no message.");
                }
            }
            finally
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
    }

    private static T Parse<T>(MessageParser<T> parser, System.Buffers.ReadOnlySequence<byte> payload)
        where T : IMessage<T>
    {
        try
        {
            return parser.ParseFrom(payload);
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw new RpcException(StatusCode.Internal, "Failed to deserialize the request message.", null, ex);
        }
    }
}
