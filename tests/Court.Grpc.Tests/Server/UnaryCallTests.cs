using Court.Grpc.Tests.TestService;
using Court.Interop.V1;

namespace Court.Grpc.Tests.Server;

public class UnaryCallTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    [Fact]
    public async Task A_unary_call_returns_the_handlers_reply()
    {
        var reply = await server.SayAsync(new EchoRequest { Text = "立案受理", Count = 2 });
        reply.Text.ShouldBe("立案受理立案受理");
    }

    public static TheoryData<StatusCode> ErrorCodes => [.. Enum.GetValues<StatusCode>().Where(code => code != StatusCode.OK)];

    [Theory]
    [MemberData(nameof(ErrorCodes))]
    public async Task Every_error_status_reaches_the_client_with_its_chinese_message(StatusCode code)
    {
        var message = $"错误{(int)code}：案号（2024）京01民初123号 不存在 100%";
        var failure = await Should.ThrowAsync<RpcException>(
            () => server.SayAsync(new EchoRequest { FailWithCode = (int)code, FailMessage = message }));

        failure.StatusCode.ShouldBe(code);
        failure.Detail.ShouldBe(message);
    }

    [Fact]
    public async Task An_unhandled_exception_becomes_unknown_without_its_details()
    {
        var failure = await Should.ThrowAsync<RpcException>(() => server.SayAsync(new EchoRequest { Text = EchoService.CrashText }));

        failure.StatusCode.ShouldBe(StatusCode.Unknown);
        failure.Detail.ShouldNotContain(EchoService.SecretInException);
        failure.Detail.ShouldNotContain(" at ");
    }

    [Fact]
    public async Task Each_call_gets_its_own_dependency_injection_scope()
    {
        var first = await server.SayAsync(new EchoRequest { Text = EchoService.ScopeText });
        var second = await server.SayAsync(new EchoRequest { Text = EchoService.ScopeText });

        Guid.Parse(first.Text).ShouldNotBe(Guid.Parse(second.Text));
    }

    [Fact]
    public async Task An_interceptor_can_refuse_a_call_with_its_own_status()
    {
        var headers = new Metadata { { EchoServerFixture.DenyHeader, "1" } };
        var failure = await Should.ThrowAsync<RpcException>(
            () => server.SayAsync(new EchoRequest { Text = "hello" }, new CallOptions(Headers: headers)));

        failure.StatusCode.ShouldBe(StatusCode.PermissionDenied);
        failure.Detail.ShouldBe(EchoServerFixture.DeniedMessage);
    }

    [Fact]
    public async Task An_unknown_method_is_unimplemented()
    {
        var missing = Method<EchoRequest, EchoReply>.Unary(EchoMethods.ServiceName, "Missing");
        var failure = await Should.ThrowAsync<RpcException>(() => server.Client.UnaryAsync(missing, new EchoRequest()));

        failure.StatusCode.ShouldBe(StatusCode.Unimplemented);
    }

    [Fact]
    public async Task Many_concurrent_calls_share_the_connection()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => server.SayAsync(new EchoRequest { Text = $"{i}" })));
        replies.Select(reply => reply.Text).ShouldBe(Enumerable.Range(0, 200).Select(i => $"{i}"));
    }
}
