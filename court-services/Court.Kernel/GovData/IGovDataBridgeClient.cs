using Court.GovData.Bridge.V1;

namespace Court.Kernel.GovData;

/// <summary>
/// How modules reach the government data platform: only through the bridge, each call carrying the token of a grant
/// from <see cref="IGovDataGrants"/>. Failures throw <see cref="GovDataException"/>.
/// </summary>
public interface IGovDataBridgeClient
{
    Task<QuerySubjectReply> QuerySubjectAsync(string grant, QuerySubjectRequest request, CancellationToken ct = default);

    Task<QueryAssetsReply> QueryAssetsAsync(string grant, QueryAssetsRequest request, CancellationToken ct = default);

    IAsyncEnumerable<BatchQueryAssetsItem> BatchQueryAssetsAsync(string grant, BatchQueryAssetsRequest request, CancellationToken ct = default);

    Task<QuerySocialSecurityReply> QuerySocialSecurityAsync(string grant, QuerySocialSecurityRequest request, CancellationToken ct = default);

    Task<ActionStatus> SubmitActionAsync(string grant, SubmitActionRequest request, CancellationToken ct = default);

    Task<ActionStatus> GetActionAsync(string grant, GetActionRequest request, CancellationToken ct = default);
}

/// <summary>A bridge call that failed: the gRPC status code (as in <c>grpc-status</c>) and the bridge's Chinese message.</summary>
public sealed class GovDataException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>The HTTP status a REST endpoint answers for this failure.</summary>
    public int HttpStatus => StatusCode switch
    {
        3 or 11 => 400,   // INVALID_ARGUMENT, OUT_OF_RANGE
        5 => 404,         // NOT_FOUND
        6 or 9 or 10 => 409,
        7 => 403,         // PERMISSION_DENIED
        8 => 429,         // RESOURCE_EXHAUSTED
        16 => 401,        // UNAUTHENTICATED
        4 => 504,         // DEADLINE_EXCEEDED
        _ => 503,
    };
}

public static class GovDataRequests
{
    /// <summary>The request context a grant implies: the bridge checks it against the grant.</summary>
    public static RequestContext ContextFor(this GovDataGrant grant, string requestId) => new()
    {
        CaseNumber = grant.CaseNumber,
        FilingReference = grant.FilingReference,
        Purpose = grant.Purpose,
        ActingUser = grant.UserId.ToString(),
        RequestId = requestId,
    };
}
