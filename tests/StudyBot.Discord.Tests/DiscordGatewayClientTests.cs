using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StudyBot.Discord.Gateway;

namespace StudyBot.Discord.Tests;

public sealed class DiscordGatewayClientTests
{
    private sealed record Rig(FakeDiscordGateway Gateway, FakeDiscordRestServer Rest, DiscordTestHost Host) : IAsyncDisposable
    {
        public DiscordGatewayState State => Host.App.Services.GetRequiredService<DiscordGatewayState>();

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await Gateway.DisposeAsync();
            await Rest.DisposeAsync();
        }
    }

    private static async Task<Rig> StartAsync(bool gatewayUrlFromRest = false)
    {
        var gateway = await FakeDiscordGateway.StartAsync();
        var rest = await FakeDiscordRestServer.StartAsync();
        rest.GatewayBotUrl = gateway.Url;
        var settings = DiscordTestHost.Settings(rest.BaseUrl);
        settings["Discord:Mode"] = "Gateway";
        settings["Discord:PublicKey"] = null;
        settings["Discord:GatewayUrl"] = gatewayUrlFromRest ? null : gateway.Url;
        settings["Discord:GatewayReconnectDelay"] = "00:00:00.050";
        var host = await DiscordTestHost.StartAsync(settings, realTime: true);
        return new Rig(gateway, rest, host);
    }

    /// <summary>HELLO, expect IDENTIFY, send READY (sequence 1, session s1, resume at the same fake).</summary>
    private static async Task<FakeGatewayConnection> ConnectReadyAsync(Rig rig, int heartbeatMs = 2000)
    {
        var connection = await rig.Gateway.NextAsync();
        await connection.HelloAsync(heartbeatMs);
        Assert.NotNull(await connection.ReceiveOpAsync(GatewayOpcode.Identify));
        await connection.DispatchAsync("READY", 1, new { v = 10, session_id = "s1", resume_gateway_url = rig.Gateway.Url, user = new { id = "1000", username = "StudyBot" } });
        await WaitUntilAsync(() => rig.State.Status == GatewayStatus.Ready);
        return connection;
    }

    [Fact]
    public async Task Connect_HelloIdentifyReadyHeartbeat()
    {
        await using var rig = await StartAsync();

        var connection = await rig.Gateway.NextAsync();
        await connection.HelloAsync(500);
        var identify = await connection.ReceiveOpAsync(GatewayOpcode.Identify);
        await connection.DispatchAsync("READY", 1, new { session_id = "s1", resume_gateway_url = rig.Gateway.Url });
        var heartbeat = await connection.ReceiveOpAsync(GatewayOpcode.Heartbeat);
        await WaitUntilAsync(() => rig.State.Status == GatewayStatus.Ready);
        var health = await new DiscordGatewayHealthCheck(rig.State).CheckHealthAsync(new HealthCheckContext());

        Assert.Contains("v=10", connection.PathAndQuery);
        Assert.Contains("encoding=json", connection.PathAndQuery);
        Assert.Equal("test-token", identify!.Value.GetProperty("d").GetProperty("token").GetString());
        Assert.Equal(1, identify.Value.GetProperty("d").GetProperty("intents").GetInt32());
        Assert.Equal(1, heartbeat!.Value.GetProperty("d").GetInt64());
        Assert.Equal(HealthStatus.Healthy, health.Status);
    }

    [Fact]
    public async Task Connect_NoGatewayUrl_AsksGatewayBotWithTheToken()
    {
        await using var rig = await StartAsync(gatewayUrlFromRest: true);

        var connection = await rig.Gateway.NextAsync();
        await connection.HelloAsync();
        var identify = await connection.ReceiveOpAsync(GatewayOpcode.Identify);

        Assert.NotNull(identify);
        var lookup = Assert.Single(rig.Rest.Matching("GET", "/gateway/bot"));
        Assert.Equal("Bot test-token", lookup.Authorization);
    }

    [Fact]
    public async Task GatewayMode_HttpEndpointIsOff()
    {
        await using var rig = await StartAsync();

        using var response = await rig.Host.PostSignedAsync("""{"type":1}""");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task InteractionCreate_AnsweredThroughTheCallbackRoute()
    {
        await using var rig = await StartAsync();
        var connection = await ConnectReadyAsync(rig);
        var interaction = JsonNode.Parse(InteractionJson.Command("help"))!;

        await connection.DispatchAsync("INTERACTION_CREATE", 2, interaction);
        await WaitUntilAsync(() => rig.Rest.Matching("POST", "/callback").Count > 0);

        var callback = Assert.Single(rig.Rest.Matching("POST", "/callback"));
        Assert.Equal($"/api/v10/interactions/{interaction["id"]}/{interaction["token"]}/callback", callback.Path);
        Assert.Equal(string.Empty, callback.Authorization);
        using var body = JsonDocument.Parse(callback.Body);
        Assert.Equal(4, body.RootElement.GetProperty("type").GetInt32());
        Assert.Equal(64, body.RootElement.GetProperty("data").GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task InteractionCreate_Malformed_IsIgnoredWithoutAnsweringOrWriting()
    {
        await using var rig = await StartAsync();
        var connection = await ConnectReadyAsync(rig);
        var malformed = JsonNode.Parse(InteractionJson.Command("help"))!;
        malformed["guild_id"] = "-1";
        var valid = JsonNode.Parse(InteractionJson.Command("help"))!;

        await connection.DispatchAsync("INTERACTION_CREATE", 2, malformed);
        await connection.DispatchAsync("INTERACTION_CREATE", 3, valid);
        await WaitUntilAsync(() => rig.Rest.Matching("POST", "/callback").Count > 0
            && rig.Host.Logs.Entries.Any(e => e.Message.StartsWith("Ignored a malformed Discord interaction", StringComparison.Ordinal)));

        var callback = Assert.Single(rig.Rest.Matching("POST", "/callback"));
        Assert.Contains($"/interactions/{valid["id"]}/", callback.Path);
        Assert.DoesNotContain(rig.Host.Communities, c => c.ExternalId == "-1");
        Assert.Empty(rig.Host.Logs.AtLeast(Microsoft.Extensions.Logging.LogLevel.Error));
    }

    [Fact]
    public async Task DroppedSocket_ResumesWithSessionAndSequence()
    {
        await using var rig = await StartAsync();
        var first = await ConnectReadyAsync(rig);
        await first.DispatchAsync("GUILD_CREATE", 5, new { id = "1" });
        await Task.Delay(100);

        first.Drop();
        var second = await rig.Gateway.NextAsync();
        await second.HelloAsync();
        var resume = await second.ReceiveOpAsync(GatewayOpcode.Resume);

        Assert.NotNull(resume);
        Assert.Equal("s1", resume!.Value.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(5, resume.Value.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.Equal("test-token", resume.Value.GetProperty("d").GetProperty("token").GetString());
    }

    [Fact]
    public async Task Reconnect_Opcode7_Resumes()
    {
        await using var rig = await StartAsync();
        var first = await ConnectReadyAsync(rig);

        await first.SendAsync(new { op = 7, d = (object?)null });
        var second = await rig.Gateway.NextAsync();
        await second.HelloAsync();
        var resume = await second.ReceiveOpAsync(GatewayOpcode.Resume);

        Assert.Equal("s1", resume!.Value.GetProperty("d").GetProperty("session_id").GetString());
        Assert.NotEqual(1000, first.ClientCloseStatus);
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAgain()
    {
        await using var rig = await StartAsync();
        var first = await ConnectReadyAsync(rig);

        await first.SendAsync(new { op = 9, d = false });
        var second = await rig.Gateway.NextAsync();
        await second.HelloAsync();
        var identify = await second.ReceiveOpAsync(GatewayOpcode.Identify, TimeSpan.FromSeconds(5));

        Assert.NotNull(identify);
    }

    [Fact]
    public async Task MissedHeartbeatAck_ReconnectsAndResumes()
    {
        await using var rig = await StartAsync();
        var first = await rig.Gateway.NextAsync();
        first.AutoAck = false;
        await first.HelloAsync(1000);
        await first.ReceiveOpAsync(GatewayOpcode.Identify);
        await first.DispatchAsync("READY", 3, new { session_id = "s9", resume_gateway_url = rig.Gateway.Url });

        var second = await rig.Gateway.NextAsync();
        await second.HelloAsync();
        var resume = await second.ReceiveOpAsync(GatewayOpcode.Resume);

        Assert.Equal("s9", resume!.Value.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(3, resume.Value.GetProperty("d").GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task Close4004_StopsAndReportsUnhealthy()
    {
        await using var rig = await StartAsync();
        var first = await rig.Gateway.NextAsync();
        await first.HelloAsync();
        await first.ReceiveOpAsync(GatewayOpcode.Identify);

        await first.CloseAsync(4004);
        await WaitUntilAsync(() => rig.State.Status == GatewayStatus.Failed);
        await Task.Delay(500);
        var health = await new DiscordGatewayHealthCheck(rig.State).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(1, rig.Gateway.ConnectionCount);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("4004", rig.State.Reason);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), "condition not reached in time");
    }
}
