using System.Collections.Concurrent;

namespace Court.Host.Identity;

/// <summary>
/// Failed sign-ins counted per client address and per (address, account) over a sliding window on the injected clock (ADR 0014).
/// An address that fails too often is told to wait; five failures from one address lock the account against that address only,
/// so nobody can lock a judge out by guessing from elsewhere. In memory, per node.
/// </summary>
internal sealed class SignInThrottle(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Failures from one address, over all accounts, before the address must wait.</summary>
    public const int FailuresPerAddress = 20;

    /// <summary>Failures from one address at one account before that account refuses that address.</summary>
    public const int FailuresPerAccount = 5;

    private const int MaxKeys = 100_000;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="address"/> must wait before trying any account, or null when it may try.</summary>
    public TimeSpan? AddressMustWait(string address) => Wait(AddressKey(address), FailuresPerAddress);

    /// <summary>How long the account refuses <paramref name="address"/>, or null.</summary>
    public TimeSpan? AccountRefuses(string address, string userName) => Wait(AccountKey(address, userName), FailuresPerAccount);

    public void RecordFailure(string address, string userName)
    {
        if (_failures.Count > MaxKeys) Prune();
        Add(AddressKey(address));
        Add(AccountKey(address, userName));
    }

    /// <summary>A right password from an address clears that address's count at the account (not the address's overall count).</summary>
    public void RecordSuccess(string address, string userName) => _failures.TryRemove(AccountKey(address, userName), out _);

    private TimeSpan? Wait(string key, int limit)
    {
        if (!_failures.TryGetValue(key, out var times)) return null;
        var now = clock.GetUtcNow();
        lock (times)
        {
            while (times.Count > 0 && times.Peek() <= now - Window) times.Dequeue();
            return times.Count >= limit ? times.ElementAt(times.Count - limit) + Window - now : null;
        }
    }

    private void Add(string key)
    {
        var times = _failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            times.Enqueue(clock.GetUtcNow());
            while (times.Count > FailuresPerAddress) times.Dequeue();
        }
    }

    private void Prune()
    {
        var cutoff = clock.GetUtcNow() - Window;
        foreach (var (key, times) in _failures)
            lock (times)
                if (times.Count == 0 || times.Last() <= cutoff) _failures.TryRemove(key, out _);
    }

    private static string AddressKey(string address) => "a|" + address;

    private static string AccountKey(string address, string userName) => "u|" + address + "|" + userName.ToUpperInvariant();
}
