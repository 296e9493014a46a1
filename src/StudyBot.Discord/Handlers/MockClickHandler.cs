using System.Globalization;
using Microsoft.Extensions.Logging;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rendering;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Handlers;

/// <summary>
/// A click in a mock exam's message: the step goes to the engine and the same message is updated with what it shows. A
/// click answers inline, so an attempt longer than an interaction token lives goes on as long as the message is there; a
/// fresh <c>/mock start</c> resumes it otherwise. The report's chart follows once as a private follow-up.
/// </summary>
public sealed class MockClickHandler(MockService mocks, DiscordRestClient rest, BackgroundWork background, ILogger<MockClickHandler> logger) : IDiscordComponentHandler
{
    public string Kind => AnswerCustomId.Mock;

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, AnswerCustomId customId, CancellationToken cancellationToken)
    {
        var id = MockComponentId.TryRead(customId.Labels);
        var values = context.Interaction.Data?.Values ?? [];
        if (id is null)
        {
            return InteractionResponse.Ephemeral(DiscordInteractionDispatcher.UnknownComponent);
        }

        var attemptId = customId.RoundId;
        var step = id.Step switch
        {
            MockComponentId.Answer => new MockStep(attemptId, id.Position, MockAction.Answer, values.Count > 0 ? values : Letters(id.Rest)),
            MockComponentId.Flag => new MockStep(attemptId, id.Position, MockAction.Flag),
            MockComponentId.Next => new MockStep(attemptId, id.Position, MockAction.Next),
            MockComponentId.Previous => new MockStep(attemptId, id.Position, MockAction.Previous),
            MockComponentId.GoTo => new MockStep(attemptId, id.Position, MockAction.GoTo,
                Target: values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var target) ? target : 0),
            MockComponentId.Submit => new MockStep(attemptId, id.Position, MockAction.Submit),
            _ => new MockStep(attemptId, Math.Max(1, id.Position), MockAction.Show),
        };
        var result = await mocks.StepAsync(context.Actor, step, cancellationToken);

        if (id.Step == MockComponentId.Order && result is MockQuestionResult { Question: var shown } && shown.Type == QuestionType.Ordering)
        {
            var picked = Letters(id.Rest);
            var remaining = shown.Choices.Select(c => c.Label).Except(picked, StringComparer.Ordinal).ToList();
            if (remaining.Count > 1)
            {
                return Update(MockRendering.Question(shown, picked));
            }

            result = await mocks.StepAsync(context.Actor, new MockStep(attemptId, id.Position, MockAction.Answer, [.. picked, .. remaining]), cancellationToken);
        }

        switch (result)
        {
            case MockQuestionResult question:
                return Update(MockRendering.Question(question.Question));
            case MockReportResult { Report: var report }:
                if (report.JustEnded && report.ChartPng is { } png && context.Interaction.Token is { Length: > 0 } token)
                {
                    SendChart(token, report, png);
                }

                var page = id.Step == MockComponentId.ReportPage && int.TryParse(id.Rest, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
                return Update(MockRendering.Report(report, page));
            case NoticeResult notice:
                return InteractionResponse.Ephemeral(DiscordRenderer.Notice(notice.Notice));
            default:
                return InteractionResponse.Ephemeral(DiscordInteractionDispatcher.UnknownComponent);
        }
    }

    private static InteractionResponse Update(DiscordMessage message) => new(CallbackType.UpdateMessage, message);

    private static List<string> Letters(string labels) => [.. labels.Select(c => c.ToString())];

    private void SendChart(string token, MockResultView report, byte[] png) =>
        background.Run($"the chart of mock attempt {report.AttemptId}", async stopping =>
        {
            try
            {
                var message = new DiscordMessage { Content = $"{report.Exam} mock: % correct per domain (dashed line: the share the estimate needs to pass).", Flags = MessageFlags.Ephemeral };
                await rest.CreateFollowupAsync(token, message, new DiscordFile("mock-domains.png", "image/png", png), stopping);
            }
            catch (DiscordRestException ex)
            {
                logger.LogWarning("Sending the chart of mock attempt {AttemptId} failed: {Error}", report.AttemptId, ex.Message);
            }
        });
}
