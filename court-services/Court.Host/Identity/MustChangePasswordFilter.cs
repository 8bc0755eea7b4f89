using Court.Host.Access;
using Court.Host.Persistence;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Identity;

/// <summary>
/// A person signed in with a temporary password (<see cref="CourtUser.MustChangePassword"/>) sees only 修改密码 (and can sign out)
/// until they set their own: the admin who handed the password over never holds a working password to the account.
/// </summary>
internal sealed class MustChangePasswordFilter(CourtDb db) : IAsyncPageFilter
{
    public const string PagePath = "/Account/ChangePassword";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.TryGetUserId(out var userId) && !http.Request.Path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase)
            && await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.MustChangePassword).FirstOrDefaultAsync(http.RequestAborted))
        {
            context.Result = new Microsoft.AspNetCore.Mvc.RedirectResult(PagePath);
            return;
        }
        await next();
    }
}
