using System.Text.Json;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Handlers;

namespace StudyBot.BotFramework.Tests;

public sealed class ActivityJsonTests
{
    [Theory]
    [InlineData("message_personal_inbound.json", "message")]
    [InlineData("message_channel_with_mention.json", "message")]
    [InlineData("message_messageBack_card_action_inbound.json", "message")]
    [InlineData("conversationUpdate_bot_added_to_team.json", "conversationUpdate")]
    [InlineData("conversationUpdate_bot_added_personal.json", "conversationUpdate")]
    [InlineData("conversationUpdate_channelCreated.json", "conversationUpdate")]
    [InlineData("conversationUpdate_teamMemberRemoved.json", "conversationUpdate")]
    [InlineData("conversationUpdate_teamRenamed.json", "conversationUpdate")]
    [InlineData("installationUpdate_add_team.json", "installationUpdate")]
    [InlineData("messageReaction_added.json", "messageReaction")]
    [InlineData("invoke_card_action_inbound.json", "invoke")]
    [InlineData("invoke_adaptiveCard_action_request_partial.json", "invoke")]
    public void Parse_DocumentedTeamsActivity_ReadsType(string file, string type)
    {
        var sut = ActivityJson.Parse(Payloads.Read("teams/" + file));

        Assert.NotNull(sut);
        Assert.Equal(type, sut.Type);
    }

    [Fact]
    public void Parse_BotAddedToTeam_ReadsTeamChannelTenantAndMembers()
    {
        var sut = ActivityJson.Parse(Payloads.Read("teams/conversationUpdate_bot_added_to_team.json"))!;

        Assert.Equal("https://smba.trafficmanager.net/amer/", sut.ServiceUrl);
        Assert.Equal("msteams", sut.ChannelId);
        Assert.Equal("TestTeam2022", sut.ChannelData!.Team!.Name);
        Assert.Equal("teamMemberAdded", sut.ChannelData.EventType);
        Assert.Equal("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", sut.TenantId());
        Assert.Equal(sut.Recipient!.Id, sut.MembersAdded![0].Id);
        Assert.Equal("eddfa9d4-346e-4cce-a18f-fa6261ad776b", sut.SenderId());
    }

    [Fact]
    public void Parse_InstallationUpdate_ReadsActionAndSelectedChannel()
    {
        var sut = ActivityJson.Parse(Payloads.Read("teams/installationUpdate_add_team.json"))!;

        Assert.Equal("add", sut.Action);
        Assert.Equal("19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2", sut.ChannelData!.Settings!.SelectedChannel!.Id);
        Assert.Equal("channel", sut.Conversation!.ConversationType);
    }

    [Fact]
    public void Parse_AdaptiveCardInvoke_ReadsActionVerbAndData()
    {
        var sut = ActivityJson.Parse(Payloads.Read("teams/invoke_adaptiveCard_action_request_partial.json"))!;

        var action = sut.Value!.Value.GetProperty("action");
        Assert.Equal("adaptiveCard/action", sut.Name);
        Assert.Equal("food", action.GetString("verb"));
        Assert.Equal("vegan", action.GetProperty("data").GetString("item"));
    }

    [Fact]
    public void Parse_MessageBack_KeepsTextAndValue()
    {
        var sut = ActivityJson.Parse(Payloads.Read("teams/message_messageBack_card_action_inbound.json"))!;

        Assert.Equal(JsonValueKind.Object, sut.Value!.Value.ValueKind);
        Assert.False(string.IsNullOrEmpty(sut.ReplyToId));
    }

    [Fact]
    public void Parse_ChannelMessage_StripsReplyChainFromConversationId()
    {
        var sut = ActivityJson.Parse(Payloads.Read("teams/message_channel_with_mention.json"))!;

        Assert.Equal("19:aebd0ad4d6ab42c8b9ed19c251c2fc37@thread.skype", sut.BaseConversationId());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":42}")]
    [InlineData("{\"type\":\"message\",\"from\":\"oops\"}")]
    public void Parse_Malformed_ReturnsNull(string json)
    {
        var sut = ActivityJson.Parse(json);

        Assert.Null(sut);
    }

    [Fact]
    public void Parse_UnknownFieldsAndTypes_AreTolerated()
    {
        var sut = ActivityJson.Parse("""{"type":"somethingNew","brandNew":{"x":[1,2]},"channelData":{"unknown":true}}""");

        Assert.Equal("somethingNew", sut!.Type);
    }
}
