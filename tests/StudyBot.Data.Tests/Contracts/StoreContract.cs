using Microsoft.Extensions.Time.Testing;
using StudyBot.Tests.Shared;

namespace StudyBot.Data.Tests.Contracts;

/// <summary>
/// What every contract suite shares: the implementation under test, a clock, and a little seed data. Each suite is an
/// abstract class with the cases, run by one concrete class per implementation (SQLite, PostgreSQL, fake).
/// </summary>
public abstract class StoreContract<TTarget>
    where TTarget : IStoreTarget, new()
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The stores on a fresh, empty set of data; skips the test when the implementation is not there (PostgreSQL).</summary>
    protected async Task<StoresUnderTest> StoresAsync()
    {
        var stores = await new TTarget().CreateAsync(Time);
        Skip.If(stores is null, TestDatabase.PostgresSkipReason);
        return stores;
    }

    protected static async Task<(Community Community, Channel Channel)> ChannelAsync(StoresUnderTest s, string externalId = "c1")
    {
        var community = await s.Channels.EnsureCommunityAsync(Platform.Discord, "g1", "Guild", None);
        var channel = await s.Channels.EnsureChannelAsync(community.Id, Platform.Discord, externalId, "study", None);
        return (community, channel);
    }

    protected async Task<Round> DailyRoundAsync(StoresUnderTest s, DateOnly date, string channel = "c1")
    {
        var (community, c) = await ChannelAsync(s, channel);
        var (round, _) = await s.Rounds.AddRoundOrGetExistingAsync(NewDailyRound(community.Id, c.Id, date), None);
        return round;
    }

    protected Round NewDailyRound(long communityId, long channelId, DateOnly date) => new()
    {
        Kind = RoundKind.Daily,
        ChannelId = channelId,
        CommunityId = communityId,
        LocalDate = date,
        QuestionId = "q-one",
        ChoiceOrder = "CAB",
        OpensAt = Time.GetUtcNow(),
        ClosesAt = Time.GetUtcNow().AddHours(8),
    };

    protected Answer NewAnswer(Round round, Member member, bool correct = true, DateTimeOffset? at = null, params string[] keys) => new()
    {
        RoundId = round.Id,
        MemberId = member.Id,
        Kind = round.Kind,
        ChannelId = round.ChannelId,
        CommunityId = round.CommunityId,
        QuestionId = round.QuestionId,
        Keys = keys.Length > 0 ? keys : [correct ? "B" : "A"],
        Correct = correct,
        Points = correct ? 2 : 0,
        AnsweredAt = at ?? Time.GetUtcNow(),
    };
}
