namespace Court.EDossier.Tests.Ingest.Support;

internal sealed class TempFolder : IDisposable
{
    internal TempFolder() => Directory.CreateDirectory(Path);

    internal string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "court-ingest-" + Guid.NewGuid().ToString("N"));

    internal string File(string name) => System.IO.Path.Combine(Path, name);

    internal string Write(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
