using Court.Host.Litigation.Filings;
using Court.Seeds.Reference;

namespace Court.Host.Tests.Litigation.Filings;

/// <summary>The 要素式起诉状 generated at submission writes amounts as court papers do (figures with 元 and 大写) and rates with %.</summary>
public sealed class WritingTheComplaint
{
    [Fact]
    public void The_principal_is_written_in_figures_and_in_capitals_and_the_rate_as_a_percentage()
    {
        var kind = ReferenceData.FromSeeds().FilingKinds.All.Single(k => k.Slug == "private-lending");
        var filing = new OnlineFiling
        {
            Id = Guid.CreateVersion7(), Reference = "网立20261204A1B2C3", KindSlug = kind.Slug, CourtCode = "闽0203",
            ElementsJson = """{"principal":"200000","annualRate":"24","lentOn":"2025-06-01"}""",
            Parties = [new FilingParty { Id = Guid.CreateVersion7(), Side = PartySide.Plaintiff, Name = "陈明", IdentifierNumber = "350203199001011234" }],
        };

        var complaint = SubmitFiling.ComplaintOf(filing, kind, "厦门市思明区人民法院", new DateOnly(2026, 12, 4));

        var elements = complaint.Elements.ToDictionary(e => e.Label, e => e.Value);
        elements.Values.ShouldContain("200,000元（人民币贰拾万元整）");
        elements.Values.ShouldContain("24%");
        elements.Values.ShouldContain("2025年6月1日");
    }
}
