using System.Security.Cryptography;
using System.Text;
using Grpc.Core;

namespace Court.GovDataBridge.Sandbox;

/// <summary>Every call but a health check carries the platform key: <c>authorization: Bearer &lt;key&gt;</c>.</summary>
internal sealed class PlatformAuthentication : CallInterceptor
{
    private const string Scheme = "Bearer ";
    private readonly byte[] _key;

    public PlatformAuthentication(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        _key = Encoding.UTF8.GetBytes(key);
    }

    protected override Task InterceptAsync(object request, ServerCallContext context, Func<Task> continuation)
    {
        if (!SandboxPlatform.IsHealthCheck(context))
        {
            var authorization = context.RequestHeaders.GetValue("authorization");
            if (string.IsNullOrEmpty(authorization))
                throw GrpcErrors.Of(StatusCode.Unauthenticated, "缺少平台密钥");
            if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
                throw GrpcErrors.Of(StatusCode.Unauthenticated, "平台密钥格式不正确，应为 Bearer 令牌");
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim()), _key))
                throw GrpcErrors.Of(StatusCode.Unauthenticated, "平台密钥无效");
        }

        return continuation();
    }
}
