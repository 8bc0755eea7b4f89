using System.Collections.Frozen;
using Court.Kernel.GovData;
using GovData.Platform.V1;

namespace Court.GovDataBridge.Sandbox;

/// <summary>The registry data indexed once: by 公民身份号码, 统一社会信用代码 and asset id. Read-only, so shared freely.</summary>
internal sealed class SandboxRegistry
{
    private readonly FrozenDictionary<string, NaturalPerson> _persons;
    private readonly FrozenDictionary<string, LegalPerson> _organizations;
    private readonly FrozenDictionary<SubjectKey, Asset[]> _holdings;
    private readonly FrozenDictionary<string, RegisteredAsset> _assets;
    private readonly FrozenDictionary<string, PersonContributions> _personContributions;
    private readonly FrozenDictionary<string, EmployerContributions> _employerContributions;

    public SandboxRegistry(PlatformRegistryData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _persons = data.NaturalPersons.ToFrozenDictionary(p => RequestIdentifiers.Canonical(p.ResidentIdNumber), StringComparer.Ordinal);
        _organizations = data.LegalPersons.ToFrozenDictionary(o => RequestIdentifiers.Canonical(o.CreditCode), StringComparer.Ordinal);
        _holdings = data.Holdings.ToFrozenDictionary(h => SubjectKey.Of(h.Subject), h => h.Assets.ToArray());
        _assets = data.Holdings
            .SelectMany(h => h.Assets.Select(a => new RegisteredAsset(a, SubjectKey.Of(h.Subject))))
            .ToFrozenDictionary(a => a.Asset.AssetId, StringComparer.Ordinal);
        _personContributions = data.PersonContributions.ToFrozenDictionary(c => RequestIdentifiers.Canonical(c.ResidentIdNumber), StringComparer.Ordinal);
        _employerContributions = data.EmployerContributions.ToFrozenDictionary(c => RequestIdentifiers.Canonical(c.CreditCode), StringComparer.Ordinal);
    }

    public NaturalPerson? FindPerson(string residentIdNumber) => _persons.GetValueOrDefault(residentIdNumber);

    public LegalPerson? FindOrganization(string creditCode) => _organizations.GetValueOrDefault(creditCode);

    public bool Exists(SubjectKey subject) =>
        subject.IsPerson ? _persons.ContainsKey(subject.Value) : _organizations.ContainsKey(subject.Value);

    /// <summary>As registered, before any action; empty for a subject that holds nothing.</summary>
    public IReadOnlyList<Asset> AssetsOf(SubjectKey subject) => _holdings.GetValueOrDefault(subject) ?? [];

    public RegisteredAsset? FindAsset(string assetId) => _assets.GetValueOrDefault(assetId);

    public PersonContributions? ContributionsOf(string residentIdNumber) => _personContributions.GetValueOrDefault(residentIdNumber);

    public EmployerContributions? EmployerContributionsOf(string creditCode) => _employerContributions.GetValueOrDefault(creditCode);
}

/// <summary>An asset as registered, and who holds it.</summary>
internal sealed record RegisteredAsset(Asset Asset, SubjectKey Holder);
