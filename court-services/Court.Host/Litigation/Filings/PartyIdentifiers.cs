using Court.Kernel.Identifiers;

namespace Court.Host.Litigation.Filings;

internal static class PartyIdentifiers
{
    /// <summary>
    /// The kind of party an identifier belongs to, or a Chinese reason it is not valid — explained as an ID number when it looks
    /// like one (17 digits first), else as a credit code.
    /// </summary>
    public static (PartyKind? Kind, string? Problem) Classify(string? identifier)
    {
        var value = identifier?.Trim().ToUpperInvariant();
        if (ResidentIdNumber.TryParse(value, out _)) return (PartyKind.NaturalPerson, null);
        if (UnifiedSocialCreditCode.TryParse(value, out _)) return (PartyKind.LegalPerson, null);
        if (string.IsNullOrEmpty(value)) return (null, "请填写身份证号码或统一社会信用代码。");
        var looksLikeIdNumber = value.Length >= 17 && value.AsSpan(0, 17).IndexOfAnyExceptInRange('0', '9') < 0;
        return (null, (looksLikeIdNumber ? ResidentIdNumber.Explain(value) : UnifiedSocialCreditCode.Explain(value)) + "。");
    }

    public static string Normalise(string identifier) => identifier.Trim().ToUpperInvariant();
}
