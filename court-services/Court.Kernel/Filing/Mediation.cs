using System.Diagnostics.CodeAnalysis;

namespace Court.Kernel.Filing;

/// <summary>
/// A mediation organisation the court may assign a pre-filing mediation (诉前调解) to, the case kinds it takes
/// (filing kind slugs, or <see cref="ForeignIntellectualProperty"/>), its telephone and mediators.
/// </summary>
public sealed record MediationOrganisation(string Code, string Name, IReadOnlyList<string> CaseKinds, string Phone, IReadOnlyList<string> Mediators)
{
    /// <summary>涉外知识产权纠纷: not an online filing kind, but an organisation must exist for it.</summary>
    public const string ForeignIntellectualProperty = "foreign-ip";

    public bool Takes(string caseKind) => CaseKinds.Contains(caseKind);
}

/// <summary>The mediation organisations by code.</summary>
public sealed class MediationCatalogue
{
    private readonly Dictionary<string, MediationOrganisation> _byCode = new(StringComparer.Ordinal);

    /// <param name="knownCaseKinds">The slugs an organisation may name besides <see cref="MediationOrganisation.ForeignIntellectualProperty"/>.</param>
    public MediationCatalogue(IEnumerable<MediationOrganisation> organisations, IReadOnlyCollection<string> knownCaseKinds)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(knownCaseKinds);
        var ordered = new List<MediationOrganisation>();
        foreach (var o in organisations)
        {
            if (string.IsNullOrWhiteSpace(o.Code) || !_byCode.TryAdd(o.Code, o))
                throw new ArgumentException($"The mediation organisation code '{o.Code}' is empty or appears twice.", nameof(organisations));
            if (string.IsNullOrWhiteSpace(o.Name) || string.IsNullOrWhiteSpace(o.Phone) || o.Mediators.Count == 0 || o.CaseKinds.Count == 0)
                throw new ArgumentException($"The mediation organisation '{o.Code}' needs a name, a phone, case kinds and mediators.", nameof(organisations));
            if (o.CaseKinds.FirstOrDefault(k => k != MediationOrganisation.ForeignIntellectualProperty && !knownCaseKinds.Contains(k)) is { } unknown)
                throw new ArgumentException($"The mediation organisation '{o.Code}' takes the unknown case kind '{unknown}'.", nameof(organisations));
            ordered.Add(o);
        }
        All = ordered.AsReadOnly();
    }

    public IReadOnlyList<MediationOrganisation> All { get; }

    public bool TryGet(string code, [NotNullWhen(true)] out MediationOrganisation? organisation) => _byCode.TryGetValue(code, out organisation);

    public MediationOrganisation Get(string code) =>
        _byCode.GetValueOrDefault(code) ?? throw new KeyNotFoundException($"No mediation organisation '{code}'.");

    /// <summary>The organisations a clerk may assign a case of <paramref name="caseKind"/> to, in file order.</summary>
    public IReadOnlyList<MediationOrganisation> For(string caseKind) => [.. All.Where(o => o.Takes(caseKind))];
}

/// <summary>
/// The period of a court-assigned pre-filing mediation (委派调解): 30 days from the assignment, longer when the parties
/// agree (最高人民法院《关于进一步完善委派调解机制的指导意见》, 法发〔2020〕1号; 《人民法院在线调解规则》, 法释〔2021〕23号).
/// Counted like 民事诉讼法第八十五条第二款: the day of assignment is not counted. Court's decision: the last day is not
/// moved off a rest day — the period binds the mediator, not a party's procedural act.
/// </summary>
public static class MediationPeriod
{
    public const int Days = 30;

    /// <summary>The last day for the mediator to record the outcome; <paramref name="extensionDays"/> are the days the parties agreed to add.</summary>
    public static DateOnly DeadlineFor(DateOnly assignedOn, int? extensionDays = null)
    {
        if (extensionDays is { } extra) ArgumentOutOfRangeException.ThrowIfLessThan(extra, 1, nameof(extensionDays));
        return assignedOn.AddDays(Days + (extensionDays ?? 0));
    }
}
