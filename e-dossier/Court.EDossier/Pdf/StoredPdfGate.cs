using System.Collections.Concurrent;
using Court.EDossier.Blobs;
using Court.EDossier.Ingest;
using Microsoft.Extensions.Options;

namespace Court.EDossier.Pdf;

/// <summary>
/// Stored documents pass the upload's checks again before PDFsharp opens them: files stored before those checks existed
/// (or under older limits) can never take the host down on a read. The verdict is kept per SHA-256, for the life of
/// the process: a blob never changes.
/// </summary>
internal sealed class StoredPdfGate(IBlobStore blobs, IOptions<EDossierOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<IngestRefusal?>>> _verdicts = new(StringComparer.Ordinal);

    /// <summary>Why the stored PDF must not be opened, or null when it may.</summary>
    public async Task<IngestRefusal?> RefusalAsync(string sha256, CancellationToken ct)
    {
        var verdict = _verdicts.GetOrAdd(sha256, sha => new Lazy<Task<IngestRefusal?>>(() => CheckAsync(sha))).Value;
        try
        {
            return await verdict.WaitAsync(ct);
        }
        catch (Exception) when (verdict.IsFaulted)
        {
            _verdicts.TryRemove(sha256, out _); // a missing blob or a failed copy is not a verdict: the next read checks again
            throw;
        }
    }

    private async Task<IngestRefusal?> CheckAsync(string sha256)
    {
        var copy = blobs.NewIncomingPath();
        try
        {
            await using (var source = blobs.OpenRead(sha256))
            await using (var target = File.Create(copy))
            {
                await source.CopyToAsync(target);
            }
            var (refusal, _) = await PdfInspection.InspectAsync(copy, options.Value.Limits(), CancellationToken.None);
            return refusal;
        }
        finally
        {
            File.Delete(copy);
        }
    }
}
