using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Daily;

/// <summary>A channel's question of the day: opened once per local date, published, revealed at close.</summary>
public sealed class DailyRoundService(
    IRoundStore rounds,
    IAnswerStore answerStore,
    IChannelStore channels,
    QuestionBank bank,
    QuestionSelector selector,
    RoundPresenter presenter,
    LeaderboardService leaderboards,
    IEnumerable<IChannelPublisher> publishers,
    IRandomSource random,
    TimeProvider time,
    ILogger<DailyRoundService> logger,
    FlagService flags)
{
    /// <summary>Opens the channel's round for a local date, or returns the one already open for it.</summary>
    public async Task<(Round Round, bool Created)?> OpenAsync(Channel channel, DateOnly localDate, CancellationToken cancellationToken)
    {
        var existing = await rounds.FindDailyRoundAsync(channel.Id, localDate, cancellationToken);
        if (existing is not null)
        {
            return (existing, false);
        }

        var usage = await rounds.GetChannelQuestionUsageAsync(channel.Id, cancellationToken);
        var question = selector.PickOne(channel.Exam, null, usage, await flags.ExcludedAsync(channel.CommunityId, cancellationToken));
        if (question is null)
        {
            logger.LogWarning("Channel {ChannelId} has no question for exam filter {Exam}", channel.Id, channel.Exam ?? "(all)");
            return null;
        }

        var now = time.GetUtcNow();
        return await rounds.AddRoundOrGetExistingAsync(new Round
        {
            Kind = RoundKind.Daily,
            ChannelId = channel.Id,
            CommunityId = channel.CommunityId,
            LocalDate = localDate,
            QuestionId = question.Id,
            ChoiceOrder = Grader.Shuffle(question, random),
            QuestionVersion = QuestionVersions.Of(question),
            OpensAt = now,
            ClosesAt = now.AddMinutes(channel.RevealAfterMinutes),
        }, cancellationToken);
    }

    /// <summary>Opens (once) and publishes (once) the channel's question for a local date; today when null.</summary>
    public async Task<Round?> PostAsync(long channelId, DateOnly? localDate, CancellationToken cancellationToken) =>
        (await PublishAsync(channelId, localDate, cancellationToken)).Round;

    /// <summary>
    /// Opens (once) and publishes (once) the channel's question for a local date (today when null), and says what became
    /// of it. A refusal by the platform is an outcome, not an exception: the round stays open and unpublished for a retry.
    /// A failure after the platform took the post (recording its message) still throws, as a retry would post it twice.
    /// </summary>
    public async Task<DailyPostOutcome> PublishAsync(long channelId, DateOnly? localDate, CancellationToken cancellationToken)
    {
        var channel = await channels.FindChannelAsync(channelId, cancellationToken);
        if (channel is null || !channel.Active)
        {
            logger.LogInformation("Skipping the daily post of channel {ChannelId}: it is gone or inactive", channelId);
            return new DailyPostOutcome(DailyPostStatus.ChannelInactive);
        }

        var date = localDate ?? LocalTime.LocalDate(time.GetUtcNow(), channel.TimeZone);
        var opened = await OpenAsync(channel, date, cancellationToken);
        if (opened is not { } o)
        {
            return new DailyPostOutcome(DailyPostStatus.NoQuestion);
        }

        var round = o.Round;
        if (round.MessageRef is not null)
        {
            return new DailyPostOutcome(DailyPostStatus.AlreadyPosted, round);
        }

        var publisher = PublisherFor(channel);
        if (publisher is null)
        {
            logger.LogWarning("No {Platform} adapter is configured; round {RoundId} of channel {ChannelId} stays unpublished", channel.Platform, round.Id, channel.Id);
            return new DailyPostOutcome(DailyPostStatus.NoPublisher, round);
        }

        var count = await answerStore.CountAnswersAsync(round.Id, cancellationToken);
        string messageRef;
        try
        {
            messageRef = await publisher.PublishRoundAsync(channel, presenter.Present(round, count, channel.TimeZone), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "{Platform} refused round {RoundId} of channel {ChannelId} for {Date}", channel.Platform, round.Id, channel.Id, date);
            return new DailyPostOutcome(DailyPostStatus.Failed, round);
        }

        StudyBotMetrics.DailyPostPublished(channel.Platform);
        await rounds.SetMessageRefAsync(round.Id, messageRef, cancellationToken);
        round = round with { MessageRef = messageRef };
        logger.LogInformation("Posted round {RoundId} ({QuestionId}) in channel {ChannelId} for {Date}", round.Id, round.QuestionId, channel.Id, date);
        return new DailyPostOutcome(DailyPostStatus.Posted, round);
    }

    /// <summary>Refreshes the posted round's answer count.</summary>
    public async Task RefreshCountAsync(long roundId, CancellationToken cancellationToken)
    {
        var round = await rounds.FindRoundAsync(roundId, cancellationToken);
        if (round is not { Kind: RoundKind.Daily, MessageRef: { } messageRef, ChannelId: { } channelId })
        {
            return;
        }

        if (round.IsClosedAt(time.GetUtcNow()))
        {
            // A closed round takes no answers, and its message is the close's to edit (with the answer): a late count
            // refresh must not put the question back without it.
            return;
        }

        var channel = await channels.FindChannelAsync(channelId, cancellationToken);
        if (channel is null || PublisherFor(channel) is not { } publisher)
        {
            return;
        }

        var count = await answerStore.CountAnswersAsync(round.Id, cancellationToken);
        await publisher.UpdateRoundAsync(channel, messageRef, presenter.Present(round, count, channel.TimeZone), cancellationToken);
    }

    /// <summary>Closes the round and posts its reveal once; returns what was (or would have been) posted.</summary>
    public async Task<RevealView?> RevealAsync(long roundId, CancellationToken cancellationToken)
    {
        var round = await rounds.FindRoundAsync(roundId, cancellationToken);
        if (round is not { Kind: RoundKind.Daily, ChannelId: { } channelId })
        {
            return null;
        }

        var channel = await channels.FindChannelAsync(channelId, cancellationToken);
        if (channel is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (round.ClosedAt is null)
        {
            var closedAt = now < round.ClosesAt ? now : round.ClosesAt;
            await rounds.CloseRoundAsync(round.Id, closedAt, cancellationToken);
            round = await rounds.FindRoundAsync(round.Id, cancellationToken) ?? round with { ClosedAt = closedAt };
        }

        var reveal = await BuildRevealAsync(round, channel, cancellationToken);
        if (round.RevealedAt is null && channel.Active && PublisherFor(channel) is { } publisher)
        {
            if (round.MessageRef is { } messageRef)
            {
                // The question's own message is closed too, on every platform: no inputs left, the answer shown. A failure
                // here must not hold back the reveal.
                try
                {
                    await publisher.CloseRoundAsync(channel, messageRef, reveal, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Closing the question message of round {RoundId} in channel {ChannelId} failed", round.Id, channel.Id);
                }
            }

            await publisher.PublishRevealAsync(channel, reveal, cancellationToken);
            var revealedAt = time.GetUtcNow();
            StudyBotMetrics.Revealed(channel.Platform, revealedAt - round.ClosesAt);
            await rounds.MarkRevealedAsync(round.Id, revealedAt, cancellationToken);
            logger.LogInformation("Revealed round {RoundId} in channel {ChannelId}: {Count} answers", round.Id, channel.Id, reveal.AnswerCount);
        }

        return reveal;
    }

    /// <summary>The reveal of a round: key, explanation, counts per choice, who was right (names only), week's top three.</summary>
    public async Task<RevealView> BuildRevealAsync(Round round, Channel channel, CancellationToken cancellationToken)
    {
        var question = bank.Get(round.QuestionId);
        var answers = await answerStore.ListRoundAnswersAsync(round.Id, cancellationToken);
        var correctLabels = Grader.CorrectLabels(question, round.ChoiceOrder);
        var view = presenter.Present(round, answers.Count, channel.TimeZone);
        IReadOnlyList<ChoiceTallyView> tallies;
        if (question.Type is QuestionType.Ordering or QuestionType.Matching)
        {
            var right = answers.Count(a => a.Answer.Correct);
            tallies = question.Type == QuestionType.Ordering
                ? [new("✓", "the exact order", right, true), new("✗", "another order", answers.Count - right, false)]
                : [new("✓", "every item matched", right, true), new("✗", "another matching", answers.Count - right, false)];
        }
        else
        {
            tallies = view.Choices.Select(c =>
            {
                var key = Grader.ToKeys(round.ChoiceOrder, [c.Label])[0];
                var count = answers.Count(a => a.Answer.Keys.Contains(key));
                return new ChoiceTallyView(c.Label, c.Text, count, correctLabels.Contains(c.Label));
            }).ToList();
        }

        // Members hidden from boards are never named to others; they still count in the tallies.
        var names = answers.Where(a => a.Answer.Correct && MemberPrivacy.NamedToOthers(a.Member))
            .OrderBy(a => a.Answer.AnsweredAt)
            .Select(a => a.Member.DisplayName)
            .ToList();
        var board = await leaderboards.GetAsync(new LeaderboardRequest(channel, null, BoardPeriod.Week, BoardScope.Channel, 3), cancellationToken);
        return new RevealView(view, correctLabels, Grader.DescribeCorrect(question, round.ChoiceOrder), question.Explanation, tallies, names, answers.Count, board.Rows, round.MessageRef);
    }

    /// <summary>The channel's latest daily round for <c>/daily</c>: open (question) or closed (reveal); null if none yet.</summary>
    public async Task<(RoundView? Open, RevealView? Closed)> GetLatestAsync(Channel channel, CancellationToken cancellationToken)
    {
        var round = await rounds.FindLatestDailyRoundAsync(channel.Id, cancellationToken);
        if (round is null)
        {
            return (null, null);
        }

        if (!round.IsClosedAt(time.GetUtcNow()))
        {
            var count = await answerStore.CountAnswersAsync(round.Id, cancellationToken);
            return (presenter.Present(round, count, channel.TimeZone), null);
        }

        return (null, await BuildRevealAsync(round, channel, cancellationToken));
    }

    private IChannelPublisher? PublisherFor(Channel channel) => publishers.FirstOrDefault(p => p.Platform == channel.Platform);
}
