using System.Text;
using Microsoft.AspNetCore.Http;

namespace Court.Grpc.Tests.Protocol;

public class MetadataTests
{
    [Theory]
    [InlineData("X-Trace-Id", "x-trace-id")]
    [InlineData("a.b_c-d", "a.b_c-d")]
    [InlineData("0x", "0x")]
    public void Keys_are_lower_cased(string key, string stored)
    {
        var metadata = new Metadata { { key, "v" } };
        metadata.Single().Key.ShouldBe(stored);
        metadata.GetValue(key.ToUpperInvariant()).ShouldBe("v");
    }

    [Theory]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("colon:")]
    [InlineData("案件")]
    [InlineData(":authority")]
    public void Keys_outside_the_allowed_characters_are_refused(string key) =>
        Should.Throw<ArgumentException>(() => new Metadata().Add(key, "v"));

    [Theory]
    [InlineData("中文")]
    [InlineData("tab\t")]
    [InlineData("newline\n")]
    public void An_ascii_key_refuses_values_that_are_not_printable_ascii(string value) =>
        Should.Throw<ArgumentException>(() => new Metadata().Add("x-text", value));

    [Fact]
    public void Binary_values_need_a_bin_key_and_text_values_must_not_have_one()
    {
        Should.Throw<ArgumentException>(() => new Metadata().Add("x-blob", [1, 2]));
        Should.Throw<ArgumentException>(() => new Metadata().Add("x-blob-bin", "text"));

        var metadata = new Metadata { { "x-blob-bin", new byte[] { 1, 2 } } };
        metadata.GetBinary("x-blob-bin").ShouldBe(new byte[] { 1, 2 });
        metadata.GetValue("x-blob-bin").ShouldBeNull();
    }

    public static TheoryData<byte[], string> Binary => new()
    {
        { [], "" },
        { [0xFF], "/w" },
        { [0xFF, 0xFE], "//4" },
        { [0, 1, 2], "AAEC" },
        { Encoding.UTF8.GetBytes("中文"), "5Lit5paH" },
    };

    [Theory]
    [MemberData(nameof(Binary))]
    public void Binary_values_go_out_as_unpadded_base64_and_come_back_padded_or_not(byte[] bytes, string header)
    {
        MetadataHeaders.ToHeaders(new Metadata { { "x-blob-bin", bytes } }).Single().Value.ShouldBe(header);

        MetadataHeaders.TryDecodeBase64(header, out var unpadded).ShouldBeTrue();
        unpadded.ShouldBe(bytes);
        MetadataHeaders.TryDecodeBase64(header.PadRight((header.Length + 3) / 4 * 4, '='), out var padded).ShouldBeTrue();
        padded.ShouldBe(bytes);
    }

    [Theory]
    [InlineData("grpc-timeout", true)]
    [InlineData("grpc-status", true)]
    [InlineData("grpc-message", true)]
    [InlineData("grpc-status-details-bin", false)]
    [InlineData("content-type", true)]
    [InlineData("te", true)]
    [InlineData(":path", true)]
    [InlineData("host", true)]
    [InlineData("connection", true)]
    [InlineData("user-agent", false)]
    [InlineData("x-case-id", false)]
    [InlineData("authorization", false)]
    public void Protocol_headers_are_reserved(string key, bool reserved) =>
        MetadataHeaders.IsReserved(key).ShouldBe(reserved);

    [Fact]
    public void Reserved_keys_never_go_out_as_custom_metadata()
    {
        var metadata = new Metadata { { "grpc-status", "0" }, { "te", "x" }, { "user-agent", "me" }, { "x-ok", "1" } };
        MetadataHeaders.ToHeaders(metadata).Select(header => header.Key).ShouldBe(["x-ok"]);
    }

    [Fact]
    public void Request_headers_become_metadata_without_protocol_headers()
    {
        var headers = new HeaderDictionary
        {
            ["content-type"] = "application/grpc",
            ["te"] = "trailers",
            ["grpc-timeout"] = "1S",
            ["x-case-id"] = new(["A1", "A2"]),
            ["x-blob-bin"] = "AQI,AwQ=",
        };

        var metadata = MetadataHeaders.FromRequest(headers);

        metadata.Select(entry => entry.Key).ShouldBe(["x-case-id", "x-case-id", "x-blob-bin", "x-blob-bin"], ignoreOrder: true);
        metadata.Where(entry => entry.Key == "x-case-id").Select(entry => entry.Value).ShouldBe(["A1", "A2"]);
        metadata.Where(entry => entry.IsBinary).Select(entry => entry.Binary).ShouldBe([new byte[] { 1, 2 }, new byte[] { 3, 4 }]);
    }

    [Fact]
    public void Response_headers_become_metadata_and_bad_base64_is_dropped()
    {
        using var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation("grpc-status", "0");
        response.Headers.TryAddWithoutValidation("x-reply", "ok");
        response.Headers.TryAddWithoutValidation("x-good-bin", "AQI");
        response.Headers.TryAddWithoutValidation("x-bad-bin", "!!!");

        var metadata = MetadataHeaders.FromResponse(response.Headers);

        metadata.GetValue("x-reply").ShouldBe("ok");
        metadata.GetBinary("x-good-bin").ShouldBe(new byte[] { 1, 2 });
        metadata.GetBinary("x-bad-bin").ShouldBeNull();
        metadata.GetValue("grpc-status").ShouldBeNull();
    }
}
