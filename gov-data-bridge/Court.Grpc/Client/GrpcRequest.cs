using System.Net;
using Google.Protobuf;

namespace Court.Grpc;

/// <summary>The HTTP/2 request of a call: a POST to the method's path with the protocol's headers and the caller's metadata.</summary>
internal static class GrpcRequest
{
    public static HttpRequestMessage Create(Uri uri, IMessage message, Metadata? metadata, TimeSpan? timeout, int maxMessageSize)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new RequestMessageContent(message, maxMessageSize),
        };
        var headers = request.Headers;
        headers.TryAddWithoutValidation("te", "trailers");
        headers.TryAddWithoutValidation("user-agent", GrpcProtocol.UserAgent);
        if (timeout is { } value)
        {
            headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(value));
        }

        if (metadata is { Count: > 0 })
        {
            foreach (var (key, header) in MetadataHeaders.ToHeaders(metadata))
            {
                headers.TryAddWithoutValidation(key, header);
            }
        }

        return request;
    }
}
