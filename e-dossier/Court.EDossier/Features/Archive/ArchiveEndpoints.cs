using Court.EDossier.Access;
using Court.EDossier.Archive;
using Court.EDossier.Blobs;
using Court.EDossier.Dossiers;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Court.EDossier.Features.Archive;

/// <summary>
/// 一键归档 (<c>POST …/dossier/archives</c>), the package (<c>GET …/archives/{id}/package.zip</c>) and its verification
/// (<c>GET …/archives/{id}/verification</c>): court staff of the case only.
/// </summary>
internal static class ArchiveEndpoints
{
    public static void MapArchiveEndpoints(this IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{caseId:guid}/dossier/archives", CreateAsync).WithName("ArchiveDossier").WithSummary("一键归档：合并卷宗、清单与法院签名");
        cases.MapGet("/{caseId:guid}/dossier/archives/{archiveId:guid}/package.zip", DownloadAsync).WithName("DownloadArchivePackage");
        cases.MapGet("/{caseId:guid}/dossier/archives/{archiveId:guid}/verification", VerifyAsync).WithName("VerifyArchive").WithSummary("校验归档包：签名与每份材料的 SHA-256");
    }

    private static async Task<IResult> CreateAsync(Guid caseId, HttpContext http, DossierGate gate, DossierArchiver archiver, CancellationToken ct)
    {
        var (opened, problem) = await gate.OpenForCourtAsync(caseId, http.User, ct);
        if (opened is null) return problem!;
        if (opened.Dossier is not { IsSealed: true } dossier) return DossierProblems.NotSealed(opened.Case.Number);
        var archive = await archiver.CreateAsync(opened.Case, dossier, http.User.NameWithRole(), ct);
        return TypedResults.Created($"/api/cases/{caseId}/dossier/archives/{archive.Id}/package.zip", new
        {
            archiveId = archive.Id,
            archive.CreatedAt,
            archive.ManifestSha256,
            archive.MergedSha256,
            package = $"/api/cases/{caseId}/dossier/archives/{archive.Id}/package.zip",
            verification = $"/api/cases/{caseId}/dossier/archives/{archive.Id}/verification",
        });
    }

    private static async Task<IResult> DownloadAsync(Guid caseId, Guid archiveId, HttpContext http, DossierGate gate, DossierArchiver archiver, IBlobStore blobs,
        IAuditLog audit, CancellationToken ct)
    {
        var (opened, problem) = await gate.OpenForCourtAsync(caseId, http.User, ct);
        if (opened is null) return problem!;
        var archive = opened.Dossier is { } dossier ? await archiver.FindAsync(dossier.Id, archiveId, ct) : null;
        if (archive is null) return DossierProblems.DocumentNotFound();
        var temp = blobs.NewIncomingPath();
        var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await archiver.WritePackageAsync(archive, file, ct);
        file.Position = 0;
        await audit.WriteAsync(new AuditRecord("dossier.archive.download", caseId, opened.Case.Number, Target: archive.Id.ToString(), ResultHash: archive.ManifestSha256), ct);
        return TypedResults.File(file, "application/zip", $"{opened.Case.Number}-归档包.zip");
    }

    private static async Task<IResult> VerifyAsync(Guid caseId, Guid archiveId, HttpContext http, DossierGate gate, DossierArchiver archiver, IAuditLog audit, CancellationToken ct)
    {
        var (opened, problem) = await gate.OpenForCourtAsync(caseId, http.User, ct);
        if (opened is null) return problem!;
        var archive = opened.Dossier is { } dossier ? await archiver.FindAsync(dossier.Id, archiveId, ct) : null;
        if (archive is null) return DossierProblems.DocumentNotFound();
        var verification = await archiver.VerifyAsync(archive, ct);
        await audit.WriteAsync(new AuditRecord("dossier.archive.verify", caseId, opened.Case.Number, Target: archive.Id.ToString(),
            Outcome: verification.Valid ? "Succeeded" : "Failed"), ct);
        return TypedResults.Ok(verification);
    }
}
