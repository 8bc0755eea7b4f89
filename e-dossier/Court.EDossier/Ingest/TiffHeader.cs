using System.Buffers.Binary;

namespace Court.EDossier.Ingest;

/// <summary>
/// Walks a TIFF's IFD chain (one IFD per page) reading width, length and resolution tags,
/// and checks every strip or tile lies inside the file (a truncated TIFF does not).
/// </summary>
internal static class TiffHeader
{
    private const ushort ImageWidth = 256, ImageLength = 257, StripOffsets = 273, StripByteCounts = 279,
        XResolution = 282, YResolution = 283, ResolutionUnit = 296, TileOffsets = 324, TileByteCounts = 325;

    internal static ImageProbe Read(Stream s, int maxFrames)
    {
        var reader = new Reader(s, little: s.ReadByteOrThrow() == (byte)'I');
        s.Position = 4;
        var ifd = reader.U32();
        var frames = new List<ImageFrame>();
        var visited = new HashSet<long>();
        var intact = true;
        while (ifd != 0)
        {
            if (ifd + 2 > s.Length || !visited.Add(ifd)) return frames.Count == 0 ? ImageProbe.Broken : new ImageProbe(frames, false);
            if (frames.Count > maxFrames) break; // enough to say "too many pages"
            s.Position = ifd;
            int count = reader.U16();
            if (ifd + 2 + (count * 12L) + 4 > s.Length) return frames.Count == 0 ? ImageProbe.Broken : new ImageProbe(frames, false);
            var entries = new List<Entry>(count);
            for (var i = 0; i < count; i++) entries.Add(new Entry(reader.U16(), reader.U16(), reader.U32(), s.Position, reader.U32()));
            var next = reader.U32();

            long width = Scalar(entries, ImageWidth), height = Scalar(entries, ImageLength);
            if (width <= 0 || height <= 0) return frames.Count == 0 ? ImageProbe.Broken : new ImageProbe(frames, false);
            var unit = Scalar(entries, ResolutionUnit, 2);
            var perUnit = unit switch { 2 => 1.0, 3 => 2.54, _ => 0.0 };
            frames.Add(new ImageFrame(width, height, Rational(entries, XResolution) * perUnit, Rational(entries, YResolution) * perUnit));

            var offsets = Values(entries, StripOffsets) ?? Values(entries, TileOffsets);
            var counts = Values(entries, StripByteCounts) ?? Values(entries, TileByteCounts);
            if (offsets is null || counts is null || offsets.Length != counts.Length) intact = false;
            else
            {
                for (var i = 0; i < offsets.Length; i++)
                {
                    if (offsets[i] + counts[i] > s.Length) intact = false;
                }
            }
            ifd = next;
        }
        return new ImageProbe(frames, intact);

        long Scalar(List<Entry> entries, ushort tag, long fallback = 0)
        {
            var e = entries.FirstOrDefault(x => x.Tag == tag);
            return e is null || e.Count < 1 ? fallback : e.Type switch
            {
                3 => reader.Little ? e.Inline & 0xFFFF : e.Inline >> 16, // SHORT, left-justified in the 4 bytes
                4 => e.Inline,
                _ => fallback,
            };
        }

        double Rational(List<Entry> entries, ushort tag)
        {
            var e = entries.FirstOrDefault(x => x.Tag == tag);
            if (e is null || e.Type != 5 || e.Inline + 8 > s.Length) return 0;
            s.Position = e.Inline;
            double numerator = reader.U32(), denominator = reader.U32();
            return denominator == 0 ? 0 : numerator / denominator;
        }

        long[]? Values(List<Entry> entries, ushort tag)
        {
            var e = entries.FirstOrDefault(x => x.Tag == tag);
            if (e is null || e.Type is not (3 or 4) || e.Count > 10_000_000) return null;
            var size = e.Type == 3 ? 2 : 4;
            var values = new long[e.Count];
            if (e.Count * size <= 4) s.Position = e.ValueAt;
            else if (e.Inline + ((long)e.Count * size) > s.Length) return null;
            else s.Position = e.Inline;
            for (var i = 0; i < values.Length; i++) values[i] = size == 2 ? reader.U16() : reader.U32();
            return values;
        }
    }

    private sealed record Entry(ushort Tag, ushort Type, uint Count, long ValueAt, uint Inline);

    private sealed class Reader(Stream s, bool little)
    {
        internal bool Little => little;

        internal ushort U16()
        {
            Span<byte> b = stackalloc byte[2];
            s.ReadExactly(b);
            return little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);
        }

        internal uint U32()
        {
            Span<byte> b = stackalloc byte[4];
            s.ReadExactly(b);
            return little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);
        }
    }
}
