using StudyBot.Tests.Shared;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StudyBot.Discord.Commands;

namespace StudyBot.Discord.Tests;

public sealed partial class DiscordCommandDefinitionsTests
{
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();

    private static IEnumerable<(string Path, JsonObject Node)> Walk(JsonArray items, string parent)
    {
        foreach (var item in items.OfType<JsonObject>())
        {
            var path = parent + "/" + item["name"];
            yield return (path, item);
            if (item["options"] is JsonArray children)
            {
                foreach (var child in Walk(children, path))
                {
                    yield return child;
                }
            }
        }
    }

    [Fact]
    public void Build_EveryNameAndDescription_FollowsDiscordRules()
    {
        var problems = new List<string>();

        foreach (var (path, node) in Walk(DiscordCommandDefinitions.Build(TestBank.Exams), string.Empty))
        {
            var name = node["name"]!.GetValue<string>();
            var description = node["description"]?.GetValue<string>() ?? string.Empty;
            if (!NamePattern().IsMatch(name) || name != name.ToLowerInvariant())
            {
                problems.Add($"{path}: bad name");
            }

            if (description.Length is < 1 or > 100)
            {
                problems.Add($"{path}: description length {description.Length}");
            }

            if (node["options"] is JsonArray options)
            {
                if (options.Count > 25)
                {
                    problems.Add($"{path}: {options.Count} options");
                }

                var required = options.Select(o => o?["required"]?.GetValue<bool>() == true).ToList();
                if (required.SkipWhile(r => r).Any(r => r))
                {
                    problems.Add($"{path}: a required option follows an optional one");
                }

                if (options.Select(o => o?["name"]?.GetValue<string>()).Distinct().Count() != options.Count)
                {
                    problems.Add($"{path}: duplicate option names");
                }
            }

            if (node["choices"] is JsonArray choices && (choices.Count > 25 || choices.Any(c => c?["name"]?.GetValue<string>().Length is null or < 1 or > 100)))
            {
                problems.Add($"{path}: bad choices");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Build_HasTheContractCommands_WithinTheCharacterBudget()
    {
        var commands = DiscordCommandDefinitions.Build(TestBank.Exams);

        Assert.Equal(["daily", "exams", "flags", "help", "leaderboard", "mock", "quiz", "review", "setup", "stats"], commands.Select(c => c!["name"]!.GetValue<string>()).Order());
        Assert.Equal(["daily", "pause", "post-now", "resume", "status"],
            commands.Single(c => c!["name"]!.GetValue<string>() == "setup")!["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).Order());
        foreach (var command in commands.OfType<JsonObject>())
        {
            var total = Walk([command.DeepClone()], string.Empty).Sum(x =>
                x.Node["name"]!.GetValue<string>().Length + (x.Node["description"]?.GetValue<string>().Length ?? 0)
                + ((x.Node["choices"] as JsonArray)?.Sum(c => c!["name"]!.GetValue<string>().Length + c["value"]!.ToString().Length) ?? 0));
            Assert.InRange(total, 1, 4000);
        }
    }

    /// <summary>Discord's application command option types.</summary>
    private static int DiscordType(OptionType type) => type switch
    {
        OptionType.Integer => 4,
        OptionType.Member => 6,
        OptionType.Number => 10,
        // Exams, choices, times, zones, weekdays, periods, scopes, dates and minutes ("8h") are all typed as text.
        _ => 3,
    };

    /// <summary>Teams-only parts of the catalog: on Discord, admins are the members with Manage Server.</summary>
    private static bool TeamsOnly(CommandDefinition sub) => sub.Name == CommandNames.SetupAdmins;

    [Fact]
    public void Build_IsGeneratedFromTheCatalog_EveryCommandAndOptionWithItsType()
    {
        var commands = DiscordCommandDefinitions.Build(StudyBot.Tests.Shared.TestBank.Exams).OfType<JsonObject>().ToDictionary(c => c["name"]!.GetValue<string>());
        var problems = new List<string>();

        void CheckOptions(string path, IReadOnlyList<CommandOption> expected, JsonArray? actual)
        {
            var byName = (actual ?? []).OfType<JsonObject>().ToDictionary(o => o["name"]!.GetValue<string>());
            var wanted = expected.Where(o => o.Name != CommandNames.Action).ToList();
            if (!byName.Keys.Order().SequenceEqual(wanted.Select(o => o.Name).Order()))
            {
                problems.Add($"{path}: options [{string.Join(", ", byName.Keys)}], catalog [{string.Join(", ", wanted.Select(o => o.Name))}]");
                return;
            }

            foreach (var option in wanted)
            {
                var node = byName[option.Name];
                var at = $"{path} {option.Name}";
                if (node["type"]!.GetValue<int>() != DiscordType(option.Type))
                {
                    problems.Add($"{at}: type {node["type"]} for {option.Type}");
                }

                if ((node["required"]?.GetValue<bool>() ?? false) != option.Required)
                {
                    problems.Add($"{at}: required is not {option.Required}");
                }

                if (!option.Description.StartsWith(node["description"]!.GetValue<string>().TrimEnd('…'), StringComparison.Ordinal))
                {
                    problems.Add($"{at}: description is not the catalog's");
                }

                var integer = option.Type == OptionType.Integer;
                if (node["min_value"]?.GetValue<int>() != (integer ? option.Min : null) || node["max_value"]?.GetValue<int>() != (integer ? option.Max : null))
                {
                    problems.Add($"{at}: range {node["min_value"]}..{node["max_value"]}, catalog {option.Min}..{option.Max}");
                }

                var choices = (node["choices"] as JsonArray)?.Select(c => c!["value"]!.GetValue<string>()).ToList() ?? [];
                var catalogChoices = option.Type == OptionType.Exam
                    ? [.. StudyBot.Tests.Shared.TestBank.Exams.Active.Select(e => e.Code), "all", .. StudyBot.Tests.Shared.TestBank.Exams.All.Where(e => !e.IsActive).Select(e => e.Code)]
                    : option.ChoiceList.Select(c => c.Value).ToList();
                if (!choices.SequenceEqual(catalogChoices))
                {
                    problems.Add($"{at}: choices [{string.Join(", ", choices)}], catalog [{string.Join(", ", catalogChoices)}]");
                }
            }
        }

        Assert.Equal(CommandCatalog.All.Select(c => c.Name).Order(), commands.Keys.Order());
        foreach (var definition in CommandCatalog.All)
        {
            var command = commands[definition.Name];
            Assert.Equal(1, command["type"]!.GetValue<int>());
            Assert.Equal(definition.AdminOnly ? "32" : null, command["default_member_permissions"]?.GetValue<string>());
            if (definition.SubcommandList.Count == 0)
            {
                CheckOptions("/" + definition.Name, definition.Options, command["options"] as JsonArray);
                continue;
            }

            var subs = command["options"]!.AsArray().OfType<JsonObject>().ToDictionary(o => o["name"]!.GetValue<string>());
            Assert.Equal(definition.SubcommandList.Where(s => !TeamsOnly(s)).Select(s => s.Name).Order(), subs.Keys.Order());
            foreach (var sub in definition.SubcommandList.Where(s => !TeamsOnly(s)))
            {
                Assert.Equal(1, subs[sub.Name]["type"]!.GetValue<int>());
                CheckOptions($"/{definition.Name} {sub.Name}", sub.Options, subs[sub.Name]["options"] as JsonArray);
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task RegisterAsync_Guild_PutsTheSetToTheGuildRoute()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        var sut = host.App.Services.GetService(typeof(DiscordCommandRegistrar)) as DiscordCommandRegistrar;
        using var output = new StringWriter();

        var code = await sut!.RegisterAsync("123456", output, CancellationToken.None);

        Assert.Equal(0, code);
        var put = Assert.Single(fake.Matching("PUT", "/applications/1000/guilds/123456/commands"));
        Assert.Equal("Bot test-token", put.Authorization);
        Assert.Contains("Registered 10 commands", output.ToString());
    }

    [Fact]
    public async Task RegisterAsync_Global_PutsToTheApplicationRoute()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        var sut = (DiscordCommandRegistrar)host.App.Services.GetService(typeof(DiscordCommandRegistrar))!;
        using var output = new StringWriter();

        var code = await sut.RegisterAsync(null, output, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Single(fake.Matching("PUT", "/applications/1000/commands"));
    }

    [Fact]
    public async Task RegisterAsync_BadGuildId_FailsWithoutCalling()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        var sut = (DiscordCommandRegistrar)host.App.Services.GetService(typeof(DiscordCommandRegistrar))!;
        using var output = new StringWriter();

        var code = await sut.RegisterAsync("my-server", output, CancellationToken.None);

        Assert.NotEqual(0, code);
        Assert.Empty(fake.Requests);
    }
}
