using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;

namespace Court.Grpc;

/// <summary>
/// Moves <see cref="Metadata"/> to and from HTTP/2 headers: binary values as unpadded base64,
/// and the protocol's own headers kept out of the application's sight in both directions.
/// </summary>
internal static class MetadataHeaders
{
    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "content-type", "content-length", "te", "host", "connection", "keep-alive", "upgrade",
        "proxy-connection", "transfer-encoding", "accept-encoding", "content-encoding",
    };

    /// <summary>Pseudo-headers, transport headers and <c>grpc-*</c> (except rich error details) are the protocol's.</summary>
    public static bool IsReserved(string key) =>
        key.StartsWith(':')
        || (key.StartsWith("grpc-", StringComparison.OrdinalIgnoreCase) && !key.Equals("grpc-status-details-bin", StringComparison.OrdinalIgnoreCase))
        || ReservedHeaders.Contains(key);

    /// <summary>The (key, value) pairs to send; user-agent is also ours to set.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ToHeaders(Metadata metadata)
    {
        foreach (var entry in metadata)
        {
            if (IsReserved(entry.Key) || entry.Key == "user-agent")
            {
                continue;
            }

            yield return new(entry.Key, entry.Binary is { } bytes ? Convert.ToBase64String(bytes).TrimEnd('=') : entry.Value!);
        }
    }

    public static Metadata FromRequest(IHeaderDictionary headers)
    {
        var metadata = new Metadata();
        foreach (var (key, values) in headers)
        {
            foreach (var value in values)
            {
                Add(metadata, key, value);
            }
        }

        return metadata;
    }

    public static Metadata FromResponse(HttpHeaders headers)
    {
        var metadata = new Metadata();
        foreach (var (key, values) in headers.NonValidated)
        {
            foreach (var value in values)
            {
                Add(metadata, key, value);
            }
        }

        return metadata;
    }

    private static void Add(Metadata metadata, string key, string? value)
    {
        if (value is null || IsReserved(key))
        {
            return;
        }

        var normalized = key.ToLowerInvariant();
        if (!Metadata.IsBinaryKey(normalized))
        {
            metadata.AddEntry(new MetadataEntry(normalized, value, null));
            return;
        }

        // Several binary values under one key may arrive joined by commas.
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryDecodeBase64(part, out var bytes))
            {
                metadata.AddEntry(new MetadataEntry(normalized, null, bytes));
            }
        }
    }

    /// <summary>Accepts padded and unpadded base64, as the spec requires.</summary>
    internal static bool TryDecodeBase64(string text, out byte[] bytes)
    {
        var padded = (text.Length % 4) switch
        {
            2 => text + "==",
            3 => text + "=",
            _ => text,
        };
        bytes = new byte[padded.Length / 4 * 3];
        if (Convert.TryFromBase64String(padded, bytes, out var written))
        {
            bytes = bytes.AsSpan(0, written).ToArray();
            return true;
        }

        bytes = [];
        return false;
    }
}
