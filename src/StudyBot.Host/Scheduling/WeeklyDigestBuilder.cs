using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Services;
using StudyBot.Engine.Views;

namespace StudyBot.Host.Scheduling;

/// <summary>
/// The week of a channel in one view: the board, who took part, the team's weakest domain of the channel's exam (or of
/// the exam answered most when the channel draws from all) with a quiz to practise it, and a chart of accuracy per domain.
/// </summary>
public sealed class WeeklyDigestBuilder(
    IStudyStore store,
    LeaderboardService leaderboards,
    StatsService stats,
    QuestionBank bank,
    TimeProvider time)
{
    public async Task<DigestView> BuildAsync(Channel channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var weekStart = LocalTime.WeekStart(now, channel.TimeZone);
        var board = await leaderboards.GetAsync(new LeaderboardRequest(channel, null, BoardPeriod.Week, BoardScope.Channel), cancellationToken);
        var answers = await store.ListScopeAnswersAsync(channel.Id, null, weekStart, cancellationToken);
        var rounds = await store.ListDailyRoundsAsync(channel.Id, 7, cancellationToken);

        var exam = bank.Exams.Find(channel.Exam) is { } chosen
            ? stats.ForExam(chosen, answers)
            : bank.Exams.Active.Select(e => stats.ForExam(e, answers)).Where(e => e.Answered > 0).OrderByDescending(e => e.Answered).FirstOrDefault();

        var weakest = exam?.Weakest;
        return new DigestView(
            board,
            answers.Select(a => a.MemberId).Distinct().Count(),
            answers.Count,
            rounds.Count(r => r.OpensAt >= weekStart && r.OpensAt <= now),
            exam?.Domains ?? [],
            exam?.Exam,
            weakest,
            weakest is null ? null : $"/quiz exam:{exam!.Exam} domain:{weakest.Domain}",
            exam is { Answered: > 0 } ? DigestChart.Render(exam) : null);
    }
}
