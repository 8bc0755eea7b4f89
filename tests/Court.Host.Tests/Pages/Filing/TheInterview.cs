using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Pages.Filing;

/// <summary>您的情况: the questions that apply, the proposed case kind with its reason, a stop with what to do, and drafts that outlive the session.</summary>
[Trait("Category", "Persistence")]
public sealed class TheInterview(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    private const string Form = "form[data-test=interview]";

    private static Dictionary<string, string> Answers(params (string Key, string Value)[] answers) =>
        answers.ToDictionary(a => $"answers[{a.Key}]", a => a.Value);

    [Fact]
    public async Task Questions_follow_the_answers_until_the_guide_proposes_private_lending()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();
        var path = FilingPages.Step(id, "Situation");

        var first = await litigant.GetPageAsync(path);
        first.QuerySelectorAll("[data-question]").Select(q => q.GetAttribute("data-question")).ShouldBe(["who", "what"]);
        first.QuerySelector("[data-test=steps] [aria-current=step]")!.TextContent.ShouldContain("您的情况");

        var second = await litigant.FollowAsync(await litigant.PostFormAsync(path, Form, Answers(("who", "person"), ("what", "loan"))));
        second.QuerySelectorAll("[data-question]").Select(q => q.GetAttribute("data-question")).ShouldBe(["who", "what", "want"]);
        second.QuerySelector("[data-test=next-question]")!.TextContent.ShouldContain("您希望法院支持什么？");

        var proposal = await litigant.FollowAsync(await litigant.PostFormAsync(path, Form, Answers(("want", "repay"))));
        proposal.QuerySelector("[data-test=proposal]")!.TextContent.ShouldContain("民间借贷纠纷");
        proposal.QuerySelector("[data-test=proposal]")!.TextContent.ShouldContain("借钱给别人");
        proposal.Checked("kind").ShouldBe("private-lending");

        using var next = await litigant.PostFormAsync(path, Form, new Dictionary<string, string> { ["go"] = "next" });
        next.Headers.Location!.OriginalString.ShouldBe(FilingPages.Step(id, "Parties"));
        (await litigant.FilingAsync(id)).GetProperty("kind").GetString().ShouldBe("private-lending");
    }

    [Fact]
    public async Task The_filer_may_pick_another_kind_than_the_one_proposed()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();
        var path = FilingPages.Step(id, "Situation");
        await litigant.FollowAsync(await litigant.PostFormAsync(path, Form, Answers(("who", "person"), ("what", "loan"), ("want", "repay"))));

        using var next = await litigant.PostFormAsync(path, Form, new Dictionary<string, string> { ["kind"] = "sale-contract", ["go"] = "next" });

        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await litigant.FilingAsync(id)).GetProperty("kind").GetString().ShouldBe("sale-contract");
    }

    [Fact]
    public async Task Other_disputes_stop_with_what_to_do_instead_and_no_kind()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();
        var path = FilingPages.Step(id, "Situation");

        var page = await litigant.FollowAsync(await litigant.PostFormAsync(path, Form, Answers(("who", "person"), ("what", "other"))));

        page.QuerySelector("[data-test=stop]")!.TextContent.ShouldContain("12368");
        page.QuerySelector("[data-test=proposal]").ShouldBeNull();
        (await litigant.FilingAsync(id)).GetProperty("kind").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_changed_answer_drops_the_answers_that_no_longer_apply()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();
        var path = FilingPages.Step(id, "Situation");
        await litigant.FollowAsync(await litigant.PostFormAsync(path, Form, Answers(("who", "person"), ("what", "loan"), ("want", "repay"))));

        var page = await litigant.FollowAsync(await litigant.PostFormAsync(path, Form, Answers(("what", "work"))));

        page.QuerySelectorAll("[data-question]").Select(q => q.GetAttribute("data-question")).ShouldBe(["who", "what", "arbitration"]);
        (await litigant.FilingAsync(id)).GetProperty("interview").TryGetProperty("want", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Answers_saved_with_next_are_there_after_signing_out_and_in_again()
    {
        using var first = await app.SignInAsync("litigant");
        var id = await first.StartOnThePageAsync();
        var path = FilingPages.Step(id, "Situation");
        await first.FollowAsync(await first.PostFormAsync(path, Form, Answers(("who", "person"), ("what", "loan"))));
        var anyPage = await first.GetPageAsync("/Portals/Filing");
        using var signOut = await first.SubmitAsync(anyPage.QuerySelector<IHtmlFormElement>("form[action='/Account/Logout']")!, "/Account/Logout");
        (await first.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var again = await app.SignInAsync("litigant");
        var resumed = await again.GetPageAsync(path);

        resumed.Checked("answers[who]").ShouldBe("person");
        resumed.Checked("answers[what]").ShouldBe("loan");
        resumed.QuerySelector("[data-question=want]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Next_with_nothing_answered_stays_and_names_each_question_to_answer()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();
        var path = FilingPages.Step(id, "Situation");

        using var response = await litigant.PostFormAsync(path, Form, new Dictionary<string, string> { ["go"] = "next" });
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.QuerySelector("[data-test=problem]")!.TextContent.ShouldContain("请先回答下面的问题");
        page.QuerySelectorAll("[data-question] [data-test=field-error]").Length.ShouldBe(2);
        page.QuerySelector("[data-question=who] [data-test=field-error]")!.TextContent.ShouldContain("请选择");
    }
}
