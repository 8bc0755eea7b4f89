using Court.EDossier.Ingest;

namespace Court.EDossier.Tests.Ingest.Support;

/// <summary>Intent methods: hand a file to the inspector as a litigant's upload, and check what comes out with qpdf and pdfinfo.</summary>
internal static class Uploads
{
    internal static Task<(IngestedPdf? Pdf, IngestRefusal? Refusal)> InspectAsync(
        TempFolder folder, string path, string? declaredName = null, string? contentType = null, IngestLimits? limits = null) =>
        new UploadInspector().InspectAsync(path, declaredName ?? Path.GetFileName(path), contentType, folder.File("work"), limits ?? new IngestLimits(), CancellationToken.None);

    internal static async Task<IngestRefusal> RefusedAsync(
        TempFolder folder, string path, string? declaredName = null, string? contentType = null, IngestLimits? limits = null)
    {
        var (pdf, refusal) = await InspectAsync(folder, path, declaredName, contentType, limits);
        pdf.ShouldBeNull();
        refusal.ShouldNotBeNull();
        refusal.Detail.ShouldContain("请"); // every refusal tells the litigant what to do
        return refusal;
    }

    internal static async Task<IngestedPdf> AcceptedAsync(TempFolder folder, string path, string? declaredName = null, string? contentType = null)
    {
        var (pdf, refusal) = await InspectAsync(folder, path, declaredName, contentType);
        refusal.ShouldBeNull();
        pdf.ShouldNotBeNull();
        return pdf;
    }

    /// <summary>qpdf --check finds no problem and pdfinfo counts the expected pages; returns pdfinfo's report with spaces collapsed.</summary>
    internal static async Task<string> ShouldBeAValidPdfAsync(string path, int pages)
    {
        var check = await ProcessRunner.RunAsync("qpdf", ["--check", path]);
        check.ExitCode.ShouldBe(0, check.ToString());
        var info = await ProcessRunner.RunOkAsync("pdfinfo", path);
        System.Text.RegularExpressions.Regex.Match(info.Stdout, @"^Pages:\s+(\d+)$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Groups[1].Value.ShouldBe(pages.ToString(System.Globalization.CultureInfo.InvariantCulture), info.Stdout);
        return System.Text.RegularExpressions.Regex.Replace(info.Stdout, " +", " "); // "Page size: 612 x 792 pts (letter)"
    }
}
