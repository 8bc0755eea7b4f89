using System.Security.Cryptography;

namespace Court.Host.Accounts;

/// <summary>What an SMS code is for: it opens only that.</summary>
internal enum PhoneCodePurpose
{
    Registration,
    SignIn,
}

/// <summary>Why a typed code did not open anything, each with its own Chinese answer.</summary>
internal enum PhoneCodeRefusal
{
    None,
    Missing,
    Wrong,
    Expired,
    Exhausted,
}

/// <summary>
/// One SMS code sent to a phone (ADR 0018): six digits, kept only as a salted PBKDF2 hash, valid five minutes on the injected clock,
/// five wrong tries and it is dead, used once.
/// </summary>
internal sealed class PhoneCode
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private const int Iterations = 10_000;

    public Guid Id { get; private set; }
    public required string Phone { get; init; }
    public PhoneCodePurpose Purpose { get; init; }
    public required string CodeHash { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }

    /// <summary>The client address that asked for it: sends are limited per address as well as per phone.</summary>
    public required string RequestedFrom { get; init; }

    public int FailedAttempts { get; private set; }
    public DateTime? UsedAt { get; private set; }

    public static (PhoneCode Code, string Plain) Issue(string phone, PhoneCodePurpose purpose, string address, DateTime now)
    {
        var plain = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var code = new PhoneCode
        {
            Id = Guid.CreateVersion7(),
            Phone = phone,
            Purpose = purpose,
            CodeHash = Hash(plain, RandomNumberGenerator.GetBytes(16)),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            RequestedFrom = address,
        };
        return (code, plain);
    }

    /// <summary>Checks <paramref name="typed"/>; a wrong one counts against the code. Does not use it up: <see cref="Use"/> does.</summary>
    public PhoneCodeRefusal Check(string typed, DateTime now)
    {
        if (UsedAt is not null || FailedAttempts >= MaxFailedAttempts) return PhoneCodeRefusal.Exhausted;
        if (now >= ExpiresAt) return PhoneCodeRefusal.Expired;
        if (Matches(typed)) return PhoneCodeRefusal.None;
        FailedAttempts++;
        return FailedAttempts >= MaxFailedAttempts ? PhoneCodeRefusal.Exhausted : PhoneCodeRefusal.Wrong;
    }

    /// <summary>A right code whose use was refused for another reason (a mismatched identity, a taken ID) costs an attempt too.</summary>
    public void CountRefusedUse() => FailedAttempts++;

    public int AttemptsLeft => Math.Max(0, MaxFailedAttempts - FailedAttempts);

    public void Use(DateTime now) => UsedAt = now;

    private bool Matches(string typed)
    {
        var parts = CodeHash.Split(':');
        var salt = Convert.FromBase64String(parts[0]);
        var expected = Convert.FromBase64String(parts[1]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(typed.Trim(), salt, Iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static string Hash(string plain, byte[] salt) =>
        Convert.ToBase64String(salt) + ":" + Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(plain, salt, Iterations, HashAlgorithmName.SHA256, 32));
}
