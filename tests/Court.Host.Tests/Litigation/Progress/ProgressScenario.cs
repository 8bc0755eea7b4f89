using AngleSharp.Html.Parser;
using System.Net.Http.Json;
using System.Text.Json;
using Court.Host.Cases;
using Court.Host.Identity;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Progress;

/// <summary>Intent methods over a running host for the progress tests: cases, accounts, nodes, notifications.</summary>
internal static class ProgressScenario
{
    public static async Task<Guid> UserIdAsync(this CourtAppFactory app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    public static async Task<string> CaseNumberOfAsync(this CourtAppFactory app, Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        return await db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync();
    }

    /// <summary>A fresh 民初 case at 闽0203 with the demo accounts in the given roles.</summary>
    public static async Task<CaseRecord> RegisterCaseAsync(this CourtAppFactory app, params (string UserName, CaseRole Role)[] participants)
    {
        var ids = new List<(Guid, CaseRole)>();
        foreach (var (userName, role) in participants) ids.Add((await app.UserIdAsync(userName), role));
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseRegister>()
            .RegisterAsync(new NewCase("闽0203", "民初", "民间借贷纠纷", ids), CancellationToken.None);
    }

    /// <summary>The usual people of a civil case: 陈明 as plaintiff, 林晓律师 as counsel, the clerk, the judge and the assistant.</summary>
    public static Task<CaseRecord> RegisterCivilCaseAsync(this CourtAppFactory app) =>
        app.RegisterCaseAsync(("litigant", CaseRole.Plaintiff), ("lawyer", CaseRole.Counsel), ("clerk", CaseRole.FilingClerk),
            ("judge", CaseRole.Judge), ("assistant", CaseRole.JudicialAssistant));

    public static async Task<ProgressNode> RecordAsync(this CourtAppFactory app, Guid caseId, ProgressNodeKind kind, string publicNote,
        string? partyDetail = null, string? key = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseProgress>()
            .RecordForCaseAsync(caseId, kind, publicNote, partyDetail, key ?? Guid.NewGuid().ToString("N"), CancellationToken.None);
    }

    public static async Task<T> WithProgressAsync<T>(this CourtAppFactory app, Func<CaseProgress, Task<T>> act)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<CaseProgress>());
    }

    /// <summary>Who was told of a node: the users of its in-portal messages, and how many SMS rows it made.</summary>
    public static async Task<(List<Guid> InPortal, int Sms)> NotifiedOfAsync(this CourtAppFactory app, Guid nodeId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CourtDb>();
        var prefix = $"progress:{nodeId:N}:";
        var users = await db.Notifications.Where(n => n.IdempotencyKey!.StartsWith(prefix)).Select(n => n.UserId).ToListAsync();
        var sms = await db.SmsOutbox.CountAsync(m => m.IdempotencyKey!.StartsWith(prefix));
        return (users, sms);
    }

    /// <summary>A second lawyer, with an account of their own and no role in any case.</summary>
    public static async Task<string> CreateOtherLawyerAsync(this CourtAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourtUser>>();
        var userName = "lawyer-" + Guid.NewGuid().ToString("N")[..8];
        var user = new CourtUser { Id = Guid.CreateVersion7(), UserName = userName, DisplayName = "周另律师", CreatedAt = DateTime.UtcNow };
        (await users.CreateAsync(user, CourtAppFactory.DemoPassword)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, CourtRoles.Lawyer)).Succeeded.ShouldBeTrue();
        return userName;
    }

    /// <summary>The public /progress page as an anonymous visitor sees it after querying number and code.</summary>
    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> QueryPublicPageAsync(this CourtAppFactory app, string caseNumber, string queryCode)
    {
        using var anonymous = app.CreateAnonymousClient();
        var form = await new HtmlParser().ParseDocumentAsync(await anonymous.GetStringAsync("/progress"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await anonymous.PostAsync("/progress", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["caseNumber"] = caseNumber, ["queryCode"] = queryCode, ["__RequestVerificationToken"] = token,
        }));
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }


    public static string ProgressPath(string caseNumber) => $"/api/cases/{Uri.EscapeDataString(caseNumber)}/progress";

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
