using Court.EDossier.Ingest;
using Court.EDossier.Tests.Ingest.Support;

namespace Court.EDossier.Tests.Ingest;

public sealed class UploadsAreTypedByTheirContent : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var path = _folder.Write("起诉状.pdf", []);
        (await Uploads.RefusedAsync(_folder, path)).Code.ShouldBe("empty-file");
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_the_limit_in_the_message()
    {
        var path = SamplePdfs.WriteText(_folder.File("big.pdf"));
        var refusal = await Uploads.RefusedAsync(_folder, path, limits: new IngestLimits(MaxFileBytes: 1024));
        refusal.Code.ShouldBe("file-too-large");
        refusal.Detail.ShouldContain("上限");
    }

    [Theory]
    [InlineData("zip", "证据.pdf")]
    [InlineData("exe", "证据.pdf")]
    [InlineData("html", "证据.html")]
    [InlineData("docx", "起诉状.docx")]
    [InlineData("bigtiff", "扫描.tif")]
    public async Task A_file_of_a_type_a_court_does_not_accept_is_refused_listing_what_is_accepted(string content, string name)
    {
        byte[] bytes = content switch
        {
            "zip" or "docx" => [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4],
            "exe" => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0],
            "html" => "<!DOCTYPE html><html><body>借款合同</body></html>"u8.ToArray(),
            _ => [(byte)'I', (byte)'I', 43, 0, 8, 0, 0, 0, 0, 0, 0, 0],
        };
        var refusal = await Uploads.RefusedAsync(_folder, _folder.Write("upload.bin", bytes), name);
        refusal.Code.ShouldBe("unsupported-type");
        refusal.Detail.ShouldContain("PDF、JPEG");
    }

    [Fact]
    public async Task A_png_named_pdf_is_refused_as_a_content_mismatch()
    {
        var path = _folder.Write("upload.bin", SampleImages.Png(20, 20));
        var refusal = await Uploads.RefusedAsync(_folder, path, "身份证.pdf", "application/pdf");
        refusal.Code.ShouldBe("content-mismatch");
        refusal.Detail.ShouldStartWith("文件内容与扩展名不符");
        refusal.Detail.ShouldContain("PNG");
    }

    [Fact]
    public async Task A_pdf_declared_as_a_jpeg_content_type_is_refused_as_a_content_mismatch()
    {
        var path = SamplePdfs.WriteText(_folder.File("upload.bin"));
        (await Uploads.RefusedAsync(_folder, path, "起诉状", "image/jpeg")).Code.ShouldBe("content-mismatch");
    }

    [Fact]
    public async Task A_pdf_without_an_extension_or_with_a_generic_content_type_is_judged_by_its_content()
    {
        var path = SamplePdfs.WriteText(_folder.File("upload.bin"));
        var pdf = await Uploads.AcceptedAsync(_folder, path, "起诉状", "application/octet-stream");
        pdf.SourceKind.ShouldBe("pdf");
    }
}
