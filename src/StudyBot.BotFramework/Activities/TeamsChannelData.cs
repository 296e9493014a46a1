using System.Text.Json.Serialization;

namespace StudyBot.BotFramework.Activities;

/// <summary>The Teams-specific part of an activity (NOTES §2.6).</summary>
public sealed record TeamsChannelData(
    TeamsIdName? Tenant = null,
    TeamsIdName? Team = null,
    TeamsIdName? Channel = null,
    string? EventType = null,
    TeamsSettings? Settings = null,
    [property: JsonPropertyName("notification")] TeamsNotification? Notification = null);
