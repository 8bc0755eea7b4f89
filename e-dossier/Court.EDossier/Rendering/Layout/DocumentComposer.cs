using Court.Kernel.Dossier;
using PdfSharp.Drawing;
using static Court.EDossier.Rendering.PageGeometry;

namespace Court.EDossier.Rendering;

/// <summary>Where the seal landed, so the signature's clickable area can lie over it.</summary>
internal readonly record struct SealPlacement(int PageIndex, XRect Area);

/// <summary>
/// Lays a court document out on the grid: court name, title, case number, the template's body, the sign-off. A party's
/// document has its title only: no court name over it, nothing that reads as issued by the court.
/// </summary>
internal static class DocumentComposer
{
    public static SealPlacement? Compose(PageFlow flow, CourtDocument document, string? verificationUrl)
    {
        var firstPage = flow.NewPage();
        var qrArea = new XRect(MarginLeft, TextBottom + 4 * PointsPerMm, QrSize, QrSize);
        if (verificationUrl is not null) VerificationQrPainter.Draw(firstPage, flow.Painter, verificationUrl, qrArea);

        if (document.IsIssuedByCourt)
        {
            flow.WriteCentred(document.CourtName, TitleSize);
            flow.WriteCentred(DocumentTemplates.SpacedTitle(document.Title), TitleSize);
            flow.WriteRight(DocumentNumber.Heading(document.CaseNumber), BodySize);
        }
        else
        {
            flow.WriteCentred(DocumentTemplates.SpacedTitle(document.Title), TitleSize);
        }
        flow.Advance();

        SealPlacement? seal = null;
        foreach (var block in DocumentTemplates.BodyOf(document))
            seal = Write(flow, block) ?? seal;
        return seal;
    }

    private static SealPlacement? Write(PageFlow flow, Block block)
    {
        switch (block)
        {
            case Paragraph p: flow.WriteWrapped(p.Text, firstIndent: 2); break;
            case FlushLine f: flow.WriteWrapped(f.Text, firstIndent: 0); break;
            case LabelledLine l: flow.WriteWrapped(l.Value, firstIndent: 0, hangingIndent: l.Label.Length, label: l.Label); break;
            case RightLine r: flow.WriteRight(r.Text, BodySize, r.RightIndent); break;
            case BlankLine: flow.Advance(); break;
            case KeepLinesTogether k: flow.KeepTogether(k.Lines); break;
            case Table t: TableWriter.Write(flow, t); break;
            case SealedSignOff s: return WriteSignOff(flow, s);
            default: throw new NotSupportedException(block.GetType().Name);
        }
        return null;
    }

    // GB/T 9704 §7.3.5.1: 成文日期右空四字, the issuer centred above it, the seal pressed over both.
    // The seal may reach into the bottom margin: it stays clear of the page number, which sits one character from the edge.
    private static SealPlacement WriteSignOff(PageFlow flow, SealedSignOff signOff)
    {
        flow.KeepTogether(signOff.ShowCourtName ? 2 : 1);
        var gfx = flow.Gfx;
        var date = ChineseNumerals.Date(signOff.Date);
        var dateRight = MarginLeft + TextWidth - 4 * BodySize;
        var dateCentre = dateRight - flow.Painter.Measure(gfx, date, BodySize) / 2;
        if (signOff.ShowCourtName)
        {
            flow.Painter.DrawCentred(gfx, signOff.CourtName, BodySize, dateCentre, PageFlow.Baseline(flow.Line, BodySize));
            flow.Advance();
        }
        var dateLine = flow.Line;
        flow.Painter.DrawCentred(gfx, date, BodySize, dateCentre, PageFlow.Baseline(dateLine, BodySize));
        flow.Advance();

        var centre = new XPoint(dateCentre, PageFlow.LineTop(dateLine));
        CourtSealPainter.Draw(gfx, flow.Painter, signOff.CourtName, centre, SealDiameter);
        var half = SealDiameter / 2;
        return new SealPlacement(flow.PageCount - 1, new XRect(centre.X - half, centre.Y - half, SealDiameter, SealDiameter));
    }
}
