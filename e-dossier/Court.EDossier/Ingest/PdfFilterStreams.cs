namespace Court.EDossier.Ingest;

/// <summary>
/// Read-only decoders of PDF's text and run-length filters (ISO 32000-1 §7.4.2, 7.4.3, 7.4.5), one byte at a time over a
/// buffered source: enough to count what a stream inflates to, never holding more than a buffer.
/// </summary>
internal abstract class ByteDecoder(Stream source) : Stream
{
    private readonly BufferedStream _source = new(source, 64 * 1024);
    private bool _ended;

    protected int Next() => _ended ? -1 : _source.ReadByte();

    protected void End() => _ended = true;

    /// <summary>Writes decoded bytes into <paramref name="buffer"/> from <paramref name="at"/>; returns how many, 0 at the end.</summary>
    protected abstract int Decode(byte[] buffer, int at, int count);

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count)
        {
            var n = Decode(buffer, offset + written, count - written);
            if (n == 0) break;
            written += n;
        }
        return written;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _source.Dispose();
        base.Dispose(disposing);
    }
}

internal sealed class AsciiHexDecoder(Stream source) : ByteDecoder(source)
{
    protected override int Decode(byte[] buffer, int at, int count)
    {
        int high = -1, c;
        while ((c = Next()) >= 0)
        {
            if (c == '>') { End(); break; }
            var v = HexValue(c);
            if (v < 0) continue; // white space
            if (high < 0) high = v;
            else { buffer[at] = (byte)((high << 4) | v); return 1; }
        }
        if (high >= 0) { buffer[at] = (byte)(high << 4); return 1; }
        return 0;
    }

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}

internal sealed class Ascii85Decoder(Stream source) : ByteDecoder(source)
{
    protected override int Decode(byte[] buffer, int at, int count)
    {
        Span<int> group = stackalloc int[5];
        var n = 0;
        int c;
        while (n < 5 && (c = Next()) >= 0)
        {
            if (c == '~') { End(); break; }
            if (c == 'z' && n == 0) { Array.Clear(buffer, at, Math.Min(4, count)); return Math.Min(4, count); }
            if (c is < '!' or > 'u') continue;
            group[n++] = c - '!';
        }
        if (n < 2) return 0;
        for (var i = n; i < 5; i++) group[i] = 84;
        long value = 0;
        foreach (var g in group) value = (value * 85) + g;
        var bytes = Math.Min(n - 1, count);
        for (var i = 0; i < bytes; i++) buffer[at + i] = (byte)(value >> (24 - (8 * i)));
        return bytes;
    }
}

internal sealed class RunLengthDecoder(Stream source) : ByteDecoder(source)
{
    protected override int Decode(byte[] buffer, int at, int count)
    {
        var length = Next();
        if (length is < 0 or 128) { End(); return 0; }
        if (length < 128)
        {
            var copied = 0;
            for (var i = 0; i <= length; i++)
            {
                var b = Next();
                if (b < 0) break;
                if (copied < count) buffer[at + copied++] = (byte)b; // what does not fit is dropped: the caller only counts
            }
            return copied;
        }
        var repeated = Next();
        if (repeated < 0) return 0;
        var run = Math.Min(257 - length, count);
        Array.Fill(buffer, (byte)repeated, at, run);
        return run;
    }
}
