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
        services.AddSingleton<AnswerService>();
        services.AddSingleton<QuizService>();
        services.AddSingleton<LeaderboardService>();
        services.AddSingleton<StatsService>();
        services.AddSingleton<DailyRoundService>();
        services.AddSingleton<DailyPostService>();
        services.AddSingleton<RoundCountRefresher>();
        services.AddSingleton<ChannelSetupService>();
        services.AddSingleton<DigestService>();
        return services;
    }
}
