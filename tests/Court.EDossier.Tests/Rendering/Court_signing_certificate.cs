using Court.EDossier.Rendering;

namespace Court.EDossier.Tests.Rendering;

public sealed class Court_signing_certificate : IDisposable
{
    private const string Court = "厦门市中级人民法院";
    private readonly string _dataDir = Directory.CreateTempSubdirectory("court-keys-").FullName;

    private string PfxPath => Path.Combine(_dataDir, "keys", "court-signing.pfx");

    [Fact]
    public void Is_created_on_first_use_self_signed_for_ten_years_and_readable_only_by_its_owner()
    {
        using var certificate = CourtCertificate.LoadOrCreate(PfxPath, Court, TimeProvider.System);

        certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false).ShouldBe("厦门市中级人民法院（演示）电子签章");
        certificate.HasPrivateKey.ShouldBeTrue();
        (certificate.NotAfter - certificate.NotBefore).TotalDays.ShouldBeInRange(3650, 3654);
        if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(PfxPath).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.GetFiles(Path.GetDirectoryName(PfxPath)!).ShouldBe([PfxPath]);
    }

    [Fact]
    public void Is_loaded_not_recreated_on_later_use()
    {
        using var first = CourtCertificate.LoadOrCreate(PfxPath, Court, TimeProvider.System);
        using var second = CourtCertificate.LoadOrCreate(PfxPath, Court, TimeProvider.System);

        second.Thumbprint.ShouldBe(first.Thumbprint);
    }

    [Fact]
    public async Task Racing_callers_all_end_up_with_the_one_certificate_that_landed()
    {
        var racers = Enumerable.Range(0, 6).Select(_ => Task.Run(() => CourtCertificate.LoadOrCreate(PfxPath, Court, TimeProvider.System)));
        var certificates = await Task.WhenAll(racers);

        certificates.Select(c => c.Thumbprint).Distinct().Count().ShouldBe(1);
        Directory.GetFiles(Path.GetDirectoryName(PfxPath)!).ShouldBe([PfxPath]);
        foreach (var certificate in certificates) certificate.Dispose();
    }

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);
}
