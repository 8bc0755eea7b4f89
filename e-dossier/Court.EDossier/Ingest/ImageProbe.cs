namespace Court.EDossier.Ingest;

/// <summary>One picture in an image file, as its header describes it. Dpi is 0 when the file does not say.</summary>
internal sealed record ImageFrame(long Width, long Height, double DpiX = 0, double DpiY = 0, int Orientation = 1);

/// <summary>
/// What an image file's headers say, read with a FileStream and never decoding pixels:
/// the frames' sizes (to refuse decompression bombs before any bitmap is allocated), and whether its structure is whole.
/// </summary>
internal sealed record ImageProbe(IReadOnlyList<ImageFrame> Frames, bool Intact)
{
    internal static readonly ImageProbe Broken = new([], false);

    internal static ImageProbe Read(string kind, Stream file, int maxFrames)
    {
        try
        {
            return kind switch
            {
                UploadKinds.Jpeg => JpegHeader.Read(file),
                UploadKinds.Png => PngHeader.Read(file),
                UploadKinds.Tiff => TiffHeader.Read(file, maxFrames),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an image kind"),
            };
        }
        catch (EndOfStreamException)
        {
            return Broken;
        }
    }

    /// <summary>The first frame that breaks the limits, if any: a side over MaxImageSide or more pixels than MaxImagePixels.</summary>
    internal ImageFrame? FirstOversized(IngestLimits limits) =>
        Frames.FirstOrDefault(f => f.Width > limits.MaxImageSide || f.Height > limits.MaxImageSide || f.Width * f.Height > limits.MaxImagePixels);
}

internal static class StreamBytes
{
    internal static byte ReadByteOrThrow(this Stream s)
    {
        var b = s.ReadByte();
        return b < 0 ? throw new EndOfStreamException() : (byte)b;
    }

    internal static ushort ReadUInt16BigEndian(this Stream s)
    {
        Span<byte> b = stackalloc byte[2];
        s.ReadExactly(b);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(b);
    }

    internal static uint ReadUInt32BigEndian(this Stream s)
    {
        Span<byte> b = stackalloc byte[4];
        s.ReadExactly(b);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(b);
    }

    /// <summary>Skips forward, throwing when that would pass the end of the file.</summary>
    internal static void Skip(this Stream s, long count)
    {
        if (count < 0 || s.Position + count > s.Length) throw new EndOfStreamException();
        s.Seek(count, SeekOrigin.Current);
    }
}
