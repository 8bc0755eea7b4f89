using Court.Host.Litigation.Service;
using Court.Host.Persistence;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.Cases;
using Court.Kernel.Dossier;
using Court.Seeds.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Litigation.Service;

/// <summary>Intent methods for serving documents of demo case 1: issue a real court document into its dossier, then serve it.</summary>
internal static class ServiceScenario
{
    public static readonly Guid LoanCase = DemoCatalogue.Cases[0].Id;

    public static async Task<ServedDocument> IssueAcceptanceNoticeAsync(this CourtAppFactory app, string recipient = "陈明")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var loanCase = (await scope.ServiceProvider.GetRequiredService<ICaseDirectory>().FindAsync(LoanCase))!;
        var today = Court.Kernel.ShanghaiTime.Today(app.Clock);
        var notice = new AcceptanceNotice
        {
            CourtName = loanCase.CourtName, CaseNumber = loanCase.Number, IssuedOn = today, Recipient = recipient,
            Cause = loanCase.Title, FiledOn = today, Fee = AcceptanceFee.Paid(Court.Kernel.Money.FromYuan(2_700m), today), QueryCode = "3H8P5W", JudgeName = "王审判",
        };
        var issued = await scope.ServiceProvider.GetRequiredService<IDossierApi>().IssueCourtDocumentAsync(
            DossierOwner.Case(LoanCase), notice, DossierCategory.AcceptanceMaterials, new DossierActor(null, "黄立案"), "filing-review");
        issued.Succeeded.ShouldBeTrue(issued.Refusal?.Detail);
        return new ServedDocument(issued.Added!.DocumentId, notice.Title);
    }

    public static Task<IReadOnlyList<ServiceRecord>> ServeAsync(this CourtAppFactory app, ServedDocument document, params ServiceRecipient[] recipients) =>
        app.ServeManyAsync([document], recipients);

    public static async Task<IReadOnlyList<ServiceRecord>> ServeManyAsync(this CourtAppFactory app, IReadOnlyList<ServedDocument> documents, params ServiceRecipient[] recipients)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var loanCase = (await scope.ServiceProvider.GetRequiredService<ICaseDirectory>().FindAsync(LoanCase))!;
        var clerk = await app.UserIdAsync("clerk");
        return await scope.ServiceProvider.GetRequiredService<ElectronicServiceOfDocuments>().ServeAsync(
            new ServeDocuments(DossierOwner.Case(LoanCase), loanCase.Number, loanCase.CourtName, documents, recipients, new DossierActor(clerk, "黄立案")),
            CancellationToken.None);
    }

    public static async Task<ServiceRecipient> LitigantAsync(this CourtAppFactory app, bool consents = true) =>
        new(await app.UserIdAsync("litigant"), "陈明", "原告", consents, "13900000001", "厦门市思明区湖滨南路 1 号");

    public static async Task<Guid> UserIdAsync(this CourtAppFactory app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CourtDb>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    public static async Task<T> InDbAsync<T>(this CourtAppFactory app, Func<CourtDb, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CourtDb>());
    }
}
