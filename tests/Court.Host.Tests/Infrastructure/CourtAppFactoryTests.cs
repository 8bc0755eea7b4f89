using System.Net;
using System.Net.Http.Json;
using Court.Kernel.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Court.Host.Tests.Infrastructure;

/// <summary>The test host itself: isolated, on the provider this run asks for, with the demo accounts signing in.</summary>
[Trait("Category", "Persistence")]
public sealed class CourtAppFactoryTests
{
    [Fact]
    public async Task The_host_runs_on_the_provider_this_test_run_asks_for()
    {
        await using var factory = new CourtAppFactory();
        using var client = factory.CreateAnonymousClient();

        var health = await client.GetFromJsonAsync<HealthBody>("/healthz");

        health!.Status.ShouldBe("Healthy");
        var database = factory.Services.GetRequiredService<ResolvedDatabase>();
        database.Provider.ShouldBe(TestDatabases.Current());
        database.ConnectionString.ShouldContain(factory.DatabaseName ?? Path.Combine(factory.DataDir, "court.db"));
    }

    [Fact]
    public async Task Each_factory_has_its_own_data_folder_and_database_and_removes_them_at_dispose()
    {
        var first = new CourtAppFactory();
        await using var second = new CourtAppFactory();
        _ = first.Server;
        _ = second.Server;

        first.DataDir.ShouldNotBe(second.DataDir);
        first.ConnectionString.ShouldNotBe(second.ConnectionString);
        if (first.Provider == DatabaseProvider.Sqlite) File.Exists(Path.Combine(first.DataDir, "court.db")).ShouldBeTrue();
        var firstDatabase = first.DatabaseName;
        if (firstDatabase is not null) (await DatabaseExistsAsync(firstDatabase)).ShouldBeTrue();

        await first.DisposeAsync();

        Directory.Exists(first.DataDir).ShouldBeFalse();
        if (firstDatabase is not null)
            (await DatabaseExistsAsync(firstDatabase)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_demo_account_gets_a_bearer_client_and_an_anonymous_client_is_refused()
    {
        await using var factory = new CourtAppFactory();
        using var judge = await factory.ClientForAsync("judge");
        using var anonymous = factory.CreateAnonymousClient();

        var me = await judge.GetFromJsonAsync<MeBody>("/api/me");
        var refused = await anonymous.GetAsync(new Uri("/api/me", UriKind.Relative));

        me!.UserName.ShouldBe("judge");
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_password_fails_loudly_with_the_answer_of_the_token_endpoint()
    {
        await using var factory = new CourtAppFactory();

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => factory.ClientForAsync("judge", "not-the-password"));

        failure.Message.ShouldContain("401");
    }

    private static async Task<bool> DatabaseExistsAsync(string name)
    {
        var server = new NpgsqlConnectionStringBuilder(TestDatabases.PostgresServer()) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private sealed record HealthBody(string Status);

    private sealed record MeBody(string UserName);
}
