using StudyBot.Engine.Model;

namespace StudyBot.Engine.Ports;

/// <summary>Persistence the engine needs. Implementations keep the unique keys that make answers and daily rounds idempotent.</summary>
public interface IStudyStore
{
    Task<Community> GetOrCreateCommunityAsync(Platform platform, string externalId, string name, CancellationToken cancellationToken);

    Task<Community?> FindCommunityAsync(long id, CancellationToken cancellationToken);

    Task UpdateCommunityAsync(Community community, CancellationToken cancellationToken);

    Task<Channel> GetOrCreateChannelAsync(long communityId, Platform platform, string externalId, string name, CancellationToken cancellationToken);

    Task<Channel?> FindChannelAsync(long id, CancellationToken cancellationToken);

    Task<Channel?> FindChannelAsync(Platform platform, string externalId, CancellationToken cancellationToken);

    Task UpdateChannelAsync(Channel channel, CancellationToken cancellationToken);

    /// <summary>Active channels whose daily question is set up (paused ones included).</summary>
    Task<IReadOnlyList<Channel>> ListScheduledChannelsAsync(CancellationToken cancellationToken);

    /// <summary>Ids of the community's active channels whose daily question is set up (paused ones included).</summary>
    Task<IReadOnlyList<long>> ListScheduledChannelIdsAsync(long communityId, CancellationToken cancellationToken);

    /// <summary>Every channel of a community, active or not.</summary>
    Task<IReadOnlyList<Channel>> ListCommunityChannelsAsync(long communityId, CancellationToken cancellationToken);

    Task<Member> GetOrCreateMemberAsync(Platform platform, string externalId, string displayName, CancellationToken cancellationToken);

    Task<Member?> FindMemberAsync(long id, CancellationToken cancellationToken);

    Task<Member?> FindMemberAsync(Platform platform, string externalId, CancellationToken cancellationToken);

    Task UpdateMemberAsync(Member member, CancellationToken cancellationToken);

    Task<Round?> FindRoundAsync(long id, CancellationToken cancellationToken);

    Task<Round?> FindDailyRoundAsync(long channelId, DateOnly localDate, CancellationToken cancellationToken);

    Task<Round?> FindLatestDailyRoundAsync(long channelId, CancellationToken cancellationToken);

    /// <summary>Daily rounds of a channel, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Round>> ListDailyRoundsAsync(long channelId, int limit, CancellationToken cancellationToken);

    /// <summary>Daily rounds of each of the channels, newest first per channel, at most <paramref name="limitPerChannel"/> each; one query.</summary>
    Task<IReadOnlyList<Round>> ListDailyRoundsAsync(IReadOnlyCollection<long> channelIds, int limitPerChannel, CancellationToken cancellationToken);

    /// <summary>Adds the round, or returns the one already holding its unique key (channel and date, or quiz and position).</summary>
    Task<(Round Round, bool Created)> AddRoundOrGetExistingAsync(Round round, CancellationToken cancellationToken);

    Task UpdateRoundAsync(Round round, CancellationToken cancellationToken);

    /// <summary>How often each question was posted as a daily round in the channel.</summary>
    Task<IReadOnlyDictionary<string, int>> GetChannelQuestionUsageAsync(long channelId, CancellationToken cancellationToken);

    /// <summary>How often the member answered each question.</summary>
    Task<IReadOnlyDictionary<string, int>> GetMemberQuestionUsageAsync(long memberId, CancellationToken cancellationToken);

    Task<Answer?> FindAnswerAsync(long roundId, long memberId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the answer unless the member already answered the round or the round is closed (<see cref="Round.ClosedAt"/>
    /// set), both checked in the same statement as the insert; false then.
    /// </summary>
    Task<bool> TryAddAnswerAsync(Answer answer, CancellationToken cancellationToken);

    Task<int> CountAnswersAsync(long roundId, CancellationToken cancellationToken);

    Task<IReadOnlyList<(Answer Answer, Member Member)>> ListRoundAnswersAsync(long roundId, CancellationToken cancellationToken);

    Task<Quiz> AddQuizAsync(Quiz quiz, CancellationToken cancellationToken);

    Task<Quiz?> FindQuizAsync(long id, CancellationToken cancellationToken);

    Task UpdateQuizAsync(Quiz quiz, CancellationToken cancellationToken);

    Task<IReadOnlyList<Round>> ListQuizRoundsAsync(long quizId, CancellationToken cancellationToken);

    /// <summary>Per-member totals over answers in a scope and period, for boards.</summary>
    Task<IReadOnlyList<BoardTotals>> GetBoardTotalsAsync(BoardQuery query, CancellationToken cancellationToken);

    /// <summary>A member's answers, newest first, optionally since a time.</summary>
    Task<IReadOnlyList<Answer>> ListMemberAnswersAsync(long memberId, DateTimeOffset? since, CancellationToken cancellationToken);

    /// <summary>The given members' answers to the given rounds.</summary>
    Task<IReadOnlyList<Answer>> ListAnswersForRoundsAsync(IReadOnlyCollection<long> roundIds, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken);

    /// <summary>Which rounds the given members answered since a time, as (member, round) pairs; for streaks.</summary>
    Task<IReadOnlyList<(long MemberId, long RoundId)>> ListAnsweredRoundsAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Answers in a channel or community since a time (digest and team stats).</summary>
    Task<IReadOnlyList<Answer>> ListScopeAnswersAsync(long? channelId, long? communityId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Claims the channel's digest of a week, or returns the claim already holding that (channel, week start) key.</summary>
    Task<(Digest Digest, bool Created)> AddDigestOrGetExistingAsync(Digest digest, CancellationToken cancellationToken);

    Task UpdateDigestAsync(Digest digest, CancellationToken cancellationToken);
}
