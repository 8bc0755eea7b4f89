using System.Net;
using Court.Host.Identity;
using Court.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Court.Host.Tests.Features.Auth;

/// <summary>
/// The host where each request may say which client address it comes from (<see cref="AddressHeader"/>; the in-memory server has
/// none), and where password hash verifications are counted.
/// </summary>
public sealed class AddressedApp : CourtAppFactory
{
    public const string AddressHeader = "X-Test-Client-Address";

    internal CountingPasswordHasher Hasher { get; } = new();

    public HttpClient ClientFrom(string address)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<IPasswordHasher<CourtUser>>(Hasher);
            s.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        });
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.TryGetValue(AddressHeader, out var address)) context.Connection.RemoteIpAddress = IPAddress.Parse(address!);
                return following(context);
            });
            next(app);
        };
    }
}

/// <summary>Identity's own hasher, counting how often a password is verified.</summary>
internal sealed class CountingPasswordHasher : IPasswordHasher<CourtUser>
{
    private readonly PasswordHasher<CourtUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(CourtUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(CourtUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
