using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace Court.Host.Configuration;

/// <summary>The short COURT_* environment variables the README documents, mapped onto configuration keys.</summary>
internal static class EnvironmentOverrides
{
    private static readonly (string Variable, string Key)[] Map =
    [
        ("COURT_DATA_DIR", "Court:DataDir"),
        ("COURT_DB_PROVIDER", "Court:Database:Provider"),
        ("COURT_DB_CONNECTION", "Court:Database:ConnectionString"),
        ("COURT_BRIDGE_PORT", "Court:Bridge:Port"),
        ("COURT_PLATFORM_PORT", "Court:Platform:Port"),
        ("COURT_DEMO_PASSWORD", "Court:Demo:Password"),
        ("COURT_SEED_DEMO", "Court:SeedDemoData"),
        ("COURT_SECURE_COOKIES", "Court:SecureCookies"),
    ];

    /// <summary>
    /// Ranks the short variables with the other environment variables: above appsettings, below the command line
    /// and anything configured after (a test host's settings), as ASP.NET Core ranks its own sources.
    /// </summary>
    public static void AddCourtEnvironmentOverrides(this IConfigurationBuilder configuration)
    {
        var values = Map
            .Select(m => (m.Key, Value: Environment.GetEnvironmentVariable(m.Variable)))
            .Where(m => !string.IsNullOrEmpty(m.Value))
            .ToDictionary(m => m.Key, m => m.Value);
        var source = new MemoryConfigurationSource { InitialData = values };
        var lastEnvironment = configuration.Sources.ToList().FindLastIndex(s => s is EnvironmentVariablesConfigurationSource);
        if (lastEnvironment < 0) configuration.Add(source);
        else configuration.Sources.Insert(lastEnvironment + 1, source);
    }
}
