using Court.Host.Litigation.Filings;
using Court.Host.Persistence;
using Court.Kernel.Filing;
using Court.Seeds.Reference;
using Microsoft.AspNetCore.Mvc;

namespace Court.Host.Pages.Portals.Filing;

/// <summary>
/// 管辖法院: the places the kind's jurisdiction rule needs, <see cref="JurisdictionAdvisor.Propose"/> with the competent court(s) and
/// why, and the filer's choice among them (saved as the court code).
/// </summary>
internal sealed class CourtModel(CourtDb db, TimeProvider clock) : FilingStepModel(db, clock)
{
    public override string Step => FilingSteps.Court;

    public IReadOnlyList<PlaceField> Fields { get; private set; } = [];

    public Dictionary<string, string> Values { get; private set; } = new(StringComparer.Ordinal);

    public JurisdictionProposal? Proposal { get; private set; }

    public string? ChosenCourt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid filingId, CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        if (Kind is not { } kind) return Page();
        Fields = JurisdictionPlaces.For(kind);
        Values = Fields.ToDictionary(f => f.Key, f => Filing.Interview.GetValueOrDefault(f.AnswerKey) ?? JurisdictionPlaces.Default(f, Filing) ?? "");
        Propose(kind);
        ChosenCourt = Filing.CourtCode ?? (Proposal!.Courts.Count == 1 ? Proposal.Courts[0].Code : null);
        return Page();
    }

    /// <summary>下一步 / 上一步 save the places (and the court when one of those proposed is chosen); 查看管辖法院 saves and shows.</summary>
    public async Task<IActionResult> OnPostAsync(Guid filingId, int version, string? go, string? courtCode, Dictionary<string, string>? places,
        CancellationToken ct)
    {
        if (await LoadAsync(filingId, ct) is { } refused) return refused;
        if (Kind is not { } kind) return Page();
        Fields = JurisdictionPlaces.For(kind);
        Values = Fields.ToDictionary(f => f.Key, f => f.YesNo
            ? (places?.GetValueOrDefault(f.Key) == "true" ? "true" : "false")
            : places?.GetValueOrDefault(f.Key)?.Trim() ?? "");
        Propose(kind);
        var proposed = Proposal!.Courts.Any(c => c.Code == courtCode);
        ChosenCourt = proposed ? courtCode : null;

        var answers = Fields.ToDictionary(f => f.AnswerKey, f => (string?)Values[f.Key]);
        var saved = await SaveDraftAsync(new SaveDraftRequest(version, null, proposed ? courtCode : null, answers, null, null, null, null), ct);
        if (saved is { } problem)
        {
            Problem = problem.Detail;
            return Page();
        }
        if (go == "back") return Redirect(PathOf(FilingSteps.Parties));
        if (go != "next") return Page();
        if (!proposed)
        {
            Problem = Proposal.Courts.Count == 0 ? Proposal.Explanation : "请从系统建议的法院中选择一个受理法院。";
            return Page();
        }
        return Redirect(PathOf(Next(FilingSteps.Complaint)));
    }

    private void Propose(FilingCaseKind kind)
    {
        var elements = Filing.Elements.ToDictionary(e => e.Key, e => (string?)e.Value);
        decimal? amount = null;
        if (ElementForm.Validate(kind, elements, Today, Calendar).Count == 0) amount = ElementForm.ClaimedAmount(kind, elements);
        Proposal = JurisdictionAdvisor.Propose(kind, JurisdictionPlaces.ToPlaces(Values), amount, Values.GetValueOrDefault("onePartyOutsideProvince") == "true",
            Reference.Jurisdiction);
    }
}
