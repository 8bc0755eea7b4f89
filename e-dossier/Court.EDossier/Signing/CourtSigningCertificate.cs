using System.Security.Cryptography.X509Certificates;
using Court.EDossier.Rendering;
using Microsoft.Extensions.Options;

namespace Court.EDossier.Signing;

/// <summary>
/// The court's signing certificate for documents and archive manifests, loaded once from <see cref="EDossierOptions.CertificateFile"/>;
/// in embedded mode a self-signed one is generated there on first use (a production court installs its CA-issued one).
/// </summary>
internal sealed class CourtSigningCertificate(IOptions<EDossierOptions> options, TimeProvider clock)
{
    private readonly Lazy<X509Certificate2> _certificate = new(() =>
        CourtCertificate.LoadOrCreate(options.Value.CertificateFile!, options.Value.SigningCourtName, clock));

    public X509Certificate2 Get() => _certificate.Value;
}
