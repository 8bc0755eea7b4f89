using System.Security.Cryptography.X509Certificates;
using System.Text;
using Court.Kernel.Dossier;
using PdfSharp.Pdf;

namespace Court.EDossier.Rendering;

/// <summary>A finished PDF and what the render knows about it.</summary>
internal sealed record RenderedDocument(byte[] Pdf, int PageCount, IReadOnlyCollection<Rune> MissingGlyphs);

/// <summary>
/// Renders a <see cref="CourtDocument"/> to a GB/T 9704-style PDF with the court's seal and a verification QR code,
/// and, given a certificate, signs it in the same pass. Thread-safe: every call builds its own document.
/// A party's document (<see cref="CourtDocument.IsIssuedByCourt"/> false) gets neither seal nor QR code, and a footer
/// on every page saying the platform generated it from what the party entered.
/// </summary>
internal sealed class CourtDocumentRenderer(CourtFonts fonts)
{
    /// <param name="verificationUrl">Printed as a QR code on the first page; null for documents that carry none (see <see cref="CourtDocumentMarks.CarriesVerification"/>), and ignored for them.</param>
    public RenderedDocument Render(CourtDocument document, string? verificationUrl, X509Certificate2? signWith)
    {
        ArgumentNullException.ThrowIfNull(document);
        var verifiable = document.CarriesVerification();
        if (verifiable) ArgumentException.ThrowIfNullOrWhiteSpace(verificationUrl);
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{document.Title} {document.CaseNumber}";
        pdf.Info.Author = document.IsIssuedByCourt ? document.CourtName : CourtDocumentMarks.PartyDocumentAuthor;
        pdf.Info.Subject = document.Kind;
        pdf.Info.Creator = "Court 电子卷宗";
        // Uncompressed content streams keep `qpdf --check` clean and the text layer greppable; fonts are subsets anyway.
        pdf.Options.CompressContentStreams = false;

        var painter = new TextPainter(fonts);
        SealPlacement? seal;
        using (var flow = new PageFlow(pdf, painter, CourtDocumentMarks.FooterOf(document)))
            seal = DocumentComposer.Compose(flow, document, verifiable ? verificationUrl : null);
        if (signWith is not null) SealSignature.Attach(pdf, signWith, seal, document.CourtName, CourtDocumentMarks.SignatureReason(document));

        var pageCount = pdf.PageCount;
        using var output = new MemoryStream();
        pdf.Save(output);
        return new RenderedDocument(output.ToArray(), pageCount, painter.MissingGlyphs.ToArray());
    }
}
