using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Litigation.Progress;
using Court.Host.Tests.Infrastructure;
using static Court.Host.Tests.Litigation.Progress.ProgressScenario;

namespace Court.Host.Tests.Litigation.Progress;

/// <summary>An online filing's nodes tell the filer; on acceptance they become the case's.</summary>
[Trait("Category", "Persistence")]
public sealed class AttachingAFiling(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_filings_nodes_notify_the_filer_and_become_the_cases_on_acceptance_once()
    {
        var filingId = Guid.CreateVersion7();
        var filer = await app.UserIdAsync("litigant");
        var filed = await app.WithProgressAsync(p => p.RecordForFilingAsync(filingId, filer, ProgressNodeKind.Filed, "已提交网上立案申请。", null, $"filing:{filingId:N}:filed", CancellationToken.None));
        await app.WithProgressAsync(p => p.RecordForFilingAsync(filingId, filer, ProgressNodeKind.UnderReview, "立案审查中。", null, $"filing:{filingId:N}:review", CancellationToken.None));
        (await app.NotifiedOfAsync(filed.Id)).InPortal.ShouldBe([filer]);
        filed.CaseId.ShouldBeNull();

        var civil = await app.RegisterCivilCaseAsync();
        await app.WithProgressAsync(async p => { await p.AttachFilingToCaseAsync(filingId, civil.Id, CancellationToken.None); return 0; });
        await app.WithProgressAsync(async p => { await p.AttachFilingToCaseAsync(filingId, civil.Id, CancellationToken.None); return 0; });
        await app.RecordAsync(civil.Id, ProgressNodeKind.Accepted, "已立案。");
        var lateFilingNode = await app.WithProgressAsync(p => p.RecordForFilingAsync(filingId, filer, ProgressNodeKind.FeePaid, "案件受理费已交纳。", null, $"filing:{filingId:N}:paid", CancellationToken.None));

        lateFilingNode.CaseId.ShouldBe(civil.Id);
        using var litigant = await app.ClientForAsync("litigant");
        var progress = await litigant.GetFromJsonAsync<JsonElement>(ProgressPath(civil.Number));
        progress.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString())
            .ShouldBe(["Filed", "UnderReview", "Accepted", "FeePaid"]);
        (await app.WithProgressAsync(p => p.ListForFilingAsync(filingId, CancellationToken.None))).Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_filing_that_became_one_case_cannot_become_another()
    {
        var filingId = Guid.CreateVersion7();
        var filer = await app.UserIdAsync("litigant");
        await app.WithProgressAsync(p => p.RecordForFilingAsync(filingId, filer, ProgressNodeKind.Filed, "已提交网上立案申请。", null, $"filing:{filingId:N}:filed", CancellationToken.None));
        var first = await app.RegisterCivilCaseAsync();
        var second = await app.RegisterCivilCaseAsync();
        await app.WithProgressAsync(async p => { await p.AttachFilingToCaseAsync(filingId, first.Id, CancellationToken.None); return 0; });

        var again = () => app.WithProgressAsync(async p => { await p.AttachFilingToCaseAsync(filingId, second.Id, CancellationToken.None); return 0; });

        await Should.ThrowAsync<InvalidOperationException>(again);
        (await app.WithProgressAsync(p => p.ListForCaseAsync(second.Id, CancellationToken.None))).ShouldBeEmpty();
    }
}
