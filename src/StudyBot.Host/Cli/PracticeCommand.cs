using StudyBot.Data;

namespace StudyBot.Host.Cli;

/// <summary>A personal quiz in the terminal, through the same engine and store as the chat adapters.</summary>
internal static class PracticeCommand
{
    /// <summary>Whoever runs the terminal verbs: the operating-system user.</summary>
    public static Actor TerminalMember => new(Platform.Terminal, Environment.UserName, Environment.UserName, Place.Terminal);

    public static async Task<int> RunAsync(IServiceProvider services, PracticeArguments arguments, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var quizzes = services.GetRequiredService<QuizService>();
        var member = TerminalMember;
        var start = await quizzes.StartAsync(member, new QuizRequest(arguments.Exam, arguments.Domain, arguments.Count), cancellationToken);
        if (start.First is null)
        {
            error.WriteLine(Say(start.Error!.Text));
            return ExitCodes.Usage;
        }

        output.WriteLine($"StudyBot practice: {arguments.Count} question(s){(start.First.ExamLabel.Length > 0 && arguments.Exam is not null ? $" for {arguments.Exam.ToUpperInvariant()}" : string.Empty)}. {HowToAnswer}");
        return await AskAsync(quizzes, member, start.First, input, output, cancellationToken, services.GetRequiredService<FlagService>());
    }

    public const string HowToAnswer = "Answer with the letter(s), e.g. B, or A C, or C A D B for an order; 'report REASON [words]' reports the question you just answered.";

    /// <summary>Asks a quiz's questions one at a time from <paramref name="first"/>, with each result and explanation, then the summary.</summary>
    public static async Task<int> AskAsync(QuizService quizzes, Actor member, RoundView first, TextReader input, TextWriter output, CancellationToken cancellationToken, FlagService? flags = null)
    {
        var round = first;
        long? answered = null;
        while (round is not null)
        {
            WriteQuestion(output, round);
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                output.WriteLine();
                output.WriteLine("Input ended before the quiz did; your answers so far are saved.");
                return 1;
            }

            if (flags is not null && await ReportAsync(flags, member, answered, line, output, cancellationToken))
            {
                continue;
            }

            var step = await quizzes.AnswerAsync(round.RoundId, member, Grader.ParseLabels(line), cancellationToken);
            if (step.Result.Outcome == AnswerOutcome.Invalid)
            {
                output.WriteLine($"  {Say(step.Result.Message)}");
                continue;
            }

            output.WriteLine($"  {Say(step.Result.Message)}");
            if (step.Result.Explanation is { } why)
            {
                output.WriteLine($"  Why: {why}");
            }

            answered = round.RoundId;
            if (step.Summary is { } summary)
            {
                WriteSummary(output, summary);
                if (flags is not null)
                {
                    output.Write("Press Enter to finish, or 'report REASON [words]' to report the last question > ");
                    output.Flush();
                    if (await input.ReadLineAsync(cancellationToken) is { } last)
                    {
                        await ReportAsync(flags, member, answered, last, output, cancellationToken);
                    }
                }

                return 0;
            }

            if (step.Next is null)
            {
                return 1;
            }

            round = step.Next;
        }

        return 0;
    }

    /// <summary>
    /// A line <c>report REASON [words]</c> (reasons: wrong-answer, outdated, unclear, typo, other) reports the question just
    /// answered; true when the line was a report (handled, or refused with a message), false for an answer.
    /// </summary>
    public static async Task<bool> ReportAsync(FlagService flags, Actor member, long? answered, string line, TextWriter output, CancellationToken cancellationToken)
    {
        var words = line.Trim();
        if (!words.StartsWith("report", StringComparison.OrdinalIgnoreCase) || (words.Length > 6 && !char.IsWhiteSpace(words[6])))
        {
            return false;
        }

        if (answered is not { } roundId)
        {
            output.WriteLine("  Answer a question first; 'report' then reports it.");
            return true;
        }

        var rest = words[6..].Trim();
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var (reason, text) = space < 0 ? (rest, string.Empty) : (rest[..space], rest[(space + 1)..]);
        output.WriteLine($"  {Say((await flags.ReportAsync(member, roundId, reason, text, cancellationToken)).Text)}");
        return true;
    }

    /// <summary>The engine's prose for the terminal: commands in the text grammar, times with their zone.</summary>
    public static string Say(Text text) => text.Render(c => $"'{CommandParser.Format(c)}'");

    private static void WriteQuestion(TextWriter output, RoundView round)
    {
        output.WriteLine();
        output.WriteLine($"Question {round.QuizPosition}/{round.QuizCount}  [{round.ExamLabel}, difficulty {round.Difficulty}]");
        output.WriteLine(round.Prompt);
        foreach (var choice in round.Choices)
        {
            output.WriteLine($"  {choice.Label}) {choice.Text}");
        }

        output.Write(round.Type switch
        {
            QuestionType.Multiple => $"Pick {round.PickCount} > ",
            QuestionType.Ordering => $"Order all {round.Choices.Count}, first to last > ",
            _ => "Your answer > ",
        });
        output.Flush();
    }

    private static void WriteSummary(TextWriter output, QuizSummaryView summary)
    {
        output.WriteLine();
        output.WriteLine($"Score: {summary.Correct}/{summary.Total} correct, {summary.Points}/{summary.MaxPoints} points, in {summary.Duration:m\\:ss}.");
        if (summary.Missed.Count == 0)
        {
            output.WriteLine("A clean sheet. Well done!");
            return;
        }

        output.WriteLine("To review:");
        foreach (var missed in summary.Missed)
        {
            output.WriteLine($"- {missed.Prompt}");
            output.WriteLine($"  Answer: {missed.CorrectText}");
            output.WriteLine($"  {missed.Explanation}");
        }
    }
}
