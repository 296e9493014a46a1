using StudyBot.Discord.Handlers;
using StudyBot.Discord.Interactions;

namespace StudyBot.Discord.Rendering;

/// <summary>The daily question's message once closed at its reveal: no buttons, marked closed, with the answer.</summary>
public static class DiscordDailyRenderer
{
    public static DiscordMessage Closed(RevealView reveal)
    {
        var question = DiscordRenderer.Question(reveal.Round with { Closed = true }, AnswerCustomId.Daily);
        return question with
        {
            Content = DiscordMessage.Fit($"{question.Content}\n✅ **Answer:** {DiscordText.Escape(reveal.CorrectText)}"),
            Components = [],
        };
    }
}
