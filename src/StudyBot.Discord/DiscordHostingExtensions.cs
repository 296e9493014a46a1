using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Handlers;

namespace StudyBot.Discord;

public static class DiscordHostingExtensions
{
    /// <summary>Registers the Discord adapter; it stays off (the endpoint answers 404, nothing is posted) until its keys are set.</summary>
    public static WebApplicationBuilder AddStudyBotDiscord(this WebApplicationBuilder builder)
    {
        builder.Services.AddStudyBotDiscord();
        return builder;
    }

    public static IServiceCollection AddStudyBotDiscord(this IServiceCollection services)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new DiscordSignatureVerifier(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey));
        services.AddSingleton<DiscordInteractionDispatcher>();
        services.AddSingleton<DiscordInteractionsEndpoint>();
        return services;
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
