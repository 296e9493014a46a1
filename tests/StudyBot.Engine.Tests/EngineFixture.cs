using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Tests.Shared;
using StudyBot.Tests.Shared.Fakes;

namespace StudyBot.Engine.Tests;

/// <summary>The engine's real services over the per-port fakes, a fixed clock and seeded randomness.</summary>
internal sealed class EngineFixture
{
    public EngineFixture(QuestionBank? bank = null, int seed = 7)
        : this(bank, seed, null, null)
    {
    }

    private EngineFixture(QuestionBank? bank, int seed, FakeStores? stores, FakeTimeProvider? time)
    {
        Bank = bank ?? TestBank.Load();
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        Publisher.Time = Time;
        Stores = stores ?? new FakeStores(Time);
        var services = new ServiceCollection();
        services.AddSingleton(Bank);
        services.AddFakeStores(Stores);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IRandomSource>(new SeededRandom(seed));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IChannelPublisher>(Publisher);
        services.AddStudyBotEngine();
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public QuestionBank Bank { get; }

    public FakeTimeProvider Time { get; }

    public FakeStores Stores { get; }

    public RecordingPublisher Publisher { get; } = new();

    public ServiceProvider Services { get; }

    /// <summary>The engine started afresh over the same stored data and clock, as after a restart of the bot.</summary>
    public EngineFixture Restart(int seed = 11) => new(Bank, seed, Stores, Time);

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A member in the fixture's channel (chan-1 of guild-1), with the given Discord admin right.</summary>
    public static Actor Actor(string id, string? name = null, Platform platform = Platform.Discord, bool admin = false, PlaceKind kind = PlaceKind.Channel) =>
        new(platform, id, name ?? id, kind == PlaceKind.Channel ? new Place(kind, "guild-1", "Study Club", "chan-1", "aws-study") : new Place(kind, null, null, null, null),
            PlatformAdmin: platform == Platform.Discord ? admin : null);

    /// <summary>The engine's prose as the text grammar writes commands, times with their zone.</summary>
    public static string Say(Text text) => text.Render(CommandParser.Format);

    public async Task<Channel> ChannelAsync(string zone = "UTC", int revealAfter = 480, bool includeQuiz = false)
    {
        var community = await Stores.Channels.EnsureCommunityAsync(Platform.Discord, "guild-1", "Study Club", CancellationToken.None);
        var channel = await Stores.Channels.EnsureChannelAsync(community.Id, Platform.Discord, "chan-1", "aws-study", CancellationToken.None);
        var saved = await Stores.Channels.SaveScheduleAsync(channel.Id, channel.Schedule with { DailyEnabled = true, TimeZone = zone, RevealAfterMinutes = revealAfter }, channel.ScheduleVersion, CancellationToken.None);
        if (includeQuiz)
        {
            Stores.Tables.Locked(() =>
            {
                var index = Stores.Tables.Channels.FindIndex(c => c.Id == channel.Id);
                Stores.Tables.Channels[index] = Stores.Tables.Channels[index] with { IncludeQuizOnBoard = true };
                return 0;
            });
            return (await Stores.Channels.FindChannelAsync(channel.Id, CancellationToken.None))!;
        }

        return saved!;
    }

    /// <summary>
    /// An open daily round in the fixture's channel (set up first) of the single-choice test question, shown in the order
    /// B, C, A, so label C is the key B and label A the correct one.
    /// </summary>
    public async Task<Round> OpenDailyAsync()
    {
        var channel = await ChannelAsync();
        return await Stores.Rounds.OpenDailyAsync(channel, "t-single", "BCA", Time.GetUtcNow(), 480);
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
