namespace Court.Kernel.GovData;

/// <summary>A bridge request: each names its case (or filing), purpose and acting user, which the bridge checks against the grant.</summary>
public interface IGovDataRequest
{
    Court.GovData.Bridge.V1.RequestContext Context { get; }
}
