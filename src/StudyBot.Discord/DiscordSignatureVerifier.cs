using System.Buffers;
using System.Text;
using NSec.Cryptography;

namespace StudyBot.Discord;

/// <summary>
/// Checks Discord's Ed25519 signature over the timestamp header followed by the raw body bytes. Any malformed input is
/// simply "not valid": Discord probes endpoints with bad signatures and drops those that answer anything but 401.
/// </summary>
public sealed class DiscordSignatureVerifier
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    private const int SignatureLength = 64;
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly PublicKey? _key;

    public DiscordSignatureVerifier(string? publicKeyHex)
    {
        var hex = publicKeyHex?.Trim();
        if (hex is { Length: 64 } && hex.All(char.IsAsciiHexDigit) && Ed25519PublicKey.IsValid(hex) != false)
        {
            PublicKey.TryImport(Algorithm, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey, out _key);
        }
    }

    public bool HasKey => _key is not null;

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_key is null || string.IsNullOrEmpty(timestamp) || signatureHex is not { Length: SignatureLength * 2 })
        {
            return false;
        }

        var timestampLength = Encoding.UTF8.GetByteCount(timestamp);
        var buffer = ArrayPool<byte>.Shared.Rent(timestampLength + body.Length);
        try
        {
            var message = buffer.AsSpan(0, timestampLength + body.Length);
            Encoding.UTF8.GetBytes(timestamp, message);
            body.CopyTo(message[timestampLength..]);
            return VerifyMessage(message, signatureHex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Verifies a signature over a whole message (the RFC 8032 vectors check the wiring through this).</summary>
    internal bool VerifyMessage(ReadOnlySpan<byte> message, string signatureHex)
    {
        Span<byte> signature = stackalloc byte[SignatureLength];
        if (_key is null || signatureHex.Length != SignatureLength * 2
            || Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done || written != SignatureLength)
        {
            return false;
        }

        return Algorithm.Verify(_key, message, signature);
    }
}
