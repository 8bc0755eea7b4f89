using Court.Kernel.GovData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Court.GovDataBridge.Sandbox;

internal static class SandboxPlatformModule
{
    /// <summary>
    /// Options (<c>Court:Platform</c>), faults (<c>Court:Platform:Faults</c>), the platform and its ledger, as singletons.
    /// The host registers <see cref="PlatformRegistryData"/>, and fills <see cref="SandboxOptions.Key"/> (from
    /// <see cref="SandboxKey.LoadOrCreateKey"/>) and <see cref="SandboxOptions.LedgerFile"/> when configuration leaves them empty.
    /// </summary>
    public static IServiceCollection AddSandboxPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SandboxOptions>().Bind(configuration.GetSection(SandboxOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SandboxOptions>>().Value);
        services.AddSingleton(_ =>
        {
            var faults = new SandboxFaults();
            configuration.GetSection(SandboxFaults.Section).Bind(faults);
            return faults;
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<SandboxOptions>();
            var key = options.Key is { Length: > 0 } configured
                ? configured
                : throw new InvalidOperationException(
                    $"{SandboxOptions.Section}:Key is empty: the host sets it, from SandboxKey.LoadOrCreateKey(dataDir) when none is configured.");
            return new SandboxPlatform(
                sp.GetRequiredService<PlatformRegistryData>(),
                options,
                sp.GetRequiredService<SandboxFaults>(),
                sp.GetService<TimeProvider>() ?? TimeProvider.System,
                key);
        });
        services.AddSingleton(sp => sp.GetRequiredService<SandboxPlatform>().Ledger);
        return services;
    }
}
