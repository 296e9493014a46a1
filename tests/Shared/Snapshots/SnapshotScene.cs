using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Engine;
using StudyBot.Tests.Shared.Fakes;

namespace StudyBot.Tests.Shared.Snapshots;

/// <summary>
/// Every view members see, made by the real engine over the fakes for one platform: a daily question with markdown
/// characters in its text, a choice of 200 characters, three members (one hidden from boards, one with markdown in their
/// name) who answered it, a reveal, boards, stats, quizzes with their results and summary, setup, help and digest. Both
/// platforms' snapshot suites render these same views, so the goldens differ only where the platforms do.
/// </summary>
public sealed class SnapshotScene
{
    public const string MarkdownPrompt = "Which `__label__` does the <channel> tag get? *Pick* one, ~quickly~ > # [docs](https://x.test)";
    public const string LongChoice = "Use Amazon SageMaker Batch Transform to score the whole dataset offline each night, writing the predictions to Amazon S3 and loading them into the reporting database in one job";
    public const string HiddenName = "Hidden Harriet";
    public const string MarkdownName = "__Bo__ *the* ~great~";
    public const string VisibleName = "Ann";

    public static readonly string Yaml = $$"""
        topic: snapshot
        title: Snapshot questions
        questions:
          - id: s-markdown
            type: single
            difficulty: 2
            exams:
              - { exam: AIF-C01, domain: 3 }
            prompt: "{{MarkdownPrompt}}"
            choices:
              A: "A `__label__` with *stars*"
              B: "{{LongChoice}}"
              C: "<channel> in [brackets]"
              D: "1. Not a list"
            answer: B
            explanation: "The **label** is written as `__label__`; <channel> stays as typed."
            references: [https://docs.aws.amazon.com/sagemaker/latest/dg/batch-transform.html]
            verified: 2026-11-25
          - id: s-multi
            type: multiple
            difficulty: 3
            exams:
              - { exam: AIF-C01, domain: 1 }
              - { exam: MLA-C01, domain: 2 }
            prompt: Which two tasks learn from labelled examples? (Choose two.)
            choices:
              A: Spam detection
              B: Customer segmentation
              C: House price prediction
              D: Topic discovery
            answer: [A, C]
            explanation: Spam detection and price prediction learn from labelled examples; segmentation and topic discovery need no labels.
            references: [https://aws.amazon.com/what-is/machine-learning/]
            verified: 2026-11-25
          - id: s-order
            type: ordering
            difficulty: 1
            exams:
              - { exam: AIF-C01, domain: 2 }
            prompt: Put the steps of an ML project in the order they run.
            choices:
              A: Train the model
              B: Deploy the model
              C: Prepare the data
            answer: [C, A, B]
            explanation: Data comes first, then training, then deployment.
            references: [https://docs.aws.amazon.com/sagemaker/latest/dg/how-it-works-mlconcepts.html]
            verified: 2026-11-25
        """;

    private readonly ServiceProvider _services;

    public SnapshotScene(Platform platform)
    {
        Platform = platform;
        Bank = TestBank.Load(Yaml);
        Stores = new FakeStores(Time);
        var services = new ServiceCollection();
        services.AddSingleton(Bank);
        services.AddFakeStores(Stores);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IRandomSource>(new FirstRandom());
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddStudyBotEngine();
        _services = services.BuildServiceProvider();
    }

    public Platform Platform { get; }

    public QuestionBank Bank { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));

    public FakeStores Stores { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Platform user ids: Discord snowflakes, Teams "29:" ids.</summary>
    public string UserId(int n) => Platform == Platform.Discord ? $"{n}{n}{n}000000000000000" : $"29:user-{n}";

    public string ChannelId => Platform == Platform.Discord ? "645027906669510667" : "19:channel@thread.tacv2";

    public Actor Admin => Member(9, "Ada Admin", admin: true);

    public Actor Ann => Member(1, VisibleName);

    public Actor Hidden => Member(2, HiddenName);

    public Actor Bo => Member(3, MarkdownName);

    public Actor Member(int n, string name, bool admin = false, PlaceKind kind = PlaceKind.Channel) => new(
        Platform,
        UserId(n),
        name,
        kind == PlaceKind.Channel
            ? new Place(kind, Platform == Platform.Discord ? "1187654321098765432" : "team-1", Platform == Platform.Discord ? null : "Study Team", ChannelId, "aws-study")
            : new Place(kind, null, null, null, null),
        PlatformAdmin: Platform == Platform.Discord ? admin : null);

    public async Task<CommandResult> RunAsync(Actor actor, string text)
    {
        var parsed = CommandParser.ParseText(text, Mentions(text));
        return parsed.Invocation is { } invocation
            ? await Get<CommandRouter>().RunAsync(actor, invocation, CancellationToken.None)
            : new NoticeResult(parsed.Error!);
    }

    private List<MemberMention> Mentions(string text) => text.Contains("@hidden", StringComparison.Ordinal)
        ? [new MemberMention(UserId(2), HiddenName)]
        : [];

    /// <summary>Sets the channel up as an admin (Teams: the installer), returning the confirmation.</summary>
    public async Task<CommandResult> SetUpAsync()
    {
        if (Platform != Platform.Discord)
        {
            await Get<ChannelSetupService>().InstalledAsync(Admin, CancellationToken.None);
        }

        return await RunAsync(Admin, "setup daily 09:00 Europe/Berlin weekdays all 480");
    }

    public async Task<Channel> ChannelAsync() =>
        (await Stores.Channels.FindChannelAsync(Platform, ChannelId, CancellationToken.None))!;

    /// <summary>The markdown question as today's daily round, choices shown in the author's order (B is the key).</summary>
    public async Task<Round> OpenDailyAsync()
    {
        var channel = await ChannelAsync();
        return await Stores.Rounds.OpenDailyAsync(channel, "s-markdown", "ABCD", Time.GetUtcNow(), channel.RevealAfterMinutes);
    }

    /// <summary>Ann and the hidden member answer right, Bo wrong.</summary>
    public async Task AnswerDailyAsync(Round round)
    {
        var answers = Get<AnswerService>();
        await answers.SubmitAsync(round.Id, Ann, ["B"], CancellationToken.None);
        await answers.SubmitAsync(round.Id, Hidden, ["B"], CancellationToken.None);
        await answers.SubmitAsync(round.Id, Bo, ["A"], CancellationToken.None);
        await Get<StatsService>().SetPrivacyAsync(await Get<ActorResolver>().ResolveAsync(Hidden, CancellationToken.None), true, CancellationToken.None);
    }

    public async Task<RoundView> PresentAsync(Round round)
    {
        var channel = await ChannelAsync();
        var count = await Stores.Answers.CountAnswersAsync(round.Id, CancellationToken.None);
        return Get<RoundPresenter>().Present((await Stores.Rounds.FindRoundAsync(round.Id, CancellationToken.None))!, count, channel.TimeZone);
    }

    public async Task<RevealView> RevealAsync(Round round) =>
        await Get<DailyRoundService>().BuildRevealAsync((await Stores.Rounds.FindRoundAsync(round.Id, CancellationToken.None))!, await ChannelAsync(), CancellationToken.None);

    public async Task<DigestView> DigestAsync() => await Get<DigestService>().BuildAsync(await ChannelAsync(), CancellationToken.None);

    /// <summary>A one-question quiz of the given domain of AIF-C01 for Ann: its first question.</summary>
    public async Task<QuizStartedResult> QuizAsync(int domain) =>
        (QuizStartedResult)await RunAsync(Ann, $"quiz AIF-C01 {domain} 1");

    /// <summary>Answers the quiz question right or wrong (the wrong pick is the first label that is not the key).</summary>
    public async Task<QuizStepView> AnswerQuizAsync(RoundView question, bool right)
    {
        var round = (await Stores.Rounds.FindRoundAsync(question.RoundId, CancellationToken.None))!;
        var key = Grader.CorrectLabels(Bank.Get(round.QuestionId), round.ChoiceOrder);
        IReadOnlyList<string> labels = right ? key : question.Type == QuestionType.Multiple
            ? question.Choices.Select(c => c.Label).Where(l => !key.Contains(l)).Take(question.PickCount).ToList()
            : [question.Choices.Select(c => c.Label).First(l => !key.Contains(l))];
        return await Get<QuizService>().AnswerAsync(question.RoundId, Ann, labels, CancellationToken.None);
    }

    /// <summary>Randomness that always takes the first option, so every shuffle and pick is the same on every run.</summary>
    private sealed class FirstRandom : IRandomSource
    {
        public int Next(int maxExclusive) => 0;
    }
}
