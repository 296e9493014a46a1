namespace StudyBot.Engine.Daily;

/// <summary>
/// The posted daily question as the member asking sees it: their recorded answer while it is open, and their pick against
/// the answer once it is closed. Platforms that show one post differently to each member (Teams card refresh) ask for it;
/// it is never shown to anyone but the member it was made for.
/// </summary>
public sealed class DailyMemberViewService(
    IRoundStore rounds,
    IAnswerStore answers,
    IMemberStore members,
    IChannelStore channels,
    QuestionBank bank,
    RoundPresenter presenter,
    DailyRoundService daily,
    TimeProvider time)
{
    /// <summary>Null when the round is not a daily question of the actor's platform (or is gone).</summary>
    public async Task<MemberRoundView?> GetAsync(long roundId, Actor actor, CancellationToken cancellationToken)
    {
        var round = await rounds.FindRoundAsync(roundId, cancellationToken);
        if (round is not { Kind: RoundKind.Daily, ChannelId: { } channelId } || bank.Find(round.QuestionId) is not { } question)
        {
            return null;
        }

        var channel = await channels.FindChannelAsync(channelId, cancellationToken);
        if (channel is null || channel.Platform != actor.Platform)
        {
            return null;
        }

        Answer? answer = null;
        foreach (var userId in actor.UserIds)
        {
            if (await members.FindMemberAsync(actor.Platform, userId, cancellationToken) is { } member)
            {
                answer = await answers.FindAnswerAsync(round.Id, member.Id, cancellationToken);
                break;
            }
        }

        var reveal = round.IsClosedAt(time.GetUtcNow()) ? await daily.BuildRevealAsync(round, channel, cancellationToken) : null;
        var view = reveal?.Round ?? presenter.Present(round, await answers.CountAnswersAsync(round.Id, cancellationToken), channel.TimeZone);
        if (answer is null)
        {
            return new MemberRoundView(view, [], reveal is null ? null : Text.Of("You did not answer this one."), null, reveal);
        }

        var chosen = Grader.ToLabels(round.ChoiceOrder, answer.Keys);
        var picked = Grader.DescribeChosen(question.Type, chosen);
        if (reveal is null)
        {
            return new MemberRoundView(view, chosen, Text.Of($"You answered {picked}. The answer is revealed at ", new TimePart(round.ClosesAt, view.Zone), "."), null, null);
        }

        var note = answer.Correct
            ? $"You chose {picked} · that is right, +{answer.Points} point{(answer.Points == 1 ? string.Empty : "s")}."
            : $"You chose {picked} · the answer is {Grader.DescribeChosen(question.Type, reveal.CorrectLabels)}.";
        return new MemberRoundView(view, chosen, Text.Of(note), answer.Correct, reveal);
    }
}
