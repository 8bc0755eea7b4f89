using Court.GovDataBridge.Platform;
using Grpc.Core;

namespace Court.GovDataBridge.Tests.Platform;

/// <summary>An action attempt is final only when the platform itself answered; anything else is sent again under the same key.</summary>
public sealed class ActionOutcomes
{
    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded)]
    [InlineData(StatusCode.ResourceExhausted)]
    [InlineData(StatusCode.Aborted)]
    [InlineData(StatusCode.Internal)]   // a reply cut short in transit
    [InlineData(StatusCode.Unknown)]
    [InlineData(StatusCode.Cancelled)]  // a stream reset by the other side
    public void A_failure_that_proves_nothing_leaves_the_outcome_unknown(StatusCode code) =>
        PlatformGateway.LeavesOutcomeUnknown(GrpcErrors.Of(code, "")).ShouldBeTrue();

    [Theory]
    [InlineData(StatusCode.InvalidArgument)]
    [InlineData(StatusCode.FailedPrecondition)]
    [InlineData(StatusCode.NotFound)]
    [InlineData(StatusCode.AlreadyExists)]
    [InlineData(StatusCode.PermissionDenied)]
    [InlineData(StatusCode.Unauthenticated)]
    public void An_answer_from_the_platform_is_final(StatusCode code) =>
        PlatformGateway.LeavesOutcomeUnknown(GrpcErrors.Of(code, "")).ShouldBeFalse();
}
