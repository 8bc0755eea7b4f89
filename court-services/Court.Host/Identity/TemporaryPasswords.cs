using System.Security.Cryptography;

namespace Court.Host.Identity;

/// <summary>
/// The password the court admin hands over once (on paper or by phone) when creating an account or resetting one: random, meeting the
/// password rules (upper and lower case, digits), and usable only to set the person's own password (<see cref="CourtUser.MustChangePassword"/>).
/// </summary>
internal static class TemporaryPasswords
{
    // No 0/O, 1/l/I: it is read aloud and typed from paper.
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";

    public static string New()
    {
        const string all = Upper + Lower + Digits;
        var chars = new char[12];
        chars[0] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[1] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        for (var i = 3; i < chars.Length; i++) chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
