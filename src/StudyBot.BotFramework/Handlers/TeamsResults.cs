using System.Text.Json.Nodes;
using StudyBot.BotFramework.Activities;
using StudyBot.BotFramework.Cards;

namespace StudyBot.BotFramework.Handlers;

/// <summary>Delivers a command's result in Teams: private results to the member's personal chat when asked in a channel.</summary>
internal sealed class TeamsResults(TeamsResponder responder)
{
    /// <summary>The card (or text) a result renders as.</summary>
    public static (JsonObject? Card, string? Text) Render(CommandResult result) => result switch
    {
        NoticeResult n => (null, NoticeText(n.Notice)),
        QuizStartedResult q => (q.Intro is { } intro ? TeamsCards.IntroducedQuestion(q.First, TeamsText.Render(intro)) : TeamsCards.Question(q.First), null),
        DailyResult { Open: { } open } => (TeamsCards.Question(open), null),
        DailyResult { Closed: { } closed } => (FlagCards.WithReport(TeamsCards.Reveal(closed), closed.Round.RoundId), null),
        DailyResult d => (null, TeamsText.Render(d.None ?? Text.Empty)),
        BoardResult b => (TeamsCards.Leaderboard(b.Board), null),
        StatsResult s => (TeamsCards.Stats(s.Stats), null),
        HelpResult h => (TeamsHelpCard.Card(h.Help), null),
        ExamsResult e => (Exams(e), null),
        MockQuestionResult m => (MockCards.Question(m.Question), null),
        MockReportResult m => (MockCards.Report(m.Report), null),
        MockHistoryResult m => (MockCards.History(m.History), null),
        SetupFormResult f => (TeamsCards.Setup(f.Channel, f.Exams, f.Zone), null),
        DeckFileResult d => (null, TeamsText.Render(d.Summary)),
        FlagsResult f => (FlagCards.List(f), null),
        FlagDetailResult d => (FlagCards.Detail(d), null),
        _ => (null, "Done."),
    };

    public static string NoticeText(Notice notice) =>
        TeamsCards.Notice(notice)["body"]?[0]?["text"]?.GetValue<string>() ?? TeamsText.Render(notice.Text);

    /// <summary>Queues the result's reply in the activity's conversation; returns at once.</summary>
    public void Deliver(Activity activity, CommandResult result) =>
        responder.Later(activity, $"Replying with a {result.GetType().Name}", sending => DeliverAsync(activity, result, sending));

    /// <summary>Sends the result's reply now (from work that already runs after the inbound request).</summary>
    public async Task DeliverAsync(Activity activity, CommandResult result, CancellationToken cancellationToken)
    {
        var (card, text) = Render(result);
        var reply = result is DeckFileResult file
            ? TeamsFiles.Consent(file, file.Format)
            : card is not null ? TeamsResponder.CardActivity(card) : TeamsResponder.TextActivity(text!);
        if (result.Audience == Audience.Private && !activity.IsPersonal() && result is not NoticeResult)
        {
            // A private result never falls back to the channel: when the personal chat cannot be opened, the member is
            // told where to ask instead.
            var sent = await responder.SendPersonalAsync(activity, reply, cancellationToken);
            await responder.ReplyTextAsync(activity, $"{TeamsText.Escape(activity.From?.Name ?? "You")}: " + (sent
                ? "I sent it to our personal chat."
                : "that is only for you, and I could not open our personal chat. Open a chat with StudyBot and ask me there."), cancellationToken);
            return;
        }

        await responder.ReplyAsync(activity, reply, cancellationToken);
    }

    /// <summary><c>exams</c>: each exam's format, with what the bank holds for it.</summary>
    private static JsonObject Exams(ExamsResult result) => CardElements.Card(
    [
        CardElements.Text("Exams", weight: "Bolder", size: "Medium"),
        .. result.Exams.SelectMany(e => new JsonNode?[]
        {
            CardElements.Text($"**{e.Exam.Code}** {TeamsText.Escape(e.Exam.Name)}{(e.Exam.IsActive ? string.Empty : $" ({e.Exam.StatusText})")}", separator: true),
            CardElements.Text($"{e.Exam.ScoredQuestions + e.Exam.UnscoredQuestions} questions in {e.Exam.Minutes} min, pass mark {e.Exam.PassMark}/1000 · {e.Questions} in the bank"),
        }),
    ]);
}
