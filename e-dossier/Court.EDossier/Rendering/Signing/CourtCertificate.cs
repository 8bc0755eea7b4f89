using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Court.EDossier.Rendering;

/// <summary>
/// The court's signing certificate, kept as a PFX file. On first use a self-signed RSA 2048 certificate is created
/// (CN = «court name（演示）电子签章», ten years) and written atomically with mode 600; when two threads or processes
/// race, the first file to land wins and the others load it.
/// </summary>
internal static class CourtCertificate
{
    private static readonly Lock CreateLock = new();

    public static string SubjectFor(string courtName) => $"{courtName}（演示）电子签章";

    public static X509Certificate2 LoadOrCreate(string pfxPath, string courtName, TimeProvider clock, string? password = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pfxPath);
        if (File.Exists(pfxPath)) return Load(pfxPath, password);
        lock (CreateLock)
        {
            if (File.Exists(pfxPath)) return Load(pfxPath, password);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pfxPath))!);
            using var created = Create(courtName, clock);
            var temp = $"{pfxPath}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            try
            {
                WriteOwnerOnly(temp, created.Export(X509ContentType.Pfx, password));
                // Without overwrite, .NET moves with link+unlink on Unix: the loser of a race gets an IOException.
                File.Move(temp, pfxPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(pfxPath))
            {
            }
            finally
            {
                File.Delete(temp);
            }
            return Load(pfxPath, password);
        }
    }

    private static X509Certificate2 Create(string courtName, TimeProvider clock)
    {
        using var key = RSA.Create(2048);
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(SubjectFor(courtName));
        subject.AddCountryOrRegion("CN");
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var now = clock.GetUtcNow();
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(10));
    }

    private static void WriteOwnerOnly(string path, byte[] content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(path, options);
        stream.Write(content);
        stream.Flush(flushToDisk: true);
    }

    private static X509Certificate2 Load(string path, string? password) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
}
