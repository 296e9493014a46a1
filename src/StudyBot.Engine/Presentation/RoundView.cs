namespace StudyBot.Engine.Presentation;

/// <summary>A question as a member sees it, with its choices in the round's shuffled order.</summary>
public sealed partial record RoundView(
    long RoundId,
    RoundKind Kind,
    string QuestionId,
    QuestionType Type,
    int Difficulty,
    string Prompt,
    IReadOnlyList<ChoiceView> Choices,
    int PickCount,
    string ExamLabel,
    DateTimeOffset ClosesAt,
    string Zone,
    int AnswerCount,
    int? QuizPosition,
    int? QuizCount,
    bool Closed);
