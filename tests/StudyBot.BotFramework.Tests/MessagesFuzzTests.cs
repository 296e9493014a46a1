using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StudyBot.BotFramework.Auth;
using StudyBot.BotFramework.Connector;

namespace StudyBot.BotFramework.Tests;

/// <summary>
/// A seeded, bounded fuzz of <c>/api/messages</c> in production mode: authenticated activities built from the recorded Teams
/// payloads, mutated (nulls in arrays, wrong types, bad ids, invalid UTF-8, lone surrogates, truncation, bad options and
/// card data). Never a 5xx, never a handler exception, and nothing written for a refused request.
/// </summary>
public sealed class MessagesFuzzTests : IAsyncLifetime
{
    private const int Seed = 14_2026;
    private const int Cases = 3000;

    private static readonly string[] PayloadFiles =
    [
        "message_personal_inbound.json",
        "message_channel_with_mention.json",
        "message_messageBack_card_action_inbound.json",
        "conversationUpdate_bot_added_to_team.json",
        "conversationUpdate_bot_added_personal.json",
        "conversationUpdate_channelCreated.json",
        "conversationUpdate_teamMemberRemoved.json",
        "conversationUpdate_teamRenamed.json",
        "installationUpdate_add_team.json",
        "messageReaction_added.json",
        "invoke_card_action_inbound.json",
        "invoke_adaptiveCard_action_request_partial.json",
    ];

    private static readonly string[] IdPaths =
    [
        "id", "replyToId", "channelId", "from.id", "from.aadObjectId", "recipient.id", "conversation.id", "conversation.tenantId",
        "channelData.tenant.id", "channelData.team.id", "channelData.channel.id", "channelData.team.aadGroupId",
    ];

    private static readonly string[] Arrays = ["entities", "membersAdded", "membersRemoved", "attachments"];

    private static readonly string[] BadCommands =
    [
        "quiz count abc", "quiz 1.5", "quiz 99999999999999999999", "quiz count:99999999999999999999", "quiz exam:", "quiz exam",
        "quiz count", "quiz AIF-C01 1.5", "leaderboard fortnight", "setup daily 25:00 Mars/Olympus", "stats privacy", "quiz count=-1",
    ];

    private static readonly string[] BadCardData =
    [
        """{"verb":"answer","roundId":"1","choice":5}""",
        """{"verb":"answer","roundId":"1","choice":["A","B"]}""",
        """{"verb":"answer","roundId":[1],"choice":"A"}""",
        """{"verb":"answer","roundId":{"id":1},"choice":"A"}""",
        """{"verb":"answer","roundId":"1","choice":"A;DROP TABLE"}""",
        """{"verb":"answer","roundId":"1","pos1":"A","pos2":[]}""",
        """{"verb":"setup","time":["09:00"],"zone":"UTC"}""",
        """{"verb":"setup","time":"09:00","zone":{"id":"UTC"}}""",
        """{"verb":"setup","time":12,"zone":"UTC"}""",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE, 0xFF], [0xC3], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80],
    ];

    private readonly FakeStores stores = new();
    private readonly LogCapture logs = new();
    private readonly FakeOpenIdHandler openId = new();
    private FakeConnector connector = null!;

    private enum Kind
    {
        Unchanged,
        NullInArray,
        WrongType,
        BadId,
        LoneSurrogate,
        InvalidUtf8,
        Truncated,
        BadCommand,
        BadCardData,
        BadHeader,
    }

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Fact]
    public async Task Post_SeededMutatedActivities_NeverA5xxNorAHandlerExceptionNorAWriteWhenRefused()
    {
        var key = openId.AddKey("fuzz-key", "msteams");
        await using var bot = await BotHost.StartAsync(stores, new()
        {
            ["BotFramework:AppId"] = TestTokens.AppId,
            ["BotFramework:AppPassword"] = "secret",
            ["BotFramework:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        }, services =>
        {
            services.AddHttpClient(BotFrameworkKeyCache.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => openId);
            services.AddHttpClient(BotTokenClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => openId);
            services.AddSingleton<ILoggerProvider>(logs);
        });
        var now = TimeProvider.System.GetUtcNow();
        var token = TestTokens.Create(key, serviceUrl: connector.ServiceUrl, notBefore: now.AddMinutes(-5), expires: now.AddHours(2));
        var bases = PayloadFiles.Select(f => Prepare(JsonNode.Parse(Payloads.Read("teams/" + f))!.AsObject())).Concat(Synthesized()).ToList();
        var random = new Random(Seed);
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var watch = Stopwatch.StartNew();

        for (var n = 0; n < Cases && failures.Count < 10; n++)
        {
            var activity = bases[random.Next(bases.Count)].DeepClone().AsObject();
            var kinds = new List<Kind>();
            var mutations = random.Next(4);
            string? bearer = token;
            var politeOnly = true;
            for (var m = 0; m < mutations; m++)
            {
                var kind = (Kind)random.Next(1, Enum.GetValues<Kind>().Length);
                kinds.Add(kind);
                politeOnly &= kind is Kind.BadCommand or Kind.BadCardData;
                switch (kind)
                {
                    case Kind.NullInArray:
                        InsertNull(activity, random);
                        break;
                    case Kind.WrongType:
                        ReplaceAnyNode(activity, random);
                        break;
                    case Kind.BadId:
                        SetPath(activity, IdPaths[random.Next(IdPaths.Length)], BadId(random));
                        break;
                    case Kind.BadCommand when activity["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && (string?)activity["type"] == "message":
                        activity.Remove("value");
                        activity["text"] = BadCommands[random.Next(BadCommands.Length)];
                        break;
                    case Kind.BadCardData:
                        SetCardData(activity, JsonNode.Parse(BadCardData[random.Next(BadCardData.Length)])!);
                        break;
                    case Kind.BadHeader:
                        bearer = random.Next(3) switch
                        {
                            0 => null,
                            1 => "not.a.jwt",
                            _ => token[..random.Next(1, token.Length)],
                        };
                        break;
                }
            }

            var body = Encoding.UTF8.GetBytes(activity.ToJsonString());
            foreach (var kind in kinds)
            {
                body = kind switch
                {
                    Kind.LoneSurrogate => InjectLoneSurrogate(body, random),
                    Kind.InvalidUtf8 => Insert(body, random.Next(body.Length), InvalidUtf8[random.Next(InvalidUtf8.Length)]),
                    Kind.Truncated => body[..random.Next(body.Length)],
                    _ => body,
                };
            }

            var before = StoreSnapshot.Of(stores);
            var response = await bot.PostAsync(body, bearer);
            var status = (int)response.StatusCode;
            var after = StoreSnapshot.Of(stores);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var what = $"case {n} [{string.Join(',', kinds)}] {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 300)])}";
            if (status >= 500)
            {
                failures.Add($"{status} for {what}");
            }
            else if (status >= 400 && before != after)
            {
                failures.Add($"refused with {status} but wrote for {what}");
            }
            else if (kinds.Count > 0 && politeOnly && kinds.Contains(Kind.BadCardData) == false && before != after && IsPersonalMessage(activity))
            {
                failures.Add($"a command refused politely wrote for {what}");
            }
        }

        var took = watch.Elapsed;
        await Task.Delay(300);
        var unexpected = logs.Entries.Where(e => e.Level >= LogLevel.Error
            || e.Exception is not null and not (ConnectorException or HttpRequestException or OperationCanceledException)).ToList();

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected.Take(10)));
        Assert.True(statuses.GetValueOrDefault(200) > Cases / 10, $"too few cases got through: {string.Join(", ", statuses)}");
        Assert.True(statuses.GetValueOrDefault(400) > Cases / 10, $"too few cases were refused: {string.Join(", ", statuses)}");
        Assert.True(took < TimeSpan.FromSeconds(50), $"{Cases} cases took {took}");
    }

    [Fact]
    public async Task Post_PoliteRefusals_WriteNothing()
    {
        var key = openId.AddKey("fuzz-key", "msteams");
        await using var bot = await BotHost.StartAsync(stores, new()
        {
            ["BotFramework:AppId"] = TestTokens.AppId,
            ["BotFramework:AppPassword"] = "secret",
            ["BotFramework:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        }, services =>
        {
            services.AddHttpClient(BotFrameworkKeyCache.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => openId);
            services.AddHttpClient(BotTokenClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => openId);
        });
        var now = TimeProvider.System.GetUtcNow();
        var token = TestTokens.Create(key, serviceUrl: connector.ServiceUrl, notBefore: now.AddMinutes(-5), expires: now.AddHours(2));
        var personal = Prepare(JsonNode.Parse(Payloads.Read("teams/message_personal_inbound.json"))!.AsObject());
        var channel = Prepare(JsonNode.Parse(Payloads.Read("teams/message_channel_with_mention.json"))!.AsObject());
        var statuses = new List<int>();

        foreach (var template in new[] { personal, channel })
        {
            foreach (var text in BadCommands)
            {
                var activity = template.DeepClone().AsObject();
                activity["text"] = text;
                statuses.Add((int)(await bot.PostAsync(Encoding.UTF8.GetBytes(activity.ToJsonString()), token)).StatusCode);
            }

            foreach (var data in BadCardData)
            {
                var activity = template.DeepClone().AsObject();
                activity["value"] = JsonNode.Parse(data);
                statuses.Add((int)(await bot.PostAsync(Encoding.UTF8.GetBytes(activity.ToJsonString()), token)).StatusCode);
            }
        }

        await connector.WaitForAsync(_ => connector.Requests.Count >= 2 * ConversationPacer.Burst);

        Assert.All(statuses, s => Assert.Equal(200, s));
        Assert.Equal(StoreSnapshot.Of(new FakeStores()), StoreSnapshot.Of(stores));
    }

    private JsonObject Prepare(JsonObject activity)
    {
        activity["serviceUrl"] = connector.ServiceUrl;
        return activity;
    }

    private IEnumerable<JsonObject> Synthesized()
    {
        JsonObject Personal(string id) => new()
        {
            ["type"] = "message",
            ["id"] = id,
            ["serviceUrl"] = connector.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:fuzz", ["name"] = "Fuzz", ["aadObjectId"] = "5b8e1b8c-1f35-4c43-9d3c-2f0a6b1c9e10" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "StudyBot" },
            ["conversation"] = new JsonObject { ["id"] = "a:fuzz", ["conversationType"] = "personal", ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" } },
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US" }),
        };

        var help = Personal("f1");
        help["text"] = "help";
        yield return help;

        var quiz = Personal("f2");
        quiz["text"] = "quiz AIF-C01 2";
        yield return quiz;

        var execute = Personal("f3");
        execute["type"] = "invoke";
        execute["name"] = "adaptiveCard/action";
        execute["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "quiz", ["data"] = new JsonObject() } };
        yield return execute;

        var submit = Personal("f4");
        submit["value"] = new JsonObject { ["verb"] = "answer", ["roundId"] = "1", ["choice"] = "A" };
        yield return submit;
    }

    private static bool IsPersonalMessage(JsonObject activity) =>
        activity["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "message";

    private static void InsertNull(JsonObject activity, Random random)
    {
        var name = Arrays[random.Next(Arrays.Length)];
        if (activity[name] is JsonArray array)
        {
            array.Insert(random.Next(array.Count + 1), null);
        }
        else
        {
            activity[name] = new JsonArray((JsonNode?)null);
        }
    }

    private static void ReplaceAnyNode(JsonObject activity, Random random)
    {
        var slots = new List<(JsonNode Parent, object Key)>();
        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, child) in o)
                    {
                        slots.Add((o, name));
                        Collect(child);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        slots.Add((a, i));
                        Collect(a[i]);
                    }

                    break;
            }
        }

        Collect(activity);
        if (slots.Count == 0)
        {
            return;
        }

        var (parent, key) = slots[random.Next(slots.Count)];
        JsonNode? replacement = random.Next(9) switch
        {
            0 => 42,
            1 => 1.5,
            2 => true,
            3 => "text",
            4 => new JsonArray(),
            5 => new JsonObject(),
            6 => null,
            7 => new JsonArray((JsonNode?)null),
            _ => new JsonObject { ["id"] = null },
        };
        if (parent is JsonObject o2)
        {
            o2[(string)key] = replacement;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = replacement;
        }
    }

    private static string BadId(Random random) => random.Next(8) switch
    {
        0 => "29:" + new string('x', random.Next(254, 5000)),
        1 => "29:a\u0000b",
        2 => "19:has space@thread.tacv2",
        3 => string.Empty,
        4 => "29:ünïcode",
        5 => "29:\u202Eevil",
        6 => "29:line\nbreak",
        _ => "29:" + new string('y', 253),
    };

    private static void SetPath(JsonObject activity, string path, string value)
    {
        var parts = path.Split('.');
        JsonObject node = activity;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
            {
                child = new JsonObject();
                node[part] = child;
            }

            node = child;
        }

        node[parts[^1]] = value;
    }

    private static void SetCardData(JsonObject activity, JsonNode data)
    {
        if (activity["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "invoke")
        {
            activity["name"] = "adaptiveCard/action";
            activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)data["verb"], ["data"] = data } };
        }
        else
        {
            activity["value"] = data;
        }
    }

    /// <summary>Puts <c>\ud800</c> (an escaped lone surrogate) at the start of one of the body's string values.</summary>
    private static byte[] InjectLoneSurrogate(byte[] body, Random random)
    {
        var text = Encoding.UTF8.GetString(body);
        var starts = new List<int>();
        for (var i = text.IndexOf("\":\"", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\":\"", i + 1, StringComparison.Ordinal))
        {
            starts.Add(i + 3);
        }

        if (starts.Count == 0)
        {
            return body;
        }

        var at = starts[random.Next(starts.Count)];
        return Encoding.UTF8.GetBytes(text[..at] + "\\ud800" + text[at..]);
    }

    private static byte[] Insert(byte[] body, int at, byte[] bytes) => [.. body[..at], .. bytes, .. body[at..]];
}
