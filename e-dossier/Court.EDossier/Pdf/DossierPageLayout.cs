using Court.EDossier.Dossiers;
using Court.EDossier.Rendering;
using Court.Kernel;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Court.EDossier.Pdf;

/// <summary>The pages the court adds when binding a dossier: cover, catalogue, and the page number stamped on every page.</summary>
internal sealed class DossierPageLayout(TextPainter painter)
{
    public void DrawCover(PdfPage page, CaseSummaryInfo dossierCase, IReadOnlyList<CatalogueEntry> catalogue, IReadOnlyList<DossierVolume> volumes, DateTime atUtc)
    {
        using var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point;
        painter.DrawCentred(gfx, dossierCase.CourtName, 22, width / 2, 150);
        painter.DrawCentred(gfx, "诉 讼 卷 宗", 36, width / 2, 230);
        painter.DrawCentred(gfx, string.Join(" · ", volumes.Select(v => v.ChineseName())), 18, width / 2, 280);
        var rows = new (string Label, string Value)[]
        {
            ("案　　号", dossierCase.Number),
            ("案　　由", dossierCase.Title),
            ("立案日期", ShanghaiTime.From(dossierCase.FiledAt).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture)),
            ("材料件数", $"{catalogue.Count} 件"),
            ("页　　数", string.Join("，", catalogue.GroupBy(e => e.Volume).Select(v => $"{v.Key.ChineseName()} {v.Sum(e => e.PageCount)} 页"))),
            ("生成时间", ShanghaiTime.Format(atUtc)),
        };
        var y = 380.0;
        foreach (var (label, value) in rows)
        {
            painter.Draw(gfx, label, 14, 110, y);
            painter.Draw(gfx, value, 14, 200, y);
            gfx.DrawLine(XPens.Gray, 195, y + 6, width - 100, y + 6);
            y += 38;
        }
    }

    public void DrawCatalogue(PdfPage page, IReadOnlyList<CatalogueEntry> entries, int sheet, int sheets)
    {
        using var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point;
        painter.DrawCentred(gfx, sheets > 1 ? $"卷 内 目 录（{sheet}/{sheets}）" : "卷 内 目 录", 22, width / 2, 90);
        var columns = new[] { 60.0, 95, 375, 440, 490 };
        string[] titles = ["序号", "文件名称", "类别", "卷别", "页号"];
        for (var c = 0; c < titles.Length; c++) painter.Draw(gfx, titles[c], 12, columns[c], 130);
        gfx.DrawLine(XPens.Black, 55, 137, width - 45, 137);
        var y = 158.0;
        foreach (var e in entries)
        {
            painter.Draw(gfx, e.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), 11, columns[0], y);
            painter.Draw(gfx, Shorten(e.Title, 22), 11, columns[1], y);
            painter.Draw(gfx, Shorten(e.Category.ChineseName(), 5), 11, columns[2], y);
            painter.Draw(gfx, e.Volume.ChineseName(), 11, columns[3], y);
            painter.Draw(gfx, e.PageRange, 11, columns[4], y);
            y += 24;
        }
    }

    public void StampPageNumber(PdfPage page, DossierVolume volume, int number)
    {
        using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        var text = $"{volume.ChineseName()} 第 {number} 页";
        painter.Draw(gfx, text, 10, page.Width.Point - painter.Measure(gfx, text, 10) - 36, page.Height.Point - 22);
    }

    /// <summary>The page that stands for a page of a stored document that cannot be opened safely.</summary>
    public void DrawUnreadable(PdfPage page, CatalogueEntry entry, Ingest.IngestRefusal why)
    {
        using var gfx = XGraphics.FromPdfPage(page);
        painter.DrawCentred(gfx, $"第 {entry.Number} 份材料《{Shorten(entry.Title, 20)}》无法打开", 16, page.Width.Point / 2, 200);
        var y = 240.0;
        foreach (var line in why.Detail.Chunk(30).Select(c => new string(c)))
        {
            painter.Draw(gfx, line, 11, 60, y);
            y += 20;
        }
        painter.Draw(gfx, "原件仍按 SHA-256 保存在卷宗中，请联系承办人员核查。", 11, 60, y + 10);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
