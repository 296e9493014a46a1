using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Handlers;

/// <summary><c>conversationUpdate</c>: only the bot's own membership matters.</summary>
internal sealed class ConversationUpdateHandler(BotInstallation installation)
{
    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        if (botId is null)
        {
            return;
        }

        if (activity.MembersAdded?.Any(m => m.Id == botId) == true)
        {
            await installation.AddedAsync(activity, cancellationToken);
        }
        else if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            await installation.RemovedAsync(activity, cancellationToken);
        }
    }
}
