namespace Court.Grpc;

/// <summary>Header names and values of gRPC over HTTP/2 (https://github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md).</summary>
internal static class GrpcProtocol
{
    public const string ContentType = "application/grpc";
    public const string StatusHeader = "grpc-status";
    public const string MessageHeader = "grpc-message";
    public const string TimeoutHeader = "grpc-timeout";
    public const string EncodingHeader = "grpc-encoding";
    public const string AcceptEncodingHeader = "grpc-accept-encoding";
    public const string IdentityEncoding = "identity";
    public const string UserAgent = "court-grpc/1.0";

    private static readonly string[] StatusStrings =
        [.. Enumerable.Range(0, 17).Select(code => code.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>Accepts <c>application/grpc</c> and <c>application/grpc+proto</c>, with or without parameters.</summary>
    public static bool IsGrpcContentType(string? contentType)
    {
        if (contentType is null || !contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = contentType.AsSpan(ContentType.Length);
        if (rest.StartsWith("+proto", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest["+proto".Length..];
        }

        return rest.IsEmpty || rest[0] == ';';
    }

    public static bool IsIdentityEncoding(string? encoding) =>
        string.IsNullOrEmpty(encoding) || string.Equals(encoding, IdentityEncoding, StringComparison.OrdinalIgnoreCase);

    /// <summary>A status number from the wire; numbers gRPC does not define read as UNKNOWN.</summary>
    public static StatusCode ParseStatus(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
        && code <= (int)StatusCode.Unauthenticated
            ? (StatusCode)code
            : StatusCode.Unknown;

    public static string FormatStatus(StatusCode code) =>
        (uint)code < (uint)StatusStrings.Length ? StatusStrings[(int)code] : StatusStrings[(int)StatusCode.Unknown];
}
