using System.Security.Cryptography;
using System.Text;
using Court.Host.Configuration;
using Microsoft.Extensions.Options;

namespace Court.Host.Litigation.Payments;

/// <summary>
/// The key the sandbox bank and the court share for notification signatures: <c>Court:Payments:SandboxSecret</c>,
/// else 32 random bytes created once in <c>&lt;data&gt;/keys/payments-sandbox.key</c> with owner-only access.
/// </summary>
internal sealed class SandboxSecret
{
    public SandboxSecret(IOptions<PaymentsOptions> payments, IOptions<CourtOptions> court)
    {
        if (payments.Value.SandboxSecret is { Length: > 0 } configured)
        {
            Key = Encoding.UTF8.GetBytes(configured);
            return;
        }
        var path = Path.Combine(DataFolder.Root(court.Value), "keys", "payments-sandbox.key");
        if (!File.Exists(path)) WriteOwnerOnly(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        Key = Convert.FromBase64String(File.ReadAllText(path).Trim());
    }

    public byte[] Key { get; }

    private static void WriteOwnerOnly(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(text);
        // Two nodes starting at once on a shared folder: the first key written wins, and both read it back.
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
