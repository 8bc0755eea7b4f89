using System.Text.RegularExpressions;

namespace Court.EDossier.Tests.Rendering;

public sealed partial class Every_kind_of_court_document(RenderedSamples samples) : IClassFixture<RenderedSamples>
{
    [Theory]
    [MemberData(nameof(RenderedSamples.Kinds), MemberType = typeof(RenderedSamples))]
    public void Names_the_court_and_the_case_number_in_its_text_layer(string kind)
    {
        var sample = samples.Samples[kind];
        var text = ExternalTool.Run("pdftotext", "-layout", sample.Path, "-").Stdout;

        text.ShouldContain(SampleDocuments.Court);
        text.ShouldContain(SampleDocuments.CaseNumber);
        text.ShouldContain(sample.Document.Title.Length <= 5 ? sample.Document.Title[0].ToString() : sample.Document.Title);
    }

    [Theory]
    [MemberData(nameof(RenderedSamples.Kinds), MemberType = typeof(RenderedSamples))]
    public void Passes_qpdf_check(string kind)
    {
        var result = ExternalTool.Run("qpdf", "--check", samples.Samples[kind].Path);

        result.ExitCode.ShouldBe(0, result.Stdout + result.Stderr);
        result.Stdout.ShouldContain("No syntax or stream encoding errors found");
        result.Stderr.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(RenderedSamples.Kinds), MemberType = typeof(RenderedSamples))]
    public void Embeds_its_Chinese_fonts(string kind)
    {
        var fonts = ExternalTool.Run("pdffonts", samples.Samples[kind].Path).Stdout
            .Split('\n').Skip(2).Where(l => l.Length > 0).ToArray();

        fonts.ShouldNotBeEmpty();
        fonts.ShouldContain(l => l.Contains("AR PL SungtiL GB", StringComparison.Ordinal), "the Song face, gbsn00lp");
        fonts.ShouldContain(l => l.Contains("Droid Sans Fallback", StringComparison.Ordinal), "the fallback face for 〇");
        fonts.ShouldContain(l => l.Contains("AR PL KaitiM GB", StringComparison.Ordinal), "the Kai face of the caption 扫码核验");
        fonts.ShouldAllBe(l => EmbeddedColumn().IsMatch(l), string.Join('\n', fonts));
    }

    [Theory]
    [MemberData(nameof(RenderedSamples.Kinds), MemberType = typeof(RenderedSamples))]
    public void Carries_a_valid_signature_of_the_court(string kind)
    {
        var output = ExternalTool.Run("pdfsig", samples.Samples[kind].Path).Stdout;

        output.ShouldContain("Signature is Valid");
        output.ShouldContain("厦门市思明区人民法院（演示）电子签章");
    }

    [Theory]
    [MemberData(nameof(RenderedSamples.Kinds), MemberType = typeof(RenderedSamples))]
    public void Has_a_QR_code_on_its_first_page_that_decodes_to_the_verification_url(string kind)
    {
        var sample = samples.Samples[kind];
        var prefix = Path.Combine(samples.Folder, kind + "-page");
        ExternalTool.Run("pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", "-singlefile", sample.Path, prefix).ExitCode.ShouldBe(0);

        var decoded = ExternalTool.Run("zbarimg", "--raw", "-q", prefix + ".png").Stdout.Trim();

        decoded.ShouldBe(sample.VerificationUrl);
    }

    [Theory]
    [MemberData(nameof(RenderedSamples.Kinds), MemberType = typeof(RenderedSamples))]
    public void Has_a_glyph_for_every_character_it_draws(string kind) =>
        samples.Samples[kind].Rendered.MissingGlyphs.ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(RenderedSamples.Kinds), MemberType = typeof(RenderedSamples))]
    public void Ends_with_the_date_in_Chinese_numerals(string kind)
    {
        var text = ExternalTool.Run("pdftotext", samples.Samples[kind].Path, "-").Stdout;

        text.ShouldContain("二〇二六年十二月一日");
    }

    // pdffonts columns: name type encoding emb sub uni object ID
    [GeneratedRegex(@"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex EmbeddedColumn();
}
