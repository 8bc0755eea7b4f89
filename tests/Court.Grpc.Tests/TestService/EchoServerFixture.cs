using System.Net;
using Court.Interop.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Grpc.Tests.TestService;

/// <summary>The echo and health services on a real Kestrel at 127.0.0.1 (a free port), and a client for it.</summary>
public sealed class EchoServerFixture : IAsyncLifetime
{
    public const string DenyHeader = "x-deny";
    public const string DeniedMessage = "拒绝访问：调用方未获授权";

    private ServiceProvider? _services;
    private GrpcHostHandle? _host;
    private HttpMessageInvoker? _http;

    public CallProbe Probe { get; } = new();

    public HealthService Health { get; } = new();

    public Uri Address => _host!.Address;

    public GrpcClient Client { get; private set; } = null!;

    public GrpcClient CreateClient(GrpcClientOptions options) => new(_http!, Address, options);

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection()
            .AddSingleton(Probe)
            .AddScoped<ScopedMarker>()
            .BuildServiceProvider(validateScopes: true);
        var server = new GrpcServerBuilder()
            .AddEcho()
            .AddHealth(Health)
            .AddInterceptor(DenyWhenAsked)
            .Build();
        _host = await GrpcHosting.StartAsync(new GrpcEndpoint(IPAddress.Loopback, 0), server, _services);
        _http = GrpcClient.CreateInvoker();
        Client = new GrpcClient(_http, Address);

        // Connect now, so that tests with short deadlines do not spend them on the connection.
        await SayAsync(new EchoRequest { Text = "warm-up" });
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    public Task<EchoReply> SayAsync(EchoRequest request, CallOptions options = default) =>
        Client.UnaryAsync(EchoMethods.Say, request, options);

    private static Task DenyWhenAsked(ServerCallContext context, Func<Task> continuation) =>
        context.RequestHeaders.GetValue(DenyHeader) is null
            ? continuation()
            : throw new RpcException(StatusCode.PermissionDenied, DeniedMessage);
}
