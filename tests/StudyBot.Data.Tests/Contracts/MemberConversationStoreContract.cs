namespace StudyBot.Data.Tests.Contracts;

public abstract class MemberConversationStoreContract<TTarget> : StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    [SkippableFact]
    public async Task Save_ThenFind_ReadsTheReference_AndASecondSaveReplacesIt()
    {
        await using var s = await StoresAsync();
        var ana = await s.Members.EnsureMemberAsync(Platform.Teams, "aad-ana", "Ana", None);
        var ben = await s.Members.EnsureMemberAsync(Platform.Teams, "aad-ben", "Ben", None);

        var before = await s.Conversations.FindAsync(ana.Id, None);
        await s.Conversations.SaveAsync(ana.Id, """{"conversationId":"a:1"}""", Time.GetUtcNow(), None);
        await s.Conversations.SaveAsync(ben.Id, """{"conversationId":"a:2"}""", Time.GetUtcNow(), None);
        await s.Conversations.SaveAsync(ana.Id, """{"conversationId":"a:3"}""", Time.GetUtcNow(), None);

        Assert.Null(before);
        Assert.Equal("""{"conversationId":"a:3"}""", await s.Conversations.FindAsync(ana.Id, None));
        Assert.Equal("""{"conversationId":"a:2"}""", await s.Conversations.FindAsync(ben.Id, None));
    }
}
