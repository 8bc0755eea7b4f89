using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Litigation.Payments;
using Court.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Support;

/// <summary>A 民间借贷 filing by the demo litigant against 苏文斌, driven through the API step by step.</summary>
internal sealed class FilingJourney(CourtAppFactory app, HttpClient filer)
{
    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public int Version { get; private set; }

    public static readonly Dictionary<string, string> LoanElements = new()
    {
        ["principal"] = "200000", ["lentOn"] = "2025-06-01", ["deliveryMethod"] = "银行转账", ["hasWrittenProof"] = "是", ["guarantee"] = "无担保",
        ["dueOn"] = "2025-12-01",
    };

    public async Task<FilingJourney> DraftAsync(object? start = null, bool mediation = false, string? plaintiffName = "陈明",
        string? plaintiffId = null)
    {
        (Id, Reference, Version) = await filer.StartFilingAsync(start);
        await SaveAsync($"/api/filings/{Id}/parties", new
        {
            parties = new[]
            {
                FilingClient.Party("plaintiff", plaintiffName!, plaintiffId ?? FilingClient.LitigantId, phone: "13900000001"),
                FilingClient.Party("defendant", FilingClient.BorrowerName, FilingClient.BorrowerId, consents: false),
            },
        });
        await SaveAsync($"/api/filings/{Id}", new
        {
            courtCode = "闽0203", elements = LoanElements, consentsToMediation = mediation,
            claims = "判令被告偿还借款本金200,000元\n本案诉讼费用由被告承担", factsAndReasons = "被告于2025年6月1日向原告借款200,000元，到期未还。",
        });
        return this;
    }

    public async Task SaveAsync(string path, object body)
    {
        var json = JsonSerializer.SerializeToElement(body, JsonSerializerOptions.Web);
        var withVersion = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        withVersion["version"] = Version;
        using var response = await filer.PutAsJsonAsync(path, withVersion);
        var answer = await response.JsonAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"PUT {path} answered {(int)response.StatusCode}: {answer}");
        Version = answer.GetProperty("version").GetInt32();
    }

    public async Task<HttpResponseMessage> SubmitAsync(string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/filings/{Id}/submission");
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        var response = await filer.SendAsync(request);
        if (response.IsSuccessStatusCode) Version = (await filer.FilingAsync(Id)).GetProperty("version").GetInt32();
        return response;
    }

    public async Task<JsonElement> SubmittedAsync()
    {
        using var response = await SubmitAsync();
        var json = await response.JsonAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Submission answered {(int)response.StatusCode}: {json}");
        return json;
    }

    /// <summary>Pays as the sandbox bank does when the payer confirms: a signed notification through the court's own handler.</summary>
    public async Task PayAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var payments = scope.ServiceProvider.GetRequiredService<FeePayments>();
        var payment = await payments.FindForFilingAsync(Id, CancellationToken.None) ?? throw new InvalidOperationException("No payment opened.");
        var notification = scope.ServiceProvider.GetRequiredService<SandboxBank>().PaidNotification(payment);
        var handled = await scope.ServiceProvider.GetRequiredService<PaymentNotifications>()
            .ReceiveAsync(SandboxPaymentProvider.ProviderName, notification.Body, notification.Headers, "127.0.0.1", CancellationToken.None);
        if (handled.Ack is null) throw new InvalidOperationException("The court refused the sandbox notification.");
    }

    public async Task<JsonElement> FilingAsync() => await filer.FilingAsync(Id);

    /// <summary>What a page does when it is opened again: it edits from the version saved now.</summary>
    public async Task RefreshAsync() => Version = (await FilingAsync()).GetProperty("version").GetInt32();

    public static async Task<JsonElement> ReviewAsync(HttpClient clerk, Guid filingId, string decision, object? body = null)
    {
        using var response = await clerk.PostAsJsonAsync($"/api/filing-review/{filingId}/{decision}", body ?? new { });
        var json = await response.JsonAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{decision} answered {(int)response.StatusCode}: {json}");
        return json;
    }
}
