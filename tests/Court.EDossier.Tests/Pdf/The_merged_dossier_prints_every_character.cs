using Court.EDossier.Blobs;
using Court.EDossier.Dossiers;
using Court.EDossier.Pdf;
using Court.EDossier.Rendering;
using Court.EDossier.Tests.Rendering;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Microsoft.Extensions.Options;

namespace Court.EDossier.Tests.Pdf;

/// <summary>
/// The pages the court adds when binding a dossier — cover, 卷内目录, page stamps and a party's watermark — draw every
/// character with a glyph (issue 12 point 8: the catalogue's page ranges lost their dash, "1 2" for 1–2).
/// </summary>
public sealed class The_merged_dossier_prints_every_character(RenderedSamples samples) : IClassFixture<RenderedSamples>
{
    [Fact]
    public async Task The_catalogue_prints_page_ranges_with_a_dash_the_font_has()
    {
        var (pdf, missing, catalogue) = await BuildAsync(new Watermark("林晓律师", "350206********1461", new DateTime(2026, 12, 4, 1, 0, 0, DateTimeKind.Utc)));

        missing.ShouldBeEmpty();
        var text = TextOf(pdf);
        var longer = catalogue.First(e => e.PageCount > 1);
        text.ShouldContain($"{longer.FirstPage}—{longer.LastPage}");
        text.ShouldNotContain($"{longer.FirstPage} {longer.LastPage}");
        text.ShouldContain("林晓律师");
    }

    [Fact]
    public async Task A_bench_copy_has_a_glyph_for_every_character_too()
    {
        var (_, missing, _) = await BuildAsync(watermark: null);

        missing.ShouldBeEmpty();
    }

    private async Task<(byte[] Pdf, IReadOnlyCollection<System.Text.Rune> Missing, List<CatalogueEntry> Catalogue)> BuildAsync(Watermark? watermark)
    {
        var blobs = new FileBlobStore(Path.Combine(samples.Folder, "blobs"));
        var clock = TimeProvider.System;
        var copies = new ReadingCopies(blobs, TestFonts.Installed, new StoredPdfGate(blobs, Options.Create(new EDossierOptions())));
        var merger = new MergedDossier(copies, TestFonts.Installed, clock);
        var catalogue = new List<CatalogueEntry>();
        var firstPage = 1;
        foreach (var (kind, sample) in samples.Samples.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            await using var file = File.OpenRead(sample.Path);
            var stored = await blobs.PutAsync(file, CancellationToken.None);
            catalogue.Add(new CatalogueEntry(Guid.NewGuid(), Guid.NewGuid(), catalogue.Count + 1, sample.Document.Title, DossierCategory.AcceptanceMaterials,
                DossierVolume.Open, firstPage, sample.Rendered.PageCount, stored.Sha256, sample.Rendered.Pdf.Length, new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc), "黄立案", kind,
                TransferredFromCaseNumber: null, CourtIssued: true));
            firstPage += sample.Rendered.PageCount;
        }
        catalogue.ShouldContain(e => e.PageCount > 1, "a document of several pages has a range");
        var dossierCase = new CaseSummaryInfo(Guid.NewGuid(), SampleDocuments.CaseNumber, "350203", SampleDocuments.Court, "民初", "民间借贷纠纷",
            IsClosed: false, new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc));
        var (pdf, missing) = await merger.BuildWithCoverageAsync(dossierCase, catalogue, [DossierVolume.Open], watermark, CancellationToken.None);
        return (pdf, missing, catalogue);
    }

    private string TextOf(byte[] pdf)
    {
        var path = Path.Combine(samples.Folder, $"merged-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return ExternalTool.Run("pdftotext", "-layout", "-f", "2", "-l", "2", path, "-").Stdout;
    }
}
