namespace Court.Seeds.Reference;

/// <summary>An uploaded holiday notice that is not in the seeds format; the message says, in Chinese, what to fix.</summary>
public sealed class HolidayNoticeFormatException : Exception
{
    public HolidayNoticeFormatException() { }

    public HolidayNoticeFormatException(string message) : base(message) { }

    public HolidayNoticeFormatException(string message, Exception inner) : base(message, inner) { }
}
