namespace Court.Kernel.Calendar;

/// <summary>
/// The court's rest-day calendar as it stands: the State Council notices shipped in <c>seeds/reference/holidays/</c> and
/// those the court admin has loaded since. Injected wherever a period is counted, so a test chooses the years it knows.
/// </summary>
public interface ICourtCalendar
{
    RestDayCalendar Current { get; }
}
