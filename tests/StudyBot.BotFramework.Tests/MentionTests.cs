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

    [Theory]
    [InlineData("<at>StudyBot</at> setup admins add <at>Jane Smith</at>", "<at>Jane Smith</at>")]
    [InlineData("<at>StudyBot</at> stats <at>Jane Smith</at>", "<at>Jane Smith</at>")]
    [InlineData("<at>StudyBot</at> stats <at>@Jane Smith</at>", "<at>@Jane Smith</at>")]
    public void StripMentions_OtherMembers_LeavesOnlyTheCommandForTheGrammar(string text, string janeText)
    {
        var sut = Message(text, "<at>StudyBot</at>") with
        {
            Entities =
            [
                new Entity("mention", new ChannelAccount("28:bot", "StudyBot"), "<at>StudyBot</at>"),
                new Entity("mention", new ChannelAccount("29:jane", "Jane Smith"), janeText),
            ],
        };

        var stripped = MessageHandler.StripMentions(sut);
        var parsed = CommandParser.ParseText(stripped, TeamsActors.Mentions(sut));

        Assert.DoesNotContain("Jane", stripped, StringComparison.Ordinal);
        Assert.Null(parsed.Error);
        Assert.Equal(new MemberMention("29:jane", "Jane Smith"), parsed.Invocation!.Member(CommandNames.Member));
    }

    [Fact]
    public void TeamsActor_KnownByTheObjectId_AlsoByTheAccountIdAMentionNames()
    {
        var sut = TeamsActors.From(Message("help", "<at>StudyBot</at>") with { From = new ChannelAccount("29:ann", "Ann", AadObjectId: "aad-ann") });

        Assert.Equal("aad-ann", sut.UserId);
        Assert.Equal(["aad-ann", "29:ann"], sut.UserIds);
    }

    [Fact]
    public void StripBotMention_DocumentedChannelMessage_KeepsText()
    {
        var sut = ActivityJson.Parse(Payloads.Read("teams/message_channel_with_mention.json"))!;

        // The mentioned user there is not the recipient, so only the markup goes.
        Assert.Equal("Hey Pranav Smith check out this message", sut.StripBotMention());
    }

    // Teams text commands are read by the engine's one grammar once the bot's mention is stripped.
    [Theory]
    [InlineData("<at>StudyBot</at> quiz", null, null, null)]
    [InlineData("<at>StudyBot</at> quiz 10", null, null, 10)]
    [InlineData("<at>StudyBot</at> quiz aif-c01", "AIF-C01", null, null)]
    [InlineData("<at>StudyBot</at> quiz AIF-C01 2", "AIF-C01", 2, null)]
    [InlineData("<at>StudyBot</at> quiz AIF-C01 2 7", "AIF-C01", 2, 7)]
    [InlineData("<at>StudyBot</at> quiz MLA-C01 count 3", "MLA-C01", null, 3)]
    [InlineData("<at>StudyBot</at> quiz count:5", null, null, 5)]
    [InlineData("<at>StudyBot</at> quiz exam:AIF-C01 domain:2", "AIF-C01", 2, null)]
    public void QuizText_AfterTheMention_ReadsExamDomainCount(string text, string? exam, int? domain, int? count)
    {
        var sut = CommandParser.ParseText(Message(text, "<at>StudyBot</at>").StripBotMention());

        Assert.Null(sut.Error);
        Assert.Equal(CommandNames.Quiz, sut.Invocation!.Name);
        Assert.Equal(exam, sut.Invocation.Exam());
        Assert.Equal(domain, sut.Invocation.Integer(CommandNames.Domain));
        Assert.Equal(count, sut.Invocation.Integer(CommandNames.Count));
    }

    [Theory]
    [InlineData("quiz banana", "banana")]
    [InlineData("quiz 1 2", "2")]
    [InlineData("quiz AIF-C01 2 99", "99")]
    public void QuizText_Nonsense_GivesAnErrorNamingTheWord(string text, string word)
    {
        var sut = CommandParser.ParseText(text);

        Assert.Null(sut.Invocation);
        Assert.Contains(word, sut.Error!.Text.Render(CommandParser.Format), StringComparison.Ordinal);
    }

    [Fact]
    public void SetupDailyText_ReadsOptionalWordsInAnyOrder()
    {
        var sut = CommandParser.ParseText("setup daily 09:30 Europe/Berlin AIF-C01 mon,wed,fri 120");

        Assert.Null(sut.Error);
        var invocation = sut.Invocation!;
        Assert.Equal(CommandNames.SetupDaily, invocation.SubcommandName);
        Assert.Equal(new TimeOnly(9, 30), invocation.Time(CommandNames.Time));
        Assert.Equal("Europe/Berlin", invocation.String(CommandNames.TimeZone));
        Assert.Equal("AIF-C01", invocation.Exam());
        Assert.Equal(Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday, invocation.Days(CommandNames.Days));
        Assert.Equal(120, invocation.Integer(CommandNames.RevealAfter));
    }

    [Theory]
    [InlineData("mon-fri")]
    [InlineData("weekdays")]
    [InlineData("mon,tue,wed,thu,fri")]
    [InlineData("Monday-Friday")]
    public void SetupDailyText_WeekdayForms_AllMeanMondayToFriday(string days)
    {
        var sut = CommandParser.ParseText($"setup daily 09:00 Europe/Berlin {days}");

        Assert.Null(sut.Error);
        Assert.Equal(Weekdays.MondayToFriday, sut.Invocation!.Days(CommandNames.Days));
    }
}
