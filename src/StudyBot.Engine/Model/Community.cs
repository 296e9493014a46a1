namespace StudyBot.Engine.Model;

/// <summary>A Discord server or a Teams team.</summary>
public sealed class Community
{
    public long Id { get; set; }
    public Platform Platform { get; set; }
    public required string ExternalId { get; set; }
    public string Name { get; set; } = string.Empty;

    /// <summary>IANA zone for community-wide week and month boundaries.</summary>
    public string TimeZone { get; set; } = "UTC";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Platform user ids of the people who may change settings where the platform has no permission to read (Teams):
    /// the installer and whoever an admin added; comma-separated.
    /// </summary>
    public string Admins { get; set; } = string.Empty;

    public bool IsAdmin(string externalUserId) =>
        Admins.Split(',', StringSplitOptions.RemoveEmptyEntries).Contains(externalUserId, StringComparer.Ordinal);
}
