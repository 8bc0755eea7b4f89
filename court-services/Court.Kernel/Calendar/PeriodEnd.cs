namespace Court.Kernel.Calendar;

public enum PeriodUnit
{
    Day,
    Month,
    Year,
}

/// <summary>
/// Where a period ends: <see cref="End"/>, whether its last day was a rest day and moved (民事诉讼法第八十五条第三款),
/// whether a year on the way lacks the State Council's notice so the rest days were inferred from the law
/// (<see cref="Provisional"/>, DOMAIN.md §6), and the basis in Chinese, as the court would state it.
/// </summary>
public sealed record PeriodEnd(DateOnly End, bool RolledOverRestDay, bool Provisional, string Basis)
{
    public const string ProvisionalNote = "按法定节日推算，以国务院公布的放假安排为准";

    /// <summary>The end as a person reads it: 2027年1月4日, with the provisional note when it applies.</summary>
    public string Display => Provisional ? $"{End:yyyy年M月d日}（{ProvisionalNote}）" : $"{End:yyyy年M月d日}";
}
