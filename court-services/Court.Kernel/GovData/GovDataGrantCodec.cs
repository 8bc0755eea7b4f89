using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Court.Kernel.GovData;

/// <summary>Why a presented grant was not accepted.</summary>
public enum GrantProblem
{
    None,
    Missing,
    Malformed,
    BadSignature,
    Expired,

    /// <summary>Signed, but living longer than any grant the court issues, or issued in the future.</summary>
    OutOfLifetime,
}

/// <summary>
/// The wire form of a <see cref="GovDataGrant"/>: <c>cg1.&lt;payload&gt;.&lt;signature&gt;</c>, both base64url, the payload
/// JSON and the signature ECDSA P-256 / SHA-256 over <c>cg1.&lt;payload&gt;</c>. Only the court host holds the private key;
/// the bridge verifies with the public one, so a compromised bridge cannot mint grants (docs/adr/0007).
/// </summary>
public static class GovDataGrantCodec
{
    private const string Prefix = "cg1.";

    /// <summary>The longest a grant may live (expiry − issued-at): the issuer signs for no longer, the bridge accepts no longer.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);

    /// <summary>How far the issuer's clock may run ahead of the verifier's.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Sign(GovDataGrant grant, ECDsa privateKey)
    {
        var signed = Prefix + Base64Url(JsonSerializer.SerializeToUtf8Bytes(grant, Json));
        var signature = privateKey.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256);
        return signed + "." + Base64Url(signature);
    }

    public static GrantProblem Verify(string? token, ECDsa publicKey, DateTime nowUtc, out GovDataGrant? grant)
    {
        grant = null;
        if (string.IsNullOrWhiteSpace(token)) return GrantProblem.Missing;
        var cut = token.LastIndexOf('.');
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || cut <= Prefix.Length) return GrantProblem.Malformed;

        if (!TryFromBase64Url(token[(cut + 1)..], out var signature) || !TryFromBase64Url(token[Prefix.Length..cut], out var payload))
            return GrantProblem.Malformed;
        if (!publicKey.VerifyData(Encoding.ASCII.GetBytes(token[..cut]), signature, HashAlgorithmName.SHA256))
            return GrantProblem.BadSignature;

        try
        {
            grant = JsonSerializer.Deserialize<GovDataGrant>(payload, Json);
        }
        catch (JsonException)
        {
            return GrantProblem.Malformed;
        }
        if (grant is null) return GrantProblem.Malformed;
        if (grant.ExpiresAt - grant.IssuedAt > MaxLifetime || grant.IssuedAt - nowUtc > ClockSkew) return GrantProblem.OutOfLifetime;
        if (nowUtc >= grant.ExpiresAt) return GrantProblem.Expired;
        return GrantProblem.None;
    }

    /// <summary>What a grant problem means to the caller, in Chinese.</summary>
    public static string Explain(GrantProblem problem) => problem switch
    {
        GrantProblem.Missing => "缺少法院签发的查询授权，请从案件中重新发起查询。",
        GrantProblem.Expired => "查询授权已过期，请重新发起查询。",
        GrantProblem.OutOfLifetime => "查询授权的有效期超出法院规定的期限，不予接受，请从案件中重新发起查询。",
        _ => "查询授权无效，请从案件中重新发起查询。",
    };

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryFromBase64Url(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
        bytes = new byte[padded.Length];
        if (Convert.TryFromBase64String(padded, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }
        bytes = [];
        return false;
    }
}
