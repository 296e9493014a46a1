using System.Text.Json.Nodes;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Services;

namespace StudyBot.BotFramework.Handlers;

/// <summary><c>quiz</c>: a personal quiz; started in a channel, it moves to a personal chat where Teams allows one.</summary>
internal sealed class QuizCommandHandler(QuizService quizzes, QuestionBank bank, TeamsTurnContext turns, TeamsResponder responder) : ITextCommandHandler
{
    public string Command => "quiz";

    public async Task HandleAsync(Activity activity, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var (card, error) = await StartAsync(activity, args, cancellationToken);
        if (card is null)
        {
            await responder.ReplyTextAsync(activity, error ?? "The quiz could not start.", cancellationToken);
            return;
        }

        if (activity.IsPersonal())
        {
            await responder.ReplyCardAsync(activity, card, cancellationToken);
            return;
        }

        if (await responder.SendPersonalAsync(activity, TeamsResponder.CardActivity(card), cancellationToken))
        {
            await responder.ReplyTextAsync(activity, $"{activity.From?.Name ?? "You"}: I sent your quiz to our personal chat.", cancellationToken);
        }
        else
        {
            await responder.ReplyCardAsync(activity, card, cancellationToken);
        }
    }

    /// <summary>Starts the quiz and renders its first question, or says why it could not start.</summary>
    public async Task<(JsonObject? Card, string? Error)> StartAsync(Activity activity, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var parsed = QuizArguments.Parse(args, bank.Exams);
        if (parsed.Error is not null)
        {
            return (null, parsed.Error);
        }

        var channel = await turns.ChannelAsync(activity, cancellationToken);
        var start = await quizzes.StartAsync(
            new QuizRequest(TeamsTurnContext.Member(activity), channel.Id, channel.CommunityId, parsed.Exam, parsed.Domain, parsed.Count), cancellationToken);
        return start.First is null ? (null, start.Error) : (TeamsCards.Question(start.First), null);
    }
}
