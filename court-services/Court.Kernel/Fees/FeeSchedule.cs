namespace Court.Kernel.Fees;

/// <summary>
/// The per-case amounts that 诉讼费用交纳办法 art. 13(2)–(5) and art. 14(1) leave to a range; each province fixes its own.
/// The percentages are the statute's and are not configurable.
/// </summary>
public sealed record FeeSchedule(
    decimal DivorcePerCase,
    decimal PersonalityPerCase,
    decimal OtherNonPropertyPerCase,
    decimal IntellectualPropertyPerCase,
    decimal EnforcementWithoutAmount)
{
    /// <summary>Fujian: the lower end of every range (50–300, 100–500, 50–100, 500–1,000, 50–500).</summary>
    public static FeeSchedule Fujian { get; } = new(
        DivorcePerCase: 50m,
        PersonalityPerCase: 100m,
        OtherNonPropertyPerCase: 50m,
        IntellectualPropertyPerCase: 500m,
        EnforcementWithoutAmount: 50m);
}
