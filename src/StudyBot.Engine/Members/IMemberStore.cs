namespace StudyBot.Engine.Members;

/// <summary>Members, known by their platform's user id.</summary>
public interface IMemberStore
{
    /// <summary>Finds the member by platform id, or registers them; a changed display name is saved.</summary>
    Task<Member> EnsureMemberAsync(Platform platform, string externalId, string displayName, CancellationToken cancellationToken);

    Task<Member?> FindMemberAsync(long id, CancellationToken cancellationToken);

    Task<Member?> FindMemberAsync(Platform platform, string externalId, CancellationToken cancellationToken);

    Task SetHiddenFromBoardsAsync(long memberId, bool hidden, CancellationToken cancellationToken);
}
