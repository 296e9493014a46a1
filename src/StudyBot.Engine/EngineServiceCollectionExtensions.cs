using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Questions;
using StudyBot.Engine.Services;

namespace StudyBot.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine's services. The caller registers the <see cref="QuestionBank"/> and an <see cref="IStudyStore"/>;
    /// adapters add their <see cref="IChannelPublisher"/>s.
    /// </summary>
    public static IServiceCollection AddStudyBotEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRandomSource, SharedRandomSource>();
        services.TryAddSingleton<IChannelScheduler, ImmediateChannelScheduler>();
        services.AddSingleton<QuestionSelector>();
        services.AddSingleton<RoundPresenter>();
        services.AddSingleton<AnswerService>();
        services.AddSingleton<QuizService>();
        services.AddSingleton<LeaderboardService>();
        services.AddSingleton<StatsService>();
        services.AddSingleton<DailyRoundService>();
        services.AddSingleton<ChannelSetupService>();
        return services;
    }
}
