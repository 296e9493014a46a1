using System.Diagnostics;

namespace StudyBot.Bench.Clicks;

/// <summary>
/// Where a click's time goes in the store: the calls one recorded daily answer makes, one after another on an idle host,
/// each timed alone (wall and process CPU per call), on the warm-up round so the measured round keeps exactly N answers.
/// </summary>
internal static class StoreBreakdown
{
    public static async Task<IReadOnlyList<(string Call, double WallUs, double CpuUs)>> MeasureAsync(
        IRoundStore rounds, IMemberStore members, IAnswerStore answers, IChannelStore channels, Round round, long firstUserId, int count, CancellationToken cancellationToken)
    {
        var wall = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var cpu = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var process = Process.GetCurrentProcess();
        async Task<T> TimeAsync<T>(string name, Func<Task<T>> call)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            var result = await call();
            wall[name] = wall.GetValueOrDefault(name) + Stopwatch.GetElapsedTime(start);
            process.Refresh();
            cpu[name] = cpu.GetValueOrDefault(name) + (process.TotalProcessorTime - cpuStart);
            return result;
        }

        for (var i = 0; i < count; i++)
        {
            var userId = (firstUserId + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await TimeAsync("FindRoundAsync", () => rounds.FindRoundAsync(round.Id, cancellationToken));
            var member = await TimeAsync("EnsureMemberAsync (new)", () => members.EnsureMemberAsync(Platform.Discord, userId, "member", cancellationToken));
            await TimeAsync("FindAnswerAsync", () => answers.FindAnswerAsync(round.Id, member.Id, cancellationToken));
            await TimeAsync("TryAddAnswerAsync", () => answers.TryAddAnswerAsync(new Answer
            {
                RoundId = round.Id,
                MemberId = member.Id,
                Kind = round.Kind,
                ChannelId = round.ChannelId,
                CommunityId = round.CommunityId,
                QuestionId = round.QuestionId,
                Keys = ["a"],
                Correct = false,
                Points = 0,
                AnsweredAt = round.OpensAt,
            }, cancellationToken));
            await TimeAsync("FindChannelAsync", () => channels.FindChannelAsync(round.ChannelId ?? 0, cancellationToken));
        }

        return [.. wall.Keys.Select(k => (k, wall[k].TotalMicroseconds / count, cpu[k].TotalMicroseconds / count))];
    }
}
