using System.Buffers;
using System.Buffers.Binary;
using Google.Protobuf;

namespace Court.Grpc;

/// <summary>
/// The Length-Prefixed-Message: a compressed flag byte, a 4-byte big-endian length, then the message.
/// We negotiate no compression, so a set flag is a protocol error.
/// </summary>
internal static class MessageFraming
{
    public const int HeaderSize = 5;

    /// <summary>Validates a frame header and returns the length of the message that follows it.</summary>
    public static int ReadHeader(ReadOnlySpan<byte> header, int maxMessageSize)
    {
        var flag = header[0];
        if (flag == 1)
        {
            throw new RpcException(StatusCode.Internal, "Received a compressed message, but no compression was negotiated.");
        }

        if (flag != 0)
        {
            throw new RpcException(StatusCode.Internal, $"Invalid message frame flag {flag}.");
        }

        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (length > (uint)maxMessageSize)
        {
            throw new RpcException(
                StatusCode.ResourceExhausted,
                $"Received message of {length} bytes exceeds the limit of {maxMessageSize} bytes.");
        }

        return (int)length;
    }

    /// <summary>Takes one whole message off the front of <paramref name="buffer"/>, if it is all there.</summary>
    public static bool TryReadMessage(ref ReadOnlySequence<byte> buffer, int maxMessageSize, out ReadOnlySequence<byte> message)
    {
        message = default;
        if (buffer.Length < HeaderSize)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[HeaderSize];
        buffer.Slice(0, HeaderSize).CopyTo(header);
        var length = ReadHeader(header, maxMessageSize);
        if (buffer.Length < HeaderSize + (long)length)
        {
            return false;
        }

        message = buffer.Slice(HeaderSize, length);
        buffer = buffer.Slice(message.End);
        return true;
    }

    public static int FramedSize(IMessage message, int maxMessageSize)
    {
        var size = message.CalculateSize();
        if (size > maxMessageSize)
        {
            throw new RpcException(
                StatusCode.ResourceExhausted,
                $"Sending message of {size} bytes exceeds the limit of {maxMessageSize} bytes.");
        }

        return HeaderSize + size;
    }

    /// <summary>Writes header and message into exactly <paramref name="destination"/>, sized by <see cref="FramedSize"/>.</summary>
    public static void Write(IMessage message, Span<byte> destination)
    {
        destination[0] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(destination[1..], (uint)(destination.Length - HeaderSize));
        message.WriteTo(destination[HeaderSize..]);
    }

    public static void Write(IMessage message, IBufferWriter<byte> writer, int maxMessageSize)
    {
        var size = FramedSize(message, maxMessageSize);
        var span = writer.GetSpan(size)[..size];
        Write(message, span);
        writer.Advance(size);
    }
}
