using Court.Host.Calendar;
using System.Security.Claims;
using Court.Host.Litigation.Filings;
using Court.Host.Litigation.Payments;
using Court.Host.Litigation.Progress;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Kernel.Audit;
using Court.Kernel.Notifications;
using Court.Seeds.Demo;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Demo;

/// <summary>
/// Online filings for the demo, made through the same handlers a filer's requests run: 陈明's loan claim against 苏文斌,
/// submitted, paid and waiting in the clerk's queue (with consent to mediation), and a draft the lawyer began for 陈明,
/// whose power of attorney waits for 陈明's confirmation.
/// </summary>
internal static class DemoFilings
{
    public static async Task SeedAsync(IServiceProvider services, IReadOnlyDictionary<string, Guid> ids, CancellationToken ct)
    {
        var db = services.GetRequiredService<CourtDb>();
        if (await db.OnlineFilings.AnyAsync(ct)) return;
        var clock = services.GetRequiredService<TimeProvider>();
        var notifier = services.GetRequiredService<INotifier>();
        var audit = services.GetRequiredService<IAuditLog>();
        var litigant = Principal(ids["litigant"], "litigant", CourtRoles.Litigant);
        var borrower = DemoCatalogue.Parties.Single(p => p.CaseId == DemoCatalogue.Cases[0].Id && p.Side == "Defendant");
        var plaintiff = DemoCatalogue.Accounts.Single(a => a.UserName == "litigant");

        var loan = Check(await StartFiling.HandleAsync(new StartFilingRequest("private-lending", null), litigant, db, notifier, audit, clock, ct));
        var saved = Check(await SaveParties.HandleAsync(loan.Id, new SavePartiesRequest(loan.Version,
        [
            new PartyRequest("plaintiff", plaintiff.DisplayName, plaintiff.IdentifierNumber, null, "厦门市思明区湖滨南路88号", plaintiff.PhoneNumber, null, true, null),
            new PartyRequest("defendant", borrower.Name, borrower.IdentifierNumber, null, "厦门市思明区莲前西路210号", null, null, false, "厦门市思明区莲前西路210号"),
        ]), litigant, db, clock, ct));
        saved = Check(await SaveDraft.HandleAsync(loan.Id, new SaveDraftRequest(saved.Version, null, "闽0203",
            new Dictionary<string, string?> { ["who"] = "person", ["what"] = "loan", ["want"] = "repay" },
            new Dictionary<string, string?>
            {
                ["principal"] = "80000", ["lentOn"] = "2025-03-10", ["deliveryMethod"] = "银行转账", ["hasWrittenProof"] = "是",
                ["annualRate"] = "6", ["dueOn"] = "2025-09-10", ["repaidPrincipal"] = "10000", ["guarantee"] = "无担保",
            },
            "判令被告偿还借款本金70,000元及按年利率6%计算的利息\n本案诉讼费用由被告承担",
            "被告于2025年3月10日向原告借款80,000元，约定2025年9月10日归还，现仅归还10,000元，余款经催告仍未归还。", true),
            litigant, db, clock, ct));
        Check(await SubmitFiling.HandleAsync(loan.Id, "demo-loan", litigant, db, services.GetRequiredService<FilingDocuments>(),
            services.GetRequiredService<FeePayments>(), services.GetRequiredService<CaseProgress>(), services.GetRequiredService<StatutoryDeadlines>(),
            audit, clock, ct));
        await PayAsync(services, loan.Id, ct);

        var lawyer = Principal(ids["lawyer"], "lawyer", CourtRoles.Lawyer);
        Check(await StartFiling.HandleAsync(new StartFilingRequest("sale-contract",
            new FilingClientRequest(plaintiff.DisplayName, plaintiff.IdentifierNumber, SpecialAuthority: true)), lawyer, db, notifier, audit, clock, ct));
    }

    private static async Task PayAsync(IServiceProvider services, Guid filingId, CancellationToken ct)
    {
        var payment = await services.GetRequiredService<FeePayments>().FindForFilingAsync(filingId, ct)
            ?? throw new InvalidOperationException("Demo filings: no payment was opened.");
        var notification = services.GetRequiredService<SandboxBank>().PaidNotification(payment);
        var handled = await services.GetRequiredService<PaymentNotifications>()
            .ReceiveAsync(SandboxPaymentProvider.ProviderName, notification.Body, notification.Headers, null, ct);
        if (handled.Ack is null) throw new InvalidOperationException("Demo filings: the sandbox payment was refused.");
    }

    private static ClaimsPrincipal Principal(Guid userId, string userName, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, role)], "demo"));

    private static T Check<T>(Litigation.Outcome<T> outcome) =>
        outcome.Succeeded ? outcome.Value! : throw new InvalidOperationException("Demo filings: " + outcome.Problem!.Detail);
}
