namespace Court.Seeds.Sandbox;

/// <summary>
/// Everything that must be unique across the registry, claimed by the fixed demo subjects first and by the
/// generated ones after. Only asked whether a key is taken; never enumerated, so hash order cannot reach the output.
/// </summary>
internal sealed class UniqueKeys
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Claims <paramref name="key"/> in <paramref name="space"/>; false when it was already taken.</summary>
    public bool TryClaim(string space, string key) => _taken.Add($"{space}:{key}");

    public void Claim(string space, string key)
    {
        if (!TryClaim(space, key)) throw new InvalidOperationException($"{space} '{key}' is claimed twice.");
    }

    /// <summary>Draws until <paramref name="draw"/> yields an unclaimed key.</summary>
    public string ClaimNew(string space, Func<string> draw)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var key = draw();
            if (TryClaim(space, key)) return key;
        }
        throw new InvalidOperationException($"No free {space} left.");
    }
}

internal static class KeySpaces
{
    public const string ResidentId = "resident-id";
    public const string CreditCode = "credit-code";
    public const string OrganisationName = "organisation-name";
    public const string Phone = "phone";
    public const string Certificate = "certificate";
    public const string Plate = "plate";
    public const string Account = "account";
}
