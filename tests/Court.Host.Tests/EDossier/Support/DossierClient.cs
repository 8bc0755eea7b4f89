using System.Net.Http.Headers;
using System.Net.Http.Json;
using Court.EDossier.Tests.Ingest.Support;

namespace Court.Host.Tests.EDossier.Support;

/// <summary>Intent methods over the dossier API for one signed-in caller, and the Debian PDF tools that check what comes back.</summary>
internal static class DossierClient
{
    public const string LoanCase = "0193a000-0000-7000-8000-000000000001";
    public const string SaleCase = "0193a000-0000-7000-8000-000000000002";
    public const string EnforcementCase = "0193a000-0000-7000-8000-000000000003";

    public static async Task<Catalogue> CatalogueAsync(this HttpClient client, string caseId) =>
        (await client.GetFromJsonAsync<Catalogue>($"/api/cases/{caseId}/dossier"))!;

    public static async Task<byte[]> PdfAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string caseId, string category, string title, byte[] content,
        string fileName, string contentType = "application/pdf")
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(category), "category" },
            { new StringContent(title), "title" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri($"/api/cases/{caseId}/dossier/documents", UriKind.Relative), form);
    }

    /// <summary>The text of a PDF in content order (<c>pdftotext -raw</c>: a diagonal watermark does not reorder the page).</summary>
    public static async Task<string> TextOfAsync(byte[] pdf, params string[] pages)
    {
        var file = await SaveAsync(pdf);
        try
        {
            return (await ProcessRunner.RunOkAsync("pdftotext", [.. pages, "-raw", file, "-"])).Stdout;
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static async Task<ProcessResult> ToolAsync(string tool, byte[] pdf, params string[] arguments)
    {
        var file = await SaveAsync(pdf);
        try
        {
            return await ProcessRunner.RunAsync(tool, [.. arguments, file]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static async Task<string> SaveAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"court-test-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        return file;
    }
}

internal sealed record Catalogue(string CaseNumber, bool Sealed, IReadOnlyList<string> Volumes, IReadOnlyList<CatalogueItem> Items);

internal sealed record CatalogueItem(Guid Id, int Number, string Title, string Category, string Volume, int FirstPage, int LastPage, int Pages,
    string Sha256, string AddedBy, string SourceStep, string? TransferredFrom, bool CourtIssued);
