namespace Court.Grpc.Tests.TestService;

/// <summary>A scoped service: one instance per call, if the server gives each call its own scope.</summary>
public sealed class ScopedMarker
{
    public Guid Id { get; } = Guid.NewGuid();
}
