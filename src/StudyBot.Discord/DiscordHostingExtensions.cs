using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Commands;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Handlers;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord;

public static class DiscordHostingExtensions
{
    /// <summary>Registers the Discord adapter; it stays off (the endpoint answers 404, nothing is posted) until its keys are set.</summary>
    public static WebApplicationBuilder AddStudyBotDiscord(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(DiscordOptions.SectionName).Get<DiscordOptions>() ?? new DiscordOptions();
        AddServices(builder.Services, settings.IsConfigured);
        if (settings.UsesGateway)
        {
            builder.Services.AddHostedService<DiscordGatewayClient>();
            builder.Services.AddHealthChecks().AddCheck<DiscordGatewayHealthCheck>("discord-gateway", tags: ["ready"]);
        }

        return builder;
    }

    private static void AddServices(IServiceCollection services, bool configured)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new DiscordSignatureVerifier(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey));
        services.AddSingleton<DiscordRateLimiter>();
        services.AddSingleton<DiscordRestCounters>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DiscordRestClient>(sp, new HttpClient(
            new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan }));
        services.AddSingleton<DiscordCommandRegistrar>();
        services.AddSingleton<DiscordCommandHandler>();
        services.AddSingleton<IDiscordComponentHandler, QuizAnswerHandler>();
        services.AddSingleton<IDiscordComponentHandler, DailyAnswerHandler>();
        services.AddSingleton<IDiscordComponentHandler, MockClickHandler>();
        services.AddSingleton<IDiscordComponentHandler, AnswerRatingHandler>();
        services.AddSingleton<IDiscordComponentHandler, FlagReportHandler>();
        services.AddSingleton<IDiscordComponentHandler, FlagFormHandler>();
        if (configured)
        {
            // Unconfigured, the engine sees no Discord publisher and leaves Discord rounds unpublished instead of failing.
            services.AddSingleton<IChannelPublisher, DiscordChannelPublisher>();
            services.AddSingleton<IMemberNotifier, DiscordMemberNotifier>();
        }

        services.AddSingleton<RecentInteractions>();
        services.AddSingleton<DiscordInteractionDispatcher>();
        services.AddSingleton<DiscordInteractionsEndpoint>();
        services.AddSingleton<DiscordGatewayState>();
    }

    public static WebApplication MapStudyBotDiscord(this WebApplication app)
    {
        app.MapStudyBotDiscordEndpoints();
        return app;
    }

    public static IEndpointRouteBuilder MapStudyBotDiscordEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(DiscordInteractionsEndpoint.Route, (HttpRequest request, DiscordInteractionsEndpoint endpoint, CancellationToken cancellationToken) =>
            endpoint.HandleAsync(request, cancellationToken));
        return endpoints;
    }
}
