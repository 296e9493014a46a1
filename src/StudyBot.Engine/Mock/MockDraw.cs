namespace StudyBot.Engine.Mock;

/// <summary>
/// Draws an attempt's questions like the real exam's form: each domain gets its share of the questions by the guide's
/// weights (largest remainder, so the shares add up to the count), within a domain the questions the member has not seen
/// in recent mocks and has answered least come first, and the whole set is shuffled.
/// </summary>
public sealed class MockDraw(IRandomSource random)
{
    /// <summary>The questions each domain gets: weight × count, rounded so the total is exactly <paramref name="count"/>.</summary>
    public static IReadOnlyDictionary<int, int> Quotas(Exam exam, int count)
    {
        var totalWeight = exam.Domains.Sum(d => d.WeightPercent);
        var exact = exam.Domains.Select(d => (d.Number, Share: totalWeight == 0 ? 0 : (double)count * d.WeightPercent / totalWeight)).ToList();
        var quotas = exact.ToDictionary(e => e.Number, e => (int)Math.Floor(e.Share));
        var left = count - quotas.Values.Sum();
        foreach (var (number, _) in exact.OrderByDescending(e => e.Share - Math.Floor(e.Share)).ThenBy(e => e.Number).Take(left))
        {
            quotas[number]++;
        }

        return quotas;
    }

    /// <summary>
    /// Up to <paramref name="count"/> of <paramref name="candidates"/> (questions of the exam of types the mock asks), each
    /// with its domain. A domain short of questions leaves its places to the others, least used first.
    /// </summary>
    public IReadOnlyList<(Question Question, int Domain)> Draw(Exam exam, IReadOnlyList<Question> candidates, int count,
        IReadOnlyDictionary<string, int> usage, IReadOnlySet<string> recent)
    {
        var ranked = Shuffle(candidates)
            .OrderBy(q => recent.Contains(q.Id) ? 1 : 0)
            .ThenBy(q => usage.GetValueOrDefault(q.Id))
            .ToList();
        var picked = new List<(Question Question, int Domain)>(count);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (domain, quota) in Quotas(exam, count))
        {
            foreach (var question in ranked.Where(q => q.IsTaggedFor(exam.Code, domain) && !taken.Contains(q.Id)).Take(quota))
            {
                picked.Add((question, domain));
                taken.Add(question.Id);
            }
        }

        foreach (var question in ranked.Where(q => !taken.Contains(q.Id)).Take(count - picked.Count))
        {
            picked.Add((question, DomainOf(exam, question)));
            taken.Add(question.Id);
        }

        return Shuffle(picked);
    }

    /// <summary>The question's domain in the exam (its first tag for it).</summary>
    public static int DomainOf(Exam exam, Question question) =>
        question.Exams.First(t => string.Equals(t.Exam, exam.Code, StringComparison.OrdinalIgnoreCase)).Domain;

    private List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
