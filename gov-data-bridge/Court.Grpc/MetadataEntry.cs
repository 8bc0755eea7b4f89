namespace Court.Grpc;

/// <summary>One header or trailer: <see cref="Value"/> for ASCII keys, <see cref="Binary"/> for keys ending in <c>-bin</c>.</summary>
public sealed record MetadataEntry(string Key, string? Value, byte[]? Binary)
{
    public bool IsBinary => Binary is not null;
}
