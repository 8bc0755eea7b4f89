using System.IO.Compression;
using System.Text;

namespace Court.EDossier.Tests.Ingest.Support;

/// <summary>
/// The corpus of hostile PDFs (issue 11, findings 1 and 6), each made in the test with the problem it must be refused with.
/// Never hand one to PDFsharp or PdfPig in a test process: several of them overflow the stack and end the process.
/// </summary>
internal static class MalformedPdfs
{
    internal sealed record Sample(string Name, string Problem, Func<byte[]> Make);

    internal static readonly IReadOnlyList<Sample> All =
    [
        new("cyclic-page-tree", "pdf-malformed", () => RawPdf.Write(
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", RawPdf.Page, RawPdf.TextContent)),
        new("page-tree-through-an-intermediate-node", "pdf-malformed", () => RawPdf.OnePage("", "<< /Type /Pages /Parent 2 0 R /Kids [5 0 R] /Count 1 >>")
            .Replace("/Kids [3 0 R] /Count 1", "/Kids [3 0 R 5 0 R] /Count 2")),
        new("cyclic-outlines", "pdf-malformed", () => RawPdf.OnePage("/Outlines 5 0 R",
            "<< /Type /Outlines /First 6 0 R /Last 6 0 R /Count 1 >>", "<< /Title (a) /Parent 5 0 R /Next 6 0 R /First 6 0 R /Dest [3 0 R /Fit] >>")),
        new("outline-siblings-in-a-ring", "pdf-malformed", () => RawPdf.OnePage("/Outlines 5 0 R",
            "<< /Type /Outlines /First 6 0 R /Last 7 0 R /Count 2 >>", "<< /Title (a) /Parent 5 0 R /Next 7 0 R >>", "<< /Title (b) /Parent 5 0 R /Next 6 0 R >>")),
        new("cyclic-name-tree", "pdf-malformed", () => RawPdf.OnePage("/Names << /Dests 5 0 R >>",
            "<< /Kids [6 0 R] >>", "<< /Kids [5 0 R] /Limits [(a) (z)] >>")),
        new("deeply-nested-arrays-100kb", "pdf-corrupt", () => RawPdf.OnePage("/X " + new string('[', 50_000) + new string(']', 50_000))),
        new("deeply-nested-dictionaries-100kb", "pdf-corrupt", () => RawPdf.OnePage("/X " + Repeat("<< /A ", 12_000) + "1 " + Repeat(">> ", 12_000))),
        new("arrays-nested-300-deep", "pdf-malformed", () => RawPdf.OnePage("/X " + new string('[', 300) + new string(']', 300))),
        new("dictionaries-nested-300-deep", "pdf-malformed", () => RawPdf.OnePage("/X " + Repeat("<< /A ", 300) + "1 " + Repeat(">> ", 300))),
        new("reference-chain-5000-long", "pdf-malformed", () => RawPdf.OnePage("/X 5 0 R",
            [.. Enumerable.Range(5, 5000).Select(n => $"[{n + 1} 0 R]"), "null"])),
        new("broken-xref", "pdf-corrupt", () => RawPdf.Write(
            [.. new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", RawPdf.Page, RawPdf.TextContent }
                .Select(Encoding.Latin1.GetBytes)], xrefShift: 7)),
        new("object-stream-containing-itself", "pdf-corrupt", RawPdf.SelfContainedObjectStream),
        new("kids-pointing-to-a-non-dictionary", "pdf-malformed", () => RawPdf.OnePage("", "42")
            .Replace("/Kids [3 0 R] /Count 1", "/Kids [3 0 R 5 0 R] /Count 2")),
        new("huge-count", "pdf-malformed", () => RawPdf.OnePage().Replace("/Count 1", "/Count 2000000000")),
        new("content-stream-inflating-to-300mb", "pdf-decompression-bomb", () => Bomb(300)),
    ];

    /// <summary>
    /// Files right at the limits the checks allow: the tests upload them and read them back through PDFsharp, which proves
    /// the limits are ones PDFsharp survives (ADR 0012).
    /// </summary>
    internal static readonly IReadOnlyList<(string Name, Func<byte[]> Make)> AtTheLimits =
    [
        ("arrays-nested-60-deep", () => RawPdf.OnePage("/X " + new string('[', 60) + new string(']', 60))),
        ("dictionaries-nested-60-deep", () => RawPdf.OnePage("/X " + Repeat("<< /A ", 60) + "1 " + Repeat(">> ", 60))),
        ("reference-chain-250-long", () => RawPdf.OnePage("/X 5 0 R", [.. Enumerable.Range(5, 250).Select(n => $"[{n + 1} 0 R]"), "null"])),
        ("page-resources-chain-250-long", () => RawPdf.Write(
        [
            .. new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                RawPdf.Page.Replace("/Resources <<", "/Resources << /X 5 0 R", StringComparison.Ordinal), RawPdf.TextContent }
                .Concat(Enumerable.Range(5, 250).Select(n => $"<< /Next1 {n + 1} 0 R >>")).Append("<< >>").Select(Encoding.Latin1.GetBytes),
        ])),
        ("page-tree-30-deep", () => DeepPageTree(30)),
    ];

    /// <summary>One page under <paramref name="depth"/> levels of /Pages nodes.</summary>
    private static byte[] DeepPageTree(int depth)
    {
        // 1 catalog, 2..depth+1 the /Pages chain, then the page and its content
        var page = depth + 2;
        var objects = new List<string> { "<< /Type /Catalog /Pages 2 0 R >>" };
        for (var n = 2; n <= depth + 1; n++)
            objects.Add($"<< /Type /Pages {(n > 2 ? $"/Parent {n - 1} 0 R " : "")}/Kids [{n + 1} 0 R] /Count 1 >>");
        objects.Add(RawPdf.Page.Replace("/Parent 2 0 R", $"/Parent {depth + 1} 0 R", StringComparison.Ordinal)
            .Replace("/Contents 4 0 R", $"/Contents {page + 1} 0 R", StringComparison.Ordinal));
        objects.Add(RawPdf.TextContent);
        return RawPdf.Write([.. objects]);
    }

    internal static Sample Named(string name) => All.Single(s => s.Name == name);

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    private static byte[] Replace(this byte[] pdf, string from, string to)
    {
        // Same-length edits keep the xref offsets right; otherwise pad the catalog line so nothing moves.
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{from}' is not in the PDF", nameof(from));
        var grown = text[..at] + to + text[(at + from.Length)..];
        return RawPdfOffsets.Fix(grown);
    }

    /// <summary>One page whose content stream is <paramref name="megabytes"/> MB of spaces, Flate-compressed to about a thousandth of that.</summary>
    internal static byte[] Bomb(int megabytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < megabytes; i++) zlib.Write(block);
        }
        var data = compressed.ToArray();
        var head = Encoding.Latin1.GetBytes($"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n");
        var tail = "\nendstream"u8.ToArray();
        return RawPdf.Write(
        [
            .. new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", RawPdf.Page }.Select(Encoding.Latin1.GetBytes),
            [.. head, .. data, .. tail],
        ]);
    }
}

/// <summary>Rewrites the xref table of a text-only PDF after an edit, so only the intended defect remains.</summary>
internal static class RawPdfOffsets
{
    internal static byte[] Fix(string pdf)
    {
        var objects = new List<byte[]>();
        var at = 0;
        for (var n = 1; ; n++)
        {
            var start = pdf.IndexOf($"\n{n} 0 obj\n", at, StringComparison.Ordinal);
            if (start < 0) break;
            var bodyStart = start + $"\n{n} 0 obj\n".Length;
            var end = pdf.IndexOf("\nendobj\n", bodyStart, StringComparison.Ordinal);
            objects.Add(Encoding.Latin1.GetBytes(pdf[bodyStart..end]));
            at = end;
        }
        return RawPdf.Write(objects);
    }
}
