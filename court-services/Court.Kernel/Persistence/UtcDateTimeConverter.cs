using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Court.Kernel.Persistence;

/// <summary>
/// Times are stored as UTC <see cref="DateTime"/> on every provider (timestamptz on PostgreSQL, sortable text on SQLite).
/// SQLite hands them back unspecified; this marks them UTC again, and refuses a local time on the way in.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(v => EnsureUtc(v), v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    private static DateTime EnsureUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("Only UTC times are stored.", nameof(value));
}
