using System.Net;
using Court.Grpc.Tests.TestService;
using Court.Interop.V1;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Grpc.Tests.Hosting;

public class GrpcHostingTests
{
    [Fact]
    public async Task Port_zero_listens_on_a_free_port_with_a_loopback_address()
    {
        await using var services = new ServiceCollection().AddSingleton(new CallProbe()).BuildServiceProvider();
        await using var first = await GrpcHosting.StartAsync(new GrpcEndpoint(IPAddress.Loopback, 0), new GrpcServerBuilder().Build(), services);
        await using var second = await GrpcHosting.StartAsync(new GrpcEndpoint(IPAddress.Any, 0), new GrpcServerBuilder().Build(), services);

        first.Address.Host.ShouldBe("127.0.0.1");
        second.Address.Host.ShouldBe("127.0.0.1");
        first.Address.Port.ShouldNotBe(second.Address.Port);
        first.Address.Port.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Stopping_the_host_ends_running_calls_as_unavailable()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        var server = new GrpcServerBuilder().AddHealth(new HealthService()).Build();
        var host = await GrpcHosting.StartAsync(new GrpcEndpoint(IPAddress.Loopback, 0), server, services);
        using var http = GrpcClient.CreateInvoker();
        var client = new GrpcClient(http, host.Address);
        var watch = Method<HealthCheckRequest, HealthCheckResponse>.ServerStreaming("grpc.health.v1.Health", "Watch");
        await using var call = client.ServerStreaming(watch, new HealthCheckRequest());
        await using var updates = call.ReadAllAsync().GetAsyncEnumerator();
        (await updates.MoveNextAsync()).ShouldBeTrue();

        var stopping = host.DisposeAsync().AsTask();
        var failure = await Should.ThrowAsync<RpcException>(async () => await updates.MoveNextAsync());
        await stopping.WaitAsync(TimeSpan.FromSeconds(4));

        failure.StatusCode.ShouldBe(StatusCode.Unavailable);
    }

    [Fact]
    public async Task Handlers_resolve_the_callers_services()
    {
        var probe = new CallProbe();
        await using var services = new ServiceCollection().AddSingleton(probe).AddScoped<ScopedMarker>().BuildServiceProvider();
        await using var host = await GrpcHosting.StartAsync(new GrpcEndpoint(IPAddress.Loopback, 0), new GrpcServerBuilder().AddEcho().Build(), services);
        using var http = GrpcClient.CreateInvoker();
        var client = new GrpcClient(http, host.Address);

        var reply = await client.UnaryAsync(EchoMethods.Say, new EchoRequest { Text = EchoService.ScopeText });

        Guid.TryParse(reply.Text, out _).ShouldBeTrue();
    }
}
