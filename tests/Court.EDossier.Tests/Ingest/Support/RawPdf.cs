using System.Text;

namespace Court.EDossier.Tests.Ingest.Support;

/// <summary>
/// Writes a PDF byte by byte from object bodies (object 1 is the catalog): what PDFsharp would never write, for the corpus of
/// malformed files. <paramref name="xrefShift"/> moves every xref offset, which breaks the table.
/// </summary>
internal static class RawPdf
{
    // A text layer (Helvetica, no embedding) so accepted files are not queued for OCR.
    internal const string Page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R " +
        "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>";
    private const string Text = "BT /F1 14 Tf 72 760 Td (Evidence page, court test) Tj ET";
    internal static readonly string TextContent = $"<< /Length {Text.Length} >>\nstream\n{Text}\nendstream";

    internal static byte[] Write(IReadOnlyList<byte[]> objects, int xrefShift = 0, string trailerExtra = "")
    {
        using var output = new MemoryStream();
        void Put(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Put("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Put($"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Put("\nendobj\n");
        }
        var xref = output.Position;
        Put($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Put($"{offset + xrefShift:D10} 00000 n \n");
        Put($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    internal static byte[] Write(params string[] objects) => Write(objects.Select(Encoding.Latin1.GetBytes).ToList());

    /// <summary>A one-page document whose catalog carries <paramref name="catalogExtra"/> and with <paramref name="more"/> objects from number 5 on.</summary>
    internal static byte[] OnePage(string catalogExtra = "", params string[] more) =>
        Write([$"<< /Type /Catalog /Pages 2 0 R {catalogExtra}>>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", Page, TextContent, .. more]);

    /// <summary>
    /// A PDF 1.5 file whose cross-reference stream says object 5 lives in object stream 5: an object stream containing itself.
    /// </summary>
    internal static byte[] SelfContainedObjectStream()
    {
        using var output = new MemoryStream();
        void Put(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Put("%PDF-1.7\n");
        string[] bodies =
        [
            "<< /Type /Catalog /Pages 2 0 R /Extra 5 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", Page, TextContent,
        ];
        var offsets = new List<long>();
        for (var i = 0; i < bodies.Length; i++)
        {
            offsets.Add(output.Position);
            Put($"{i + 1} 0 obj\n{bodies[i]}\nendobj\n");
        }
        var objStm = output.Position; // object 5's bytes are here, but the xref says it is compressed in itself
        var inner = "5 0 << /Loop true >>";
        Put($"5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length {inner.Length} >>\nstream\n{inner}\nendstream\nendobj\n");
        var xrefAt = output.Position;
        var rows = new List<byte[]> { new byte[] { 0, 0, 0, 0xFF } };
        rows.AddRange(offsets.Select(o => new byte[] { 1, (byte)(o >> 8), (byte)o, 0 }));
        rows.Add([2, 0, 5, 0]); // object 5: in object stream 5, index 0
        rows.Add([1, (byte)(xrefAt >> 8), (byte)xrefAt, 0]);
        var data = rows.SelectMany(r => r).ToArray();
        Put($"6 0 obj\n<< /Type /XRef /Size 7 /W [1 2 1] /Root 1 0 R /Length {data.Length} >>\nstream\n");
        output.Write(data);
        Put($"\nendstream\nendobj\nstartxref\n{xrefAt}\n%%EOF\n");
        _ = objStm;
        return output.ToArray();
    }
}
