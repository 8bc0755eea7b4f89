using Court.EDossier;
using Court.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Court.Host.Tests.EDossier.Verify;

/// <summary>
/// <c>./court run --urls …</c> (or <c>ASPNETCORE_URLS</c>) reaches the QR codes: the verification address is the one the
/// instance serves on unless a public address is configured (issue 12 point 7).
/// </summary>
public sealed class TheQrAddressFollowsTheServedAddress
{
    [Fact]
    public async Task The_address_given_by_urls_is_printed_when_no_public_address_is_configured()
    {
        await using var app = new CourtAppFactory();
        using var host = app.WithWebHostBuilder(b => b.UseSetting("urls", "http://127.0.0.1:5191"));

        host.Services.GetRequiredService<IOptions<EDossierOptions>>().Value.PublicBaseUrl.ShouldBe("http://127.0.0.1:5191");
    }

    [Fact]
    public async Task A_configured_public_address_wins()
    {
        await using var app = new CourtAppFactory();
        using var host = app.WithWebHostBuilder(b => b
            .UseSetting("urls", "http://127.0.0.1:5191")
            .UseSetting("Court:Dossier:PublicBaseUrl", "https://court.example.cn"));

        host.Services.GetRequiredService<IOptions<EDossierOptions>>().Value.PublicBaseUrl.ShouldBe("https://court.example.cn");
    }
}
