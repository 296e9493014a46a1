namespace StudyBot.Engine.Questions;

/// <summary>
/// Warns where a question names a service that was renamed, retired or closed to new customers and its shown text
/// (prompt, choices, items) does not say so, e.g. by framing it for an existing customer or naming the successor.
/// </summary>
public static class ServiceStatusCheck
{
    public static IReadOnlyList<LintError> Warnings(QuestionBank bank) =>
        bank.All.SelectMany(q => Warnings(q, bank.ServiceStatuses)).ToList();

    public static IEnumerable<LintError> Warnings(Question question, IReadOnlyList<ServiceStatus> statuses)
    {
        var named = string.Join("\n", question.Services.Prepend(question.Prompt));
        var shown = string.Join("\n", question.Choices.Values.Concat(question.Items.Values).Prepend(question.Prompt));
        foreach (var status in statuses.Where(s => s.IsNamedIn(named) && !s.IsStatusMentionedIn(shown)))
        {
            var successor = status.Successor is null ? string.Empty : $", or use {status.Successor}";
            yield return new LintError(question.File, question.Id, "prompt",
                $"names {status.Name} ({status.ChangeText}) without saying so; frame it for an existing customer{successor}");
        }
    }
}
