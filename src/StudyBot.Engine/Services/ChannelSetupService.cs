using System.Globalization;
using Microsoft.Extensions.Logging;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Views;

namespace StudyBot.Engine.Services;

/// <summary>Channels and their daily-question settings. Only admins change settings; adapters say who is one.</summary>
public sealed class ChannelSetupService(
    IStudyStore store,
    IChannelScheduler scheduler,
    QuestionBank bank,
    ILogger<ChannelSetupService> logger)
{
    public const int MinRevealMinutes = 5;
    public const int MaxRevealMinutes = 23 * 60;

    /// <summary>The refusal a member without admin rights gets, in the words of their platform.</summary>
    public static string AdminsOnlyFor(Platform platform) => platform == Platform.Teams
        ? "Only the StudyBot admins of this team can change the daily question: the member who installed StudyBot, and those they added with: setup admins add @member."
        : "Only members with the Manage Server permission can change the daily question.";

    /// <summary>Finds or creates the community and channel an event came from; a removed channel comes back active.</summary>
    public async Task<Channel> RegisterAsync(Platform platform, string communityId, string communityName, string channelId, string channelName, CancellationToken cancellationToken)
    {
        var community = await store.GetOrCreateCommunityAsync(platform, communityId, communityName, cancellationToken);
        var channel = await store.GetOrCreateChannelAsync(community.Id, platform, channelId, channelName, cancellationToken);
        if (!channel.Active)
        {
            channel.Active = true;
            await store.UpdateChannelAsync(channel, cancellationToken);
            await scheduler.ApplyAsync(channel, cancellationToken);
        }

        return channel;
    }

    public async Task<NoticeView> ConfigureDailyAsync(Channel channel, bool isAdmin, DailySettings settings, CancellationToken cancellationToken)
    {
        if (!isAdmin)
        {
            return new NoticeView(false, AdminsOnlyFor(channel.Platform));
        }

        if (!TimeOnly.TryParseExact(settings.Time?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var postTime))
        {
            return new NoticeView(false, $"'{settings.Time}' is not a time of day; use HH:MM, e.g. 09:00.");
        }

        if (!LocalTime.TryFindZone(settings.TimeZone, out _) || !settings.TimeZone.Contains('/', StringComparison.Ordinal) && settings.TimeZone.Trim() != "UTC")
        {
            return new NoticeView(false, $"'{settings.TimeZone}' is not an IANA time zone; use one like Europe/Berlin or America/New_York.");
        }

        var days = DailySchedule.NormalizeDays(settings.Days);
        if (days is null)
        {
            return new NoticeView(false, $"'{settings.Days}' is not a list of weekdays; use e.g. mon,tue,wed,thu,fri.");
        }

        string? exam = null;
        if (!string.IsNullOrWhiteSpace(settings.Exam) && !string.Equals(settings.Exam.Trim(), "all", StringComparison.OrdinalIgnoreCase))
        {
            exam = bank.Exams.Find(settings.Exam)?.Code;
            if (exam is null)
            {
                return new NoticeView(false, $"'{settings.Exam}' is not an exam I know; use {bank.Exams.Describe()} or all.");
            }
        }

        var reveal = settings.RevealAfterMinutes ?? Channel.DefaultRevealAfterMinutes;
        if (reveal is < MinRevealMinutes or > MaxRevealMinutes)
        {
            return new NoticeView(false, $"reveal_after_minutes {reveal} is out of range; use {MinRevealMinutes} to {MaxRevealMinutes}.");
        }

        channel.DailyEnabled = true;
        channel.Paused = false;
        channel.PostMinuteOfDay = postTime.Hour * 60 + postTime.Minute;
        channel.TimeZone = settings.TimeZone.Trim();
        channel.Days = days;
        channel.Exam = exam;
        channel.RevealAfterMinutes = reveal;
        channel.ScheduleVersion++;
        await store.UpdateChannelAsync(channel, cancellationToken);

        var community = await store.FindCommunityAsync(channel.CommunityId, cancellationToken);
        if (community is not null && community.TimeZone == "UTC" && channel.TimeZone != "UTC")
        {
            // The first schedule tells us where the team is; weekly boards follow that zone.
            community.TimeZone = channel.TimeZone;
            await store.UpdateCommunityAsync(community, cancellationToken);
        }

        await scheduler.ApplyAsync(channel, cancellationToken);
        logger.LogInformation("Channel {ChannelId} daily question set to {Time} {Zone} on {Days}, exam {Exam}, reveal after {Reveal} min",
            channel.Id, DailySchedule.FormatTime(channel.PostMinuteOfDay), channel.TimeZone, channel.Days, channel.Exam ?? "all", channel.RevealAfterMinutes);
        return new NoticeView(true, Describe(channel));
    }

    public async Task<NoticeView> PauseAsync(Channel channel, bool isAdmin, CancellationToken cancellationToken) =>
        await SetPausedAsync(channel, isAdmin, true, cancellationToken);

    public async Task<NoticeView> ResumeAsync(Channel channel, bool isAdmin, CancellationToken cancellationToken) =>
        await SetPausedAsync(channel, isAdmin, false, cancellationToken);

    public async Task<NoticeView> PostNowAsync(Channel channel, bool isAdmin, CancellationToken cancellationToken)
    {
        if (!isAdmin)
        {
            return new NoticeView(false, AdminsOnlyFor(channel.Platform));
        }

        await scheduler.PostNowAsync(channel, cancellationToken);
        return new NoticeView(true, "Posting today's question now.");
    }

    /// <summary>The bot was removed from the channel: it stays on record (scores keep) but gets no more posts.</summary>
    public async Task DeactivateAsync(Channel channel, CancellationToken cancellationToken)
    {
        channel.Active = false;
        channel.ScheduleVersion++;
        await store.UpdateChannelAsync(channel, cancellationToken);
        await scheduler.ApplyAsync(channel, cancellationToken);
    }

    /// <summary>The bot was removed from a whole community (a Teams team): every channel of it stops getting posts.</summary>
    public async Task DeactivateCommunityAsync(long communityId, CancellationToken cancellationToken)
    {
        foreach (var channel in await store.ListCommunityChannelsAsync(communityId, cancellationToken))
        {
            if (channel.Active)
            {
                await DeactivateAsync(channel, cancellationToken);
            }
        }
    }

    /// <summary>Records a community admin (Teams: the member who installed the bot).</summary>
    public async Task AddAdminAsync(long communityId, string externalUserId, CancellationToken cancellationToken)
    {
        var community = await store.FindCommunityAsync(communityId, cancellationToken);
        if (community is null || community.IsAdmin(externalUserId))
        {
            return;
        }

        community.Admins = community.Admins.Length == 0 ? externalUserId : $"{community.Admins},{externalUserId}";
        await store.UpdateCommunityAsync(community, cancellationToken);
        logger.LogInformation("Community {CommunityId} has a new admin", communityId);
    }

    /// <summary>An admin makes another member an admin (<c>setup admins add @member</c>).</summary>
    public async Task<NoticeView> GrantAdminAsync(Channel channel, bool isAdmin, string externalUserId, string displayName, CancellationToken cancellationToken)
    {
        if (!isAdmin)
        {
            return new NoticeView(false, AdminsOnlyFor(channel.Platform));
        }

        await AddAdminAsync(channel.CommunityId, externalUserId, cancellationToken);
        return new NoticeView(true, $"{displayName} can now set up the daily question.");
    }

    public async Task<bool> IsCommunityAdminAsync(long communityId, string externalUserId, CancellationToken cancellationToken) =>
        await store.FindCommunityAsync(communityId, cancellationToken) is { } community && community.IsAdmin(externalUserId);

    public static string Describe(Channel channel)
    {
        if (!channel.DailyEnabled)
        {
            return channel.Platform == Platform.Teams
                ? "The daily question is not set up here yet. An admin can type: setup daily 09:00 Europe/Berlin"
                : "The daily question is not set up here yet. An admin can run /setup daily time:09:00 timezone:Europe/Berlin.";
        }

        var state = channel.Paused ? " (paused)" : string.Empty;
        return $"Daily question{state}: {DailySchedule.FormatTime(channel.PostMinuteOfDay)} {channel.TimeZone} on {channel.Days}, " +
               $"exam {channel.Exam ?? "all"}, answer revealed {channel.RevealAfterMinutes} minutes after posting.";
    }

    private async Task<NoticeView> SetPausedAsync(Channel channel, bool isAdmin, bool paused, CancellationToken cancellationToken)
    {
        if (!isAdmin)
        {
            return new NoticeView(false, AdminsOnlyFor(channel.Platform));
        }

        if (!channel.DailyEnabled)
        {
            return new NoticeView(false, Describe(channel));
        }

        channel.Paused = paused;
        channel.ScheduleVersion++;
        await store.UpdateChannelAsync(channel, cancellationToken);
        await scheduler.ApplyAsync(channel, cancellationToken);
        return new NoticeView(true, paused ? $"Daily question paused. {(channel.Platform == Platform.Teams ? "setup resume" : "/setup resume")} brings it back." : "Daily question resumed. " + Describe(channel));
    }
}
