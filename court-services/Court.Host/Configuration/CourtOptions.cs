namespace Court.Host.Configuration;

/// <summary>Bound from <c>Court</c>; see README "Configuration" for every key and its environment variable.</summary>
internal sealed class CourtOptions
{
    public const string Section = "Court";

    /// <summary>Where the SQLite file, blobs, keys and the SMS sink live. <c>COURT_DATA_DIR</c>; default <c>./data</c>.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>Creates the demo accounts and cases on an empty database (embedded default; off in production).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Marks cookies Secure. On by default; <c>./court run</c> serves plain HTTP on loopback and turns it off.</summary>
    public bool SecureCookies { get; set; } = true;
}
