using System.Text.RegularExpressions;
using Court.EDossier.Rendering;

namespace Court.EDossier.Tests.Rendering;

public sealed class A_long_judgment
{
    [Fact]
    public void Flows_onto_several_pages_each_numbered_at_its_foot()
    {
        var judgment = SampleDocuments.Judgment(findingsRepeat: 12);
        var rendered = new CourtDocumentRenderer(TestFonts.Installed).Render(judgment, RenderedSamples.VerificationUrl(judgment), signWith: null);
        var path = Path.Combine(Path.GetTempPath(), $"long-judgment-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, rendered.Pdf);
        try
        {
            var pages = ExternalTool.Run("pdfinfo", path).Stdout;
            rendered.PageCount.ShouldBeGreaterThanOrEqualTo(4);
            pages.ShouldMatch($@"Pages:\s+{rendered.PageCount}\s");

            for (var page = 1; page <= rendered.PageCount; page++)
            {
                var text = ExternalTool.Run("pdftotext", "-f", page.ToString(), "-l", page.ToString(), path, "-").Stdout;
                Regex.IsMatch(text, $@"—\s*{page}\s*—").ShouldBeTrue($"page {page} shows «— {page} —»");
            }
            var last = ExternalTool.Run("pdftotext", "-f", rendered.PageCount.ToString(), "-l", rendered.PageCount.ToString(), path, "-").Stdout;
            last.ShouldContain("王审判");
            last.ShouldContain("二〇二六年十二月一日");
            last.ShouldContain("林书记");
            rendered.MissingGlyphs.ShouldBeEmpty();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
