using Court.Grpc.Tests.TestService;
using Court.Interop.V1;

namespace Court.Grpc.Tests.Server;

public class MessageSizeTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    private const int FiveMegabytes = 5 * 1024 * 1024;

    [Fact]
    public async Task The_server_refuses_a_request_over_its_receive_limit()
    {
        var client = server.CreateClient(new GrpcClientOptions { MaxSendMessageSize = 8 * 1024 * 1024 });

        var failure = await Should.ThrowAsync<RpcException>(
            () => client.UnaryAsync(EchoMethods.Say, new EchoRequest { Text = new string('x', FiveMegabytes) }));

        failure.StatusCode.ShouldBe(StatusCode.ResourceExhausted);
    }

    [Fact]
    public async Task The_client_refuses_to_send_a_request_over_its_send_limit()
    {
        var failure = await Should.ThrowAsync<RpcException>(
            () => server.SayAsync(new EchoRequest { Text = new string('x', FiveMegabytes) }));

        failure.StatusCode.ShouldBe(StatusCode.ResourceExhausted);
        failure.Detail.ShouldContain("Sending");
    }

    [Fact]
    public async Task The_client_refuses_a_reply_over_its_receive_limit()
    {
        var client = server.CreateClient(new GrpcClientOptions { MaxReceiveMessageSize = 1024 });

        var failure = await Should.ThrowAsync<RpcException>(
            () => client.UnaryAsync(EchoMethods.Say, new EchoRequest { Text = new string('x', 100), Count = 20 }));

        failure.StatusCode.ShouldBe(StatusCode.ResourceExhausted);
        failure.Detail.ShouldContain("Received");
    }

    [Fact]
    public async Task The_server_refuses_to_send_a_reply_over_its_send_limit()
    {
        var failure = await Should.ThrowAsync<RpcException>(
            () => server.SayAsync(new EchoRequest { Text = new string('x', 1024 * 1024), Count = 5 }));

        failure.StatusCode.ShouldBe(StatusCode.ResourceExhausted);
        failure.Detail.ShouldContain("Sending");
    }

    [Fact]
    public async Task A_message_just_under_the_limit_passes()
    {
        var reply = await server.SayAsync(new EchoRequest { Text = new string('x', 4 * 1024 * 1024 - 16) });
        reply.Text.Length.ShouldBe(4 * 1024 * 1024 - 16);
    }
}
