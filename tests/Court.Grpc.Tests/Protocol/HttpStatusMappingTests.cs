namespace Court.Grpc.Tests.Protocol;

public class HttpStatusMappingTests
{
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
    [InlineData(415, StatusCode.Unknown)]
    [InlineData(302, StatusCode.Unknown)]
    public void An_http_status_without_grpc_status_maps_per_the_spec(int http, StatusCode expected) =>
        HttpStatusMapping.ToStatusCode(http).ShouldBe(expected);

    [Theory]
    [InlineData(0x0, StatusCode.Internal)]
    [InlineData(0x1, StatusCode.Internal)]
    [InlineData(0x2, StatusCode.Internal)]
    [InlineData(0x7, StatusCode.Unavailable)]
    [InlineData(0x8, StatusCode.Cancelled)]
    [InlineData(0xB, StatusCode.ResourceExhausted)]
    [InlineData(0xC, StatusCode.PermissionDenied)]
    public void An_http2_reset_maps_per_the_spec(long errorCode, StatusCode expected) =>
        HttpStatusMapping.FromHttp2ErrorCode(errorCode).ShouldBe(expected);

    [Theory]
    [InlineData("0", StatusCode.OK)]
    [InlineData("5", StatusCode.NotFound)]
    [InlineData("16", StatusCode.Unauthenticated)]
    [InlineData("17", StatusCode.Unknown)]
    [InlineData("-1", StatusCode.Unknown)]
    [InlineData("abc", StatusCode.Unknown)]
    [InlineData("", StatusCode.Unknown)]
    public void A_grpc_status_header_outside_the_seventeen_codes_reads_as_unknown(string header, StatusCode expected) =>
        GrpcProtocol.ParseStatus(header).ShouldBe(expected);

    [Theory]
    [InlineData("application/grpc", true)]
    [InlineData("application/grpc+proto", true)]
    [InlineData("application/grpc; charset=utf-8", true)]
    [InlineData("Application/GRPC", true)]
    [InlineData("application/grpc+json", false)]
    [InlineData("application/grpc-web", false)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public void Only_grpc_over_protobuf_content_types_are_accepted(string? contentType, bool accepted) =>
        GrpcProtocol.IsGrpcContentType(contentType).ShouldBe(accepted);
}
