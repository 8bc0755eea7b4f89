using Court.Kernel.Cases;

namespace Court.Kernel.Filing;

/// <summary>A district and the basic court whose territory it is.</summary>
public sealed record DistrictCourt(string District, CourtInfo Court);

/// <summary>
/// The configured territory and level thresholds (seeds/reference/jurisdiction.v1.json): the districts of one city
/// with their basic courts, the city's intermediate court, the province's high court, and the amounts from which a
/// first-instance civil case goes up a level — 法发〔2021〕27号 arts. 1–2 (intermediate) and 法发〔2019〕14号 art. 2 (high).
/// "以上" includes the amount itself (民法典第一千二百五十九条).
/// </summary>
public sealed record JurisdictionMap(
    DateOnly EffectiveFrom,
    string Source,
    string ProvinceName,
    string City,
    IReadOnlyList<DistrictCourt> Districts,
    CourtInfo IntermediateCourt,
    CourtInfo HighCourt,
    decimal IntermediateFromWhenAllOnOneSide,
    decimal IntermediateFromWhenOnePartyOutside,
    decimal HighFrom)
{
    /// <summary>The district named in <paramref name="place"/> (an address or a district name), or null when none is configured.</summary>
    public DistrictCourt? Locate(string? place)
    {
        if (string.IsNullOrWhiteSpace(place)) return null;
        // "泉州市…" or "北京市…" is another city even if a road or a village there shares a district's name.
        if (place.Contains('市', StringComparison.Ordinal) && !place.Contains(City, StringComparison.Ordinal)) return null;
        var matches = Districts.Where(d => place.Contains(d.District, StringComparison.Ordinal)).ToList();
        // An address naming two configured districts (a road named after one, in another) cannot be placed by name alone.
        return matches.Count == 1 ? matches[0] : null;
    }
}
