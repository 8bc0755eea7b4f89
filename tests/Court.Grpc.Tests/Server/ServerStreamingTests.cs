using Court.Grpc.Tests.TestService;
using Court.Interop.V1;

namespace Court.Grpc.Tests.Server;

public class ServerStreamingTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    [Fact]
    public async Task A_stream_delivers_every_message_in_order_then_ends_ok()
    {
        await using var call = server.Client.ServerStreaming(EchoMethods.Stream, new EchoRequest { Text = "第", Count = 5 });

        var replies = await call.ReadAllAsync().ToListAsync();

        replies.Select(reply => reply.Index).ShouldBe([0, 1, 2, 3, 4]);
        replies[4].Text.ShouldBe("第 4");
    }

    [Fact]
    public async Task A_stream_can_fail_after_some_messages_and_the_client_gets_both()
    {
        await using var call = server.Client.ServerStreaming(
            EchoMethods.Stream,
            new EchoRequest { Text = "部分", Count = 3, FailWithCode = (int)StatusCode.FailedPrecondition, FailMessage = "案件已结案，无法继续" });
        var received = new List<EchoReply>();

        var failure = await Should.ThrowAsync<RpcException>(async () =>
        {
            await foreach (var reply in call.ReadAllAsync())
            {
                received.Add(reply);
            }
        });

        received.Count.ShouldBe(3);
        failure.StatusCode.ShouldBe(StatusCode.FailedPrecondition);
        failure.Detail.ShouldBe("案件已结案，无法继续");
    }

    [Fact]
    public async Task A_stream_that_fails_before_any_message_fails_its_headers_too()
    {
        await using var call = server.Client.ServerStreaming(
            EchoMethods.Stream, new EchoRequest { FailWithCode = (int)StatusCode.NotFound, FailMessage = "无此案件" });

        (await Should.ThrowAsync<RpcException>(() => call.ResponseHeadersAsync)).StatusCode.ShouldBe(StatusCode.NotFound);
        (await Should.ThrowAsync<RpcException>(async () => await call.ReadAllAsync().ToListAsync())).Detail.ShouldBe("无此案件");
    }

    [Fact]
    public async Task An_empty_stream_ends_ok()
    {
        await using var call = server.Client.ServerStreaming(EchoMethods.Stream, new EchoRequest { Count = 0 });
        (await call.ReadAllAsync().ToListAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_stream_can_be_read_only_once()
    {
        await using var call = server.Client.ServerStreaming(EchoMethods.Stream, new EchoRequest { Count = 1 });
        await call.ReadAllAsync().ToListAsync();

        await Should.ThrowAsync<InvalidOperationException>(async () => await call.ReadAllAsync().ToListAsync());
    }
}
