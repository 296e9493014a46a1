namespace StudyBot.Engine.Model;

/// <summary>A Discord server or a Teams team.</summary>
public sealed record Community
{
    public long Id { get; init; }
    public Platform Platform { get; init; }
    public required string ExternalId { get; init; }
    public string Name { get; init; } = string.Empty;

    /// <summary>IANA zone for community-wide week and month boundaries.</summary>
    public string TimeZone { get; init; } = "UTC";
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// Platform user ids of the people who may change settings where the platform has no permission to read (Teams):
    /// the installer and whoever an admin added.
    /// </summary>
    public IReadOnlySet<string> Admins { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public bool IsAdmin(string externalUserId) => Admins.Contains(externalUserId);
}
