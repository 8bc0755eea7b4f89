using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Court.EDossier.Archive;

/// <summary>The court's signature over an archive manifest: SHA-256 with the key of its signing certificate (RSA or ECDSA).</summary>
internal static class ManifestSignature
{
    public static byte[] Sign(byte[] manifest, X509Certificate2 certificate)
    {
        if (certificate.GetRSAPrivateKey() is { } rsa)
            using (rsa) return rsa.SignData(manifest, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (certificate.GetECDsaPrivateKey() is { } ecdsa)
            using (ecdsa) return ecdsa.SignData(manifest, HashAlgorithmName.SHA256);
        throw new InvalidOperationException("The court's signing certificate has no RSA or ECDSA private key.");
    }

    public static bool IsValid(byte[] manifest, byte[] signature, X509Certificate2 certificate)
    {
        if (certificate.GetRSAPublicKey() is { } rsa)
            using (rsa) return rsa.VerifyData(manifest, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (certificate.GetECDsaPublicKey() is { } ecdsa)
            using (ecdsa) return ecdsa.VerifyData(manifest, signature, HashAlgorithmName.SHA256);
        return false;
    }
}
