using System.Buffers;
using Court.Interop.V1;
using Google.Protobuf;

namespace Court.Grpc.Tests.Protocol;

public class MessageFramingTests
{
    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0, 0 }, 0)]
    [InlineData(new byte[] { 0, 0, 0, 0, 7 }, 7)]
    [InlineData(new byte[] { 0, 0, 0, 1, 0 }, 256)]
    [InlineData(new byte[] { 0, 0, 0x40, 0, 0 }, 4 * 1024 * 1024)]
    public void A_header_gives_the_big_endian_length_of_its_message(byte[] header, int length) =>
        MessageFraming.ReadHeader(header, 4 * 1024 * 1024).ShouldBe(length);

    [Theory]
    [InlineData(new byte[] { 1, 0, 0, 0, 1 }, StatusCode.Internal)]
    [InlineData(new byte[] { 2, 0, 0, 0, 1 }, StatusCode.Internal)]
    [InlineData(new byte[] { 0, 0, 0x40, 0, 1 }, StatusCode.ResourceExhausted)]
    [InlineData(new byte[] { 0, 0xFF, 0xFF, 0xFF, 0xFF }, StatusCode.ResourceExhausted)]
    public void A_header_that_cannot_be_accepted_fails_with_its_status(byte[] header, StatusCode status) =>
        Should.Throw<RpcException>(() => MessageFraming.ReadHeader(header, 4 * 1024 * 1024)).StatusCode.ShouldBe(status);

    [Fact]
    public void A_written_message_reads_back_from_a_buffer_split_anywhere()
    {
        var message = new EchoReply { Text = "判决书 第一号", Index = 42 };
        var writer = new ArrayBufferWriter<byte>();
        MessageFraming.Write(message, writer, 1024);
        MessageFraming.Write(message, writer, 1024);
        var bytes = writer.WrittenMemory.ToArray();

        for (var split = 0; split <= bytes.Length; split++)
        {
            var buffer = Split(bytes, split);
            MessageFraming.TryReadMessage(ref buffer, 1024, out var first).ShouldBeTrue();
            EchoReply.Parser.ParseFrom(first).ShouldBe(message);
            MessageFraming.TryReadMessage(ref buffer, 1024, out var second).ShouldBeTrue();
            EchoReply.Parser.ParseFrom(second).ShouldBe(message);
            buffer.IsEmpty.ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(9)]
    public void An_incomplete_frame_is_left_in_the_buffer(int available)
    {
        var writer = new ArrayBufferWriter<byte>();
        MessageFraming.Write(new EchoReply { Text = "0123456789" }, writer, 1024);
        var buffer = new ReadOnlySequence<byte>(writer.WrittenMemory[..available]);

        MessageFraming.TryReadMessage(ref buffer, 1024, out _).ShouldBeFalse();
        buffer.Length.ShouldBe(available);
    }

    [Fact]
    public void An_empty_message_is_a_bare_header() =>
        Frame(new EchoReply()).ShouldBe(new byte[] { 0, 0, 0, 0, 0 });

    [Fact]
    public void A_message_over_the_send_limit_is_refused_before_anything_is_written()
    {
        var writer = new ArrayBufferWriter<byte>();
        Should.Throw<RpcException>(() => MessageFraming.Write(new EchoReply { Text = new string('x', 100) }, writer, 50))
            .StatusCode.ShouldBe(StatusCode.ResourceExhausted);
        writer.WrittenCount.ShouldBe(0);
    }

    private static byte[] Frame(IMessage message)
    {
        var writer = new ArrayBufferWriter<byte>();
        MessageFraming.Write(message, writer, 1024);
        return writer.WrittenMemory.ToArray();
    }

    private static ReadOnlySequence<byte> Split(byte[] bytes, int at)
    {
        var first = new Segment(bytes.AsMemory(0, at));
        var last = first.Append(bytes.AsMemory(at));
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
