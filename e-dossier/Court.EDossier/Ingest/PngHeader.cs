using System.Buffers.Binary;

namespace Court.EDossier.Ingest;

/// <summary>
/// Reads a PNG's IHDR (size), pHYs (density), and walks every chunk to IEND checking lengths and CRCs,
/// streaming through the file: nothing is inflated, so a tiny file claiming 100000×100000 costs nothing.
/// </summary>
internal static class PngHeader
{
    internal static ImageProbe Read(Stream s)
    {
        s.Position = 8;
        var ihdrLength = s.ReadUInt32BigEndian();
        var ihdrType = s.ReadUInt32BigEndian();
        if (ihdrLength != 13 || ihdrType != ChunkType("IHDR")) return ImageProbe.Broken;
        s.Position = 8;
        ImageFrame? frame = null;
        double dpiX = 0, dpiY = 0;
        var sawData = false;
        var buffer = new byte[64 * 1024];
        Span<byte> typeBytes = stackalloc byte[4];
        while (true)
        {
            var length = s.ReadUInt32BigEndian();
            if (length > int.MaxValue || s.Position + 4 + length + 4 > s.Length) return Probe(frame, false);
            s.ReadExactly(typeBytes);
            var type = BinaryPrimitives.ReadUInt32BigEndian(typeBytes);
            var crc = Crc32.Update(Crc32.Seed, typeBytes);
            byte[]? small = length <= 64 ? new byte[length] : null;
            if (small is not null)
            {
                s.ReadExactly(small);
                crc = Crc32.Update(crc, small);
            }
            else
            {
                for (var left = (long)length; left > 0;)
                {
                    var n = s.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                    if (n <= 0) return Probe(frame, false);
                    crc = Crc32.Update(crc, buffer.AsSpan(0, n));
                    left -= n;
                }
            }
            if (s.ReadUInt32BigEndian() != Crc32.Finish(crc)) return Probe(frame, false);

            if (type == ChunkType("IHDR"))
            {
                if (small is null || frame is not null) return ImageProbe.Broken;
                long width = BinaryPrimitives.ReadUInt32BigEndian(small), height = BinaryPrimitives.ReadUInt32BigEndian(small.AsSpan(4));
                if (width is 0 or > int.MaxValue || height is 0 or > int.MaxValue) return ImageProbe.Broken;
                frame = new ImageFrame(width, height);
            }
            else if (type == ChunkType("pHYs") && small is { Length: 9 } && small[8] == 1)
            {
                dpiX = BinaryPrimitives.ReadUInt32BigEndian(small) * 0.0254;
                dpiY = BinaryPrimitives.ReadUInt32BigEndian(small.AsSpan(4)) * 0.0254;
            }
            else if (type == ChunkType("IDAT"))
            {
                sawData = true;
            }
            else if (type == ChunkType("IEND"))
            {
                return Probe(frame, sawData);
            }
        }

        ImageProbe Probe(ImageFrame? f, bool intact) =>
            f is null ? ImageProbe.Broken : new ImageProbe([f with { DpiX = dpiX, DpiY = dpiY }], intact);
    }

    internal static uint ChunkType(string name) => BinaryPrimitives.ReadUInt32BigEndian(System.Text.Encoding.ASCII.GetBytes(name));
}

/// <summary>CRC-32 (ISO 3309, as PNG uses it).</summary>
internal static class Crc32
{
    internal const uint Seed = 0xFFFFFFFF;

    private static readonly uint[] Table = BuildTable();

    internal static uint Update(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    internal static uint Finish(uint crc) => crc ^ 0xFFFFFFFF;

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
