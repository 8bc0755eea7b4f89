using System.Text.Json;
using Court.Grpc.Tests.TestService;

namespace Court.Grpc.Tests.Interop;

/// <summary>Debian's stock Python gRPC client against our server on Kestrel.</summary>
public class StockClientCallsOurServerTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    private async Task<JsonElement> RunAsync(string scenario, string argument) =>
        await StockGrpc.RunClientAsync(
            "Interop/echo_client.py", [$"127.0.0.1:{server.Address.Port}", scenario, argument], await InteropStubs.GetFolderAsync());

    [Fact]
    public async Task A_unary_call_succeeds_with_metadata_both_ways()
    {
        var result = await RunAsync("unary", "调解书");

        result.GetProperty("text").GetString().ShouldBe("调解书调解书");
        result.GetProperty("headers").GetProperty("x-case-number").GetString().ShouldBe("2024-JING-01-123");
        result.GetProperty("headers").GetProperty("x-blob-bin").GetString().ShouldBe("卷宗");
        result.GetProperty("trailers").GetProperty("trailer-x-blob-bin").GetString().ShouldBe("卷宗");
    }

    [Fact]
    public async Task Every_error_code_arrives_with_its_chinese_details()
    {
        var result = await RunAsync("errors", "审判程序错误：");

        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        errors.Count.ShouldBe(16);
        for (var code = 1; code <= 16; code++)
        {
            errors[code - 1].GetProperty("code").GetInt32().ShouldBe(code);
            errors[code - 1].GetProperty("details").GetString().ShouldBe($"审判程序错误：{code}");
        }
    }

    [Fact]
    public async Task A_deadline_that_expires_is_deadline_exceeded_and_cancels_our_handler()
    {
        var text = $"python-deadline-{Guid.NewGuid()}";

        var result = await RunAsync("deadline", text);

        result.GetProperty("code").GetInt32().ShouldBe((int)StatusCode.DeadlineExceeded);
        result.GetProperty("elapsed_ms").GetInt32().ShouldBeLessThan(3000);
        (await server.Probe.SawCancellationAsync(text, TimeSpan.FromSeconds(5))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_stream_delivers_its_messages_then_its_error()
    {
        var result = await RunAsync("stream", "庭审");

        result.GetProperty("received").EnumerateArray().Select(reply => reply.GetProperty("text").GetString())
            .ShouldBe(["庭审 0", "庭审 1", "庭审 2", "庭审 3"]);
        result.GetProperty("code").GetInt32().ShouldBe((int)StatusCode.FailedPrecondition);
        result.GetProperty("details").GetString().ShouldBe("已结案");
    }

    [Fact]
    public async Task Health_check_answers_serving_and_not_found()
    {
        var result = await RunAsync("health", "no.such.Service");

        result.GetProperty("overall").GetProperty("status").GetInt32().ShouldBe(1);
        result.GetProperty("unknown").GetProperty("code").GetInt32().ShouldBe((int)StatusCode.NotFound);
    }
}
