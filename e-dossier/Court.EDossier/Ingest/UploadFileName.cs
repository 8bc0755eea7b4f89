using System.Globalization;
using System.Text;

namespace Court.EDossier.Ingest;

/// <summary>
/// Turns the file name a browser sent into one that is safe to show and to use as a download name:
/// only the last path segment, no control or bidirectional-override characters (U+202E makes "exe.pdf" read "fdp.exe"),
/// no characters Windows forbids, no leading dots, no reserved device names (CON, NUL, COM1…), at most
/// <see cref="MaxLength"/> characters with the extension kept. Chinese and other letters are kept as they are.
/// </summary>
internal static class UploadFileName
{
    internal const int MaxLength = 120;
    private const int MaxExtensionLength = 10;

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <summary>A display-safe name, or null when nothing usable is left (then the caller names the file itself).</summary>
    internal static string? Sanitise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var text = raw.Normalize(NormalizationForm.FormC);
        text = text[(text.LastIndexOfAny(['/', '\\']) + 1)..]; // browsers on Windows used to send the whole path

        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue; // NUL, CR/LF, RTL/LTR overrides and isolates, zero-width characters, BOM
            }
            if (rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*') clean.Append('_');
            else if (Rune.IsWhiteSpace(rune)) clean.Append(' ');
            else clean.Append(rune.ToString());
        }

        var name = string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var trimmed = name.TrimStart('.', ' ').TrimEnd('.', ' '); // hidden files and "..", and Windows drops trailing dots and spaces
        if (trimmed.Length < name.TrimEnd('.', ' ').Length && IsOnlyAnExtension(trimmed)) return null; // ".pdf": no name, only a type
        name = trimmed;
        if (name.Length == 0 || name.All(c => c is '_' or '.' or ' ')) return null;

        var (stem, extension) = Split(name);
        if (stem.Length == 0) return null; // only an extension left, e.g. ".pdf"
        if (ReservedNames.Contains(stem.Split('.')[0].TrimEnd())) stem = "_" + stem;
        return Shorten(stem, extension);
    }

    private static bool IsOnlyAnExtension(string name) =>
        name.Length <= MaxExtensionLength && name.All(char.IsAsciiLetterOrDigit);

    private static (string Stem, string Extension) Split(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot <= 0) return (name, "");
        var extension = name[dot..];
        if (extension.Length > MaxExtensionLength + 1 || !extension.Skip(1).All(char.IsAsciiLetterOrDigit)) return (name, "");
        return (name[..dot].TrimEnd(' ', '.'), extension.ToLowerInvariant());
    }

    /// <summary>Cuts the stem by whole text elements (never half a surrogate pair or combining sequence) so the whole fits.</summary>
    private static string Shorten(string stem, string extension)
    {
        if (new StringInfo(stem + extension).LengthInTextElements <= MaxLength) return stem + extension;
        var room = MaxLength - extension.Length - 1; // one for the ellipsis
        var kept = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(stem);
        for (var count = 0; count < room && elements.MoveNext(); count++) kept.Append(elements.GetTextElement());
        return kept.ToString().TrimEnd(' ', '.') + "…" + extension;
    }
}
