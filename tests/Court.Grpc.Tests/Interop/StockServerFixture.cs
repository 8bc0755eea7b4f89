using Court.Grpc.Tests.TestService;
using Court.Interop.V1;

namespace Court.Grpc.Tests.Interop;

/// <summary>Debian's stock Python gRPC server running echo_server.py, and our client for it.</summary>
public sealed class StockServerFixture : IAsyncLifetime
{
    private StockGrpcServer? _server;
    private HttpMessageInvoker? _http;

    public GrpcClient Client { get; private set; } = null!;

    public Uri Address => _server!.Address;

    public string StandardError => _server?.StandardError ?? string.Empty;

    public async Task InitializeAsync()
    {
        _server = await StockGrpc.StartServerAsync("Interop/echo_server.py", await InteropStubs.GetFolderAsync());
        _http = GrpcClient.CreateInvoker();
        Client = new GrpcClient(_http, _server.Address);

        // Connect now, so that tests with short deadlines do not spend them on the connection.
        await Client.UnaryAsync(EchoMethods.Say, new EchoRequest { Text = "warm-up" });
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
