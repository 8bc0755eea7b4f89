using System.Security.Cryptography;
using Court.Host.Cases;
using Court.Host.Configuration;
using Court.Host.Identity;
using Court.Host.Litigation.Lawyers;
using Court.Host.Notifications;
using Court.Host.Persistence;
using Court.Kernel;
using Court.Kernel.Access;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Court.Kernel.Notifications;
using Court.Seeds.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Court.Host.Demo;

internal sealed class DemoOptions
{
    /// <summary><c>COURT_DEMO_PASSWORD</c>; when empty a password is generated once and kept in the data folder.</summary>
    public string? Password { get; set; }
}

/// <summary>
/// Creates the roles always, and — when <c>Court:SeedDemoData</c> is on (the embedded default, never production) —
/// one account per role and the demo cases. Idempotent: a restart finds them and changes nothing.
/// </summary>
internal sealed class DemoData(IServiceScopeFactory scopes, IOptions<CourtOptions> court, IOptions<DemoOptions> demo, TimeProvider clock)
{
    private string? _password;

    public async Task EnsureAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in CourtRoles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() }));

        if (!court.Value.SeedDemoData) return;
        _password = DemoPassword();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourtUser>>();
        var ids = new Dictionary<string, Guid>();
        foreach (var account in DemoCatalogue.Accounts)
            ids[account.UserName] = await EnsureAccountAsync(users, account, _password);
        await DemoWelcome.SendAsync(scope.ServiceProvider.GetRequiredService<INotifier>(), ids, ct);
        foreach (var (userName, organisation) in DemoCatalogue.MediatorMemberships)
        {
            var mediator = await users.FindByIdAsync(ids[userName].ToString());
            if (mediator is null || mediator.MediationOrganisationCode is not null) continue;
            mediator.MediationOrganisationCode = organisation;
            Check(await users.UpdateAsync(mediator));
        }

        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        foreach (var practice in DemoCatalogue.LawyerPractices)
        {
            if (await db.LawyerProfiles.AnyAsync(l => l.UserId == ids[practice.UserName], ct)) continue;
            db.LawyerProfiles.Add(new LawyerProfile
            {
                UserId = ids[practice.UserName], LicenceNumber = practice.LicenceNumber, Firm = practice.Firm, RegisteredAt = clock.GetUtcNow().UtcDateTime,
                VerifiedAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
        }
        var register = scope.ServiceProvider.GetRequiredService<CaseRegister>();
        foreach (var demoCase in DemoCatalogue.Cases)
        {
            if (await db.Cases.AnyAsync(c => c.Id == demoCase.Id, ct)) continue;
            await register.RegisterAsync(new NewCase(demoCase.CourtCode, demoCase.TypeCode, demoCase.Title,
                demoCase.Participants.Select(p => (ids[p.UserName], p.Role)).ToList(), demoCase.Id, demoCase.ArisesFrom), ct);
            if (demoCase == DemoCatalogue.Cases[0])
                await DemoDossiers.SeedAsync(scope.ServiceProvider.GetRequiredService<IDossierApi>(),
                    (await scope.ServiceProvider.GetRequiredService<ICaseDirectory>().FindAsync(demoCase.Id, ct))!, ShanghaiTime.Today(clock), ct);
        }
        await DemoFilings.SeedAsync(scope.ServiceProvider, ids, ct);
    }

    public void AnnounceAccounts(ILogger logger)
    {
        if (_password is null) return;
        var names = string.Join(", ", DemoCatalogue.Accounts.Select(a => $"{a.UserName}({CourtRoles.ChineseNames[a.Role]})"));
        logger.LogInformation("演示账户 Demo accounts: {Accounts}", names);
        logger.LogInformation("演示账户密码 Demo password: {Password}", _password);
    }

    private async Task<Guid> EnsureAccountAsync(UserManager<CourtUser> users, DemoAccount account, string password)
    {
        var user = await users.FindByNameAsync(account.UserName);
        if (user is not null)
        {
            // A database from before ADR 0014 had no verified state: the demo accounts are verified whenever demo data is on.
            if (!user.IdentityVerified) await VerifyAsync(users, user);
            return user.Id;
        }
        user = new CourtUser
        {
            Id = Guid.CreateVersion7(),
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            IdentifierNumber = account.IdentifierNumber,
            PhoneNumber = account.PhoneNumber,
            PhoneNumberConfirmed = account.PhoneNumber is not null,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        user.VerifyIdentity(IdentityVerificationMethod.DemoSeed, "demo-data", user.CreatedAt);
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, account.Role));
        return user.Id;
    }

    private async Task VerifyAsync(UserManager<CourtUser> users, CourtUser user)
    {
        user.VerifyIdentity(IdentityVerificationMethod.DemoSeed, "demo-data", clock.GetUtcNow().UtcDateTime);
        Check(await users.UpdateAsync(user));
    }

    private string DemoPassword()
    {
        if (!string.IsNullOrWhiteSpace(demo.Value.Password)) return demo.Value.Password;
        var file = Path.Combine(DataFolder.Root(court.Value), "demo-password.txt");
        if (File.Exists(file)) return File.ReadAllText(file).Trim();
        var generated = $"Court-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}-26";
        File.WriteAllText(file, generated);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return generated;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("Demo data: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}

internal static class DemoDataSetup
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoOptions>(configuration.GetSection("Court:Demo"));
        services.AddSingleton<DemoData>();
        services.AddScoped<CaseRegister>();
        return services;
    }
}
