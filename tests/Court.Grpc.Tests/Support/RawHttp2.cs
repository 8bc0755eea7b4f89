using System.Buffers;
using System.Net;
using Google.Protobuf;

namespace Court.Grpc.Tests.Support;

/// <summary>Plain HTTP/2 requests, for what a gRPC client would never send, and frames built by hand.</summary>
public static class RawHttp2
{
    public static HttpClient CreateClient() => new(new SocketsHttpHandler { UseProxy = false })
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    private static HttpRequestMessage Http2Post(Uri uri, byte[] body) => new(HttpMethod.Post, uri)
    {
        Version = HttpVersion.Version20,
        VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Content = new ByteArrayContent(body),
    };

    public static byte[] Frame(IMessage message)
    {
        var writer = new ArrayBufferWriter<byte>();
        MessageFraming.Write(message, writer, int.MaxValue);
        return writer.WrittenMemory.ToArray();
    }

    public static async Task<RawResponse> SendAsync(
        HttpClient http, Uri address, string path, byte[] body, string contentType = "application/grpc", params (string Key, string Value)[] headers)
    {
        using var request = Http2Post(new Uri(address, path), body);
        request.Content!.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (key, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(key, value);
        }

        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new RawResponse(
            (int)response.StatusCode,
            response.Headers.NonValidated.ToDictionary(header => header.Key, header => header.Value.ToString()),
            response.Content.Headers.ContentType?.MediaType,
            bytes,
            response.TrailingHeaders.NonValidated.ToDictionary(header => header.Key, header => header.Value.ToString()));
    }
}

public sealed record RawResponse(
    int HttpStatus, Dictionary<string, string> Headers, string? ContentType, byte[] Body, Dictionary<string, string> Trailers)
{
    /// <summary>The grpc-status, from the trailers or from a trailers-only response's headers.</summary>
    public string? GrpcStatus => Trailers.GetValueOrDefault("grpc-status") ?? Headers.GetValueOrDefault("grpc-status");
}
