namespace StudyBot.Engine.Tests.Review;

/// <summary>The weekly digest's review line: counts for the team, never names.</summary>
public sealed class ReviewDigestTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly EngineFixture _fx = new();

    private async Task<(Channel Channel, Round Round)> DailyAsync()
    {
        var round = await _fx.OpenDailyAsync();
        return ((await _fx.Stores.Channels.FindChannelAsync(round.ChannelId!.Value, None))!, round);
    }

    [Fact]
    public async Task Digest_CountsTheWeeksReviews_AndWhoIsOnPace_WithoutNames()
    {
        var (channel, round) = await DailyAsync();
        var answers = _fx.Get<AnswerService>();
        await answers.SubmitAsync(round.Id, EngineFixture.Actor("u-ana", "Ana"), ["A"], None);
        await answers.SubmitAsync(round.Id, EngineFixture.Actor("u-ben", "Secret Ben"), ["B"], None);
        var ana = await _fx.Stores.Members.EnsureMemberAsync(Platform.Discord, "u-ana", "Ana", None);
        await _fx.Stores.Reviews.SaveSettingsAsync(ReviewSettings.Default(ana.Id) with { ExamDate = new DateOnly(2027, 1, 15) }, None);

        var digest = await _fx.Get<DigestService>().BuildAsync(channel, None);

        var said = EngineFixture.Say(digest.Review!);
        Assert.StartsWith("The team reviewed 2 cards this week; ", said, StringComparison.Ordinal);
        Assert.Matches(@"; [01] of 1 members with an exam date (is|are) on pace\.$", said);
        Assert.DoesNotContain("Ben", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_NobodyReviewedOrSetADate_HasNoReviewLine()
    {
        var channel = await _fx.ChannelAsync();

        var digest = await _fx.Get<DigestService>().BuildAsync(channel, None);

        Assert.Null(digest.Review);
    }
}
