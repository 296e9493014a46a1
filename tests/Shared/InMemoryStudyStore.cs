using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;

namespace StudyBot.Tests.Shared;

/// <summary>
/// A hand-written store for unit tests of the engine and adapters: keeps the same unique keys as the real one
/// (one answer per member and round, one daily round per channel and date, one quiz round per position).
/// </summary>
public sealed class InMemoryStudyStore : IStudyStore
{
    private readonly object _gate = new();
    private readonly List<Community> _communities = [];
    private readonly List<Channel> _channels = [];
    private readonly List<Member> _members = [];
    private readonly List<Round> _rounds = [];
    private int _roundReads;
    private readonly List<Answer> _answers = [];
    private readonly List<Quiz> _quizzes = [];
    private readonly List<Digest> _digests = [];
    private long _nextId = 1;

    public IReadOnlyList<Answer> Answers { get { lock (_gate) { return _answers.ToList(); } } }

    public IReadOnlyList<Round> Rounds { get { lock (_gate) { return _rounds.ToList(); } } }

    public IReadOnlyList<Channel> Channels { get { lock (_gate) { return _channels.ToList(); } } }

    public Task<Community> GetOrCreateCommunityAsync(Platform platform, string externalId, string name, CancellationToken cancellationToken) => Locked(() =>
    {
        var c = _communities.FirstOrDefault(x => x.Platform == platform && x.ExternalId == externalId);
        if (c is null)
        {
            c = new Community { Id = _nextId++, Platform = platform, ExternalId = externalId, Name = name };
            _communities.Add(c);
        }

        return c;
    });

    public Task<Community?> FindCommunityAsync(long id, CancellationToken cancellationToken) => Locked(() => _communities.FirstOrDefault(c => c.Id == id));

    public Task UpdateCommunityAsync(Community community, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<Channel> GetOrCreateChannelAsync(long communityId, Platform platform, string externalId, string name, CancellationToken cancellationToken) => Locked(() =>
    {
        var c = _channels.FirstOrDefault(x => x.Platform == platform && x.ExternalId == externalId);
        if (c is null)
        {
            c = new Channel { Id = _nextId++, CommunityId = communityId, Platform = platform, ExternalId = externalId, Name = name };
            _channels.Add(c);
        }

        return c;
    });

    public Task<Channel?> FindChannelAsync(long id, CancellationToken cancellationToken) => Locked(() => _channels.FirstOrDefault(c => c.Id == id));

    public Task<Channel?> FindChannelAsync(Platform platform, string externalId, CancellationToken cancellationToken) =>
        Locked(() => _channels.FirstOrDefault(c => c.Platform == platform && c.ExternalId == externalId));

    public Task UpdateChannelAsync(Channel channel, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<Channel>> ListScheduledChannelsAsync(CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<Channel>>(() => _channels.Where(c => c.Active && c.DailyEnabled).ToList());

    public Task<IReadOnlyList<long>> ListScheduledChannelIdsAsync(long communityId, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<long>>(() => _channels.Where(c => c.CommunityId == communityId && c.Active && c.DailyEnabled).Select(c => c.Id).ToList());

    public Task<IReadOnlyList<Channel>> ListCommunityChannelsAsync(long communityId, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<Channel>>(() => _channels.Where(c => c.CommunityId == communityId).ToList());

    public Task<Member> GetOrCreateMemberAsync(Platform platform, string externalId, string displayName, CancellationToken cancellationToken) => Locked(() =>
    {
        var m = _members.FirstOrDefault(x => x.Platform == platform && x.ExternalId == externalId);
        if (m is null)
        {
            m = new Member { Id = _nextId++, Platform = platform, ExternalId = externalId, DisplayName = displayName };
            _members.Add(m);
        }
        else if (displayName.Length > 0)
        {
            m.DisplayName = displayName;
        }

        return m;
    });

    public Task<Member?> FindMemberAsync(long id, CancellationToken cancellationToken) => Locked(() => _members.FirstOrDefault(m => m.Id == id));

    public Task<Member?> FindMemberAsync(Platform platform, string externalId, CancellationToken cancellationToken) =>
        Locked(() => _members.FirstOrDefault(m => m.Platform == platform && m.ExternalId == externalId));

    public Task UpdateMemberAsync(Member member, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>How often a round was read by id.</summary>
    public int RoundReads { get { lock (_gate) { return _roundReads; } } }

    public Task<Round?> FindRoundAsync(long id, CancellationToken cancellationToken) => Locked(() =>
    {
        _roundReads++;
        return _rounds.FirstOrDefault(r => r.Id == id);
    });

    public Task<Round?> FindDailyRoundAsync(long channelId, DateOnly localDate, CancellationToken cancellationToken) =>
        Locked(() => _rounds.FirstOrDefault(r => r.Kind == RoundKind.Daily && r.ChannelId == channelId && r.LocalDate == localDate));

    public Task<Round?> FindLatestDailyRoundAsync(long channelId, CancellationToken cancellationToken) =>
        Locked(() => _rounds.Where(r => r.Kind == RoundKind.Daily && r.ChannelId == channelId).OrderByDescending(r => r.LocalDate).FirstOrDefault());

    public Task<IReadOnlyList<Round>> ListDailyRoundsAsync(long channelId, int limit, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<Round>>(() => _rounds.Where(r => r.Kind == RoundKind.Daily && r.ChannelId == channelId).OrderByDescending(r => r.LocalDate).Take(limit).ToList());

    public Task<IReadOnlyList<Round>> ListDailyRoundsAsync(IReadOnlyCollection<long> channelIds, int limitPerChannel, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<Round>>(() => _rounds
            .Where(r => r.Kind == RoundKind.Daily && r.ChannelId is { } c && channelIds.Contains(c))
            .GroupBy(r => r.ChannelId)
            .SelectMany(g => g.OrderByDescending(r => r.LocalDate).Take(limitPerChannel))
            .ToList());

    public Task<(Round Round, bool Created)> AddRoundOrGetExistingAsync(Round round, CancellationToken cancellationToken) => Locked(() =>
    {
        var existing = _rounds.FirstOrDefault(r =>
            (round.LocalDate is not null && r.ChannelId == round.ChannelId && r.LocalDate == round.LocalDate) ||
            (round.QuizId is not null && r.QuizId == round.QuizId && r.Sequence == round.Sequence));
        if (existing is not null)
        {
            return (existing, false);
        }

        round.Id = _nextId++;
        _rounds.Add(round);
        return (round, true);
    });

    public Task UpdateRoundAsync(Round round, CancellationToken cancellationToken) => Task.CompletedTask;

    public IReadOnlyList<Digest> Digests { get { lock (_gate) { return _digests.ToList(); } } }

    public Task<(Digest Digest, bool Created)> AddDigestOrGetExistingAsync(Digest digest, CancellationToken cancellationToken) => Locked(() =>
    {
        var existing = _digests.FirstOrDefault(d => d.ChannelId == digest.ChannelId && d.WeekStart == digest.WeekStart);
        if (existing is not null)
        {
            return (existing, false);
        }

        digest.Id = _nextId++;
        _digests.Add(digest);
        return (digest, true);
    });

    public Task UpdateDigestAsync(Digest digest, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyDictionary<string, int>> GetChannelQuestionUsageAsync(long channelId, CancellationToken cancellationToken) =>
        Locked<IReadOnlyDictionary<string, int>>(() => _rounds.Where(r => r.Kind == RoundKind.Daily && r.ChannelId == channelId)
            .GroupBy(r => r.QuestionId).ToDictionary(g => g.Key, g => g.Count()));

    public Task<IReadOnlyDictionary<string, int>> GetMemberQuestionUsageAsync(long memberId, CancellationToken cancellationToken) =>
        Locked<IReadOnlyDictionary<string, int>>(() => _answers.Where(a => a.MemberId == memberId)
            .GroupBy(a => a.QuestionId).ToDictionary(g => g.Key, g => g.Count()));

    public Task<Answer?> FindAnswerAsync(long roundId, long memberId, CancellationToken cancellationToken) =>
        Locked(() => _answers.FirstOrDefault(a => a.RoundId == roundId && a.MemberId == memberId));

    public Task<bool> TryAddAnswerAsync(Answer answer, CancellationToken cancellationToken) => Locked(() =>
    {
        if (_answers.Any(a => a.RoundId == answer.RoundId && a.MemberId == answer.MemberId)
            || _rounds.FirstOrDefault(r => r.Id == answer.RoundId) is not { ClosedAt: null })
        {
            return false;
        }

        answer.Id = _nextId++;
        _answers.Add(answer);
        return true;
    });

    public Task<int> CountAnswersAsync(long roundId, CancellationToken cancellationToken) => Locked(() => _answers.Count(a => a.RoundId == roundId));

    public Task<IReadOnlyList<(Answer Answer, Member Member)>> ListRoundAnswersAsync(long roundId, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<(Answer, Member)>>(() => _answers.Where(a => a.RoundId == roundId)
            .Select(a => (a, _members.First(m => m.Id == a.MemberId))).ToList());

    public Task<Quiz> AddQuizAsync(Quiz quiz, CancellationToken cancellationToken) => Locked(() =>
    {
        quiz.Id = _nextId++;
        _quizzes.Add(quiz);
        return quiz;
    });

    public Task<Quiz?> FindQuizAsync(long id, CancellationToken cancellationToken) => Locked(() => _quizzes.FirstOrDefault(q => q.Id == id));

    public Task UpdateQuizAsync(Quiz quiz, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<Round>> ListQuizRoundsAsync(long quizId, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<Round>>(() => _rounds.Where(r => r.QuizId == quizId).OrderBy(r => r.Sequence).ToList());

    public Task<IReadOnlyList<BoardTotals>> GetBoardTotalsAsync(BoardQuery query, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<BoardTotals>>(() => _answers
            .Where(a => (query.ChannelId is null || a.ChannelId == query.ChannelId)
                && (query.CommunityId is null || a.CommunityId == query.CommunityId)
                && (query.From is null || a.AnsweredAt >= query.From)
                && (query.To is null || a.AnsweredAt < query.To)
                && (query.IncludeQuiz || a.Kind == RoundKind.Daily))
            .GroupBy(a => a.MemberId)
            .Where(g => _members.Any(m => m.Id == g.Key))
            .Select(g => (Group: g, Member: _members.First(m => m.Id == g.Key)))
            .Select(x => new BoardTotals(x.Group.Key, x.Group.Sum(a => a.Points), x.Group.Count(), x.Group.Count(a => a.Correct),
                x.Group.Where(a => a.Points > 0).Select(a => (DateTimeOffset?)a.AnsweredAt).Max(), x.Member.DisplayName, x.Member.HiddenFromBoards))
            .ToList());

    public Task<IReadOnlyList<Answer>> ListMemberAnswersAsync(long memberId, DateTimeOffset? since, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<Answer>>(() => _answers.Where(a => a.MemberId == memberId && (since is null || a.AnsweredAt >= since))
            .OrderByDescending(a => a.AnsweredAt).ToList());

    public Task<IReadOnlyList<Answer>> ListAnswersForRoundsAsync(IReadOnlyCollection<long> roundIds, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<Answer>>(() => _answers.Where(a => roundIds.Contains(a.RoundId) && memberIds.Contains(a.MemberId)).ToList());

    public Task<IReadOnlyList<(long MemberId, long RoundId)>> ListAnsweredRoundsAsync(IReadOnlyCollection<long> memberIds, DateTimeOffset since, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<(long MemberId, long RoundId)>>(() => _answers.Where(a => memberIds.Contains(a.MemberId) && a.AnsweredAt >= since)
            .Select(a => (a.MemberId, a.RoundId)).ToList());

    public Task<IReadOnlyList<Answer>> ListScopeAnswersAsync(long? channelId, long? communityId, DateTimeOffset since, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<Answer>>(() => _answers.Where(a => (channelId is null || a.ChannelId == channelId)
            && (communityId is null || a.CommunityId == communityId) && a.AnsweredAt >= since).ToList());

    private Task<T> Locked<T>(Func<T> action)
    {
        lock (_gate)
        {
            return Task.FromResult(action());
        }
    }
}
