using System.Globalization;
using System.Text.Json.Nodes;

namespace StudyBot.Bench.Clicks;

/// <summary>Interaction bodies shaped like Discord's: a server member, the channel, and for clicks the clicked message.</summary>
internal static class InteractionPayloads
{
    public const string ApplicationId = "1100000000000000001";
    public const string GuildId = "1200000000000000001";

    /// <summary>Manage Server and the usual member permissions; "0" for an ordinary clicker is enough for buttons.</summary>
    public const string AdminPermissions = "2147483647";
    public const string MemberPermissions = "1071698660929";

    private static long _nextInteractionId = 1_400_000_000_000_000_000;

    public static string SetupDaily(string channelId, string adminId, string time, string timeZone)
    {
        var daily = new JsonObject
        {
            ["name"] = "daily",
            ["type"] = 1,
            ["options"] = new JsonArray(
                new JsonObject { ["name"] = "time", ["type"] = 3, ["value"] = time },
                new JsonObject { ["name"] = "timezone", ["type"] = 3, ["value"] = timeZone }),
        };
        var data = new JsonObject { ["id"] = "1500000000000000001", ["name"] = "setup", ["type"] = 1, ["options"] = new JsonArray(daily) };
        return Envelope(2, channelId, adminId, "admin", AdminPermissions, data, null).ToJsonString();
    }

    /// <summary>A button click (or a select choice when <paramref name="values"/> is given) on the posted question.</summary>
    public static string Click(string channelId, string userId, JsonObject postedMessage, string customId, int componentType, IReadOnlyList<string>? values)
    {
        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = componentType };
        if (values is not null)
        {
            data["values"] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        }

        return Envelope(3, channelId, userId, "member-" + userId[^6..], MemberPermissions, data, postedMessage).ToJsonString();
    }

    private static JsonObject Envelope(int type, string channelId, string userId, string userName, string permissions, JsonObject data, JsonObject? message)
    {
        var id = Interlocked.Increment(ref _nextInteractionId).ToString(CultureInfo.InvariantCulture);
        var body = new JsonObject
        {
            ["app_permissions"] = "2248473465835073",
            ["application_id"] = ApplicationId,
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId },
            ["channel"] = new JsonObject { ["id"] = channelId, ["guild_id"] = GuildId, ["name"] = "study-" + channelId[^4..], ["type"] = 0 },
            ["channel_id"] = channelId,
            ["context"] = 0,
            ["data"] = data,
            ["entitlements"] = new JsonArray(),
            ["guild"] = new JsonObject { ["id"] = GuildId, ["locale"] = "en-US", ["features"] = new JsonArray() },
            ["guild_id"] = GuildId,
            ["guild_locale"] = "en-US",
            ["id"] = id,
            ["locale"] = "en-GB",
            ["member"] = new JsonObject
            {
                ["avatar"] = null,
                ["deaf"] = false,
                ["joined_at"] = "2025-01-02T03:04:05.000000+00:00",
                ["mute"] = false,
                ["nick"] = null,
                ["pending"] = false,
                ["permissions"] = permissions,
                ["roles"] = new JsonArray(),
                ["user"] = new JsonObject
                {
                    ["id"] = userId,
                    ["username"] = userName,
                    ["global_name"] = userName,
                    ["discriminator"] = "0",
                    ["avatar"] = null,
                    ["public_flags"] = 0,
                },
            },
            ["token"] = "aW50ZXJhY3Rpb246" + id + ":bench-token-for-the-interaction-webhook",
            ["type"] = type,
            ["version"] = 1,
        };
        if (message is not null)
        {
            body["message"] = message.DeepClone();
        }

        return body;
    }
}
