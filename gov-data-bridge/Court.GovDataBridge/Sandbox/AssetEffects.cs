using GovData.Platform.V1;

namespace Court.GovDataBridge.Sandbox;

/// <summary>
/// What applied actions did to the registered assets: restrictions placed and lifted, money deducted.
/// Not thread-safe: <see cref="ActionLedger"/> holds its lock around every use.
/// </summary>
internal sealed class AssetEffects(SandboxRegistry registry)
{
    private readonly Dictionary<string, List<Restriction>> _placed = new(StringComparer.Ordinal);
    private readonly HashSet<(string AssetId, string ActionId)> _liftedRegistered = [];
    private readonly Dictionary<string, long> _deducted = new(StringComparer.Ordinal);

    /// <summary>The registered value less what was deducted.</summary>
    public long ValueOf(Asset asset) => asset.ValueFen - _deducted.GetValueOrDefault(asset.AssetId);

    /// <summary>Restrictions standing on the asset: those in the registry not lifted since, then those placed here, oldest first.</summary>
    public IEnumerable<Restriction> RestrictionsOn(Asset asset) =>
        asset.Restrictions.Where(r => !_liftedRegistered.Contains((asset.AssetId, r.ActionId)))
            .Concat(_placed.GetValueOrDefault(asset.AssetId) ?? []);

    /// <summary>
    /// What an unfreeze lifts: the freezes and seizures of the requesting court in that case; when it has none there,
    /// every one on the asset (a court lifting others' preservation measures, as 企业破产法第十九条 requires).
    /// </summary>
    public IReadOnlyList<Restriction> LiftedBy(SubmitActionRequest request, Asset asset)
    {
        var standing = RestrictionsOn(asset).ToList();
        var ours = standing.FindAll(r => r.Authority == ActionRules.AuthorityOf(request));
        return ours.Count > 0 ? ours : standing;
    }

    /// <summary>The amount an action carries out: freeze and deduct up to the asset's value (0 asks for all of it); an unfreeze, what it releases.</summary>
    public long AmountFor(SubmitActionRequest request, Asset asset)
    {
        if (request.Kind is ActionKind.Unfreeze) return LiftedBy(request, asset).Sum(r => r.AmountFen);
        if (request.Kind is not (ActionKind.Freeze or ActionKind.Deduct)) return 0;
        var value = ValueOf(asset);
        return request.AmountFen == 0 ? value : Math.Min(request.AmountFen, value);
    }

    /// <summary>Carries out an action already checked, or replays one from the ledger file.</summary>
    public void Apply(AppliedAction applied)
    {
        var action = applied.Action;
        if (!ActionRules.ActsOnAsset(action.Kind)) return;
        var asset = registry.FindAsset(action.AssetId)?.Asset
            ?? throw new InvalidOperationException($"Asset {action.AssetId} of action {action.ActionId} is not in the registry data.");
        switch (action.Kind)
        {
            case ActionKind.Freeze or ActionKind.Seize:
                Placed(asset.AssetId).Add(new Restriction
                {
                    ActionId = action.ActionId,
                    Kind = action.Kind,
                    Authority = applied.Authority,
                    AmountFen = action.AmountAppliedFen,
                    Since = action.AppliedAt,
                });
                break;
            case ActionKind.Unfreeze:
                Lift(asset, LiftedBy(applied.Request, asset));
                break;
            case ActionKind.Deduct:
                _deducted[asset.AssetId] = _deducted.GetValueOrDefault(asset.AssetId) + action.AmountAppliedFen;
                ReleaseFrozen(asset.AssetId, applied.Authority, action.AmountAppliedFen);
                break;
        }
    }

    /// <summary>The asset as the platform shows it now: a copy with its value after deductions and the restrictions standing on it.</summary>
    public Asset Show(Asset registered)
    {
        var shown = registered.Clone();
        shown.ValueFen = ValueOf(registered);
        shown.Restrictions.Clear();
        shown.Restrictions.AddRange(RestrictionsOn(registered).Select(r => r.Clone()));
        return shown;
    }

    private void Lift(Asset asset, IReadOnlyList<Restriction> lifted)
    {
        var placed = Placed(asset.AssetId);
        foreach (var restriction in lifted)
        {
            if (!placed.Remove(restriction)) _liftedRegistered.Add((asset.AssetId, restriction.ActionId));
        }
    }

    // Money deducted under a freeze is no longer frozen: the court's own freezes shrink by the amount, oldest first.
    private void ReleaseFrozen(string assetId, string authority, long amount)
    {
        var placed = Placed(assetId);
        foreach (var freeze in placed.Where(r => r.Kind is ActionKind.Freeze && r.Authority == authority))
        {
            var released = Math.Min(freeze.AmountFen, amount);
            freeze.AmountFen -= released;
            amount -= released;
        }

        placed.RemoveAll(r => r.Kind is ActionKind.Freeze && r.Authority == authority && r.AmountFen == 0);
    }

    private List<Restriction> Placed(string assetId)
    {
        if (!_placed.TryGetValue(assetId, out var list))
        {
            list = [];
            _placed[assetId] = list;
        }

        return list;
    }
}
