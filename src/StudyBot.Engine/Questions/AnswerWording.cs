namespace StudyBot.Engine.Questions;

/// <summary>
/// The correct answer in words alone, for places where a round's shuffled labels no longer mean anything (a quiz
/// summary): "Amazon Polly", "Classification; Regression", "Prepare data → Train → Deploy".
/// </summary>
public static class AnswerWording
{
    public static string CorrectTexts(Question question)
    {
        if (question.Type == QuestionType.Matching)
        {
            return string.Join("; ", question.Items.Keys.Zip(question.Answer,
                (item, key) => $"{question.Items[item]} → {question.Choices.GetValueOrDefault(key, key)}"));
        }

        var texts = question.Answer.Select(key => question.Choices.GetValueOrDefault(key, key));
        return string.Join(question.Type == QuestionType.Ordering ? " → " : "; ", texts);
    }
}
