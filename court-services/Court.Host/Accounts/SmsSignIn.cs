using System.ComponentModel.DataAnnotations;
using Court.Host.Features.Auth;
using Court.Host.Identity;
using Court.Host.Litigation;
using Court.Host.Persistence;
using Court.Kernel.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Court.Host.Accounts;

internal sealed record SmsTokenRequest(
    [property: Required(ErrorMessage = "请填写手机号码。"), RegularExpression(@"^\s*1[3-9]\d{9}\s*$", ErrorMessage = "手机号码应为11位数字，以1开头。")] string? Phone,
    [property: Required(ErrorMessage = "请填写短信验证码。"), RegularExpression(@"^\s*\d{6}\s*$", ErrorMessage = "短信验证码为6位数字。")] string? Code);

/// <summary>
/// 短信验证码登录 (ADR 0018): the phone an account confirmed at registration, and the code just sent to it. Behind the sign-in page
/// and <c>POST /api/auth/sms-token</c>; every attempt is audited with the client address.
/// </summary>
internal sealed class SmsSignIn(CourtDb db, PhoneCodes codes, UserManager<CourtUser> users, IAuditLog audit, TimeProvider clock)
{
    public static IQueryable<CourtUser> AccountsWithPhone(CourtDb db, string phone) =>
        db.Users.Where(u => u.PhoneNumber == phone && u.PhoneNumberConfirmed);

    public async Task<Outcome<CourtUser>> CheckAsync(string phone, string code, string? address, CancellationToken ct)
    {
        phone = phone.Trim();
        var checkedCode = await codes.CheckAsync(phone, PhoneCodePurpose.SignIn, code, ct);
        var user = await AccountsWithPhone(db, phone).FirstOrDefaultAsync(ct);
        LitigationProblem? problem = checkedCode.Problem;
        if (problem is null && user is null) problem = new(StatusCodes.Status422UnprocessableEntity, "phone-code-wrong", "短信验证码不正确。");
        if (problem is null && await users.IsLockedOutAsync(user!))
            problem = LitigationProblem.Forbidden("该账户已停用。如有疑问，请联系法院诉讼服务中心。");
        var actor = new AuditActor(user?.Id, user?.UserName ?? PhoneCodes.Masked(phone), null, address ?? "unknown");
        if (problem is not null)
        {
            await audit.WriteAsync(new AuditRecord("SignInBySms", Target: PhoneCodes.Masked(phone), Outcome: problem.Slug), actor, ct);
            return problem;
        }
        checkedCode.Value!.Use(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(new AuditRecord("SignInBySms", Target: user!.UserName, Outcome: nameof(SignInOutcome.Succeeded)), actor, ct);
        return user;
    }

    internal static void MapSmsToken(RouteGroupBuilder api) =>
        api.MapPost("/auth/sms-token", async (SmsTokenRequest request, SmsSignIn sms, SignInManager<CourtUser> signIn,
                IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var checkedUser = await sms.CheckAsync(request.Phone!, request.Code!, http.Connection.RemoteIpAddress?.ToString(), ct);
                if (checkedUser.Problem is { } problem) return problem.ToResult();
                var principal = await signIn.CreateUserPrincipalAsync(checkedUser.Value!);
                var options = bearer.Get(IdentityConstants.BearerScheme);
                var expiresAt = clock.GetUtcNow() + options.BearerTokenExpiration;
                var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expiresAt }, IdentityConstants.BearerScheme);
                return TypedResults.Ok(new TokenResponse(options.BearerTokenProtector.Protect(ticket), expiresAt));
            })
            .AllowAnonymous().WithSummary("以手机号码和短信验证码换取访问令牌");
}
