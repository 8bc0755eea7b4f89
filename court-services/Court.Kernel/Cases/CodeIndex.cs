namespace Court.Kernel.Cases;

/// <summary>An immutable index of catalogue entries by code, also searchable by span without allocating.</summary>
internal sealed class CodeIndex<T> where T : class
{
    private readonly Dictionary<string, T> _byCode;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    internal CodeIndex(IEnumerable<T> entries, Func<T, string> codeOf, string what)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _byCode = new Dictionary<string, T>(StringComparer.Ordinal);
        var ordered = new List<T>();
        foreach (var entry in entries)
        {
            var code = codeOf(entry);
            if (string.IsNullOrWhiteSpace(code)) throw new ArgumentException($"A {what} has an empty code.", nameof(entries));
            if (!_byCode.TryAdd(code, entry)) throw new ArgumentException($"The {what} code '{code}' appears twice.", nameof(entries));
            ordered.Add(entry);
            MaxCodeLength = Math.Max(MaxCodeLength, code.Length);
        }
        All = ordered.AsReadOnly();
        _bySpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal IReadOnlyList<T> All { get; }

    internal int MaxCodeLength { get; }

    internal T? Find(string code) => _byCode.GetValueOrDefault(code);

    internal T? Find(ReadOnlySpan<char> code) => _bySpan.TryGetValue(code, out var entry) ? entry : null;
}
