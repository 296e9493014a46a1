namespace StudyBot.Engine.Members;

/// <summary>
/// How to reach a member privately on a platform that needs more than their id (Teams: service URL, tenant, the personal
/// conversation), as the adapter's opaque text; one per member, replaced when it changes.
/// </summary>
public interface IMemberConversationStore
{
    Task<string?> FindAsync(long memberId, CancellationToken cancellationToken);

    /// <summary>Stores the member's reference, replacing the one before.</summary>
    Task SaveAsync(long memberId, string reference, DateTimeOffset at, CancellationToken cancellationToken);
}
