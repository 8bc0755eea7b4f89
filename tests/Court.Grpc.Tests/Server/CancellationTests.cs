using Court.Grpc.Tests.TestService;
using Court.Interop.V1;

namespace Court.Grpc.Tests.Server;

public class CancellationTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Cancelling_a_unary_call_reaches_the_server_and_the_client_gets_cancelled()
    {
        var request = new EchoRequest { Text = $"cancel-{Guid.NewGuid()}", DelayMs = 5000 };
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var failure = await Should.ThrowAsync<RpcException>(
            () => server.SayAsync(request, new CallOptions(CancellationToken: cancellation.Token)));

        failure.StatusCode.ShouldBe(StatusCode.Cancelled);
        (await server.Probe.SawCancellationAsync(request.Text, Patience)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_token_cancelled_before_the_call_fails_it_as_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var failure = await Should.ThrowAsync<RpcException>(
            () => server.SayAsync(new EchoRequest(), new CallOptions(CancellationToken: cancellation.Token)));

        failure.StatusCode.ShouldBe(StatusCode.Cancelled);
    }

    [Fact]
    public async Task Disposing_a_stream_midway_cancels_the_handler()
    {
        var request = new EchoRequest { Text = $"dispose-{Guid.NewGuid()}", Count = 1000, DelayMs = 50 };
        await using (var call = server.Client.ServerStreaming(EchoMethods.Stream, request))
        {
            await using var messages = call.ReadAllAsync().GetAsyncEnumerator();
            (await messages.MoveNextAsync()).ShouldBeTrue();
        }

        (await server.Probe.SawCancellationAsync(request.Text, Patience)).ShouldBeTrue();
    }

    [Fact]
    public async Task Cancelling_the_read_of_a_stream_cancels_the_call()
    {
        var request = new EchoRequest { Text = $"read-cancel-{Guid.NewGuid()}", Count = 1000, DelayMs = 50 };
        await using var call = server.Client.ServerStreaming(EchoMethods.Stream, request);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var failure = await Should.ThrowAsync<RpcException>(async () =>
        {
            await foreach (var _ in call.ReadAllAsync(cancellation.Token))
            {
            }
        });

        failure.StatusCode.ShouldBe(StatusCode.Cancelled);
        (await server.Probe.SawCancellationAsync(request.Text, Patience)).ShouldBeTrue();
    }
}
