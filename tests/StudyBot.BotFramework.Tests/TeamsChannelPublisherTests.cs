using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Connector;

namespace StudyBot.BotFramework.Tests;

public sealed class TeamsChannelPublisherTests : IAsyncLifetime
{
    private const string General = "19:general@thread.tacv2";

    private readonly FakeTimeProvider time = new(TestTokens.Now);
    private FakeStores stores = null!;
    private FakeConnector connector = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        stores = new FakeStores(time);
        bot = await BotHost.StartAsync(stores, configure: s => s.AddSingleton<TimeProvider>(time));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task UpdateRoundAsync_EachCall_SendsItsCountAtOnce()
    {
        // How often a count is refreshed is the engine's rule (RoundCountRefresher); the publisher sends what it is given.
        var sut = Publisher();
        var channel = Channel(connector.ServiceUrl);

        await sut.UpdateRoundAsync(channel, "act-7", Round(1), default);
        await sut.UpdateRoundAsync(channel, "act-7", Round(2), default);
        await sut.UpdateRoundAsync(channel, "act-7", Round(3), default);

        var sent = connector.Requests.ToList();
        Assert.Equal(["PUT", "PUT", "PUT"], sent.Select(r => r.Method));
        Assert.All(sent, r => Assert.Equal("/v3/conversations/19%3Ageneral%40thread.tacv2/activities/act-7", r.Path));
        Assert.Equal(["1 answer so far", "2 answers so far", "3 answers so far"], sent.Select(r => r.TextBlocks.Single(t => t.Contains("so far", StringComparison.Ordinal)).Split(" · ")[0]));
    }

    [Fact]
    public async Task CountRefresh_BurstOfAnswers_OneEditAtOnceThenTheLatestCountAfterTheInterval()
    {
        var channel = await RegisteredChannelAsync();
        var round = (await bot.Services.GetRequiredService<DailyRoundService>().PostAsync(channel.Id, null, default))!;
        await connector.WaitForAsync(r => r.Method == "POST" && r.Shown.Contains("Daily question", StringComparison.Ordinal));
        var refresher = bot.Services.GetRequiredService<RoundCountRefresher>();

        await AnswerAsync(round, "29:m1");
        refresher.Request(round.Id);
        var first = await connector.WaitForAsync(r => r.Method == "PUT");
        await AnswerAsync(round, "29:m2");
        refresher.Request(round.Id);
        await AnswerAsync(round, "29:m3");
        refresher.Request(round.Id);
        await Task.Delay(300);
        var putsInTheInterval = connector.Requests.Count(r => r.Method == "PUT");
        time.Advance(RoundCountRefresher.Interval);
        var last = await connector.WaitForAsync(r => r.Method == "PUT" && r.Shown.Contains("3 answers so far", StringComparison.Ordinal));

        Assert.Contains("1 answer so far", first.Shown, StringComparison.Ordinal);
        Assert.Equal(1, putsInTheInterval);
        Assert.Equal($"/v3/conversations/19%3Ageneral%40thread.tacv2/activities/{round.MessageRef}", last.Path);
        Assert.Equal(2, connector.Requests.Count(r => r.Method == "PUT"));
        Assert.DoesNotContain(connector.Requests, r => r.Shown.Contains("2 answers so far", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishRoundAsync_ReturnsTheActivityId()
    {
        var id = await Publisher().PublishRoundAsync(Channel(connector.ServiceUrl), Round(0), default);

        Assert.Equal("act-1", id);
        Assert.Equal("/v3/conversations/19%3Ageneral%40thread.tacv2/activities", connector.Requests.Single().Path);
    }

    [Fact]
    public async Task PublishRoundAsync_NoReference_Throws()
    {
        await Assert.ThrowsAsync<ConnectorException>(() => Publisher().PublishRoundAsync(new Channel { ExternalId = "19:x" }, Round(0), default));

        Assert.Empty(connector.Requests);
    }

    private IChannelPublisher Publisher() => bot.Services.GetServices<IChannelPublisher>().Single(p => p.Platform == Platform.Teams);

    private async Task<Channel> RegisteredChannelAsync()
    {
        var community = await stores.Channels.EnsureCommunityAsync(Platform.Teams, "19:team@thread.tacv2", "ML Study", default);
        var channel = await stores.Channels.EnsureChannelAsync(community.Id, Platform.Teams, General, "General", default);
        await stores.Channels.SetConversationReferenceAsync(channel.Id, Channel(connector.ServiceUrl).ConversationReference!, default);
        return (await stores.Channels.FindChannelAsync(channel.Id, default))!;
    }

    /// <summary>A valid answer of the round's question by one member.</summary>
    private async Task AnswerAsync(Round round, string userId)
    {
        var question = bot.Services.GetRequiredService<QuestionBank>().Get(round.QuestionId);
        var labels = Enumerable.Range(0, question.Choices.Count).Select(i => ((char)('A' + i)).ToString()).ToList();
        IReadOnlyList<string> pick = question.Type switch
        {
            QuestionType.Single => ["A"],
            QuestionType.Multiple => [.. labels.Take(question.PickCount)],
            _ => labels,
        };
        var actor = new Actor(Platform.Teams, userId, userId, new Place(PlaceKind.Channel, "19:team@thread.tacv2", "ML Study", General, "General"));

        var result = await bot.Services.GetRequiredService<AnswerService>().SubmitAsync(round.Id, actor, pick, default);

        Assert.Equal(AnswerOutcome.Recorded, result.Outcome);
    }

    private static Channel Channel(string serviceUrl) => new()
    {
        Id = 5,
        ExternalId = General,
        Platform = Platform.Teams,
        ConversationReference = JsonSerializer.Serialize(
            new TeamsConversationReference(serviceUrl, General, "28:bot", "StudyBot", "tenant-1"), ActivityJson.Options),
    };

    private static RoundView Round(int answers) => new(
        9, RoundKind.Daily, "q", QuestionType.Single, 1, "Which?", [new("A", "One"), new("B", "Two")], 1, "AIF-C01",
        TestTokens.Now.AddHours(8), "Europe/Berlin", answers, null, null, false);
}
