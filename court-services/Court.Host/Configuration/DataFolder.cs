namespace Court.Host.Configuration;

internal static class DataFolder
{
    /// <summary>The data folder as an absolute path, created if missing.</summary>
    public static string Root(CourtOptions options)
    {
        var root = Path.GetFullPath(options.DataDir);
        Directory.CreateDirectory(root);
        return root;
    }
}
