namespace Court.Kernel.Cases;

/// <summary>
/// A people's court and its 法院代字 as used in case numbers (最高人民法院《关于人民法院案件案号的若干规定》):
/// the province abbreviation alone for a High Court (闽), plus two digits for an intermediate or
/// specialised court (闽02, 闽72), plus four digits for a basic court (闽0203); 最高法 for the Supreme People's Court.
/// </summary>
public sealed record CourtInfo(string Code, string Name, CourtLevel Level, string? ParentCode, string? City);

public enum CourtLevel
{
    Supreme,
    High,
    Intermediate,
    Basic,
    /// <summary>海事法院: a specialised court at intermediate level.</summary>
    Maritime,
    /// <summary>Other specialised courts (railway transport, financial, intellectual property, internet …).</summary>
    Specialised,
}
