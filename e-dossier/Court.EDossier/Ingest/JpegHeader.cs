using System.Buffers.Binary;

namespace Court.EDossier.Ingest;

/// <summary>Reads a JPEG's markers up to the scan: size from SOFn, density from JFIF, orientation from Exif; then checks the scan ends (EOI).</summary>
internal static class JpegHeader
{
    internal static ImageProbe Read(Stream s)
    {
        s.Position = 2; // FF D8
        ImageFrame? frame = null;
        double dpiX = 0, dpiY = 0;
        var orientation = 1;
        while (true)
        {
            if (s.ReadByteOrThrow() != 0xFF) return ImageProbe.Broken;
            byte marker;
            do marker = s.ReadByteOrThrow(); while (marker == 0xFF); // fill bytes
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) continue; // standalone markers
            if (marker is 0xD8 or 0xD9) return ImageProbe.Broken; // a second SOI, or EOI before any scan
            int length = s.ReadUInt16BigEndian();
            if (length < 2) return ImageProbe.Broken;
            var dataLength = length - 2;
            if (s.Position + dataLength > s.Length) return ImageProbe.Broken;

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (dataLength < 6) return ImageProbe.Broken;
                var sof = new byte[dataLength];
                s.ReadExactly(sof);
                int height = BinaryPrimitives.ReadUInt16BigEndian(sof.AsSpan(1));
                int width = BinaryPrimitives.ReadUInt16BigEndian(sof.AsSpan(3));
                if (width == 0 || height == 0) return ImageProbe.Broken; // height from a DNL marker: not supported
                frame = new ImageFrame(width, height);
            }
            else if (marker == 0xE0 && dataLength >= 12)
            {
                var app0 = new byte[dataLength];
                s.ReadExactly(app0);
                if (app0.AsSpan().StartsWith("JFIF\0"u8))
                {
                    var units = app0[7];
                    double x = BinaryPrimitives.ReadUInt16BigEndian(app0.AsSpan(8)), y = BinaryPrimitives.ReadUInt16BigEndian(app0.AsSpan(10));
                    (dpiX, dpiY) = units switch { 1 => (x, y), 2 => (x * 2.54, y * 2.54), _ => (0d, 0d) };
                }
            }
            else if (marker == 0xE1 && dataLength > 14 && dataLength <= 65_533)
            {
                var app1 = new byte[dataLength];
                s.ReadExactly(app1);
                if (app1.AsSpan().StartsWith("Exif\0\0"u8)) orientation = ExifOrientation(app1.AsSpan(6));
            }
            else if (marker == 0xDA)
            {
                if (frame is null) return ImageProbe.Broken;
                s.Skip(dataLength);
                var whole = ScanReachesEndOfImage(s);
                return new ImageProbe([frame with { DpiX = dpiX, DpiY = dpiY, Orientation = orientation }], whole);
            }
            else
            {
                s.Skip(dataLength);
            }
        }
    }

    /// <summary>A truncated JPEG loses its EOI marker (FF D9); inside entropy-coded data FF is always followed by 00 or a restart marker.</summary>
    private static bool ScanReachesEndOfImage(Stream s)
    {
        var buffer = new byte[64 * 1024];
        var previousWasFf = false;
        int read;
        while ((read = s.Read(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (previousWasFf && buffer[i] == 0xD9) return true;
                previousWasFf = buffer[i] == 0xFF;
            }
        }
        return false;
    }

    private static int ExifOrientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return 1;
        var little = tiff.StartsWith("II"u8);
        if (!little && !tiff.StartsWith("MM"u8)) return 1;
        ushort U16(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);
        uint U32(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);
        var ifd = U32(tiff[4..]);
        if (ifd > tiff.Length - 2) return 1;
        int count = U16(tiff[(int)ifd..]);
        for (var i = 0; i < count; i++)
        {
            var at = (int)ifd + 2 + (i * 12);
            if (at + 12 > tiff.Length) return 1;
            if (U16(tiff[at..]) == 0x0112)
            {
                int value = U16(tiff[(at + 8)..]);
                return value is >= 1 and <= 8 ? value : 1;
            }
        }
        return 1;
    }

}
