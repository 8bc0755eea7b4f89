namespace Court.EDossier.Blobs;

/// <summary>A stored blob: its SHA-256 (lower-case hex), size, and whether this put created it (false: it was there already).</summary>
internal sealed record StoredBlob(string Sha256, long SizeBytes, bool Created);

internal enum BlobCondition
{
    Intact,
    Missing,
    Altered,
}

/// <summary>
/// Content-addressed, write-once storage of files. Implementations write a blob completely or not at all, never
/// modify one, and store identical content once. The local folder is the embedded default; object storage can replace it.
/// </summary>
internal interface IBlobStore
{
    /// <summary>Where callers stream uploads before they are inspected; on the same volume, so a put is a rename.</summary>
    string IncomingFolder { get; }

    /// <summary>A fresh path in <see cref="IncomingFolder"/> for a caller that streams an upload itself.</summary>
    string NewIncomingPath();

    /// <summary>Stores <paramref name="content"/>, hashing it on the way.</summary>
    Task<StoredBlob> PutAsync(Stream content, CancellationToken ct);

    /// <summary>Stores a finished file (e.g. an inspected upload) by moving it in; the file is gone afterwards.</summary>
    Task<StoredBlob> MoveInAsync(string path, CancellationToken ct);

    /// <summary>Opens a blob for reading. <exception cref="FileNotFoundException">It is not in the store.</exception></summary>
    Stream OpenRead(string sha256);

    bool Exists(string sha256);

    /// <summary>Reads the blob again and compares its hash with its name.</summary>
    Task<BlobCondition> CheckAsync(string sha256, CancellationToken ct);

    /// <summary>Every blob's name, in no particular order.</summary>
    IEnumerable<string> List();
}
