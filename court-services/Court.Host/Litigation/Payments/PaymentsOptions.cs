namespace Court.Host.Litigation.Payments;

/// <summary>Bound from <c>Court:Payments</c>.</summary>
internal sealed class PaymentsOptions
{
    public const string Section = "Court:Payments";

    /// <summary>The provider new payments go to. Only the embedded <c>sandbox</c> exists so far.</summary>
    public string Provider { get; set; } = SandboxPaymentProvider.ProviderName;

    /// <summary>
    /// The HMAC key the sandbox bank signs its notifications with (environment: <c>Court__Payments__SandboxSecret</c>);
    /// when empty one is generated once and kept under <c>&lt;data&gt;/keys/</c>. Every court node must share it.
    /// </summary>
    public string? SandboxSecret { get; set; }
}
