using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Handlers;

/// <summary>Sends an authenticated activity to the handler of its kind; anything else is acknowledged and ignored.</summary>
internal sealed class ActivityRouter(
    MessageHandler messages,
    AdaptiveCardInvokeHandler cardInvokes,
    FileConsentHandler fileConsents,
    ConversationUpdateHandler conversationUpdates,
    InstallationUpdateHandler installationUpdates)
{
    private static readonly InvokeResponse Ok = new(200, null);

    public async Task<InvokeResponse> RouteAsync(Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await messages.HandleAsync(activity, cancellationToken);
                return StudyBotMetrics.Handled("teams", "message", Ok);
            case ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction:
                return StudyBotMetrics.Handled("teams", "click", await cardInvokes.HandleAsync(activity, cancellationToken));
            case ActivityTypes.Invoke when activity.Name == FileConsentHandler.Name:
                return StudyBotMetrics.Handled("teams", "file", fileConsents.Handle(activity));
            case ActivityTypes.ConversationUpdate:
                await conversationUpdates.HandleAsync(activity, cancellationToken);
                return Ok;
            case ActivityTypes.InstallationUpdate:
                await installationUpdates.HandleAsync(activity, cancellationToken);
                return Ok;
            default:
                return Ok;
        }
    }
}
