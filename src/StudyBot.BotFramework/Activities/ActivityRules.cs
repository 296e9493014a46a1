using System.Text.Json;

namespace StudyBot.BotFramework.Activities;

/// <summary>
/// What an inbound activity must be before a handler sees it, so that a handler never meets a null in a list, an id that
/// cannot be one, or text that is not Unicode, and nothing is written for an activity that is refused.
/// </summary>
/// <remarks>
/// Teams ids (<c>29:…</c> users, <c>28:…</c> bots, <c>a:…</c> personal chats, <c>19:…@thread.tacv2</c> teams and
/// channels, GUID tenants and object ids) are opaque ASCII; the rule is deliberately generous (visible ASCII, at most
/// <see cref="MaxIdLength"/> characters) so that the Agents Playground and future id forms pass; in production the Entra
/// ids must also be GUIDs (<see cref="EntraIdProblem"/>). The handled kinds must
/// say who sent them, to whom, in which conversation and where replies go; other kinds are only checked where they
/// carry a field.
/// </remarks>
public static class ActivityRules
{
    public const int MaxIdLength = 256;
    public const int MaxNameLength = 256;
    public const int MaxServiceUrlLength = 2048;

    private static readonly HashSet<string> Handled = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
    };

    /// <summary>The first rule the activity breaks, in words for the log and the 400; null when it keeps them all.</summary>
    public static string? Problem(Activity activity)
    {
        var handled = activity.Type is { } type && Handled.Contains(type);
        return Text("type", activity.Type, MaxNameLength)
            ?? Id("id", activity.Id, required: false)
            ?? Id("channelId", activity.ChannelId, required: false)
            ?? ServiceUrl(activity.ServiceUrl, handled)
            ?? Account("from", activity.From, handled)
            ?? Account("recipient", activity.Recipient, handled)
            ?? Conversation(activity.Conversation, handled)
            ?? Id("replyToId", activity.ReplyToId, required: false)
            ?? Text("name", activity.Name, MaxNameLength)
            ?? Text("action", activity.Action, MaxNameLength)
            ?? Text("textFormat", activity.TextFormat, MaxNameLength)
            ?? Text("locale", activity.Locale, MaxNameLength)
            ?? Text("text", activity.Text, int.MaxValue, singleLine: false)
            ?? Text("summary", activity.Summary, int.MaxValue, singleLine: false)
            ?? Members("membersAdded", activity.MembersAdded)
            ?? Members("membersRemoved", activity.MembersRemoved)
            ?? Entities(activity.Entities)
            ?? Attachments(activity.Attachments)
            ?? ChannelData(activity.ChannelData)
            ?? (activity.Value is { } value ? Json("value", value) : null);
    }

    /// <summary>
    /// The Entra ids (tenants, object ids, group ids) that are not GUIDs, as the Bot Connector always sends them; checked in
    /// production only, since local tools (the Agents Playground) send made-up ones.
    /// </summary>
    public static string? EntraIdProblem(Activity activity)
    {
        var problem = Guid("conversation.tenantId", activity.Conversation?.TenantId)
            ?? Guid("channelData.tenant.id", activity.ChannelData?.Tenant?.Id)
            ?? Guid("channelData.team.aadGroupId", activity.ChannelData?.Team?.AadGroupId)
            ?? Guid("from.aadObjectId", activity.From?.AadObjectId)
            ?? Guid("recipient.aadObjectId", activity.Recipient?.AadObjectId);
        var accounts = new List<(string Field, ChannelAccount? Account)>();
        accounts.AddRange((activity.MembersAdded ?? []).Select((m, i) => ($"membersAdded[{i}]", (ChannelAccount?)m)));
        accounts.AddRange((activity.MembersRemoved ?? []).Select((m, i) => ($"membersRemoved[{i}]", (ChannelAccount?)m)));
        accounts.AddRange((activity.Entities ?? []).Select((e, i) => ($"entities[{i}].mentioned", e.Mentioned)));
        foreach (var (field, account) in accounts)
        {
            problem ??= Guid($"{field}.aadObjectId", account?.AadObjectId);
        }

        return problem;

        static string? Guid(string field, string? value) =>
            value is null || System.Guid.TryParseExact(value, "D", out _) ? null : $"{field} is not a GUID.";
    }

    /// <summary>An id as Teams sends them: visible ASCII (no spaces, no control characters), 1 to <see cref="MaxIdLength"/> long.</summary>
    public static bool IsId(string? value) =>
        value is { Length: > 0 and <= MaxIdLength } && value.All(c => c is > ' ' and <= '~');

    private static string? Id(string field, string? value, bool required)
    {
        if (value is null)
        {
            return required ? $"{field} is missing." : null;
        }

        if (value.Length == 0)
        {
            return $"{field} is empty.";
        }

        if (value.Length > MaxIdLength)
        {
            return $"{field} is longer than {MaxIdLength} characters.";
        }

        return IsId(value) ? null : $"{field} holds a character an id cannot hold.";
    }

    private static string? Text(string field, string? value, int maxLength, bool singleLine = true)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            return $"{field} is longer than {maxLength} characters.";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"{field} is not valid Unicode.";
            }
            else if (singleLine && char.IsControl(c))
            {
                // Names and words are one line; a message text may have line breaks and tabs.
                return $"{field} holds a control character.";
            }
        }

        return null;
    }

    private static string? ServiceUrl(string? value, bool required)
    {
        if (string.IsNullOrEmpty(value))
        {
            return required ? "serviceUrl is missing." : null;
        }

        return value.Length <= MaxServiceUrlLength && value.All(c => c is > ' ' and <= '~')
            && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? null
            : "serviceUrl is not an http(s) URL.";
    }

    private static string? Account(string field, ChannelAccount? account, bool required)
    {
        if (account is null)
        {
            return required ? $"{field} is missing." : null;
        }

        return Id($"{field}.id", account.Id, required)
            ?? Id($"{field}.aadObjectId", account.AadObjectId, required: false)
            ?? Text($"{field}.name", account.Name, MaxNameLength)
            ?? Text($"{field}.role", account.Role, MaxNameLength)
            ?? Text($"{field}.userRole", account.UserRole, MaxNameLength);
    }

    private static string? Conversation(ConversationAccount? conversation, bool required)
    {
        if (conversation is null)
        {
            return required ? "conversation is missing." : null;
        }

        return Id("conversation.id", conversation.Id, required)
            ?? Id("conversation.tenantId", conversation.TenantId, required: false)
            ?? Text("conversation.name", conversation.Name, MaxNameLength)
            ?? Text("conversation.conversationType", conversation.ConversationType, MaxNameLength);
    }

    private static string? Members(string field, IReadOnlyList<ChannelAccount>? members)
    {
        for (var i = 0; i < (members?.Count ?? 0); i++)
        {
            if (members![i] is not { } member)
            {
                return $"{field}[{i}] is null.";
            }

            if (Account($"{field}[{i}]", member, required: true) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? Entities(IReadOnlyList<Entity>? entities)
    {
        for (var i = 0; i < (entities?.Count ?? 0); i++)
        {
            if (entities![i] is not { } entity)
            {
                return $"entities[{i}] is null.";
            }

            var problem = Text($"entities[{i}].type", entity.Type, MaxNameLength)
                ?? Text($"entities[{i}].text", entity.Text, int.MaxValue, singleLine: false)
                ?? Account($"entities[{i}].mentioned", entity.Mentioned, required: false);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? Attachments(IReadOnlyList<Attachment>? attachments)
    {
        for (var i = 0; i < (attachments?.Count ?? 0); i++)
        {
            if (attachments![i] is not { } attachment)
            {
                return $"attachments[{i}] is null.";
            }

            if (Text($"attachments[{i}].contentType", attachment.ContentType, MaxNameLength) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? ChannelData(TeamsChannelData? data)
    {
        if (data is null)
        {
            return null;
        }

        return IdName("channelData.tenant", data.Tenant)
            ?? IdName("channelData.team", data.Team)
            ?? IdName("channelData.channel", data.Channel)
            ?? IdName("channelData.settings.selectedChannel", data.Settings?.SelectedChannel)
            ?? Text("channelData.eventType", data.EventType, MaxNameLength);
    }

    private static string? IdName(string field, TeamsIdName? value) =>
        value is null
            ? null
            : Id($"{field}.id", value.Id, required: false)
              ?? Id($"{field}.aadGroupId", value.AadGroupId, required: false)
              ?? Text($"{field}.name", value.Name, MaxNameLength);

    /// <summary>Every property name and string in a JSON value decodes (an escaped lone surrogate would throw when read).</summary>
    private static string? Json(string field, JsonElement element)
    {
        try
        {
            return Walk(element) ? null : $"{field} holds text that is not valid Unicode.";
        }
        catch (InvalidOperationException)
        {
            return $"{field} holds text that is not valid Unicode.";
        }

        static bool Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (Text("name", property.Name, int.MaxValue, singleLine: false) is not null || !Walk(property.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (!Walk(item))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.String:
                    return Text("value", element.GetString(), int.MaxValue, singleLine: false) is null;
                default:
                    return true;
            }
        }
    }
}
