using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Review;
using Court.Kernel.Dossier;
using Court.Kernel.Jobs;

namespace Court.Host.Litigation;

internal static class LitigationSetup
{
    public static IServiceCollection AddLitigation(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PartyLookupOptions>(configuration.GetSection(PartyLookupOptions.Section));
        services.AddSingleton<PartyLookupLimits>();
        services.AddScoped<PartyLookupServices>();
        services.AddScoped<FilingDocuments>();
        services.AddScoped<Lawyers.LawyerRegistrationServices>();
        services.AddScoped<IFilingDossierAccess, FilingDossierAccessRule>();
        services.AddScoped<IFeePaymentListener, FilingFeePaid>();
        services.AddJobHandler<LapseUncorrectedFilings>();
        services.AddRecurringJob("filing.lapse-uncorrected", LapseUncorrectedFilings.JobKind, new TimeOnly(0, 30));
        return services;
    }
}
