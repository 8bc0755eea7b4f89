using Court.EDossier.Blobs;
using Court.EDossier.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Court.EDossier.Archive;

/// <summary>
/// <c>./court verify</c>: every blob against its name, every document the database knows against the store, and every
/// archive package against its signed manifest. Prints what is wrong; the exit code says whether anything is.
/// </summary>
internal sealed class StorageVerification(DossierDb db, IBlobStore blobs, DossierArchiver archiver)
{
    public async Task<int> RunAsync(TextWriter output, CancellationToken ct)
    {
        var problems = 0;
        var checkedBlobs = 0;
        foreach (var sha in blobs.List())
        {
            checkedBlobs++;
            if (await blobs.CheckAsync(sha, ct) != BlobCondition.Altered) continue;
            problems++;
            await output.WriteLineAsync($"已被改动 ALTERED blob {sha}");
        }

        var referenced = await db.Documents.AsNoTracking().Select(d => new { d.Id, d.FileName, d.Sha256, d.OriginalSha256 }).ToListAsync(ct);
        foreach (var document in referenced)
        {
            foreach (var sha in new[] { document.Sha256, document.OriginalSha256 }.OfType<string>().Where(s => !blobs.Exists(s)))
            {
                problems++;
                await output.WriteLineAsync($"缺失 MISSING blob {sha} of document {document.Id} ({document.FileName})");
            }
        }

        var archives = await db.Archives.AsNoTracking().ToListAsync(ct);
        foreach (var archive in archives)
        {
            var verification = await archiver.VerifyAsync(archive, ct);
            if (!verification.SignatureValid)
            {
                problems++;
                await output.WriteLineAsync($"签名无效 INVALID manifest signature of archive {archive.Id} ({verification.CaseNumber})");
            }
            foreach (var p in verification.Problems)
            {
                problems++;
                await output.WriteLineAsync($"归档包 {verification.CaseNumber} 第 {p.Number} 件“{p.Title}” {p.Condition.ToUpperInvariant()} ({p.Path}, {p.Sha256})");
            }
        }

        await output.WriteLineAsync(problems == 0
            ? $"校验通过 OK: {checkedBlobs} blobs, {referenced.Count} documents, {archives.Count} archives intact"
            : $"发现 {problems} 处问题 FOUND {problems} problem(s) in {checkedBlobs} blobs, {referenced.Count} documents, {archives.Count} archives");
        return problems == 0 ? 0 : 1;
    }
}
