using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Court.Grpc.Tests.TestService;
using Court.Interop.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Grpc.Tests.Hosting;

public sealed class TlsHostingTests : IAsyncLifetime, IDisposable
{
    private readonly X509Certificate2 _certificate = CreateSelfSignedCertificate();
    private readonly ServiceProvider _services = new ServiceCollection().AddSingleton(new CallProbe()).BuildServiceProvider();
    private GrpcHostHandle _host = null!;

    public async Task InitializeAsync()
    {
        var server = new GrpcServerBuilder().AddEcho().Build();
        _host = await GrpcHosting.StartAsync(new GrpcEndpoint(IPAddress.Loopback, 0, _certificate), server, _services);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _services.DisposeAsync();
    }

    public void Dispose() => _certificate.Dispose();

    [Fact]
    public async Task A_tls_endpoint_answers_a_client_that_trusts_its_certificate()
    {
        _host.Address.Scheme.ShouldBe("https");
        using var http = GrpcClient.CreateInvoker((_, certificate, _, _) => certificate?.GetCertHashString() == _certificate.GetCertHashString());
        var client = new GrpcClient(http, _host.Address);

        (await client.UnaryAsync(EchoMethods.Say, new EchoRequest { Text = "加密通道" })).Text.ShouldBe("加密通道");
    }

    [Fact]
    public async Task A_client_that_does_not_trust_the_certificate_gets_unavailable()
    {
        using var http = GrpcClient.CreateInvoker();
        var client = new GrpcClient(http, _host.Address);

        var failure = await Should.ThrowAsync<RpcException>(() => client.UnaryAsync(EchoMethods.Say, new EchoRequest()));

        failure.StatusCode.ShouldBe(StatusCode.Unavailable);
    }

    private static X509Certificate2 CreateSelfSignedCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=court-grpc-test", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(1));
    }
}
