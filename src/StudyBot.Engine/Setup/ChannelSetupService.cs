using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Setup;

/// <summary>Channels and their daily-question settings. Only admins change settings; the engine decides who is one.</summary>
public sealed class ChannelSetupService(
    IChannelStore channels,
    IChannelScheduler scheduler,
    ActorResolver actors,
    AnswerService answers,
    QuestionBank bank,
    ILogger<ChannelSetupService> logger)
{
    public const int MinRevealMinutes = 5;
    public const int MaxRevealMinutes = 23 * 60;
    public const int DefaultRevealMinutes = 480;

    public static Notice AdminsOnly { get; } = new(NoticeKind.AdminsOnly, Text.Of("Only admins can change the daily question."));

    /// <summary><c>setup daily</c>: schedules (or reschedules) the channel's daily question.</summary>
    public async Task<Notice> ConfigureDailyAsync(ActorContext context, CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (Refuse(context) is { } refusal)
        {
            return refusal;
        }

        var channel = context.Channel!;
        string? exam = null;
        if (invocation.Exam() is { } code)
        {
            exam = bank.Exams.Find(code)?.Code;
            if (exam is null)
            {
                return Vocabulary.UnknownExam(code, bank.Exams);
            }
        }

        var time = invocation.Time(CommandNames.Time)!.Value;
        var zone = invocation.String(CommandNames.TimeZone)!;
        var schedule = new ChannelSchedule(
            DailyEnabled: true,
            Paused: false,
            PostMinuteOfDay: time.Hour * 60 + time.Minute,
            TimeZone: zone,
            Days: invocation.Days(CommandNames.Days) ?? Weekdays.MondayToFriday,
            Exam: exam,
            RevealAfterMinutes: invocation.Integer(CommandNames.RevealAfter) ?? DefaultRevealMinutes);
        var saved = await SaveAsync(channel, schedule, cancellationToken);
        if (saved is null)
        {
            return Conflict;
        }

        if (context.Community is { TimeZone: "UTC" } community && saved.TimeZone != "UTC")
        {
            // The first schedule tells us where the team is; weekly boards follow that zone.
            await channels.SetCommunityTimeZoneAsync(community.Id, saved.TimeZone, cancellationToken);
        }

        logger.LogInformation("Channel {ChannelId} daily question set to {Time} {Zone} on {Days}, exam {Exam}, reveal after {Reveal} min",
            saved.Id, DailySchedule.FormatTime(saved.PostMinuteOfDay), saved.TimeZone, Vocabulary.Word(saved.Days), saved.Exam ?? "all", saved.RevealAfterMinutes);
        return new Notice(NoticeKind.Done, Describe(saved));
    }

    public Task<Notice> PauseAsync(ActorContext context, CancellationToken cancellationToken) => SetPausedAsync(context, true, cancellationToken);

    public Task<Notice> ResumeAsync(ActorContext context, CancellationToken cancellationToken) => SetPausedAsync(context, false, cancellationToken);

    public async Task<Notice> PostNowAsync(ActorContext context, CancellationToken cancellationToken)
    {
        if (Refuse(context) is { } refusal)
        {
            return refusal;
        }

        var channel = context.Channel!;
        return PostNowNotice(await scheduler.PostNowAsync(channel, cancellationToken), channel);
    }

    /// <summary>What an admin's post-now did, in the channel's own time for a retry.</summary>
    public static Notice PostNowNotice(DailyPostOutcome outcome, Channel channel) => outcome.Status switch
    {
        DailyPostStatus.Posted => Notice.Done("Today's question is posted."),
        DailyPostStatus.AlreadyPosted => Notice.Info("Today's question is already posted here; it is not posted twice."),
        DailyPostStatus.Queued => Notice.Done("Today's question is on its way: it is posted as soon as the scheduler gets to it."),
        DailyPostStatus.Failed when outcome.RetryAt is { } retryAt => new Notice(NoticeKind.Failed, Text.Of(
            $"Today's question was not posted: {channel.Platform} refused it. StudyBot tries again at ", new TimePart(retryAt, channel.TimeZone),
            " and keeps trying, with longer waits, until the reveal time.")),
        DailyPostStatus.Failed => new Notice(NoticeKind.Failed, Text.Of(
            $"Today's question was not posted: {channel.Platform} refused it, and the reveal time is too close to try again.")),
        DailyPostStatus.NoPublisher => new Notice(NoticeKind.Failed, Text.Of($"Today's question was not posted: this StudyBot has no {channel.Platform} connection set up.")),
        DailyPostStatus.NoQuestion => Notice.Invalid($"No question fits this channel's exam ({channel.Exam ?? "all exams"}); nothing was posted."),
        DailyPostStatus.ChannelInactive => NoChannel,
        _ => Notice.Info("Nothing was posted."),
    };

    /// <summary><c>setup status</c>: the channel's settings, for anyone.</summary>
    public Notice Status(ActorContext context) => context.Channel is { } channel && context.PlaceKind == PlaceKind.Channel
        ? Notice.Info(Describe(channel))
        : NoChannel;

    /// <summary>The bot was removed from the channel: it stays on record (scores keep) but gets no more posts.</summary>
    public async Task DeactivateAsync(Channel channel, CancellationToken cancellationToken)
    {
        if (await channels.SetActiveAsync(channel.Id, false, cancellationToken) is { } saved)
        {
            await scheduler.ApplyAsync(saved, cancellationToken);
        }
    }

    /// <summary>The bot was removed from a channel, known by its platform id; nothing happens for one never seen.</summary>
    public async Task DeactivateAsync(Platform platform, string channelExternalId, CancellationToken cancellationToken)
    {
        if (await channels.FindChannelAsync(platform, channelExternalId, cancellationToken) is { Active: true } channel)
        {
            await DeactivateAsync(channel, cancellationToken);
        }
    }

    /// <summary>The bot was removed from a whole community (a Teams team): every channel of it stops getting posts.</summary>
    public async Task DeactivateCommunityAsync(Platform platform, string communityExternalId, CancellationToken cancellationToken)
    {
        if (await channels.FindCommunityAsync(platform, communityExternalId, cancellationToken) is not { } community)
        {
            return;
        }

        foreach (var channel in await channels.ListCommunityChannelsAsync(community.Id, cancellationToken))
        {
            if (channel.Active)
            {
                await DeactivateAsync(channel, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The bot was installed where <paramref name="installer"/> is: registers the channel (and its conversation reference)
    /// and makes an installer who is no guest an admin of the community. <see cref="Installation.FirstTime"/> is false when
    /// the channel was already active and reachable, so a platform that announces one install twice is welcomed once.
    /// Null when the place has no channel.
    /// </summary>
    public async Task<Installation?> InstalledAsync(Actor installer, CancellationToken cancellationToken)
    {
        if (installer.Place.ChannelExternalId is not { Length: > 0 } channelId)
        {
            return null;
        }

        var known = await channels.FindChannelAsync(installer.Platform, channelId, cancellationToken);
        var (channel, _) = await actors.PlaceAsync(installer.Platform, installer.Place, cancellationToken);
        if (channel is null)
        {
            return null;
        }

        if (!installer.Guest && installer.UserId.Length > 0)
        {
            await AddAdminAsync(channel.CommunityId, installer.UserId, cancellationToken);
        }

        return new Installation(channel, FirstTime: known is not { Active: true, ConversationReference: not null }, installer.Place.Kind);
    }

    /// <summary>Records a community admin (Teams: the member who installed the bot).</summary>
    public async Task AddAdminAsync(long communityId, string externalUserId, CancellationToken cancellationToken)
    {
        if (await channels.AddCommunityAdminAsync(communityId, externalUserId, cancellationToken))
        {
            logger.LogInformation("Community {CommunityId} has a new admin", communityId);
        }
    }

    /// <summary>An admin makes other members admins (<c>setup admins add @member</c>).</summary>
    public async Task<Notice> GrantAdminAsync(ActorContext context, IReadOnlyList<MemberMention> granted, CancellationToken cancellationToken)
    {
        if (Refuse(context) is { } refusal)
        {
            return refusal;
        }

        if (granted.Count == 0)
        {
            return Notice.Invalid("Mention the member to make an admin: ", CommandRef.Sub(CommandNames.Setup, CommandNames.SetupAdmins, (CommandNames.Action, "add")), " @member.");
        }

        foreach (var member in granted)
        {
            await AddAdminAsync(context.Community!.Id, member.UserId, cancellationToken);
        }

        return Notice.Done($"{Vocabulary.Join(granted.Select(g => g.DisplayName).ToList())} can now set up the daily question.");
    }

    /// <summary>"Weekdays at 09:00 Europe/Berlin, all exams, answer revealed after 8 hours."</summary>
    public static Text Describe(Channel channel)
    {
        if (!channel.DailyEnabled)
        {
            return NotSetUp;
        }

        var exam = channel.Exam is null ? "all exams" : channel.Exam;
        var state = channel.Paused ? "Paused. When resumed: " : string.Empty;
        return Text.Of($"{state}{Vocabulary.Describe(channel.Days)} at {DailySchedule.FormatTime(channel.PostMinuteOfDay)} {channel.TimeZone}, {exam}, " +
                       $"answer revealed after {Vocabulary.DescribeMinutes(channel.RevealAfterMinutes)}.");
    }

    public static Text NotSetUp { get; } = Text.Of("The daily question is not set up here yet. An admin can run ",
        CommandRef.Sub(CommandNames.Setup, CommandNames.SetupDaily, (CommandNames.Time, "09:00"), (CommandNames.TimeZone, "Europe/Berlin")), ".");

    private static readonly Notice NoChannel = Notice.Invalid("The daily question belongs to a channel: run this in the channel it should be posted in.");

    private static readonly Notice Conflict = Notice.Invalid("Another change to this channel's settings came first; look at them and try again.");

    private static Notice? Refuse(ActorContext context) =>
        context.Channel is null || context.PlaceKind != PlaceKind.Channel ? NoChannel : !context.MayAdminister ? AdminsOnly : null;

    private async Task<Channel?> SaveAsync(Channel channel, ChannelSchedule schedule, CancellationToken cancellationToken)
    {
        var saved = await channels.SaveScheduleAsync(channel.Id, schedule, channel.ScheduleVersion, cancellationToken);
        if (saved is not null)
        {
            answers.ForgetChannel(saved.Id);
            await scheduler.ApplyAsync(saved, cancellationToken);
        }

        return saved;
    }

    private async Task<Notice> SetPausedAsync(ActorContext context, bool paused, CancellationToken cancellationToken)
    {
        if (Refuse(context) is { } refusal)
        {
            return refusal;
        }

        var channel = context.Channel!;
        if (!channel.DailyEnabled)
        {
            return new Notice(NoticeKind.Invalid, NotSetUp);
        }

        var saved = await SaveAsync(channel, channel.Schedule with { Paused = paused }, cancellationToken);
        if (saved is null)
        {
            return Conflict;
        }

        return paused
            ? Notice.Done("Daily question paused. ", CommandRef.Sub(CommandNames.Setup, CommandNames.SetupResume), " brings it back.")
            : Notice.Done(Text.Of("Daily question resumed. ").Append(Describe(saved)));
    }
}
