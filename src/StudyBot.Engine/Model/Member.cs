namespace StudyBot.Engine.Model;

/// <summary>A person on one platform, known by the platform's user id.</summary>
public sealed class Member
{
    public long Id { get; set; }
    public Platform Platform { get; set; }
    public required string ExternalId { get; set; }
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Hidden members do not appear on boards but still see their own rank.</summary>
    public bool HiddenFromBoards { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
