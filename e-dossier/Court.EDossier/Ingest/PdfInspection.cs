using System.Text;

namespace Court.EDossier.Ingest;

/// <summary>
/// Judges a PDF without any PDF library in the host: qpdf, in a child process under limits, lists the objects and writes
/// each stream's raw data to a file of its own (any crash, loop or damage there refuses the file); then bounded,
/// iterative walks check the structure (<see cref="PdfStructure"/>), active content, attachments, image sizes, and what
/// every stream inflates to (<see cref="PdfStreams"/>). Only a file that passes all of this reaches PdfPig or PDFsharp.
/// The same check gates stored documents before they are read (<see cref="Pdf.StoredPdfGate"/>). See ADR 0012.
/// </summary>
internal static class PdfInspection
{
    /// <summary>qpdf's object list of a real 2,000-page document stays far below this; past it the file is refused.</summary>
    internal const long MaxJsonBytes = 24L * 1024 * 1024;

    /// <summary>Refusal for the PDF at <paramref name="path"/>, or null and its page count when it may be stored or read.</summary>
    internal static async Task<(IngestRefusal? Refusal, int PageCount)> InspectAsync(string path, IngestLimits limits, CancellationToken ct)
    {
        var scan = PdfByteScan.Of(path);
        if (scan.HasEncryptEntry) return (IngestRefusals.PdfEncrypted(), 0); // the trailer (or xref stream dictionary) is never encrypted nor compressed
        if (!scan.EndsWithEofMarker) return (IngestRefusals.PdfCorrupt(), 0);

        var streams = Directory.CreateTempSubdirectory("court-qpdf-");
        try
        {
            var listed = await Qpdf.RunAsync(
                ["--json=2", "--json-key=qpdf", "--json-stream-data=file", $"--json-stream-prefix={Path.Combine(streams.FullName, "s")}",
                    "--decode-level=none", path],
                MaxJsonBytes, maxFileBytes: Math.Max(new FileInfo(path).Length, 1), ct);
            using var json = listed.Output;
            if (listed.OverCap) return (IngestRefusals.PdfStructure("对象数量过多"), 0);
            if (listed.TimedOut) return (IngestRefusals.PdfStructure("结构过于复杂，无法在限定时间内检查"), 0);
            if (listed.ExitCode != 0) return (IngestRefusals.PdfCorrupt(), 0); // 2: damaged beyond reading, 3: damaged and repaired (a broken xref), else: qpdf crashed
            using var graph = PdfGraph.Parse(json!, PdfStructure.JsonDepth);
            if (graph is null) return (IngestRefusals.PdfStructure($"数据嵌套超过 {PdfStructure.MaxNesting} 层"), 0);
            return Judge(graph, limits, ct);
        }
        finally
        {
            streams.Delete(recursive: true);
        }
    }

    private static (IngestRefusal?, int) Judge(PdfGraph graph, IngestLimits limits, CancellationToken ct)
    {
        var finding = ActiveContent.Find(graph);
        if (finding is ActiveContent.Finding.Encryption) return (IngestRefusals.PdfEncrypted(), 0);
        if (PdfStructure.Check(graph, out var pageCount) is { } refusal) return (refusal, 0);
        if (finding is ActiveContent.Finding.EmbeddedFile) return (IngestRefusals.PdfEmbeddedFiles(), 0);
        if (finding is { } active) return (IngestRefusals.PdfActiveContent(ActiveContent.Describe(active)), 0);
        if (pageCount == 0) return (IngestRefusals.PdfWithoutPages(), 0);
        if (pageCount > limits.MaxPages) return (IngestRefusals.TooManyPages(pageCount, limits.MaxPages), 0);
        if (PdfImages.FirstOversized(graph, limits) is { } big) return (IngestRefusals.ImageTooLarge(big.Width, big.Height, limits), 0);
        if (!PdfStreams.WithinBudget(graph, limits, ct)) return (IngestRefusals.PdfDecompressionBomb(limits), 0);
        return (null, pageCount);
    }
}

/// <summary>What a PDF's raw bytes show without parsing: an /Encrypt key anywhere, and a %%EOF marker in the last 1024 bytes.</summary>
internal readonly record struct PdfByteScan(bool HasEncryptEntry, bool EndsWithEofMarker)
{
    private static readonly byte[] Encrypt = Encoding.ASCII.GetBytes("/Encrypt");

    internal static PdfByteScan Of(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[128 * 1024];
        var carry = Encrypt.Length; // bytes kept from the previous block so a token split across blocks is still seen
        var encrypt = false;
        var filled = 0;
        int read;
        while ((read = file.Read(buffer, filled, buffer.Length - filled)) > 0)
        {
            var length = filled + read;
            var span = buffer.AsSpan(0, length);
            for (var at = span.IndexOf(Encrypt); at >= 0 && !encrypt; at = NextIndex(span, at + 1))
            {
                // "/Encrypt" followed by a delimiter; "/EncryptMetadata" is a different key (and only appears inside /Encrypt)
                if (at + Encrypt.Length < length && IsDelimiter(span[at + Encrypt.Length])) encrypt = true;
            }
            if (encrypt) break;
            var keep = Math.Min(carry, length);
            span[(length - keep)..].CopyTo(buffer);
            filled = keep;
        }

        var tailLength = (int)Math.Min(1024, file.Length);
        var tail = new byte[tailLength];
        file.Position = file.Length - tailLength;
        file.ReadExactly(tail);
        return new PdfByteScan(encrypt, tail.AsSpan().IndexOf("%%EOF"u8) >= 0);
    }

    private static int NextIndex(ReadOnlySpan<byte> span, int from)
    {
        if (from >= span.Length) return -1;
        var i = span[from..].IndexOf(Encrypt);
        return i < 0 ? -1 : from + i;
    }

    private static bool IsDelimiter(byte b) => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t' or (byte)'\f' or 0
        or (byte)'/' or (byte)'<' or (byte)'[' or (byte)'(' or (byte)'>' or (byte)'%' or (>= (byte)'0' and <= (byte)'9');
}
