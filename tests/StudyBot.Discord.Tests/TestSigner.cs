using System.Text;
using NSec.Cryptography;

namespace StudyBot.Discord.Tests;

/// <summary>Signs bodies as Discord does, with the RFC 8032 TEST 1 key the vectors were made with.</summary>
internal static class TestSigner
{
    public const string PublicKeyHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private const string SeedHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    private static readonly Key PrivateKey = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(SeedHex), KeyBlobFormat.RawPrivateKey);

    public static string Sign(string timestamp, byte[] body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(PrivateKey, message));
    }
}
