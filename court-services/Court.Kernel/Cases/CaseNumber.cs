using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Court.Kernel.Cases;

/// <summary>
/// 案号 per 最高人民法院《关于人民法院案件案号的若干规定》 art. 3: "（" + 收案年度 + "）" + 法院代字 + 类型代字 + 案件编号 + "号",
/// e.g. <c>（2026）闽0203民初1234号</c>. Formatted with full-width parentheses as the official form;
/// ASCII parentheses are accepted on parse.
/// </summary>
public sealed record CaseNumber
{
    /// <summary>The first year a people's court could have received a case.</summary>
    public const int MinYear = 1949;

    public const int MaxYear = 9999;

    public CaseNumber(int year, string courtCode, string typeCode, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ArgumentException.ThrowIfNullOrWhiteSpace(courtCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(typeCode);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        Year = year;
        CourtCode = courtCode;
        TypeCode = typeCode;
        Sequence = sequence;
    }

    /// <summary>收案年度: the calendar year the case was received.</summary>
    public int Year { get; }

    /// <summary>法院代字, e.g. 闽0203.</summary>
    public string CourtCode { get; }

    /// <summary>类型代字, e.g. 民初.</summary>
    public string TypeCode { get; }

    /// <summary>案件编号: the order of receipt within the year, court and type, from 1.</summary>
    public int Sequence { get; }

    public string Format() => string.Create(CultureInfo.InvariantCulture, $"（{Year}）{CourtCode}{TypeCode}{Sequence}号");

    public override string ToString() => Format();

    /// <summary>
    /// Parses a case number whose court and type codes are in the catalogues. Court codes and sequences both
    /// end in digits, so the text between the year and the sequence is split at the longest known type code
    /// that leaves a known court code before it. Sequences have no leading zeros.
    /// </summary>
    public static bool TryParse(
        string? input, CaseTypeCatalogue caseTypes, CourtCatalogue courts, [NotNullWhen(true)] out CaseNumber? result)
    {
        ArgumentNullException.ThrowIfNull(caseTypes);
        ArgumentNullException.ThrowIfNull(courts);
        result = null;
        if (input is null) return false;
        var s = input.AsSpan().Trim();
        if (s.Length < 10 || s[0] is not ('（' or '(') || s[5] is not ('）' or ')') || s[^1] != '号') return false;

        var yearDigits = s.Slice(1, 4);
        if (yearDigits.ContainsAnyExceptInRange('0', '9')) return false;
        var year = int.Parse(yearDigits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear) return false;

        var body = s[6..^1];
        var codesLength = body.LastIndexOfAnyExceptInRange('0', '9') + 1;
        var sequenceDigits = body[codesLength..];
        if (sequenceDigits.IsEmpty || sequenceDigits.Length > 9 || sequenceDigits[0] == '0') return false;
        var sequence = int.Parse(sequenceDigits, NumberStyles.None, CultureInfo.InvariantCulture);

        var codes = body[..codesLength];
        for (var typeLength = Math.Min(caseTypes.MaxCodeLength, codes.Length - 1); typeLength >= 1; typeLength--)
        {
            if (caseTypes.Find(codes[^typeLength..]) is not { } caseType) continue;
            if (courts.Find(codes[..^typeLength]) is not { } court) continue;
            result = new CaseNumber(year, court.Code, caseType.Code, sequence);
            return true;
        }
        return false;
    }

    public static CaseNumber Parse(string input, CaseTypeCatalogue caseTypes, CourtCatalogue courts) =>
        TryParse(input, caseTypes, courts, out var result)
            ? result
            : throw new FormatException($"“{input}”不是有效的案号，应形如（2026）闽0203民初1234号");
}
