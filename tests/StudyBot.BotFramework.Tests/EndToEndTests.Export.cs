using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.BotFramework.Tests;

/// <summary><c>review export</c> in the personal chat: the Teams file consent flow, then the member's own deck uploaded and linked.</summary>
public sealed partial class EndToEndTests
{
    private string FileConsent(string id, string action, JsonObject context, string uploadPath, string fromId = "29:ann")
    {
        var invoke = Activity("invoke", id, Conversation, "personal");
        invoke["name"] = "fileConsent/invoke";
        if (fromId != "29:ann")
        {
            invoke["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Someone", ["aadObjectId"] = "aad-" + fromId };
        }

        invoke["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = context,
            ["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://contoso.sharepoint.com/personal/ann/Documents/Applications/StudyBot/deck.csv",
                ["name"] = "deck.csv",
                ["uploadUrl"] = connector.ServiceUrl + uploadPath,
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                ["fileType"] = "csv",
            },
        };
        return invoke.ToJsonString();
    }

    [Fact]
    public async Task ReviewExport_ConsentCard_ThenAccept_UploadsTheMembersOwnDeck_AndPostsAFileInfoCard()
    {
        var (bot, _, _) = await AnsweredQuizAsync("A Batch Transform job");
        await using var _ = bot;

        await bot.PostAsync(Personal("m5", text: "review export csv"));
        var consent = await connector.WaitForAsync(r => r.Body.Contains("application/vnd.microsoft.teams.card.file.consent", StringComparison.Ordinal));
        var accepted = await bot.PostAsync(FileConsent("i9", "accept", new JsonObject { ["format"] = "csv" }, "upload/deck"));
        var upload = await connector.WaitForAsync(r => r.Method == "PUT" && r.Path == "/upload/deck");
        var info = await connector.WaitForAsync(r => r.Body.Contains("application/vnd.microsoft.teams.card.file.info", StringComparison.Ordinal));

        var attachment = JsonNode.Parse(consent.Body)!["attachments"]![0]!;
        Assert.EndsWith(".csv", (string)attachment["name"]!, StringComparison.Ordinal);
        Assert.Equal("csv", (string)attachment["content"]!["acceptContext"]!["format"]!);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var deck = await bot.Services.GetRequiredService<ReviewDeckService>().ExportAsync(Platform.Teams, stores.Members.Members.Single().ExternalId, CancellationToken.None);
        Assert.Equal(DeckFile.ToCsv(deck!, bot.Services.GetRequiredService<QuestionBank>()), upload.Body);
        Assert.Equal((int)attachment["content"]!["sizeInBytes"]!, System.Text.Encoding.UTF8.GetByteCount(upload.Body));
        Assert.Equal(string.Empty, upload.Authorization);
        var card = JsonNode.Parse(info.Body)!["attachments"]![0]!;
        Assert.Equal("deck.csv", (string)card["name"]!);
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C8C", (string)card["content"]!["uniqueId"]!);
        Assert.Equal("/v3/conversations/a%3A1personal-chat/activities/i9", info.Path);
    }

    [Fact]
    public async Task FileConsent_AcceptedBySomeoneWithoutADeck_UploadsNothing_AndDeclineOnlyAnswers()
    {
        var (bot, _, _) = await AnsweredQuizAsync("A Batch Transform job");
        await using var _ = bot;

        var forged = await bot.PostAsync(FileConsent("i8", "accept", new JsonObject { ["format"] = "csv", ["member"] = "29:ann" }, "upload/forged", fromId: "29:mallory"));
        var empty = await connector.WaitForAsync(r => r.Shown.Contains("Your deck is empty", StringComparison.Ordinal));
        var declined = await bot.PostAsync(FileConsent("i7", "decline", new JsonObject { ["format"] = "json" }, "upload/declined"));
        await connector.WaitForAsync(r => r.Shown.Contains("No file then", StringComparison.Ordinal));
        var broken = await bot.PostAsync(FileConsent("i6", "explode", new JsonObject(), "upload/broken"));

        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal("/v3/conversations/a%3A1personal-chat/activities/i8", empty.Path);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.DoesNotContain(connector.Requests, r => r.Path.StartsWith("/upload/", StringComparison.Ordinal));
    }
}
