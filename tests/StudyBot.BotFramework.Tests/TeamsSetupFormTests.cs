using System.Text.Json.Nodes;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;
using StudyBot.BotFramework.Handlers;
using StudyBot.Tests.Shared;

namespace StudyBot.BotFramework.Tests;

/// <summary>Issue 13 item 21: the setup form's zone picker, day presets, reveal delay or time, and errors that name the field.</summary>
public sealed class TeamsSetupFormTests
{
    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(p => Nodes(p.Value))),
        JsonArray a => a.SelectMany(Nodes),
        _ => [],
    };

    private static JsonObject Input(JsonObject card, string id) => Nodes(card).Single(n => (string?)n["id"] == id);

    private static SetupFormInput Form(string? time = "09:00", string? zone = "Europe/Berlin", string? other = null, string? days = "weekdays",
        string? custom = null, string? reveal = "480", string? revealAt = null) => new(time, zone, other, days, custom, "all", reveal, revealAt);

    private static Dictionary<string, string> Options(SetupFormInput input) =>
        input.Check().Options.ToDictionary(o => o.Key, o => o.Value.Text);

    [Fact]
    public void Card_TeamsZoneFirstAndChosen_InASearchablePicker_OneControlForDaysAndOneForTheReveal()
    {
        var channel = new Channel { ExternalId = "19:x", Name = "General", TimeZone = "UTC", PostMinuteOfDay = 540 };

        var sut = TeamsCards.Setup(channel, TestBank.Exams, "Asia/Kathmandu");

        var zone = Input(sut, "zone");
        Assert.Equal("filtered", (string?)zone["style"]);
        Assert.Equal("Asia/Kathmandu", (string?)zone["value"]);
        Assert.Equal("Asia/Kathmandu", (string?)zone["choices"]![0]!["value"]);
        Assert.Contains(zone["choices"]!.AsArray(), c => (string?)c!["value"] == "America/New_York");
        Assert.Equal(["weekdays", "daily", "mon,wed,fri", "tue,thu"], Input(sut, "days")["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        var reveal = Input(sut, "reveal")["choices"]!.AsArray();
        Assert.Contains(reveal, c => (string?)c!["title"] == "8 hours after the post" && (string?)c!["value"] == "480");
        Assert.Contains(reveal, c => (string?)c!["title"] == "at 17:00 (the next one after the post)" && (string?)c!["value"] == "at:17:00");
        Assert.Equal(4, Nodes(sut).Count(n => ((string?)n["type"])?.StartsWith("Input.ChoiceSet", StringComparison.Ordinal) == true));
        var texts = Nodes(sut).Where(n => (string?)n["type"] == "TextBlock").Select(n => (string)n["text"]!).ToList();
        Assert.Equal("Daily question in General", texts[0]);
        Assert.DoesNotContain(texts, t => t.Contains("not set up", StringComparison.Ordinal));
    }

    [Fact]
    public void Card_ChannelWithOwnDays_OffersThemAndKeepsThemChosen()
    {
        var channel = new Channel { ExternalId = "19:x", DailyEnabled = true, Days = Weekdays.Monday | Weekdays.Friday };

        var sut = TeamsCards.Setup(channel, TestBank.Exams);

        Assert.Equal("mon,fri", (string?)Input(sut, "days")["value"]);
        Assert.Contains(Input(sut, "days")["choices"]!.AsArray(), c => (string?)c!["title"] == "mon, fri");
        Assert.Contains(Nodes(sut), n => ((string?)n["text"])?.StartsWith("Now: ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Card_WithErrors_KeepsWhatWasEnteredAndShowsEachError()
    {
        var input = Form(time: "07:45", other: "Mars/Base", days: "custom", custom: "mon,thu", revealAt: "18:30");

        var sut = TeamsSetupForm.Card(input, TestBank.Exams, null, ["Another time zone: 'Mars/Base' is not an IANA time zone."]);

        Assert.Equal("07:45", (string?)Input(sut, "time")["value"]);
        Assert.Equal("Mars/Base", (string?)Input(sut, "zoneOther")["value"]);
        Assert.Equal("mon,thu", (string?)Input(sut, "days")["value"]);
        Assert.Equal("at:18:30", (string?)Input(sut, "reveal")["value"]);
        Assert.Contains(Nodes(sut), n => (string?)n["color"] == "Attention" && ((string?)n["text"])!.StartsWith("Another time zone:", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_Presets_BecomeTheDaysWords()
    {
        Assert.Equal("daily", Options(Form(days: "daily"))[CommandNames.Days]);
        Assert.Equal("weekdays", Options(Form(days: null))[CommandNames.Days]);
        Assert.Equal("mon,wed", Options(Form(days: "custom", custom: "mon,wed"))[CommandNames.Days]);
    }

    [Fact]
    public void Check_RevealChoiceAtATimeOfDay_IsTheDelayAfterThePost()
    {
        var (options, errors) = Form(time: "09:00", reveal: "at:17:00").Check();

        Assert.Empty(errors);
        Assert.Equal("480", options.Single(o => o.Key == CommandNames.RevealAfter).Value.Text);
    }

    [Theory]
    [InlineData("09:00", "17:00", "480")]
    [InlineData("17:00", "09:00", "960")]
    [InlineData("09:00", "09:30", "30")]
    public void Check_RevealAtATimeOfDay_IsTheDelayAfterThePost(string post, string at, string minutes)
    {
        var (options, errors) = Form(time: post, revealAt: at).Check();

        Assert.Empty(errors);
        Assert.Equal(minutes, options.Single(o => o.Key == CommandNames.RevealAfter).Value.Text);
    }

    [Theory]
    [InlineData("09:00", null, null, "custom", null, null, "Days: ")]
    [InlineData("09:00", "Mars/Base", null, "weekdays", null, null, "Another time zone: 'Mars/Base'")]
    [InlineData("", null, null, "weekdays", null, null, "Post at: ")]
    [InlineData("25:00", null, null, "weekdays", null, null, "Post at: '25:00'")]
    [InlineData("09:00", null, null, "weekdays", null, "09:02", "Reveal at: choose a time 5 minutes")]
    [InlineData("09:00", null, null, "weekdays", null, "noon", "Reveal at: 'noon'")]
    [InlineData("09:00", null, null, "weekdays", "3", null, "Reveal the answer: ")]
    public void Check_AMistake_NamesItsField(string time, string? other, string? custom, string days, string? reveal, string? revealAt, string expected)
    {
        var (_, errors) = Form(time: time, other: other, days: days, custom: custom, reveal: reveal ?? "480", revealAt: revealAt).Check();

        var error = Assert.Single(errors);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("reveal_after", error, StringComparison.Ordinal);
    }

    [Fact]
    public void From_ChannelDays_PicksThePreset()
    {
        Assert.Equal("weekdays", SetupFormInput.From(new Channel { ExternalId = "x", Days = Weekdays.MondayToFriday }, "UTC").Days);
        Assert.Equal("daily", SetupFormInput.From(new Channel { ExternalId = "x", Days = Weekdays.Every }, "UTC").Days);
        var custom = SetupFormInput.From(new Channel { ExternalId = "x", Days = Weekdays.Monday | Weekdays.Friday }, "UTC");
        Assert.Equal(("custom", "mon,fri"), (custom.Days, custom.CustomDays));
    }

    [Fact]
    public void From_CardData_ReadsTheFormsFields()
    {
        var data = CardData.From(System.Text.Json.JsonDocument.Parse("""{"time":"08:00","zone":"UTC","zoneOther":"Asia/Tokyo","days":"custom","customDays":"sat","exam":"all","reveal":120,"revealAt":"12:00"}""").RootElement);

        var sut = SetupFormInput.From(data);

        Assert.Equal(new SetupFormInput("08:00", "UTC", "Asia/Tokyo", "custom", "sat", "all", "120", "12:00"), sut);
    }
}
