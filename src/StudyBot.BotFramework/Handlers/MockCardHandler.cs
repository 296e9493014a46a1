using System.Globalization;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Handlers;

/// <summary>A click on a mock exam's card: the step goes to the engine and the card is replaced by what it shows.</summary>
internal sealed class MockCardHandler(MockService mocks)
{
    public async Task<CardActionResult> HandleAsync(Activity activity, CardData data, CancellationToken cancellationToken)
    {
        if (data.Id(MockCards.AttemptField) is not { } attemptId || data.Id(MockCards.PositionField) is not { } position || position > int.MaxValue)
        {
            return new CardActionResult(null, "That button came without its mock exam.", true);
        }

        var at = (int)position;
        MockStep? step = data.Text(MockCards.StepField) switch
        {
            "answer" => CardActionHandler.Labels(data) is { } labels ? new MockStep(attemptId, at, MockAction.Answer, labels) : null,
            "previous" => new MockStep(attemptId, at, MockAction.Previous),
            "next" => new MockStep(attemptId, at, MockAction.Next),
            "flag" => new MockStep(attemptId, at, MockAction.Flag),
            "goto" => new MockStep(attemptId, at, MockAction.GoTo, Target: data.Id(MockCards.TargetInput) is { } target and <= int.MaxValue ? (int)target : 0),
            "submit" => new MockStep(attemptId, at, MockAction.Submit),
            "show" => new MockStep(attemptId, at, MockAction.Show),
            _ => null,
        };
        if (step is null)
        {
            return new CardActionResult(null, "That is not one of the card's choices; pick one on the card.", true);
        }

        var result = await mocks.StepAsync(TeamsActors.From(activity), step, cancellationToken);
        var page = data.Id(MockCards.PageField) is { } p and <= 1000 ? (int)p : 0;
        return result switch
        {
            MockQuestionResult q => new CardActionResult(MockCards.Question(q.Question), null, true),
            MockReportResult r => new CardActionResult(MockCards.Report(r.Report, page), null, true),
            NoticeResult n => new CardActionResult(null, TeamsResults.NoticeText(n.Notice), true),
            _ => new CardActionResult(null, "That button is not one I know.", true),
        };
    }
}
