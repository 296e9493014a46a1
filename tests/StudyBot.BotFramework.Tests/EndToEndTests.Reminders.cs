using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.BotFramework.Tests;

/// <summary>Review reminders on Teams: posted proactively in the member's personal chat, from what their own traffic showed.</summary>
public sealed partial class EndToEndTests
{
    private async Task<Member> RemindedMemberWithADueCardAsync(BotHost bot, string message)
    {
        await bot.PostAsync(message);
        await connector.WaitForAsync(r => r.Shown.Contains("Each day at 00:00", StringComparison.Ordinal));
        var member = stores.Members.Members.Single();
        for (var i = 0; i < 200 && await stores.Conversations.FindAsync(member.Id, default) is null; i++)
        {
            await Task.Delay(25);
        }

        var now = DateTimeOffset.UtcNow;
        await stores.Reviews.TrySaveReviewAsync(
            new DeckCard(member.Id, "t-single", new ReviewCard(ReviewCardState.Review, 2, 5, now.AddDays(-1), now.AddDays(-3), 2, 1, 0)),
            0, new ReviewEvent(member.Id, "t-single", now.AddDays(-3), ReviewRating.Good, 0, ReviewSource.Daily), default);
        return member;
    }

    [Fact]
    public async Task Reminder_SetInThePersonalChat_IsPostedThereProactively_OnceADay()
    {
        await using var bot = await BotHost.StartAsync(stores);
        await RemindedMemberWithADueCardAsync(bot, Personal("m1", text: "review remind 00:00 UTC"));
        var reminders = bot.Services.GetRequiredService<ReviewReminderService>();

        var sent = await reminders.SendDueAsync(default);
        var post = await connector.WaitForAsync(r => r.Shown.Contains("1 review is due", StringComparison.Ordinal));
        var again = await reminders.SendDueAsync(default);

        Assert.Equal(1, sent);
        Assert.Equal("/v3/conversations/a%3A1personal-chat/activities", post.Path);
        Assert.Contains("Start with `review`", post.Shown, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Single(connector.Requests, r => r.Shown.Contains("review is due", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reminder_SetInAChannel_OpensThePersonalChatWithTheMember_ThenPostsThere()
    {
        await using var bot = await BotHost.StartAsync(stores);
        var inChannel = Activity("message", "c1", TeamChannel, "channel");
        inChannel["text"] = "<at>StudyBot</at> review remind 00:00 UTC";
        inChannel["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>StudyBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StudyBot" } });
        inChannel["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2", ["name"] = "ML Study" },
            ["channel"] = new JsonObject { ["id"] = TeamChannel, ["name"] = "General" },
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
        };
        await RemindedMemberWithADueCardAsync(bot, inChannel.ToJsonString());

        var sent = await bot.Services.GetRequiredService<ReviewReminderService>().SendDueAsync(default);
        var post = await connector.WaitForAsync(r => r.Shown.Contains("1 review is due", StringComparison.Ordinal));

        Assert.Equal(1, sent);
        var create = Assert.Single(connector.Requests, r => r.Method == "POST" && r.Path == "/v3/conversations");
        var body = JsonNode.Parse(create.Body)!;
        Assert.Equal("29:ann", (string)body["members"]![0]!["id"]!);
        Assert.Equal("tenant-1", (string)body["channelData"]!["tenant"]!["id"]!);
        Assert.Equal("/v3/conversations/a%3Apersonal-chat/activities", post.Path);
    }

    [Fact]
    public async Task Reminder_ToAServiceUrlNotAllowed_SendsNothing()
    {
        await using var bot = await BotHost.StartAsync(stores);
        var member = await RemindedMemberWithADueCardAsync(bot, Personal("m1", text: "review remind 00:00 UTC"));
        await stores.Conversations.SaveAsync(member.Id, """{"serviceUrl":"https://smba.evil.example/","userId":"29:ann","personalConversationId":"a:1personal-chat"}""", DateTimeOffset.UtcNow, default);
        var before = connector.Requests.Count;

        var sent = await bot.Services.GetRequiredService<ReviewReminderService>().SendDueAsync(default);

        Assert.Equal(0, sent);
        Assert.Equal(before, connector.Requests.Count);
    }
}
