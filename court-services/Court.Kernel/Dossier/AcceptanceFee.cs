namespace Court.Kernel.Dossier;

/// <summary>Where the case's acceptance fee (案件受理费) stands on the day a 受理通知书 is issued.</summary>
public enum AcceptanceFeeStanding
{
    /// <summary>Not yet paid: the notice asks for it within seven days (诉讼费用交纳办法 art. 22).</summary>
    Due,
    /// <summary>Prepaid in full.</summary>
    Paid,
    /// <summary>Halved (art. 15, 16), paid or still due.</summary>
    Halved,
    /// <summary>Prepaid, and part of it already returned.</summary>
    Refunded,
    /// <summary>Payment deferred on the party's application (司法救助, art. 44, 47).</summary>
    Deferred,
    /// <summary>Waived on the party's application (art. 44, 45).</summary>
    Waived,
}

/// <summary>
/// What the 受理通知书 says about the fee: the standing on the day of issue, never a demand for money already paid.
/// <paramref name="Amount"/> is what is (or was) payable; <paramref name="On"/> the day it was paid, or for a deferral the
/// day it is deferred to; <paramref name="Refunded"/> what was returned; <paramref name="Basis"/> the article of a halving.
/// </summary>
public sealed record AcceptanceFee(AcceptanceFeeStanding Standing, Money Amount, DateOnly? On = null, Money? Refunded = null, string? Basis = null)
{
    public static AcceptanceFee Due(Money amount) => new(AcceptanceFeeStanding.Due, amount);

    public static AcceptanceFee Paid(Money amount, DateOnly paidOn) => new(AcceptanceFeeStanding.Paid, amount, paidOn);

    public static AcceptanceFee Halved(Money halvedAmount, string basis, DateOnly? paidOn) =>
        new(AcceptanceFeeStanding.Halved, halvedAmount, paidOn, Basis: basis);

    public static AcceptanceFee PartlyRefunded(Money paid, DateOnly paidOn, Money refunded) =>
        new(AcceptanceFeeStanding.Refunded, paid, paidOn, refunded);

    public static AcceptanceFee Deferred(Money amount, DateOnly until) => new(AcceptanceFeeStanding.Deferred, amount, until);

    public static AcceptanceFee Waived() => new(AcceptanceFeeStanding.Waived, Money.Zero);
}
