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
}
