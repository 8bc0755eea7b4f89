using System.Text.Json;

namespace Court.Kernel.Jobs;

/// <summary>What a handler knows about the attempt it is running.</summary>
public sealed class JobContext(Guid jobId, int attempt, string payloadJson, Func<int, string?, CancellationToken, Task> reportProgress)
{
    public Guid JobId { get; } = jobId;

    /// <summary>1 for the first run; higher after a failure or after the process running it died.</summary>
    public int Attempt { get; } = attempt;

    public string PayloadJson { get; } = payloadJson;

    public T Payload<T>() =>
        JsonSerializer.Deserialize<T>(PayloadJson, JobJson.Options)
        ?? throw new InvalidOperationException($"Job {JobId} has an empty payload.");

    /// <summary>Shown on 管理 → 后台任务. <paramref name="percent"/> is clamped to 0–100; <paramref name="message"/> is Chinese.</summary>
    public Task ReportProgressAsync(int percent, string? message = null, CancellationToken ct = default) =>
        reportProgress(Math.Clamp(percent, 0, 100), message, ct);
}

/// <summary>The one JSON shape for job payloads (web defaults: camelCase, case-insensitive).</summary>
public static class JobJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(object? payload) => JsonSerializer.Serialize(payload, payload?.GetType() ?? typeof(object), Options);
}
