using Court.GovDataBridge.Sandbox;
using Court.Kernel.GovData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Court.GovDataBridge.Tests.Sandbox;

public sealed class Registration
{
    [Fact]
    public void AddSandboxPlatform_binds_options_and_faults_and_shares_one_platform_and_ledger()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Court:Platform:Port"] = "0",
            ["Court:Platform:Key"] = "configured-key",
            ["Court:Platform:RateLimitPerSecond"] = "50",
            ["Court:Platform:LatencyMilliseconds"] = "5",
            ["Court:Platform:Faults:ErrorRate"] = "0.25",
            ["Court:Platform:Faults:DownUntil"] = "2026-11-22T09:00:00+08:00",
            ["Court:Platform:Faults:Seed"] = "42",
        }).Build();
        var services = new ServiceCollection().AddSingleton(TestRegistry.Build()).AddSandboxPlatform(configuration);

        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<SandboxOptions>();
        options.Port.ShouldBe(0);
        options.RateLimitPerSecond.ShouldBe(50);
        options.LedgerFile.ShouldBeNull();
        var faults = provider.GetRequiredService<SandboxFaults>();
        faults.ErrorRate.ShouldBe(0.25);
        faults.Seed.ShouldBe(42);
        faults.DownUntil.ShouldBe(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero));
        var platform = provider.GetRequiredService<SandboxPlatform>();
        platform.Faults.ShouldBeSameAs(faults);
        provider.GetRequiredService<ActionLedger>().ShouldBeSameAs(platform.Ledger);
    }

    [Fact]
    public void Without_a_key_the_platform_does_not_start()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var provider = new ServiceCollection().AddSingleton(TestRegistry.Build()).AddSandboxPlatform(configuration).BuildServiceProvider();

        Should.Throw<InvalidOperationException>(provider.GetRequiredService<SandboxPlatform>).Message.ShouldContain("LoadOrCreateKey");
    }

    [Fact]
    public void The_defaults_are_the_city_platforms()
    {
        var options = new SandboxOptions();

        options.Port.ShouldBe(5082);
        options.RateLimitPerSecond.ShouldBe(500);
        options.LatencyMilliseconds.ShouldBe(0);
    }
}
