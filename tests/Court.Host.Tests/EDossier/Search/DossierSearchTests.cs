using Court.EDossier.Search;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Tests.EDossier.Search;

[Trait("Category", "Persistence")]
public sealed class DossierSearchTests : IAsyncLifetime
{
    private const string LoanPage = "原告张三诉被告李四民间借贷纠纷一案，原告诉称，被告于二〇二五年三月向原告借款人民币十万元，约定月利率百分之一。";
    private const string OtherPage = "本院依法适用简易程序，公开开庭进行了审理。原告委托诉讼代理人到庭参加诉讼。";

    private static readonly Guid CaseA = Guid.NewGuid();
    private static readonly Guid CaseB = Guid.NewGuid();
    private DossierSearchScenario _s = null!;

    public async Task InitializeAsync() => _s = await DossierSearchScenario.CreateAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private static CaseVisibility Party(Guid caseId) => new(caseId, InternalVolume: false);

    private static CaseVisibility Bench(Guid caseId) => new(caseId, InternalVolume: true);

    [Theory]
    [InlineData("借款")]
    [InlineData("借款人")]
    [InlineData("民间借贷")]
    public async Task Two_three_and_four_character_terms_are_found(string term)
    {
        var (document, _) = await _s.FileAsync(CaseA, DossierCategory.Pleadings, "起诉状", OtherPage, LoanPage);

        var results = await _s.SearchAsync(new SearchQuery(term), Party(CaseA));

        results.Total.ShouldBe(1);
        results.Hits.ShouldHaveSingleItem().DocumentId.ShouldBe(document);
        results.Hits[0].PageNumber.ShouldBe(2);
    }

    [Fact]
    public async Task Every_term_must_occur_on_the_page()
    {
        await _s.FileAsync(CaseA, DossierCategory.Pleadings, "起诉状", LoanPage, OtherPage);

        (await _s.SearchAsync(new SearchQuery("借款 民间借贷"), Party(CaseA))).Total.ShouldBe(1);
        (await _s.SearchAsync(new SearchQuery("借款 简易程序"), Party(CaseA))).Total.ShouldBe(0);
        (await _s.SearchAsync(new SearchQuery("原告 到庭"), Party(CaseA))).Hits.ShouldHaveSingleItem().PageNumber.ShouldBe(2);
    }

    [Fact]
    public async Task A_word_only_in_the_internal_volume_is_found_by_the_bench()
    {
        await _s.FileAsync(CaseA, DossierCategory.Pleadings, "起诉状", LoanPage);
        var (_, item) = await _s.FileAsync(CaseA, DossierCategory.DeliberationRecords, "合议庭评议笔录", "合议庭评议认为，原告主张的利息过高，应予调减。");

        var hit = (await _s.SearchAsync(new SearchQuery("评议"), Bench(CaseA))).Hits.ShouldHaveSingleItem();

        hit.ItemId.ShouldBe(item);
        hit.Volume.ShouldBe(DossierVolume.Internal);
        hit.Category.ShouldBe(DossierCategory.DeliberationRecords);
        hit.Title.ShouldBe("合议庭评议笔录");
    }

    [Fact]
    public async Task A_word_only_in_the_internal_volume_is_never_found_by_a_party()
    {
        await _s.FileAsync(CaseA, DossierCategory.Pleadings, "起诉状", LoanPage);
        await _s.FileAsync(CaseA, DossierCategory.DeliberationRecords, "合议庭评议笔录", "合议庭评议认为，原告主张的利息过高，应予调减。");

        foreach (var term in new[] { "评议", "合议庭", "应予调减" })
            (await _s.SearchAsync(new SearchQuery(term), Party(CaseA))).Total.ShouldBe(0, term);
        (await _s.SearchAsync(new SearchQuery("原告"), Party(CaseA))).Hits.ShouldHaveSingleItem().Volume.ShouldBe(DossierVolume.Open);
    }

    [Fact]
    public async Task A_case_not_in_the_visible_list_is_never_searched()
    {
        await _s.FileAsync(CaseA, DossierCategory.Pleadings, "起诉状", LoanPage);
        await _s.FileAsync(CaseB, DossierCategory.DeliberationRecords, "合议庭评议笔录", "民间借贷纠纷评议");

        (await _s.SearchAsync(new SearchQuery("民间借贷"), Bench(CaseA))).Hits.ShouldHaveSingleItem().CaseId.ShouldBe(CaseA);
        (await _s.SearchAsync(new SearchQuery("民间借贷"), Party(Guid.NewGuid()))).Total.ShouldBe(0);
        (await _s.SearchAsync(new SearchQuery("民间借贷"))).Total.ShouldBe(0);
        (await _s.SearchAsync(new SearchQuery("民间借贷"), Bench(CaseA), Bench(CaseB))).Total.ShouldBe(2);
    }

    [Fact]
    public async Task A_case_listed_twice_is_searched_once_with_the_wider_right()
    {
        await _s.FileAsync(CaseA, DossierCategory.Pleadings, "起诉状", LoanPage);
        await _s.FileAsync(CaseA, DossierCategory.DeliberationRecords, "合议庭评议笔录", "评议认为借款事实清楚。");

        (await _s.SearchAsync(new SearchQuery("借款"), Party(CaseA), Bench(CaseA), Party(CaseA))).Total.ShouldBe(2);
    }

    [Fact]
    public async Task Filters_by_case_category_volume_and_date_narrow_the_hits()
    {
        var march = new DateTime(2026, 3, 1, 16, 30, 0, DateTimeKind.Utc); // 2 March, 00:30 in Beijing
        var april = new DateTime(2026, 4, 10, 2, 0, 0, DateTimeKind.Utc);
        await _s.FileAsync(CaseA, DossierCategory.Pleadings, "起诉状", march, LoanPage);
        await _s.FileAsync(CaseA, DossierCategory.Evidence, "借条", april, "借条：今借到张三人民币十万元整。借款人李四。");
        await _s.FileAsync(CaseA, DossierCategory.InternalReports, "审理报告", april, "审理报告：借款事实清楚。");
        await _s.FileAsync(CaseB, DossierCategory.Pleadings, "起诉状", march, LoanPage);
        var both = new[] { Bench(CaseA), Bench(CaseB) };

        (await _s.SearchAsync(new SearchQuery("借款"), both)).Total.ShouldBe(4);
        (await _s.SearchAsync(new SearchQuery("借款", CaseId: CaseB), both)).Hits.ShouldHaveSingleItem().CaseId.ShouldBe(CaseB);
        (await _s.SearchAsync(new SearchQuery("借款", Category: DossierCategory.Evidence), both)).Hits.ShouldHaveSingleItem().Title.ShouldBe("借条");
        (await _s.SearchAsync(new SearchQuery("借款", Volume: DossierVolume.Internal), both)).Hits.ShouldHaveSingleItem().Title.ShouldBe("审理报告");
        (await _s.SearchAsync(new SearchQuery("借款", Volume: DossierVolume.Open), both)).Total.ShouldBe(3);
        (await _s.SearchAsync(new SearchQuery("借款", From: new DateOnly(2026, 3, 2), To: new DateOnly(2026, 3, 2)), both)).Total.ShouldBe(2);
        (await _s.SearchAsync(new SearchQuery("借款", From: new DateOnly(2026, 3, 3)), both)).Total.ShouldBe(2);
        (await _s.SearchAsync(new SearchQuery("借款", To: new DateOnly(2026, 3, 1)), both)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task The_page_with_more_matches_ranks_first()
    {
        await _s.FileAsync(CaseA, DossierCategory.Pleadings, "起诉状", "原告请求判令被告归还借款。" + OtherPage + OtherPage);
        var (dense, _) = await _s.FileAsync(CaseA, DossierCategory.Evidence, "借条", "借款合同约定借款十万元，借款期限一年，借款利率年百分之十二，到期归还借款。");

        var (scopeFirst, indexFirst) = await _s.SearchBothWaysAsync(new SearchQuery("借款"), Party(CaseA));
        foreach (var results in new[] { scopeFirst, indexFirst })
        {
            results.Hits.Count.ShouldBe(2);
            results.Hits[0].DocumentId.ShouldBe(dense);
            results.Hits[0].Score.ShouldBeGreaterThan(results.Hits[1].Score);
        }
    }

    [Fact]
    public async Task Snippets_contain_the_terms_and_mark_where_they_are()
    {
        await _s.FileAsync(CaseA, DossierCategory.Pleadings, "起诉状", OtherPage + OtherPage + "<b>" + LoanPage);

        var snippet = (await _s.SearchAsync(new SearchQuery("借款 民间借贷"), Party(CaseA))).Hits.ShouldHaveSingleItem().Snippet;

        snippet.Text.ShouldContain("借款");
        snippet.Text.ShouldStartWith("…");
        snippet.Text.ShouldContain("<b>", Case.Sensitive, "snippet text is plain text: the UI encodes it");
        snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length)).ShouldBe(["民间借贷", "借款"]);
    }

    [Fact]
    public async Task The_total_is_exact_across_pages_of_results()
    {
        for (var d = 0; d < 5; d++)
            await _s.FileAsync(CaseA, DossierCategory.Evidence, $"证据{d}", [.. Enumerable.Range(0, 5).Select(p => $"第{p}页：借款凭证{d}-{p}。" + OtherPage)]);
        await _s.FileAsync(CaseA, DossierCategory.DeliberationRecords, "评议", "借款");

        var seen = new HashSet<string>();
        for (var page = 1; page <= 3; page++)
        {
            var results = await _s.SearchAsync(new SearchQuery("借款凭证", Page: page, PageSize: 10), Party(CaseA));
            results.Total.ShouldBe(25);
            results.Hits.Count.ShouldBe(page < 3 ? 10 : 5);
            foreach (var hit in results.Hits) seen.Add($"{hit.DocumentId}/{hit.PageNumber}").ShouldBeTrue();
        }
        seen.Count.ShouldBe(25);

        var past = await _s.SearchAsync(new SearchQuery("借款凭证", Page: 4, PageSize: 10), Party(CaseA));
        past.Hits.ShouldBeEmpty();
        past.Total.ShouldBe(25);
    }

    [Fact]
    public async Task Updating_a_page_reindexes_it_and_deleting_it_removes_it()
    {
        var (document, _) = await _s.FileAsync(CaseA, DossierCategory.Pleadings, "起诉状", "识别中", OtherPage);

        await using (var db = _s.NewDb())
        {
            var page = await db.Pages.SingleAsync(p => p.DocumentId == document && p.PageNumber == 1);
            page.Text = LoanPage;
            await db.SaveChangesAsync();
        }
        (await _s.SearchAsync(new SearchQuery("识别中"), Party(CaseA))).Total.ShouldBe(0);
        (await _s.SearchAsync(new SearchQuery("民间借贷"), Party(CaseA))).Hits.ShouldHaveSingleItem().PageNumber.ShouldBe(1);
        (await _s.SearchAsync(new SearchQuery("借款"), Party(CaseA))).Total.ShouldBe(1);

        await using (var db = _s.NewDb())
        {
            db.Pages.Remove(await db.Pages.SingleAsync(p => p.DocumentId == document && p.PageNumber == 1));
            await db.SaveChangesAsync();
        }
        (await _s.SearchAsync(new SearchQuery("民间借贷"), Party(CaseA))).Total.ShouldBe(0);
        (await _s.SearchAsync(new SearchQuery("借款"), Party(CaseA))).Total.ShouldBe(0);
        (await _s.SearchAsync(new SearchQuery("简易程序"), Party(CaseA))).Total.ShouldBe(1);
    }

    [Theory]
    [InlineData("借")]
    [InlineData("借款 人")]
    [InlineData("   ")]
    public async Task Single_character_and_empty_queries_are_refused(string text)
    {
        await using var db = _s.NewDb();
        var refused = await Should.ThrowAsync<ArgumentException>(() => new DossierSearch(db).SearchAsync(new SearchQuery(text), [Party(CaseA)], CancellationToken.None));
        refused.Message.ShouldNotBeNullOrWhiteSpace();
        SearchTerms.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull();
    }

    [Fact]
    public async Task Search_characters_in_the_text_are_taken_literally()
    {
        await _s.FileAsync(CaseA, DossierCategory.Evidence, "账单", "利率为 100% 年化，编号 A_1\"2。");

        (await _s.SearchAsync(new SearchQuery("100%"), Party(CaseA))).Total.ShouldBe(1);
        (await _s.SearchAsync(new SearchQuery("A_1\"2"), Party(CaseA))).Total.ShouldBe(1);
        (await _s.SearchAsync(new SearchQuery("0%"), Party(CaseA))).Total.ShouldBe(1);
        (await _s.SearchAsync(new SearchQuery("A%1"), Party(CaseA))).Total.ShouldBe(0);
    }
}
