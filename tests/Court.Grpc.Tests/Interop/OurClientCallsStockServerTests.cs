using System.Diagnostics;
using System.Text;
using Court.Grpc.Tests.Support;
using Court.Grpc.Tests.TestService;
using Court.Interop.V1;
using Grpc.Health.V1;

namespace Court.Grpc.Tests.Interop;

/// <summary>Our client against Debian's stock Python gRPC server, whose error replies come headers-only.</summary>
public class OurClientCallsStockServerTests(StockServerFixture python) : IClassFixture<StockServerFixture>
{
    [Fact]
    public async Task A_unary_call_succeeds()
    {
        var reply = await python.Client.UnaryAsync(EchoMethods.Say, new EchoRequest { Text = "送达", Count = 3 });
        reply.Text.ShouldBe("送达送达送达");
    }

    public static TheoryData<StatusCode> ErrorCodes => [.. Enum.GetValues<StatusCode>().Where(code => code != StatusCode.OK)];

    [Theory]
    [MemberData(nameof(ErrorCodes))]
    public async Task Every_error_code_arrives_with_its_chinese_message(StatusCode code)
    {
        var message = $"执行异议{(int)code}：被执行人下落不明 50%";

        var failure = await Should.ThrowAsync<RpcException>(() => python.Client.UnaryAsync(
            EchoMethods.Say, new EchoRequest { FailWithCode = (int)code, FailMessage = message }));

        failure.StatusCode.ShouldBe(code);
        failure.Detail.ShouldBe(message);
    }

    [Fact]
    public async Task Metadata_goes_both_ways()
    {
        var blob = Encoding.UTF8.GetBytes("卷宗");
        var headers = new Metadata { { "x-case-number", "A-1" }, { "x-blob-bin", blob } };
        await using var call = python.Client.ServerStreaming(
            EchoMethods.Stream, new EchoRequest { Text = "m", Count = 1 }, new CallOptions(Headers: headers));

        var responseHeaders = await call.ResponseHeadersAsync;
        await call.ReadAllAsync().ToListAsync();

        responseHeaders.GetValue("x-case-number").ShouldBe("A-1");
        responseHeaders.GetBinary("x-blob-bin").ShouldBe(blob);
        call.GetTrailers().GetBinary("trailer-x-blob-bin").ShouldBe(blob);
    }

    [Fact]
    public async Task A_stream_delivers_its_messages_then_its_error()
    {
        await using var call = python.Client.ServerStreaming(
            EchoMethods.Stream,
            new EchoRequest { Text = "听证", Count = 3, FailWithCode = (int)StatusCode.Aborted, FailMessage = "程序中止" });
        var received = new List<string>();

        var failure = await Should.ThrowAsync<RpcException>(async () =>
        {
            await foreach (var reply in call.ReadAllAsync())
            {
                received.Add(reply.Text);
            }
        });

        received.ShouldBe(["听证 0", "听证 1", "听证 2"]);
        failure.StatusCode.ShouldBe(StatusCode.Aborted);
        failure.Detail.ShouldBe("程序中止");
    }

    [Fact]
    public async Task A_stream_that_ends_ok_delivers_everything()
    {
        await using var call = python.Client.ServerStreaming(EchoMethods.Stream, new EchoRequest { Text = "s", Count = 20 });
        (await call.ReadAllAsync().ToListAsync()).Select(reply => reply.Index).ShouldBe(Enumerable.Range(0, 20));
    }

    [Fact]
    public async Task A_deadline_that_expires_is_deadline_exceeded()
    {
        var clock = Stopwatch.StartNew();

        var failure = await Should.ThrowAsync<RpcException>(() => python.Client.UnaryAsync(
            EchoMethods.Say, new EchoRequest { Text = "slow", DelayMs = 5000 }, new CallOptions(Deadline: DateTime.UtcNow.AddMilliseconds(300))));

        failure.StatusCode.ShouldBe(StatusCode.DeadlineExceeded);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Health_check_is_understood()
    {
        var check = Method<HealthCheckRequest, HealthCheckResponse>.Unary("grpc.health.v1.Health", "Check");

        var reply = await python.Client.UnaryAsync(check, new HealthCheckRequest { Service = EchoMethods.ServiceName });

        reply.Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task The_stock_servers_early_error_is_headers_only_which_our_client_reads()
    {
        using var http = RawHttp2.CreateClient();
        var request = new EchoRequest { FailWithCode = (int)StatusCode.NotFound, FailMessage = "无此案件" };

        var response = await RawHttp2.SendAsync(http, python.Address, EchoMethods.Say.FullName, RawHttp2.Frame(request));

        response.Headers["grpc-status"].ShouldBe("5");
        response.Trailers.ShouldBeEmpty();
        GrpcMessageEncoding.Decode(response.Headers["grpc-message"]).ShouldBe("无此案件");
    }

    [Fact]
    public async Task An_unknown_method_is_unimplemented()
    {
        var missing = Method<EchoRequest, EchoReply>.Unary(EchoMethods.ServiceName, "Missing");
        (await Should.ThrowAsync<RpcException>(() => python.Client.UnaryAsync(missing, new EchoRequest())))
            .StatusCode.ShouldBe(StatusCode.Unimplemented);
    }
}
