using System.Net;
using Court.Grpc.Tests.TestService;
using Court.Interop.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Grpc.Tests.Server;

public class PipelineHostingTests
{
    [Fact]
    public async Task A_server_runs_as_the_terminal_delegate_of_an_existing_pipeline()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(new CallProbe()).AddScoped<ScopedMarker>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1);
        });
        await using var app = builder.Build();
        var server = new GrpcServerBuilder().AddEcho().Build();
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => new Uri(a)).ToList();
        var (address, http1Address) = (addresses[0], addresses[1]);
        using var http = GrpcClient.CreateInvoker();
        var client = new GrpcClient(http, address);

        (await client.UnaryAsync(EchoMethods.Say, new EchoRequest { Text = "管道" })).Text.ShouldBe("管道");
        var scoped = await client.UnaryAsync(EchoMethods.Say, new EchoRequest { Text = EchoService.ScopeText });
        Guid.TryParse(scoped.Text, out _).ShouldBeTrue();

        using var http1 = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(http1Address, EchoMethods.Say.FullName))
        {
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/grpc");
        using var response = await http1.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.UpgradeRequired);

        await app.StopAsync();
    }
}
