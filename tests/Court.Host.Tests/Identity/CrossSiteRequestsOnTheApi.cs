using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;
using Court.Kernel.Identifiers;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.Identity;

/// <summary>
/// Issue 11 finding 5: with only the sign-in cookie, a form posted from another origin changed state. The probe's two requests —
/// a clerk's power-of-attorney verification and a litigant's upload — are refused without the antiforgery token or from another
/// origin, succeed with the token, and bearer callers are unaffected.
/// </summary>
public sealed class CrossSiteRequestsOnTheApi(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    private static int _clients;

    [Fact]
    public async Task A_clerks_verification_posted_with_the_cookie_only_is_refused_and_nothing_changes()
    {
        var grant = await PendingPowerOfAttorneyAsync();
        using var clerk = await app.SignInAsync("clerk");

        using var response = await clerk.PostAsync(new Uri($"/api/powers-of-attorney/{grant}/verification", UriKind.Relative), null);

        await ShouldBeRefusedAsync(response, HttpStatusCode.BadRequest, "/problems/antiforgery-token");
        (await StatusOfAsync(grant)).ShouldBe("Pending");
    }

    [Fact]
    public async Task A_clerks_verification_from_another_origin_is_refused_even_with_the_token()
    {
        var grant = await PendingPowerOfAttorneyAsync();
        using var clerk = await app.SignInAsync("clerk");
        var token = await TokenAsync(clerk);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/powers-of-attorney/{grant}/verification");
        request.Headers.Add(token.HeaderName, token.Token);
        request.Headers.Add("Origin", "http://127.0.0.1:8081");

        using var response = await clerk.SendAsync(request);

        await ShouldBeRefusedAsync(response, HttpStatusCode.Forbidden, "/problems/cross-origin-request");
        (await StatusOfAsync(grant)).ShouldBe("Pending");
    }

    [Fact]
    public async Task A_clerks_verification_with_the_token_from_this_origin_succeeds()
    {
        var grant = await PendingPowerOfAttorneyAsync();
        using var clerk = await app.SignInAsync("clerk");
        var token = await TokenAsync(clerk);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/powers-of-attorney/{grant}/verification");
        request.Headers.Add(token.HeaderName, token.Token);
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await clerk.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await StatusOfAsync(grant)).ShouldBe("Verified");
    }

    [Fact]
    public async Task A_clerks_verification_with_a_bearer_token_needs_no_antiforgery_token()
    {
        var grant = await PendingPowerOfAttorneyAsync();
        using var clerk = await app.ClientForAsync("clerk");

        using var response = await clerk.PostAsync(new Uri($"/api/powers-of-attorney/{grant}/verification", UriKind.Relative), null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_litigants_upload_posted_cross_site_with_the_cookie_only_is_refused_and_nothing_is_added()
    {
        using var litigant = await app.SignInAsync("litigant");
        using var bearer = await app.ClientForAsync("litigant");
        var before = (await bearer.CatalogueAsync(LoanCase)).Items.Count;
        using var crossSite = Upload(litigant.BaseAddress);
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var noToken = Upload(litigant.BaseAddress);

        using var refusedCrossSite = await litigant.SendAsync(crossSite);
        using var refusedNoToken = await litigant.SendAsync(noToken);

        await ShouldBeRefusedAsync(refusedCrossSite, HttpStatusCode.Forbidden, "/problems/cross-origin-request");
        await ShouldBeRefusedAsync(refusedNoToken, HttpStatusCode.BadRequest, "/problems/antiforgery-token");
        (await bearer.CatalogueAsync(LoanCase)).Items.Count.ShouldBe(before);
    }

    [Fact]
    public async Task A_litigants_upload_with_the_token_or_a_bearer_token_is_created()
    {
        using var litigant = await app.SignInAsync("litigant");
        using var bearer = await app.ClientForAsync("litigant");
        var token = await TokenAsync(litigant);
        using var withToken = Upload(litigant.BaseAddress);
        withToken.Headers.Add(token.HeaderName, token.Token);

        using var cookieUpload = await litigant.SendAsync(withToken);
        using var bearerUpload = await bearer.UploadAsync(LoanCase, "evidence", "证据", Pdf(), "证据.pdf");

        cookieUpload.StatusCode.ShouldBe(HttpStatusCode.Created, await cookieUpload.Content.ReadAsStringAsync());
        bearerUpload.StatusCode.ShouldBe(HttpStatusCode.Created, await bearerUpload.Content.ReadAsStringAsync());
    }

    private static byte[] Pdf() => File.ReadAllBytes(SamplePdfs.WriteText(Path.GetTempFileName()));

    private static HttpRequestMessage Upload(Uri? baseAddress)
    {
        var form = new MultipartFormDataContent { { new StringContent("evidence"), "category" }, { new StringContent("证据"), "title" } };
        var file = new ByteArrayContent(Pdf());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "证据.pdf");
        return new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress!, $"/api/cases/{LoanCase}/dossier/documents")) { Content = form };
    }

    private static async Task<(string HeaderName, string Token)> TokenAsync(HttpClient cookieClient)
    {
        var view = await cookieClient.GetFromJsonAsync<JsonElement>("/api/antiforgery-token");
        return (view.GetProperty("headerName").GetString()!, view.GetProperty("token").GetString()!);
    }

    /// <summary>A power of attorney awaiting confirmation: lawyer2 files for a new client with no account.</summary>
    private async Task<string> PendingPowerOfAttorneyAsync()
    {
        using var lawyer = await app.ClientForAsync("lawyer2");
        var identifier = ResidentIdNumber.Create("350203", new DateOnly(1970, 1, 1), 300 + Interlocked.Increment(ref _clients)).Value;
        var (filingId, _, _) = await lawyer.StartFilingAsync(new { kind = "private-lending", client = new { name = "委托人", identifierNumber = identifier } });
        var mine = await (await lawyer.GetAsync(new Uri("/api/powers-of-attorney", UriKind.Relative))).JsonAsync();
        return mine.EnumerateArray().Single(g => g.GetProperty("filingId").GetString() == filingId.ToString()).GetProperty("id").GetString()!;
    }

    private async Task<string> StatusOfAsync(string grant)
    {
        using var lawyer = await app.ClientForAsync("lawyer2");
        var mine = await (await lawyer.GetAsync(new Uri("/api/powers-of-attorney", UriKind.Relative))).JsonAsync();
        return mine.EnumerateArray().Single(g => g.GetProperty("id").GetString() == grant).GetProperty("status").GetString()!;
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("type").GetString().ShouldBe(type);
        problem.GetProperty("detail").GetString()!.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
    }
}
