using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Tests;

/// <summary>
/// A seeded, bounded fuzz of <c>POST /api/discord/interactions</c>: signed interactions built from the recorded payloads and
/// the bot's own commands and clicks, each mutated a few times (nulls in arrays, wrong types, bad ids, invalid UTF-8,
/// truncated JSON, random fields). No case may get a 5xx or log an error; a case that must be refused gets a 400; and a
/// refused case (any 4xx) leaves every table exactly as it was.
/// </summary>
public sealed class DiscordInteractionsFuzzTests
{
    private const int Seed = 1414;
    private const int Cases = 3000;

    /// <summary>The ids the parser checks, as paths into an interaction.</summary>
    private static readonly string[][] IdPaths =
    [
        ["id"], ["application_id"], ["guild_id"], ["channel_id"], ["channel", "id"], ["member", "user", "id"], ["user", "id"],
        ["message", "id"], ["data", "id"],
    ];

    private static readonly string[] BadIds = ["-1", "abc", new string('x', 300), "18446744073709551616", "", "0x10", "1e3", "007", " 42", "١٢٣"];

    private static readonly string[] BadUtf8 = ["\xFF", "\xC3\x28", "\x80", "\xED\xA0\x80", "\xF8\x88\x80\x80\x80"];

    [Fact]
    public async Task Post_MutatedSignedInteractions_NeverFailAndRefusedOnesWriteNothing()
    {
        await using var fake = await FakeDiscordRestServer.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(DiscordTestHost.Settings(fake.BaseUrl));
        var bases = await BasesAsync(host);
        var random = new Random(Seed);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Cases; i++)
        {
            var (body, mustRefuse, what) = Mutate(random, bases[random.Next(bases.Count)], i);
            var before = host.Snapshot();
            using var response = await host.PostSignedAsync(body);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500)
            {
                failures.Add($"case {i} ({what}): {status}");
            }
            else if (mustRefuse && response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"case {i} ({what}): {status}, expected 400");
            }
            else if (status is >= 400 and < 500 && host.Snapshot() != before)
            {
                failures.Add($"case {i} ({what}): refused with {status}, yet rows changed");
            }
        }

        clock.Stop();
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures.Take(20)));
        var errors = host.Logs.AtLeast(LogLevel.Error);
        Assert.True(errors.Count == 0, $"{errors.Count} errors logged:\n" + string.Join('\n', errors.Take(5)));
        // The cases reach both sides: the parser's refusals and the handlers behind it.
        Assert.True(statuses.GetValueOrDefault(400) > Cases / 5, $"400s: {statuses.GetValueOrDefault(400)}");
        Assert.True(statuses.GetValueOrDefault(200) > Cases / 10, $"200s: {statuses.GetValueOrDefault(200)}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(50), $"took {clock.Elapsed}");
    }

    /// <summary>The recorded interaction payloads, and the bot's commands and clicks on a real quiz and daily round.</summary>
    private static async Task<List<string>> BasesAsync(DiscordTestHost host)
    {
        await host.PostSignedAsync(InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
            options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "09:00"), ("timezone", "UTC"), ("exam", "MLS-C01")))));
        var daily = await host.App.Services.GetRequiredService<DailyRoundService>().PostAsync(host.Channels.Single().Id, null, CancellationToken.None);
        await host.PostSignedAsync(InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "MLA-C01"), ("count", 3))));
        var quiz = host.Rounds.First(r => r.Kind == RoundKind.Quiz);
        var (memberOption, resolved) = InteractionJson.MemberOption("member", "444444444444444444", "Olga");

        var bases = Directory.GetFiles(Payloads.Path("discord"), "*.json")
            .Where(f => Path.GetFileName(f).StartsWith("interaction_", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("djs_test_", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();
        bases.AddRange(
        [
            """{"id":"1","application_id":"1000","type":1,"token":"t","version":1}""",
            InteractionJson.Command("help"),
            InteractionJson.Command("daily"),
            InteractionJson.Command("exams"),
            InteractionJson.Command("quiz", options: InteractionJson.Options(("exam", "AIF-C01"), ("domain", 1), ("count", 2))),
            InteractionJson.Command("leaderboard", options: InteractionJson.Options(("period", "month"), ("scope", "server"))),
            InteractionJson.Command("stats", options: memberOption, resolved: resolved),
            InteractionJson.Command("stats", options: InteractionJson.Options(("privacy", "hide"))),
            InteractionJson.Command("setup", permissions: InteractionJson.AdminPermissions,
                options: InteractionJson.Subcommand("daily", InteractionJson.Options(("time", "10:00"), ("timezone", "Europe/Berlin"), ("days", "mon-fri")))),
            InteractionJson.Command("setup", options: InteractionJson.Subcommand("status")),
            InteractionJson.Click($"d:{daily!.Id}:A", flags: 0),
            InteractionJson.Click($"d:{daily.Id}:B", userId: "222222222222222222", flags: 0),
            InteractionJson.Click($"q:{quiz.Id}:A"),
            InteractionJson.Click($"q:{quiz.Id}:", values: ["A", "B"]),
        ]);
        return bases;
    }

    private static (byte[] Body, bool MustRefuse, string What) Mutate(Random random, string json, int index)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        if (root["id"] is not null)
        {
            // A fresh id per case: otherwise every command after the first would only be "already handled".
            root["id"] = (9_000_000_000_000_000_000UL + (ulong)index).ToString(CultureInfo.InvariantCulture);
        }

        var mustRefuse = false;
        var what = new List<string>();
        // Each kind once, and the ones that make a case malformed last, so that no later one mends what they broke.
        var kinds = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(9)).Distinct().OrderByDescending(k => k).ToList();
        foreach (var kind in kinds)
        {
            switch (kind)
            {
                case 8:
                    Replace(random, root, RandomValue(random), "wrong type", what);
                    break;
                case 7:
                    Replace(random, root, null, "null", what);
                    break;
                case 6:
                    AddField(random, root, what);
                    break;
                case 5:
                    RemoveField(random, root, what);
                    break;
                case 4:
                    Replace(random, root, new string('z', random.Next(200, 8000)), "huge string", what);
                    break;
                case 3:
                    what.Add("unchanged");
                    break;
                case 2:
                    mustRefuse |= OptionValue(random, root, what);
                    break;
                case 1:
                    mustRefuse |= BadId(random, root, what);
                    break;
                default:
                    mustRefuse |= NullInArray(random, root, what);
                    break;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(root.ToJsonString());
        switch (random.Next(8))
        {
            case 0:
                // Cut before the closing brace: never valid JSON.
                what.Add("truncated");
                return (bytes[..random.Next(0, bytes.Length - 1)], true, string.Join(", ", what));
            case 1:
                what.Add("invalid UTF-8");
                var bad = Encoding.Latin1.GetBytes(BadUtf8[random.Next(BadUtf8.Length)]);
                var at = random.Next(1, bytes.Length - 1);
                return ([.. bytes[..at], .. bad, .. bytes[at..]], true, string.Join(", ", what));
            case 2:
                // Any byte may change, so the case is no longer known to be malformed.
                what.Add("flipped byte");
                bytes[random.Next(bytes.Length)] = (byte)random.Next(0x20, 0x7F);
                return (bytes, false, string.Join(", ", what));
            default:
                return (bytes, mustRefuse, string.Join(", ", what));
        }
    }

    private static bool NullInArray(Random random, JsonObject root, List<string> what)
    {
        var checkedLists = new List<JsonArray>();
        if (root["data"] is JsonObject data)
        {
            if (data["options"] is JsonArray options)
            {
                checkedLists.Add(options);
                checkedLists.AddRange(options.OfType<JsonObject>().Select(o => o["options"]).OfType<JsonArray>());
            }

            if (data["values"] is JsonArray values)
            {
                checkedLists.Add(values);
            }
        }

        var arrays = Nodes(root).OfType<JsonArray>().ToList();
        if (arrays.Count == 0)
        {
            what.Add("no array");
            return false;
        }

        // Half the time one of the lists the bot reads, which must then be refused; else any list.
        var target = checkedLists.Count > 0 && random.Next(2) == 0 ? checkedLists[random.Next(checkedLists.Count)] : arrays[random.Next(arrays.Count)];
        target.Insert(random.Next(target.Count + 1), null);
        what.Add("null in " + target.GetPath());
        return checkedLists.Contains(target);
    }

    private static bool BadId(Random random, JsonObject root, List<string> what)
    {
        var present = IdPaths.Where(p => Parent(root, p) is JsonObject parent && parent.ContainsKey(p[^1])).ToList();
        if (present.Count == 0)
        {
            what.Add("no id");
            return false;
        }

        var path = present[random.Next(present.Count)];
        var value = BadIds[random.Next(BadIds.Length)];
        Parent(root, path)![path[^1]] = value;
        what.Add($"bad id {string.Join('.', path)}={Short(value)}");
        return true;
    }

    private static bool OptionValue(Random random, JsonObject root, List<string> what)
    {
        var options = (root["data"] as JsonObject)?["options"] as JsonArray;
        var option = options?.OfType<JsonObject>().SelectMany(o => new[] { o }.Concat((o["options"] as JsonArray)?.OfType<JsonObject>() ?? [])).ToList();
        if (option is not { Count: > 0 })
        {
            what.Add("no option");
            return false;
        }

        var target = option[random.Next(option.Count)];
        JsonNode?[] values = ["abc", "5", "", "   ", 1.5, JsonNode.Parse("9223372036854775808"), JsonNode.Parse("1e400"), -1, 0, true, null, new JsonObject(), new JsonArray()];
        var value = values[random.Next(values.Length)];
        var subcommand = target["type"] is JsonValue type && type.TryGetValue<int>(out var t) && t is 1 or 2;
        target["value"] = value;
        what.Add($"option {target["name"]}={value?.ToJsonString() ?? "null"}");
        // A value that is no scalar, a missing value on an option, or any value on a subcommand is malformed.
        return value is JsonObject or JsonArray || (subcommand ? value is not null : value is null);
    }

    private static void Replace(Random random, JsonObject root, JsonNode? value, string kind, List<string> what)
    {
        var slots = Slots(root);
        var (parent, key, index) = slots[random.Next(slots.Count)];
        if (parent is JsonObject obj)
        {
            obj[key!] = value;
        }
        else
        {
            ((JsonArray)parent)[index] = value;
        }

        what.Add($"{kind} at {parent.GetPath()}.{key ?? index.ToString(CultureInfo.InvariantCulture)}");
    }

    private static void AddField(Random random, JsonObject root, List<string> what)
    {
        var objects = Nodes(root).OfType<JsonObject>().ToList();
        var target = objects[random.Next(objects.Count)];
        var name = "f" + random.Next(1000).ToString(CultureInfo.InvariantCulture);
        target[name] = RandomValue(random);
        what.Add($"field {target.GetPath()}.{name}");
    }

    private static void RemoveField(Random random, JsonObject root, List<string> what)
    {
        var withFields = Nodes(root).OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        var target = withFields[random.Next(withFields.Count)];
        var name = target.ElementAt(random.Next(target.Count)).Key;
        target.Remove(name);
        what.Add($"removed {target.GetPath()}.{name}");
    }

    private static JsonNode? RandomValue(Random random) => random.Next(9) switch
    {
        0 => null,
        1 => true,
        2 => random.Next(-5, 5),
        3 => JsonNode.Parse("18446744073709551616"),
        4 => "abc",
        5 => new JsonArray(null, 1, "x"),
        6 => new JsonObject { ["id"] = "1", ["nested"] = new JsonArray() },
        7 => 2.5,
        _ => string.Empty,
    };

    private static JsonObject? Parent(JsonObject root, string[] path)
    {
        JsonNode? node = root;
        foreach (var step in path[..^1])
        {
            node = node is JsonObject obj ? obj[step] : null;
        }

        return node as JsonObject;
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var nested in Nodes(child))
            {
                yield return nested;
            }
        }
    }

    /// <summary>Every place a value sits: a property of an object or an element of an array.</summary>
    private static List<(JsonNode Parent, string? Key, int Index)> Slots(JsonObject root)
    {
        var slots = new List<(JsonNode Parent, string? Key, int Index)>();
        foreach (var node in Nodes(root))
        {
            if (node is JsonObject obj)
            {
                slots.AddRange(obj.Select(p => ((JsonNode)obj, (string?)p.Key, -1)));
            }
            else if (node is JsonArray array)
            {
                slots.AddRange(Enumerable.Range(0, array.Count).Select(i => ((JsonNode)array, (string?)null, i)));
            }
        }

        return slots;
    }

    private static string Short(string value) => value.Length <= 12 ? value : value[..12] + "…";
}
