using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Court.Kernel;
using Court.Kernel.Dossier;

namespace Court.EDossier.Rendering;

/// <summary>
/// The identity of a document's content: lower-case hex SHA-256 of a canonical JSON of its elements (every public
/// property of its concrete type, kind included; keys sorted by ordinal at every level; no whitespace; money in fen;
/// times as UTC ISO 8601; value tuples as Item1, Item2). The verification URL carries it as <c>/verify/{fingerprint}</c>.
/// </summary>
internal static class CourtDocumentFingerprint
{
    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new UtcDateTimeConverter(), new MoneyAsFenConverter() },
    };

    public static string Of(CourtDocument document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson(document))));

    public static string CanonicalJson(CourtDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var node = JsonSerializer.SerializeToNode(document, document.GetType(), Options);
        return Sorted(node)?.ToJsonString(Options) ?? "null";
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sorted).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };

    private sealed class UtcDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTime().ToUniversalTime();

        // The kernel's times are UTC by contract; an Unspecified kind is taken as UTC, not converted.
        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue((value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc))
                .ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }

    private sealed class MoneyAsFenConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Money.FromFen(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Fen);
    }
}
