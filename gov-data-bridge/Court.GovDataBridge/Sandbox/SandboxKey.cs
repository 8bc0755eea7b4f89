using System.Buffers.Text;
using System.Security.Cryptography;

namespace Court.GovDataBridge.Sandbox;

/// <summary>The sandbox platform's key when none is configured: created once, kept owner-only under the data folder.</summary>
internal static class SandboxKey
{
    /// <summary>Reads <c>&lt;dataDir&gt;/sandbox/platform-key.txt</c>, creating it with 32 random bytes (base64url) on first use.</summary>
    public static string LoadOrCreateKey(string dataDir)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDir);
        var path = Path.Combine(dataDir, "sandbox", "platform-key.txt");
        if (!File.Exists(path))
        {
            WriteOwnerOnly(path, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));
        }

        return File.ReadAllText(path).Trim();
    }

    private static void WriteOwnerOnly(string path, string key)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(key);
        // Two processes starting at once on one data folder: the first key written wins, and both read it back.
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
