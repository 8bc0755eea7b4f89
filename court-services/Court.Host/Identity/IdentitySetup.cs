using Court.Host.Access;
using Court.Host.Configuration;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;

namespace Court.Host.Identity;

internal static class IdentitySetup
{
    /// <summary>Pages sign in with a cookie; API clients send <c>Authorization: Bearer</c>. One policy scheme picks per request.</summary>
    public const string CourtScheme = "Court";

    public static IServiceCollection AddCourtIdentity(this IServiceCollection services, CourtOptions court)
    {
        services.AddIdentityCore<CourtUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                // Lockout stays enabled for disabling an account; wrong passwords are counted per address by SignInThrottle (ADR 0014).
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddClaimsPrincipalFactory<CourtClaimsPrincipalFactory>()
            .AddEntityFrameworkStores<CourtDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CourtScheme;
                o.DefaultChallengeScheme = CourtScheme;
            })
            .AddPolicyScheme(CourtScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ApiRequestForgery.IsBearer(ctx.Request)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(1);
                o.Events = new BearerTokenEvents { OnMessageReceived = SecurityStamps.RefuseStaleTokenAsync };
            })
            .AddIdentityCookies();
        services.CheckSecurityStampOnEveryRequest();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "court.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = court.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events = new CookieAuthenticationEvents
            {
                // Replacing the events drops the validator AddIdentityCookies put there: the stamp is checked again (ADR 0014).
                OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
                // An API caller gets a status (and ProblemDetails), never a redirect to the sign-in page.
                OnRedirectToLogin = ctx => StatusOrRedirect(ctx, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = ctx => StatusOrRedirect(ctx, StatusCodes.Status403Forbidden),
            };
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "court.af";
            o.HeaderName = ApiRequestForgery.HeaderName;
            o.Cookie.SecurePolicy = court.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        services.AddDataProtection().SetApplicationName("Court");
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<DatabaseXmlRepository>((o, repository) => o.XmlRepository = repository);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.CourtAdmin, p => p.RequireRole(CourtRoles.CourtAdmin));
        services.AddScoped<IAuthorizationHandler, CaseAccessHandler>();
        return services;
    }

    private static Task StatusOrRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

internal static class Policies
{
    public const string CourtAdmin = nameof(CourtAdmin);
}
