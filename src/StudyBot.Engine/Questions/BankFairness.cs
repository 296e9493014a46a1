using System.Globalization;
using System.Text.RegularExpressions;

namespace StudyBot.Engine.Questions;

/// <summary>
/// Whether a candidate could score by picking the longest choice or the one that repeats the prompt, measured over the
/// bank. Shared by <c>questions lint</c> (which fails on a too-long key or a figure over its limit), <c>questions stats</c>
/// and the tests. <see cref="KeyOnlyEcho"/> lists every question where only the key repeats a distinctive prompt word;
/// <see cref="KeyOnlyEchoOnActiveExam"/> is the part of it tagged for an active exam, which fails the lint (a question
/// for a retired exam only stays a warning).
/// </summary>
public sealed partial record BankFairness(
    FairnessFigure SingleKeyLongest,
    IReadOnlyList<FairnessFigure> SingleKeyLongestByExam,
    FairnessFigure MultipleKeysAllLonger,
    IReadOnlyList<LintError> KeyTooLong,
    IReadOnlyList<LintError> KeyOnlyEcho,
    IReadOnlyList<LintError> KeyOnlyEchoOnActiveExam)
{
    /// <summary>No key may be longer than this many times the longest distractor.</summary>
    public const double MaxKeyToDistractorRatio = 1.5;

    public const int SingleBankLimitPercent = 30;
    public const int SingleExamLimitPercent = 35;
    public const int MultipleLimitPercent = 15;

    /// <summary>Words too common in prompts and choices to give the key away, even at four letters or more.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "about", "after", "also", "amazon", "based", "before", "best", "both", "could", "does", "each",
        "every", "from", "have", "into", "least", "less", "more", "most", "must", "need", "needs", "only", "other", "over", "same",
        "should", "some", "such", "team", "than", "that", "their", "them", "then", "there", "these", "they", "this", "those",
        "through", "under", "uses", "using", "want", "wants", "what", "when", "where", "which", "while", "will", "with", "without",
        "would", "your", "company",
    };

    /// <summary>The figures whose limit is exceeded; the lint fails while any is.</summary>
    public IReadOnlyList<FairnessFigure> Exceeded =>
        SingleKeyLongestByExam.Prepend(SingleKeyLongest).Append(MultipleKeysAllLonger).Where(f => f.Exceeded).ToList();

    public static BankFairness Measure(QuestionBank bank)
    {
        var singles = bank.All.Where(q => q.Type == QuestionType.Single).ToList();
        var echoes = bank.All.Select(q => (Question: q, Words: EchoWords(q)))
            .Where(x => x.Words.Count > 0)
            .Select(x => (
                Active: bank.Exams.Active.Any(exam => x.Question.IsTaggedFor(exam.Code)),
                Error: new LintError(x.Question.File, x.Question.Id, "choices",
                    $"only the key repeats the prompt's {string.Join(", ", x.Words.Select(w => $"'{w}'"))}; let a distractor use it too, or word the key differently")))
            .ToList();
        var multiples = bank.All.Where(q => q.Type == QuestionType.Multiple).ToList();
        var byExam = bank.Exams.Active.Select(exam =>
        {
            var tagged = singles.Where(q => q.IsTaggedFor(exam.Code)).ToList();
            return new FairnessFigure($"single, {exam.Code}: key strictly longest", tagged.Count(KeyIsStrictlyLongest), tagged.Count, SingleExamLimitPercent);
        }).ToList();

        return new BankFairness(
            new FairnessFigure("single, whole bank: key strictly longest", singles.Count(KeyIsStrictlyLongest), singles.Count, SingleBankLimitPercent),
            byExam,
            new FairnessFigure("multiple: every key longer than every distractor", multiples.Count(KeysAllLonger), multiples.Count, MultipleLimitPercent),
            bank.All.Where(q => KeyRatio(q) > MaxKeyToDistractorRatio)
                .Select(q => new LintError(q.File, q.Id, "choices",
                    string.Create(CultureInfo.InvariantCulture, $"a key is {KeyRatio(q):0.00}x as long as the longest distractor; at most {MaxKeyToDistractorRatio}x")))
                .ToList(),
            echoes.Select(x => x.Error).ToList(),
            echoes.Where(x => x.Active).Select(x => x.Error).ToList());
    }

    /// <summary>Single: the key is longer than every distractor.</summary>
    public static bool KeyIsStrictlyLongest(Question question)
    {
        var (keys, distractors) = Split(question);
        return question.Type == QuestionType.Single && distractors.Count > 0 && keys[0].Length > distractors.Max(d => d.Length);
    }

    /// <summary>Multiple: the shortest key is longer than the longest distractor.</summary>
    public static bool KeysAllLonger(Question question)
    {
        var (keys, distractors) = Split(question);
        return question.Type == QuestionType.Multiple && distractors.Count > 0 && keys.Min(k => k.Length) > distractors.Max(d => d.Length);
    }

    /// <summary>Single and multiple: the longest key's length over the longest distractor's; 0 for other types.</summary>
    public static double KeyRatio(Question question)
    {
        if (question.Type is not (QuestionType.Single or QuestionType.Multiple))
        {
            return 0;
        }

        var (keys, distractors) = Split(question);
        return distractors.Count == 0 ? 0 : (double)keys.Max(k => k.Length) / Math.Max(1, distractors.Max(d => d.Length));
    }

    /// <summary>
    /// Single and multiple: the distinctive prompt words (four letters or more, not a stop word) that a key repeats and
    /// no distractor does.
    /// </summary>
    public static IReadOnlyList<string> EchoWords(Question question)
    {
        if (question.Type is not (QuestionType.Single or QuestionType.Multiple))
        {
            return [];
        }

        var prompt = DistinctiveWords(PickInstruction().Replace(question.Prompt, " "));
        var (keys, distractors) = Split(question);
        var inKeys = keys.SelectMany(DistinctiveWords).Where(prompt.Contains).ToHashSet(StringComparer.Ordinal);
        var inDistractors = distractors.SelectMany(DistinctiveWords).ToHashSet(StringComparer.Ordinal);
        return inKeys.Where(w => !inDistractors.Contains(w)).Order(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlySet<string> DistinctiveWords(string text) =>
        WordPattern().Matches(text.ToLowerInvariant())
            .Select(m => m.Value.Trim('-'))
            .Where(w => w.Count(char.IsLetter) >= 4 && !StopWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);

    private static (List<string> Keys, List<string> Distractors) Split(Question question) =>
        (question.Answer.Select(k => question.Choices[k]).ToList(),
         question.Choices.Where(c => !question.Answer.Contains(c.Key)).Select(c => c.Value).ToList());

    /// <summary>The "(Choose two.)" every multiple-response prompt ends with: an instruction, not a word of the scenario.</summary>
    [GeneratedRegex(@"\(\s*(?:choose|select|pick)\s+\w+\s*\.?\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PickInstruction();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-]*")]
    private static partial Regex WordPattern();
}
