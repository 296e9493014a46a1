namespace StudyBot.Tests.Shared.Fakes;

/// <summary>Members' private-conversation references in memory.</summary>
public sealed class FakeMemberConversationStore : IMemberConversationStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, string> _references = [];

    /// <summary>How many saves reached the store (a reference that did not change should not be saved again).</summary>
    public int Saves { get; private set; }

    public Task<string?> FindAsync(long memberId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_references.GetValueOrDefault(memberId));
        }
    }

    public Task SaveAsync(long memberId, string reference, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _references[memberId] = reference;
            Saves++;
            return Task.CompletedTask;
        }
    }
}
