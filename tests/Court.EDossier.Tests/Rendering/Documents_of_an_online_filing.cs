using System.Text.RegularExpressions;
using Court.EDossier.Rendering;
using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Tests.Rendering;

/// <summary>
/// What online filing issues (补正通知书, the rulings) bears the court's name, seal and QR code; what a party files through the
/// portal (要素式起诉状, 送达地址确认书, 授权委托书) bears none of them and says the platform generated it.
/// </summary>
public sealed partial class Documents_of_an_online_filing(RenderedFilingSamples samples) : IClassFixture<RenderedFilingSamples>
{
    [Theory]
    [MemberData(nameof(RenderedFilingSamples.AllKinds), MemberType = typeof(RenderedFilingSamples))]
    public void Passes_qpdf_check_embeds_its_fonts_and_has_every_glyph(string kind)
    {
        var check = ExternalTool.Run("qpdf", "--check", samples[kind].Path);
        var fonts = ExternalTool.Run("pdffonts", samples[kind].Path).Stdout.Split('\n').Skip(2).Where(l => l.Length > 0).ToArray();

        check.ExitCode.ShouldBe(0, check.Stdout + check.Stderr);
        check.Stdout.ShouldContain("No syntax or stream encoding errors found");
        fonts.ShouldContain(l => l.Contains("AR PL SungtiL GB", StringComparison.Ordinal));
        fonts.ShouldAllBe(l => EmbeddedColumn().IsMatch(l), string.Join('\n', fonts));
        samples[kind].Rendered.MissingGlyphs.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(RenderedFilingSamples.AllKinds), MemberType = typeof(RenderedFilingSamples))]
    public void Is_signed_with_the_courts_certificate(string kind)
    {
        var output = ExternalTool.Run("pdfsig", samples[kind].Path).Stdout;

        output.ShouldContain("Signature is Valid");
        output.ShouldContain("厦门市思明区人民法院（演示）电子签章");
    }

    [Theory]
    [MemberData(nameof(RenderedFilingSamples.CourtIssuedKinds), MemberType = typeof(RenderedFilingSamples))]
    public void A_court_document_names_the_court_ends_with_the_date_in_Chinese_numerals_and_carries_seal_and_QR_code(string kind)
    {
        var sample = samples[kind];
        var text = samples.Text(kind);
        var prefix = Path.Combine(samples.Renders.Folder, kind + "-qr");
        ExternalTool.Run("pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", "-singlefile", sample.Path, prefix).ExitCode.ShouldBe(0);

        text.TrimStart().ShouldStartWith(SampleDocuments.Court, Case.Sensitive, "the court's name heads the page");
        text.ShouldContain("二〇二六年十二月一日");
        text.ShouldContain("扫码核验");
        ExternalTool.Run("zbarimg", "--raw", "-q", prefix + ".png").Stdout.Trim().ShouldBe(sample.VerificationUrl);
        samples.RedPixels(kind).ShouldBeGreaterThan(50, "the seal");
    }

    [Theory]
    [MemberData(nameof(RenderedFilingSamples.PartyFiledKinds), MemberType = typeof(RenderedFilingSamples))]
    public void A_party_document_has_its_title_only_no_seal_no_QR_code_and_says_on_every_page_who_generated_it(string kind)
    {
        var sample = samples[kind];
        var text = samples.Text(kind);
        var prefix = Path.Combine(samples.Renders.Folder, kind + "-qr");
        ExternalTool.Run("pdftoppm", "-r", "200", "-png", "-singlefile", sample.Path, prefix).ExitCode.ShouldBe(0);

        Regex.Replace(text.Split('\n').First(l => l.Trim().Length > 0), @"\s", "").ShouldBe(sample.Document.Title);
        sample.VerificationUrl.ShouldBeNull();
        text.ShouldNotContain("扫码核验");
        text.ShouldNotContain("/verify/");
        ExternalTool.Run("zbarimg", "--raw", "-q", prefix + ".png").Stdout.Trim().ShouldBeEmpty();
        samples.RedPixels(kind).ShouldBe(0, "no seal");
        text.Split('\f').Where(page => page.Trim().Length > 0).ShouldAllBe(page =>
            page.Contains("本文书由诉讼服务平台依当事人填写内容生成") && page.Contains("立案申请编号：网立2026120100001"));
    }

    [Fact]
    public void The_correction_notice_lists_each_item_once_numbered_and_the_day_to_correct_by()
    {
        var text = Flat(samples.Text("correction-notice"));

        text.ShouldContain("立案申请编号：网立2026120100001");
        text.ShouldContain("第七条");
        text.ShouldContain("一、补充提交被告李华的身份证明或者户籍信息。");
        text.ShouldContain("二、诉讼请求第二项所主张利息的计算起止日期和利率不明确，请写明。");
        text.ShouldContain("请于2026年12月8日前");
        text.ShouldContain("补正时请上传借条原件的清晰照片。");
    }

    [Fact]
    public void The_rejection_ruling_names_the_filing_the_order_and_the_ten_days_to_appeal()
    {
        var text = Flat(samples.Text("rejection-ruling"));

        text.ShouldContain("立案申请编号：网立2026120100001");
        text.ShouldContain("起诉人：陈明");
        text.ShouldContain("本院经审查认为，陈明就同一借款");
        text.ShouldContain("第一百二十七条第五项");
        text.ShouldContain("对陈明的起诉，本院不予受理。");
        text.ShouldNotContain("一、对陈明", Case.Sensitive, "a single order is not numbered");
        text.ShouldContain("裁定书送达之日起十日内");
        text.ShouldContain("黄立案");
    }

    [Fact]
    public void The_judicial_confirmation_ruling_has_its_case_number_the_agreement_and_takes_effect_at_once()
    {
        var text = Flat(samples.Text("judicial-confirmation-ruling"));

        text.ShouldContain(SampleFilingDocuments.ConfirmationCaseNumber);
        text.ShouldNotContain("立案申请编号");
        text.ShouldContain("2026年11月25日经厦门市思明区人民调解委员会主持调解");
        text.ShouldContain("一、李华于2027年1月31日前向陈明偿还借款本金100000元；");
        text.ShouldContain("第二百零五条、第二百零六条");
        text.ShouldContain("本裁定自即日起发生法律效力");
    }

    [Fact]
    public void The_element_complaint_lists_claims_and_elements_and_is_addressed_to_the_court_by_the_filer()
    {
        var text = Flat(samples.Text("element-complaint"));

        text.ShouldContain("原告：陈明");
        text.ShouldContain("1．判令被告偿还借款本金100000元；");
        text.ShouldContain("借款本金：100000元");
        text.ShouldContain("交付方式：银行转账（中国工商银行，尾号1234）");
        text.ShouldContain("此致");
        text.ShouldContain(SampleDocuments.Court);
        text.ShouldContain("具状人：陈明");
        text.ShouldContain("2026年11月30日");
    }

    [Fact]
    public void The_service_address_confirmation_records_the_addresses_the_consent_and_when_in_Beijing_time()
    {
        var text = Flat(samples.Text("service-address-confirmation"));

        text.ShouldContain("受送达人：陈明（原告）");
        text.ShouldContain("chenming@example.cn");
        text.ShouldContain("平台账户：litigant");
        text.ShouldContain("电子送达：同意");
        text.ShouldContain("第九十条");
        text.ShouldContain("确认时间：2026年11月30日10:15");
    }

    [Fact]
    public void The_power_of_attorney_states_a_special_authority_as_article_62_names_it_and_a_general_one_withholds_it()
    {
        var special = Flat(samples.Text("power-of-attorney"));
        var general = Flat(TextOf(new CourtDocumentRenderer(TestFonts.Installed)
            .Render(SampleFilingDocuments.Power() with { Scope = AuthorisationScope.General }, null, signWith: null).Pdf));

        special.ShouldContain("受委托人：林晓，福建鹭江律师事务所律师，执业证号13502201810234567");
        special.ShouldContain("特别授权");
        special.ShouldContain("并有权代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉");
        general.ShouldContain("一般授权");
        general.ShouldContain("无权代为承认、放弃、变更诉讼请求");
        general.ShouldNotContain("代理权限：特别授权");
    }

    [Fact]
    public void A_fee_notice_before_the_case_exists_names_the_filing_and_does_not_say_the_case_was_accepted()
    {
        var renderer = new CourtDocumentRenderer(TestFonts.Installed);
        var beforeCase = SampleDocuments.FeePayment() with { CaseNumber = SampleFilingDocuments.FilingReference };
        var before = Flat(TextOf(renderer.Render(beforeCase, RenderedSamples.VerificationUrl(beforeCase), signWith: null).Pdf));
        var after = Flat(TextOf(renderer.Render(SampleDocuments.FeePayment(), RenderedSamples.VerificationUrl(SampleDocuments.FeePayment()), signWith: null).Pdf));

        before.ShouldContain("立案申请编号：网立2026120100001");
        before.ShouldContain("网上立案提交的民间借贷纠纷一案起诉材料，本院已经收到");
        before.ShouldNotContain("本院已经受理");
        after.ShouldContain("本院已经受理");
        after.ShouldNotContain("立案申请编号");
    }

    [Theory]
    [InlineData("(2026)闽0203民初1234号", true)]
    [InlineData("（2026）闽0203民初1234号", true)]
    [InlineData("(2026)闽0203民特12号", true)]
    [InlineData("(2026)闽02民终7号", true)]
    [InlineData("网立2026120100001", false)]
    [InlineData("2026120100001", false)]
    [InlineData("(2026)闽0203民初号", false)]
    public void A_number_shaped_like_a_case_number_is_printed_as_such_and_anything_else_as_the_filing_reference(string number, bool isCaseNumber)
    {
        DocumentNumber.IsCaseNumber(number).ShouldBe(isCaseNumber);
        DocumentNumber.Label(number).ShouldBe(isCaseNumber ? "案号" : "立案申请编号");
    }

    // pdftotext breaks lines where the page does; the assertions read the text as one run.
    private static string Flat(string text) => Regex.Replace(text, @"\s+", "");

    private static string TextOf(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"filing-doc-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            return ExternalTool.Run("pdftotext", "-layout", path, "-").Stdout;
        }
        finally
        {
            File.Delete(path);
        }
    }

    // pdffonts columns: name type encoding emb sub uni object ID
    [GeneratedRegex(@"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex EmbeddedColumn();
}
