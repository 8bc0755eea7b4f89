using System.Net.Http.Headers;

namespace Court.Grpc;

/// <summary>The status of a call, from its trailers or from the headers of a trailers-only reply.</summary>
internal static class ResponseStatus
{
    public static bool IsIn(HttpHeaders headers) => headers.NonValidated.Contains(GrpcProtocol.StatusHeader);

    /// <summary>Returns when the status is OK; otherwise throws it, with <paramref name="trailers"/>.</summary>
    public static void ThrowIfNotOk(HttpHeaders headers, Metadata trailers)
    {
        if (!headers.NonValidated.TryGetValues(GrpcProtocol.StatusHeader, out var status))
        {
            throw new RpcException(StatusCode.Internal, "The response ended without a grpc-status.", trailers);
        }

        var code = GrpcProtocol.ParseStatus(status.ToString());
        if (code != StatusCode.OK)
        {
            var detail = headers.NonValidated.TryGetValues(GrpcProtocol.MessageHeader, out var message)
                ? GrpcMessageEncoding.Decode(message.ToString())
                : string.Empty;
            throw new RpcException(code, detail, trailers);
        }
    }
}
