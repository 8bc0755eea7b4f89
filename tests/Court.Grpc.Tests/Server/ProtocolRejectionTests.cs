using System.Net;
using Court.Grpc.Tests.Support;
using Court.Grpc.Tests.TestService;
using Court.Interop.V1;

namespace Court.Grpc.Tests.Server;

public sealed class ProtocolRejectionTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>, IDisposable
{
    private readonly HttpClient _http = RawHttp2.CreateClient();

    public void Dispose() => _http.Dispose();

    private static byte[] Hello => RawHttp2.Frame(new EchoRequest { Text = "hello" });

    [Fact]
    public async Task A_well_formed_call_gets_grpc_headers_a_message_and_ok_in_trailers()
    {
        var response = await RawHttp2.SendAsync(_http, server.Address, EchoMethods.Say.FullName, Hello);

        response.HttpStatus.ShouldBe(200);
        response.ContentType.ShouldBe("application/grpc");
        response.Headers["grpc-accept-encoding"].ShouldBe("identity");
        EchoReply.Parser.ParseFrom(response.Body.AsSpan(5)).Text.ShouldBe("hello");
        response.Trailers["grpc-status"].ShouldBe("0");
        response.Headers.ShouldNotContainKey("grpc-status");
    }

    [Fact]
    public async Task A_request_other_than_post_gets_405()
    {
        using var response = await _http.GetAsync(new Uri(server.Address, EchoMethods.Say.FullName));
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/grpc+json")]
    [InlineData("text/plain")]
    public async Task A_request_that_is_not_grpc_gets_415(string contentType)
    {
        var response = await RawHttp2.SendAsync(_http, server.Address, EchoMethods.Say.FullName, Hello, contentType);
        response.HttpStatus.ShouldBe(415);
    }

    [Fact]
    public async Task The_proto_suffix_of_the_content_type_is_accepted()
    {
        var response = await RawHttp2.SendAsync(_http, server.Address, EchoMethods.Say.FullName, Hello, "application/grpc+proto");
        response.GrpcStatus.ShouldBe("0");
    }

    [Fact]
    public async Task An_unknown_method_gets_a_trailers_only_unimplemented()
    {
        var response = await RawHttp2.SendAsync(_http, server.Address, "/court.interop.v1.Echo/Nope", Hello);

        response.HttpStatus.ShouldBe(200);
        response.Headers["grpc-status"].ShouldBe("12");
        response.Body.ShouldBeEmpty();
        response.Trailers.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_compressed_message_is_refused_since_none_was_negotiated()
    {
        var frame = Hello;
        frame[0] = 1;

        var response = await RawHttp2.SendAsync(_http, server.Address, EchoMethods.Say.FullName, frame);

        response.GrpcStatus.ShouldBe("13");
    }

    [Fact]
    public async Task A_compression_the_server_does_not_know_is_unimplemented_and_identity_is_offered()
    {
        var response = await RawHttp2.SendAsync(_http, server.Address, EchoMethods.Say.FullName, Hello, headers: ("grpc-encoding", "gzip"));

        response.GrpcStatus.ShouldBe("12");
        response.Headers["grpc-accept-encoding"].ShouldBe("identity");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task A_unary_request_with_other_than_one_message_is_internal(int messages)
    {
        var body = Enumerable.Repeat(Hello, messages).SelectMany(frame => frame).ToArray();
        var response = await RawHttp2.SendAsync(_http, server.Address, EchoMethods.Say.FullName, body);
        response.GrpcStatus.ShouldBe("13");
    }

    [Fact]
    public async Task A_request_cut_inside_a_message_is_internal()
    {
        var response = await RawHttp2.SendAsync(_http, server.Address, EchoMethods.Say.FullName, Hello[..^2]);
        response.GrpcStatus.ShouldBe("13");
    }

    [Fact]
    public async Task A_request_that_is_not_protobuf_is_internal()
    {
        byte[] garbage = [0, 0, 0, 0, 3, 0xFF, 0xFF, 0xFF];
        var response = await RawHttp2.SendAsync(_http, server.Address, EchoMethods.Say.FullName, garbage);
        response.GrpcStatus.ShouldBe("13");
    }

    [Fact]
    public async Task A_chinese_error_message_is_percent_encoded_on_the_wire()
    {
        var request = new EchoRequest { FailWithCode = (int)StatusCode.NotFound, FailMessage = "无此案件" };
        var response = await RawHttp2.SendAsync(_http, server.Address, EchoMethods.Say.FullName, RawHttp2.Frame(request));

        response.Headers["grpc-message"].ShouldBe("%E6%97%A0%E6%AD%A4%E6%A1%88%E4%BB%B6");
    }
}
