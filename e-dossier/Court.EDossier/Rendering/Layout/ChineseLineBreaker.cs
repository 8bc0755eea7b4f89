using System.Text;

namespace Court.EDossier.Rendering;

/// <summary>
/// Greedy Chinese line breaking: a line may break between any two CJK characters and at spaces, never inside a run
/// of Latin letters or digits. Simple 避头尾: closing punctuation never starts a line and opening punctuation never
/// ends one (the unit is carried to the next line together with its neighbour).
/// </summary>
internal static class ChineseLineBreaker
{
    private const string Closing = "，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]";
    private const string Opening = "（《「『【〔〈“‘([";

    public static IReadOnlyList<string> Break(string text, double firstLineWidth, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var available = firstLineWidth;
        var lineWidth = 0.0;
        foreach (var unit in Glue(Units(text)))
        {
            if (line.Length == 0 && unit == " ") continue;
            var unitWidth = measure(unit);
            if (lineWidth + unitWidth <= available + 0.01)
            {
                line.Append(unit);
                lineWidth += unitWidth;
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                lineWidth = 0;
                available = width;
                if (unit == " ") continue;
                if (unitWidth <= available + 0.01)
                {
                    line.Append(unit);
                    lineWidth = unitWidth;
                    continue;
                }
            }
            // A unit wider than a whole line (a very long number or URL) is split wherever it must be.
            foreach (var rune in unit.EnumerateRunes())
            {
                var runeWidth = measure(rune.ToString());
                if (line.Length > 0 && lineWidth + runeWidth > available + 0.01)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                    available = width;
                }
                line.Append(rune.ToString());
                lineWidth += runeWidth;
            }
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString().TrimEnd());
        return lines;
    }

    private static List<string> Units(string text)
    {
        var units = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            if (IsWordCharacter(rune))
            {
                word.Append(s);
                continue;
            }
            if (word.Length > 0)
            {
                units.Add(word.ToString());
                word.Clear();
            }
            units.Add(s);
        }
        if (word.Length > 0) units.Add(word.ToString());
        return units;
    }

    private static List<string> Glue(List<string> units)
    {
        var glued = new List<string>();
        var carryOpening = false;
        foreach (var unit in units)
        {
            var closes = unit.Length == 1 && Closing.Contains(unit[0], StringComparison.Ordinal);
            if (glued.Count > 0 && (closes || carryOpening)) glued[^1] += unit;
            else glued.Add(unit);
            carryOpening = unit.Length == 1 && Opening.Contains(unit[0], StringComparison.Ordinal);
        }
        return glued;
    }

    private static bool IsWordCharacter(Rune rune) =>
        rune.Value < 0x80 && (Rune.IsLetterOrDigit(rune) || rune.Value is '*' or '.' or ':' or '%' or '-' or '/' or '_' or '@' or '+' or '#' or '&' or '=');
}
