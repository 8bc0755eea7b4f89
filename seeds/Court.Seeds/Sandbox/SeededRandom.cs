namespace Court.Seeds.Sandbox;

/// <summary>
/// SplitMix64: a small PRNG whose sequence is ours, so a seed gives the same registry on every runtime and platform.
/// Each generator draws from its own named stream, so adding a draw in one does not reshuffle the others.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _state;

    private SeededRandom(ulong state) => _state = state;

    public static SeededRandom For(int seed, string stream)
    {
        // FNV-1a of the stream name, mixed with the seed.
        var hash = 14695981039346656037UL;
        foreach (var c in stream) hash = (hash ^ c) * 1099511628211UL;
        return new SeededRandom(hash ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL));
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="maxExclusive"/>.</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="maxInclusive"/>.</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="maxInclusive"/>.</summary>
    public long Between(long min, long maxInclusive) => min + (long)(NextUInt64() % (ulong)(maxInclusive - min + 1));

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Log-uniform between the bounds: as many values in 100–1,000 as in 1,000–10,000.</summary>
    public long LogUniform(long min, long max) =>
        (long)Math.Round(min * Math.Pow((double)max / min, NextDouble()), MidpointRounding.AwayFromZero);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public string Digits(int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++) chars[i] = (char)('0' + Next(10));
        return chars.ToString();
    }

    public DateOnly DateBetween(DateOnly first, DateOnly last) =>
        DateOnly.FromDayNumber(Between(first.DayNumber, last.DayNumber));

    /// <summary>Fisher–Yates, in place.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

/// <summary>Items with integer weights, drawn in proportion to them.</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly int[] _cumulative;

    public Weighted(IEnumerable<(T Item, int Weight)> entries)
    {
        var list = entries.ToList();
        _items = [.. list.Select(e => e.Item)];
        _cumulative = new int[list.Count];
        var total = 0;
        for (var i = 0; i < list.Count; i++) _cumulative[i] = total += list[i].Weight;
    }

    public T Draw(SeededRandom random)
    {
        var ticket = random.Next(_cumulative[^1]);
        var index = Array.BinarySearch(_cumulative, ticket + 1);
        return _items[index >= 0 ? index : ~index];
    }
}
