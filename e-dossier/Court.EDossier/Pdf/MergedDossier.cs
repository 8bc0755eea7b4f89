using Court.EDossier.Dossiers;
using Court.EDossier.Rendering;
using Court.Kernel;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Court.EDossier.Pdf;

/// <summary>
/// One PDF of a dossier as it would be bound: cover (卷宗封面), catalogue (卷内目录) with page numbers, then every document in
/// catalogue order, each page stamped with its volume and page number, with bookmarks per volume and document.
/// Imported pages lose their annotations: a signature belongs to its original, which stays downloadable on its own.
/// A stored document that cannot be opened safely is bound as pages saying so, in Chinese; the rest of the dossier is whole.
/// </summary>
internal sealed class MergedDossier(ReadingCopies copies, CourtFonts fonts, TimeProvider clock)
{
    private const int CatalogueLinesPerPage = 26;

    public async Task<byte[]> BuildAsync(CaseSummaryInfo dossierCase, IReadOnlyList<CatalogueEntry> catalogue, IReadOnlyList<DossierVolume> volumes,
        Watermark? watermark, CancellationToken ct) =>
        (await BuildWithCoverageAsync(dossierCase, catalogue, volumes, watermark, ct)).Pdf;

    /// <summary>The merged PDF and every character the court's own pages (cover, catalogue, stamps, watermark) drew without a glyph.</summary>
    internal async Task<(byte[] Pdf, IReadOnlyCollection<System.Text.Rune> MissingGlyphs)> BuildWithCoverageAsync(CaseSummaryInfo dossierCase,
        IReadOnlyList<CatalogueEntry> catalogue, IReadOnlyList<DossierVolume> volumes, Watermark? watermark, CancellationToken ct)
    {
        var merged = new PdfDocument();
        merged.Options.CompressContentStreams = false; // see ReadingCopies
        merged.Info.Title = $"{dossierCase.Number} 电子卷宗";
        merged.Info.Creator = dossierCase.CourtName;
        var painter = new TextPainter(fonts);
        var layout = new DossierPageLayout(painter);

        layout.DrawCover(merged.AddPage(), dossierCase, catalogue, volumes, clock.GetUtcNow().UtcDateTime);
        merged.Outlines.Add("卷宗封面", merged.Pages[0]);
        var chunks = catalogue.Chunk(CatalogueLinesPerPage).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            var page = merged.AddPage();
            layout.DrawCatalogue(page, chunks[i], i + 1, chunks.Count);
            if (i == 0) merged.Outlines.Add("卷内目录", page);
        }

        foreach (var volume in catalogue.GroupBy(e => e.Volume))
        {
            PdfOutline? volumeOutline = null;
            foreach (var entry in volume)
            {
                var (source, unreadable) = await copies.OpenAsync(entry.Sha256, ct);
                using var opened = source;
                for (var p = 0; p < entry.PageCount; p++)
                {
                    var page = source is not null && p < source.PageCount ? merged.AddPage(source.Pages[p]) : merged.AddPage();
                    if (source is null) layout.DrawUnreadable(page, entry, unreadable!);
                    page.Elements.Remove("/Annots");
                    layout.StampPageNumber(page, volume.Key, entry.FirstPage + p);
                    if (p != 0) continue;
                    volumeOutline ??= merged.Outlines.Add(volume.Key.ChineseName(), page);
                    volumeOutline.Outlines.Add($"{entry.Number}. {entry.Title}", page);
                }
            }
        }

        if (watermark is not null)
        {
            foreach (var page in merged.Pages) watermark.DrawOn(page, painter);
        }

        using var output = new MemoryStream();
        merged.Save(output);
        return (output.ToArray(), painter.MissingGlyphs.ToArray());
    }
}
