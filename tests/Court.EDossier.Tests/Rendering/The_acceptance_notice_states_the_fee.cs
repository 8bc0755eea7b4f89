using Court.EDossier.Rendering;
using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Tests.Rendering;

/// <summary>
/// 受理通知书 item 二 says where the acceptance fee stands on the day of issue (issue 12 point 6): only a fee still due is
/// demanded, with the consequence of 诉讼费用交纳办法 art. 22; paid, halved, refunded, deferred and waived fees are stated as such.
/// </summary>
public sealed class The_acceptance_notice_states_the_fee
{
    private static readonly Money Fee = Money.FromYuan(4_300m);
    private static readonly DateOnly PaidOn = new(2026, 11, 20);

    public static TheoryData<string, string, bool> Standings => new()
    {
        { "due", "本案应交纳案件受理费人民币4,300.00元，请于收到本通知书之日起七日内向本院预交", true },
        { "paid", "你已于2026年11月20日预交案件受理费人民币4,300.00元，无须再行交纳。", false },
        { "halved-paid", "本案案件受理费依照《诉讼费用交纳办法》第十六条减半交纳，计人民币2,150.00元，你已于2026年11月20日交纳，无须再行交纳。", false },
        { "halved-due", "本案案件受理费依照《诉讼费用交纳办法》第十六条减半交纳，计人民币2,150.00元，请于收到本通知书之日起七日内向本院预交", true },
        { "refunded", "你已于2026年11月20日预交案件受理费人民币4,300.00元，其中人民币2,150.00元已退还，实收人民币2,150.00元，无须再行交纳。", false },
        { "deferred", "你申请缓交案件受理费，本院依照《诉讼费用交纳办法》第四十四条、第四十七条的规定予以准许。请于2027年1月20日前交纳案件受理费人民币4,300.00元。", false },
        { "waived", "你申请免交案件受理费，本院依照《诉讼费用交纳办法》第四十四条、第四十五条的规定予以准许，本案免交案件受理费。", false },
    };

    [Theory]
    [MemberData(nameof(Standings))]
    public void Item_two_says_what_is_true_of_the_fee(string standing, string expected, bool demandsPayment)
    {
        var notice = SampleDocuments.Acceptance() with { Fee = FeeFor(standing) };

        var rendered = new CourtDocumentRenderer(TestFonts.Installed).Render(notice, RenderedSamples.VerificationUrl(notice), signWith: null);

        rendered.MissingGlyphs.ShouldBeEmpty();
        var text = Flat(TextOf(rendered.Pdf));
        text.ShouldContain("二、" + expected[..6]);
        text.ShouldContain(expected);
        text.Contains("按撤诉处理", StringComparison.Ordinal).ShouldBe(demandsPayment);
    }

    [Fact]
    public void Notices_that_differ_only_in_the_fee_have_different_fingerprints() =>
        CourtDocumentFingerprint.Of(SampleDocuments.Acceptance() with { Fee = AcceptanceFee.Due(Fee) })
            .ShouldNotBe(CourtDocumentFingerprint.Of(SampleDocuments.Acceptance() with { Fee = AcceptanceFee.Paid(Fee, PaidOn) }));

    private static AcceptanceFee FeeFor(string standing) => standing switch
    {
        "due" => AcceptanceFee.Due(Fee),
        "paid" => AcceptanceFee.Paid(Fee, PaidOn),
        "halved-paid" => AcceptanceFee.Halved(Money.FromYuan(2_150m), "《诉讼费用交纳办法》第十六条", PaidOn),
        "halved-due" => AcceptanceFee.Halved(Money.FromYuan(2_150m), "《诉讼费用交纳办法》第十六条", paidOn: null),
        "refunded" => AcceptanceFee.PartlyRefunded(Fee, PaidOn, Money.FromYuan(2_150m)),
        "deferred" => AcceptanceFee.Deferred(Fee, new DateOnly(2027, 1, 20)),
        "waived" => AcceptanceFee.Waived(),
        _ => throw new ArgumentOutOfRangeException(nameof(standing)),
    };

    private static string TextOf(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"court-fee-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return ExternalTool.Run("pdftotext", path, "-").Stdout;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
