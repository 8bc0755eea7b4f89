using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Kernel.Identifiers;

namespace Court.Host.Tests.Litigation.Support;

/// <summary>The demo world's parties as the sandbox registry knows them, and short ways to drive a filing through the API.</summary>
internal static class FilingClient
{
    /// <summary>苏文斌, the borrower of demo case 1: in the sandbox registry.</summary>
    public static readonly string BorrowerId = ResidentIdNumber.Create("350203", new DateOnly(1979, 3, 8), 173).Value;

    public const string BorrowerName = "苏文斌";

    /// <summary>厦门五缘湾酒店管理有限公司, the buyer of demo case 2: a legal person in the sandbox registry.</summary>
    public static readonly string HotelCode = UnifiedSocialCreditCode.Create((RegistrationAuthority)'9', '1', "350206", "MA2Y0008").Value;

    public const string HotelName = "厦门五缘湾酒店管理有限公司";

    /// <summary>陈明, the demo litigant.</summary>
    public static readonly string LitigantId = ResidentIdNumber.Create("350203", new DateOnly(1986, 4, 12), 235).Value;

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
    }

    public static async Task<(Guid Id, string Reference, int Version)> StartFilingAsync(this HttpClient client, object? body = null)
    {
        using var response = await client.PostAsJsonAsync("/api/filings", body ?? new { kind = "private-lending" });
        var json = await response.JsonAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST /api/filings answered {(int)response.StatusCode}: {json}");
        return (json.GetProperty("id").GetGuid(), json.GetProperty("reference").GetString()!, json.GetProperty("version").GetInt32());
    }

    public static async Task<JsonElement> FilingAsync(this HttpClient client, Guid filingId)
    {
        using var response = await client.GetAsync($"/api/filings/{filingId}");
        response.EnsureSuccessStatusCode();
        return await response.JsonAsync();
    }

    public static object Party(string side, string name, string identifier, bool consents = true, string? phone = null) => new
    {
        side, name, identifierNumber = identifier, consentsToElectronicService = consents, phone,
        address = "厦门市思明区湖滨南路1号", postalAddress = "厦门市思明区湖滨南路1号",
    };

    public static async Task<HttpResponseMessage> UploadMaterialAsync(this HttpClient client, Guid filingId, string category, string title, byte[] content,
        string fileName = "material.pdf", string contentType = "application/pdf")
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(category), "category" },
            { new StringContent(title), "title" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri($"/api/filings/{filingId}/dossier/documents", UriKind.Relative), form);
    }
}
