using Court.EDossier.Tests.Ingest.Support;

namespace Court.EDossier.Tests.Ingest;

/// <summary>Every file of the malformed corpus is refused by the upload checks, before PdfPig or PDFsharp could see it.</summary>
public sealed class A_malformed_pdf_is_refused_before_any_pdf_library_reads_it : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Corpus => [.. MalformedPdfs.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task With_a_chinese_reason(string name)
    {
        var sample = MalformedPdfs.Named(name);
        var path = _folder.Write($"{name}.pdf", sample.Make());

        var refusal = await Uploads.RefusedAsync(_folder, path);

        refusal.Code.ShouldBe(sample.Problem);
        refusal.Detail.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
    }

    [Fact]
    public async Task A_content_stream_inflating_to_300_mb_is_refused_in_constant_memory()
    {
        var path = _folder.Write("bomb.pdf", MalformedPdfs.Bomb(300));

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var refusal = await Uploads.RefusedAsync(_folder, path);
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        refusal.Code.ShouldBe("pdf-decompression-bomb");
        allocated.ShouldBeLessThan(20L * 1024 * 1024); // the stream is counted through a 64 KB buffer, never held
    }

    [Fact]
    public async Task Control_the_same_writer_makes_an_acceptable_pdf()
    {
        var path = _folder.Write("plain.pdf", RawPdf.OnePage());
        (await Uploads.AcceptedAsync(_folder, path)).PageCount.ShouldBe(1);
    }
}
