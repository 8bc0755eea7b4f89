namespace Court.GovDataBridge.Sandbox;

/// <summary>Bound from <c>Court:Platform</c>: the sandbox government data platform served in embedded mode and tests.</summary>
internal sealed class SandboxOptions
{
    public const string Section = "Court:Platform";

    /// <summary>Loopback port (<c>COURT_PLATFORM_PORT</c>; 0 = any free port).</summary>
    public int Port { get; set; } = 5082;

    /// <summary>The key callers send as <c>authorization: Bearer</c>; when empty the host uses <see cref="SandboxKey.LoadOrCreateKey"/>.</summary>
    public string? Key { get; set; }

    /// <summary>Added to every call, as a slow city platform would.</summary>
    public int LatencyMilliseconds { get; set; }

    /// <summary>Calls accepted in any one second, all callers together; 0 = no limit. The city's platform allows 500.</summary>
    public int RateLimitPerSecond { get; set; } = 500;

    /// <summary>JSON-lines file of applied actions, reloaded at start; null = in memory only.</summary>
    public string? LedgerFile { get; set; }
}
