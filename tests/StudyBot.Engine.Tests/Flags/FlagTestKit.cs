using Microsoft.Extensions.Logging.Abstractions;

namespace StudyBot.Engine.Tests.Flags;

/// <summary>
/// A daily round of the single-choice test question (key B), shown B, C, A: label A is key B (right by the bank), label B
/// is key C, label C is key A. Ana and Ben pick key A, Cy (hidden from boards) picks key A too, Dee picks key B.
/// </summary>
internal sealed class FlagTestKit
{
    public static readonly CancellationToken None = CancellationToken.None;

    public FlagTestKit(QuestionBank? bank = null) => Fixture = new EngineFixture(bank);

    public EngineFixture Fixture { get; }

    public Round Round { get; private set; } = null!;

    public Actor Admin { get; } = EngineFixture.Actor("u-admin", "Admin", admin: true);

    public static Actor Ana { get; } = EngineFixture.Actor("u-ana", "Ana");

    public static Actor Ben { get; } = EngineFixture.Actor("u-ben", "Ben");

    public static Actor Cy { get; } = EngineFixture.Actor("u-cy", "Cy");

    public static Actor Dee { get; } = EngineFixture.Actor("u-dee", "Dee");

    public FlagService Flags => Fixture.Get<FlagService>();

    public Question Question => Fixture.Bank.Get("t-single");

    /// <summary>Opens the round with the version recorded, takes the four answers, closes it and syncs the review cards.</summary>
    public async Task<FlagTestKit> AnsweredAsync()
    {
        var round = await Fixture.OpenDailyAsync();
        Fixture.Stores.Tables.Locked(() =>
        {
            var i = Fixture.Stores.Tables.Rounds.FindIndex(r => r.Id == round.Id);
            Fixture.Stores.Tables.Rounds[i] = Fixture.Stores.Tables.Rounds[i] with { QuestionVersion = QuestionVersions.Of(Question) };
            return 0;
        });
        var answers = Fixture.Get<AnswerService>();
        await answers.SubmitAsync(round.Id, Ana, ["C"], None);
        await answers.SubmitAsync(round.Id, Ben, ["C"], None);
        await answers.SubmitAsync(round.Id, Cy, ["C"], None);
        await answers.SubmitAsync(round.Id, Dee, ["A"], None);
        var cy = await Fixture.Stores.Members.FindMemberAsync(Platform.Discord, "u-cy", None);
        await Fixture.Stores.Members.SetHiddenFromBoardsAsync(cy!.Id, true, None);
        await Fixture.Stores.Rounds.CloseRoundAsync(round.Id, Fixture.Time.GetUtcNow(), None);
        await Fixture.Get<ReviewService>().SyncAsync(null, None);
        Round = (await Fixture.Stores.Rounds.FindRoundAsync(round.Id, None))!;
        return this;
    }

    public async Task<ActorContext> ContextAsync(Actor actor) => await Fixture.Get<ActorResolver>().ResolveAsync(actor, None);

    public async Task<long> MemberIdAsync(Actor actor) => (await Fixture.Stores.Members.FindMemberAsync(actor.Platform, actor.UserId, None))!.Id;

    public async Task<Answer> AnswerOfAsync(Actor actor) => (await Fixture.Stores.Answers.FindAnswerAsync(Round.Id, await MemberIdAsync(actor), None))!;

    public async Task<int> BoardPointsAsync(Actor actor)
    {
        var channel = (await Fixture.Stores.Channels.FindChannelAsync(Round.ChannelId!.Value, None))!;
        var board = await Fixture.Get<LeaderboardService>().GetAsync(new LeaderboardRequest(channel, null, BoardPeriod.AllTime, BoardScope.Channel, 10), None);
        var id = await MemberIdAsync(actor);
        return board.Rows.FirstOrDefault(r => r.MemberId == id)?.Points ?? 0;
    }

    /// <summary>The start-up sweep as a host with <paramref name="bank"/> would run it, on this kit's stores.</summary>
    public QuestionVersionService SweepWith(QuestionBank bank)
    {
        var stores = Fixture.Stores;
        var regrades = new RegradeService(stores.Flags, stores.Reviews, stores.Members, stores.Channels, [Fixture.Publisher], Fixture.Time, NullLogger<RegradeService>.Instance);
        return new QuestionVersionService(stores.Flags, bank, regrades, Fixture.Time, NullLogger<QuestionVersionService>.Instance);
    }
}
