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
                var code = await PracticeCommand.AskAsync(services.GetRequiredService<QuizService>(), member, started.First, input, output, cancellationToken, services.GetRequiredService<FlagService>());

                // No background sync runs in a terminal verb: the session's answers become reviews before it ends.
                await services.GetRequiredService<ReviewService>().SyncAsync(context.Member.Id, cancellationToken);
                return code;
            case NoticeResult notice:
                output.WriteLine(PracticeCommand.Say(notice.Notice.Text));
                return ExitCodes.Success;
            default:
                return ExitCodes.Success;
        }
    }

    public static async Task<int> ExportAsync(IServiceProvider services, string member, string format, string? file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!DeckFile.TryMember(member, out var platform, out var id))
        {
            error.WriteLine($"--member must be discord:<id>, teams:<id> or terminal:<user>; got '{member}'.");
            return ExitCodes.Usage;
        }

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var deck = await services.GetRequiredService<ReviewDeckService>().ExportAsync(platform, id, cancellationToken);
        if (deck is null)
        {
            error.WriteLine($"No member {member} here: nothing to export.");
            return ExitCodes.Usage;
        }

        var text = format == "csv" ? DeckFile.ToCsv(deck, services.GetRequiredService<QuestionBank>()) : DeckFile.ToJson(deck);
        if (file is null)
        {
            output.Write(text);
        }
        else
        {
            await File.WriteAllTextAsync(file, text, cancellationToken);
            output.WriteLine($"Wrote {deck.Cards.Count} card(s) of {member} to {file}.");
        }

        return ExitCodes.Success;
    }

    public static async Task<int> ImportAsync(IServiceProvider services, string file, string? member, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"{file} does not exist.");
            return ExitCodes.Usage;
        }

        var (deck, problem) = DeckFile.FromJson(await File.ReadAllTextAsync(file, cancellationToken));
        if (deck is null)
        {
            error.WriteLine($"{file} is {problem}.");
            return ExitCodes.Usage;
        }

        var platform = deck.Platform;
        var id = deck.MemberId;
        if (member is not null && !DeckFile.TryMember(member, out platform, out id))
        {
            error.WriteLine($"--member must be discord:<id>, teams:<id> or terminal:<user>; got '{member}'.");
            return ExitCodes.Usage;
        }

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var result = await services.GetRequiredService<ReviewDeckService>().ImportAsync(platform, id, deck, cancellationToken);
        output.WriteLine($"Imported {result.Added} card(s) for {platform.ToString().ToLowerInvariant()}:{id}; {result.Skipped} skipped (already there); {result.Problems.Count} refused.");
        foreach (var refused in result.Problems)
        {
            error.WriteLine($"  refused {refused}");
        }

        return result.Problems.Count == 0 ? ExitCodes.Success : 1;
    }
}
