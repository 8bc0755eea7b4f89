using System.Net;
using System.Net.Http.Json;
using Court.EDossier.Persistence;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.EDossier.Support;
using Court.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Court.Host.Tests.EDossier.Support.DossierClient;

namespace Court.Host.Tests.EDossier.Upload;

/// <summary>Every upload in the issue's bad-input list gets a Chinese ProblemDetails saying what to do, and nothing of it is kept.</summary>
[Trait("Category", "Persistence")]
public sealed class BadUploadsAreRefused : IClassFixture<BadUploadsAreRefused.SmallLimitApp>
{
    private readonly SmallLimitApp _app;

    public BadUploadsAreRefused(SmallLimitApp app) => _app = app;

    /// <summary>A host whose uploads stop at 1 MB, so "oversized" needs no big file.</summary>
    public sealed class SmallLimitApp : CourtAppFactory
    {
        public SmallLimitApp() => ExtraSettings["Court:Dossier:MaxUploadMegabytes"] = "1";
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "truncated", "pdf-corrupt" },
        { "garbage", "pdf-corrupt" },
        { "encrypted", "pdf-encrypted" },
        { "javascript", "pdf-active-content" },
        { "attachment", "pdf-embedded-files" },
        { "png-named-pdf", "content-mismatch" },
        { "executable", "unsupported-type" },
        { "bomb", "image-too-large" },
        { "empty", "empty-file" },
        { "oversized", "file-too-large" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_with_a_chinese_problem_and_leaves_nothing_behind(string upload, string problem)
    {
        using var litigant = await _app.ClientForAsync("litigant");
        var (content, name, type) = await HostileUploads.MakeAsync(upload);
        var before = await StoredAsync();

        using var response = await litigant.UploadAsync(LoanCase, "evidence", "证据", content, name, type);

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var details = (await response.Content.ReadFromJsonAsync<Problem>())!;
        details.Type.ShouldBe($"/problems/{problem}");
        details.Detail.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
        (await StoredAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_hostile_file_name_is_stored_as_a_safe_name_and_the_upload_is_accepted()
    {
        using var litigant = await _app.ClientForAsync("litigant");
        var pdf = await File.ReadAllBytesAsync(SamplePdfs.WriteLines(Path.GetTempFileName(), ["借款合同 第一条"]));

        using var response = await litigant.UploadAsync(LoanCase, "evidence", "借款合同", pdf, "../../etc/\u202Epasswd.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        await using var scope = _app.Services.CreateAsyncScope();
        var names = await scope.ServiceProvider.GetRequiredService<DossierDb>().Documents.Select(d => d.FileName).ToListAsync();
        names.ShouldContain(n => n.EndsWith("passwd.pdf", StringComparison.Ordinal));
        names.ShouldAllBe(n => !n.Contains('/') && !n.Contains('\u202E') && !n.Contains(".."));
    }

    [Fact]
    public async Task A_party_may_not_file_into_the_internal_volume()
    {
        using var litigant = await _app.ClientForAsync("litigant");
        var pdf = await File.ReadAllBytesAsync(SamplePdfs.WriteText(Path.GetTempFileName()));

        using var response = await litigant.UploadAsync(LoanCase, "deliberation", "评议", pdf, "评议.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>Blobs, files left in the incoming folder, documents and items: all must be as they were after a refusal.</summary>
    private async Task<string> StoredAsync()
    {
        var blobs = Path.Combine(_app.DataDir, "blobs");
        var files = Directory.Exists(blobs) ? Directory.GetFiles(blobs, "*", SearchOption.AllDirectories).Length : 0;
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DossierDb>();
        return $"files {files}, documents {await db.Documents.CountAsync()}, items {await db.Items.CountAsync()}";
    }

    private sealed record Problem(string Type, string Detail);
}
