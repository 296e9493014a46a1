using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Discord.Tests;

/// <summary><c>/review export</c>: the member's own deck as an attachment of the private reply (deferred, then multipart PATCH @original).</summary>
public sealed class DiscordExportTests
{
    private const string Ana = "53908232506183680";
    private const string Ben = "222222222222222222";

    private static async Task AnswerAQuizAsync(DiscordTestHost host, string userId)
    {
        await host.PostSignedAsync(InteractionJson.Command("quiz", userId: userId, options: InteractionJson.Options(("exam", "MLA-C01"), ("domain", 3), ("count", 1))));
        var round = host.Rounds.Last();
        var label = ((char)('A' + round.ChoiceOrder.IndexOf('B', StringComparison.Ordinal))).ToString();
        await host.PostSignedAsync(InteractionJson.Click($"q:{round.Id}:{label}", userId: userId));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }

    [Theory]
    [InlineData("json", "application/json", ".json")]
    [InlineData("csv", "text/csv", ".csv")]
    public async Task ReviewExport_DefersPrivately_ThenTheDeckArrivesAsAMultipartFile_SameAsTheCli(string format, string contentType, string extension)
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        await AnswerAQuizAsync(host, Ana);
        await AnswerAQuizAsync(host, Ben);

        using var response = await host.PostSignedAsync(InteractionJson.Command("review", userId: Ana, options: InteractionJson.Subcommand("export", InteractionJson.Options(("format", format)))));
        var body = await InteractionJson.ReadAsync(response);
        await WaitUntilAsync(() => fake.Matching("PATCH", "/messages/@original").Count > 0);

        Assert.Equal(5, body.GetProperty("type").GetInt32());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        var edit = Assert.Single(fake.Matching("PATCH", "/messages/@original"));
        Assert.StartsWith("multipart/form-data", edit.ContentType, StringComparison.Ordinal);
        Assert.Equal("files[0]", edit.FileField);
        Assert.EndsWith(extension, edit.FileName, StringComparison.Ordinal);
        Assert.Equal(contentType, edit.FileContentType);
        using var payload = JsonDocument.Parse(edit.Body);
        Assert.Contains("Your deck, 1 card", payload.RootElement.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(edit.FileName, payload.RootElement.GetProperty("attachments")[0].GetProperty("filename").GetString());
        var deck = await host.App.Services.GetRequiredService<ReviewDeckService>().ExportAsync(Platform.Discord, Ana, CancellationToken.None);
        var bank = host.App.Services.GetRequiredService<QuestionBank>();
        var expected = format == "csv" ? DeckFile.ToCsv(deck!, bank) : DeckFile.ToJson(deck! with { ExportedAt = host.Time.GetUtcNow() });
        Assert.Equal(expected, edit.FileContent);
        // Only the caller's deck: Ben answered the same question, and nothing of his is in the file.
        Assert.DoesNotContain(Ben, edit.FileContent!, StringComparison.Ordinal);
        Assert.Equal(format == "json", edit.FileContent!.Contains($"discord:{Ana}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReviewExport_EmptyDeck_SaysSo_WithoutAFile()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));

        await host.PostSignedAsync(InteractionJson.Command("review", userId: Ana, options: InteractionJson.Subcommand("export")));
        await WaitUntilAsync(() => fake.Matching("PATCH", "/messages/@original").Count > 0);

        var edit = Assert.Single(fake.Matching("PATCH", "/messages/@original"));
        Assert.Null(edit.FileName);
        Assert.Contains("Your deck is empty", edit.Body, StringComparison.Ordinal);
    }
}
