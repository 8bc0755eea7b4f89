namespace Court.Grpc.Tests.Protocol;

public class GrpcMessageEncodingTests
{
    [Theory]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("50% done", "50%25 done")]
    [InlineData("案件不存在", "%E6%A1%88%E4%BB%B6%E4%B8%8D%E5%AD%98%E5%9C%A8")]
    [InlineData("line\nbreak\ttab", "line%0Abreak%09tab")]
    [InlineData("", "")]
    [InlineData("~ !", "~ !")]
    [InlineData("😀", "%F0%9F%98%80")]
    public void A_message_is_percent_encoded_as_utf8_bytes(string message, string encoded)
    {
        GrpcMessageEncoding.Encode(message).ShouldBe(encoded);
        GrpcMessageEncoding.Decode(encoded).ShouldBe(message);
    }

    [Theory]
    [InlineData("100%", "100%")]
    [InlineData("%zz", "%zz")]
    [InlineData("%4", "%4")]
    [InlineData("%e6%a1%88", "案")]
    public void Decoding_leaves_what_is_not_a_percent_escape_alone(string header, string message) =>
        GrpcMessageEncoding.Decode(header).ShouldBe(message);

    [Fact]
    public void A_long_chinese_message_with_punctuation_survives_the_round_trip()
    {
        const string message = "执行标的额不足：被执行人名下无可供执行财产（2024）京01执123号 — 100%";
        GrpcMessageEncoding.Decode(GrpcMessageEncoding.Encode(message)).ShouldBe(message);
    }
}
