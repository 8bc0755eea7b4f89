using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Court.EDossier;

/// <summary>
/// The address printed in the QR codes when <c>Court:Dossier:PublicBaseUrl</c> is not configured: the address the host
/// serves on (<c>--urls</c> / <c>ASPNETCORE_URLS</c>), an https one first. A wildcard host (0.0.0.0, *, +, [::]) stands for
/// every interface, so the machine's first LAN address is printed, the one a phone next to it can reach.
/// </summary>
internal static class PublicBaseUrl
{
    public const string Default = "http://127.0.0.1:5080";

    public static string FromServerUrls(string? urls, Func<string?> lanAddress)
    {
        var candidates = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Parse).OfType<Uri>().ToList();
        var chosen = candidates.FirstOrDefault(u => u.Scheme == Uri.UriSchemeHttps) ?? candidates.FirstOrDefault();
        if (chosen is null) return Default;
        var host = chosen.Host is "0.0.0.0" or "[::]" or "::" || chosen.Host.Length == 0 ? lanAddress() ?? "127.0.0.1" : chosen.Host;
        return new UriBuilder(chosen.Scheme, host, chosen.Port).Uri.GetLeftPart(UriPartial.Authority);
    }

    private static Uri? Parse(string url)
    {
        // Kestrel's wildcards are not valid URI hosts; read them as 0.0.0.0.
        var normalised = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        return Uri.TryCreate(normalised, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
    }

    /// <summary>The first IPv4 address of an interface that is up and not loopback, or null.</summary>
    public static string? FirstLanAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))?.ToString();
}
