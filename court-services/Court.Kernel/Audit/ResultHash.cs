using System.Security.Cryptography;
using System.Text.Json;

namespace Court.Kernel.Audit;

/// <summary>The SHA-256 (hex) of what a call returned, as recorded in the audit log.</summary>
public static class ResultHash
{
    public static string Of<T>(T value) => OfBytes(JsonSerializer.SerializeToUtf8Bytes(value));

    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
