namespace Court.EDossier.Dossiers;

/// <summary>Streams an upload to a file in fixed-size chunks, stopping as soon as it passes the limit.</summary>
internal static class UploadSpool
{
    /// <returns>false when the content is larger than <paramref name="maxBytes"/> (the partial file is left for the caller to delete).</returns>
    public static async Task<bool> CopyAsync(Stream content, string path, long maxBytes, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > maxBytes) return false;
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return true;
    }
}
