using System.Net.Http.Json;
using System.Text.Json;
using Court.Kernel.Identifiers;

namespace Court.Benchmarks.Filing;

/// <summary>
/// A 民间借贷 draft by the demo litigant against 苏文斌 (in the sandbox registry), complete enough to submit: the sequence of
/// tests/Court.Host.Tests/Litigation/Support/FilingJourney.cs, through the API.
/// </summary>
internal static class FilingDrafts
{
    public const string CourtCode = "闽0203";

    private static readonly string LitigantId = ResidentIdNumber.Create("350203", new DateOnly(1986, 4, 12), 235).Value;
    private static readonly string BorrowerId = ResidentIdNumber.Create("350203", new DateOnly(1979, 3, 8), 173).Value;

    public static async Task<Guid> DraftAsync(HttpClient litigant, int index)
    {
        var started = await SendAsync(litigant, HttpMethod.Post, "/api/filings", new { kind = "private-lending" });
        var id = started.GetProperty("id").GetGuid();
        var version = started.GetProperty("version").GetInt32();
        var parties = await SendAsync(litigant, HttpMethod.Put, $"/api/filings/{id}/parties", new
        {
            version,
            parties = new object[]
            {
                Party("plaintiff", "陈明", LitigantId, consents: true, phone: "13900000001"),
                Party("defendant", "苏文斌", BorrowerId, consents: false, phone: null),
            },
        });
        var principal = 10_000 + index * 100;
        await SendAsync(litigant, HttpMethod.Put, $"/api/filings/{id}", new
        {
            version = parties.GetProperty("version").GetInt32(),
            courtCode = CourtCode,
            elements = new Dictionary<string, string>
            {
                ["principal"] = principal.ToString(System.Globalization.CultureInfo.InvariantCulture), ["lentOn"] = "2025-06-01",
                ["deliveryMethod"] = "银行转账", ["hasWrittenProof"] = "是", ["guarantee"] = "无担保", ["dueOn"] = "2025-12-01",
            },
            consentsToMediation = false,
            claims = $"判令被告偿还借款本金{principal}元\n本案诉讼费用由被告承担",
            factsAndReasons = $"被告于2025年6月1日向原告借款{principal}元，有借条为证，到期未还。",
        });
        return id;
    }

    public static HttpRequestMessage Submission(Guid filingId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/filings/{filingId}/submission");
        request.Headers.Add("Idempotency-Key", "bench-" + filingId.ToString("N"));
        return request;
    }

    public static HttpRequestMessage Acceptance(Guid filingId) =>
        new(HttpMethod.Post, $"/api/filing-review/{filingId}/acceptance") { Content = JsonContent.Create(new { }) };

    private static object Party(string side, string name, string identifier, bool consents, string? phone) => new
    {
        side, name, identifierNumber = identifier, consentsToElectronicService = consents, phone,
        address = "厦门市思明区湖滨南路1号", postalAddress = "厦门市思明区湖滨南路1号",
    };

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
