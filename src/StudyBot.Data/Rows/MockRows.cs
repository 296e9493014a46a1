namespace StudyBot.Data.Rows;

/// <summary>
/// A mock attempt as stored (the engine's <see cref="MockAttempt"/>). <see cref="ActiveMemberId"/> holds the member's id
/// while the attempt is in progress and null once it ends: its unique index lets each member have one attempt in progress.
/// </summary>
public sealed class MockAttemptRow
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public long? ActiveMemberId { get; set; }
    public Platform Platform { get; set; }
    public string Exam { get; set; } = "";
    public string Zone { get; set; } = "";
    public int QuestionCount { get; set; }
    public int Position { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset DeadlineAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int? Finish { get; set; }
    public int? Correct { get; set; }
    public int? ScaledScore { get; set; }
    public bool? Passed { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public List<MockItemRow> Items { get; set; } = [];

    public static MockAttemptRow From(MockAttempt attempt, IEnumerable<MockItem> items) => new()
    {
        MemberId = attempt.MemberId,
        ActiveMemberId = attempt.IsOpen ? attempt.MemberId : null,
        Platform = attempt.Platform,
        Exam = attempt.Exam,
        Zone = attempt.Zone,
        QuestionCount = attempt.QuestionCount,
        Position = attempt.Position,
        StartedAt = attempt.StartedAt,
        DeadlineAt = attempt.DeadlineAt,
        FinishedAt = attempt.FinishedAt,
        Finish = (int?)attempt.Finish,
        Correct = attempt.Correct,
        ScaledScore = attempt.ScaledScore,
        Passed = attempt.Passed,
        ReviewedAt = attempt.ReviewedAt,
        Items = [.. items.Select(MockItemRow.From)],
    };

    public MockAttempt ToAttempt() => new()
    {
        Id = Id,
        MemberId = MemberId,
        Platform = Platform,
        Exam = Exam,
        Zone = Zone,
        QuestionCount = QuestionCount,
        Position = Position,
        StartedAt = StartedAt,
        DeadlineAt = DeadlineAt,
        FinishedAt = FinishedAt,
        Finish = (MockFinish?)Finish,
        Correct = Correct,
        ScaledScore = ScaledScore,
        Passed = Passed,
        ReviewedAt = ReviewedAt,
    };
}

/// <summary>One question of a mock attempt at its position; the answer's keys as <c>A,C</c> (empty while unanswered).</summary>
public sealed class MockItemRow
{
    public long AttemptId { get; set; }
    public int Position { get; set; }
    public string QuestionId { get; set; } = "";
    public int Domain { get; set; }
    public string ChoiceOrder { get; set; } = "";
    public string Keys { get; set; } = "";
    public bool Flagged { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    public static MockItemRow From(MockItem item) => new()
    {
        Position = item.Position,
        QuestionId = item.QuestionId,
        Domain = item.Domain,
        ChoiceOrder = item.ChoiceOrder,
        Keys = Configurations.ColumnFormats.Join(item.Keys),
        Flagged = item.Flagged,
        AnsweredAt = item.AnsweredAt,
    };

    public MockItem ToItem() => new()
    {
        AttemptId = AttemptId,
        Position = Position,
        QuestionId = QuestionId,
        Domain = Domain,
        ChoiceOrder = ChoiceOrder,
        Keys = Configurations.ColumnFormats.Split(Keys),
        Flagged = Flagged,
        AnsweredAt = AnsweredAt,
    };
}
