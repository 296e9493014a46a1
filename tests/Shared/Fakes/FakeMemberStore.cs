namespace StudyBot.Tests.Shared.Fakes;

/// <summary>Members in memory, unique by platform and external id.</summary>
public sealed class FakeMemberStore(FakeTables tables) : IMemberStore
{
    public FakeMemberStore()
        : this(new FakeTables())
    {
    }

    /// <summary>Copies of every member, in the order registered.</summary>
    public IReadOnlyList<Member> Members => tables.Locked(() => tables.Members.Select(FakeTables.Copy).ToList());

    public Task<Member> EnsureMemberAsync(Platform platform, string externalId, string displayName, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var i = tables.Members.FindIndex(m => m.Platform == platform && m.ExternalId == externalId);
        if (i < 0)
        {
            var member = new Member { Id = tables.NextId(), Platform = platform, ExternalId = externalId, DisplayName = displayName, CreatedAt = tables.Time.GetUtcNow() };
            tables.Members.Add(member);
            return FakeTables.Copy(member);
        }

        if (displayName.Length > 0 && tables.Members[i].DisplayName != displayName)
        {
            tables.Members[i] = tables.Members[i] with { DisplayName = displayName };
        }

        return FakeTables.Copy(tables.Members[i]);
    });

    public Task<Member?> FindMemberAsync(long id, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => tables.Members.FirstOrDefault(m => m.Id == id) is { } m ? FakeTables.Copy(m) : null);

    public Task<Member?> FindMemberAsync(Platform platform, string externalId, CancellationToken cancellationToken) =>
        tables.LockedAsync(() => tables.Members.FirstOrDefault(m => m.Platform == platform && m.ExternalId == externalId) is { } m ? FakeTables.Copy(m) : null);

    public Task SetHiddenFromBoardsAsync(long memberId, bool hidden, CancellationToken cancellationToken) => tables.LockedAsync(() =>
    {
        var i = tables.Members.FindIndex(m => m.Id == memberId);
        if (i >= 0)
        {
            tables.Members[i] = tables.Members[i] with { HiddenFromBoards = hidden };
        }
    });
}
