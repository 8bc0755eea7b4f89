using Court.Host.Access;
using Court.Host.Identity;
using Court.Kernel.Access;
using Court.Kernel.Identifiers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Court.Host.Features.Me;

internal sealed record MeView(Guid Id, string UserName, string DisplayName, string? IdentifierMasked, IReadOnlyList<RoleView> Roles);

internal sealed record RoleView(string Name, string ChineseName);

internal static class GetMe
{
    internal static void MapGetMe(this RouteGroupBuilder api) =>
        api.MapGet("/me", HandleAsync).RequireAuthorization().WithSummary("当前用户及其角色");

    internal static async Task<Results<Ok<MeView>, UnauthorizedHttpResult>> HandleAsync(
        HttpContext http, UserManager<CourtUser> users)
    {
        var user = await users.FindByIdAsync(http.User.UserId().ToString());
        if (user is null) return TypedResults.Unauthorized();
        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)
            .Select(r => new RoleView(r, CourtRoles.ChineseNames.GetValueOrDefault(r, r))).ToList();
        return TypedResults.Ok(new MeView(user.Id, user.UserName!, user.DisplayName, MaskIdentifier(user.IdentifierNumber), roles));
    }

    internal static string? MaskIdentifier(string? identifier) => identifier switch
    {
        null => null,
        _ when ResidentIdNumber.TryParse(identifier, out var id) => id.Masked,
        _ => identifier,
    };
}
