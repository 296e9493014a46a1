namespace StudyBot.Engine.Flags;

/// <summary>
/// Reports of problems with questions, what admins decided about them, and the re-grades those decisions wrote; plus the
/// question versions the rounds were asked in.
/// </summary>
public interface IFlagStore
{
    /// <summary>Stores the report unless the member already reported that version of the question; false then, nothing written.</summary>
    Task<bool> TryAddFlagAsync(QuestionFlag flag, CancellationToken cancellationToken);

    /// <summary>A community's reports (those without a community when null) with who made them, oldest first.</summary>
    Task<IReadOnlyList<(QuestionFlag Flag, Member Member)>> ListFlagsAsync(long? communityId, bool openOnly, CancellationToken cancellationToken);

    /// <summary>Every report of every community, oldest first (the bank maintainers' export).</summary>
    Task<IReadOnlyList<QuestionFlag>> ListAllFlagsAsync(bool openOnly, CancellationToken cancellationToken);

    /// <summary>Every stored answer to a round that asked this version of the question, in any community, in id order.</summary>
    Task<IReadOnlyList<Answer>> ListVersionAnswersAsync(string questionId, string version, CancellationToken cancellationToken);

    /// <summary>The members' reviews of the question's card, in the order they were made.</summary>
    Task<IReadOnlyList<ReviewEvent>> ListCardReviewsAsync(IReadOnlyCollection<long> memberIds, string questionId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a re-grade in one transaction: the resolution, the answers' new points and correctness, the rewritten review
    /// cards (each only if it still has the reps it was read with), and the open reports of that version in that community
    /// marked resolved. Nothing is written unless all of it is.
    /// </summary>
    Task<RegradeWrite> ApplyAsync(Regrade regrade, CancellationToken cancellationToken);

    /// <summary>Resolutions in a community (those without one when null), oldest first; only one question's when given.</summary>
    Task<IReadOnlyList<FlagResolution>> ListResolutionsAsync(long? communityId, string? questionId, CancellationToken cancellationToken);

    /// <summary>Whether a once-only re-grade with this key was applied already.</summary>
    Task<bool> HasOnceKeyAsync(string onceKey, CancellationToken cancellationToken);

    /// <summary>Keeps the versions not stored yet (the first sighting of each stays); how many were new.</summary>
    Task<int> RecordVersionsAsync(IReadOnlyList<QuestionVersionRecord> versions, CancellationToken cancellationToken);

    Task<IReadOnlyList<QuestionVersionRecord>> ListVersionsAsync(CancellationToken cancellationToken);

    /// <summary>Sets the version on the question's rounds that have none yet (rounds from before versions were kept); how many.</summary>
    Task<int> FillRoundVersionsAsync(string questionId, string version, CancellationToken cancellationToken);

    /// <summary>Each question and version the rounds were asked in; the version is empty for rounds from before versions were kept.</summary>
    Task<IReadOnlyList<(string QuestionId, string Version)>> ListRoundVersionsAsync(CancellationToken cancellationToken);
}

/// <summary>A re-grade as the engine computed it, for the store to write at once.</summary>
public sealed record Regrade(FlagResolution Resolution, IReadOnlyList<AnswerRegrade> Answers, IReadOnlyList<CardRewrite> Cards);

/// <summary>An answer's points and correctness after the re-grade.</summary>
public sealed record AnswerRegrade(long AnswerId, bool Correct, int Points);

/// <summary>
/// A member's card for a question recomputed from its rewritten review log; <paramref name="Card"/> null removes a card left
/// with no reviews. <paramref name="ExpectedReps"/> is what the card had when read (0: none).
/// </summary>
public sealed record CardRewrite(long MemberId, string QuestionId, int ExpectedReps, ReviewCard? Card, IReadOnlyList<ReviewEvent> Reviews);

public enum RegradeWrite
{
    Applied,

    /// <summary>A once-only re-grade with the same key is there already; nothing written.</summary>
    AlreadyApplied,

    /// <summary>A card was reviewed meanwhile; nothing written, the caller computes again.</summary>
    CardMoved,
}
