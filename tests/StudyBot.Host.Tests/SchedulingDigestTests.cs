using Microsoft.Extensions.DependencyInjection;
using StudyBot.Discord.Rendering;

namespace StudyBot.Host.Tests;

public sealed class SchedulingDigestTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task WeeklyDigestJob_AfterAWeekOfAnswers_PublishesBoardWeakestDomainQuizAndChart()
    {
        var monday = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(monday.AddHours(-1));
        var channel = await host.AddChannelAsync("09:00", "UTC");
        var answers = host.Services.GetRequiredService<AnswerService>();
        var presenter = host.Services.GetRequiredService<RoundPresenter>();
        var bank = host.Services.GetRequiredService<StudyBot.Engine.Questions.QuestionBank>();
        for (var day = 0; day < 3; day++)
        {
            host.Time.SetUtcNow(monday.AddDays(day).AddHours(1));
            var round = (await host.Posts.PostIfDueAsync(channel.Id, false, None)).Round;
            Assert.NotNull(round);
            var view = presenter.Present(round, 0, "UTC");
            var right = Grader.CorrectLabels(bank.Get(round.QuestionId), round.ChoiceOrder);
            var wrong = view.Choices.Select(c => c.Label).First(l => !right.Contains(l));
            await answers.SubmitAsync(round.Id, Member(channel, "ana", "Ana"), right, None);
            await answers.SubmitAsync(round.Id, Member(channel, "ben", "Ben"), day == 0 ? right : [wrong], None);
        }

        host.Time.SetUtcNow(new DateTimeOffset(2026, 12, 4, 16, 0, 0, TimeSpan.Zero));
        var sut = host.Digests;

        var published = await sut.PostAsync(channel.Id, None);

        Assert.True(published);
        var digest = Assert.Single(host.Publisher.Digests).Digest;
        Assert.Equal(2, digest.Participants);
        Assert.Equal(6, digest.Answers);
        Assert.Equal(3, digest.Rounds);
        Assert.Equal("MLA-C01", digest.WeakestExam);
        Assert.NotNull(digest.Weakest);
        Assert.Equal(0.5, digest.Weakest.Accuracy);
        Assert.NotNull(digest.SuggestedQuiz);
        Assert.Equal($"/quiz exam:MLA-C01 domain:{digest.Weakest.Domain}", DiscordText.Syntax(digest.SuggestedQuiz));
        Assert.Equal("Ana", digest.Board.Rows[0].Name);
        Assert.NotNull(digest.ChartPng);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, digest.ChartPng[..4]);
    }

    [Fact]
    public async Task WeeklyDigestBuilder_QuietWeek_HasNoWeakestDomainNorChart()
    {
        var now = new DateTimeOffset(2026, 12, 4, 16, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(now);
        var channel = await host.AddChannelAsync("09:00", "UTC");
        var sut = host.Digests;

        var digest = await sut.BuildAsync(channel, None);

        Assert.Equal(0, digest.Participants);
        Assert.Null(digest.Weakest);
        Assert.Null(digest.SuggestedQuiz);
        Assert.Null(digest.ChartPng);
    }

    [Fact]
    public async Task DigestTrigger_DefaultOptions_FiresFridayAtFourLocal()
    {
        var start = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
        await using var host = await SchedulingTestHost.CreateAsync(start);
        var channel = await host.AddChannelAsync("09:00", "Europe/Berlin");

        var trigger = await host.TriggerAsync(new Quartz.TriggerKey($"digest.{channel.Id}", "digest"));

        Assert.NotNull(trigger);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(start));
    }

    /// <summary>A member of the channel as the adapter names them.</summary>
    private static Actor Member(Channel channel, string id, string name) =>
        new(Platform.Discord, id, name, new Place(PlaceKind.Channel, "guild-1", "Guild", channel.ExternalId, "study"), PlatformAdmin: false);
}
