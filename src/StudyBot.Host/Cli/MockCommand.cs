using StudyBot.Data;

namespace StudyBot.Host.Cli;

/// <summary>A timed mock exam in the terminal, through the same engine and store as the chat adapters: leave it and run the verb again to resume.</summary>
internal static class MockCommand
{
    public const string HowToMove =
        "Answer with the letter(s) (B, or A C, or C A D B for an order). Also: next (skip), back, flag, go N, list, submit, quit (resume later).";

    public static async Task<int> RunAsync(IServiceProvider services, string? exam, string? chartPath, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var mocks = services.GetRequiredService<MockService>();
        var actor = PracticeCommand.TerminalMember;
        var context = await services.GetRequiredService<ActorResolver>().ResolveAsync(actor, cancellationToken);
        var result = await mocks.StartAsync(context, exam, cancellationToken);
        if (result is NoticeResult refused)
        {
            error.WriteLine(PracticeCommand.Say(refused.Notice.Text));
            return ExitCodes.Usage;
        }

        output.WriteLine(HowToMove);
        while (result is MockQuestionResult { Question: var view })
        {
            WriteQuestion(output, view);
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim().Equals("quit", StringComparison.OrdinalIgnoreCase))
            {
                output.WriteLine();
                output.WriteLine($"Left at question {view.Position}; your answers are saved and the clock keeps running. Run 'mock' again to resume.");
                return line is null ? 1 : ExitCodes.Success;
            }

            if (line.Trim().Equals("list", StringComparison.OrdinalIgnoreCase))
            {
                output.WriteLine($"  Flagged: {List(view.FlaggedPositions)} · Unanswered: {List(view.UnansweredPositions)}");
                continue;
            }

            result = await mocks.StepAsync(actor, Step(view, line), cancellationToken);
        }

        switch (result)
        {
            case MockReportResult { Report: var report }:
                WriteReport(output, report);
                if (chartPath is not null && report.ChartPng is { } png)
                {
                    await File.WriteAllBytesAsync(chartPath, png, cancellationToken);
                    output.WriteLine($"Chart of the domains written to {chartPath}.");
                }

                return ExitCodes.Success;
            case NoticeResult notice:
                error.WriteLine(PracticeCommand.Say(notice.Notice.Text));
                return 1;
            default:
                return 1;
        }
    }

    public static async Task<int> HistoryAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var context = await services.GetRequiredService<ActorResolver>().ResolveAsync(PracticeCommand.TerminalMember, cancellationToken);
        switch (await services.GetRequiredService<MockService>().HistoryAsync(context, cancellationToken))
        {
            case MockHistoryResult { History: var history }:
                foreach (var row in history.Attempts)
                {
                    output.WriteLine($"{row.FinishedAt:yyyy-MM-dd HH:mm} UTC  {row.Exam}  {row.Correct}/{row.Total}  ~{row.ScaledScore}/1000 (pass {row.PassMark}) {(row.Passed ? "pass" : "fail")}{(row.TimedOut ? ", timed out" : string.Empty)}");
                }

                output.WriteLine(PracticeCommand.Say(history.Trend));
                return ExitCodes.Success;
            case NoticeResult notice:
                output.WriteLine(PracticeCommand.Say(notice.Notice.Text));
                return ExitCodes.Success;
            default:
                return 1;
        }
    }

    /// <summary>A line as a step: a word of navigation, else an answer's letters.</summary>
    private static MockStep Step(MockQuestionView view, string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var word = words.Length == 0 ? string.Empty : words[0].ToLowerInvariant();
        return word switch
        {
            "next" or "skip" or "n" => new MockStep(view.AttemptId, view.Position, MockAction.Next),
            "back" or "previous" or "prev" or "p" => new MockStep(view.AttemptId, view.Position, MockAction.Previous),
            "flag" or "unflag" => new MockStep(view.AttemptId, view.Position, MockAction.Flag),
            "submit" => new MockStep(view.AttemptId, view.Position, MockAction.Submit),
            "go" or "g" => new MockStep(view.AttemptId, view.Position, MockAction.GoTo, Target: words.Length > 1 && int.TryParse(words[1], out var n) ? n : 0),
            _ => new MockStep(view.AttemptId, view.Position, MockAction.Answer, Grader.ParseLabels(line)),
        };
    }

    private static void WriteQuestion(TextWriter output, MockQuestionView view)
    {
        output.WriteLine();
        if (view.Lead is { } lead)
        {
            output.WriteLine(PracticeCommand.Say(lead));
        }

        output.WriteLine($"Question {view.Position}/{view.Count}  [{view.Exam}]{(view.Flagged ? "  [flagged]" : string.Empty)}  {view.AnsweredCount} answered · {PracticeCommand.Say(view.Clock)}");
        output.WriteLine(view.Prompt);
        if (view.Chosen.Count > 0)
        {
            output.WriteLine($"  Your answer so far: {string.Join(view.Type == QuestionType.Ordering ? " → " : ", ", view.Chosen)}");
        }

        PracticeCommand.WritePrompt(output, [], view.Choices, view.Type, view.PickCount);
    }

    private static void WriteReport(TextWriter output, MockResultView report)
    {
        output.WriteLine();
        if (report.Lead is { } lead)
        {
            output.WriteLine(PracticeCommand.Say(lead));
        }

        output.WriteLine($"{report.Exam} mock: {report.Correct}/{report.Total} correct · estimated {report.ScaledScore}/1000 · pass mark {report.PassMark} · {(report.Passed ? "PASS" : "FAIL")}");
        output.WriteLine($"Time used: {(int)report.TimeUsed.TotalMinutes} min {report.TimeUsed.Seconds} s of {(int)report.TimeLimit.TotalMinutes} min{(report.TimedOut ? " (submitted at the time limit)" : string.Empty)}");
        output.WriteLine(PracticeCommand.Say(report.HowEstimated));
        output.WriteLine("Domains (weight in the exam → your result):");
        foreach (var domain in report.Domains)
        {
            output.WriteLine($"  D{domain.Domain} {domain.Name} ({domain.WeightPercent}%): {domain.Correct}/{domain.Answered}{(domain.Answered == 0 ? string.Empty : $" = {domain.Accuracy:P0}")}");
        }

        if (report.Missed.Count > 0)
        {
            output.WriteLine($"Missed ({report.Missed.Count}; they are in your review deck, see 'review'):");
            PracticeCommand.WriteMissed(output, report.Missed);
        }
    }

    private static string List(IReadOnlyList<int> positions) => positions.Count == 0 ? "none" : string.Join(", ", positions);
}
