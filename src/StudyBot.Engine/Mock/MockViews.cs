namespace StudyBot.Engine.Mock;

/// <summary>
/// One question of an attempt in progress as the member sees it: no feedback, the answer so far, the flag, where the other
/// questions stand and the deadline. <see cref="Lead"/> says what just happened (resumed, an answer refused).
/// </summary>
public sealed record MockQuestionView(
    long AttemptId,
    string Exam,
    int Position,
    int Count,
    string QuestionId,
    QuestionType Type,
    string Prompt,
    IReadOnlyList<ChoiceView> Choices,
    int PickCount,
    IReadOnlyList<string> Chosen,
    bool Flagged,
    int AnsweredCount,
    IReadOnlyList<int> FlaggedPositions,
    IReadOnlyList<int> UnansweredPositions,
    DateTimeOffset DeadlineAt,
    string Zone,
    Text? Lead)
{
    public bool IsFirst => Position == 1;

    public bool IsLast => Position == Count;

    /// <summary>"Time left: in 42 minutes (ends 10:30)" as prose each platform writes its own way.</summary>
    public Text Clock => Text.Of("Time left: ", new TimePart(DeadlineAt, Zone, TimeStyle.Relative), " (ends ", new TimePart(DeadlineAt, Zone), ")");
}

/// <summary>
/// An ended attempt's report: the score and its estimate, pass or fail, each domain against its weight, time and every miss.
/// <see cref="JustEnded"/> is true only for the step that ended it (an adapter sends the chart once).
/// </summary>
public sealed record MockResultView(
    long AttemptId,
    string Exam,
    string ExamName,
    int Correct,
    int Total,
    int ScaledScore,
    int PassMark,
    bool Passed,
    Text HowEstimated,
    IReadOnlyList<DomainStatView> Domains,
    TimeSpan TimeUsed,
    TimeSpan TimeLimit,
    bool TimedOut,
    IReadOnlyList<MissedQuestionView> Missed,
    byte[]? ChartPng,
    Text? Lead,
    CommandRef Again,
    bool JustEnded);

/// <summary>A member's ended attempts, newest first, and how the estimate moves.</summary>
public sealed record MockHistoryView(IReadOnlyList<MockHistoryRow> Attempts, Text Trend);

public sealed record MockHistoryRow(long AttemptId, string Exam, DateTimeOffset FinishedAt, string Zone, int Correct, int Total, int ScaledScore, int PassMark, bool Passed, bool TimedOut);

/// <summary>A mock question to show (starting, resuming or after a step).</summary>
public sealed record MockQuestionResult(MockQuestionView Question) : CommandResult(Audience.Private);

/// <summary>An ended attempt's report.</summary>
public sealed record MockReportResult(MockResultView Report) : CommandResult(Audience.Private);

/// <summary><c>mock history</c>.</summary>
public sealed record MockHistoryResult(MockHistoryView History) : CommandResult(Audience.Private);
