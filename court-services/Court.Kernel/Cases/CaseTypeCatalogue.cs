using System.Diagnostics.CodeAnalysis;

namespace Court.Kernel.Cases;

/// <summary>The case types (类型代字) Court knows, by code.</summary>
public sealed class CaseTypeCatalogue
{
    private readonly CodeIndex<CaseTypeInfo> _index;

    public CaseTypeCatalogue(IEnumerable<CaseTypeInfo> caseTypes)
    {
        _index = new CodeIndex<CaseTypeInfo>(caseTypes, t => t.Code, "case type");
    }

    public IReadOnlyList<CaseTypeInfo> All => _index.All;

    public bool Contains(string code) => _index.Find(code) is not null;

    public bool TryGet(string code, [NotNullWhen(true)] out CaseTypeInfo? caseType) => (caseType = _index.Find(code)) is not null;

    public CaseTypeInfo Get(string code) =>
        _index.Find(code) ?? throw new KeyNotFoundException($"No case type with code '{code}'.");

    internal int MaxCodeLength => _index.MaxCodeLength;

    internal CaseTypeInfo? Find(ReadOnlySpan<char> code) => _index.Find(code);
}
