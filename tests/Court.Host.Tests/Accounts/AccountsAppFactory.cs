using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Kernel.GovData;
using Court.Seeds.Sandbox;
using GovData.Platform.V1;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Accounts;

/// <summary>A resident as the registry knows them, with the phone registered under their ID number.</summary>
public sealed record RegistryPerson(string Name, string IdentifierNumber, string Phone);

/// <summary>The host on its own clock, which the test moves (codes expire on it); SMS go to the file sink in the data folder, as embedded.</summary>
public sealed class AccountsAppFactory : CourtAppFactory
{
    public const string Password = "Litigant-Pass-2026";

    /// <summary>The <paramref name="n"/>-th generated resident that is no demo subject.</summary>
    public RegistryPerson Person(int n)
    {
        var demo = SandboxRegistry.DemoSubjects.ToHashSet(StringComparer.Ordinal);
        var p = Services.GetRequiredService<PlatformRegistryData>().NaturalPersons.Where(p => !demo.Contains(p.ResidentIdNumber)).Skip(n).First();
        return new RegistryPerson(p.Name, p.ResidentIdNumber, p.Phone);
    }

    /// <summary>An enterprise of the register whose legal representative is a resident no other resident shares a name with.</summary>
    public (LegalPerson Enterprise, RegistryPerson Representative) Enterprise(int n)
    {
        var registry = Services.GetRequiredService<PlatformRegistryData>();
        var demo = SandboxRegistry.DemoSubjects.ToHashSet(StringComparer.Ordinal);
        var byName = registry.NaturalPersons.GroupBy(p => p.Name).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        var enterprise = registry.LegalPersons.Where(l => !demo.Contains(l.CreditCode) && byName.ContainsKey(l.LegalRepresentative)).Skip(n).First();
        var person = byName[enterprise.LegalRepresentative];
        return (enterprise, new RegistryPerson(person.Name, person.ResidentIdNumber, person.Phone));
    }

    public Task<HttpResponseMessage> SendCodeAsync(HttpClient client, string phone, string purpose = "registration") =>
        client.PostAsJsonAsync("/api/accounts/phone-codes", new { phone, purpose });

    public Task<HttpResponseMessage> RegisterAsync(HttpClient client, RegistryPerson person, string userName, string code, string? phone = null) =>
        client.PostAsJsonAsync("/api/accounts/registrations", new
        {
            kind = "natural-person", userName, password = Password, name = person.Name, identifierNumber = person.IdentifierNumber,
            phone = phone ?? person.Phone, code, acceptsIntegrityPledge = true, integrityPledgeVersion = "2026-12",
        });

    /// <summary>The code in the latest of at least <paramref name="count"/> SMS the sink received for <paramref name="phone"/>.</summary>
    public async Task<string> CodeSentToAsync(string phone, int count = 1)
    {
        var folder = Path.Combine(DataDir, "sms");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var messages = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
                    .Where(m => m.GetProperty("phone").GetString() == phone).OrderBy(m => m.GetProperty("deliveredAt").GetDateTimeOffset()).ToList()
                : [];
            if (messages.Count >= count) return Regex.Match(messages[^1].GetProperty("text").GetString()!, @"验证码 (\d{6})").Groups[1].Value;
            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>How many SMS the sink has received for <paramref name="phone"/>, once the outbox holds nothing pending.</summary>
    public int SmsCountFor(string phone)
    {
        var folder = Path.Combine(DataDir, "sms");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Count(f => File.ReadAllText(f).Contains($"\"phone\":\"{phone}\"", StringComparison.Ordinal))
            : 0;
    }
}
