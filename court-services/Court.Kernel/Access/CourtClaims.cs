using System.Security.Claims;

namespace Court.Kernel.Access;

/// <summary>
/// What a signed-in person is called where people read it (issue 12 point 11): their real name or organisation name, never the
/// user name, with their role in Chinese.
/// </summary>
public static class CourtClaims
{
    public const string DisplayNameType = "court:display-name";

    /// <summary>The person's name, or the user name for a principal issued before the claim existed.</summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirst(DisplayNameType)?.Value is { Length: > 0 } name ? name : user.Identity?.Name ?? "";

    /// <summary>The first system role the person holds, in Chinese (当事人, 立案法官 …); null for none.</summary>
    public static string? RoleName(this ClaimsPrincipal user) =>
        CourtRoles.ChineseNames.Where(r => user.IsInRole(r.Key)).Select(r => r.Value).FirstOrDefault();

    /// <summary>陈明（当事人）, 黄立案（立案法官）: who did something, as the dossier and logs show it.</summary>
    public static string NameWithRole(this ClaimsPrincipal user) =>
        user.RoleName() is { } role ? $"{user.DisplayName()}（{role}）" : user.DisplayName();
}
