using System.Security.Cryptography;

namespace Court.Kernel.GovData;

/// <summary>The public half of the court host's grant-signing key: all the bridge needs to check a grant.</summary>
public sealed class GovDataGrantKey(ECDsa publicKey)
{
    public ECDsa PublicKey { get; } = publicKey;
}
