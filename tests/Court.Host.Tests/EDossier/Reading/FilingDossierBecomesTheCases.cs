using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Cases;
using Court.Host.Tests.EDossier.Support;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.Access;
using Court.Kernel.Dossier;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.EDossier.Reading;

/// <summary>An online filing has its own dossier; on acceptance it becomes the new case's, nothing rescanned.</summary>
[Trait("Category", "Persistence")]
public sealed class FilingDossierBecomesTheCases
{
    [Fact]
    public async Task Material_filed_before_the_case_exists_is_in_the_cases_dossier_after_acceptance()
    {
        await using var app = new CourtAppFactory();
        var draft = Guid.NewGuid();
        var pdf = await File.ReadAllBytesAsync(SamplePdfs.WriteLines(Path.GetTempFileName(), ["民事起诉状 原告陈明"]));
        Guid caseId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var dossier = scope.ServiceProvider.GetRequiredService<IDossierApi>();
            var added = await dossier.AddFileAsync(new DossierFileAddition(DossierOwner.FilingDraft(draft), DossierCategory.Pleadings, "民事起诉状",
                "起诉状.pdf", "application/pdf", new DossierActor(null, "陈明"), "online-filing"), new MemoryStream(pdf));
            added.Succeeded.ShouldBeTrue();
            var judgeId = (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Court.Host.Identity.CourtUser>>()
                .FindByNameAsync("judge"))!.Id;
            var registered = await scope.ServiceProvider.GetRequiredService<CaseRegister>()
                .RegisterAsync(new NewCase("闽0203", "民初", "民间借贷纠纷", [(judgeId, CaseRole.Judge)]), CancellationToken.None);
            caseId = registered.Id;
            await dossier.AttachFilingToCaseAsync(draft, caseId);
            await dossier.AttachFilingToCaseAsync(draft, caseId);
        }

        using var judge = await app.ClientForAsync("judge");
        var catalogue = await judge.CatalogueAsync(caseId.ToString());
        var complaint = catalogue.Items.ShouldHaveSingleItem();
        complaint.Title.ShouldBe("民事起诉状");
        complaint.SourceStep.ShouldBe("online-filing");
        complaint.AddedBy.ShouldBe("陈明");
    }
}
