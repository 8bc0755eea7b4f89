using Court.Kernel.Identifiers;

namespace Court.Host.Litigation.Filings;

internal static class PartyIdentifiers
{
    /// <summary>The kind of party an identifier belongs to, or a Chinese reason it is not valid, naming the identifier typed.</summary>
    public static (PartyKind? Kind, string? Problem) Classify(string? identifier) => PartyIdentifierNumber.KindOf(identifier) switch
    {
        PartyIdentifierKind.ResidentIdNumber => (PartyKind.NaturalPerson, null),
        PartyIdentifierKind.UnifiedSocialCreditCode => (PartyKind.LegalPerson, null),
        _ => (null, PartyIdentifierNumber.Explain(identifier)),
    };

    /// <summary>Full-width digits and letters folded, upper case: the form stored and compared.</summary>
    public static string Normalise(string identifier) => PartyIdentifierNumber.Normalise(identifier);
}
