using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Connector;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Views;
using StudyBot.Tests.Shared;

namespace StudyBot.BotFramework.Tests;

public sealed class TeamsChannelPublisherTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(TestTokens.Now);
    private FakeConnector connector = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await BotHost.StartAsync(new InMemoryStudyStore(), configure: s => s.AddSingleton<TimeProvider>(time));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task UpdateRoundAsync_Burst_SendsFirstAtOnceAndTheLatestCountAfterTheInterval()
    {
        var sut = bot.Services.GetServices<IChannelPublisher>().Single(p => p.Platform == Platform.Teams);
        var channel = Channel(connector.ServiceUrl);

        await sut.UpdateRoundAsync(channel, "act-7", Round(1), default);
        await sut.UpdateRoundAsync(channel, "act-7", Round(2), default);
        await sut.UpdateRoundAsync(channel, "act-7", Round(3), default);
        var afterBurst = connector.Requests.Count;
        time.Advance(TeamsChannelPublisher.UpdateInterval);
        var last = await connector.WaitForAsync(r => r.Body.Contains("3 answers so far", StringComparison.Ordinal));

        Assert.Equal(1, afterBurst);
        Assert.Equal("PUT", last.Method);
        Assert.Equal(2, connector.Requests.Count);
        Assert.DoesNotContain(connector.Requests, r => r.Body.Contains("2 answers so far", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishRoundAsync_ReturnsTheActivityId()
    {
        var sut = bot.Services.GetServices<IChannelPublisher>().Single(p => p.Platform == Platform.Teams);

        var id = await sut.PublishRoundAsync(Channel(connector.ServiceUrl), Round(0), default);

        Assert.Equal("act-1", id);
        Assert.Equal("/v3/conversations/19%3Ageneral%40thread.tacv2/activities", connector.Requests.Single().Path);
    }

    [Fact]
    public async Task PublishRoundAsync_NoReference_Throws()
    {
        var sut = bot.Services.GetServices<IChannelPublisher>().Single(p => p.Platform == Platform.Teams);

        await Assert.ThrowsAsync<ConnectorException>(() => sut.PublishRoundAsync(new Channel { ExternalId = "19:x" }, Round(0), default));

        Assert.Empty(connector.Requests);
    }

    private static Channel Channel(string serviceUrl) => new()
    {
        Id = 5,
        ExternalId = "19:general@thread.tacv2",
        Platform = Platform.Teams,
        ConversationReference = JsonSerializer.Serialize(
            new TeamsConversationReference(serviceUrl, "19:general@thread.tacv2", "28:bot", "StudyBot", "tenant-1"), ActivityJson.Options),
    };

    private static RoundView Round(int answers) => new(
        9, RoundKind.Daily, "q", QuestionType.Single, 1, "Which?", [new("A", "One"), new("B", "Two")], 1, "AIF-C01",
        TestTokens.Now.AddHours(8), "20:00", answers, null, null, false);
}
