using System.Net;
using Court.EDossier.Persistence;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Persistence;
using Court.Host.Tests.EDossier.Support;
using Court.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Reading;

/// <summary>阅卷 per role and per case: who sees which volume, what a party's copy carries, and the audit of every read.</summary>
[Trait("Category", "Persistence")]
public sealed class ReadingByRoleAndCase(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task The_judge_sees_both_volumes_and_the_plaintiff_and_counsel_only_the_open_one()
    {
        using var judge = await app.ClientForAsync("judge");
        using var litigant = await app.ClientForAsync("litigant");
        using var lawyer = await app.ClientForAsync("lawyer");

        var bench = await judge.CatalogueAsync(LoanCase);
        var party = await litigant.CatalogueAsync(LoanCase);
        var counsel = await lawyer.CatalogueAsync(LoanCase);

        bench.Volumes.ShouldBe(["open", "internal"]);
        bench.Items.ShouldContain(i => i.Volume == "internal");
        party.Volumes.ShouldBe(["open"]);
        party.Items.ShouldAllBe(i => i.Volume == "open");
        counsel.Items.Select(i => i.Id).ShouldBe(party.Items.Select(i => i.Id));
        var open = bench.Items.Where(i => i.Volume == "open").ToList();
        open[0].FirstPage.ShouldBe(1);
        open.Zip(open.Skip(1)).ShouldAllBe(pair => pair.Second.FirstPage == pair.First.LastPage + 1);
        bench.Items.Single(i => i.Volume == "internal").FirstPage.ShouldBe(1);
    }

    [Fact]
    public async Task Counsel_not_on_the_case_gets_403_for_its_catalogue_documents_and_merged_file()
    {
        using var judge = await app.ClientForAsync("judge");
        using var lawyer = await app.ClientForAsync("lawyer");
        var document = (await judge.CatalogueAsync(LoanCase)).Items[0].Id;

        (await lawyer.GetAsync(new Uri($"/api/cases/{SaleCase}/dossier", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lawyer.GetAsync(new Uri($"/api/cases/{SaleCase}/dossier/merged.pdf", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await lawyer.GetAsync(new Uri($"/api/cases/{SaleCase}/dossier/documents/{document}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_party_asking_for_an_internal_document_by_its_id_is_told_it_is_not_there()
    {
        using var judge = await app.ClientForAsync("judge");
        using var litigant = await app.ClientForAsync("litigant");
        var record = (await judge.CatalogueAsync(LoanCase)).Items.Single(i => i.Volume == "internal");

        using var response = await litigant.GetAsync(new Uri($"/api/cases/{LoanCase}/dossier/documents/{record.Id}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_page_counsel_receives_carries_their_name_masked_id_and_the_time_and_the_read_is_audited()
    {
        using var lawyer = await app.ClientForAsync("lawyer");
        var judgment = (await lawyer.CatalogueAsync(LoanCase)).Items.Single(i => i.Title == "民事判决书");

        var pdf = await lawyer.PdfAsync($"/api/cases/{LoanCase}/dossier/documents/{judgment.Id}?download=1");

        var pages = int.Parse((await ToolAsync("qpdf", pdf, "--show-npages")).Stdout.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        for (var page = 1; page <= pages; page++)
        {
            var text = await TextOfAsync(pdf, "-f", $"{page}", "-l", $"{page}");
            text.ShouldContain("林晓律师");
            text.ShouldContain("350206********146");
            text.ShouldContain("阅卷");
        }
        await using var scope = app.Services.CreateAsyncScope();
        var audit = await scope.ServiceProvider.GetRequiredService<CourtDb>().AuditEntries
            .Where(e => e.Action == "dossier.document.download" && e.UserName == "lawyer" && e.Target == judgment.Id.ToString()).ToListAsync();
        audit.Count.ShouldBe(1);
        audit[0].ResultHash.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_merged_dossier_has_cover_catalogue_page_numbers_and_bookmarks_and_a_partys_copy_has_no_internal_page()
    {
        using var judge = await app.ClientForAsync("judge");
        using var litigant = await app.ClientForAsync("litigant");

        var whole = await judge.PdfAsync($"/api/cases/{LoanCase}/dossier/merged.pdf");
        var partys = await litigant.PdfAsync($"/api/cases/{LoanCase}/dossier/merged.pdf");

        var wholeText = await TextOfAsync(whole);
        wholeText.ShouldContain("诉 讼 卷 宗");
        wholeText.ShouldContain("卷 内 目 录");
        wholeText.ShouldContain("正卷 第 6 页");
        wholeText.ShouldContain("副卷 第 1 页");
        wholeText.ShouldContain("评议结论");
        var outlines = (await ToolAsync("qpdf", whole, "--json", "--json-key=outlines")).Stdout;
        outlines.ShouldContain("卷内目录");
        outlines.ShouldContain("民事判决书");
        outlines.ShouldContain("副卷");
        (await ToolAsync("qpdf", whole, "--check")).ExitCode.ShouldBe(0);

        var partysText = await TextOfAsync(partys);
        partysText.ShouldContain("正卷 第 6 页");
        partysText.ShouldNotContain("副卷");
        partysText.ShouldNotContain("评议结论");
        partysText.ShouldContain("陈明");
    }
}
