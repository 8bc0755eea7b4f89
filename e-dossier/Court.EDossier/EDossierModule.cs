using Court.EDossier.Access;
using Court.EDossier.Archive;
using Court.EDossier.Blobs;
using Court.EDossier.Dossiers;
using Court.EDossier.Features.Archive;
using Court.EDossier.Features.Reading;
using Court.EDossier.Features.Search;
using Court.EDossier.Features.Transfer;
using Court.EDossier.Features.Upload;
using Court.EDossier.Features.Verify;
using Court.EDossier.Ingest;
using Court.EDossier.Ocr;
using Court.EDossier.Pdf;
using Court.EDossier.Persistence;
using Court.EDossier.Rendering;
using Court.EDossier.Search;
using Court.EDossier.Signing;
using Court.Kernel.Dossier;
using Court.Kernel.Http;
using Court.Kernel.Jobs;
using Court.Kernel.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Court.EDossier;

/// <summary>The 电子卷宗 module's face: what the host calls to compose it. Its pages (阅卷, 检索, 文书核验) come with the assembly.</summary>
public static class EDossierModule
{
    public static IServiceCollection AddEDossier(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EDossierOptions>(configuration.GetSection(EDossierOptions.Section));
        var dataDir = DataDirOf(configuration);
        services.PostConfigure<EDossierOptions>(o =>
        {
            o.CertificateFile ??= Path.Combine(dataDir, "keys", "court-signing.pfx");
            if (string.IsNullOrWhiteSpace(o.PublicBaseUrl)) o.PublicBaseUrl = PublicBaseUrl.FromServerUrls(configuration["urls"], PublicBaseUrl.FirstLanAddress);
        });
        services.AddModuleDbContext<DossierDb>(DossierDb.Module);
        services.AddSingleton(new FileBlobStore(Path.Combine(dataDir, "blobs")));
        services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<FileBlobStore>());
        services.AddHostedService<IncomingSweep>();
        services.AddSingleton(sp => CourtFonts.Load(sp.GetRequiredService<IOptions<EDossierOptions>>().Value.FontFolder));
        services.AddSingleton<CourtDocumentRenderer>();
        services.AddSingleton<CourtSigningCertificate>();
        services.AddSingleton<UploadInspector>();
        services.AddSingleton<StoredPdfGate>();
        services.AddSingleton<ReadingCopies>();
        services.AddSingleton<MergedDossier>();
        services.AddSingleton<Tesseract>();
        services.AddScoped<DossierStore>();
        services.AddScoped<CourtDocumentIssuer>();
        services.AddScoped<DossierArchiver>();
        services.AddScoped<DossierSearch>();
        services.AddScoped<DossierGate>();
        services.AddScoped<FilingDossierGate>();
        services.AddScoped<StorageVerification>();
        services.AddScoped<IDossierApi, DossierWriter>();
        services.AddJobHandler<OcrPages>();
        services.AddJobHandler<RequeuePendingOcr>();
        services.AddRecurringJob("dossier.ocr-requeue", RequeuePendingOcr.JobKind, TimeSpan.FromMinutes(5));
        return services;
    }

    public static IEndpointRouteBuilder MapEDossier(this IEndpointRouteBuilder endpoints)
    {
        var cases = endpoints.MapGroup("/api/cases");
        cases.WithGroupName("e-dossier").RequireAuthorization().WithRequestValidation();
        cases.MapGetDossier();
        cases.MapGetDocument();
        cases.MapGetMergedDossier();
        cases.MapUploadDocument();
        cases.MapArchiveEndpoints();
        cases.MapTransferDossier();

        // Before a filing is a case; who may read it is the host's rule (IFilingDossierAccess).
        var filings = endpoints.MapGroup("/api/filings");
        filings.WithGroupName("e-dossier").RequireAuthorization().WithRequestValidation();
        filings.MapGetFilingDossier();
        filings.MapGetFilingDocument();
        filings.MapUploadFilingDocument();

        var api = endpoints.MapGroup("/api");
        api.WithGroupName("e-dossier").WithRequestValidation();
        api.MapSearchDossiers();
        api.MapVerifyDocument();
        return endpoints;
    }

    /// <summary><c>./court verify</c>: checks every blob, document and archive package; 0 when all are intact.</summary>
    public static async Task<int> VerifyStorageAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StorageVerification>().RunAsync(output, ct);
    }

    internal static string DataDirOf(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Court:DataDir"] is { Length: > 0 } configured ? configured : "data");
}
