using System.Text;
using System.Text.Json;

namespace StudyBot.Discord.Tests;

public sealed class DiscordSignatureVerifierTests
{
    public static TheoryData<string> VectorNames()
    {
        using var doc = Payloads.Json("signature-vectors/discord_ed25519_vectors.json");
        var data = new TheoryData<string>();
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VectorNames))]
    public void Verify_DiscordVector_MatchesExpected(string name)
    {
        using var doc = Payloads.Json("signature-vectors/discord_ed25519_vectors.json");
        var vector = doc.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        var headers = vector.GetProperty("headers");
        var sut = new DiscordSignatureVerifier(doc.RootElement.GetProperty("public_key_hex").GetString());

        var valid = sut.Verify(
            headers.TryGetProperty("X-Signature-Ed25519", out var s) ? s.GetString() : null,
            headers.TryGetProperty("X-Signature-Timestamp", out var t) ? t.GetString() : null,
            Convert.FromBase64String(vector.GetProperty("body_b64").GetString()!));

        Assert.Equal(vector.GetProperty("expected_valid").GetBoolean(), valid);
    }

    [Fact]
    public void Verify_OtherPublicKey_IsInvalid()
    {
        using var doc = Payloads.Json("signature-vectors/discord_ed25519_vectors.json");
        var ping = doc.RootElement.GetProperty("cases").EnumerateArray().First(c => c.GetProperty("name").GetString() == "valid_ping");
        var sut = new DiscordSignatureVerifier(doc.RootElement.GetProperty("other_public_key_hex").GetString());

        var valid = sut.Verify(
            ping.GetProperty("headers").GetProperty("X-Signature-Ed25519").GetString(),
            ping.GetProperty("headers").GetProperty("X-Signature-Timestamp").GetString(),
            Convert.FromBase64String(ping.GetProperty("body_b64").GetString()!));

        Assert.False(valid);
    }

    [Fact]
    public void Verify_Rfc8032Vectors_AreValid()
    {
        using var doc = Payloads.Json("signature-vectors/rfc8032_ed25519_vectors.json");
        var results = new List<bool>();

        foreach (var v in doc.RootElement.GetProperty("vectors").EnumerateArray())
        {
            var sut = new DiscordSignatureVerifier(v.GetProperty("public_key_hex").GetString());
            var message = Convert.FromHexString(v.GetProperty("message_hex").GetString()!);
            var signature = v.GetProperty("signature_hex").GetString()!;
            results.Add(sut.VerifyMessage(message, signature));
            message = [.. message, 0];
            results.Add(!sut.VerifyMessage(message, signature));
        }

        Assert.NotEmpty(results);
        Assert.All(results, Assert.True);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zz")]
    [InlineData("abcd")]
    public void Constructor_BadKey_VerifiesNothing(string? key)
    {
        var sut = new DiscordSignatureVerifier(key);
        var body = Encoding.UTF8.GetBytes("{\"type\":1}");

        var valid = sut.Verify(TestSigner.Sign("1", body), "1", body);

        Assert.False(sut.HasKey);
        Assert.False(valid);
    }

    [Fact]
    public void Verify_SignedByTestSigner_IsValid()
    {
        var sut = new DiscordSignatureVerifier(TestSigner.PublicKeyHex);
        var body = JsonSerializer.SerializeToUtf8Bytes(new { type = 1 });

        Assert.True(sut.Verify(TestSigner.Sign("1700000001", body), "1700000001", body));
        Assert.False(sut.Verify(TestSigner.Sign("1700000001", body), "1700000002", body));
    }
}
