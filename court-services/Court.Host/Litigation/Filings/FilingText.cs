using System.Globalization;
using System.Security.Cryptography;
using Court.Kernel;

namespace Court.Host.Litigation.Filings;

internal static class FilingText
{
    /// <summary>
    /// What a filer typed, kept as typed — markup stays text, because every page encodes it and PDFs draw it as glyphs —
    /// but without control characters other than line breaks, and trimmed.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var kept = text.Replace("\r\n", "\n", StringComparison.Ordinal).Where(c => c == '\n' || c == '\t' || !char.IsControl(c));
        return string.Concat(kept).Trim();
    }

    public static IReadOnlyList<string> Lines(string? text) =>
        Clean(text).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>立案申请编号: 网立 + the Shanghai date + six random hex digits, e.g. 网立20261201A3F9C2.</summary>
    public static string NewReference(TimeProvider clock) =>
        string.Create(CultureInfo.InvariantCulture,
            $"网立{ShanghaiTime.From(clock.GetUtcNow().UtcDateTime):yyyyMMdd}{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}");
}
