using System.Security.Cryptography;

namespace Court.EDossier.Blobs;

/// <summary>
/// Blobs under <c>&lt;data&gt;/blobs/ab/cd/&lt;sha256&gt;</c>. A put writes a temporary file in <see cref="IncomingFolder"/>,
/// flushes it to disk, then renames it into place: a crash leaves at most a temporary file (swept at start-up), never a
/// half blob under a real name. Stored files are made read-only.
/// </summary>
internal sealed class FileBlobStore : IBlobStore
{
    private const int BufferSize = 128 * 1024;
    private readonly string _root;

    public FileBlobStore(string root)
    {
        _root = Path.GetFullPath(root);
        IncomingFolder = Path.Combine(_root, ".incoming");
        Directory.CreateDirectory(IncomingFolder);
    }

    public string IncomingFolder { get; }

    public async Task<StoredBlob> PutAsync(Stream content, CancellationToken ct)
    {
        var temp = NewIncomingPath();
        try
        {
            await using (var file = CreateTemp(temp))
                await content.CopyToAsync(file, BufferSize, ct);
            return await MoveInAsync(temp, ct);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public async Task<StoredBlob> MoveInAsync(string path, CancellationToken ct)
    {
        string sha;
        long size;
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous))
        {
            sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
            size = file.Length;
            file.Flush(flushToDisk: true);
        }

        var target = PathOf(sha);
        if (File.Exists(target))
        {
            File.Delete(path);
            return new StoredBlob(sha, size, Created: false);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(path, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            File.Delete(path); // another writer stored the same content first
            return new StoredBlob(sha, size, Created: false);
        }
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        return new StoredBlob(sha, size, Created: true);
    }

    public Stream OpenRead(string sha256) =>
        new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public async Task<BlobCondition> CheckAsync(string sha256, CancellationToken ct)
    {
        if (!Exists(sha256)) return BlobCondition.Missing;
        await using var file = OpenRead(sha256);
        var actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
        return actual == sha256 ? BlobCondition.Intact : BlobCondition.Altered;
    }

    public IEnumerable<string> List() =>
        Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Where(p => !p.StartsWith(IncomingFolder, StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Where(name => name is { Length: 64 } && name.All(char.IsAsciiHexDigitLower))!;

    /// <summary>Removes temporary files a crashed process left behind; called once at start-up, before any upload.</summary>
    public int SweepIncoming(TimeSpan olderThan, DateTime nowUtc)
    {
        var swept = 0;
        foreach (var file in Directory.EnumerateFiles(IncomingFolder))
        {
            if (nowUtc - File.GetLastWriteTimeUtc(file) < olderThan) continue;
            File.Delete(file);
            swept++;
        }
        return swept;
    }

    /// <summary>A fresh path in the incoming folder for a caller that streams an upload itself.</summary>
    public string NewIncomingPath() => Path.Combine(IncomingFolder, Guid.NewGuid().ToString("N") + ".part");

    private static FileStream CreateTemp(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);

    private string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException("A blob is named by its lower-case hex SHA-256.", nameof(sha256));
        return Path.Combine(_root, sha256[..2], sha256[2..4], sha256);
    }
}
