using Court.EDossier.Ingest;
using Court.EDossier.Tests.Ingest.Support;
using PdfSharp.Pdf;

namespace Court.EDossier.Tests.Ingest;

public sealed class A_clean_pdf_is_stored_as_it_is : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Its_pages_carry_their_chinese_text_layer_and_pages_without_text_are_left_for_ocr()
    {
        var path = SamplePdfs.Write(_folder.File("借款合同.pdf"), [true, false, true]);

        var pdf = await Uploads.AcceptedAsync(_folder, path);

        pdf.PdfPath.ShouldBe(path);
        pdf.SourceKind.ShouldBe("pdf");
        pdf.PageCount.ShouldBe(3);
        pdf.PageTexts.Count.ShouldBe(3);
        pdf.PageTexts[0].ShouldNotBeNull().ShouldContain("借款合同");
        pdf.PageTexts[1].ShouldBeNull();
        pdf.PageTexts[2].ShouldNotBeNull().ShouldContain("伍万元");
    }

    [Fact]
    public async Task A_pdf_with_more_pages_than_allowed_is_refused()
    {
        var path = SamplePdfs.WriteText(_folder.File("卷宗.pdf"), pages: 3);
        var refusal = await Uploads.RefusedAsync(_folder, path, limits: new IngestLimits(MaxPages: 2));
        refusal.Code.ShouldBe("too-many-pages");
        refusal.Detail.ShouldContain("3 页");
    }
}

public sealed class A_broken_pdf_is_refused : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_pdf_cut_short_in_transit_is_refused_as_corrupt()
    {
        var whole = File.ReadAllBytes(SamplePdfs.WriteText(_folder.File("whole.pdf")));
        var path = _folder.Write("truncated.pdf", whole[..(int)(whole.Length * 0.7)]);
        (await Uploads.RefusedAsync(_folder, path)).Code.ShouldBe("pdf-corrupt");
    }

    [Fact]
    public async Task Garbage_after_a_pdf_header_is_refused_as_corrupt()
    {
        var garbage = new byte[20_000];
        new Random(7).NextBytes(garbage);
        var path = _folder.Write("garbage.pdf", [.. "%PDF-1.7\n"u8.ToArray(), .. garbage, .. "\n%%EOF\n"u8.ToArray()]);
        (await Uploads.RefusedAsync(_folder, path)).Code.ShouldBe("pdf-corrupt");
    }

    [Fact]
    public async Task A_pdf_whose_cross_reference_table_points_nowhere_is_refused_as_corrupt()
    {
        var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(SamplePdfs.WriteText(_folder.File("whole.pdf"))));
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var broken = text[..startxref] + "startxref\n99999999\n%%EOF\n";
        var path = _folder.Write("badxref.pdf", System.Text.Encoding.Latin1.GetBytes(broken.Replace("xref\n0 ", "xraf\n0 ", StringComparison.Ordinal)));
        (await Uploads.RefusedAsync(_folder, path)).Code.ShouldBe("pdf-corrupt");
    }
}

public sealed class An_encrypted_pdf_is_refused : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("user-password", "--encrypt", "open", "owner", "256")]
    [InlineData("owner-password-only", "--encrypt", "", "owner", "256")]
    [InlineData("old-rc4", "--allow-weak-crypto", "--encrypt", "open", "owner", "128", "--use-aes=n")]
    public async Task An_encrypted_pdf_is_refused_with_a_message_to_remove_the_password(string scenario, params string[] qpdfEncrypt)
    {
        var plain = SamplePdfs.WriteText(_folder.File("plain.pdf"));
        var encrypted = _folder.File($"{scenario}.pdf");
        await ProcessRunner.RunOkAsync("qpdf", [.. qpdfEncrypt, "--", plain, encrypted]);

        var refusal = await Uploads.RefusedAsync(_folder, encrypted);

        refusal.Code.ShouldBe("pdf-encrypted");
        refusal.Detail.ShouldBe("文件已加密（设有打开密码或权限密码）。请去除密码后重新导出为PDF再上传。");
    }
}

public sealed class A_pdf_with_active_content_is_refused : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Tamperings => [.. PdfTampering.All.Keys];

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task Active_content_is_refused_wherever_it_sits(string tampering)
    {
        var path = SamplePdfs.WriteText(_folder.File($"{tampering}.pdf"), tamper: PdfTampering.All[tampering].Apply);
        var refusal = await Uploads.RefusedAsync(_folder, path);
        refusal.Code.ShouldBe(PdfTampering.All[tampering].Code);
    }

    [Fact]
    public async Task A_javascript_open_action_hidden_in_a_compressed_object_stream_is_still_found()
    {
        var visible = SamplePdfs.WriteText(_folder.File("visible.pdf"), tamper: PdfTampering.All["javascript-open-action"].Apply);
        var hidden = _folder.File("hidden.pdf");
        await ProcessRunner.RunOkAsync("qpdf", "--object-streams=generate", "--compress-streams=y", visible, hidden);
        System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(hidden)).ShouldNotContain("JavaScript"); // a byte scan would miss it

        (await Uploads.RefusedAsync(_folder, hidden)).Code.ShouldBe("pdf-active-content");
    }

    [Fact]
    public async Task A_file_attached_with_qpdf_is_refused_asking_to_upload_it_separately()
    {
        var plain = SamplePdfs.WriteText(_folder.File("plain.pdf"));
        var attachment = _folder.Write("转账记录.txt", "2024-01-01 50000"u8.ToArray());
        var withAttachment = _folder.File("with-attachment.pdf");
        await ProcessRunner.RunOkAsync("qpdf", plain, "--add-attachment", attachment, "--", withAttachment);

        var refusal = await Uploads.RefusedAsync(_folder, withAttachment);

        refusal.Code.ShouldBe("pdf-embedded-files");
        refusal.Detail.ShouldContain("单独的文件");
    }

    [Fact]
    public async Task Control_a_plain_pdf_with_a_link_inside_the_document_is_accepted()
    {
        var path = SamplePdfs.WriteText(_folder.File("link.pdf"), pages: 2, tamper: d =>
        {
            var action = Dictionary(d, ("/S", new PdfName("/GoTo")), ("/D", new PdfArray(d, d.Pages[1].Reference!, new PdfName("/Fit"))));
            d.Pages[0].Elements["/Annots"] = new PdfArray(d, Dictionary(d, ("/Type", new PdfName("/Annot")), ("/Subtype", new PdfName("/Link")),
                ("/Rect", new PdfArray(d, new PdfInteger(0), new PdfInteger(0), new PdfInteger(10), new PdfInteger(10))), ("/A", action)));
        });
        (await Uploads.AcceptedAsync(_folder, path)).PageCount.ShouldBe(2);
    }

    [Fact]
    public async Task The_refusal_names_what_was_found()
    {
        var path = SamplePdfs.WriteText(_folder.File("gotor.pdf"), tamper: PdfTampering.All["gotor-open-action-to-a-network-path"].Apply);
        (await Uploads.RefusedAsync(_folder, path)).Detail.ShouldContain("跳转到其他文件或网络路径");
    }

    internal static PdfDictionary Dictionary(PdfDocument document, params (string Key, PdfItem Value)[] entries)
    {
        var dictionary = new PdfDictionary(document);
        foreach (var (key, value) in entries) dictionary.Elements[key] = value;
        return dictionary;
    }
}
