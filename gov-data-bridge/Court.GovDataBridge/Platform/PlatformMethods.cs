using Court.Grpc;
using GovData.Platform.V1;
using PlatformAction = GovData.Platform.V1.Action;

namespace Court.GovDataBridge.Platform;

/// <summary>The RPCs of <c>govdata/platform/v1/platform.proto</c>, for the sandbox that serves them and the clients that call them.</summary>
internal static class PlatformMethods
{
    private const string SubjectRegistry = "govdata.platform.v1.SubjectRegistry";
    private const string AssetRegistry = "govdata.platform.v1.AssetRegistry";
    private const string SocialSecurity = "govdata.platform.v1.SocialSecurity";
    private const string ActionDesk = "govdata.platform.v1.ActionDesk";

    public static readonly Method<GetNaturalPersonRequest, NaturalPerson> GetNaturalPerson =
        Method<GetNaturalPersonRequest, NaturalPerson>.Unary(SubjectRegistry, "GetNaturalPerson");

    public static readonly Method<GetLegalPersonRequest, LegalPerson> GetLegalPerson =
        Method<GetLegalPersonRequest, LegalPerson>.Unary(SubjectRegistry, "GetLegalPerson");

    public static readonly Method<GetAssetsRequest, AssetHoldings> GetAssets =
        Method<GetAssetsRequest, AssetHoldings>.Unary(AssetRegistry, "GetAssets");

    public static readonly Method<GetPersonContributionsRequest, PersonContributions> GetPersonContributions =
        Method<GetPersonContributionsRequest, PersonContributions>.Unary(SocialSecurity, "GetPersonContributions");

    public static readonly Method<GetEmployerContributionsRequest, EmployerContributions> GetEmployerContributions =
        Method<GetEmployerContributionsRequest, EmployerContributions>.Unary(SocialSecurity, "GetEmployerContributions");

    public static readonly Method<SubmitActionRequest, PlatformAction> SubmitAction =
        Method<SubmitActionRequest, PlatformAction>.Unary(ActionDesk, "SubmitAction");

    public static readonly Method<GetActionRequest, PlatformAction> GetAction =
        Method<GetActionRequest, PlatformAction>.Unary(ActionDesk, "GetAction");
}
