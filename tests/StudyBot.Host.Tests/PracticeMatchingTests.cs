using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Engine;
using StudyBot.Host.Cli;
using StudyBot.Tests.Shared;
using StudyBot.Tests.Shared.Fakes;

namespace StudyBot.Host.Tests;

/// <summary>The terminal's practice loop on a matching question: typed pairs, polite refusals that store nothing, one grade.</summary>
public sealed class PracticeMatchingTests
{
    [Fact]
    public async Task Practice_Matching_MalformedInputIsExplainedAndAskedAgain_ThenTheAnswerIsGradedOnce()
    {
        var stores = new FakeStores();
        var services = new ServiceCollection();
        services.AddSingleton(TestBank.Load(TestBank.Yaml + "\n" + TestBank.Matching));
        services.AddFakeStores(stores);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddStudyBotEngine();
        await using var provider = services.BuildServiceProvider();
        var quizzes = provider.GetRequiredService<QuizService>();
        var member = PracticeCommand.TerminalMember;
        var start = await quizzes.StartAsync(member, new QuizRequest("AIF-C01", 3, 1), CancellationToken.None);
        var round = stores.Rounds.Rounds.Single();
        string L(char key) => ((char)('A' + round.ChoiceOrder.IndexOf(key, StringComparison.Ordinal))).ToString();
        var answers = new[]
        {
            $"1{L('B')} 1{L('A')} 3{L('C')}",
            $"1{L('B')} 2{L('A')} 4{L('C')}",
            "the first one",
            $"1{L('B')} 3{L('C')}",
            $"1{L('B')} 2{L('B')} 3{L('C')}",
            $"1{L('B')} 2Z 3{L('C')}",
            $"3{L('C')}, 1-{L('B')} 2:{L('A')}",
        };
        var output = new StringWriter();

        var code = await PracticeCommand.AskAsync(provider, member, start.First!, new StringReader(string.Join('\n', answers) + "\n"), output, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, code);
        Assert.Contains("  1. Turn speech into text", text, StringComparison.Ordinal);
        Assert.Contains("  A) ", text, StringComparison.Ordinal);
        Assert.Contains("Match items 1 to 3, e.g. 1B 2A 3C > ", text, StringComparison.Ordinal);
        Assert.Contains($"Item 1 is given twice (1{L('B')} and 1{L('A')}): give each item one letter.", text, StringComparison.Ordinal);
        Assert.Contains("There is no item 4: the items are 1 to 3.", text, StringComparison.Ordinal);
        Assert.Contains("I can't read 'the first one'.", text, StringComparison.Ordinal);
        Assert.Contains("Pick a match for item 2: every item needs one.", text, StringComparison.Ordinal);
        Assert.Contains($"{L('B')} is matched to items 1 and 2: each choice fits one item only", text, StringComparison.Ordinal);
        Assert.Contains("Z is not one of the choices (A, B, C, D).", text, StringComparison.Ordinal);
        Assert.Contains("Correct!", text, StringComparison.Ordinal);
        Assert.Contains("Score: 1/1 correct", text, StringComparison.Ordinal);
        Assert.Equal(7, text.Split("Question 1/1").Length - 1);
        var answer = Assert.Single(stores.Answers.Answers);
        Assert.Equal(["B", "A", "C"], answer.Keys);
    }
}
