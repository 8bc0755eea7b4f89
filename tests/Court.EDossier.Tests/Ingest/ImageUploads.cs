using System.Diagnostics;
using Court.EDossier.Tests.Ingest.Support;

namespace Court.EDossier.Tests.Ingest;

public sealed class An_image_upload_becomes_a_pdf_of_image_pages : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("jpeg", "身份证正面.jpg", "image/jpeg")]
    [InlineData("png", "身份证反面.png", "image/png")]
    [InlineData("tiff", "扫描件.tif", "image/tiff")]
    public async Task A_photo_or_scan_becomes_one_valid_pdf_page_without_a_text_layer(string format, string name, string contentType)
    {
        var image = await SampleImages.RenderAsync(_folder, format);

        var pdf = await Uploads.AcceptedAsync(_folder, image, name, contentType);

        pdf.SourceKind.ShouldBe(format);
        pdf.PdfPath.ShouldNotBe(image);
        pdf.PdfPath.ShouldStartWith(_folder.File("work"));
        pdf.PageCount.ShouldBe(1);
        pdf.PageTexts.ShouldBe([null]);
        var info = await Uploads.ShouldBeAValidPdfAsync(pdf.PdfPath, 1);
        info.ShouldContain("Page size: 595.28 x 841.89 pts (A4)"); // 30 dpi says nothing about paper: A4, portrait like the image
    }

    [Fact]
    public async Task A_jpeg_is_embedded_as_it_is_without_re_encoding()
    {
        var image = await SampleImages.RenderAsync(_folder, "jpeg");
        var pdf = await Uploads.AcceptedAsync(_folder, image);

        var images = await ProcessRunner.RunOkAsync("pdfimages", "-list", pdf.PdfPath);
        images.Stdout.ShouldContain(" jpeg ");
        var jpeg = File.ReadAllBytes(image);
        var stored = File.ReadAllBytes(pdf.PdfPath);
        stored.AsSpan().IndexOf(jpeg.AsSpan(0, Math.Min(jpeg.Length, 4096))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_6000_by_6000_png_is_embedded_as_it_is_without_decoding_its_pixels()
    {
        var png = _folder.Write("大图.png", SampleImages.Png(6000, 6000));

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pdf = await Uploads.AcceptedAsync(_folder, png);
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        allocated.ShouldBeLessThan(50L * 1024 * 1024); // decoding it cost 470 MB (issue 11, finding 6)
        (await ProcessRunner.RunOkAsync("pdfimages", "-list", pdf.PdfPath)).Stdout.ShouldMatch(@"6000\s+6000\s+rgb");
        await ProcessRunner.RunOkAsync("qpdf", "--check", pdf.PdfPath);
    }

    [Fact]
    public async Task A_png_with_alpha_too_big_to_decode_safely_is_refused()
    {
        var png = _folder.Write("透明.png", SampleImages.Png(2500, 2500, rows: 1, colorType: 6));

        var refusal = await Uploads.RefusedAsync(_folder, png);

        refusal.Code.ShouldBe("image-too-large");
        refusal.Detail.ShouldContain("透明通道");
    }

    [Fact]
    public async Task A_landscape_image_goes_on_a_landscape_a4_page()
    {
        var path = _folder.Write("横版.png", SampleImages.Png(300, 100));
        var pdf = await Uploads.AcceptedAsync(_folder, path);
        (await Uploads.ShouldBeAValidPdfAsync(pdf.PdfPath, 1)).ShouldContain("Page size: 841.89 x 595.28 pts");
    }

    [Fact]
    public async Task A_multi_page_tiff_becomes_one_pdf_page_per_tiff_page_sized_from_its_dpi()
    {
        var tiff = SampleImages.Tiff(_folder.File("卷宗扫描.tif"), (850, 1100, true), (850, 1100, false)); // 8.5 × 11 in at 100 dpi

        var pdf = await Uploads.AcceptedAsync(_folder, tiff);

        pdf.PageCount.ShouldBe(2);
        pdf.PageTexts.ShouldBe([null, null]);
        (await Uploads.ShouldBeAValidPdfAsync(pdf.PdfPath, 2)).ShouldContain("Page size: 612 x 792 pts (letter)");
        var images = System.Text.RegularExpressions.Regex.Replace((await ProcessRunner.RunOkAsync("pdfimages", "-list", pdf.PdfPath)).Stdout, " +", " ");
        images.ShouldContain("850 1100 gray 1 1 image", Case.Sensitive, images); // the bilevel page stays 1 bit deep
        images.ShouldContain("850 1100 rgb 3 8 image");
    }

    [Fact]
    public async Task A_tiff_with_more_pages_than_allowed_is_refused()
    {
        var tiff = SampleImages.Tiff(_folder.File("多页.tif"), (20, 20, true), (20, 20, true), (20, 20, true));
        var refusal = await Uploads.RefusedAsync(_folder, tiff, limits: new Court.EDossier.Ingest.IngestLimits(MaxPages: 2));
        refusal.Code.ShouldBe("too-many-pages");
    }
}

[CollectionDefinition(nameof(DecompressionBombs), DisableParallelization = true)]
public sealed class DecompressionBombs;

[Collection(nameof(DecompressionBombs))]
public sealed class A_decompression_bomb_is_refused_from_its_header : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_tiny_png_claiming_100000_by_100000_pixels_is_refused_fast_without_allocating_the_bitmap()
    {
        var path = _folder.Write("bomb.png", SampleImages.Png(100_000, 100_000, rows: 2));
        new FileInfo(path).Length.ShouldBeLessThan(10_000);

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var refusal = await Uploads.RefusedAsync(_folder, path);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        refusal.Code.ShouldBe("image-too-large");
        refusal.Detail.ShouldContain("100000×100000");
        clock.ElapsedMilliseconds.ShouldBeLessThan(1000);
        allocated.ShouldBeLessThan(16L * 1024 * 1024); // the bitmap would be 30 GB
    }

    [Fact]
    public async Task A_png_with_one_side_over_the_limit_is_refused_even_with_few_pixels()
    {
        var path = _folder.Write("strip.png", SampleImages.Png(13_000, 1, rows: 1));
        (await Uploads.RefusedAsync(_folder, path)).Code.ShouldBe("image-too-large");
    }

    [Fact]
    public async Task A_jpeg_whose_frame_header_claims_60000_by_60000_is_refused()
    {
        var jpeg = File.ReadAllBytes(await SampleImages.RenderAsync(_folder, "jpeg"));
        var sof = Array.FindIndex(jpeg, 2, b => b == 0xC0);
        jpeg[sof - 1].ShouldBe((byte)0xFF);
        jpeg[sof + 4] = 0xEA; jpeg[sof + 5] = 0x60; // height 60000
        jpeg[sof + 6] = 0xEA; jpeg[sof + 7] = 0x60; // width 60000
        var refusal = await Uploads.RefusedAsync(_folder, _folder.Write("bomb.jpg", jpeg));
        refusal.Code.ShouldBe("image-too-large");
        refusal.Detail.ShouldContain("60000×60000");
    }

    [Fact]
    public async Task A_tiff_page_claiming_50000_by_50000_is_refused()
    {
        var path = SampleImages.Tiff(_folder.File("small.tif"), (20, 20, false));
        using (var tiff = BitMiracle.LibTiff.Classic.Tiff.Open(path, "a")!)
        {
        }
        var bytes = File.ReadAllBytes(path);
        // Rewrite the IFD's ImageWidth/ImageLength values in place (little-endian entries: tag, type, count, value).
        var ifd = BitConverter.ToInt32(bytes, 4);
        int entries = BitConverter.ToUInt16(bytes, ifd);
        for (var i = 0; i < entries; i++)
        {
            var at = ifd + 2 + (i * 12);
            var tag = BitConverter.ToUInt16(bytes, at);
            if (tag is 256 or 257)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(at + 2), (ushort)4);
                BitConverter.TryWriteBytes(bytes.AsSpan(at + 8), 50_000);
            }
        }
        (await Uploads.RefusedAsync(_folder, _folder.Write("bomb.tif", bytes))).Code.ShouldBe("image-too-large");
    }
}

public sealed class A_broken_image_is_refused : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    [InlineData("tiff")]
    public async Task An_image_cut_short_in_transit_is_refused_as_corrupt(string format)
    {
        var whole = File.ReadAllBytes(await SampleImages.RenderAsync(_folder, format, dpi: 40));
        var path = _folder.Write("cut." + format, whole[..(int)(whole.Length * 0.7)]);
        var refusal = await Uploads.RefusedAsync(_folder, path);
        refusal.Code.ShouldBe("image-corrupt");
    }

    [Fact]
    public async Task A_png_with_a_damaged_chunk_is_refused_as_corrupt()
    {
        var png = SampleImages.Png(50, 50);
        png[^20] ^= 0xFF; // inside IDAT: its CRC no longer matches
        (await Uploads.RefusedAsync(_folder, _folder.Write("damaged.png", png))).Code.ShouldBe("image-corrupt");
    }
}
