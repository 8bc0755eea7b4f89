namespace Court.Host.Tests.Jobs;

internal static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Polls <paramref name="probe"/> until it returns a value; fails with <paramref name="what"/> after the timeout.</summary>
    public static async Task<T> GetAsync<T>(string what, Func<Task<T?>> probe, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for: {what}");
            await Task.Delay(50);
        }
    }

    public static async Task HoldsAsync(string what, Func<Task<bool>> probe, TimeSpan? timeout = null) =>
        await GetAsync(what, async () => await probe() ? "yes" : null, timeout);
}
