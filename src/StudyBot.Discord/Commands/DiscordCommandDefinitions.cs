using System.Text.Json.Nodes;

namespace StudyBot.Discord.Commands;

/// <summary>The slash commands, made from the engine's command catalog, as the JSON array Discord's bulk overwrite takes.</summary>
public static class DiscordCommandDefinitions
{
    private const int SubCommand = 1;
    private const int StringType = 3;
    private const int IntegerType = 4;
    private const int NumberType = 10;
    private const int UserType = 6;
    private const int MaxDescription = 100;

    /// <summary>Manage Server, as a decimal string: admin commands are shown to those members by default.</summary>
    private const string ManageGuild = "32";

    /// <summary>The commands, with the catalog's exams as choices: active ones first, a retired one labelled as such.</summary>
    public static JsonArray Build(ExamCatalog exams) => [.. CommandCatalog.All.Select(c => (JsonNode)Command(c, exams))];

    /// <summary>
    /// Whether a subcommand of the catalog exists on Discord: Teams-only ones (admins are Discord's own Manage Server
    /// members) are neither registered nor offered in help.
    /// </summary>
    public static bool OnDiscord(CommandDefinition subcommand) => subcommand.Name != CommandNames.SetupAdmins;

    private static JsonObject Command(CommandDefinition definition, ExamCatalog exams)
    {
        var command = new JsonObject
        {
            ["name"] = definition.Name,
            ["type"] = 1,
            ["description"] = Describe(definition.Description),
            ["contexts"] = new JsonArray(0),
        };
        if (definition.AdminOnly)
        {
            command["default_member_permissions"] = ManageGuild;
        }

        var options = definition.SubcommandList.Count > 0
            ? definition.SubcommandList.Where(OnDiscord).Select(s => Subcommand(s, exams)).ToList()
            : definition.Options.Select(o => Option(o, exams)).ToList();
        if (options.Count > 0)
        {
            command["options"] = new JsonArray([.. options]);
        }

        return command;
    }

    private static JsonNode Subcommand(CommandDefinition sub, ExamCatalog exams)
    {
        var option = new JsonObject { ["type"] = SubCommand, ["name"] = sub.Name, ["description"] = Describe(sub.Description) };
        if (sub.Options.Count > 0)
        {
            option["options"] = new JsonArray([.. sub.Options.Where(o => o.Name != CommandNames.Action).Select(o => Option(o, exams))]);
        }

        return option;
    }

    private static JsonNode Option(CommandOption definition, ExamCatalog exams)
    {
        var option = new JsonObject
        {
            ["type"] = definition.Type switch
            {
                OptionType.Integer => IntegerType,
                OptionType.Number => NumberType,
                OptionType.Member => UserType,
                _ => StringType,
            },
            ["name"] = definition.Name,
            ["description"] = Describe(definition.Description),
        };
        if (definition.Required)
        {
            option["required"] = true;
        }

        var choices = definition.Type switch
        {
            // Active exams first; a retired exam stays selectable by its code.
            OptionType.Exam => [.. exams.Active.Select(e => (e.Code, e.Code)), ("All active exams", "all"),
                .. exams.All.Where(e => !e.IsActive).Select(e => ($"{e.Code} ({e.StatusText})", e.Code))],
            _ => definition.ChoiceList.Select(c => (c.Label, c.Value)).ToList(),
        };
        if (choices.Count > 0)
        {
            option["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["name"] = c.Item1, ["value"] = c.Item2 })]);
        }

        if (definition.Type == OptionType.Integer)
        {
            if (definition.Min is { } min)
            {
                option["min_value"] = min;
            }

            if (definition.Max is { } max)
            {
                option["max_value"] = max;
            }
        }

        return option;
    }

    private static string Describe(string text) => text.Length <= MaxDescription ? text : text[..(MaxDescription - 1)] + "…";
}
