namespace StudyBot.Engine.Boards;

/// <summary>
/// Streaks over a channel's daily rounds: consecutive rounds answered before their reveal. Days without a round
/// (weekends, pauses) are not rounds, so they never break a streak; a round still open and unanswered does not either.
/// </summary>
public static class StreakCalculator
{
    /// <param name="roundsNewestFirst">The channel's daily rounds, newest first.</param>
    /// <param name="answeredRoundIds">The rounds the member answered.</param>
    public static (int Current, int Longest) Compute(IReadOnlyList<Round> roundsNewestFirst, IReadOnlySet<long> answeredRoundIds, DateTimeOffset now) =>
        Compute(roundsNewestFirst, answeredRoundIds, now, out _);

    /// <param name="roundsNewestFirst">The channel's daily rounds, newest first.</param>
    /// <param name="answeredRoundIds">The rounds the member answered.</param>
    /// <param name="now">When the streak is computed: a round still open and unanswered is left out.</param>
    /// <param name="currentReachesOldest">
    /// True when nothing broke the current streak down to the oldest round given: older rounds may lengthen it.
    /// </param>
    public static (int Current, int Longest) Compute(IReadOnlyList<Round> roundsNewestFirst, IReadOnlySet<long> answeredRoundIds, DateTimeOffset now, out bool currentReachesOldest)
    {
        var current = 0;
        var counting = true;
        var run = 0;
        var longest = 0;
        foreach (var round in roundsNewestFirst)
        {
            var answered = answeredRoundIds.Contains(round.Id);
            if (!answered && !round.IsClosedAt(now))
            {
                continue;
            }

            if (answered)
            {
                run++;
                longest = Math.Max(longest, run);
                if (counting)
                {
                    current++;
                }
            }
            else
            {
                run = 0;
                counting = false;
            }
        }

        currentReachesOldest = counting;
        return (current, longest);
    }
}
