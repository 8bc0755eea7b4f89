using System.Collections;

namespace Court.Grpc;

/// <summary>
/// Custom headers or trailers of a call. Keys are lower-cased and limited to <c>0-9 a-z _ - .</c>;
/// keys ending in <c>-bin</c> carry bytes (base64 on the wire), all others printable ASCII.
/// </summary>
#pragma warning disable CA1710 // "Metadata" is the gRPC name for this collection.
public sealed class Metadata : IEnumerable<MetadataEntry>
#pragma warning restore CA1710
{
    internal const string BinarySuffix = "-bin";

    private readonly List<MetadataEntry> _entries = [];

    public int Count => _entries.Count;

    public void Add(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var normalized = NormalizeKey(key);
        if (IsBinaryKey(normalized))
        {
            throw new ArgumentException($"Key '{normalized}' ends in '-bin' and takes a byte[] value.", nameof(key));
        }

        foreach (var c in value)
        {
            if (c is < ' ' or > '~')
            {
                throw new ArgumentException($"Value of '{normalized}' must be printable ASCII; use a '-bin' key for other text.", nameof(value));
            }
        }

        _entries.Add(new MetadataEntry(normalized, value, null));
    }

    public void Add(string key, byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var normalized = NormalizeKey(key);
        if (!IsBinaryKey(normalized))
        {
            throw new ArgumentException($"Key '{normalized}' must end in '-bin' to carry a byte[] value.", nameof(key));
        }

        _entries.Add(new MetadataEntry(normalized, null, value));
    }

    /// <summary>The first ASCII value under <paramref name="key"/>, or null.</summary>
    public string? GetValue(string key)
    {
        var normalized = key.ToLowerInvariant();
        foreach (var entry in _entries)
        {
            if (entry.Key == normalized && entry.Value is not null)
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>The first binary value under <paramref name="key"/>, or null.</summary>
    public byte[]? GetBinary(string key)
    {
        var normalized = key.ToLowerInvariant();
        foreach (var entry in _entries)
        {
            if (entry.Key == normalized && entry.Binary is not null)
            {
                return entry.Binary;
            }
        }

        return null;
    }

    public List<MetadataEntry>.Enumerator GetEnumerator() => _entries.GetEnumerator();

    IEnumerator<MetadataEntry> IEnumerable<MetadataEntry>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static bool IsBinaryKey(string key) => key.EndsWith(BinarySuffix, StringComparison.Ordinal);

    internal void AddEntry(MetadataEntry entry) => _entries.Add(entry);

    private static string NormalizeKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var normalized = key.ToLowerInvariant();
        foreach (var c in normalized)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.'))
            {
                throw new ArgumentException($"Metadata key '{key}' may only contain 0-9 a-z _ - .", nameof(key));
            }
        }

        return normalized;
    }
}
