namespace Court.EDossier.Ingest;

/// <summary>
/// Joins the lines of extracted or recognised text. Chinese runs on without spaces, and a court document's fixed grid breaks
/// words anywhere (归｜还): a break between two CJK characters is dropped, so that search finds the word; other breaks stay.
/// </summary>
internal static class ChineseLines
{
    public static string Join(IEnumerable<string> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            if (text.Length > 0 && !(IsCjk(text[^1]) && IsCjk(line[0]))) text.Append('\n');
            text.Append(line);
        }
        return text.ToString();
    }

    /// <summary>CJK ideographs, CJK punctuation and full-width forms.</summary>
    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef';
}
