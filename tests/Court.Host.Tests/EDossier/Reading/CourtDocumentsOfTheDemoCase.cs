using System.Net;
using System.Net.Http.Json;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.EDossier.Support;
using Court.Host.Tests.Infrastructure;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Reading;

/// <summary>The documents the court generated for the demo civil case, as the Debian PDF tools see them.</summary>
public sealed class CourtDocumentsOfTheDemoCase(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    public static TheoryData<string> Kinds => ["受理通知书", "交费通知书", "举证通知书", "传票", "电子送达凭证", "民事判决书"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Each_names_the_court_and_case_passes_qpdf_embeds_a_chinese_font_and_carries_a_valid_signature(string title)
    {
        using var judge = await app.ClientForAsync("judge");
        var catalogue = await judge.CatalogueAsync(LoanCase);
        var item = catalogue.Items.Single(i => i.Title == title);
        var pdf = await judge.PdfAsync($"/api/cases/{LoanCase}/dossier/documents/{item.Id}");

        var text = await TextOfAsync(pdf);
        text.ShouldContain(catalogue.CaseNumber);
        text.ShouldContain("厦门市思明区人民法院");
        (await ToolAsync("qpdf", pdf, "--check")).ExitCode.ShouldBe(0);
        var fonts = (await ToolAsync("pdffonts", pdf)).Stdout;
        fonts.ShouldContain("AR PL SungtiL GB");
        fonts.Split('\n').Where(l => l.Contains("SungtiL", StringComparison.Ordinal)).ShouldAllBe(l => l.Contains(" yes ", StringComparison.Ordinal));
        (await ToolAsync("pdfsig", pdf)).Stdout.ShouldContain("Signature is Valid");
    }

    [Fact]
    public async Task The_qr_code_leads_to_a_page_that_confirms_the_document_and_a_modified_copy_is_unknown()
    {
        using var judge = await app.ClientForAsync("judge");
        using var anyone = app.CreateAnonymousClient();
        var catalogue = await judge.CatalogueAsync(LoanCase);
        var pdf = await judge.PdfAsync($"/api/cases/{LoanCase}/dossier/documents/{catalogue.Items.Single(i => i.Title == "受理通知书").Id}");

        var file = await SaveAsync(pdf);
        var image = file + "-qr";
        await ProcessRunner.RunOkAsync("pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", "-singlefile", file, image);
        var url = new Uri((await ProcessRunner.RunOkAsync("zbarimg", "--raw", "-q", image + ".png")).Stdout.Trim());
        File.Delete(file);
        File.Delete(image + ".png");

        url.AbsolutePath.ShouldStartWith("/verify/");
        var page = await anyone.GetStringAsync(new Uri(url.PathAndQuery, UriKind.Relative));
        page.ShouldContain("本院出具的文书");
        page.ShouldContain(catalogue.CaseNumber);
        var verified = await anyone.GetFromJsonAsync<Verified>(new Uri("/api" + url.AbsolutePath, UriKind.Relative));
        verified!.Title.ShouldBe("受理通知书");

        using var original = await anyone.PostAsync(new Uri("/api/verify", UriKind.Relative), new ByteArrayContent(pdf));
        original.StatusCode.ShouldBe(HttpStatusCode.OK);
        var modified = pdf.ToArray();
        modified[modified.Length / 2] ^= 0x01;
        using var answer = await anyone.PostAsync(new Uri("/api/verify", UriKind.Relative), new ByteArrayContent(modified));
        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await answer.Content.ReadAsStringAsync()).ShouldContain("/problems/document-unknown");
    }

    [Fact]
    public async Task The_internal_deliberation_record_has_no_public_verification()
    {
        using var judge = await app.ClientForAsync("judge");
        using var anyone = app.CreateAnonymousClient();
        var record = (await judge.CatalogueAsync(LoanCase)).Items.Single(i => i.Title == "合议庭评议笔录");

        using var answer = await anyone.GetAsync(new Uri($"/api/verify/{record.Sha256}", UriKind.Relative));

        record.Volume.ShouldBe("internal");
        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed record Verified(string Title, string Court, string CaseNumber);
}
