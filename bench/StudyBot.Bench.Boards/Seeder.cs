using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using StudyBot.Data.Providers;

namespace StudyBot.Bench.Boards;

/// <summary>Writes a <see cref="SeedPlan"/> into a freshly migrated database.</summary>
internal static class Seeder
{
    private const int Discord = 1;
    private const int Daily = 1;

    public static async Task<TimeSpan> SeedAsync(IBulkWriter writer, StudyBotDbContextFactory factory, SeedPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var created = now.AddYears(-1).AddDays(-7);
        await writer.WriteAsync("communities", ["Platform", "ExternalId", "Name", "TimeZone", "CreatedAt", "Admins"],
            plan.Communities.Select(c => new object?[] { Discord, c.ExternalId, c.Name, c.TimeZone, created, string.Empty }), cancellationToken);
        await writer.WriteAsync("members", ["Platform", "ExternalId", "DisplayName", "HiddenFromBoards", "CreatedAt"],
            plan.Members.Select(m => new object?[] { Discord, m.ExternalId, m.DisplayName, m.Hidden, created }), cancellationToken);
        await writer.WriteAsync("channels",
            ["CommunityId", "Platform", "ExternalId", "Name", "Active", "DailyEnabled", "Paused", "PostMinuteOfDay", "TimeZone", "Days", "Exam",
             "RevealAfterMinutes", "IncludeQuizOnBoard", "ConversationReference", "ScheduleVersion", "CreatedAt"],
            plan.Channels.Select(c => new object?[] { c.CommunityId, Discord, c.ExternalId, c.Name, true, true, false, 9 * 60, c.TimeZone, "mon,tue,wed,thu,fri", null, 480, false, null, 1, created }),
            cancellationToken);
        await writer.WriteAsync("rounds",
            ["Kind", "ChannelId", "CommunityId", "QuizId", "Sequence", "QuestionId", "ChoiceOrder", "LocalDate", "OpensAt", "ClosesAt", "ClosedAt", "MessageRef", "RevealedAt"],
            plan.Rounds.Select(r => new object?[]
            {
                Daily, r.ChannelId, r.CommunityId, null, null, r.QuestionId, r.ChoiceOrder, r.LocalDate, r.OpensAt, r.ClosesAt,
                r.Open ? null : r.ClosesAt, $"msg-{r.Id}", r.Open ? null : r.ClosesAt,
            }),
            cancellationToken);

        // Loading 10^6 rows into an indexed table is several times slower than indexing afterwards; the recreated
        // indexes are the migration's own statements.
        var indexes = await writer.DropIndexesAsync("answers", cancellationToken);
        await writer.WriteAsync("answers", ["RoundId", "MemberId", "Kind", "ChannelId", "CommunityId", "QuestionId", "Choice", "Correct", "Points", "AnsweredAt"],
            plan.Answers.Select(a =>
            {
                var round = plan.Rounds[a.Round];
                return new object?[] { round.Id, plan.Members[a.Member].Id, Daily, round.ChannelId, round.CommunityId, round.QuestionId, a.Choice, a.Correct, a.Points, a.AnsweredAt };
            }),
            cancellationToken);
        foreach (var sql in indexes)
        {
            await writer.ExecuteAsync(sql, cancellationToken);
        }

        await using var db = factory.CreateDbContext();
        Check("communities", plan.Communities.Count, await db.Communities.MaxAsync(c => (long?)c.Id, cancellationToken));
        Check("channels", plan.Channels.Count, await db.Channels.MaxAsync(c => (long?)c.Id, cancellationToken));
        Check("members", plan.Members.Count, await db.Members.MaxAsync(m => (long?)m.Id, cancellationToken));
        Check("rounds", plan.Rounds.Count, await db.Rounds.MaxAsync(r => (long?)r.Id, cancellationToken));
        Check("answers", plan.Answers.Count, await db.Answers.CountAsync(cancellationToken));
        return clock.Elapsed;
    }

    private static void Check(string table, long expected, long? actual)
    {
        if ((actual ?? 0) != expected)
        {
            throw new InvalidOperationException($"Seeding {table}: expected ids up to {expected}, found {actual}; the database was not empty.");
        }
    }
}
