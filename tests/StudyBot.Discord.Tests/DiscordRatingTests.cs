using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Discord.Tests;

/// <summary>Hard / Good / Easy under a right answer: one click, the same message updated in place, one review however often it is clicked.</summary>
public sealed class DiscordRatingTests
{
    private static JsonElement[] Buttons(JsonElement data) =>
        [.. data.GetProperty("components").EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray())];

    private static async Task<(DiscordTestHost Host, Round Round)> AnsweredQuizAsync(bool right)
    {
        var host = await DiscordTestHost.StartAsync();
        await host.PostSignedAsync(InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "MLA-C01"), ("domain", 3), ("count", 1))));
        var round = host.Rounds.Single();
        var label = ((char)('A' + round.ChoiceOrder.IndexOf(right ? 'B' : 'A', StringComparison.Ordinal))).ToString();
        await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:{label}"));
        return (host, round);
    }

    [Fact]
    public async Task RateClick_AfterARightAnswer_UpdatesTheMessageInPlace_AndRatesThatAnswersReviewOnce()
    {
        var (host, round) = await AnsweredQuizAsync(right: true);
        await using var _ = host;

        using var easy = await host.PostSignedAsync(InteractionJson.Click($"r:{round.Id}:E"));
        var easyBody = await InteractionJson.ReadAsync(easy);
        using var again = await host.PostSignedAsync(InteractionJson.Click($"r:{round.Id}:E"));
        var againBody = await InteractionJson.ReadAsync(again);
        var afterTwo = host.Stores.Reviews.Reviews.Select(r => r.Rating).ToList();
        using var hard = await host.PostSignedAsync(InteractionJson.Click($"r:{round.Id}:H"));
        var hardBody = await InteractionJson.ReadAsync(hard);

        Assert.Equal(HttpStatusCode.OK, easy.StatusCode);
        Assert.Equal(7, easyBody.GetProperty("type").GetInt32());
        var content = easyBody.GetProperty("data").GetProperty("content").GetString()!;
        Assert.Contains("Correct", content, StringComparison.Ordinal);
        Assert.Contains("Quiz finished", content, StringComparison.Ordinal);
        var buttons = Buttons(easyBody.GetProperty("data"));
        // The rating row also keeps "Report a problem" for the question after a rating click.
        Assert.Equal(["Hard", "Good", "✓ Easy", "Report a problem"], buttons.Select(b => b.GetProperty("label").GetString()));
        Assert.Equal([2, 2, 3, 2], buttons.Select(b => b.GetProperty("style").GetInt32()));
        Assert.Equal(7, againBody.GetProperty("type").GetInt32());
        Assert.Equal([ReviewRating.Easy], afterTwo);
        Assert.Equal("✓ Hard", Buttons(hardBody.GetProperty("data"))[0].GetProperty("label").GetString());
        var review = Assert.Single(host.Stores.Reviews.Reviews);
        Assert.Equal(ReviewRating.Hard, review.Rating);
        Assert.Equal(host.Answers.Single().Id, review.AnswerId);
    }

    [Fact]
    public async Task RateClick_AfterAWrongAnswer_IsAPrivateRefusal_AndNoButtonsWereOffered()
    {
        var (host, round) = await AnsweredQuizAsync(right: false);
        await using var _ = host;
        var member = host.Members.Single();

        using var click = await host.PostSignedAsync(InteractionJson.Click($"r:{round.Id}:E"));
        var body = await InteractionJson.ReadAsync(click);
        await host.App.Services.GetRequiredService<ReviewService>().SyncAsync(null, CancellationToken.None);

        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("Only a right answer", body.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal([ReviewRating.Again], host.Stores.Reviews.Reviews.Select(r => r.Rating));
        Assert.Equal(member.Id, host.Stores.Reviews.Reviews.Single().MemberId);
    }

    [Theory]
    [InlineData("r:1:X")]
    [InlineData("r:1:EE")]
    [InlineData("r:0:E")]
    [InlineData("r:abc:G")]
    public async Task RateClick_TamperedId_IsPolite_AndWritesNothing(string customId)
    {
        await using var host = await DiscordTestHost.StartAsync();

        using var click = await host.PostSignedAsync(InteractionJson.Click(customId));
        var body = await InteractionJson.ReadAsync(click);

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(0, host.RowCount);
        Assert.Empty(host.Stores.Reviews.Reviews);
    }
}
