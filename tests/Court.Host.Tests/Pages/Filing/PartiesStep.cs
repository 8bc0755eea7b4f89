using System.Net;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Court.Host.Tests.Litigation.Support;

namespace Court.Host.Tests.Pages.Filing;

/// <summary>当事人: rows added and removed, 按证件号自动填写 through the bridge, and identifiers explained next to the field.</summary>
[Trait("Category", "Persistence")]
public sealed class PartiesStep(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    private const string Form = "form[data-test=parties]";

    public static string WrongCheckDigit(string id) => id[..17] + (id[17] == '1' ? '2' : '1');

    private static Dictionary<string, string> Defendant(string name, string identifier, string? address = "厦门市湖里区五缘湾道1号") => new()
    {
        ["Parties[1].Side"] = "defendant", ["Parties[1].Name"] = name, ["Parties[1].IdentifierNumber"] = identifier,
        ["Parties[1].Address"] = address ?? "", ["Parties[1].PostalAddress"] = address ?? "",
    };

    [Fact]
    public async Task The_page_starts_with_the_filer_as_plaintiff_and_an_empty_defendant()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();

        var page = await litigant.GetPageAsync(FilingPages.Step(id, "Parties"));

        page.Value("Parties[0].Name").ShouldBe("陈明");
        page.QuerySelector("select[name='Parties[1].Side'] option[selected]")!.GetAttribute("value").ShouldBe("defendant");
    }

    [Fact]
    public async Task An_invalid_identifier_is_explained_in_chinese_next_to_its_field_and_nothing_is_saved()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();
        var before = (await litigant.FilingAsync(id)).GetProperty("version").GetInt32();

        using var response = await litigant.PostFormAsync(FilingPages.Step(id, "Parties"), Form,
            new Dictionary<string, string>(Defendant(FilingClient.BorrowerName, WrongCheckDigit(FilingClient.BorrowerId))) { ["go"] = "next" });

        var page = await response.PageOfAsync();
        var row = page.QuerySelector("[data-row='1']")!;
        row.QuerySelector("[data-test=id-error]")!.TextContent.ShouldContain("校验码不正确");
        page.Value("Parties[1].IdentifierNumber").ShouldBe(WrongCheckDigit(FilingClient.BorrowerId));
        (await litigant.FilingAsync(id)).GetProperty("version").GetInt32().ShouldBe(before);
    }

    [Fact]
    public async Task The_credit_code_fills_in_the_hotels_registered_name_representative_and_address()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();

        using var response = await litigant.PostFormAsync(FilingPages.Step(id, "Parties"), Form,
            new Dictionary<string, string>(Defendant("", FilingClient.HotelCode, address: null)) { ["row"] = "1" }, handler: "Lookup");

        var page = await response.PageOfAsync();
        page.Value("Parties[1].Name").ShouldBe(FilingClient.HotelName);
        page.Value("Parties[1].Representative").ShouldNotBeNullOrWhiteSpace();
        page.Value("Parties[1].Address").ShouldNotBeNullOrWhiteSpace();
        page.QuerySelector("[data-row='1'] [data-test=lookup-result]")!.TextContent.ShouldContain("已按市场主体登记信息填写");

        // The page answered the lookup's address; its form still posts to the step itself, so 下一步 goes on.
        using var next = await litigant.PostFormAsync(page, FilingPages.Step(id, "Parties"), Form, new Dictionary<string, string>
        {
            ["go"] = "next", ["Parties[0].Address"] = "厦门市思明区湖滨南路1号", ["Parties[0].PostalAddress"] = "厦门市思明区湖滨南路1号",
        });
        next.Headers.Location!.OriginalString.ShouldBe(FilingPages.Step(id, "Court"));
        (await litigant.FilingAsync(id)).GetProperty("parties")[1].GetProperty("verification").GetString().ShouldBe("RegistryFilled");
    }

    [Fact]
    public async Task A_natural_person_is_shown_as_matching_or_not_matching_the_id_number()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();
        var path = FilingPages.Step(id, "Parties");

        using var matching = await litigant.PostFormAsync(path, Form,
            new Dictionary<string, string>(Defendant(FilingClient.BorrowerName, FilingClient.BorrowerId)) { ["row"] = "1" }, handler: "Lookup");
        using var wrong = await litigant.PostFormAsync(path, Form,
            new Dictionary<string, string>(Defendant("苏文", FilingClient.BorrowerId)) { ["row"] = "1" }, handler: "Lookup");

        (await matching.PageOfAsync()).QuerySelector("[data-row='1'] [data-test=verification]")!.TextContent.ShouldBe("身份核验一致");
        var refused = await wrong.PageOfAsync();
        refused.QuerySelector("[data-row='1'] [data-test=verification]")!.TextContent.ShouldBe("姓名与身份证号码不一致");
        refused.QuerySelector("[data-row='1'] [data-test=lookup-result]")!.TextContent.ShouldContain("不一致");
    }

    [Fact]
    public async Task Rows_are_added_and_removed_and_the_list_is_saved_with_next()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();
        var path = FilingPages.Step(id, "Parties");

        using var added = await litigant.PostFormAsync(path, Form,
            new Dictionary<string, string>(Defendant(FilingClient.BorrowerName, FilingClient.BorrowerId)) { ["side"] = "third-party" }, handler: "Add");
        var three = await added.PageOfAsync();
        three.QuerySelectorAll("fieldset.party").Length.ShouldBe(3);
        (await litigant.FilingAsync(id)).GetProperty("parties").GetArrayLength().ShouldBe(2, "the two complete rows were saved as the filer went");

        using var removed = await litigant.PostFormAsync(three, path, Form, new Dictionary<string, string> { ["row"] = "2" }, handler: "Remove");
        (await removed.PageOfAsync()).QuerySelectorAll("fieldset.party").Length.ShouldBe(2);

        using var next = await litigant.PostFormAsync(path, Form, new Dictionary<string, string>(Defendant(FilingClient.BorrowerName, FilingClient.BorrowerId))
        {
            ["Parties[0].Address"] = "厦门市思明区湖滨南路1号", ["Parties[0].Phone"] = "13900000001", ["Parties[0].ConsentsToElectronicService"] = "true",
            ["go"] = "next",
        });
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.OriginalString.ShouldBe(FilingPages.Step(id, "Court"));
        var parties = (await litigant.FilingAsync(id)).GetProperty("parties");
        parties[0].GetProperty("consentsToElectronicService").GetBoolean().ShouldBeTrue();
        parties[1].GetProperty("name").GetString().ShouldBe(FilingClient.BorrowerName);
        parties[1].GetProperty("consentsToElectronicService").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_defendant_without_a_postal_address_who_is_not_served_electronically_is_told_at_this_step()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();
        var fields = new Dictionary<string, string>(Defendant(FilingClient.BorrowerName, FilingClient.BorrowerId))
        {
            ["go"] = "next", ["Parties[1].PostalAddress"] = "", ["Parties[0].Address"] = "厦门市思明区湖滨南路1号", ["Parties[0].Phone"] = "13900000001",
            ["Parties[0].ConsentsToElectronicService"] = "true",
        };

        using var response = await litigant.PostFormAsync(FilingPages.Step(id, "Parties"), Form, fields);

        var page = await response.PageOfAsync();
        page.QuerySelector("[data-row='1'] [data-test=postal-error]")!.TextContent.ShouldContain("请填写邮寄送达地址");
        page.QuerySelector("[data-row='0'] [data-test=postal-error]").ShouldBeNull();
        (await litigant.FilingAsync(id)).GetProperty("parties").GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [InlineData("35020319900101", "居民身份证号码应为18位，您输入了14位")]
    [InlineData("350203900101123", "15位的第一代身份证号码")]
    public async Task An_id_number_of_the_wrong_length_is_told_as_an_id_number_not_as_a_credit_code(string typed, string told)
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();

        using var response = await litigant.PostFormAsync(FilingPages.Step(id, "Parties"), Form,
            new Dictionary<string, string>(Defendant(FilingClient.BorrowerName, typed)) { ["go"] = "next" });

        var error = (await response.PageOfAsync()).QuerySelector("[data-row='1'] [data-test=id-error]")!.TextContent;
        error.ShouldContain(told);
        error.ShouldNotContain("统一社会信用代码应为18位");
    }

    [Fact]
    public async Task An_id_number_typed_in_full_width_digits_is_saved_in_half_width()
    {
        using var litigant = await app.ClientForAsync("litigant");
        var id = await litigant.StartOnThePageAsync();
        var fullWidth = string.Concat(FilingClient.BorrowerId.Select(c => (char)(c + 0xFEE0)));

        using var response = await litigant.PostFormAsync(FilingPages.Step(id, "Parties"), Form,
            new Dictionary<string, string>(Defendant(FilingClient.BorrowerName, fullWidth)) { ["go"] = "back" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await litigant.FilingAsync(id)).GetProperty("parties")[1].GetProperty("identifierNumber").GetString().ShouldBe(FilingClient.BorrowerId);
    }
}
