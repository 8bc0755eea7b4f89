using System.Diagnostics;
using Court.Grpc.Tests.Support;
using Court.Grpc.Tests.TestService;
using Court.Interop.V1;

namespace Court.Grpc.Tests.Server;

public class DeadlineTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_handler_that_outlives_the_deadline_is_cancelled_and_the_client_gets_deadline_exceeded()
    {
        var request = new EchoRequest { Text = $"slow-{Guid.NewGuid()}", DelayMs = 5000 };
        var clock = Stopwatch.StartNew();

        var failure = await Should.ThrowAsync<RpcException>(
            () => server.SayAsync(request, new CallOptions(Deadline: DateTime.UtcNow.AddMilliseconds(300))));

        failure.StatusCode.ShouldBe(StatusCode.DeadlineExceeded);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
        (await server.Probe.SawCancellationAsync(request.Text, Patience)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_server_answers_deadline_exceeded_itself_when_the_client_does_not_give_up()
    {
        using var http = RawHttp2.CreateClient();
        var request = new EchoRequest { Text = $"raw-slow-{Guid.NewGuid()}", DelayMs = 5000 };

        var response = await RawHttp2.SendAsync(
            http, server.Address, EchoMethods.Say.FullName, RawHttp2.Frame(request), headers: ("grpc-timeout", "200m"));

        response.GrpcStatus.ShouldBe("4");
        (await server.Probe.SawCancellationAsync(request.Text, Patience)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_streaming_call_past_its_deadline_ends_with_deadline_exceeded_after_the_messages_sent()
    {
        var request = new EchoRequest { Text = $"stream-slow-{Guid.NewGuid()}", Count = 100, DelayMs = 100 };
        await using var call = server.Client.ServerStreaming(
            EchoMethods.Stream, request, new CallOptions(Deadline: DateTime.UtcNow.AddMilliseconds(600)));
        var received = new List<EchoReply>();

        var failure = await Should.ThrowAsync<RpcException>(async () =>
        {
            await foreach (var reply in call.ReadAllAsync())
            {
                received.Add(reply);
            }
        });

        failure.StatusCode.ShouldBe(StatusCode.DeadlineExceeded);
        received.Count.ShouldBeInRange(1, 7);
    }

    [Fact]
    public async Task A_deadline_already_past_fails_at_once()
    {
        var failure = await Should.ThrowAsync<RpcException>(
            () => server.SayAsync(new EchoRequest { Text = "late" }, new CallOptions(Deadline: DateTime.UtcNow.AddSeconds(-1))));

        failure.StatusCode.ShouldBe(StatusCode.DeadlineExceeded);
    }

    [Fact]
    public async Task A_call_that_finishes_in_time_is_unaffected_by_its_deadline()
    {
        var reply = await server.SayAsync(
            new EchoRequest { Text = "prompt", DelayMs = 10 }, new CallOptions(Deadline: DateTime.UtcNow.AddSeconds(30)));

        reply.Text.ShouldBe("prompt");
    }
}
