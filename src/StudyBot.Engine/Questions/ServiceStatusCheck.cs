namespace StudyBot.Engine.Questions;

/// <summary>
/// Warns where a question names a service that was renamed, retired or closed to new customers and its shown text
/// (prompt, choices, items) does not say so, e.g. by framing it for an existing customer or naming the successor. A
/// renamed service counts wherever its old name is shown, choices and items included.
/// </summary>
public static class ServiceStatusCheck
{
    public static IReadOnlyList<LintError> Warnings(QuestionBank bank) =>
        bank.All.SelectMany(q => Warnings(q, bank.ServiceStatuses)).ToList();

    public static IEnumerable<LintError> Warnings(Question question, IReadOnlyList<ServiceStatus> statuses)
    {
        var named = string.Join("\n", question.Services.Prepend(question.Prompt));
        var shown = string.Join("\n", question.Choices.Values.Concat(question.Items.Values).Prepend(question.Prompt));

        // A renamed service's old name is stale wherever it is shown, a distractor included; a closed or retired service
        // may appear as a wrong choice without the question being about it.
        bool Named(ServiceStatus s) => s.IsNamedIn(named) || (s.Change == ServiceChange.Renamed && s.IsNamedIn(shown));
        foreach (var status in statuses.Where(s => Named(s) && !s.IsStatusMentionedIn(shown)))
        {
            var successor = status.Successor is null ? string.Empty : $", or use {status.Successor}";
            yield return new LintError(question.File, question.Id, "prompt",
                $"names {status.Name} ({status.ChangeText}) without saying so; frame it for an existing customer{successor}");
        }
    }
}
