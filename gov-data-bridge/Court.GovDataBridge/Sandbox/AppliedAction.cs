using GovData.Platform.V1;
using PlatformAction = GovData.Platform.V1.Action;

namespace Court.GovDataBridge.Sandbox;

/// <summary>An action the platform carried out: the request as it arrived and the reply it gave. Treat both as read-only.</summary>
internal sealed record AppliedAction(SubmitActionRequest Request, PlatformAction Action)
{
    public string IdempotencyKey => Action.IdempotencyKey;

    public ActionKind Kind => Action.Kind;

    /// <summary>What the action acts on: the asset, or the subject for credit repair and deregistration notices.</summary>
    public string Target => Action.AssetId is { Length: > 0 } assetId ? assetId : SubjectKey.Of(Action.Subject).Value;

    /// <summary>Who ordered it, as restrictions name it: the court and the case number.</summary>
    public string Authority => ActionRules.AuthorityOf(Request);
}
