using System.Diagnostics.CodeAnalysis;

namespace Court.Kernel.Cases;

/// <summary>The courts Court knows, by 法院代字. Every parent code must itself be in the catalogue.</summary>
public sealed class CourtCatalogue
{
    private readonly CodeIndex<CourtInfo> _index;

    public CourtCatalogue(IEnumerable<CourtInfo> courts)
    {
        _index = new CodeIndex<CourtInfo>(courts, c => c.Code, "court");
        foreach (var court in _index.All)
        {
            if (court.ParentCode is { } parent && _index.Find(parent) is null)
                throw new ArgumentException($"The court '{court.Code}' names an unknown parent '{parent}'.", nameof(courts));
        }
    }

    public IReadOnlyList<CourtInfo> All => _index.All;

    public bool Contains(string code) => _index.Find(code) is not null;

    public bool TryGet(string code, [NotNullWhen(true)] out CourtInfo? court) => (court = _index.Find(code)) is not null;

    public CourtInfo Get(string code) =>
        _index.Find(code) ?? throw new KeyNotFoundException($"No court with code '{code}'.");

    /// <summary>The courts whose appeals go to the court with <paramref name="code"/>.</summary>
    public IEnumerable<CourtInfo> ChildrenOf(string code) => _index.All.Where(c => c.ParentCode == code);

    internal CourtInfo? Find(ReadOnlySpan<char> code) => _index.Find(code);
}
