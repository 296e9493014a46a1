using System.Net;
using System.Text;
using System.Text.Json;

namespace StudyBot.Discord.Tests;

public sealed class DiscordInteractionsEndpointTests
{
    [Fact]
    public async Task Post_AllSignatureVectors_ReturnExpectedStatus()
    {
        // The vectors were signed at 1700000000: the clock stands there, so only the signature decides.
        await using var host = await DiscordTestHost.StartAsync(start: DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        using var doc = Payloads.Json("signature-vectors/discord_ed25519_vectors.json");
        var failures = new List<string>();

        foreach (var vector in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            var headers = vector.GetProperty("headers");
            using var response = await host.PostAsync(
                Convert.FromBase64String(vector.GetProperty("body_b64").GetString()!),
                headers.TryGetProperty("X-Signature-Ed25519", out var s) ? s.GetString() : null,
                headers.TryGetProperty("X-Signature-Timestamp", out var t) ? t.GetString() : null);
            var expectValid = vector.GetProperty("expected_valid").GetBoolean();
            var ok = expectValid ? response.StatusCode != HttpStatusCode.Unauthorized && (int)response.StatusCode < 500 : response.StatusCode == HttpStatusCode.Unauthorized;
            if (!ok)
            {
                failures.Add($"{vector.GetProperty("name").GetString()}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Post_SignedPing_ReturnsPong()
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync("""{"id":"1","application_id":"1000","type":1,"token":"t","version":1}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, "1700000000")]
    [InlineData("00", null)]
    [InlineData("not hex at all", "1700000000")]
    public async Task Post_MissingOrBadHeaders_Returns401(string? signature, string? timestamp)
    {
        await using var host = await DiscordTestHost.StartAsync();
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");

        using var response = await host.PostAsync(body, signature == "00" ? TestSigner.Sign("1", body) : signature, timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ValidSignatureOfOtherBody_Returns401()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var signed = Encoding.UTF8.GetBytes("""{"type":1}""");

        using var response = await host.PostAsync(Encoding.UTF8.GetBytes("""{"type":2}"""), TestSigner.Sign("5", signed), "5");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("""{"type":"ping"}""")]
    [InlineData("""{"id":"1"}""")]
    public async Task Post_SignedMalformedJson_Returns400(string json)
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_AdapterNotConfigured_Returns404()
    {
        await using var host = await DiscordTestHost.StartAsync(new Dictionary<string, string?>());

        using var response = await host.PostSignedAsync("""{"type":1}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedUnknownInteractionType_ReturnsEphemeralMessage()
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var response = await host.PostSignedAsync("""{"id":"1","type":5,"token":"t","user":{"id":"7","username":"u"},"data":{"custom_id":"m","components":[]}}""");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, doc.RootElement.GetProperty("type").GetInt32());
        Assert.Equal(64, doc.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
    }
}
