using Court.EDossier.Tests.Ingest.Support;

namespace Court.Host.Tests.EDossier.Upload;

/// <summary>The bad inputs of the issue, each made in the test: (content, file name, declared content type).</summary>
internal static class HostileUploads
{
    public static async Task<(byte[] Content, string Name, string Type)> MakeAsync(string upload)
    {
        var folder = Directory.CreateTempSubdirectory("court-upload-").FullName;
        try
        {
            string Pdf(string name, Action<PdfSharp.Pdf.PdfDocument>? tamper = null) => SamplePdfs.WriteText(Path.Combine(folder, name), tamper: tamper);
            var clean = await File.ReadAllBytesAsync(Pdf("clean.pdf"));
            switch (upload)
            {
                case "truncated": return (clean[..(clean.Length * 7 / 10)], "起诉状.pdf", "application/pdf");
                case "garbage": return ([.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 31))], "起诉状.pdf", "application/pdf");
                case "encrypted":
                    var encrypted = Path.Combine(folder, "encrypted.pdf");
                    await ProcessRunner.RunOkAsync("qpdf", "--encrypt", "user", "owner", "256", "--", Pdf("plain.pdf"), encrypted);
                    return (await File.ReadAllBytesAsync(encrypted), "证据.pdf", "application/pdf");
                case "javascript": return (await File.ReadAllBytesAsync(Pdf("js.pdf", PdfTampering.All["javascript-open-action"].Apply)), "证据.pdf", "application/pdf");
                case "attachment":
                    var attached = Path.Combine(folder, "attached.pdf");
                    var payload = Path.Combine(folder, "payload.exe");
                    await File.WriteAllBytesAsync(payload, "MZ"u8.ToArray());
                    await ProcessRunner.RunOkAsync("qpdf", Pdf("base.pdf"), "--add-attachment", payload, "--", attached);
                    return (await File.ReadAllBytesAsync(attached), "证据.pdf", "application/pdf");
                case "png-named-pdf": return (SampleImages.Png(20, 20), "证据.pdf", "application/pdf");
                case "executable": return ([.. "MZ"u8, .. new byte[2000]], "证据.exe", "application/octet-stream");
                case "bomb": return (SampleImages.Png(100_000, 100_000, rows: 1), "照片.png", "image/png");
                case "empty": return ([], "证据.pdf", "application/pdf");
                case "oversized": return ([.. clean, .. new byte[1_300_000]], "证据.pdf", "application/pdf");
                default: throw new ArgumentOutOfRangeException(nameof(upload), upload, null);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
