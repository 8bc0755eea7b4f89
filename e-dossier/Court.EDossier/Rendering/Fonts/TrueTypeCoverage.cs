using System.Buffers.Binary;
using System.Collections;

namespace Court.EDossier.Rendering;

/// <summary>
/// Which Unicode code points a TrueType face maps to a real glyph, read from its <c>cmap</c> table
/// (formats 4 and 12 of the Unicode subtables). Code points mapped to glyph 0 (.notdef) are not covered.
/// </summary>
internal sealed class TrueTypeCoverage
{
    private const int CodeSpace = 0x110000;
    private readonly BitArray _covered;

    private TrueTypeCoverage(BitArray covered) => _covered = covered;

    public bool Covers(int codePoint) => codePoint is >= 0 and < CodeSpace && _covered[codePoint];

    public static TrueTypeCoverage Read(ReadOnlySpan<byte> font)
    {
        var covered = new BitArray(CodeSpace);
        var cmap = FindTable(font, "cmap");
        var subtableCount = U16(cmap, 2);
        for (var i = 0; i < subtableCount; i++)
        {
            var platform = U16(cmap, 4 + 8 * i);
            var encoding = U16(cmap, 6 + 8 * i);
            var isUnicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!isUnicode) continue;
            var subtable = cmap[(int)U32(cmap, 8 + 8 * i)..];
            switch (U16(subtable, 0))
            {
                case 4: ReadFormat4(subtable, covered); break;
                case 12: ReadFormat12(subtable, covered); break;
            }
        }
        return new TrueTypeCoverage(covered);
    }

    private static ReadOnlySpan<byte> FindTable(ReadOnlySpan<byte> font, string tag)
    {
        var tableCount = U16(font, 4);
        for (var i = 0; i < tableCount; i++)
        {
            var record = 12 + 16 * i;
            if (font[record] == tag[0] && font[record + 1] == tag[1] && font[record + 2] == tag[2] && font[record + 3] == tag[3])
                return font.Slice((int)U32(font, record + 8), (int)U32(font, record + 12));
        }
        throw new InvalidDataException($"The font has no '{tag}' table.");
    }

    private static void ReadFormat4(ReadOnlySpan<byte> t, BitArray covered)
    {
        var segments = U16(t, 6) / 2;
        var endCodes = 14;
        var startCodes = endCodes + 2 * segments + 2;
        var idDeltas = startCodes + 2 * segments;
        var idRangeOffsets = idDeltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int end = U16(t, endCodes + 2 * s), start = U16(t, startCodes + 2 * s);
            int delta = U16(t, idDeltas + 2 * s), rangeOffset = U16(t, idRangeOffsets + 2 * s);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    // idRangeOffset is relative to its own position in the table (the spec's pointer trick).
                    var at = idRangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    if (at + 2 > t.Length) continue;
                    glyph = U16(t, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) covered[c] = true;
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> t, BitArray covered)
    {
        var groups = U32(t, 12);
        for (var g = 0; g < groups; g++)
        {
            var at = 16 + 12 * (int)g;
            uint start = U32(t, at), end = U32(t, at + 4), startGlyph = U32(t, at + 8);
            for (var c = start; c <= end && c < CodeSpace; c++)
                if (startGlyph + (c - start) != 0) covered[(int)c] = true;
        }
    }

    private static ushort U16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt16BigEndian(s[at..]);

    private static uint U32(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt32BigEndian(s[at..]);
}
