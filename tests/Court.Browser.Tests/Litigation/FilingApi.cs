using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Litigation.Payments;
using Court.Kernel.Identifiers;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Browser.Tests.Litigation;

/// <summary>
/// A 民间借贷 filing against 苏文斌 put together through the API over the real socket, for journeys whose browser part starts later
/// (a small copy of Court.Host.Tests' FilingJourney: the two test projects share no code).
/// </summary>
internal sealed class FilingApi(BrowserHost host, HttpClient filer)
{
    public static readonly string LitigantId = ResidentIdNumber.Create("350203", new DateOnly(1986, 4, 12), 235).Value;
    public static readonly string BorrowerId = ResidentIdNumber.Create("350203", new DateOnly(1979, 3, 8), 173).Value;

    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public int Version { get; private set; }

    public static async Task<HttpClient> SignedInAsync(BrowserHost host, string userName)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = BrowserHost.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<FilingApi> DraftAsync(object? client = null)
    {
        var started = await SendAsync(HttpMethod.Post, "/api/filings", new { kind = "private-lending", client });
        (Id, Reference, Version) = (started.GetProperty("id").GetGuid(), started.GetProperty("reference").GetString()!, started.GetProperty("version").GetInt32());
        await SaveAsync($"/api/filings/{Id}/parties", new
        {
            parties = new object[]
            {
                new { side = "plaintiff", name = "陈明", identifierNumber = LitigantId, consentsToElectronicService = true, phone = "13900000001", address = "厦门市思明区湖滨南路1号" },
                new { side = "defendant", name = "苏文斌", identifierNumber = BorrowerId, consentsToElectronicService = false, address = "厦门市思明区湖滨南路1号", postalAddress = "厦门市思明区湖滨南路1号" },
            },
        });
        await SaveAsync($"/api/filings/{Id}", new
        {
            courtCode = "闽0203", consentsToMediation = false,
            elements = new Dictionary<string, string>
            {
                ["principal"] = "200000", ["lentOn"] = "2025-06-01", ["deliveryMethod"] = "银行转账", ["hasWrittenProof"] = "是", ["guarantee"] = "无担保", ["dueOn"] = "2025-12-01",
            },
            claims = "判令被告偿还借款本金200,000元\n本案诉讼费用由被告承担", factsAndReasons = "被告于2025年6月1日向原告借款200,000元，到期未还。",
        });
        return this;
    }

    /// <summary>Saves with the version last seen, as the filing pages do.</summary>
    public async Task SaveAsync(string path, object body)
    {
        var fields = JsonSerializer.SerializeToElement(body, JsonSerializerOptions.Web).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["version"] = Version;
        Version = (await SendAsync(HttpMethod.Put, path, fields)).GetProperty("version").GetInt32();
    }

    public async Task SubmitAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/filings/{Id}/submission");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await filer.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Submission answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Version = (await SendAsync(HttpMethod.Get, $"/api/filings/{Id}", null)).GetProperty("version").GetInt32();
    }

    /// <summary>What a page does when it is opened again (e.g. after the clerk asked for a correction): it edits from the version saved now.</summary>
    public async Task RefreshAsync() => Version = (await SendAsync(HttpMethod.Get, $"/api/filings/{Id}", null)).GetProperty("version").GetInt32();

    /// <summary>Pays as the sandbox bank does when the payer confirms: a signed notification through the court's own handler.</summary>
    public async Task PayAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var payment = await scope.ServiceProvider.GetRequiredService<FeePayments>().FindForFilingAsync(Id, CancellationToken.None)
            ?? throw new InvalidOperationException("No payment opened.");
        var notification = scope.ServiceProvider.GetRequiredService<SandboxBank>().PaidNotification(payment);
        var handled = await scope.ServiceProvider.GetRequiredService<PaymentNotifications>()
            .ReceiveAsync(SandboxPaymentProvider.ProviderName, notification.Body, notification.Headers, "127.0.0.1", CancellationToken.None);
        if (handled.Ack is null) throw new InvalidOperationException("The court refused the sandbox notification.");
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await filer.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
