using System.Collections.Concurrent;

namespace Court.Grpc.Tests.TestService;

/// <summary>What the server saw of each call, keyed by the request's text: lets a test ask "did the handler see cancellation?".</summary>
public sealed class CallProbe
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _cancelled = new();

    public void RecordCancellation(string text) => Cancellation(text).TrySetResult();

    public async Task<bool> SawCancellationAsync(string text, TimeSpan within)
    {
        try
        {
            await Cancellation(text).Task.WaitAsync(within);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private TaskCompletionSource Cancellation(string text) =>
        _cancelled.GetOrAdd(text, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
