using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Tests;

public sealed class DiscordMemberNotifierTests
{
    private static DiscordMemberNotifier Create(FakeDiscordRestServer fake)
    {
        var options = Options.Create(new DiscordOptions { BotToken = "token", ApplicationId = "123", ApiBaseUrl = fake.BaseUrl });
        var rest = new DiscordRestClient(new HttpClient(), new DiscordRateLimiter(TimeProvider.System, options), new DiscordRestCounters(), options, TimeProvider.System,
            NullLogger<DiscordRestClient>.Instance);
        return new DiscordMemberNotifier(rest, NullLogger<DiscordMemberNotifier>.Instance);
    }

    private static Member Member(string id) => new() { Id = 7, Platform = Platform.Discord, ExternalId = id, DisplayName = "Ana", CreatedAt = DateTimeOffset.UnixEpoch };

    [Fact]
    public async Task Notify_OpensTheDmChannel_ThenPostsTheTextWithMentionsSuppressed()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        var sut = Create(fake);

        var sent = await sut.NotifyAsync(Member("53908232506183680"), Text.Of("3 reviews are due. Start with ", CommandRef.Of(CommandNames.Review), "."), CancellationToken.None);

        Assert.True(sent);
        var open = Assert.Single(fake.Matching("POST", "/users/@me/channels"));
        Assert.Equal("53908232506183680", JsonNode.Parse(open.Body)!["recipient_id"]!.GetValue<string>());
        var post = Assert.Single(fake.Matching("POST", "/channels/953908232506183680/messages"));
        var message = JsonNode.Parse(post.Body)!;
        Assert.Equal("3 reviews are due. Start with `/review`.", message["content"]!.GetValue<string>());
        Assert.Empty(message["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task Notify_DiscordRefuses_IsFalse_AndPostsNothing()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        var sut = Create(fake);
        fake.FailNext.Enqueue(403);

        var sent = await sut.NotifyAsync(Member("53908232506183680"), Text.Of("1 review is due."), CancellationToken.None);

        Assert.False(sent);
        Assert.Empty(fake.Matching("POST", "/messages"));
    }
}
