using System.Security.Claims;
using Court.EDossier.Tests.Ingest.Support;
using Court.Host.Tests.Infrastructure;
using Court.Kernel.Access;
using Court.Kernel.Dossier;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.EDossier.Support;

/// <summary>
/// The host with a stand-in for the host's filing rule (<see cref="IFilingDossierAccess"/>): the litigant filed
/// <see cref="DraftId"/>, a filing clerk reviews every filing, nobody else has a part. Filing materials are added on first use.
/// </summary>
public sealed class FilingReadingAppFactory : CourtAppFactory
{
    public const string FilingReference = "网立2026120100001";

    private readonly Lock _gate = new();
    private Task<IReadOnlyList<Guid>>? _materials;

    public Guid DraftId { get; } = Guid.NewGuid();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IFilingDossierAccess>(new TestFilingRule(DraftId, "litigant")));
    }

    /// <summary>The documents of the filing, added once: the uploaded complaint, its 要素式起诉状 and a 补正通知书.</summary>
    public Task<IReadOnlyList<Guid>> MaterialsAsync()
    {
        lock (_gate) return _materials ??= AddMaterialsAsync();
    }

    private async Task<IReadOnlyList<Guid>> AddMaterialsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var dossier = scope.ServiceProvider.GetRequiredService<IDossierApi>();
        var owner = DossierOwner.FilingDraft(DraftId);
        var filer = new DossierActor(null, "陈明");
        var pdf = await File.ReadAllBytesAsync(SamplePdfs.WriteLines(Path.GetTempFileName(), ["民事起诉状 原告陈明 被告李华"]));
        var upload = await dossier.AddFileAsync(new DossierFileAddition(owner, DossierCategory.Pleadings, "民事起诉状", "起诉状.pdf", "application/pdf",
            filer, "online-filing"), new MemoryStream(pdf));
        var complaint = await dossier.IssueCourtDocumentAsync(owner, Complaint(), DossierCategory.Pleadings, filer, "online-filing");
        var notice = await dossier.IssueCourtDocumentAsync(owner, Correction(), DossierCategory.AcceptanceMaterials, new DossierActor(null, "黄立案"), "filing-review");
        return [upload.Added!.DocumentId, complaint.Added!.DocumentId, notice.Added!.DocumentId];
    }

    private static ElementComplaint Complaint() => new()
    {
        CourtName = "厦门市思明区人民法院", CaseNumber = FilingReference, IssuedOn = new DateOnly(2026, 11, 30),
        Parties = [new DocumentParty("原告", "陈明"), new DocumentParty("被告", "李华")],
        Cause = "民间借贷纠纷", Claims = ["判令被告偿还借款本金100000元。"],
        Elements = [("借款本金", "100000元"), ("出借日期", "2025年3月1日")],
        FactsAndReasons = "被告向原告借款100000元，到期未还。", Filer = "陈明", FiledOn = new DateOnly(2026, 11, 30),
    };

    private static CorrectionNotice Correction() => new()
    {
        CourtName = "厦门市思明区人民法院", CaseNumber = FilingReference, IssuedOn = new DateOnly(2026, 12, 1),
        Recipient = "陈明", Cause = "民间借贷纠纷", Items = ["补充提交被告李华的身份证明"], CorrectBy = new DateOnly(2026, 12, 8),
    };

    /// <summary>A seam for the host's rule, as small as a rule can be.</summary>
    private sealed class TestFilingRule(Guid draftId, string filerUserName) : IFilingDossierAccess
    {
        public Task<FilingDossierAccess> DecideAsync(ClaimsPrincipal user, Guid draft, CancellationToken ct = default) => Task.FromResult(
            user.IsInRole(CourtRoles.FilingClerk) ? FilingDossierAccess.Court
            : draft == draftId && user.Identity?.Name == filerUserName ? FilingDossierAccess.Filer
            : FilingDossierAccess.None);
    }
}
