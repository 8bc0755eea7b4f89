using Grpc.Core;
using Google.Protobuf.WellKnownTypes;
using GovData.Platform.V1;
using PlatformAction = GovData.Platform.V1.Action;

namespace Court.GovDataBridge.Sandbox;

/// <summary>
/// The 协助执行 desk's record: every action carried out, in order, idempotent by <c>idempotency_key</c>. Thread-safe.
/// With a ledger file it survives a restart: each action is on disk before its reply is sent, and replayed at start.
/// </summary>
internal sealed class ActionLedger : IDisposable
{
    private readonly Lock _lock = new();
    private readonly SandboxRegistry _registry;
    private readonly TimeProvider _time;
    private readonly ActionLedgerFile? _file;
    private readonly AssetEffects _effects;
    private readonly List<AppliedAction> _applied = [];
    private readonly Dictionary<string, AppliedAction> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AppliedAction> _byId = new(StringComparer.Ordinal);
    private int _repeats;

    public ActionLedger(SandboxRegistry registry, TimeProvider time, string? ledgerFile = null)
    {
        _registry = registry;
        _time = time;
        _effects = new AssetEffects(registry);
        if (ledgerFile is null) return;
        _file = ActionLedgerFile.Open(ledgerFile, out var earlier);
        foreach (var applied in earlier) Record(applied);
    }

    /// <summary>Every action applied, oldest first (a snapshot).</summary>
    public IReadOnlyList<AppliedAction> Applied
    {
        get { lock (_lock) return [.. _applied]; }
    }

    /// <summary>Idempotency keys under which something was applied: equal to <c>Applied.Count</c>, by construction.</summary>
    public int DistinctKeys
    {
        get { lock (_lock) return _byKey.Count; }
    }

    /// <summary>Submissions answered with an earlier action because their key had been used (since start).</summary>
    public int Repeats
    {
        get { lock (_lock) return _repeats; }
    }

    /// <summary>
    /// Actions of a kind already applied to the same asset (or subject) under another key: what a caller that retries
    /// without its idempotency key causes, e.g. a second freeze of one account.
    /// </summary>
    public IReadOnlyList<AppliedAction> Duplicates
    {
        get
        {
            lock (_lock)
            {
                var seen = new HashSet<(ActionKind, string)>();
                return [.. _applied.Where(a => !seen.Add((a.Kind, a.Target)))];
            }
        }
    }

    /// <summary>Carries out <paramref name="request"/> at once, or returns the action its key already names.</summary>
    public PlatformAction Submit(SubmitActionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            if (_byKey.TryGetValue(request.IdempotencyKey, out var earlier))
            {
                if (!earlier.Request.Equals(request))
                    throw GrpcErrors.Of(StatusCode.AlreadyExists, "该幂等键已用于另一项协助执行请求");
                _repeats++;
                return earlier.Action.Clone();
            }

            var asset = ActionRules.Check(request, _registry, _effects);
            var now = Timestamp.FromDateTimeOffset(_time.GetUtcNow());
            var action = new PlatformAction
            {
                ActionId = $"SBX-{_applied.Count + 1:D8}",
                IdempotencyKey = request.IdempotencyKey,
                Kind = request.Kind,
                State = ActionState.Applied,
                Detail = Done(request.Kind),
                SubmittedAt = now,
                AppliedAt = now,
                AmountAppliedFen = asset is null ? 0 : _effects.AmountFor(request, asset.Asset),
                Subject = RequestIdentifiers.Subject(request.Subject).ToRef(),
                AssetId = asset?.Asset.AssetId ?? string.Empty,
            };
            var applied = new AppliedAction(request.Clone(), action);
            _file?.Append(applied);
            Record(applied);
            return action.Clone();
        }
    }

    /// <summary>An action by its <c>action_id</c> or its <c>idempotency_key</c> (exactly one of them).</summary>
    public PlatformAction Get(GetActionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var byId = request.ActionId is { Length: > 0 };
        if (byId == request.IdempotencyKey is { Length: > 0 })
            throw GrpcErrors.Of(StatusCode.InvalidArgument, "请提供协助执行事项编号（action_id）或幂等键（idempotency_key）中的一项");
        lock (_lock)
        {
            var found = byId ? _byId.GetValueOrDefault(request.ActionId) : _byKey.GetValueOrDefault(request.IdempotencyKey);
            return found?.Action.Clone() ?? throw GrpcErrors.Of(StatusCode.NotFound, "未查询到该协助执行事项");
        }
    }

    /// <summary>The asset as it stands after the actions applied to it.</summary>
    public Asset Show(Asset registered)
    {
        lock (_lock) return _effects.Show(registered);
    }

    public void Dispose() => _file?.Dispose();

    private void Record(AppliedAction applied)
    {
        _effects.Apply(applied);
        _applied.Add(applied);
        _byKey.Add(applied.IdempotencyKey, applied);
        _byId.Add(applied.Action.ActionId, applied);
    }

    private static string Done(ActionKind kind) => kind switch
    {
        ActionKind.Freeze => "已冻结",
        ActionKind.Unfreeze => "已解除冻结",
        ActionKind.Seize => "已查封",
        ActionKind.Deduct => "已扣划",
        ActionKind.CreditRepair => "已修复信用",
        _ => "已通知登记机关办理注销",
    };
}
