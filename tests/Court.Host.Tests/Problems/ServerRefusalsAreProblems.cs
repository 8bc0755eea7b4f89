using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Court.Host.Tests.Infrastructure;

namespace Court.Host.Tests.Problems;

/// <summary>
/// Issue 11 finding 10: requests refused for their shape — a target too long, headers too large — get a ProblemDetails
/// with a Chinese detail, not an empty body; a NUL in the path is still Kestrel's own empty 400. Through a real Kestrel
/// socket, as the refusals happen at that level.
/// </summary>
public sealed class ServerRefusalsAreProblems : IAsyncLifetime
{
    private readonly CourtAppFactory _app = new();
    private int _port;

    public Task InitializeAsync()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            _port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        _app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
        _app.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_uri_too_long_is_a_414_problem()
    {
        var (status, body) = await SendAsync($"GET /api/public/progress?caseNumber={new string('1', 12 * 1024)} HTTP/1.1\r\nHost: court\r\n\r\n");

        status.ShouldBe(414);
        ShouldBeChineseProblem(body, "/problems/uri-too-long");
    }

    [Fact]
    public async Task Headers_too_large_are_a_431_problem()
    {
        var (status, body) = await SendAsync($"GET /api/me HTTP/1.1\r\nHost: court\r\nCookie: c={new string('x', 40 * 1024)}\r\n\r\n");

        status.ShouldBe(431);
        ShouldBeChineseProblem(body, "/problems/headers-too-large");
    }

    [Fact]
    public async Task A_nul_in_the_path_is_refused_400_by_kestrel_before_the_pipeline_and_the_body_stays_empty()
    {
        // Kestrel rejects a decoded NUL while parsing the request line and offers no hook for the answer (ADR 0013):
        // the refusal is certain, its body is not ours. This test says so, and fails when Kestrel changes.
        var (status, body) = await SendAsync("GET /api/cases/%00/progress HTTP/1.1\r\nHost: court\r\n\r\n");

        status.ShouldBe(400);
        body.ShouldBeEmpty();
    }

    private static void ShouldBeChineseProblem(string body, string type)
    {
        body.ShouldNotBeEmpty();
        using var problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("type").GetString().ShouldBe(type);
        problem.RootElement.GetProperty("detail").GetString()!.ShouldMatch(@"\p{IsCJKUnifiedIdeographs}");
    }

    /// <summary>One raw HTTP/1.1 request on a fresh connection; the status and the body as the server wrote them.</summary>
    private async Task<(int Status, string Body)> SendAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.Replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n", StringComparison.Ordinal)));
        using var reader = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await stream.CopyToAsync(reader, timeout.Token);
        }
        catch (IOException)
        {
            // Kestrel may reset the connection after answering a request it refused.
        }
        var response = Encoding.UTF8.GetString(reader.ToArray());
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var head = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var body = head < 0 ? "" : response[(head + 4)..];
        if (response.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)) body = Unchunk(body);
        return (status, body);
    }

    private static string Unchunk(string chunked)
    {
        var result = new StringBuilder();
        var rest = chunked;
        while (true)
        {
            var line = rest.IndexOf("\r\n", StringComparison.Ordinal);
            if (line < 0) break;
            var size = Convert.ToInt32(rest[..line], 16);
            if (size == 0) break;
            var bytes = Encoding.UTF8.GetBytes(rest[(line + 2)..]);
            result.Append(Encoding.UTF8.GetString(bytes, 0, size));
            rest = Encoding.UTF8.GetString(bytes, size + 2, bytes.Length - size - 2);
        }
        return result.ToString();
    }
}
