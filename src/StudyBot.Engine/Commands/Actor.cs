namespace StudyBot.Engine.Commands;

/// <summary>
/// Who asks, where, and what the platform says about their rights: every use case takes one, and the engine resolves the
/// member, channel and community from it (adapters never look them up).
/// </summary>
/// <param name="PlatformAdmin">
/// What the platform says: Discord's Manage Server permission (true or false); null where the platform has no such
/// permission to read (Teams), and the engine's own admin list decides.
/// </param>
/// <param name="Guest">A guest of the team or server, never an admin.</param>
/// <param name="OtherUserIds">Further ids of the same person on the platform (Teams: the Entra object id).</param>
public sealed record Actor(
    Platform Platform,
    string UserId,
    string DisplayName,
    Place Place,
    bool? PlatformAdmin = null,
    bool Guest = false,
    IReadOnlyList<string>? OtherUserIds = null)
{
    public IEnumerable<string> UserIds => new[] { UserId }.Concat(OtherUserIds ?? []).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal);
}
