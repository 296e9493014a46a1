using System.Text;
using NSec.Cryptography;

namespace StudyBot.Bench.Clicks;

/// <summary>Plays Discord's part: a fresh Ed25519 key pair for this run, and a signature over timestamp + body.</summary>
internal sealed class InteractionSigner : IDisposable
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly Key _key = Key.Create(Algorithm);

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public SignedInteraction Sign(string json, string timestamp)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message, written);
        return new SignedInteraction(body, timestamp, Convert.ToHexStringLower(Algorithm.Sign(_key, message)));
    }

    public void Dispose() => _key.Dispose();
}
