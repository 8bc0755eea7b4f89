using System.Security.Cryptography.X509Certificates;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.Signatures;

namespace Court.EDossier.Rendering;

/// <summary>
/// Signs the document during <c>Save()</c> (PDFsharp writes the signature into the file it saves). The signature
/// field lies over the drawn seal; its own appearance is empty because the seal is already on the page.
/// </summary>
internal static class SealSignature
{
    public static void Attach(PdfDocument document, X509Certificate2 certificate, SealPlacement? seal, string courtName, string reason)
    {
        // A document without a seal (an internal record, a party's document) still gets a field: PDFsharp refuses an empty one. A small
        // invisible area at the bottom right of the last page, where nothing is drawn.
        var area = seal?.Area ?? new XRect(PageGeometry.PageWidth - 40, PageGeometry.PageHeight - 40, 20, 20);
        var page = seal?.PageIndex ?? document.PageCount - 1;
        // The option wants PDF coordinates, origin bottom-left.
        var pdfRect = new XRect(area.X, PageGeometry.PageHeight - area.Bottom, area.Width, area.Height);
        var options = new DigitalSignatureOptions
        {
            ContactInfo = courtName,
            Location = courtName,
            Reason = reason,
            AppName = "Court",
            PageIndex = page,
            Rectangle = pdfRect,
            AppearanceHandler = new NoAppearance(),
        };
        DigitalSignatureHandler.ForDocument(document, new PdfSharpDefaultSigner(certificate, PdfMessageDigestType.SHA256, null), options);
    }

    private sealed class NoAppearance : IAnnotationAppearanceHandler
    {
        public void DrawAppearance(XGraphics gfx, XRect rect)
        {
        }
    }
}
