namespace Court.Host.Identity;

/// <summary>
/// The one rule of ADR 0014: an identifier leads to an account — party links, case participation, the data-access log — only when
/// that account's identity was verified. An account that merely typed an ID number is nobody's party.
/// </summary>
internal static class VerifiedAccounts
{
    public static IQueryable<CourtUser> VerifiedWithIdentifier(this IQueryable<CourtUser> users, string identifier) =>
        users.Where(u => u.IdentifierNumber == identifier && u.IdentityVerifiedAt != null);

    public static IQueryable<CourtUser> VerifiedWithIdentifiers(this IQueryable<CourtUser> users, IReadOnlyCollection<string> identifiers) =>
        users.Where(u => u.IdentifierNumber != null && identifiers.Contains(u.IdentifierNumber) && u.IdentityVerifiedAt != null);

    public static IQueryable<CourtUser> Verified(this IQueryable<CourtUser> users, IReadOnlyCollection<Guid> ids) =>
        users.Where(u => ids.Contains(u.Id) && u.IdentityVerifiedAt != null);
}
