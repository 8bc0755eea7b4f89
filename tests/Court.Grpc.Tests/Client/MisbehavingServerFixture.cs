using System.Net;
using Court.Grpc.Tests.Support;
using Court.Interop.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Grpc.Tests.Client;

/// <summary>
/// A bare HTTP/2 server that answers each path with one particular reply — some of them wrong — so the client's
/// reading of statuses, headers and frames can be tested against exactly what arrives on the wire.
/// </summary>
public sealed class MisbehavingServerFixture : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpMessageInvoker? _http;

    public GrpcClient Client { get; private set; } = null!;

    public static Method<EchoRequest, EchoReply> Path(string name) => Method<EchoRequest, EchoReply>.Unary("test.Misbehaving", name);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        _app = builder.Build();
        _app.Run(ReplyAsync);
        await _app.StartAsync();
        var address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        _http = GrpcClient.CreateInvoker();
        Client = new GrpcClient(_http, address);
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static async Task ReplyAsync(HttpContext context)
    {
        var response = context.Response;
        var name = context.Request.Path.Value!.Split('/')[^1];
        if (name.StartsWith("http", StringComparison.Ordinal))
        {
            response.StatusCode = int.Parse(name[4..], System.Globalization.CultureInfo.InvariantCulture);
            return;
        }

        response.ContentType = "application/grpc";
        switch (name)
        {
            case "html":
                response.ContentType = "text/html";
                await response.WriteAsync("<html></html>");
                return;
            case "headers-only":
                response.Headers["grpc-status"] = "5";
                response.Headers["grpc-message"] = GrpcMessageEncoding.Encode("无此当事人");
                response.Headers["x-detail"] = "from-headers";
                return;
            case "headers-only-ok":
                response.Headers["grpc-status"] = "0";
                return;
            case "truncated":
                await response.Body.WriteAsync(new byte[] { 0, 0, 0, 0, 10, 1, 2, 3 });
                response.AppendTrailer("grpc-status", "0");
                return;
            case "no-status":
                await response.Body.WriteAsync(RawHttp2.Frame(new EchoReply { Text = "ok" }));
                return;
            case "compressed":
                var compressed = RawHttp2.Frame(new EchoReply { Text = "ok" });
                compressed[0] = 1;
                await response.Body.WriteAsync(compressed);
                response.AppendTrailer("grpc-status", "0");
                return;
            case "two-replies":
                await response.Body.WriteAsync(RawHttp2.Frame(new EchoReply { Text = "one" }));
                await response.Body.WriteAsync(RawHttp2.Frame(new EchoReply { Text = "two" }));
                response.AppendTrailer("grpc-status", "0");
                return;
            case "no-reply":
                response.AppendTrailer("grpc-status", "0");
                await response.Body.FlushAsync();
                return;
            case "unknown-status":
                response.AppendTrailer("grpc-status", "99");
                await response.Body.FlushAsync();
                return;
            case "reset":
                await response.Body.FlushAsync();
                context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResetFeature>()!.Reset(errorCode: 0x2);
                return;
            case "request-headers":
                var headers = context.Request.Headers;
                var seen = string.Join('|', "te", "user-agent", "content-type", "grpc-timeout", "x-case")
                    .Split('|').Select(key => $"{key}={headers[key]}");
                await response.Body.WriteAsync(RawHttp2.Frame(new EchoReply { Text = string.Join(';', seen) + $";version={context.Request.Protocol}" }));
                response.AppendTrailer("grpc-status", "0");
                return;
        }
    }
}
