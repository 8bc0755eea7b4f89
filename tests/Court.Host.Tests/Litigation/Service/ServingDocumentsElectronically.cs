using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Litigation.Service;
using Court.Host.Tests.EDossier.Support;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Microsoft.EntityFrameworkCore;
using static Court.Host.Tests.Litigation.Service.ServiceScenario;

namespace Court.Host.Tests.Litigation.Service;

[Trait("Category", "Persistence")]
public sealed class ServingDocumentsElectronically(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task A_consenting_litigant_gets_the_notice_in_the_inbox_and_by_sms_and_a_receipt_lands_in_the_dossier()
    {
        var notice = await app.IssueAcceptanceNoticeAsync();

        var record = (await app.ServeAsync(notice, await app.LitigantAsync())).ShouldHaveSingleItem();

        record.Method.ShouldBe(ServiceMethod.Electronic);
        record.Status.ShouldBe(ServiceStatus.Delivered);
        record.DocumentId.ShouldBe(notice.DocumentId);
        record.OpenedAt.ShouldBeNull();
        using var litigant = await app.ClientForAsync("litigant");
        var inbox = await litigant.GetFromJsonAsync<JsonElement>("/api/me/notifications");
        var message = inbox.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("id").GetGuid() == record.NotificationId);
        message.GetProperty("title").GetString().ShouldBe("诉讼文书送达通知");
        message.GetProperty("body").GetString()!.ShouldContain($"《受理通知书》（查阅：/service/{record.Id}）");
        message.GetProperty("caseId").GetGuid().ShouldBe(LoanCase);
        record.DeliveredAt!.Value.ShouldBe(message.GetProperty("createdAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));

        var sms = await app.InDbAsync(db => db.SmsOutbox.Where(m => m.NotificationId == record.NotificationId).ToListAsync());
        sms.ShouldHaveSingleItem().Phone.ShouldBe("13900000001");
        sms[0].Text.ShouldStartWith($"【智慧法院】诉讼文书送达通知：陈明，您好！福建省厦门市思明区人民法院就{record.CaseNumberOrReference}向您电子送达以下文书");

        using var judge = await app.ClientForAsync("judge");
        var receipt = (await judge.CatalogueAsync(LoanCase.ToString())).Items.Single(i => i.Id == record.ReceiptDocumentId);
        receipt.Title.ShouldBe("电子送达凭证");
        receipt.Category.ShouldBe("service");
        receipt.SourceStep.ShouldBe(ElectronicServiceOfDocuments.SourceStep);
        var text = await DossierClient.TextOfAsync(await judge.PdfAsync($"/api/cases/{LoanCase}/dossier/documents/{receipt.Id}"));
        text.ShouldContain("陈明");
        text.ShouldContain("受理通知书");
        text.ShouldContain("139****0001");
    }

    [Fact]
    public async Task The_litigant_opens_the_link_and_is_shown_the_document_and_only_the_first_opening_counts()
    {
        var record = (await app.ServeAsync(await app.IssueAcceptanceNoticeAsync(), await app.LitigantAsync())).Single();
        using var litigant = await app.ClientForAsync("litigant");

        using var first = await litigant.GetAsync(new Uri($"/service/{record.Id}", UriKind.Relative));
        var openedAt = await app.InDbAsync(db => db.ServiceRecords.Where(r => r.Id == record.Id).Select(r => r.OpenedAt).SingleAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using var again = await litigant.GetAsync(new Uri($"/service/{record.Id}", UriKind.Relative));

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.OriginalString.ShouldBe($"/Portals/Dossier/{LoanCase}/Read/{record.DocumentId}");
        (await litigant.PdfAsync($"/api/cases/{LoanCase}/dossier/documents/{record.DocumentId}")).Length.ShouldBeGreaterThan(0);
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        openedAt.ShouldNotBeNull();
        var kept = await app.InDbAsync(db => db.ServiceRecords.AsNoTracking().SingleAsync(r => r.Id == record.Id));
        kept.OpenedAt.ShouldBe(openedAt);
        kept.Status.ShouldBe(ServiceStatus.Opened);
        var audited = await app.InDbAsync(db => db.AuditEntries.Where(a => a.Target == $"{record.Id}/{record.DocumentId}").Select(a => a.Action).ToListAsync());
        audited.Order().ShouldBe(["service.open", "service.reopen"]);

        var mine = await litigant.GetFromJsonAsync<JsonElement>("/api/me/served-documents");
        var listed = mine.EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == record.Id);
        listed.GetProperty("isOpened").GetBoolean().ShouldBeTrue();
        listed.GetProperty("link").GetString().ShouldBe($"/service/{record.Id}");
    }

    [Fact]
    public async Task Anyone_but_the_recipient_gets_404_and_opens_nothing()
    {
        var record = (await app.ServeAsync(await app.IssueAcceptanceNoticeAsync(), await app.LitigantAsync())).Single();
        using var lawyer = await app.ClientForAsync("lawyer");
        using var judge = await app.ClientForAsync("judge");
        using var anonymous = app.CreateAnonymousClient();

        using var counsel = await lawyer.GetAsync(new Uri($"/service/{record.Id}", UriKind.Relative));
        using var bench = await judge.GetAsync(new Uri($"/service/{record.Id}", UriKind.Relative));
        using var unknown = await lawyer.GetAsync(new Uri($"/service/{Guid.CreateVersion7()}", UriKind.Relative));
        using var stranger = await anonymous.GetAsync(new Uri($"/service/{record.Id}", UriKind.Relative));

        counsel.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        bench.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var answer in new[] { counsel, bench, unknown })
        {
            var page = await answer.Content.ReadAsStringAsync();
            page.ShouldContain("未找到该页面");
            page.ShouldNotContain("受理通知书");
        }
        stranger.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stranger.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
        (await app.InDbAsync(db => db.ServiceRecords.Where(r => r.Id == record.Id).Select(r => r.OpenedAt).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task The_inbox_page_lists_my_documents_with_their_service_time_and_whether_i_opened_them()
    {
        var record = (await app.ServeAsync(await app.IssueAcceptanceNoticeAsync(), await app.LitigantAsync())).Single();
        using var browser = await app.SignInAsync("litigant");

        var page = await browser.GetPageAsync("/Inbox");
        var row = page.QuerySelector($"#served-documents tr[data-service-record-id='{record.Id}']").ShouldNotBeNull();
        row.GetAttribute("data-opened").ShouldBe("false");
        row.QuerySelector("[data-label=文书]")!.TextContent.ShouldBe("受理通知书");
        row.QuerySelector("[data-label=案号]")!.TextContent.ShouldBe(record.CaseNumberOrReference);
        row.QuerySelector("[data-label=送达时间]")!.TextContent.ShouldBe(Court.Kernel.ShanghaiTime.Format(record.DeliveredAt!.Value));
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/service/{record.Id}");
        page.QuerySelector("tr[data-notification-id]").ShouldNotBeNull();

        using var opened = await browser.GetAsync(new Uri($"/service/{record.Id}", UriKind.Relative));
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await browser.GetPageAsync("/Inbox");
        var openedRow = after.QuerySelector($"tr[data-service-record-id='{record.Id}']")!;
        openedRow.GetAttribute("data-opened").ShouldBe("true");
        openedRow.QuerySelector("[data-label=状态]")!.TextContent.ShouldStartWith("已查阅");
    }

    [Fact]
    public async Task A_recipient_without_consent_or_without_an_account_is_flagged_for_the_post_and_sent_no_message()
    {
        var notice = await app.IssueAcceptanceNoticeAsync();
        var lawyerId = await app.UserIdAsync("lawyer");
        var messagesBefore = await app.InDbAsync(db => db.Notifications.CountAsync(n => n.UserId == lawyerId));

        var records = await app.ServeAsync(notice,
            new ServiceRecipient(lawyerId, "林晓律师", "原告诉讼代理人", false, "13900000002", "厦门市思明区鹭江道 8 号"),
            new ServiceRecipient(null, "苏文斌", "被告", true, null, "厦门市湖里区县后路 12 号"));

        records.Count.ShouldBe(2);
        records.ShouldAllBe(r => r.Method == ServiceMethod.Postal && r.Status == ServiceStatus.AwaitingPostal);
        records.ShouldAllBe(r => r.NotificationId == null && r.DeliveredAt == null && r.ReceiptDocumentId == null);
        (await app.InDbAsync(db => db.Notifications.CountAsync(n => n.UserId == lawyerId))).ShouldBe(messagesBefore);

        using var clerk = await app.ClientForAsync("clerk");
        var awaiting = await clerk.GetFromJsonAsync<JsonElement>("/api/service/postal");
        var defendant = awaiting.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == records[1].Id);
        defendant.GetProperty("recipientPostalAddress").GetString().ShouldBe("厦门市湖里区县后路 12 号");
        defendant.GetProperty("reason").GetString().ShouldBe("受送达人没有诉讼服务平台账户");
        awaiting.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == records[0].Id)
            .GetProperty("reason").GetString().ShouldBe("受送达人未同意电子送达");

        using var sent = await clerk.PostAsync(new Uri($"/api/service/postal/{records[1].Id}/sent", UriKind.Relative), null);
        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("PostalSent");
        var later = await clerk.GetFromJsonAsync<JsonElement>("/api/service/postal");
        later.EnumerateArray().ShouldNotContain(r => r.GetProperty("id").GetGuid() == records[1].Id);
    }

    [Fact]
    public async Task Parties_and_court_staff_of_other_cases_do_not_see_the_postal_list()
    {
        var notice = await app.IssueAcceptanceNoticeAsync();
        var record = (await app.ServeAsync(notice, new ServiceRecipient(null, "苏文斌", "被告", false, null, "厦门市湖里区县后路 12 号"))).Single();
        using var litigant = await app.ClientForAsync("litigant");
        using var enforcement = await app.ClientForAsync("enforcement");
        using var judge = await app.ClientForAsync("judge");

        using var party = await litigant.GetAsync(new Uri("/api/service/postal", UriKind.Relative));
        using var partyMarks = await litigant.PostAsync(new Uri($"/api/service/postal/{record.Id}/sent", UriKind.Relative), null);
        using var officer = await enforcement.GetAsync(new Uri("/api/service/postal", UriKind.Relative));

        party.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await party.Content.ReadAsStringAsync()).ShouldContain("只有立案法官、承办法官或法官助理");
        partyMarks.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        officer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await judge.GetFromJsonAsync<JsonElement>("/api/service/postal")).EnumerateArray().ShouldContain(r => r.GetProperty("id").GetGuid() == record.Id);
    }

    [Fact]
    public async Task Serving_the_same_document_again_returns_the_same_record_with_one_message_one_sms_and_one_receipt()
    {
        var notice = await app.IssueAcceptanceNoticeAsync();
        var litigant = await app.LitigantAsync();
        using var judge = await app.ClientForAsync("judge");
        var receiptsBefore = (await judge.CatalogueAsync(LoanCase.ToString())).Items.Count(i => i.Title == "电子送达凭证");

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.ServeAsync(notice, litigant)));
        var first = concurrent[0].Single();
        var again = (await app.ServeAsync(notice, litigant)).Single();

        // A serving that lost the race may answer before the winner has filed the receipt; the record is the same.
        concurrent.ShouldAllBe(served => served.Single().Id == first.Id && served.Single().NotificationId == first.NotificationId
            && served.Single().DeliveredAt == first.DeliveredAt);
        concurrent.ShouldContain(served => served.Single().ReceiptDocumentId == again.ReceiptDocumentId);
        again.Id.ShouldBe(first.Id);
        again.DeliveredAt.ShouldBe(first.DeliveredAt);
        again.NotificationId.ShouldBe(first.NotificationId);
        again.ReceiptDocumentId.ShouldNotBeNull();
        (await app.InDbAsync(db => db.ServiceRecords.CountAsync(r => r.DocumentId == notice.DocumentId))).ShouldBe(1);
        (await app.InDbAsync(db => db.Notifications.CountAsync(n => n.Body.Contains(first.Id.ToString())))).ShouldBe(1);
        (await app.InDbAsync(db => db.SmsOutbox.CountAsync(m => m.NotificationId == first.NotificationId))).ShouldBe(1);
        (await judge.CatalogueAsync(LoanCase.ToString())).Items.Count(i => i.Title == "电子送达凭证").ShouldBe(receiptsBefore + 1);
    }

    [Fact]
    public async Task Two_documents_served_together_share_one_message_and_one_receipt()
    {
        var notice = await app.IssueAcceptanceNoticeAsync();
        var second = await app.IssueAcceptanceNoticeAsync();
        var records = await app.ServeManyAsync([notice, second with { Title = "举证通知书" }], await app.LitigantAsync());

        records.Count.ShouldBe(2);
        records.Select(r => r.NotificationId).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        records.Select(r => r.ReceiptDocumentId).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        var body = await app.InDbAsync(db => db.Notifications.Where(n => n.Id == records[0].NotificationId).Select(n => n.Body).SingleAsync());
        body.ShouldContain($"1.《受理通知书》（查阅：/service/{records[0].Id}）；2.《举证通知书》（查阅：/service/{records[1].Id}）。");
    }
}
