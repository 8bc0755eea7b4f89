namespace Court.EDossier.Rendering;

/// <summary>What a template says a document's body consists of; <see cref="PageFlow"/> lays the blocks out.</summary>
internal abstract record Block;

/// <summary>A body paragraph, first line indented by two characters.</summary>
internal sealed record Paragraph(string Text) : Block;

/// <summary>A paragraph flush with the left edge, e.g. the salutation 陈明：.</summary>
internal sealed record FlushLine(string Text) : Block;

/// <summary>A labelled item (案　　由：民间借贷纠纷); continuation lines hang under the value.</summary>
internal sealed record LabelledLine(string Label, string Value) : Block;

/// <summary>A ruled table of single-line cells; column widths in characters.</summary>
internal sealed record Table(IReadOnlyList<int> ColumnWidths, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>A line aligned to the right edge less <paramref name="RightIndent"/> characters, e.g. 审判员　王审判.</summary>
internal sealed record RightLine(string Text, int RightIndent = 0) : Block;

/// <summary>
/// 落款: optionally the court's name, then the date in Chinese numerals (右空四字), with the seal pressed over them.
/// </summary>
internal sealed record SealedSignOff(string CourtName, DateOnly Date, bool ShowCourtName) : Block;

internal sealed record BlankLine : Block;

/// <summary>Starts a new page unless the next <paramref name="Lines"/> lines fit, e.g. so the panel stays with the date.</summary>
internal sealed record KeepLinesTogether(int Lines) : Block;
