using System.Runtime.CompilerServices;

namespace Court.Grpc.Tests.Support;

internal static class ThreadPoolWarmUp
{
    // Clients, servers and Python peers all share this one process, and start together: without spare threads
    // the pool grows too slowly on two cores for tests whose deadlines are a few hundred milliseconds.
    [ModuleInitializer]
    internal static void Initialize() => ThreadPool.SetMinThreads(Math.Max(16, Environment.ProcessorCount * 4), Environment.ProcessorCount * 4);
}
