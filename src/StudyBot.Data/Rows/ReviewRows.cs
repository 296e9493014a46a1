namespace StudyBot.Data.Rows;

/// <summary>The stored shape of a member's review card (the engine's <see cref="DeckCard"/>); one per member and question.</summary>
public sealed class ReviewCardRow
{
    public long MemberId { get; set; }
    public string QuestionId { get; set; } = "";
    public int State { get; set; }
    public double Stability { get; set; }
    public double Difficulty { get; set; }
    public DateTimeOffset Due { get; set; }
    public DateTimeOffset? LastReview { get; set; }
    public int ScheduledDays { get; set; }
    public int Reps { get; set; }
    public int Lapses { get; set; }

    public static ReviewCardRow From(DeckCard card) => new()
    {
        MemberId = card.MemberId,
        QuestionId = card.QuestionId,
        State = (int)card.Memory.State,
        Stability = card.Memory.Stability,
        Difficulty = card.Memory.Difficulty,
        Due = card.Memory.Due,
        LastReview = card.Memory.LastReview,
        ScheduledDays = card.Memory.ScheduledDays,
        Reps = card.Memory.Reps,
        Lapses = card.Memory.Lapses,
    };

    public DeckCard ToCard() => new(MemberId, QuestionId, new ReviewCard((ReviewCardState)State, Stability, Difficulty, Due, LastReview, ScheduledDays, Reps, Lapses));
}

/// <summary>One review as stored: kept for good, so a schedule can be recomputed or exported.</summary>
public sealed class ReviewLogRow
{
    public long Id { get; set; }
    public long MemberId { get; set; }
    public string QuestionId { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public int Rating { get; set; }
    public int ElapsedDays { get; set; }
    public int Source { get; set; }
    public long? AnswerId { get; set; }

    public static ReviewLogRow From(ReviewEvent review) => new()
    {
        MemberId = review.MemberId,
        QuestionId = review.QuestionId,
        At = review.At,
        Rating = (int)review.Rating,
        ElapsedDays = review.ElapsedDays,
        Source = (int)review.Source,
        AnswerId = review.AnswerId,
    };

    public ReviewEvent ToEvent() => new(MemberId, QuestionId, At, (ReviewRating)Rating, ElapsedDays, (ReviewSource)Source, AnswerId);
}

/// <summary>How far the review sync has gone through the answers, in id order (one row).</summary>
public sealed class ReviewSyncRow
{
    public const int Only = 1;

    public int Id { get; set; } = Only;
    public long LastAnswerId { get; set; }
}

/// <summary>A member's review settings as stored; a member without a row has the defaults.</summary>
public sealed class ReviewSettingsRow
{
    public long MemberId { get; set; }
    public double Retention { get; set; }
    public DateOnly? ExamDate { get; set; }
    public string? ExamCode { get; set; }
    public TimeOnly? RemindAt { get; set; }
    public string? TimeZone { get; set; }
    public DateOnly? LastRemindedOn { get; set; }

    public static ReviewSettingsRow From(ReviewSettings settings) => new()
    {
        MemberId = settings.MemberId,
        Retention = settings.Retention,
        ExamDate = settings.ExamDate,
        ExamCode = settings.ExamCode,
        RemindAt = settings.RemindAt,
        TimeZone = settings.TimeZone,
        LastRemindedOn = settings.LastRemindedOn,
    };

    public ReviewSettings ToSettings() => new(MemberId, Retention, ExamDate, ExamCode, RemindAt, TimeZone, LastRemindedOn);
}

/// <summary>A question version as first seen: its key and choice keys, so a later bank can tell a key change.</summary>
public sealed class QuestionVersionRow
{
    public string Version { get; set; } = "";
    public string QuestionId { get; set; } = "";
    public string Answer { get; set; } = "";
    public string ChoiceKeys { get; set; } = "";
    public DateTimeOffset FirstSeenAt { get; set; }
}
