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
        return await AskAsync(services, member, start.First, input, output, cancellationToken);
    }

    public const string HowToAnswer = "Answer with the letter(s), e.g. B, or A C, or C A D B for an order; match items with their numbers, e.g. " + AnswerInput.MatchingExample + "; 'report REASON [words]' reports the question you just answered.";

    /// <summary>
    /// Asks a quiz's questions one at a time from <paramref name="first"/>, with each result and explanation, then the
    /// summary. After a right answer the member may type hard, good or easy (how it felt) before the next answer, and after
    /// any answer 'report REASON [words]' reports that question.
    /// </summary>
    public static async Task<int> AskAsync(IServiceProvider services, Actor member, RoundView first, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var quizzes = services.GetRequiredService<QuizService>();
        var ratings = services.GetRequiredService<ReviewRatingService>();
        var flags = services.GetRequiredService<FlagService>();
        var round = first;
        long? rateable = null;
        long? answered = null;
        while (round is not null)
        {
            WriteQuestion(output, round);
            var line = await input.ReadLineAsync(cancellationToken);
            while (line is not null && rateable is { } previous && Rating(line) is { } rating)
            {
                await RateAsync(ratings, member, previous, rating, output, cancellationToken);
                WritePrompt(output, round);
                line = await input.ReadLineAsync(cancellationToken);
            }

            if (line is null)
            {
                output.WriteLine();
                output.WriteLine("Input ended before the quiz did; your answers so far are saved.");
                return 1;
            }

            if (await ReportAsync(flags, member, answered, line, output, cancellationToken))
            {
                continue;
            }

            var (labels, problem) = AnswerInput.Parse(round, line);
            if (labels is null)
            {
                // Text that cannot be an answer is refused here: nothing is sent, nothing is stored.
                output.WriteLine($"  {problem}");
                continue;
            }

            var step = await quizzes.AnswerAsync(round.RoundId, member, labels, cancellationToken);
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

            rateable = step.Result.Rating is null ? null : step.Result.RoundId;
            answered = round.RoundId;
            if (step.Summary is { } summary)
            {
                WriteSummary(output, summary);
                output.Write(rateable is null
                    ? "Press Enter to finish, or 'report REASON [words]' to report the last question > "
                    : "How did the last one feel? hard, good or easy (Enter: good), or 'report REASON [words]' to report it > ");
                output.Flush();
                if (await input.ReadLineAsync(cancellationToken) is { } last)
                {
                    if (rateable is { } lastRound && Rating(last) is { } rating)
                    {
                        await RateAsync(ratings, member, lastRound, rating, output, cancellationToken);
                    }
                    else
                    {
                        await ReportAsync(flags, member, answered, last, output, cancellationToken);
                    }
                }

                return 0;
            }

            if (rateable is not null)
            {
                output.WriteLine("  How did it feel? Type hard, good or easy before your next answer; it counts as good otherwise.");
            }

            if (step.Next is null)
            {
                return 1;
            }

            round = step.Next;
        }

        return 0;
    }

    /// <summary>A line that says how an answer felt: hard, good or easy (any case); null for anything else, e.g. an answer.</summary>
    private static ReviewRating? Rating(string line) => line.Trim().ToLowerInvariant() switch
    {
        "hard" => ReviewRating.Hard,
        "good" => ReviewRating.Good,
        "easy" => ReviewRating.Easy,
        _ => null,
    };

    private static async Task RateAsync(ReviewRatingService ratings, Actor member, long roundId, ReviewRating rating, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await ratings.RateAsync(member, roundId, rating, cancellationToken);
        output.WriteLine(result.Refusal is { } refusal
            ? $"  {Say(refusal.Text)}"
            : $"  Rated {rating.ToString().ToLowerInvariant()}: the card's schedule follows from it.");
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
        WritePrompt(output, round.Items, round.Choices, round.Type, round.PickCount);
    }

    /// <summary>The items (matching), the choices and the line that asks for the answer, as the question's type needs it.</summary>
    public static void WritePrompt(TextWriter output, IReadOnlyList<ItemView> items, IReadOnlyList<ChoiceView> choices, QuestionType type, int pickCount)
    {
        foreach (var item in items)
        {
            output.WriteLine($"  {item.Number}. {item.Text}");
        }

        foreach (var choice in choices)
        {
            output.WriteLine($"  {choice.Label}) {choice.Text}");
        }

        Ask(output, type, pickCount, choices.Count, items.Count);
    }

    /// <summary>The line that asks for the answer again (after a rating line), without the choices.</summary>
    private static void WritePrompt(TextWriter output, RoundView round) =>
        Ask(output, round.Type, round.PickCount, round.Choices.Count, round.Items.Count);

    private static void Ask(TextWriter output, QuestionType type, int pickCount, int choiceCount, int itemCount)
    {
        output.Write(type switch
        {
            QuestionType.Multiple => $"Pick {pickCount} > ",
            QuestionType.Ordering => $"Order all {choiceCount}, first to last > ",
            QuestionType.Matching => $"Match items 1 to {itemCount}, e.g. {AnswerInput.MatchingExample} > ",
            _ => "Your answer > ",
        });
        output.Flush();
    }

    /// <summary>Each missed question with its answer and explanation.</summary>
    public static void WriteMissed(TextWriter output, IReadOnlyList<MissedQuestionView> missed)
    {
        foreach (var question in missed)
        {
            output.WriteLine($"- {question.Prompt}");
            output.WriteLine($"  Answer: {question.CorrectText}");
            output.WriteLine($"  {question.Explanation}");
        }
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
        WriteMissed(output, summary.Missed);
    }
}
