namespace StudyBot.Engine.Answers;

/// <summary>
/// The question a click is for, as the member sees it, for an adapter that shows it again while an answer is built or after
/// a refused submit: a quiz item, or a daily round with its answer count and the channel's zone. Reads only.
/// </summary>
public sealed class RoundViewService(
    AnswerService answers,
    QuizService quizzes,
    IAnswerStore answerStore,
    IChannelStore channels,
    QuestionBank bank,
    RoundPresenter presenter)
{
    /// <summary>Null when there is no such round (or its question left the bank).</summary>
    public async Task<RoundView?> FindAsync(long roundId, CancellationToken cancellationToken)
    {
        var round = await answers.FindRoundAsync(roundId, cancellationToken);
        if (round is null || bank.Find(round.QuestionId) is null)
        {
            return null;
        }

        if (round.Kind == RoundKind.Quiz)
        {
            return await quizzes.ItemAsync(roundId, cancellationToken);
        }

        var count = await answerStore.CountAnswersAsync(round.Id, cancellationToken);
        var zone = round.ChannelId is { } channelId && await channels.FindChannelAsync(channelId, cancellationToken) is { } channel ? channel.TimeZone : null;
        return presenter.Present(round, count, zone);
    }
}
