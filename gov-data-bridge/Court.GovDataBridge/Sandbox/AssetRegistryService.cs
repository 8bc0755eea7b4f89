using Grpc.Core;
using Google.Protobuf.WellKnownTypes;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Sandbox;

/// <summary>财产登记: what a subject holds, in the categories asked for, with the restrictions placed on it.</summary>
internal sealed class AssetRegistryService(SandboxRegistry registry, ActionLedger ledger, TimeProvider time) : AssetRegistry.AssetRegistryBase
{
    public override Task<AssetHoldings> GetAssets(GetAssetsRequest request, ServerCallContext context)
    {
        var subject = RequestIdentifiers.Subject(request.Subject);
        if (request.Categories.Any(c => c is AssetCategory.Unspecified || !System.Enum.IsDefined(c)))
            throw GrpcErrors.Of(StatusCode.InvalidArgument, "财产类别无效");
        if (!registry.Exists(subject)) throw RegistryMisses.Subject(subject);

        var holdings = new AssetHoldings { Subject = subject.ToRef(), AsOf = Timestamp.FromDateTimeOffset(time.GetUtcNow()) };
        holdings.Assets.AddRange(registry.AssetsOf(subject)
            .Where(a => request.Categories.Count == 0 || request.Categories.Contains(a.Category))
            .Select(ledger.Show));
        return Task.FromResult(holdings);
    }
}
