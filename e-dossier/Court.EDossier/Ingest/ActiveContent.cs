using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Court.EDossier.Ingest;

/// <summary>
/// Finds what a court cannot accept inside a PDF's objects, wherever it hides: JavaScript (document-level Names tree,
/// OpenAction, AA additional actions, annotation and form-field actions — all are action dictionaries with /S /JavaScript or a /JS key),
/// /Launch actions, XFA forms, rich media, and embedded files (the /EmbeddedFiles name tree, file specifications with /EF,
/// /FileAttachment annotations). Every indirect object is visited and, inside it, every direct dictionary and array.
/// </summary>
internal static class ActiveContent
{
    internal enum Finding { JavaScript, Launch, Xfa, RichMedia, EmbeddedFile, Encryption }

    private const int MaxDepth = 64;

    internal static Finding? Find(IEnumerable<PdfObject> objects)
    {
        Finding? worst = null;
        foreach (var o in objects)
        {
            var found = Visit(o, 0);
            if (found is not null && (worst is null || Rank(found.Value) > Rank(worst.Value))) worst = found;
        }
        return worst;
    }

    internal static string Describe(Finding finding) => finding switch
    {
        Finding.JavaScript => "JavaScript 脚本",
        Finding.Launch => "启动外部程序的动作",
        Finding.Xfa => "XFA 动态表单",
        Finding.RichMedia => "Flash 或多媒体",
        _ => finding.ToString(),
    };

    // Encryption is reported before executable content, which is reported before attachments: the litigant fixes the first thing first.
    private static int Rank(Finding f) => f switch
    {
        Finding.Encryption => 3,
        Finding.EmbeddedFile => 1,
        _ => 2,
    };

    private static Finding? Visit(PdfItem? item, int depth)
    {
        if (depth > MaxDepth) return null;
        switch (item)
        {
            case PdfDictionary dictionary:
                return VisitDictionary(dictionary, depth);
            case PdfArray array:
                Finding? worst = null;
                foreach (var element in array.Elements)
                {
                    var found = Visit(element, depth + 1);
                    if (found is not null && (worst is null || Rank(found.Value) > Rank(worst.Value))) worst = found;
                }
                return worst;
            default:
                return null; // references are visited as indirect objects of their own
        }
    }

    private static Finding? VisitDictionary(PdfDictionary dictionary, int depth)
    {
        Finding? worst = null;
        void Note(Finding f)
        {
            if (worst is null || Rank(f) > Rank(worst.Value)) worst = f;
        }

        var elements = dictionary.Elements;
        if (elements.ContainsKey("/O") && elements.ContainsKey("/U") && elements.ContainsKey("/V") && elements.ContainsKey("/Filter") && dictionary.Stream is null)
        {
            Note(Finding.Encryption); // a standard security handler dictionary
        }
        foreach (var key in elements.Keys)
        {
            var value = elements[key];
            switch (key)
            {
                case "/JS" or "/JavaScript":
                    Note(Finding.JavaScript);
                    break;
                case "/XFA":
                    Note(Finding.Xfa);
                    break;
                case "/EmbeddedFiles" or "/EF":
                    Note(Finding.EmbeddedFile);
                    break;
                case "/S" when NameOf(value) is "/JavaScript":
                    Note(Finding.JavaScript);
                    break;
                case "/S" when NameOf(value) is "/Launch":
                    Note(Finding.Launch);
                    break;
                case "/S" when NameOf(value) is "/RichMediaExecute":
                case "/Subtype" when NameOf(value) is "/RichMedia":
                    Note(Finding.RichMedia);
                    break;
                case "/Subtype" when NameOf(value) is "/FileAttachment":
                case "/Type" when NameOf(value) is "/EmbeddedFile":
                    Note(Finding.EmbeddedFile);
                    break;
            }
            if (value is PdfDictionary or PdfArray)
            {
                var found = Visit(value, depth + 1);
                if (found is not null) Note(found.Value);
            }
        }
        return worst;
    }

    private static string? NameOf(PdfItem? item) => item switch
    {
        PdfName name => name.Value,
        _ => null,
    };
}
