namespace Court.Kernel.Calendar;

/// <summary>
/// A date falls in a year for which no State Council holiday notice is loaded. Court does not guess
/// rest days (DOMAIN.md §6): load the year's data into <c>seeds/reference/holidays/</c>.
/// </summary>
public sealed class CalendarDataMissingException : Exception
{
    public CalendarDataMissingException()
        : base("缺少节假日安排数据，无法判断法定休假日")
    {
    }

    public CalendarDataMissingException(string message)
        : base(message)
    {
    }

    public CalendarDataMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CalendarDataMissingException(int year)
        : base($"缺少{year}年的节假日安排数据（国务院办公厅关于{year}年部分节假日安排的通知），无法判断法定休假日、计算期间")
    {
        Year = year;
    }

    /// <summary>The year without data, when known.</summary>
    public int? Year { get; }
}
