using System.Text.Json;
using System.Text.RegularExpressions;

namespace StudyBot.BotFramework.Activities;

/// <summary>Protocol facts read off an activity: mention stripping, ids, roles.</summary>
public static partial class ActivityExtensions
{
    /// <summary>
    /// The text with the bot's mention removed, both as the entity spells it (<c>&lt;at&gt;@Bot&lt;/at&gt;</c>) and as the text
    /// does (<c>&lt;at&gt;Bot&lt;/at&gt;</c>); any other <c>&lt;at&gt;</c> tag keeps its inner text.
    /// </summary>
    public static string StripBotMention(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.Entities ?? [])
        {
            if (!string.Equals(mention.Type, "mention", StringComparison.OrdinalIgnoreCase) || mention.Mentioned?.Id is not { } id || id != botId)
            {
                continue;
            }

            if (!string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, " ", StringComparison.OrdinalIgnoreCase);
            }

            if (mention.Mentioned.Name is { Length: > 0 } name)
            {
                text = text.Replace($"<at>{name}</at>", " ", StringComparison.OrdinalIgnoreCase)
                    .Replace($"<at>@{name}</at>", " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        text = AtTag().Replace(text, m => " " + m.Groups[1].Value + " ");
        text = System.Net.WebUtility.HtmlDecode(HtmlTag().Replace(text, " "));
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>Users mentioned other than the bot (for <c>setup admins add @member</c>).</summary>
    public static IReadOnlyList<ChannelAccount> OtherMentions(this Activity activity) =>
        (activity.Entities ?? [])
            .Where(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase) && e.Mentioned?.Id is { } id && id != activity.Recipient?.Id)
            .Select(e => e.Mentioned!)
            .ToList();

    /// <summary>The conversation id without a channel reply chain's <c>;messageid=…</c> suffix.</summary>
    public static string? BaseConversationId(this Activity activity)
    {
        var id = activity.Conversation?.Id;
        if (id is null)
        {
            return null;
        }

        var cut = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return cut >= 0 ? id[..cut] : id;
    }

    public static string? TenantId(this Activity activity) => activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId;

    /// <summary>The stable id of the sender: the AAD object id where Teams sends it, else the channel account id.</summary>
    public static string? SenderId(this Activity activity) =>
        activity.From?.AadObjectId is { Length: > 0 } aad ? aad : activity.From?.Id;

    public static bool IsGuest(this Activity activity) =>
        string.Equals(activity.From?.UserRole, "guest", StringComparison.OrdinalIgnoreCase)
        || string.Equals(activity.From?.Role, "guest", StringComparison.OrdinalIgnoreCase);

    public static bool IsPersonal(this Activity activity) =>
        string.Equals(activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase)
        || activity.Conversation?.IsGroup != true && activity.ChannelData?.Team is null;

    public static TeamsConversationReference? ToReference(this Activity activity, string? conversationId = null)
    {
        var id = conversationId ?? activity.BaseConversationId();
        return activity.ServiceUrl is { Length: > 0 } serviceUrl && id is { Length: > 0 }
            ? new TeamsConversationReference(serviceUrl, id, activity.Recipient?.Id, activity.Recipient?.Name, activity.TenantId(), activity.ChannelId ?? "msteams")
            : null;
    }

    /// <summary>A string property of a JSON object value, or null.</summary>
    public static string? GetString(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p)
            ? p.ValueKind switch
            {
                JsonValueKind.String => p.GetString(),
                JsonValueKind.Number => p.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            }
            : null;

    [GeneratedRegex("<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex AtTag();

    [GeneratedRegex("<[^>]+>", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Whitespace();
}
