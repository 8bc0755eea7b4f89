using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Court.Host.Tests.Infrastructure;
using Court.Host.Tests.Litigation.Support;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Upload;

/// <summary>Issue 11 finding 10: a multipart body that cannot be read is the sender's mistake on both upload endpoints — a 400, never a 500.</summary>
public sealed class MalformedForms(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    private const string Boundary = "court-test-boundary";

    public static TheoryData<string, string> Bodies()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in new[] { "case", "filing" })
            foreach (var body in new[] { "empty", "garbage", "unterminated", "huge-part-header" })
                data.Add(endpoint, body);
        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Is_refused_with_a_chinese_problem(string endpoint, string body)
    {
        using var litigant = await app.ClientForAsync("litigant");
        var path = endpoint == "case"
            ? $"/api/cases/{LoanCase}/dossier/documents"
            : $"/api/filings/{(await litigant.StartFilingAsync()).Id}/dossier/documents";
        var content = new ByteArrayContent(Body(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");

        using var response = await litigant.PostAsync(new Uri(path, UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("type").GetString().ShouldBe("/problems/malformed-form");
        problem.GetProperty("detail").GetString()!.ShouldContain("multipart/form-data");
    }

    private static byte[] Body(string kind)
    {
        const string fields = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"category\"\r\n\r\nevidence\r\n"
            + $"--{Boundary}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n借条\r\n";
        return kind switch
        {
            "empty" => [],
            "garbage" => [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 37 % 251))],
            "unterminated" => Encoding.UTF8.GetBytes(fields
                + $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n1 0 obj"),
            "huge-part-header" => Encoding.UTF8.GetBytes(fields
                + $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{new string('a', 17 * 1024)}.pdf\"\r\n\r\n%PDF\r\n--{Boundary}--\r\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }
}
