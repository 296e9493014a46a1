using StudyBot.Tests.Shared;

namespace StudyBot.Data.Tests.Contracts;

/// <summary>Every port of one implementation over one set of data: a migrated database, or the fakes.</summary>
public sealed class StoresUnderTest(
    IChannelStore channels,
    IMemberStore members,
    IRoundStore rounds,
    IAnswerStore answers,
    IQuizStore quizzes,
    IDigestStore digests,
    IBoardQueries boards,
    IReviewStore reviews,
    TestDatabase? database,
    IMemberConversationStore? conversations = null) : IAsyncDisposable
{
    public IChannelStore Channels { get; } = channels;

    public IMemberStore Members { get; } = members;

    public IRoundStore Rounds { get; } = rounds;

    public IAnswerStore Answers { get; } = answers;

    public IQuizStore Quizzes { get; } = quizzes;

    public IDigestStore Digests { get; } = digests;

    public IBoardQueries Boards { get; } = boards;

    public IReviewStore Reviews { get; } = reviews;

    public required IMockStore Mocks { get; init; }

    public IMemberConversationStore Conversations { get; } = conversations ?? database!.Get<IMemberConversationStore>();

    public required IFlagStore Flags { get; init; }

    /// <summary>The database behind the stores; null for the fakes.</summary>
    public TestDatabase? Database { get; } = database;

    public static StoresUnderTest On(TestDatabase db) => new(
        db.Get<IChannelStore>(), db.Get<IMemberStore>(), db.Get<IRoundStore>(), db.Get<IAnswerStore>(),
        db.Get<IQuizStore>(), db.Get<IDigestStore>(), db.Get<IBoardQueries>(), db.Get<IReviewStore>(), db)
    {
        Mocks = db.Get<IMockStore>(),
        Flags = db.Get<IFlagStore>(),
    };

    public ValueTask DisposeAsync() => Database?.DisposeAsync() ?? ValueTask.CompletedTask;
}
