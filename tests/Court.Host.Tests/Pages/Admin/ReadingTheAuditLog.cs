using System.Net;
using System.Text;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using Court.Host.Tests.Pages.Support;
using Court.Kernel;
using Court.Kernel.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Pages.Admin;

/// <summary>Issue 12 point 21: the audit log in Chinese — what happened, to which case, by whom — filtered, paged and exported.</summary>
[Trait("Category", "Persistence")]
public sealed class ReadingTheAuditLog(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task An_entry_reads_as_what_happened_to_which_case_by_whom()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var (_, reference, _) = await litigant.StartFilingAsync();
        using var admin = await app.ClientForAsync("admin");

        var page = await admin.PageAsync($"/Admin/Audit?user=%E9%99%88%E6%98%8E&kind=filing.start&case={Uri.EscapeDataString(reference)}");

        var row = page.QuerySelector("#audit-entries tbody tr").ShouldNotBeNull();
        row.QuerySelector("[data-label=操作人]")!.TextContent.ShouldBe("陈明");
        row.QuerySelector("[data-label=操作]")!.TextContent.ShouldBe("开始网上立案");
        row.QuerySelector("[data-label=案号]")!.TextContent.ShouldBe(reference);
        row.QuerySelector("[data-label=结果]")!.TextContent.ShouldBe("成功");
        page.QuerySelectorAll("#audit-entries tbody tr").ShouldAllBe(r => r.GetAttribute("data-action") == "filing.start");
    }

    [Fact]
    public async Task Fifty_entries_make_a_page_and_the_next_page_holds_the_rest()
    {
        await WriteSearchesAsync(60, "分页测试");
        using var admin = await app.ClientForAsync("admin");

        var first = await admin.PageAsync("/Admin/Audit?kind=dossier.search&user=%E5%88%86%E9%A1%B5%E6%B5%8B%E8%AF%95");
        var next = first.QuerySelector("nav.pager a[rel=next]").ShouldNotBeNull();
        var second = await admin.PageAsync(next.GetAttribute("href")!);

        first.QuerySelectorAll("#audit-entries tbody tr").Length.ShouldBe(50);
        second.QuerySelectorAll("#audit-entries tbody tr").Length.ShouldBe(10);
        first.Text("#audit-summary").ShouldBe("共 60 条，第 1 / 2 页。");
        second.QuerySelectorAll("[data-label=操作]").ShouldAllBe(c => c.TextContent == "检索卷宗");
    }

    [Fact]
    public async Task A_date_range_selects_by_the_shanghai_day_and_a_reversed_one_is_refused_in_chinese()
    {
        using var admin = await app.ClientForAsync("admin");

        var future = await admin.PageAsync("/Admin/Audit?from=2999-01-01");
        using var reversed = await admin.GetAsync("/Admin/Audit?from=2026-12-05&to=2026-12-01");

        future.Text("#audit-summary").ShouldStartWith("共 0 条");
        reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reversed.Content.ReadAsStringAsync()).ShouldContain("开始日期不能晚于结束日期。");
    }

    [Fact]
    public async Task The_export_is_a_utf8_csv_with_a_bom_and_shanghai_times_and_is_itself_audited()
    {
        await WriteSearchesAsync(3, "导出测试");
        using var admin = await app.ClientForAsync("admin");

        using var export = await admin.GetAsync("/Admin/Audit?handler=Export&user=%E5%AF%BC%E5%87%BA%E6%B5%8B%E8%AF%95");
        var bytes = await export.Content.ReadAsByteArrayAsync();

        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("编号,时间（北京时间）,操作人");
        lines.Length.ShouldBe(4);
        lines[1].ShouldContain(",导出测试,");
        lines[1].ShouldContain(",检索卷宗,dossier.search,");
        await using var scope = app.Services.CreateAsyncScope();
        var newest = scope.ServiceProvider.GetRequiredService<CourtDb>().AuditEntries.Where(e => e.UserName == "导出测试").OrderByDescending(e => e.Id).First();
        lines[1].ShouldContain("," + ShanghaiTime.From(newest.At).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + ",");
        var page = await admin.PageAsync("/Admin/Audit?kind=admin.audit-export");
        page.QuerySelector("#audit-entries tbody tr [data-label=操作]")!.TextContent.ShouldBe("导出审计日志");
    }

    private async Task WriteSearchesAsync(int count, string who)
    {
        var audit = app.Services.GetRequiredService<IAuditLog>();
        var actor = new AuditActor(null, who, "Judge");
        await audit.WriteAllAsync([.. Enumerable.Range(0, count).Select(i => new AuditRecord("dossier.search", Target: $"q{i}"))], actor);
    }
}
