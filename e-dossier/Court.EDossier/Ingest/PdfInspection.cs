using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Court.EDossier.Ingest;

/// <summary>
/// Judges an uploaded PDF's structure: whole (ends in %%EOF, PDFsharp can parse it), not encrypted, no active content, no
/// attachments, not too many pages. Active content is found by walking every object PDFsharp parsed, including those inside
/// compressed object streams, which a byte scan cannot see. PDFsharp holds the whole document in memory while it does this.
/// </summary>
internal static class PdfInspection
{
    /// <summary>Refusal for the PDF at <paramref name="path"/>, or null and its page count when it may be stored.</summary>
    internal static IngestRefusal? Inspect(string path, IngestLimits limits, out int pageCount)
    {
        pageCount = 0;
        var scan = PdfByteScan.Of(path);
        if (scan.HasEncryptEntry) return IngestRefusals.PdfEncrypted(); // the trailer (or xref stream dictionary) is never encrypted nor compressed
        if (!scan.EndsWithEofMarker) return IngestRefusals.PdfCorrupt();

        PdfSharpSetup.EnsureLicensed();
        PdfDocument document;
        var askedForPassword = false;
        try
        {
            document = PdfReader.Open(path, PdfDocumentOpenMode.Import, args => { askedForPassword = true; args.Abort = true; });
        }
        catch (Exception) when (askedForPassword)
        {
            return IngestRefusals.PdfEncrypted();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return IngestRefusals.PdfCorrupt();
        }
        using (document)
        {
            if (askedForPassword) return IngestRefusals.PdfEncrypted();
            var finding = ActiveContent.Find(document.Internals.GetAllObjects());
            if (finding is ActiveContent.Finding.Encryption) return IngestRefusals.PdfEncrypted();
            if (finding is ActiveContent.Finding.EmbeddedFile) return IngestRefusals.PdfEmbeddedFiles();
            if (finding is { } active) return IngestRefusals.PdfActiveContent(ActiveContent.Describe(active));
            pageCount = document.PageCount;
        }
        if (pageCount == 0) return IngestRefusals.PdfWithoutPages();
        if (pageCount > limits.MaxPages) return IngestRefusals.TooManyPages(pageCount, limits.MaxPages);
        return null;
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
