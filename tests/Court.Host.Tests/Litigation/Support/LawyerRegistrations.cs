using System.Net.Http.Json;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.GovData;
using Court.Seeds.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Support;

/// <summary>A resident of the sandbox registry: a real name and ID number the platform knows.</summary>
internal sealed record Resident(string Name, string IdentifierNumber);

/// <summary>Registering lawyers as the API does: real-name matched by the sandbox platform, then verified by the demo clerk.</summary>
internal static class LawyerRegistrations
{
    /// <summary>The <paramref name="n"/>-th generated resident (never a demo subject, so no account holds the ID number).</summary>
    public static Resident Resident(this CourtAppFactory app, int n)
    {
        var demo = SandboxRegistry.DemoSubjects.ToHashSet(StringComparer.Ordinal);
        var person = app.Services.GetRequiredService<PlatformRegistryData>().NaturalPersons
            .Where(p => !demo.Contains(p.ResidentIdNumber)).Skip(n).First();
        return new Resident(person.Name, person.ResidentIdNumber);
    }

    public static Task<HttpResponseMessage> RegisterLawyerAsync(this HttpClient anonymous, string userName, string password, Resident person,
        string licence, string phone = "13900000088") =>
        anonymous.PostAsJsonAsync("/api/lawyers/registrations", new
        {
            userName, password, name = person.Name, identifierNumber = person.IdentifierNumber, phone, licenceNumber = licence, firm = "福建鹭岛律师事务所",
        });

    /// <summary>Registers and has the demo clerk verify the licence; returns the new account's id.</summary>
    public static async Task<Guid> RegisterVerifiedLawyerAsync(this CourtAppFactory app, string userName, string password, Resident person, string licence)
    {
        using var anonymous = app.CreateAnonymousClient();
        using var registered = await anonymous.RegisterLawyerAsync(userName, password, person, licence);
        var json = await registered.JsonAsync();
        if (!registered.IsSuccessStatusCode) throw new InvalidOperationException($"Registration answered {(int)registered.StatusCode}: {json}");
        var userId = json.GetProperty("userId").GetGuid();
        using var clerk = await app.ClientForAsync("clerk");
        using var verified = await clerk.PostAsJsonAsync($"/api/lawyers/registrations/{userId}/verification", new { licenceNumber = licence });
        if (!verified.IsSuccessStatusCode) throw new InvalidOperationException($"Verification answered {(int)verified.StatusCode}: {await verified.Content.ReadAsStringAsync()}");
        return userId;
    }
}
