namespace StudyBot.Bench.Boards;

internal sealed record SeedCommunity(long Id, string ExternalId, string Name, string TimeZone);

internal sealed record SeedChannel(long Id, long CommunityId, string ExternalId, string Name, string TimeZone);

internal sealed record SeedMember(long Id, string ExternalId, string DisplayName, int Community, bool Hidden);

internal sealed record SeedRound(long Id, long ChannelId, long CommunityId, string QuestionId, string ChoiceOrder, DateOnly LocalDate, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool Open);

internal readonly record struct SeedAnswer(int Round, int Member, string Choice, bool Correct, int Points, DateTimeOffset AnsweredAt);

/// <summary>
/// The data set, generated in memory from a seed: communities of uneven size (weight 1/√rank), 1–3 channels each with
/// a year of weekday rounds plus today's open round, members with uneven activity, and answers spread over members and
/// the past rounds of their community's channels. Ids are the insertion order, as the fresh database assigns them.
/// </summary>
internal sealed class SeedPlan
{
    private static readonly string[] Zones = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "America/Los_Angeles"];

    public List<SeedCommunity> Communities { get; } = [];
    public List<SeedChannel> Channels { get; } = [];
    public List<SeedMember> Members { get; } = [];
    public List<SeedRound> Rounds { get; } = [];
    public List<SeedAnswer> Answers { get; } = [];

    /// <summary>Channel indexes per community index.</summary>
    public List<List<int>> ChannelsOf { get; } = [];

    /// <summary>Index of today's open round per channel index.</summary>
    public List<int> OpenRoundOf { get; } = [];

    public static SeedPlan Create(BenchOptions o, QuestionBank bank, DateTimeOffset now)
    {
        var random = new Random(o.Seed);
        var plan = new SeedPlan();
        var questions = bank.All;
        for (var c = 0; c < o.Communities; c++)
        {
            var zone = Zones[c % Zones.Length];
            plan.Communities.Add(new SeedCommunity(c + 1, $"bench-guild-{c + 1}", $"Study group {c + 1}", zone));
            var channels = new List<int>();
            var count = 1 + random.Next(3);
            for (var k = 0; k < count; k++)
            {
                var index = plan.Channels.Count;
                channels.Add(index);
                plan.Channels.Add(new SeedChannel(index + 1, c + 1, $"bench-channel-{index + 1}", $"study-{k + 1}", zone));
            }

            plan.ChannelsOf.Add(channels);
        }

        // A year of weekday rounds per channel, oldest first, then today's round, open now.
        var roundsOf = new List<List<int>>();
        foreach (var channel in plan.Channels)
        {
            var today = LocalTime.LocalDate(now, channel.TimeZone);
            var list = new List<int>();
            for (var date = today.AddDays(-365); date < today; date = date.AddDays(1))
            {
                if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }

                var opens = LocalTime.ToInstant(date, 9 * 60, channel.TimeZone);
                list.Add(plan.AddRound(channel, questions[random.Next(questions.Count)], date, opens, opens.AddMinutes(480), open: false, random));
            }

            roundsOf.Add(list);
            plan.OpenRoundOf.Add(plan.AddRound(channel, questions[random.Next(questions.Count)], today, now.AddHours(-1), now.AddHours(6), open: true, random));
        }

        var communityWeights = Enumerable.Range(1, o.Communities).Select(r => 1 / Math.Sqrt(r)).ToArray();
        var communityPick = new WeightedPick(communityWeights);
        for (var m = 0; m < o.Members; m++)
        {
            plan.Members.Add(new SeedMember(m + 1, $"bench-user-{m + 1}", $"Learner {m + 1}", communityPick.Next(random), random.Next(50) == 0));
        }

        // Activity is exponential: a few members answer a lot, many answer a little.
        var memberPick = new WeightedPick(plan.Members.Select(_ => -Math.Log(1 - random.NextDouble())).ToArray());
        var taken = new HashSet<(int, int)>();
        var attempts = 0L;
        while (plan.Answers.Count < o.Answers && attempts++ < 20L * o.Answers + 1000)
        {
            var m = memberPick.Next(random);
            var channels = plan.ChannelsOf[plan.Members[m].Community];
            var rounds = roundsOf[channels[random.Next(channels.Count)]];
            var r = rounds[random.Next(rounds.Count)];
            if (!taken.Add((r, m)))
            {
                continue;
            }

            var round = plan.Rounds[r];
            var question = bank.Get(round.QuestionId);
            var keys = random.NextDouble() < 0.65 ? null : WrongKeys(question, random);
            var correct = keys is null;
            keys ??= [.. question.Answer];
            var at = round.OpensAt.AddSeconds(random.Next((int)(round.ClosesAt - round.OpensAt).TotalSeconds));
            plan.Answers.Add(new SeedAnswer(r, m, string.Join(',', keys), correct, correct ? question.Points : 0, at));
        }

        plan.Answers.Sort((a, b) => a.AnsweredAt.CompareTo(b.AnsweredAt));
        return plan;
    }

    private int AddRound(SeedChannel channel, Question question, DateOnly date, DateTimeOffset opens, DateTimeOffset closes, bool open, Random random)
    {
        var keys = question.Choices.Keys.Order(StringComparer.Ordinal).ToArray();
        random.Shuffle(keys);
        Rounds.Add(new SeedRound(Rounds.Count + 1, channel.Id, channel.CommunityId, question.Id, string.Concat(keys), date, opens, closes, open));
        return Rounds.Count - 1;
    }

    private static List<string>? WrongKeys(Question question, Random random)
    {
        var keys = question.Choices.Keys.Order(StringComparer.Ordinal).ToArray();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            random.Shuffle(keys);
            var picked = keys.Take(question.Type == QuestionType.Ordering ? keys.Length : question.PickCount).ToList();
            if (!Grader.IsCorrect(question, picked))
            {
                return picked;
            }
        }

        return null;
    }
}
