using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StudyBot.BotFramework.Auth;
using StudyBot.BotFramework.Connector;
using StudyBot.BotFramework.Handlers;
using StudyBot.BotFramework.Packaging;

namespace StudyBot.BotFramework;

public static class BotFrameworkExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// Registers the Bot Framework adapter. With no <c>BotFramework:AppId</c> it runs in local development mode (loopback
    /// callers and loopback service URLs only), which is how the Agents Playground talks to it.
    /// </summary>
    public static WebApplicationBuilder AddStudyBotBotFramework(this WebApplicationBuilder builder)
    {
        builder.Services.AddStudyBotBotFramework();
        return builder;
    }

    public static IServiceCollection AddStudyBotBotFramework(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotFrameworkKeyCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(BotTokenClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(20));
        services.AddHttpClient(TeamsFileUploader.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));

        services.AddSingleton<BotFrameworkKeyCache>();
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<BotTokenClient>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<ConversationPacer>();
        services.AddSingleton<TeamsOutbox>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<DailyCardViewers>();
        services.AddSingleton<TeamsChannelPublisher>();
        services.AddSingleton<IChannelPublisher>(sp => sp.GetRequiredService<TeamsChannelPublisher>());
        services.AddSingleton<IMemberNotifier, TeamsMemberNotifier>();

        services.AddSingleton<TeamsResponder>();
        services.AddSingleton<TeamsResults>();
        services.AddSingleton<TeamsMentions>();
        services.AddSingleton<CardPosts>();
        services.AddSingleton<CardActionHandler>();
        services.AddSingleton<MockCardHandler>();
        services.AddSingleton<CardSubmitHandler>();
        services.AddSingleton<AdaptiveCardInvokeHandler>();
        services.AddSingleton<TeamsFileUploader>();
        services.AddSingleton<FileConsentHandler>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<BotInstallation>();
        services.AddSingleton<ConversationUpdateHandler>();
        services.AddSingleton<InstallationUpdateHandler>();
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddSingleton<TeamsPackager>();
        return services;
    }

    public static WebApplication MapStudyBotBotFramework(this WebApplication app)
    {
        app.MapPost(MessagesPath, (HttpContext context, MessagesEndpoint endpoint, CancellationToken cancellationToken) =>
            endpoint.HandleAsync(context, cancellationToken));
        return app;
    }
}
