using System.Net;
using System.Net.Http.Json;
using Court.EDossier.Persistence;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.EDossier.Support;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Ocr;

/// <summary>A photographed or scanned page has no text layer: Tesseract (chi_sim) reads it in a background job, and search finds it.</summary>
public sealed class ScannedPagesAreRead
{
    [Fact]
    public async Task An_uploaded_scan_is_read_by_ocr_in_the_background_and_becomes_searchable()
    {
        await using var app = new CourtAppFactory();
        using var litigant = await app.ClientForAsync("litigant");
        var folder = Directory.CreateTempSubdirectory("court-scan-").FullName;
        var pdf = SamplePdfs.WriteLines(Path.Combine(folder, "scan.pdf"), ["收条：今收到借款人民币伍万元整"]);
        await ProcessRunner.RunOkAsync("pdftoppm", "-r", "200", "-png", "-gray", "-singlefile", pdf, Path.Combine(folder, "scan"));
        var png = await File.ReadAllBytesAsync(Path.Combine(folder, "scan.png"));
        Directory.Delete(folder, recursive: true);

        using var upload = await litigant.UploadAsync(LoanCase, "evidence", "收条（照片）", png, "收条.png", "image/png");
        upload.StatusCode.ShouldBe(HttpStatusCode.Created);
        var added = (await upload.Content.ReadFromJsonAsync<Added>())!;

        var page = await Eventually.GetAsync("the OCR job to read the page", async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DossierDb>().Pages.AsNoTracking()
                .SingleOrDefaultAsync(p => p.DocumentId == added.DocumentId && p.Source != PageTextSource.OcrPending);
        }, TimeSpan.FromMinutes(2));

        page.Source.ShouldBe(PageTextSource.Ocr);
        page.Text.ShouldNotBeNull();
        page.Text.ShouldContain("收到借款");
        var found = await litigant.GetFromJsonAsync<Answer>($"/api/search?q={Uri.EscapeDataString("收到借款")}");
        found!.Pages.ShouldContain(p => p.DocumentId == added.DocumentId);
    }

    private sealed record Added(Guid DocumentId, int PageCount);

    private sealed record Answer(IReadOnlyList<Hit> Pages);

    private sealed record Hit(Guid DocumentId);
}
