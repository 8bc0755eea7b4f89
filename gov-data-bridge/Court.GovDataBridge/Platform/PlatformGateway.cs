using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Court.GovDataBridge.Platform;

/// <summary>A platform reply and whether it came from the bridge's cache.</summary>
internal readonly record struct PlatformReply<T>(T Value, bool FromCache);

/// <summary>
/// Every call to the government platform goes through here: a deadline per call, a rate that stays under the
/// platform's limit, bounded concurrency, a circuit breaker that fails fast while the platform is down, and — for
/// queries only — retries with jittered backoff and a short cache. Actions are sent once per attempt: their retries
/// belong to the durable queue, which resends the same idempotency key.
/// </summary>
internal sealed class PlatformGateway : IDisposable
{
    private static readonly StatusCode[] Transient = [StatusCode.Unavailable, StatusCode.DeadlineExceeded, StatusCode.ResourceExhausted, StatusCode.Aborted];
    private static readonly StatusCode[] PlatformTrouble = [StatusCode.Unavailable, StatusCode.DeadlineExceeded, StatusCode.Internal, StatusCode.Unknown];

    private readonly PlatformConnection _connection;
    private readonly BridgeOptions _options;
    private readonly TimeProvider _clock;
    private readonly IMemoryCache _cache;
    private readonly CircuitBreaker _breaker;
    private readonly SemaphoreSlim _concurrency;
    private readonly CallPacer _pace;

    public PlatformGateway(PlatformConnection connection, IOptions<BridgeOptions> options, TimeProvider clock, IMemoryCache cache)
    {
        _connection = connection;
        _options = options.Value;
        _clock = clock;
        _cache = cache;
        _breaker = new CircuitBreaker(Math.Max(1, _options.BreakerFailureThreshold), TimeSpan.FromMilliseconds(_options.BreakerOpenMilliseconds), clock);
        _concurrency = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrentPlatformCalls));
        _pace = new CallPacer(_options.PlatformCallsPerSecond, clock);
    }

    public bool CircuitOpen => _breaker.IsOpen;

    public async Task<PlatformReply<TResponse>> QueryAsync<TRequest, TResponse>(
        PlatformMethod<TRequest, TResponse> method, TRequest request, CancellationToken ct, bool cacheable = true)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var cacheKey = cacheable && _options.CacheSeconds > 0 ? method.Name + ":" + Convert.ToBase64String(request.ToByteArray()) : null;
        if (cacheKey is not null && _cache.TryGetValue(cacheKey, out TResponse? cached) && cached is not null)
            return new PlatformReply<TResponse>(cached, FromCache: true);

        var attempts = Math.Max(1, _options.QueryAttempts);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var response = await CallAsync(method, request, ct);
                if (cacheKey is not null) _cache.Set(cacheKey, response, TimeSpan.FromSeconds(_options.CacheSeconds));
                return new PlatformReply<TResponse>(response, FromCache: false);
            }
            catch (RpcException e) when (attempt < attempts && Transient.Contains(e.StatusCode) && !_breaker.IsOpen)
            {
                await Task.Delay(Backoff(attempt), _clock, ct);
            }
        }
    }

    /// <summary>One attempt of an action; the durable queue decides whether and when to try again.</summary>
    public Task<TResponse> ActAsync<TRequest, TResponse>(PlatformMethod<TRequest, TResponse> method, TRequest request, CancellationToken ct)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        CallAsync(method, request, ct);

    public static bool IsTransient(RpcException e) => Transient.Contains(e.StatusCode);

    /// <summary>
    /// Whether a failed action attempt leaves its outcome unknown, so the same idempotency key must be sent again: any
    /// transient failure, and also INTERNAL, UNKNOWN and CANCELLED, which is how a stream reset or a reply cut short in
    /// transit reaches a Grpc.Net.Client caller. Only an answer from the platform (invalid, refused, not found) is final.
    /// </summary>
    public static bool LeavesOutcomeUnknown(RpcException e) =>
        IsTransient(e) || e.StatusCode is StatusCode.Internal or StatusCode.Unknown or StatusCode.Cancelled;

    public void Dispose()
    {
        _pace.Dispose();
        _concurrency.Dispose();
    }

    private async Task<TResponse> CallAsync<TRequest, TResponse>(PlatformMethod<TRequest, TResponse> method, TRequest request, CancellationToken ct)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        if (!_breaker.TryEnter())
            throw GrpcErrors.Of(StatusCode.Unavailable, "政务数据平台暂时无法访问，系统已暂停向平台发送请求，请稍后再试。");

        await _concurrency.WaitAsync(ct);
        try
        {
            await _pace.WaitAsync(ct);
            // gRPC measures the deadline against the machine's clock, not the injected one (which a test may have moved).
            var deadline = TimeProvider.System.GetUtcNow().UtcDateTime.AddMilliseconds(Math.Max(1, _options.CallDeadlineMilliseconds));
            var clients = await _connection.ClientsAsync(ct);
            var response = await method.Invoke(clients, request, new CallOptions(_connection.Headers, deadline, ct));
            _breaker.Succeeded();
            return response;
        }
        catch (RpcException e) when (PlatformTrouble.Contains(e.StatusCode) && !ct.IsCancellationRequested)
        {
            _breaker.Failed();
            throw GrpcErrors.Of(e.StatusCode, Explain(e.StatusCode));
        }
        catch (RpcException)
        {
            _breaker.Succeeded(); // the platform answered (not found, invalid, ...): it is up
            throw;
        }
        finally
        {
            _concurrency.Release();
        }
    }

    private static string Explain(StatusCode code) => code == StatusCode.DeadlineExceeded
        ? "政务数据平台未在规定时间内答复，请稍后再试。"
        : "政务数据平台暂时无法访问，请稍后再试。";

    // Full jitter (AWS architecture blog, "Exponential Backoff And Jitter"): spreads retries of many callers.
    private TimeSpan Backoff(int attempt)
    {
        var ceiling = Math.Max(1, _options.RetryBaseMilliseconds) * Math.Pow(2, attempt - 1);
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * ceiling);
    }
}
