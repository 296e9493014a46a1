using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace StudyBot.Host.Tests;

/// <summary>The Discord adapter inside the real host (SQLite, the shipped bank), driven by signed interactions.</summary>
public sealed class DiscordHostTests
{
    // RFC 8032 TEST 1 key pair.
    private const string PublicKeyHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private const string SeedHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private const string UserId = "53908232506183680";

    private static readonly Key SigningKey = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(SeedHex), KeyBlobFormat.RawPrivateKey);

    private static StudyBotFactory Factory() => new(new Dictionary<string, string?>
    {
        ["Discord:ApplicationId"] = "1000",
        ["Discord:PublicKey"] = PublicKeyHex,
        ["Discord:BotToken"] = "host-test-token",
        ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
    });

    private static async Task<HttpResponseMessage> PostSignedAsync(HttpClient client, string json, bool validSignature = true)
    {
        var body = Encoding.UTF8.GetBytes(json);
        // Signed now, by the host's own clock: the endpoint refuses timestamps outside Discord:TimestampTolerance.
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(SigningKey, Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray());
        if (!validSignature)
        {
            signature[0] ^= 1;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await client.SendAsync(request);
    }

    private static string Interaction(int type, JsonObject data, string permissions = "104324673", int? messageFlags = null)
    {
        var body = new JsonObject
        {
            ["id"] = "786008729715212338",
            ["application_id"] = "1000",
            ["type"] = type,
            ["token"] = "tok",
            ["version"] = 1,
            ["guild_id"] = "290926798626357999",
            ["channel_id"] = "645027906669510667",
            ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = UserId, ["username"] = "mason" }, ["permissions"] = permissions },
            ["data"] = data,
        };
        if (messageFlags is { } flags)
        {
            body["message"] = new JsonObject { ["id"] = "1", ["flags"] = flags };
        }

        return body.ToJsonString();
    }

    [Fact]
    public async Task Interactions_PingAndBadSignature_PongAnd401()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        var ping = """{"id":"1","application_id":"1000","type":1,"token":"t","version":1}""";

        using var pong = await PostSignedAsync(client, ping);
        using var refused = await PostSignedAsync(client, ping, validSignature: false);

        Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
        Assert.Equal("""{"type":1}""", await pong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Interactions_NotConfigured_404()
    {
        await using var factory = new StudyBotFactory();
        using var client = factory.CreateClient();

        using var response = await PostSignedAsync(client, """{"type":1}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Quiz_ClickedToTheEnd_ScoredOnceEvenWhenClickedAgain()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        var options = new JsonArray(new JsonObject { ["name"] = "count", ["type"] = 4, ["value"] = 1 });

        using var started = await PostSignedAsync(client, Interaction(2, new JsonObject { ["id"] = "1", ["name"] = "quiz", ["type"] = 1, ["options"] = options }));
        var message = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        Assert.Equal(4, (int)message["type"]!);
        Assert.Equal(64, (int)message["data"]!["flags"]!);
        string? lastClick = null;
        // Clicks answers until none is left: the summary keeps only the rating and "Report a problem" buttons, which are no answers.
        for (var step = 0; step < 8 && message["data"]!["components"] is JsonArray { Count: > 0 } rows && ((string?)rows[0]!["components"]![0]!["custom_id"] ?? string.Empty).StartsWith("q:", StringComparison.Ordinal); step++)
        {
            // A built answer (matching, ordering) is finished first: an item's menu with no pick, then a choice to place, then Submit.
            var all = rows.SelectMany(r => r!["components"]!.AsArray()).Select(c => c!).ToList();
            var component = all.FirstOrDefault(c => (int)c["type"]! == 3 && ((string)c["custom_id"]!).Contains(":m", StringComparison.Ordinal) && !c["options"]!.AsArray().Any(o => (bool?)o!["default"] == true))
                ?? all.FirstOrDefault(c => ((string)c["custom_id"]!).EndsWith(":o", StringComparison.Ordinal))
                ?? all.FirstOrDefault(c => ((string)c["custom_id"]!).EndsWith(":s", StringComparison.Ordinal))
                ?? rows[0]!["components"]![0]!;
            var data = new JsonObject { ["custom_id"] = (string)component["custom_id"]!, ["component_type"] = (int)component["type"]! };
            if ((int)component["type"]! == 3)
            {
                data["values"] = new JsonArray([.. component["options"]!.AsArray().Take((int)component["min_values"]!).Select(o => (JsonNode)(string)o!["value"]!)]);
            }

            lastClick = Interaction(3, data, messageFlags: 64);
            using var clicked = await PostSignedAsync(client, lastClick);
            message = JsonNode.Parse(await clicked.Content.ReadAsStringAsync())!;
            Assert.Equal(7, (int)message["type"]!);
        }

        using var again = await PostSignedAsync(client, lastClick!);
        var member = await factory.Services.GetRequiredService<IMemberStore>().FindMemberAsync(Platform.Discord, UserId, CancellationToken.None);
        var answers = await factory.Services.GetRequiredService<IAnswerStore>().ListMemberAnswersAsync(member!.Id, null, CancellationToken.None);

        Assert.Contains("Quiz finished", (string)message["data"]!["content"]!);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(answers);
    }

    [Fact]
    public async Task Setup_NonAdmin_RefusedAndNothingChanges()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        var daily = new JsonObject
        {
            ["name"] = "daily",
            ["type"] = 1,
            ["options"] = new JsonArray(
                new JsonObject { ["name"] = "time", ["type"] = 3, ["value"] = "09:00" },
                new JsonObject { ["name"] = "timezone", ["type"] = 3, ["value"] = "Europe/Berlin" }),
        };

        using var response = await PostSignedAsync(client, Interaction(2, new JsonObject { ["id"] = "1", ["name"] = "setup", ["type"] = 1, ["options"] = new JsonArray(daily) }));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var channel = await factory.Services.GetRequiredService<IChannelStore>().FindChannelAsync(Platform.Discord, "645027906669510667", CancellationToken.None);

        Assert.Equal(64, body.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("Manage Server", body.RootElement.GetProperty("data").GetProperty("content").GetString());
        Assert.False(channel?.DailyEnabled ?? false);
    }
}
