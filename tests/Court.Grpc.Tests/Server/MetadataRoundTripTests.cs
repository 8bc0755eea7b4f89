using System.Text;
using Court.Grpc.Tests.TestService;
using Court.Interop.V1;

namespace Court.Grpc.Tests.Server;

public class MetadataRoundTripTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    private static readonly byte[] Blob = [0, 0xFF, .. Encoding.UTF8.GetBytes("卷宗")];

    private static Metadata RequestHeaders() => new()
    {
        { "x-case-number", "2024-JING-01-123" },
        { "x-blob-bin", Blob },
        { "x-repeated", "one" },
        { "x-repeated", "two" },
    };

    [Fact]
    public async Task Request_metadata_reaches_the_handler_and_its_headers_and_trailers_come_back()
    {
        await using var call = server.Client.ServerStreaming(
            EchoMethods.Stream, new EchoRequest { Text = "m", Count = 1 }, new CallOptions(Headers: RequestHeaders()));

        var headers = await call.ResponseHeadersAsync;
        headers.GetValue("x-case-number").ShouldBe("2024-JING-01-123");
        headers.GetBinary("x-blob-bin").ShouldBe(Blob);
        // HttpClient sends a repeated key as one field, its values joined by commas, as HTTP allows.
        headers.Where(entry => entry.Key == "x-repeated").Select(entry => entry.Value).ShouldBe(["one, two"]);

        (await call.ReadAllAsync().ToListAsync()).Count.ShouldBe(1);
        var trailers = call.GetTrailers();
        trailers.GetValue("trailer-x-case-number").ShouldBe("2024-JING-01-123");
        trailers.GetBinary("trailer-x-blob-bin").ShouldBe(Blob);
    }

    [Fact]
    public async Task A_failed_call_carries_its_trailers_in_the_exception()
    {
        var failure = await Should.ThrowAsync<RpcException>(() => server.SayAsync(
            new EchoRequest { FailWithCode = (int)StatusCode.NotFound, FailMessage = "未找到" },
            new CallOptions(Headers: RequestHeaders())));

        failure.StatusCode.ShouldBe(StatusCode.NotFound);
        failure.Trailers.GetValue("trailer-x-case-number").ShouldBe("2024-JING-01-123");
        failure.Trailers.GetBinary("trailer-x-blob-bin").ShouldBe(Blob);
    }

    [Fact]
    public async Task Trailers_are_read_only_after_the_call_has_ended()
    {
        await using var call = server.Client.ServerStreaming(EchoMethods.Stream, new EchoRequest { Count = 1 });
        Should.Throw<InvalidOperationException>(call.GetTrailers);
        await foreach (var _ in call.ReadAllAsync())
        {
        }

        call.GetTrailers().ShouldNotBeNull();
    }
}
