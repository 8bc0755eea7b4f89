namespace Court.GovDataBridge.Hosting;

/// <summary>Where the bridge and the platform answer, known once the hosts have started (ports may be chosen at start).</summary>
internal sealed class GovDataEndpoints
{
    private readonly TaskCompletionSource<Uri> _bridge = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<Uri> _platform = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<Uri> BridgeAsync(CancellationToken ct) => _bridge.Task.WaitAsync(ct);

    public Task<Uri> PlatformAsync(CancellationToken ct) => _platform.Task.WaitAsync(ct);

    public Uri? Bridge => _bridge.Task.IsCompletedSuccessfully ? _bridge.Task.Result : null;

    public Uri? Platform => _platform.Task.IsCompletedSuccessfully ? _platform.Task.Result : null;

    public void BridgeAt(Uri address) => _bridge.TrySetResult(address);

    public void PlatformAt(Uri address) => _platform.TrySetResult(address);
}
