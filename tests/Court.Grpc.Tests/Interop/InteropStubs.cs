namespace Court.Grpc.Tests.Interop;

/// <summary>Python stubs for echo.proto and health.proto, generated once per test run and removed at exit.</summary>
public static class InteropStubs
{
    private static readonly Lazy<Task<string>> Folder = new(GenerateAsync);

    public static Task<string> GetFolderAsync() => Folder.Value;

    private static async Task<string> GenerateAsync()
    {
        var stubs = await StockGrpc.GenerateStubsAsync(
            Path.Combine(StockGrpc.RepoRoot, "tests/Court.Grpc.Tests/Protos"), ["interop/v1/echo.proto"]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(stubs, recursive: true);
        return await StockGrpc.GenerateStubsAsync(
            Path.Combine(StockGrpc.RepoRoot, "gov-data-bridge/protos"), ["grpc/health/v1/health.proto"], stubs);
    }
}
