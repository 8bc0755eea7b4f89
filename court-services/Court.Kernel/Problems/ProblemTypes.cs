namespace Court.Kernel.Problems;

/// <summary>
/// Stable problem <c>type</c> URIs (RFC 9457). They are path references on the court's own site,
/// so a client can open one to read what it means; the slug never changes once published.
/// </summary>
public static class ProblemTypes
{
    public static string For(string slug) => $"/problems/{slug}";

    public static readonly string Validation = For("validation");
    public static readonly string NotFound = For("not-found");
    public static readonly string Unauthenticated = For("unauthenticated");
    public static readonly string Forbidden = For("forbidden");
    public static readonly string Conflict = For("conflict");
    public static readonly string InvalidCredentials = For("invalid-credentials");
    public static readonly string AccountLocked = For("account-locked");
    public static readonly string TooManyRequests = For("too-many-requests");
    public static readonly string Unexpected = For("unexpected");
}
