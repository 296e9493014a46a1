namespace StudyBot.Engine.Boards;

/// <summary>
/// A board asked for in a personal chat: the whole team's board of the team the member last answered a daily question in
/// (a personal chat has no board of its own). Only the member sees it; members hidden from boards are not on it.
/// </summary>
public sealed class PersonalBoardService(IAnswerStore answers, IChannelStore channels, LeaderboardService boards, TimeProvider time)
{
    /// <summary>How far back a member's daily answers say which team they study with.</summary>
    public static readonly TimeSpan TeamHorizon = TimeSpan.FromDays(90);

    /// <summary>The board, or null when the member answered no team's daily question lately.</summary>
    public async Task<LeaderboardView?> GetAsync(ActorContext context, BoardPeriod period, CancellationToken cancellationToken)
    {
        var latest = (await answers.ListMemberAnswersAsync(context.Member.Id, time.GetUtcNow() - TeamHorizon, cancellationToken))
            .Where(a => a.Kind == RoundKind.Daily && a.ChannelId is not null)
            .MaxBy(a => a.AnsweredAt);
        if (latest is null || await channels.FindChannelAsync(latest.ChannelId!.Value, cancellationToken) is not { Platform: var platform } channel
            || platform != context.Actor.Platform)
        {
            return null;
        }

        return await boards.GetAsync(new LeaderboardRequest(channel, context.Member.HiddenFromBoards ? null : context.Member.Id, period, BoardScope.Community), cancellationToken);
    }
}
