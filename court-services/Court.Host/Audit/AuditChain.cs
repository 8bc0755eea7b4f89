using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Court.Host.Audit;

/// <summary>
/// The audit log's hash chain (ADR 0015): each entry stores SHA-256 over its canonical content and the hash of the entry
/// before it, so editing an entry breaks its own hash and removing one breaks the link of the next. Entries from before
/// the chain (version 20261203040000) have no hash; they are chained in order as if they had, and the first chained
/// entry links to the last of them.
/// </summary>
internal static class AuditChain
{
    private const string Version = "court-audit-chain-v1";

    /// <summary>Timestamps are hashed and stored to the microsecond, which both providers keep exactly.</summary>
    public static DateTime ToStoredPrecision(DateTime at) => at.AddTicks(-(at.Ticks % 10));

    /// <summary>Lower-case hex SHA-256 of the entry's content (not its id) and <paramref name="previousHash"/>.</summary>
    public static string HashOf(AuditEntry e, string? previousHash)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(Version);
            json.WriteStringValue(previousHash);
            json.WriteStringValue(e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
            json.WriteStringValue(e.UserId?.ToString("D"));
            foreach (var text in new[] { e.UserName, e.Role, e.Action, e.CaseId?.ToString("D"), e.CaseNumber, e.Purpose, e.Target, e.ResultHash, e.Outcome, e.RemoteAddress })
                json.WriteStringValue(text);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    /// <summary>How verification names an entry to the reader: its number, time (UTC) and action.</summary>
    public static string Describe(AuditEntry e) =>
        $"第 {e.Id} 条（{e.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC，{e.Action}）";
}
