using System.Net.Http.Headers;
using Court.Host.Tests.EDossier.Support;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.Api;

/// <summary>Issue 11 finding 14b: JSON and PDF answers with personal data were cacheable by browsers and proxies.</summary>
public sealed class PersonalAnswersAreNotCached(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Theory]
    [InlineData("/api/me")]
    [InlineData("/api/cases")]
    [InlineData($"/api/cases/{LoanCase}/dossier")]
    [InlineData($"/api/cases/{LoanCase}/dossier/merged.pdf")]
    public async Task An_authenticated_api_answer_says_no_store(string path)
    {
        using var litigant = await app.ClientForAsync("litigant");

        using var response = await litigant.GetAsync(path);

        response.IsSuccessStatusCode.ShouldBeTrue();
        NoStore(response).ShouldBeTrue();
    }

    [Fact]
    public async Task A_dossier_document_downloaded_as_pdf_says_no_store()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var document = (await litigant.CatalogueAsync(LoanCase)).Items[0];

        using var response = await litigant.GetAsync($"/api/cases/{LoanCase}/dossier/documents/{document.Id}?download=1");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        NoStore(response).ShouldBeTrue();
    }

    [Fact]
    public async Task A_portal_page_for_a_signed_in_litigant_says_no_store()
    {
        using var browser = await app.SignInAsync("litigant");

        using var response = await browser.GetAsync("/Portals/Litigation");

        response.IsSuccessStatusCode.ShouldBeTrue();
        NoStore(response).ShouldBeTrue();
    }

    [Fact]
    public async Task A_refusal_says_no_store_too_and_the_stylesheet_stays_cacheable()
    {
        using var anonymous = app.CreateAnonymousClient();

        using var refused = await anonymous.GetAsync("/api/me");
        using var stylesheet = await anonymous.GetAsync("/css/site.css");

        NoStore(refused).ShouldBeTrue();
        stylesheet.IsSuccessStatusCode.ShouldBeTrue();
        NoStore(stylesheet).ShouldBeFalse();
    }

    private static bool NoStore(HttpResponseMessage response) => response.Headers.CacheControl is CacheControlHeaderValue { NoStore: true };
}
