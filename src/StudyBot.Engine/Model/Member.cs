namespace StudyBot.Engine.Model;

/// <summary>A person on one platform, known by the platform's user id.</summary>
public sealed record Member
{
    public long Id { get; init; }
    public Platform Platform { get; init; }
    public required string ExternalId { get; init; }
    public string DisplayName { get; init; } = string.Empty;

    /// <summary>Hidden members are never named to others; they still see their own rank and stats.</summary>
    public bool HiddenFromBoards { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
