using Court.Kernel.Dossier;

namespace Court.EDossier.Search;

/// <summary>
/// A search over dossier page text. <see cref="Text"/> is split on whitespace into terms that must all occur on a page
/// (AND). <see cref="From"/> and <see cref="To"/> are inclusive dates, in China Standard Time, of when an item was added.
/// </summary>
internal sealed record SearchQuery(
    string Text,
    Guid? CaseId = null,
    DossierCategory? Category = null,
    DossierVolume? Volume = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 20);

/// <summary>The terms of a query, validated: 1 to <see cref="MaxTerms"/> terms of 2 to 50 characters each.</summary>
internal static class SearchTerms
{
    public const int MinLength = 2;
    public const int MaxLength = 50;
    public const int MaxTerms = 8;
    public const int MaxPageSize = 100;

    /// <summary>Splits and checks <paramref name="text"/>; on failure <paramref name="error"/> says why, in Chinese.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<string> terms, out string? error)
    {
        var parts = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        terms = parts;
        error = parts switch
        {
            [] => "请输入检索词。",
            { Count: > MaxTerms } => $"检索词不能超过 {MaxTerms} 个。",
            _ when parts.Any(p => LengthOf(p) < MinLength) => $"每个检索词至少 {MinLength} 个字（单字检索范围过大）。",
            _ when parts.Any(p => LengthOf(p) > MaxLength) => $"每个检索词不能超过 {MaxLength} 个字。",
            _ => null,
        };
        return error is null;
    }

    /// <summary>Characters as SQLite's length(), PostgreSQL's length() and the trigram tokenizer count them: code points.</summary>
    public static int LengthOf(string term) => term.EnumerateRunes().Count();

    /// <exception cref="ArgumentException">The query's text or paging is not acceptable; the message is for the user.</exception>
    public static IReadOnlyList<string> Validate(SearchQuery query)
    {
        if (!TryParse(query.Text, out var terms, out var error)) throw new ArgumentException(error, nameof(query));
        if (query.Page < 1) throw new ArgumentException("页码从 1 开始。", nameof(query));
        if (query.PageSize is < 1 or > MaxPageSize) throw new ArgumentException($"每页条数应在 1 到 {MaxPageSize} 之间。", nameof(query));
        if (query.From is { } from && query.To is { } to && from > to) throw new ArgumentException("起始日期不能晚于截止日期。", nameof(query));
        return terms;
    }
}
