using Grpc.Core;
using Grpc.Health.V1;
using GovData.Platform.V1;
using PlatformAction = GovData.Platform.V1.Action;

namespace Court.GovDataBridge.Platform;

/// <summary>The generated clients of <c>govdata/platform/v1/platform.proto</c> (and the platform's health), over one channel.</summary>
internal sealed class PlatformClients(CallInvoker invoker)
{
    public SubjectRegistry.SubjectRegistryClient Subjects { get; } = new(invoker);
    public AssetRegistry.AssetRegistryClient Assets { get; } = new(invoker);
    public SocialSecurity.SocialSecurityClient SocialSecurity { get; } = new(invoker);
    public ActionDesk.ActionDeskClient ActionDesk { get; } = new(invoker);
    public Health.HealthClient Health { get; } = new(invoker);
}

/// <summary>One platform RPC, named (the gateway's cache key) and bound to its generated client method.</summary>
internal sealed record PlatformMethod<TRequest, TResponse>(string Name, Func<PlatformClients, TRequest, CallOptions, AsyncUnaryCall<TResponse>> Invoke);

/// <summary>The RPCs of <c>govdata/platform/v1/platform.proto</c> the bridge calls.</summary>
internal static class PlatformMethods
{
    public static readonly PlatformMethod<GetNaturalPersonRequest, NaturalPerson> GetNaturalPerson =
        new("SubjectRegistry/GetNaturalPerson", (c, r, o) => c.Subjects.GetNaturalPersonAsync(r, o));

    public static readonly PlatformMethod<GetLegalPersonRequest, LegalPerson> GetLegalPerson =
        new("SubjectRegistry/GetLegalPerson", (c, r, o) => c.Subjects.GetLegalPersonAsync(r, o));

    public static readonly PlatformMethod<GetAssetsRequest, AssetHoldings> GetAssets =
        new("AssetRegistry/GetAssets", (c, r, o) => c.Assets.GetAssetsAsync(r, o));

    public static readonly PlatformMethod<GetPersonContributionsRequest, PersonContributions> GetPersonContributions =
        new("SocialSecurity/GetPersonContributions", (c, r, o) => c.SocialSecurity.GetPersonContributionsAsync(r, o));

    public static readonly PlatformMethod<GetEmployerContributionsRequest, EmployerContributions> GetEmployerContributions =
        new("SocialSecurity/GetEmployerContributions", (c, r, o) => c.SocialSecurity.GetEmployerContributionsAsync(r, o));

    public static readonly PlatformMethod<SubmitActionRequest, PlatformAction> SubmitAction =
        new("ActionDesk/SubmitAction", (c, r, o) => c.ActionDesk.SubmitActionAsync(r, o));

    public static readonly PlatformMethod<GetActionRequest, PlatformAction> GetAction =
        new("ActionDesk/GetAction", (c, r, o) => c.ActionDesk.GetActionAsync(r, o));
}
