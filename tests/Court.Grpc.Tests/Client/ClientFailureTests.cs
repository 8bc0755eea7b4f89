using System.Net;
using System.Net.Sockets;
using Court.Interop.V1;

namespace Court.Grpc.Tests.Client;

public class ClientFailureTests(MisbehavingServerFixture server) : IClassFixture<MisbehavingServerFixture>
{
    private Task<EchoReply> CallAsync(string path, CallOptions options = default) =>
        server.Client.UnaryAsync(MisbehavingServerFixture.Path(path), new EchoRequest { Text = "x" }, options);

    private async Task<RpcException> FailAsync(string path) => await Should.ThrowAsync<RpcException>(() => CallAsync(path));

    [Theory]
    [InlineData(400, StatusCode.Internal)]
    [InlineData(401, StatusCode.Unauthenticated)]
    [InlineData(403, StatusCode.PermissionDenied)]
    [InlineData(404, StatusCode.Unimplemented)]
    [InlineData(429, StatusCode.Unavailable)]
    [InlineData(502, StatusCode.Unavailable)]
    [InlineData(503, StatusCode.Unavailable)]
    [InlineData(504, StatusCode.Unavailable)]
    [InlineData(500, StatusCode.Unknown)]
    public async Task An_http_error_without_grpc_status_maps_per_the_spec(int http, StatusCode expected) =>
        (await FailAsync($"http{http}")).StatusCode.ShouldBe(expected);

    [Fact]
    public async Task A_status_in_the_headers_alone_is_read_as_a_trailers_only_reply()
    {
        var failure = await FailAsync("headers-only");

        failure.StatusCode.ShouldBe(StatusCode.NotFound);
        failure.Detail.ShouldBe("无此当事人");
        failure.Trailers.GetValue("x-detail").ShouldBe("from-headers");
    }

    [Theory]
    [InlineData("html", StatusCode.Internal)]
    [InlineData("truncated", StatusCode.Internal)]
    [InlineData("no-status", StatusCode.Internal)]
    [InlineData("compressed", StatusCode.Internal)]
    [InlineData("two-replies", StatusCode.Internal)]
    [InlineData("no-reply", StatusCode.Internal)]
    [InlineData("headers-only-ok", StatusCode.Internal)]
    [InlineData("unknown-status", StatusCode.Unknown)]
    [InlineData("reset", StatusCode.Internal)]
    public async Task A_malformed_reply_fails_with_the_status_it_deserves(string path, StatusCode expected) =>
        (await FailAsync(path)).StatusCode.ShouldBe(expected);

    [Fact]
    public async Task A_server_that_is_not_there_is_unavailable()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var http = GrpcClient.CreateInvoker();
        var client = new GrpcClient(http, new Uri($"http://127.0.0.1:{port}"));

        var failure = await Should.ThrowAsync<RpcException>(() => client.UnaryAsync(MisbehavingServerFixture.Path("any"), new EchoRequest()));

        failure.StatusCode.ShouldBe(StatusCode.Unavailable);
    }

    [Fact]
    public async Task The_client_sends_the_headers_the_protocol_requires_over_http2()
    {
        var headers = new Metadata { { "x-case", "c-1" } };
        var reply = await CallAsync("request-headers", new CallOptions(Headers: headers, Deadline: DateTime.UtcNow.AddSeconds(20)));

        var seen = reply.Text.Split(';').Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
        seen["te"].ShouldBe("trailers");
        seen["user-agent"].ShouldBe("court-grpc/1.0");
        seen["content-type"].ShouldBe("application/grpc");
        seen["x-case"].ShouldBe("c-1");
        seen["version"].ShouldBe("HTTP/2");
        GrpcTimeout.TryParse(seen["grpc-timeout"], out var timeout).ShouldBeTrue();
        timeout.ShouldBeInRange(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_method_of_the_wrong_kind_is_refused_before_calling()
    {
        var streaming = Method<EchoRequest, EchoReply>.ServerStreaming("test.Misbehaving", "any");
        await Should.ThrowAsync<ArgumentException>(() => server.Client.UnaryAsync(streaming, new EchoRequest()));
    }
}
