namespace StudyBot.Data.Tests.Contracts;

public abstract class MemberStoreContract<TTarget> : StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    [SkippableFact]
    public async Task EnsureMember_KnownMember_KeepsIdAndFieldsAndTakesTheNewName()
    {
        await using var s = await StoresAsync();
        var created = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);
        await s.Members.SetHiddenFromBoardsAsync(created.Id, true, None);
        Time.Advance(TimeSpan.FromDays(3));

        var renamed = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana B.", None);
        var unnamed = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", string.Empty, None);
        var other = await s.Members.EnsureMemberAsync(Platform.Teams, "u1", "Ana on Teams", None);

        Assert.NotEqual(0, created.Id);
        Assert.Equal(created.Id, renamed.Id);
        Assert.Equal(("Ana B.", true), (renamed.DisplayName, renamed.HiddenFromBoards));
        Assert.Equal(created.CreatedAt, renamed.CreatedAt);
        Assert.Equal(renamed, unnamed);
        Assert.NotEqual(created.Id, other.Id);
        Assert.Equal(renamed, await s.Members.FindMemberAsync(created.Id, None));
        Assert.Equal(renamed, await s.Members.FindMemberAsync(Platform.Discord, "u1", None));
    }

    [SkippableFact]
    public async Task EnsureMember_ParallelFirstContact_RegistersOneMember()
    {
        await using var s = await StoresAsync();

        var members = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => s.Members.EnsureMemberAsync(Platform.Teams, "aad-1", "Kim", None))));

        Assert.Single(members.Select(m => m.Id).Distinct());
    }

    [SkippableFact]
    public async Task FindMember_Unknown_IsNull()
    {
        await using var s = await StoresAsync();
        var known = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);

        Assert.Null(await s.Members.FindMemberAsync(known.Id + 1000, None));
        Assert.Null(await s.Members.FindMemberAsync(Platform.Teams, "u1", None));
    }

    [SkippableFact]
    public async Task SetHiddenFromBoards_Back_ShowsTheMemberAgain()
    {
        await using var s = await StoresAsync();
        var member = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);

        await s.Members.SetHiddenFromBoardsAsync(member.Id, true, None);
        var hidden = await s.Members.FindMemberAsync(member.Id, None);
        await s.Members.SetHiddenFromBoardsAsync(member.Id, false, None);

        Assert.True(hidden!.HiddenFromBoards);
        Assert.False((await s.Members.FindMemberAsync(member.Id, None))!.HiddenFromBoards);
    }

    [SkippableFact]
    public async Task ReturnedCopy_ChangedByTheCaller_LeavesTheStoreAsItWas()
    {
        await using var s = await StoresAsync();
        var member = await s.Members.EnsureMemberAsync(Platform.Discord, "u1", "Ana", None);

        _ = member with { HiddenFromBoards = true, DisplayName = "Changed" };

        Assert.Equal(member, await s.Members.FindMemberAsync(member.Id, None));
    }
}
