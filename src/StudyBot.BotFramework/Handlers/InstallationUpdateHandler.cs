using StudyBot.BotFramework.Activities;

namespace StudyBot.BotFramework.Handlers;

/// <summary>
/// <c>installationUpdate</c>: <c>add</c> installs, <c>remove</c> uninstalls; the <c>-upgrade</c> variants only refresh the
/// stored conversation reference. Teams also sends a conversationUpdate for an install; <see cref="BotInstallation"/> welcomes once.
/// </summary>
internal sealed class InstallationUpdateHandler(BotInstallation installation)
{
    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Action)
        {
            case "add":
                await installation.AddedAsync(activity, cancellationToken);
                break;
            case "remove":
                await installation.RemovedAsync(activity, cancellationToken);
                break;
            default:
                await installation.RegisterAsync(activity, cancellationToken);
                break;
        }
    }
}
