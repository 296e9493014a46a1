using StudyBot.Tests.Shared;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Handlers;

namespace StudyBot.BotFramework.Tests;

public sealed class MentionTests
{
    private static Activity Message(string text, string entityText) => new()
    {
        Type = "message",
        Text = text,
        Recipient = new ChannelAccount("28:bot", "StudyBot"),
        Entities = [new Entity("mention", new ChannelAccount("28:bot", "StudyBot"), entityText), new Entity("clientInfo")],
    };

    [Theory]
    [InlineData("<at>StudyBot</at> quiz AIF-C01 2 5", "<at>StudyBot</at>")]
    [InlineData("<at>StudyBot</at> quiz AIF-C01 2 5", "<at>@StudyBot</at>")]
    [InlineData("<at>@StudyBot</at>&nbsp;quiz AIF-C01 2 5", "<at>@StudyBot</at>")]
    [InlineData("quiz AIF-C01 2 5 <at>StudyBot</at>", null)]
    public void StripBotMention_BothAtForms_LeavesTheCommand(string text, string? entityText)
    {
        var sut = Message(text, entityText!);

        Assert.Equal("quiz AIF-C01 2 5", sut.StripBotMention());
    }

    [Fact]
    public void StripBotMention_OtherMention_KeepsItsName()
    {
        var sut = Message("<at>StudyBot</at> setup admins add <at>Jane Smith</at>", "<at>StudyBot</at>") with
        {
            Entities =
            [
                new Entity("mention", new ChannelAccount("28:bot", "StudyBot"), "<at>StudyBot</at>"),
                new Entity("mention", new ChannelAccount("29:jane", "Jane Smith"), "<at>Jane Smith</at>"),
            ],
        };

        Assert.Equal("setup admins add Jane Smith", sut.StripBotMention());
        Assert.Equal("29:jane", Assert.Single(sut.OtherMentions()).Id);
    }

    [Fact]
    public void StripBotMention_DocumentedChannelMessage_KeepsText()
    {
        var sut = ActivityJson.Parse(Payloads.Read("teams/message_channel_with_mention.json"))!;

        // The mentioned user there is not the recipient, so only the markup goes.
        Assert.Equal("Hey Pranav Smith check out this message", sut.StripBotMention());
    }

    [Theory]
    [InlineData(new string[0], null, null, 5)]
    [InlineData(new[] { "10" }, null, null, 10)]
    [InlineData(new[] { "aif-c01" }, "AIF-C01", null, 5)]
    [InlineData(new[] { "AIF-C01", "2" }, "AIF-C01", 2, 5)]
    [InlineData(new[] { "AIF-C01", "2", "7" }, "AIF-C01", 2, 7)]
    [InlineData(new[] { "MLA-C01", "count", "3" }, "MLA-C01", null, 3)]
    public void QuizArguments_Parse_ReadsExamDomainCount(string[] args, string? exam, int? domain, int count)
    {
        var sut = QuizArguments.Parse(args, TestBank.Exams);

        Assert.Null(sut.Error);
        Assert.Equal(exam, sut.Exam);
        Assert.Equal(domain, sut.Domain);
        Assert.Equal(count, sut.Count);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("1 2")]
    public void QuizArguments_Parse_Nonsense_GivesError(string words)
    {
        var sut = QuizArguments.Parse(words.Split(' '), TestBank.Exams);

        Assert.NotNull(sut.Error);
    }

    [Fact]
    public void SetupArguments_ParseDaily_ReadsOptionalWordsInAnyOrder()
    {
        var (settings, error) = SetupArguments.ParseDaily(["09:30", "Europe/Berlin", "AIF-C01", "mon,wed,fri", "120"], TestBank.Exams);

        Assert.Null(error);
        Assert.Equal(new Engine.Services.DailySettings("09:30", "Europe/Berlin", "mon,wed,fri", "AIF-C01", 120), settings);
    }
}
