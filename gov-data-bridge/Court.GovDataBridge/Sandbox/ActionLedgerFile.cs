using System.Buffers;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using GovData.Platform.V1;
using PlatformAction = GovData.Platform.V1.Action;

namespace Court.GovDataBridge.Sandbox;

/// <summary>
/// Applied actions as JSON lines, <c>{"request":…,"action":…}</c> in the platform's JSON mapping, each written and
/// flushed to disk before the reply goes out. A last line without its newline was cut short by a crash before the
/// reply, so it is dropped on load.
/// </summary>
internal sealed class ActionLedgerFile : IDisposable
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);
    private readonly FileStream _stream;

    private ActionLedgerFile(FileStream stream) => _stream = stream;

    /// <summary>Opens (or creates, owner-only) the file for appending, and returns what it already holds.</summary>
    public static ActionLedgerFile Open(string path, out IReadOnlyList<AppliedAction> applied)
    {
        applied = File.Exists(path) ? Load(path) : [];
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new ActionLedgerFile(new FileStream(path, options));
    }

    public void Append(AppliedAction applied)
    {
        var line = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(line))
        {
            json.WriteStartObject();
            json.WritePropertyName("request");
            json.WriteRawValue(Formatter.Format(applied.Request));
            json.WritePropertyName("action");
            json.WriteRawValue(Formatter.Format(applied.Action));
            json.WriteEndObject();
        }

        line.Write("\n"u8);
        _stream.Write(line.WrittenSpan);
        _stream.Flush(flushToDisk: true);
    }

    public void Dispose() => _stream.Dispose();

    private static List<AppliedAction> Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var complete = bytes.AsSpan().LastIndexOf((byte)'\n') + 1;
        var applied = new List<AppliedAction>();
        var number = 0;
        foreach (var line in Encoding.UTF8.GetString(bytes, 0, complete).Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            applied.Add(Parse(line) ?? throw new InvalidDataException(
                $"{path}:{number}: not an applied action; the sandbox platform's ledger is damaged."));
        }

        if (complete < bytes.Length)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
            stream.SetLength(complete);
        }

        return applied;
    }

    private static AppliedAction? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var request = JsonParser.Default.Parse<SubmitActionRequest>(document.RootElement.GetProperty("request").GetRawText());
            var action = JsonParser.Default.Parse<PlatformAction>(document.RootElement.GetProperty("action").GetRawText());
            return new AppliedAction(request, action);
        }
        catch (Exception ex) when (ex is JsonException or InvalidProtocolBufferException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
