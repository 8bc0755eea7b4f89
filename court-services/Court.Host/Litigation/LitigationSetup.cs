using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Payments;
using Court.Kernel.Dossier;

namespace Court.Host.Litigation;

internal static class LitigationSetup
{
    public static IServiceCollection AddLitigation(this IServiceCollection services)
    {
        services.AddScoped<FilingDocuments>();
        services.AddScoped<IFilingDossierAccess, FilingDossierAccessRule>();
        services.AddScoped<IFeePaymentListener, FilingFeePaid>();
        return services;
    }
}
