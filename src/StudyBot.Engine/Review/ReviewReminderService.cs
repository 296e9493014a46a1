using Microsoft.Extensions.Logging;

namespace StudyBot.Engine.Review;

/// <summary>
/// The opt-in daily reminder: "N reviews due" in a private message at the member's local time, at most once a day (claimed
/// in the store first), and not on a day nothing is due. The reminder job calls <see cref="SendDueAsync"/> every minute.
/// </summary>
public sealed class ReviewReminderService(
    IReviewStore store,
    ReviewService reviews,
    IMemberStore members,
    IEnumerable<IMemberNotifier> notifiers,
    TimeProvider time,
    ILogger<ReviewReminderService> logger)
{
    /// <summary>Turns the reminder on at a local time (in the given zone, else the one already set, else the place's), or off.</summary>
    public async Task<Notice> SetAsync(ActorContext context, TimeOnly? at, string? zone, bool off, CancellationToken cancellationToken)
    {
        var settings = await store.GetSettingsAsync(context.Member.Id, cancellationToken);
        if (off)
        {
            await store.SaveSettingsAsync(settings with { RemindAt = null }, cancellationToken);
            return Notice.Done("Review reminders are off.");
        }

        if (at is not { } time)
        {
            return Notice.Invalid("Give a time of day for the reminder, for example ", CommandRef.Sub(CommandNames.Review, CommandNames.ReviewRemind, (CommandNames.Time, "08:00")), ", or turn it off with ",
                CommandRef.Sub(CommandNames.Review, CommandNames.ReviewRemind, (CommandNames.State, "off")), ".");
        }

        if (notifiers.All(n => n.Platform != context.Actor.Platform))
        {
            return Notice.Invalid("Reminders cannot reach you here yet: on this platform I cannot send you a private message.");
        }

        var timeZone = zone ?? settings.TimeZone ?? context.TimeZone;
        await store.SaveSettingsAsync(settings with { RemindAt = time, TimeZone = timeZone }, cancellationToken);
        return Notice.Done($"Each day at {time:HH\\:mm} ({timeZone}) I will send you a private message when reviews are due; none on a day nothing is.");
    }

    /// <summary>Sends each reminder whose local time has come today and that was not sent today; how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var settings in await store.ListRemindersAsync(cancellationToken))
        {
            var zone = settings.TimeZone ?? "UTC";
            var today = LocalTime.LocalDate(now, zone);
            if (settings.RemindAt is not { } at || settings.LastRemindedOn >= today
                || LocalTime.ToInstant(today, (at.Hour * 60) + at.Minute, zone) > now)
            {
                continue;
            }

            await reviews.SyncAsync(settings.MemberId, cancellationToken);
            var startOfToday = LocalTime.ToInstant(today, 0, zone);
            var due = await store.CountDueAsync(settings.MemberId, now, startOfToday, cancellationToken);
            if (due.Due == 0 || await members.FindMemberAsync(settings.MemberId, cancellationToken) is not { } member)
            {
                continue;
            }

            var notifier = notifiers.FirstOrDefault(n => n.Platform == member.Platform);
            if (notifier is null || !await store.TryClaimReminderAsync(member.Id, today, cancellationToken))
            {
                continue;
            }

            var text = Text.Of(due.Due == 1 ? "1 review is due" : $"{due.Due} reviews are due", due.Overdue > 0 ? $" ({due.Overdue} overdue)" : string.Empty,
                ". Start with ", CommandRef.Of(CommandNames.Review), "; turn these off with ", CommandRef.Sub(CommandNames.Review, CommandNames.ReviewRemind, (CommandNames.State, "off")), ".");
            if (await notifier.NotifyAsync(member, text, cancellationToken))
            {
                sent++;
            }
            else
            {
                logger.LogWarning("The review reminder of member {MemberId} could not be delivered on {Platform}", member.Id, member.Platform);
            }
        }

        return sent;
    }
}
