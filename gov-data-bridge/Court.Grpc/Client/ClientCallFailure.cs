using System.Net.Http;
using Google.Protobuf;

namespace Court.Grpc;

/// <summary>Every way a call can fail on the client, as the status gRPC gives it.</summary>
internal static class ClientCallFailure
{
    public static RpcException ToStatus(Exception failure, bool cancelled, bool deadlinePassed) => failure switch
    {
        RpcException rpc => rpc,
        _ when deadlinePassed => new RpcException(StatusCode.DeadlineExceeded, "Deadline Exceeded", null, failure),
        _ when cancelled => new RpcException(StatusCode.Cancelled, "The call was cancelled.", null, failure),
        OperationCanceledException => new RpcException(StatusCode.Cancelled, "The call was cancelled.", null, failure),
        InvalidProtocolBufferException => new RpcException(StatusCode.Internal, "Failed to deserialize the response message.", null, failure),
        HttpRequestException http => FromTransport(http, http.HttpRequestError),
        HttpIOException io => FromTransport(io, io.HttpRequestError),
        IOException => Transport(StatusCode.Unavailable, failure),
        _ => new RpcException(StatusCode.Internal, $"The call failed: {failure.GetType().Name}: {failure.Message}", null, failure),
    };

    private static RpcException FromTransport(Exception failure, HttpRequestError error)
    {
        if (Find<HttpProtocolException>(failure) is { } protocol)
        {
            return Transport(HttpStatusMapping.FromHttp2ErrorCode(protocol.ErrorCode), failure);
        }

        return error switch
        {
            HttpRequestError.InvalidResponse or HttpRequestError.ConfigurationLimitExceeded => Transport(StatusCode.Internal, failure),
            _ => Transport(StatusCode.Unavailable, failure),
        };
    }

    private static RpcException Transport(StatusCode status, Exception failure) =>
        new(status, $"Error in the HTTP/2 transport. {failure.GetType().Name}: {failure.Message}", null, failure);

    private static T? Find<T>(Exception? failure)
        where T : Exception
    {
        for (; failure is not null; failure = failure.InnerException)
        {
            if (failure is T found)
            {
                return found;
            }
        }

        return null;
    }
}
