namespace Court.Grpc;

/// <summary>A call that ended with a non-OK status, on either side of the wire.</summary>
public sealed class RpcException : Exception
{
    public RpcException(StatusCode statusCode, string detail, Metadata? trailers = null)
        : this(statusCode, detail, trailers, innerException: null)
    {
    }

    internal RpcException(StatusCode statusCode, string detail, Metadata? trailers, Exception? innerException)
        : base($"Status(StatusCode=\"{statusCode}\", Detail=\"{detail}\")", innerException)
    {
        StatusCode = statusCode;
        Detail = detail;
        Trailers = trailers ?? new Metadata();
    }

    public StatusCode StatusCode { get; }

    public string Detail { get; }

    public Metadata Trailers { get; }
}
