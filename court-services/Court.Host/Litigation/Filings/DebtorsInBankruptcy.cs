using Court.Host.Cases;
using Court.Host.Persistence;
using Court.Kernel.Access;
using Court.Seeds.Reference;
using Microsoft.EntityFrameworkCore;

namespace Court.Host.Litigation.Filings;

/// <summary>A defendant (or third party) the court's register or the registry shows in bankruptcy; <see cref="CaseNumber"/> when the register does.</summary>
internal sealed record DebtorInBankruptcy(string PartyName, string Side, string? CaseNumber, string? CourtName, string Text);

/// <summary>
/// 企业破产法第二十一条: once a court accepts a bankruptcy application, civil suits concerning the debtor can be brought only in that court.
/// The litigant and the clerk are warned — never refused — from two sources: the court's own register (an accepted 破 case, not closed,
/// whose debtor has the party's credit code) and the market-subject registry's status as the lookup recorded it (清算). ADR 0020.
/// </summary>
internal static class DebtorsInBankruptcy
{
    /// <summary>破: the bankruptcy case a court registers when it accepts the application (破申 is the application still under review).</summary>
    public const string AcceptedBankruptcyTypeCode = "破";

    public const string Article = "《中华人民共和国企业破产法》第二十一条";

    public static async Task<IReadOnlyList<DebtorInBankruptcy>> InFilingAsync(CourtDb db, ReferenceData reference, Guid filingId, CancellationToken ct)
    {
        var parties = await db.FilingParties.AsNoTracking()
            .Where(p => p.FilingId == filingId && p.Side != PartySide.Plaintiff && p.Kind == PartyKind.LegalPerson)
            .OrderBy(p => p.Order).Select(p => new { p.Name, p.Side, p.IdentifierNumber, p.RegisteredStatus }).ToListAsync(ct);
        if (parties.Count == 0) return [];
        var codes = parties.Select(p => p.IdentifierNumber).Distinct().ToList();
        var accepted = await (
                from c in db.Cases
                where c.TypeCode == AcceptedBankruptcyTypeCode && c.Status != CaseStatus.Closed
                join p in db.CaseParticipants on c.Id equals p.CaseId
                where p.Role == CaseRole.Debtor
                join u in db.Users on p.UserId equals u.Id
                where u.IdentifierNumber != null && codes.Contains(u.IdentifierNumber)
                select new { Code = u.IdentifierNumber!, c.Number, c.CourtCode })
            .ToListAsync(ct);

        var warnings = new List<DebtorInBankruptcy>();
        foreach (var party in parties)
        {
            var side = party.Side.ChineseName();
            if (accepted.FirstOrDefault(a => a.Code == party.IdentifierNumber) is { } bankruptcy)
            {
                var court = reference.Courts.TryGet(bankruptcy.CourtCode, out var found) ? found.Name : "人民法院";
                warnings.Add(new(party.Name, side, bankruptcy.Number, court,
                    $"{side}{party.Name}是{court}已受理的破产案件{bankruptcy.Number}的债务人。依照{Article}，人民法院受理破产申请后，有关债务人的民事诉讼，"
                    + $"只能向受理破产申请的{court}提起；债权人也可以向管理人申报债权。"));
            }
            else if (party.RegisteredStatus == RegisteredStatus.InLiquidation)
            {
                warnings.Add(new(party.Name, side, null, null,
                    $"市场主体登记显示{side}{party.Name}处于清算状态。如其破产申请已被人民法院受理，依照{Article}，有关该企业的民事诉讼只能向受理破产申请的"
                    + "人民法院提起，请先向该法院或管理人核实。"));
            }
        }
        return warnings;
    }
}

/// <summary>A legal person's status in the market-subject registry (市场主体登记), as the party lookup last saw it.</summary>
internal enum RegisteredStatus
{
    InBusiness,
    Revoked,
    Deregistered,
    InLiquidation,
}
