namespace StudyBot.Engine.Questions;

/// <summary>
/// Draws questions so that none repeats until the filtered bank is used up (least-used first), and, when an exam is
/// chosen without a domain, draws the domain by the exam guide's weights.
/// </summary>
public sealed class QuestionSelector(QuestionBank bank, IRandomSource random)
{
    public Question? PickOne(string? exam, int? domain, IReadOnlyDictionary<string, int> usage, IReadOnlySet<string>? excluded = null) =>
        PickMany(exam, domain, usage, 1, excluded).FirstOrDefault();

    /// <param name="excluded">Questions not to draw (voided, or with a fixed key, where they are asked: see <see cref="Flags.FlagService.ExcludedAsync"/>).</param>
    public IReadOnlyList<Question> PickMany(string? exam, int? domain, IReadOnlyDictionary<string, int> usage, int count, IReadOnlySet<string>? excluded = null)
    {
        var candidates = bank.Filter(exam, domain).Where(q => excluded?.Contains(q.Id) != true).ToList();
        var picked = new List<Question>(count);
        var uses = new Dictionary<string, int>(usage, StringComparer.Ordinal);
        var catalogExam = bank.Exams.Find(exam);
        while (picked.Count < count && picked.Count < candidates.Count)
        {
            var pool = candidates.Where(q => !picked.Contains(q)).ToList();
            var fewest = pool.Min(q => uses.GetValueOrDefault(q.Id));
            pool = pool.Where(q => uses.GetValueOrDefault(q.Id) == fewest).ToList();
            if (catalogExam is not null && domain is null)
            {
                pool = DrawDomain(catalogExam, pool);
            }

            var next = pool[random.Next(pool.Count)];
            picked.Add(next);
            uses[next.Id] = fewest + 1;
        }

        return picked;
    }

    private List<Question> DrawDomain(Exam exam, List<Question> pool)
    {
        var available = exam.Domains.Where(d => pool.Any(q => q.IsTaggedFor(exam.Code, d.Number))).ToList();
        var total = available.Sum(d => d.WeightPercent);
        var roll = random.Next(total);
        foreach (var d in available)
        {
            if (roll < d.WeightPercent)
            {
                return pool.Where(q => q.IsTaggedFor(exam.Code, d.Number)).ToList();
            }

            roll -= d.WeightPercent;
        }

        return pool;
    }
}
