using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Lawyers;
using Court.Host.Litigation.Mediation;
using Court.Host.Litigation.Review;
using Court.Kernel.Http;

namespace Court.Host.Litigation;

/// <summary>诉讼服务: online filing, its review, lawyers and powers of attorney, pre-filing mediation.</summary>
internal static class LitigationEndpoints
{
    public static IEndpointRouteBuilder MapLitigation(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithGroupName("litigation").WithRequestValidation();
        api.MapRegisterLawyer();
        api.MapVerifyLawyer();
        api.MapPowersOfAttorney();

        var filings = api.MapGroup("/filings").RequireAuthorization();
        filings.MapStartFiling();
        filings.MapGetFiling();
        filings.MapSaveDraft();
        filings.MapSaveParties();
        filings.MapLookUpParty();
        filings.MapSubmitFiling();
        filings.MapDeleteDraft();

        var review = api.MapGroup("/filing-review").RequireAuthorization();
        review.MapFilingReviewQueue();
        review.MapRequestCorrection();
        review.MapConfirmCorrectionDeadline();
        review.MapRejectFiling();
        review.MapAcceptFiling();
        review.MapAssignMediation();

        var mediations = api.MapGroup("/mediations").RequireAuthorization();
        mediations.MapMediationOutcomes();
        mediations.MapConfirmAgreement();
        return endpoints;
    }
}
