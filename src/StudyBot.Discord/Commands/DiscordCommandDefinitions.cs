using System.Text.Json.Nodes;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Services;

namespace StudyBot.Discord.Commands;

/// <summary>The slash commands, as the JSON array Discord's bulk overwrite takes.</summary>
public static class DiscordCommandDefinitions
{
    private const int SubCommand = 1;
    private const int StringType = 3;
    private const int IntegerType = 4;
    private const int UserType = 6;

    /// <summary>Manage Server, as a decimal string: <c>/setup</c> is shown to those members by default.</summary>
    private const string ManageGuild = "32";

    /// <summary>The commands for a catalog: its exams are the choices, a retired one labelled as such.</summary>
    public static JsonArray Build(ExamCatalog catalog)
    {
        var examChoices = catalog.All.Select(e => (e.IsActive ? e.Code : $"{e.Code} ({e.StatusText})", e.Code)).ToArray();
        var exams = Choices(examChoices);
        var daysHint = "Weekdays, e.g. mon,tue,wed,thu,fri (default), daily or weekends";
        return
        [
            Command("quiz", "Start a personal quiz only you can see",
                Option(StringType, "exam", "Exam to practise for", choices: exams),
                Option(IntegerType, "domain", "Exam domain number (needs an exam)", min: 1, max: 5),
                Option(IntegerType, "count", $"Number of questions (default {QuizService.DefaultCount})", min: 1, max: QuizService.MaxCount)),
            Command("daily", "Show today's question in this channel, or its answer"),
            Command("leaderboard", "Show the leaderboard",
                Option(StringType, "period", "Which period (default: this week)", choices: Choices(("This week", "week"), ("This month", "month"), ("All time", "all"))),
                Option(StringType, "scope", "This channel or the whole server (default: channel)", choices: Choices(("This channel", "channel"), ("Whole server", "server")))),
            Command("stats", "Accuracy per exam domain, streak and readiness",
                Option(UserType, "member", "Whose stats (default: yours)"),
                Option(StringType, "privacy", "Hide yourself from leaderboards or show yourself again", choices: Choices(("Hide me from boards", "hide"), ("Show me on boards", "show")))),
            Command("help", "What StudyBot does and its commands"),
            Command("setup", "Set up the daily question in this channel (Manage Server)", ManageGuild,
                Option(SubCommand, "daily", "Post a daily question here",
                    Option(StringType, "time", "Local time to post, HH:MM (24 h)", required: true),
                    Option(StringType, "timezone", "IANA time zone, e.g. Europe/Berlin", required: true),
                    Option(StringType, "days", daysHint),
                    Option(StringType, "exam", "Draw questions for one exam (default: all)", choices: Choices([.. examChoices, ("All active exams", "all")])),
                    Option(IntegerType, "reveal_after_minutes", "Minutes until the answer is revealed (default 480)", min: ChannelSetupService.MinRevealMinutes, max: ChannelSetupService.MaxRevealMinutes)),
                Option(SubCommand, "pause", "Pause the daily question"),
                Option(SubCommand, "resume", "Resume the daily question"),
                Option(SubCommand, "post-now", "Post today's question now")),
        ];
    }

    private static JsonObject Command(string name, string description, params JsonObject[] options) => Command(name, description, null, options);

    private static JsonObject Command(string name, string description, string? permissions, params JsonObject[] options)
    {
        var command = new JsonObject
        {
            ["name"] = name,
            ["type"] = 1,
            ["description"] = description,
            ["contexts"] = new JsonArray(0),
        };
        if (permissions is not null)
        {
            command["default_member_permissions"] = permissions;
        }

        if (options.Length > 0)
        {
            command["options"] = new JsonArray([.. options]);
        }

        return command;
    }

    private static JsonObject Option(int type, string name, string description, params JsonObject[] options) =>
        Option(type, name, description, false, null, null, null, options);

    private static JsonObject Option(
        int type, string name, string description, bool required = false, JsonArray? choices = null, int? min = null, int? max = null, params JsonObject[] options)
    {
        var option = new JsonObject { ["type"] = type, ["name"] = name, ["description"] = description };
        if (required)
        {
            option["required"] = true;
        }

        if (choices is not null)
        {
            option["choices"] = choices;
        }

        if (min is not null)
        {
            option["min_value"] = min;
        }

        if (max is not null)
        {
            option["max_value"] = max;
        }

        if (options.Length > 0)
        {
            option["options"] = new JsonArray([.. options]);
        }

        return option;
    }

    private static JsonArray Choices(params (string Name, string Value)[] choices) =>
        new([.. choices.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["value"] = c.Value })]);
}
