using System.Net;
using Court.Host.Tests.Infrastructure;

namespace Court.Host.Tests.Pages.Admin;

[Trait("Category", "Persistence")]
public sealed class AuditLogPageTests(CourtAppFactory app) : IClassFixture<CourtAppFactory>
{
    [Fact]
    public async Task The_court_admin_reads_the_audit_log_and_the_reading_itself_is_recorded()
    {
        using var admin = await app.ClientForAsync("admin");

        (await admin.GetAsync("/Admin/Audit")).EnsureSuccessStatusCode().Dispose();
        var page = await admin.GetStringAsync("/Admin/Audit");

        page.ShouldContain("审计日志");
        page.ShouldContain("ViewAuditLog");
        page.ShouldContain("IssueToken");
    }

    [Fact]
    public async Task A_litigant_is_refused_the_audit_log()
    {
        using var litigant = await app.ClientForAsync("litigant");

        using var response = await litigant.GetAsync("/Admin/Audit");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
