using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StudyBot.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine's services. The caller registers the <see cref="QuestionBank"/> and the stores (Data);
    /// adapters add their <see cref="IChannelPublisher"/>s.
    /// </summary>
    public static IServiceCollection AddStudyBotEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRandomSource, SharedRandomSource>();
        services.TryAddSingleton<IChannelScheduler, ImmediateChannelScheduler>();
        services.AddSingleton<BackgroundWork>();
        services.AddSingleton<ActorResolver>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<QuestionSelector>();
        services.AddSingleton<RoundPresenter>();
        services.AddSingleton<RoundCountRefresher>();

        // Every use case (a feature folder's *Service) by convention: a new feature registers itself.
        foreach (var type in typeof(EngineServiceCollectionExtensions).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Name.EndsWith("Service", StringComparison.Ordinal)))
        {
            services.TryAddSingleton(type);
        }

        return services;
    }
}
