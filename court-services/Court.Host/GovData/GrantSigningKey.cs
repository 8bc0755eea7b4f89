using System.Security.Cryptography;
using Court.Host.Configuration;
using Court.Kernel.GovData;
using Microsoft.Extensions.Options;

namespace Court.Host.GovData;

/// <summary>
/// The court host's ECDSA P-256 key for signing government data grants. Read from <c>Court:GovData:GrantKeyFile</c>
/// (a PKCS#8 PEM that every court node shares), else created once under <c>&lt;data&gt;/keys/</c> with owner-only access.
/// </summary>
internal sealed class GrantSigningKey : IDisposable
{
    public GrantSigningKey(IOptions<CourtOptions> court, IConfiguration configuration)
    {
        var path = configuration["Court:GovData:GrantKeyFile"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(DataFolder.Root(court.Value), "keys", "gov-data-grant.pem");
        if (!File.Exists(path))
        {
            using var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            WriteOwnerOnly(path, fresh.ExportPkcs8PrivateKeyPem());
        }
        Key = ECDsa.Create();
        Key.ImportFromPem(File.ReadAllText(path));
    }

    public ECDsa Key { get; }

    public GovDataGrantKey PublicHalf()
    {
        var publicKey = ECDsa.Create();
        publicKey.ImportSubjectPublicKeyInfo(Key.ExportSubjectPublicKeyInfo(), out _);
        return new GovDataGrantKey(publicKey);
    }

    public void Dispose() => Key.Dispose();

    private static void WriteOwnerOnly(string path, string pem)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(pem);
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
