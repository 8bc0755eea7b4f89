using Court.Grpc.Tests.TestService;
using Grpc.Health.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Court.Grpc.Tests.Health;

public class HealthServiceTests(EchoServerFixture server) : IClassFixture<EchoServerFixture>
{
    private static readonly Method<HealthCheckRequest, HealthCheckResponse> Check =
        Method<HealthCheckRequest, HealthCheckResponse>.Unary("grpc.health.v1.Health", "Check");

    private static readonly Method<HealthCheckRequest, HealthCheckResponse> Watch =
        Method<HealthCheckRequest, HealthCheckResponse>.ServerStreaming("grpc.health.v1.Health", "Watch");

    private Task<HealthCheckResponse> CheckAsync(string service) =>
        server.Client.UnaryAsync(Check, new HealthCheckRequest { Service = service });

    [Fact]
    public async Task The_server_as_a_whole_is_serving_from_the_start() =>
        (await CheckAsync(string.Empty)).Status.ShouldBe(ServingStatus.Serving);

    [Fact]
    public async Task Checking_an_unknown_service_is_not_found() =>
        (await Should.ThrowAsync<RpcException>(() => CheckAsync("no.such.Service"))).StatusCode.ShouldBe(StatusCode.NotFound);

    [Fact]
    public async Task Check_reports_the_status_last_set()
    {
        server.Health.SetStatus("court.Check", ServingStatus.Serving);
        (await CheckAsync("court.Check")).Status.ShouldBe(ServingStatus.Serving);

        server.Health.SetStatus("court.Check", ServingStatus.NotServing);
        (await CheckAsync("court.Check")).Status.ShouldBe(ServingStatus.NotServing);
    }

    [Fact]
    public async Task Watch_sends_the_current_status_then_each_change()
    {
        server.Health.SetStatus("court.Watched", ServingStatus.Serving);
        await using var call = server.Client.ServerStreaming(Watch, new HealthCheckRequest { Service = "court.Watched" });
        await using var updates = call.ReadAllAsync().GetAsyncEnumerator();

        (await NextAsync(updates)).ShouldBe(ServingStatus.Serving);
        server.Health.SetStatus("court.Watched", ServingStatus.NotServing);
        (await NextAsync(updates)).ShouldBe(ServingStatus.NotServing);
        server.Health.SetStatus("court.Watched", ServingStatus.NotServing);
        server.Health.SetStatus("court.Watched", ServingStatus.Serving);
        (await NextAsync(updates)).ShouldBe(ServingStatus.Serving);
    }

    [Fact]
    public async Task Watching_an_unknown_service_reports_it_unknown_until_it_appears()
    {
        await using var call = server.Client.ServerStreaming(Watch, new HealthCheckRequest { Service = "court.Later" });
        await using var updates = call.ReadAllAsync().GetAsyncEnumerator();

        (await NextAsync(updates)).ShouldBe(ServingStatus.ServiceUnknown);
        server.Health.SetStatus("court.Later", ServingStatus.Serving);
        (await NextAsync(updates)).ShouldBe(ServingStatus.Serving);
    }

    private static async Task<ServingStatus> NextAsync(IAsyncEnumerator<HealthCheckResponse> updates)
    {
        (await updates.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5))).ShouldBeTrue();
        return updates.Current.Status;
    }
}
