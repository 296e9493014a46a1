using StudyBot.Data;

namespace StudyBot.Host.Cli;

/// <summary><c>review</c> in the terminal: the cards due now, asked like a practice quiz; each answer is a review.</summary>
internal static class ReviewCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, bool includeRetired, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var member = PracticeCommand.TerminalMember;
        var context = await services.GetRequiredService<ActorResolver>().ResolveAsync(member, cancellationToken);
        switch (await services.GetRequiredService<ReviewSessionService>().StartAsync(context, includeRetired, cancellationToken))
        {
            case QuizStartedResult started:
                output.WriteLine($"StudyBot review: {PracticeCommand.Say(started.Intro ?? Text.Empty)} {PracticeCommand.HowToAnswer}");
                return await PracticeCommand.AskAsync(services.GetRequiredService<QuizService>(), member, started.First, input, output, cancellationToken);
            case NoticeResult notice:
                output.WriteLine(PracticeCommand.Say(notice.Notice.Text));
                return ExitCodes.Success;
            default:
                return ExitCodes.Success;
        }
    }
}
