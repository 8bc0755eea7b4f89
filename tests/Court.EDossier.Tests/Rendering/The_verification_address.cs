namespace Court.EDossier.Tests.Rendering;

/// <summary>
/// The QR codes point at the address the instance serves on when no public address is configured (issue 12 point 7):
/// <c>./court run --urls http://0.0.0.0:8080</c> must not print <c>http://127.0.0.1:5080</c>.
/// </summary>
public sealed class The_verification_address
{
    [Theory]
    [InlineData(null, "http://127.0.0.1:5080")]
    [InlineData("", "http://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5090", "http://127.0.0.1:5090")]
    [InlineData("http://court.example.cn", "http://court.example.cn")]
    [InlineData("http://localhost:5000;https://localhost:5001", "https://localhost:5001")]
    [InlineData("http://0.0.0.0:8080", "http://192.168.1.20:8080")]
    [InlineData("http://*:8080", "http://192.168.1.20:8080")]
    [InlineData("http://+:80", "http://192.168.1.20")]
    [InlineData("http://[::]:8080", "http://192.168.1.20:8080")]
    [InlineData("unix:/run/court.sock", "http://127.0.0.1:5080")]
    public void Is_the_address_the_host_serves_on(string? urls, string expected) =>
        PublicBaseUrl.FromServerUrls(urls, () => "192.168.1.20").ShouldBe(expected);

    [Fact]
    public void A_wildcard_on_a_machine_without_a_network_falls_back_to_loopback() =>
        PublicBaseUrl.FromServerUrls("http://0.0.0.0:8080", () => null).ShouldBe("http://127.0.0.1:8080");
}
