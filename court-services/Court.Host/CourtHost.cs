using Court.Bankruptcy;
using Court.EDossier;
using Court.Enforcement;
using Court.GovDataBridge;
using Court.Host.Accounts;
using Court.Host.Audit;
using Court.Host.Calendar;
using Court.Host.Cases;
using Court.Host.Configuration;
using Court.Host.Demo;
using Court.Host.Features.Admin;
using Court.Host.Features.Auth;
using Court.Host.Features.Cases;
using Court.Host.Features.Fees;
using Court.Host.Features.Me;
using Court.Host.GovData;
using Court.Host.Health;
using Court.Host.Identity;
using Court.Host.Jobs;
using Court.Host.Litigation;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Service;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Host.Problems;
using Court.Kernel.Audit;
using Court.Kernel.Cases;
using Court.Kernel.Http;
using Court.Seeds.Reference;
using Court.Seeds.Sandbox;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Court.Host;

/// <summary>Composition of the court-services host: configuration, modules, middleware and endpoints.</summary>
internal static class CourtHost
{
    public static WebApplicationBuilder AddCourt(this WebApplicationBuilder builder)
    {
        builder.Configuration.AddCourtEnvironmentOverrides();
        var court = builder.Configuration.GetSection(CourtOptions.Section).Get<CourtOptions>() ?? new CourtOptions();
        var services = builder.Services;

        services.Configure<CourtOptions>(builder.Configuration.GetSection(CourtOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ReferenceData.FromSeeds());
        services.AddHttpContextAccessor();
        // Chinese text goes out as characters, not &#x…; entities; markup-significant characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddCourtProblemDetails();
        services.AddCourtRequestLimits();
        services.AddCourtDatabase(builder.Configuration);
        services.AddCourtIdentity(court);
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddDemoData(builder.Configuration);
        services.AddCourtJobs(builder.Configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // Modules tag their endpoints with a group name (court, litigation, e-dossier, …); by default a document holds only
        // the endpoints of its own name, which left v1 with the one endpoint that had none. v1 describes every endpoint.
        services.AddOpenApi(o => o.ShouldInclude = _ => true);
        services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Portals").AuthorizeFolder("/Admin", Policies.CourtAdmin))
            .AddMvcOptions(o => o.Filters.Add<MustChangePasswordFilter>());

        services.AddScoped<ICaseDirectory, CaseDirectory>();
        services.AddScoped<UserAdministration>();
        services.AddCourtCalendar();
        services.AddCaseProgress();
        services.AddCourtGovDataGrants();
        services.AddFeePayments(builder.Configuration);
        services.AddLitigation(builder.Configuration);
        services.AddCourtAccounts();
        services.AddElectronicService();
        services.AddSingleton(_ => SandboxRegistry.Generate());
        services.AddGovDataBridge(builder.Configuration);
        services.AddEDossier(builder.Configuration);
        services.AddEnforcement(builder.Configuration);
        services.AddBankruptcy(builder.Configuration);
        return builder;
    }

    public static async Task PrepareAsync(this WebApplication app)
    {
        await DatabaseSetup.MigrateAllAsync(app.Services, app.Lifetime.ApplicationStopping);
        await CalendarSetup.PrepareCalendarAsync(app.Services, app.Lifetime.ApplicationStopping);
        await app.Services.GetRequiredService<DemoData>().EnsureAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseCourt(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseNoStoreForPersonalData();
        app.UseExceptionHandler();
        app.UseCourtRequestLimits();
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(ctx => !IsApi(ctx), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseApiRequestForgeryProtection();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapOpenApi();
        app.MapRazorPages();

        var api = app.MapGroup("/api").WithGroupName("court").WithRequestValidation();
        api.MapIssueToken();
        api.MapGetAntiforgeryToken();
        api.MapSignOut();
        api.MapGetMe();
        api.MapChangePassword();
        api.MapManageUsers();
        api.MapGetDataAccessLog();
        api.MapListCases();
        api.MapEstimateFee();
        api.MapCloseCase();
        app.MapCourtCalendar();
        app.MapCaseProgress();
        app.MapCourtJobs();
        app.MapLitigation();
        app.MapCourtAccounts();
        app.MapFeePayments();
        app.MapElectronicService();

        app.MapGovDataBridge();
        app.MapEDossier();
        app.MapEnforcement();
        app.MapBankruptcy();

        app.Lifetime.ApplicationStarted.Register(() => AnnounceAddresses(app));
        return app;
    }

    private static bool IsApi(HttpContext ctx) =>
        ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/healthz") || ctx.Request.Path.StartsWithSegments("/openapi");

    private static void AnnounceAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
            app.Logger.LogInformation("Court is serving at {Address} — 在浏览器中打开 {Address}", address, address);
        app.Services.GetRequiredService<DemoData>().AnnounceAccounts(app.Logger);
    }
}
