using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Engine.Model;
using StudyBot.Engine.Ports;
using StudyBot.Engine.Questions;
using StudyBot.Tests.Shared;

namespace StudyBot.Engine.Tests;

/// <summary>The engine's real services over the in-memory store, a fixed clock and seeded randomness.</summary>
internal sealed class EngineFixture
{
    public EngineFixture(QuestionBank? bank = null, int seed = 7)
    {
        Bank = bank ?? TestBank.Load();
        var services = new ServiceCollection();
        services.AddSingleton(Bank);
        services.AddSingleton<IStudyStore>(Store);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IRandomSource>(new SeededRandom(seed));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IChannelPublisher>(Publisher);
        services.AddStudyBotEngine();
        Services = services.BuildServiceProvider();
    }

    public QuestionBank Bank { get; }

    public InMemoryStudyStore Store { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    public RecordingPublisher Publisher { get; } = new();

    public ServiceProvider Services { get; }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<Channel> ChannelAsync(string zone = "UTC", int revealAfter = 480)
    {
        var community = await Store.GetOrCreateCommunityAsync(Platform.Discord, "guild-1", "Study Club", CancellationToken.None);
        var channel = await Store.GetOrCreateChannelAsync(community.Id, Platform.Discord, "chan-1", "aws-study", CancellationToken.None);
        channel.DailyEnabled = true;
        channel.TimeZone = zone;
        channel.RevealAfterMinutes = revealAfter;
        return channel;
    }

    internal sealed class SeededRandom(int seed) : IRandomSource
    {
        private readonly Random _random = new(seed);

        public int Next(int maxExclusive)
        {
            lock (_random)
            {
                return _random.Next(maxExclusive);
            }
        }
    }
}
