using System.Text.Json;
using System.Text.Json.Nodes;

namespace StudyBot.Discord.Tests;

/// <summary>Builds interaction bodies as Discord sends them.</summary>
internal static class InteractionJson
{
    public const string GuildId = "290926798626357999";
    public const string ChannelId = "645027906669510667";
    public const string AdminPermissions = "2147483647";
    public const string MemberPermissions = "104324673";

    private static int _next = 1;

    public static string Command(string name, string userId = "53908232506183680", string permissions = MemberPermissions, JsonArray? options = null, JsonObject? resolved = null, string? nick = null)
    {
        var data = new JsonObject { ["id"] = "771825006014889984", ["name"] = name, ["type"] = 1 };
        if (options is not null)
        {
            data["options"] = options;
        }

        if (resolved is not null)
        {
            data["resolved"] = resolved;
        }

        return Envelope(2, data, userId, permissions, null, nick);
    }

    public static string Click(string customId, string userId = "53908232506183680", int flags = 64, IReadOnlyList<string>? values = null)
    {
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = values is null ? 2 : 3 };
        if (values is not null)
        {
            data["values"] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        }

        return Envelope(3, data, userId, MemberPermissions, new JsonObject { ["id"] = "844397162624450620", ["flags"] = flags });
    }

    public static JsonArray Options(params (string Name, object Value)[] options) =>
        new([.. options.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o.Name,
            ["type"] = o.Value is int or long ? 4 : 3,
            ["value"] = JsonValue.Create(o.Value),
        })]);

    public static JsonArray Subcommand(string name, JsonArray? options = null) =>
        [new JsonObject { ["name"] = name, ["type"] = 1, ["options"] = options ?? [] }];

    /// <summary>A user option naming a member, with the member resolved as Discord sends it.</summary>
    public static (JsonArray Options, JsonObject Resolved) MemberOption(string option, string userId, string nick) => (
        [new JsonObject { ["name"] = option, ["type"] = 6, ["value"] = userId }],
        new JsonObject
        {
            ["users"] = new JsonObject { [userId] = new JsonObject { ["id"] = userId, ["username"] = "user" + userId[^3..], ["global_name"] = "User " + userId[^3..] } },
            ["members"] = new JsonObject { [userId] = new JsonObject { ["nick"] = nick, ["permissions"] = MemberPermissions } },
        });

    private static string Envelope(int type, JsonObject data, string userId, string permissions, JsonObject? message, string? nick = null)
    {
        var id = Interlocked.Increment(ref _next);
        var body = new JsonObject
        {
            ["id"] = $"78600872971521{id:D4}",
            ["application_id"] = "1000",
            ["type"] = type,
            ["token"] = "token-" + id,
            ["version"] = 1,
            ["guild_id"] = GuildId,
            ["channel_id"] = ChannelId,
            ["channel"] = new JsonObject { ["id"] = ChannelId, ["name"] = "study", ["type"] = 0 },
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = userId, ["username"] = "user" + userId[^3..], ["global_name"] = "User " + userId[^3..] },
                ["permissions"] = permissions,
                ["nick"] = nick,
            },
            ["data"] = data,
        };
        if (message is not null)
        {
            body["message"] = message;
        }

        return body.ToJsonString();
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
