namespace StudyBot.Tests.Shared.Fakes;

/// <summary>One fake per port over one set of tables: what one store writes, the others read (as with the database).</summary>
public sealed class FakeStores
{
    public FakeStores(TimeProvider? time = null)
    {
        Tables = new FakeTables(time);
        Channels = new FakeChannelStore(Tables);
        Members = new FakeMemberStore(Tables);
        Rounds = new FakeRoundStore(Tables);
        Answers = new FakeAnswerStore(Tables);
        Quizzes = new FakeQuizStore(Tables);
        Digests = new FakeDigestStore(Tables);
        Boards = new FakeBoardQueries(Tables);
        Reviews = new FakeReviewStore();
        Mocks = new FakeMockStore();
        Conversations = new FakeMemberConversationStore();
        Flags = new FakeFlagStore(Tables, Reviews);
    }

    public FakeTables Tables { get; }

    public FakeChannelStore Channels { get; }

    public FakeMemberStore Members { get; }

    public FakeRoundStore Rounds { get; }

    public FakeAnswerStore Answers { get; }

    public FakeQuizStore Quizzes { get; }

    public FakeDigestStore Digests { get; }

    public FakeBoardQueries Boards { get; }

    public FakeReviewStore Reviews { get; }

    public FakeMockStore Mocks { get; }

    public FakeMemberConversationStore Conversations { get; }

    public FakeFlagStore Flags { get; }
}
